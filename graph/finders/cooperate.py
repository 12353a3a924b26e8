"""COOPERATE: mutual material cooperation or exchange (PLOVER): economic ties, joint military
exercises, judicial cooperation and extradition, sharing intelligence or information."""
from dateline.graph.frames import lexicon
from dateline.graph.schema import action_kind, register

KIND = register(action_kind("cooperate", "Cooperation", "COOPERATE", "joint work, exchanges, shared information",
                            "#17becf", roles=("source", "target", "participant", "place")))
lexicon(KIND, """
# trigger      pos   needs   slots
cooperate      verb  -       subject=participant with=participant
collaborate    verb  -       subject=participant with=participant
share          verb  object=information|intelligence|evidence|data|expertise|technology|experience   with=target
exchange       verb  object=information|intelligence|prisoners|ambassadors   with=target
extradite      verb  -       to=target
hold           verb  object=exercise|exercises|drills|manoeuvres|maneuvers|games   with=participant
launch         verb  object=exercise|exercises|drills|games   with=participant
cooperation    noun  -       between=participant with=participant
exercise       noun  modifier=joint|military|naval   with=participant
extradition    noun  -       to=target
""")
