"""Deals (no PLOVER category): buying, selling, acquiring, merging, investing. The buyer is the
source, the company or asset bought the target when it is an actor."""
from dateline.graph.frames import lexicon
from dateline.graph.schema import action_kind, register

KIND = register(action_kind("deal", "Deal", None, "acquisitions, sales, mergers, investments", "#a55194",
                            roles=("source", "target", "participant", "place")))
lexicon(KIND, """
# trigger      pos   needs   slots
buy            verb  -       from=target
acquire        verb  -       from=target
purchase       verb  -       from=target
sell           verb  -       to=target
take over      verb  -       -
merge          verb  -       subject=participant with=participant
invest         verb  -       in=target
bid            verb  for=@any   for=target
acquisition    noun  -       of=target by=source
takeover       noun  -       of=target by=source
merger         noun  -       with=participant between=participant
purchase       noun  -       of=target
sale           noun  of=@any   of=target to=target
investment     noun  -       in=target
""")
