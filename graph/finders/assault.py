"""ASSAULT: deliberate actions that can cause substantial physical harm (PLOVER): killing,
attacks, shelling and bombing, fighting, abduction, torture, executions, destroying property.

Two-sided fighting has participants, not sides ("clashes between X and Y"); one-sided violence
has the perpetrator as source and the victim as target ("gunmen killed X": the killer acts).
"""
from dateline.graph.frames import lexicon
from dateline.graph.schema import action_kind, register

KIND = register(action_kind("assault", "Assault", "ASSAULT", "attacks, killings, shelling, bombing, fighting",
                            "#d62728"))
lexicon(KIND, """
# trigger      pos   needs   slots
kill           verb  -       -            # the killer acts on the killed
murder         verb  -       -
assassinate    verb  -       -
execute        verb  -       -
massacre       verb  -       -
slaughter      verb  -       -
shoot          verb  -       at=target
shell          verb  -       -            # artillery fire on a place or people
bomb           verb  -       -
bombard        verb  -       -
attack         verb  -       -
assault        verb  -       -
ambush         verb  -       -
raid           verb  -       -
storm          verb  -       -
invade         verb  -       -
strike         verb  object=@location   -    # "strike" alone is also a walkout: only on a place
wound          verb  -       -
injure         verb  -       -
beat           verb  object=protester|demonstrator|prisoner|man|woman|people|civilian|journalist   -
torture        verb  -       -
abduct         verb  -       -
kidnap         verb  -       -
hijack         verb  -       -
capture        verb  object=@location|town|city|village|stronghold|base|territory   -
destroy        verb  -       -
burn           verb  object=house|home|village|building|office|church|mosque   -
fight          verb  -       subject=participant with=participant against=target
clash          verb  -       subject=participant with=participant
fire           verb  on=@location|protester|demonstrator|crowd|troops|civilian|people|rebel   on=target
fire on        verb  -       on=target
attack         noun  -       -
assault        noun  -       -
offensive      noun  -       -
bombing        noun  -       -
shelling       noun  -       -
bombardment    noun  -       -
airstrike      noun  -       -
air strike     noun  -       -
strike         noun  modifier=air|missile|drone|rocket   -
raid           noun  -       -
ambush         noun  -       -
massacre       noun  -       -
killing        noun  -       -
fire           noun  modifier=artillery|rocket|mortar|tank|gun|machine-gun|sniper|cannon   against=target on=target
assassination  noun  -       -
fighting       noun  -       between=participant with=participant
clash          noun  -       between=participant with=participant
gunbattle      noun  -       between=participant with=participant
battle         noun  -       between=participant with=participant
invasion       noun  -       -
kidnapping     noun  -       -
abduction      noun  -       -
""")
