"""REQUEST: demands and orders (PLOVER 0.8; 0.5's DEMAND): demand, call for, insist on, order,
press or pressure someone to act, seek refuge or asylum."""
from dateline.graph.frames import lexicon
from dateline.graph.schema import action_kind, register

KIND = register(action_kind("request", "Demand", "REQUEST", "demands, calls and orders", "#aec7e8"))
lexicon(KIND, """
# trigger      pos   needs   slots
demand         verb  -       of=target from=target clause=target   # the demander, of the one who must act
call           verb  for=@any   on=target
call on        verb  -       on=target
insist         verb  on=@any    clause=target
order          verb  -       -
press          verb  -       -
pressure       verb  -       -
pressurize     verb  -       -
urge           verb  -       clause=target
appeal         verb  to=@any    to=target for=none
seek           verb  object=refuge|asylum|release|extradition|return|withdrawal|compensation   from=target
demand         noun  -       for=none
call           noun  for=@any   -
""")
