"""Launches (no PLOVER category): a product, a service or a store brought out: launch, release,
unveil, introduce, roll out, open. The maker is the source, the product (when it is an actor)
the target."""
from dateline.graph.frames import lexicon
from dateline.graph.schema import action_kind, register

KIND = register(action_kind("launch", "Launch", None, "product launches and releases", "#f5b041"))
lexicon(KIND, """
# trigger      pos   needs   slots
launch         verb  -       -
release        verb  -       -      # prisoners released are a retreat (its row needs them)
unveil         verb  -       -
introduce      verb  -       -
debut          verb  -       -
showcase       verb  -       -
preview        verb  object=@any   -
demo           verb  -       -      # a product shown to the public
demonstrate    verb  object=@product   -   # a product demonstrated (a crowd demonstrating is a protest)
show off       verb  -       -
reveal         verb  object=@product|@organization   -   # a product or a company's offering; "revealed that ..." is speech
roll out       verb  -       -
ship           verb  -       -
open           verb  object=store|stores|shop|shops|plant|factory|office   -
launch         noun  -       -
release        noun  -       -
debut          noun  -       -
""")
