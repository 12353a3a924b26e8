"""Visits to a place (PLOVER CONSULT): the visitor is the source, the place visited the target and
the place. A visit to a person is a meeting (``consult``)."""
from dateline.graph.frames import lexicon
from dateline.graph.schema import action_kind, register

KIND = register(action_kind("visit", "Visit", "CONSULT", "visits to a country or a city", "#f7b6d2"))
lexicon(KIND, """
# trigger      pos   needs              slots
visit          verb  object=@location   -          # "visited Russia": Russia hosts the visit
tour           verb  object=@location   -
visit          noun  to=@location       to=target
trip           noun  to=@location       to=target
""")
