"""Launches (no PLOVER category): a product, a service or a store brought out: launch, release,
unveil, introduce, roll out, open."""
from dateline.graph.frames import lexicon
from dateline.graph.schema import action_kind, register

KIND = register(action_kind("launch", "Launch", None, "product launches and releases", "#f5b041"))
lexicon(KIND, """
# trigger      pos   needs   slots
launch         verb  -       object=none
release        verb  -       object=none      # prisoners released are a retreat (its row needs them)
unveil         verb  -       object=none
introduce      verb  -       object=none
debut          verb  -       object=none
roll out       verb  -       object=none
ship           verb  -       object=none
open           verb  object=store|stores|shop|shops|plant|factory|office   object=none
launch         noun  -       of=none
release        noun  -       of=none
debut          noun  -       of=none
""")
