"""MOBILIZE: military or police moves short of the use of force (PLOVER): deploying troops,
raising readiness, reinforcing forces."""
from dateline.graph.frames import lexicon
from dateline.graph.schema import action_kind, register

KIND = register(action_kind("mobilize", "Mobilization", "MOBILIZE", "troops deployed, forces on alert, reinforcements",
                            "#e377c2"))
lexicon(KIND, """
# trigger      pos   needs   slots
mobilize       verb  -       -
mobilise       verb  -       -
deploy         verb  -       to=place
mass           verb  object=troops|forces|tanks|soldiers   -
reinforce      verb  -       -
strengthen     verb  object=force|forces|troops|presence   -
station        verb  object=troops|forces|soldiers|missiles   -
put            verb  on=alert   -
remain         verb  on=alert   -
mobilization   noun  -       -
mobilisation   noun  -       -
deployment     noun  -       -
build-up       noun  -       -
buildup        noun  -       -
""")
