"""Rulings (PLOVER SANCTION: "find guilty or liable at a court of law", the court the source and
the defendant the target): rule against, convict, sentence, fine."""
from dateline.graph.frames import lexicon
from dateline.graph.schema import action_kind, register

KIND = register(action_kind("ruling", "Ruling", "SANCTION", "court rulings, convictions, sentences, fines",
                            "#ad494a"))
lexicon(KIND, """
# trigger      pos   needs   slots
rule           verb  -       against=target in=none
convict        verb  -       -
sentence       verb  -       to=none
fine           verb  -       -
find           verb  oprd=guilty|liable   -
verdict        noun  -       against=target
conviction     noun  -       of=target
ruling         noun  -       against=target
""")
