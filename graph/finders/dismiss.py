"""Dismissals (no PLOVER category): who removes whom from a post: fire, sack, oust, depose."""
from dateline.graph.frames import lexicon
from dateline.graph.schema import action_kind, register

KIND = register(action_kind("dismiss", "Dismissal", None, "dismissals and ousters", "#cedb9c"))
lexicon(KIND, """
# trigger      pos   needs   slots
dismiss        verb  object=@person|minister|official|officials|chief|head|director|manager|coach   as=none
fire           verb  object=@person|minister|official|officials|chief|head|director|manager|coach|employees|workers|staff   as=none
sack           verb  -       as=none
oust           verb  -       as=none from=none
depose         verb  -       -
remove         verb  from=office|power|post   from=none
dismissal      noun  -       of=target
ouster         noun  -       of=target
""")
