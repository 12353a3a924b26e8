"""Unnamed actors of events: the common nouns that name who acts or is acted on when no name is
given ("the rebels", "police", "Burmese troops", "Palestinian prisoners"). PLOVER codes groups,
forces and the people an act is done to as actors. Language data only; the rules that read it are
in ``dateline.graph.frames``.
"""
from __future__ import annotations

# Armed and security forces: they carry out assaults, arrests and deployments.
FORCE_NOUNS = frozenset(
    "army armies military troop troops soldier soldiers force forces police policeman policemen gendarmerie "
    "navy marines marine militia militias militiaman militiamen guerrilla guerrillas rebel rebels insurgent "
    "insurgents militant militants gunman gunmen fighter fighters commando commandos paratroopers guard guards "
    "sniper snipers extremist extremists terrorist terrorists bomber bombers attacker attackers assailant "
    "assailants separatist separatists jihadist jihadists".split())
# Military craft stand for the force that flies or sails them ("Russian aircraft killed 46").
CRAFT_NOUNS = frozenset(
    "aircraft warplane warplanes jet jets helicopter helicopters gunship gunships warship warships "
    "tank tanks drone drones".split())
# Governing bodies and institutions named by their office rather than by their name.
BODY_NOUNS = frozenset(
    "government governments authority authorities administration regime parliament legislature cabinet "
    "ministry court courts council junta opposition party parties movement group groups faction "
    "factions organization organisation union unions committee delegation commission embassy".split())
# People and groups of people who act (protest, demand, agree) or are acted on (killed, arrested,
# deported, released): a plural or a role noun stands for the people it describes.
PEOPLE_NOUNS = frozenset(
    "people civilians villagers residents citizens protester protesters demonstrator demonstrators "
    "activist activists worker workers farmers students teachers doctors nurses prisoners prisoner detainees "
    "detainee hostages hostage captives refugees refugee immigrants migrants settlers pilgrims journalists "
    "leader leaders official officials diplomat diplomats negotiators minister ministers businessman "
    "businessmen lawmakers legislators deputies politicians candidates elders clerics monks priests "
    "inhabitants population youths crowd crowds mob strikers miners peasants tribesmen peacekeepers "
    "observers inspectors monitors envoys delegates members member victims judge judges".split())
# Collective nouns: "a group of deputies" is named by whom it gathers.
COLLECTIVE_NOUNS = frozenset("group groups delegation delegations band bands team teams contingent".split())
ACTOR_NOUNS = FORCE_NOUNS | CRAFT_NOUNS | BODY_NOUNS | PEOPLE_NOUNS
# Kinds of actor the bodies are: an institution is an organisation, a plural of people a group.
ORGANIZATION_NOUNS = BODY_NOUNS | frozenset("army armies military police navy gendarmerie".split())
