"""Bankruptcy (no PLOVER category): filing for bankruptcy or creditor protection."""
from dateline.graph.frames import lexicon
from dateline.graph.schema import action_kind, register

KIND = register(action_kind("bankruptcy", "Bankruptcy", None, "bankruptcy filings", "#7b4173"))
lexicon(KIND, """
# trigger      pos   needs   slots
file           verb  for=bankruptcy|protection|insolvency   for=none
go             verb  into=administration|receivership|liquidation|bankruptcy   into=none
bankruptcy     noun  -       -
""")
