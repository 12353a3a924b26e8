"""Announcements (no PLOVER category): an organisation or a person makes something known. What
was announced is the statement beside it, or its target when that is an actor (a product)."""
from dateline.graph.frames import lexicon
from dateline.graph.schema import action_kind, register

KIND = register(action_kind("announce", "Announcement", None, "announcements", "#ffbb78"))
lexicon(KIND, """
# trigger      pos   needs   slots
announce       verb  -       -
unveil         verb  object=plan|plans|proposal|proposals|strategy|budget|policy   -
announcement   noun  -       -
keynote        noun  -       -      # a keynote address: the occasion of announcements
""")
