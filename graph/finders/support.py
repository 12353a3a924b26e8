"""SUPPORT: diplomatic, non-material cooperation (PLOVER): express support, praise, welcome,
endorse or defend an actor or policy; sign or ratify an agreement; recognise a state; establish,
restore or upgrade diplomatic ties; apologise (regret is coded here in the 0.5 records)."""
from dateline.graph.frames import lexicon
from dateline.graph.schema import action_kind, register

KIND = register(action_kind("support", "Support", "SUPPORT", "praise, endorsements, signed treaties, ties restored",
                            "#98df8a"))
lexicon(KIND, """
# trigger      pos   needs   slots
support        verb  -       -          # the supporter backs the supported
back           verb  object=@any   -
endorse        verb  -       -
praise         verb  -       -
commend        verb  -       -
hail           verb  -       -
welcome        verb  -       -
applaud        verb  -       -
defend         verb  -       against=none
recognize      verb  -       -
recognise      verb  -       -
ratify         verb  -       -
sign           verb  object=treaty|agreement|accord|pact|deal|protocol|memorandum|declaration|convention   with=target
establish      verb  object=ties|relations   with=target
restore        verb  object=ties|relations   with=target
upgrade        verb  object=ties|relations   with=target
normalize      verb  object=ties|relations   with=target
apologize      verb  -       to=target for=none
apologise      verb  -       to=target for=none
endorsement    noun  -       of=target
""")
