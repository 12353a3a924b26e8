"""Death (no PLOVER category): a person's death told as such ("died", "passed away"); a killing
is an assault, whose victim is its target."""
from dateline.graph.frames import lexicon
from dateline.graph.schema import SOURCE, action_kind, register

KIND = register(action_kind("death", "Death", None, "deaths", "#843c39", roles=(SOURCE, "place")))
lexicon(KIND, """
# trigger      pos   needs   slots
die            verb  -       of=none from=none at=none   # the one who died; "at 56" is an age
pass away      verb  -       -
death          noun  -       of=source
""")
