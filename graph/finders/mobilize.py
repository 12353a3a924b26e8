"""MOBILIZE: military or police moves short of the use of force (PLOVER): deploying troops,
raising readiness, reinforcing forces."""
from dateline.graph.frames import lexicon
from dateline.graph.schema import action_kind, register

KIND = register(action_kind("mobilize", "Mobilization", "MOBILIZE", "troops deployed, forces on alert, reinforcements",
                            "#e377c2"))
lexicon(KIND, """
# trigger      pos   needs   slots            (the forces moved are the source's own; where they go, the target)
mobilize       verb  -       object=none in=target to=target
mobilise       verb  -       object=none in=target to=target
deploy         verb  -       object=none in=target to=target
mass           verb  object=troops|forces|tanks|soldiers   object=none in=target on=target
reinforce      verb  -       in=target
strengthen     verb  object=force|forces|troops|presence   object=none in=target
station        verb  object=troops|forces|soldiers|missiles   object=none in=target
put            verb  on=alert   object=none in=target
remain         verb  on=alert   in=target
mobilization   noun  -       -
mobilisation   noun  -       -
deployment     noun  -       in=target to=target
build-up       noun  -       -
buildup        noun  -       -
""")
