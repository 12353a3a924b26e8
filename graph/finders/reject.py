"""REJECT: rejections and refusals (PLOVER): rejecting proposals, requests or plans, refusing to
act, vetoing, defying or reneging on a commitment."""
from dateline.graph.frames import lexicon
from dateline.graph.schema import action_kind, register

KIND = register(action_kind("reject", "Rejection", "REJECT", "rejections, refusals, vetoes", "#7f7f7f"))
lexicon(KIND, """
# trigger      pos   needs   slots
reject         verb  -       -          # the rejecter turns down the proposal (or its author)
refuse         verb  -       -
decline        verb  xcomp=@any   -
veto           verb  -       -
rebuff         verb  -       -
spurn          verb  -       -
oppose         verb  -       -
defy           verb  -       -
renege         verb  -       on=target
turn down      verb  -       -
dismiss        verb  object=appeal|proposal|call|calls|offer|plan|request|claim|claims|demand|idea   -
rule out       verb  -       -
rejection      noun  -       -
refusal        noun  -       -
veto           noun  -       -
""")
