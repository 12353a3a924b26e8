"""Birth (no PLOVER category): when and where a person was born ("Jobs, born in San Francisco on
February 24, 1955"), a date a timeline of that person starts with."""
from dateline.graph.frames import lexicon
from dateline.graph.schema import SOURCE, action_kind, register

KIND = register(action_kind("birth", "Birth", None, "births", "#bd9e39", roles=(SOURCE, "place")))
# "born" is read by its word ("bear" is also to carry): the one born is the verb's object, which
# the passive ("was born") and the participle after a name ("Jobs, born in ...") both give.
lexicon(KIND, """
# trigger      pos   needs   slots
born           verb  -       object=source subject=none to=none
birth          noun  -       of=source
""")
