"""AID: material aid whose benefit goes mainly to the recipient (PLOVER): money, grants and
credit, military assistance, humanitarian aid, asylum."""
from dateline.graph.frames import lexicon
from dateline.graph.schema import action_kind, register

KIND = register(action_kind("aid", "Aid", "AID", "aid, grants, loans, asylum", "#c5b0d5"))
lexicon(KIND, """
# trigger      pos   needs   slots
give           verb  object=aid|grant|loan|money|assistance|asylum|credit|arms|weapons|food|medicine|support   to=target
provide        verb  object=aid|grant|loan|money|assistance|asylum|credit|arms|weapons|food|medicine|support|help   to=target for=target
send           verb  object=aid|arms|weapons|food|medicine|supplies|assistance|troops|help   to=target
supply         verb  -       to=target with=none
donate         verb  -       to=target
grant          verb  object=asylum|aid|loan|credit|amnesty   to=target
lend           verb  -       to=target
deliver        verb  object=aid|food|medicine|supplies|assistance   to=target
airlift        verb  -       to=target
evacuate       verb  object=wounded|injured|civilians|refugees|people   -
hand over      verb  object=aid|food|medicine|supplies   to=target
aid            noun  -       to=target for=target
grant          noun  -       to=target
loan           noun  -       to=target
asylum         noun  -       to=target
""")
