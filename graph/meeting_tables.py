"""Meeting lexicon (PLOVER CONSULT): the words that tell that people met, talked or called, and
where their participants are. Language data only; the rules that read it are in
``dateline.graph.finders.consult``. Each entry says why it is there.
"""
from __future__ import annotations

from dataclasses import dataclass

from dateline.graph.schema import DENIED, PLANNED


@dataclass(frozen=True)
class MeetingVerb:
    needs: str | None      # a word one of its dependents must be ("with", "hands", "phone"), None when none
    reason: str


# Verbs that tell a meeting: their subject and objects (and their "with", "between" and, in the
# passive, "by") are its participants.
MEETING_VERBS = {
    "meet": MeetingVerb(None, "'met Merkel', 'met with Merkel', 'Obama and Merkel met'"),
    "host": MeetingVerb(None, "the host meets the guest: 'Merkel hosted Obama'"),
    "visit": MeetingVerb(None, "a visit to a person is a meeting (a visit to a place is `visit`)"),
    "receive": MeetingVerb(None, "'Merkel received Obama', 'was received by Merkel': a host meets a guest"),
    "greet": MeetingVerb(None, "greeting a person in person: 'greeted Obama at the airport'"),
    "welcome": MeetingVerb(None, "'welcomed Obama to Berlin' (a one-word object such as 'the move' is no person)"),
    "confer": MeetingVerb("with", "'conferred with his advisers'"),
    "talk": MeetingVerb("with", "'talked with Merkel' (but 'talked about' alone is speech)"),
    "negotiate": MeetingVerb("with", "'negotiated with the rebels'"),
    "consult": MeetingVerb("with", "'consulted with allies'"),
    "huddle": MeetingVerb("with", "'huddled with aides'"),
    "sit": MeetingVerb("down", "'sat down with Merkel' (sitting alone is nothing)"),
    "shake": MeetingVerb("hands", "'shook hands with Merkel': met in person"),
    "speak": MeetingVerb("phone", "'spoke by phone with Merkel', 'spoke on the phone': a call is a consultation"),
    "phone": MeetingVerb(None, "'phoned Merkel'"),
    "telephone": MeetingVerb(None, "'telephoned Merkel'"),
}

# Nouns that tell a meeting: their "with"/"between", possessor and the subject of the verb that
# holds them are its participants.
MEETING_NOUNS = frozenset(
    "meeting meetings talks talk negotiations discussions summit visit round conversation sit-down "
    "audience consultations encounter".split())
# Nouns that tell a meeting only after a word that says so: a phone call, not a call to act;
# a news conference with someone, not a conference of thousands.
QUALIFIED_NOUNS = {
    "call": frozenset("phone telephone video conference".split()),
    "conference": frozenset("news press joint video".split()),
}

# Verbs that hold a meeting noun, with the status they give it: their subject takes part.
# "held talks", "attended the summit", "paid a state visit to", "boycotted the summit".
HOLDING_VERBS = {
    "hold": None, "have": None, "begin": None, "start": None, "end": None, "resume": None, "restart": None,
    "conclude": None, "open": None, "continue": None, "attend": None, "join": None, "host": None,
    "chair": None, "convene": None, "pay": None, "make": None, "place": None, "conduct": None,
    "grant": None, "give": None,
    "schedule": PLANNED, "plan": PLANNED, "arrange": PLANNED, "postpone": PLANNED, "seek": PLANNED,
    "request": PLANNED, "propose": PLANNED,
    "boycott": DENIED, "skip": DENIED, "snub": DENIED, "cancel": DENIED, "refuse": DENIED, "shun": DENIED,
}

# Prepositions whose object takes part: "talks with", "a meeting between", "was received by", a
# visit "to" a person.
PARTY_PREPOSITIONS = frozenset("with between by".split())
# Adjectives that tell a meeting noun planned: "the upcoming summit", "a planned meeting".
PLANNED_MODIFIERS = frozenset("upcoming planned scheduled proposed forthcoming expected next".split())
