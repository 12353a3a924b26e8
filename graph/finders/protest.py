"""PROTEST: civilian demonstrations and other collective actions against the target (PLOVER):
rallies, marches, riots, strikes, hunger strikes, boycotts, blockades of roads."""
from dateline.graph.frames import lexicon
from dateline.graph.schema import action_kind, register

KIND = register(action_kind("protest", "Protest", "PROTEST", "demonstrations, rallies, riots, strikes, boycotts",
                            "#ff7f0e"))
lexicon(KIND, """
# trigger      pos   needs   slots
protest        verb  -       against=target
demonstrate    verb  -       against=target
rally          verb  -       against=target
march          verb  -       against=target on=target
riot           verb  -       against=target
boycott        verb  -       -
picket         verb  -       -
block          verb  object=road|roads|roadway|highway|street|streets|bridge|transport|access|entrance   -
strike         verb  -       against=target        # a walkout; "strike" on a place is an attack
protest        noun  -       against=target
demonstration  noun  -       against=target
rally          noun  -       against=target
march          noun  -       against=target
riot           noun  -       against=target
strike         noun  -       against=target
boycott        noun  -       of=target
sit-in         noun  -       -
walkout        noun  -       -
""")
