"""COERCE: repression and restrictions on rights (PLOVER): arrests and detention, deportation,
bans and censorship, curfews, martial law, confiscation."""
from dateline.graph.frames import lexicon
from dateline.graph.schema import action_kind, register

KIND = register(action_kind("coerce", "Coercion", "COERCE", "arrests, detentions, bans, curfews, deportations",
                            "#8c564b"))
lexicon(KIND, """
# trigger      pos   needs   slots
arrest         verb  -       -       # the authority acts on the arrested
detain         verb  -       -
jail           verb  -       -
imprison       verb  -       -
deport         verb  -       -
ban            verb  -       -
outlaw         verb  -       -
censor         verb  -       -
confiscate     verb  -       from=target   # taken from whom
seize          verb  object=property|asset|assets|land|newspaper|equipment|passport|goods   from=target
impose         verb  object=curfew|law|emergency|restriction|restrictions|ban|siege   -
declare        verb  object=emergency|law|siege|curfew   -
round up       verb  -       -
crack down    verb  -       on=target
arrest         noun  -       -
detention      noun  -       -
crackdown      noun  -       on=target against=target
curfew         noun  -       -
deportation    noun  -       -
""")
