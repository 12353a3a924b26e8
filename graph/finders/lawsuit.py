"""Lawsuits (PLOVER ACCUSE: "sue, file civil or criminal lawsuit"): the plaintiff is the source,
the defendant the target."""
from dateline.graph.frames import lexicon
from dateline.graph.schema import action_kind, register

KIND = register(action_kind("lawsuit", "Lawsuit", "ACCUSE", "lawsuits", "#843c39"))
lexicon(KIND, """
# trigger      pos   needs   slots
sue            verb  -       -
file           verb  object=lawsuit|suit|claim|case|appeal   against=target
take           verb  to=court   -
lawsuit        noun  -       against=target
suit           noun  against=@any   against=target
""")
