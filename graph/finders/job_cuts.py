"""Job cuts (no PLOVER category): an employer cuts jobs or lays off workers; the number cut is
the event's count."""
from dateline.graph.frames import lexicon
from dateline.graph.schema import action_kind, register

KIND = register(action_kind("job_cuts", "JobCuts", None, "job cuts and lay-offs", "#e7969c"))
lexicon(KIND, """
# trigger      pos   needs   slots
cut            verb  object=job|jobs|worker|workers|staff|employee|employees|position|positions|post|posts   -
eliminate      verb  object=job|jobs|position|positions|post|posts   -
shed           verb  object=job|jobs|worker|workers|staff|employee|employees   -
slash          verb  object=job|jobs|workforce|staff   -
lay off        verb  -       -
layoff         noun  -       -
lay-off        noun  -       -
redundancy     noun  -       -
""")
