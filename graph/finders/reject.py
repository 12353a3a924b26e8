"""REJECT: rejections and refusals (PLOVER): rejecting proposals, requests or plans, refusing to
act, vetoing, defying or reneging on a commitment."""
from dateline.graph.frames import lexicon
from dateline.graph.schema import action_kind, register

KIND = register(action_kind("reject", "Rejection", "REJECT", "rejections, refusals, vetoes", "#7f7f7f"))
# The author of what is rejected is the target: "rejected the proposal from Argentina", "the
# plan by Egypt", "the offer of the US".
lexicon(KIND, """
# trigger      pos   needs   slots
reject         verb  -       from=target by=target of=target   # the rejecter turns down the proposal (or its author)
refuse         verb  -       xcomp=target   # whom the refused act would be aimed at
decline        verb  xcomp=@any   xcomp=target
veto           verb  -       from=target by=target of=target
rebuff         verb  -       from=target by=target of=target
spurn          verb  -       from=target by=target of=target
oppose         verb  -       -
defy           verb  -       -
renege         verb  -       on=target
turn down      verb  -       from=target by=target of=target
dismiss        verb  object=appeal|proposal|call|calls|offer|plan|request|claim|claims|demand|idea   from=target by=target of=target
rule out       verb  -       -
rejection      noun  -       -
refusal        noun  -       -
veto           noun  -       -
""")
