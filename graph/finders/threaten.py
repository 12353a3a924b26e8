"""THREATEN: threats, coercive or forceful warnings with serious potential repercussions (PLOVER);
also an ultimatum. A conflictual act told as to come is coded THREATEN too (schema.PLANNED_AS)."""
from dateline.graph.frames import lexicon
from dateline.graph.schema import action_kind, register

KIND = register(action_kind("threaten", "Threat", "THREATEN", "threats and ultimatums", "#bcbd22"))
lexicon(KIND, """
# trigger      pos   needs   slots
threaten       verb  -       xcomp=target   # the threatener warns the threatened, or whom the threatened act is aimed at
vow            verb  object=revenge|retaliation   -
threat         noun  -       against=target to=target
ultimatum      noun  -       to=target
""")
