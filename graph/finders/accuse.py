"""ACCUSE: disapproval, accusations and investigations (PLOVER; 0.5's DISAPPROVE and INVESTIGATE):
criticise, condemn, blame, accuse or charge, lodge a protest, investigate or probe."""
from dateline.graph.frames import lexicon
from dateline.graph.schema import action_kind, register

KIND = register(action_kind("accuse", "Accusation", "ACCUSE", "criticism, accusations, investigations", "#c49c94"))
lexicon(KIND, """
# trigger      pos   needs   slots
accuse         verb  -       -          # the accuser acts on the accused
blame          verb  -       -
criticize      verb  -       -
criticise      verb  -       -
condemn        verb  -       -
denounce       verb  -       -
decry          verb  -       -
deplore        verb  -       -
charge         verb  with=@any   -
investigate    verb  -       -
probe          verb  -       -
question       verb  object=@person   -
summon         verb  object=ambassador|envoy|diplomat|charge   -
lodge          verb  object=protest|complaint   with=target
file           verb  object=complaint   with=target against=target
accusation     noun  -       against=target
criticism      noun  -       of=target
condemnation   noun  -       of=target
investigation  noun  -       into=target of=target against=target
probe          noun  -       into=target
inquiry        noun  -       into=target
complaint      noun  -       against=target
""")
