"""CONCEDE: verbal concessions without immediate material effect (PLOVER): easing administrative
or legal restrictions, pardons and amnesties, calling off protests or strikes, declaring a
ceasefire or a withdrawal, conceding a point or a defeat."""
from dateline.graph.frames import lexicon
from dateline.graph.schema import action_kind, register

KIND = register(action_kind("concede", "Concession", "CONCEDE", "eased restrictions, pardons, called-off strikes",
                            "#dbdb8d"))
lexicon(KIND, """
# trigger      pos   needs   slots
concede        verb  object=defeat|election|point|victory|overhaul   -
ease           verb  object=restriction|restrictions|measures|curbs|rules|ban|controls|sanctions   on=target
relax          verb  object=restriction|restrictions|measures|curbs|rules|ban|controls   -
cancel         verb  object=restriction|restrictions|ban|curfew|decree|order   -
pardon         verb  -       -
amnesty        noun  -       for=target
call off       verb  -       -
suspend        verb  object=protest|protests|strike|strikes|boycott|campaign|hostilities   -
declare        verb  object=ceasefire|cease-fire|truce|amnesty   -
pardon         noun  -       -
""")
