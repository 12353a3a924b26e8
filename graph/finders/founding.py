"""Founding (no PLOVER category): starting a company, a party or another organisation."""
from dateline.graph.frames import lexicon
from dateline.graph.schema import action_kind, register

KIND = register(action_kind("founding", "Founding", None, "companies and organisations founded", "#8c6d31"))
lexicon(KIND, """
# trigger      pos   needs                 slots
found          verb  -                     -         # the founder founds the organisation
co-found       verb  -                     -
cofound        verb  -                     -
start          verb  object=@organization  -         # "started Apple"; "started talks" is the talks' event
establish      verb  object=@organization  -
set up         verb  object=@organization  -
founding       noun  -                     of=target
""")
