"""Results (no PLOVER category): a company reports its earnings, a profit or a loss."""
from dateline.graph.frames import lexicon
from dateline.graph.schema import action_kind, register

KIND = register(action_kind("results", "Results", None, "earnings, profits and losses reported", "#637939"))
lexicon(KIND, """
# trigger      pos   needs   slots
report         verb  object=profit|loss|earnings|revenue|revenues|sales|income|results|deficit|surplus   object=none
post           verb  object=profit|loss|earnings|revenue|revenues|sales|income|results|deficit|surplus   object=none
announce       verb  object=profit|loss|earnings|results   object=none
earn           verb  -       object=none
lose           verb  object=money|million|billion|dollar|dollars|share|customers   object=none
""")
