"""Resignations (PLOVER RETREAT: "resignations of government officials"): who leaves a post."""
from dateline.graph.frames import lexicon
from dateline.graph.schema import action_kind, register

KIND = register(action_kind("resign", "Resignation", "RETREAT", "resignations", "#9c9ede"))
lexicon(KIND, """
# trigger      pos   needs   slots
resign         verb  -       as=none from=none
quit           verb  -       object=none
step down      verb  -       as=none from=none
resignation    noun  -       of=source
""")
