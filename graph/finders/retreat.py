"""RETREAT: yielding with immediate material effect (PLOVER): withdrawing forces or ceding
territory, releasing prisoners or hostages, returning property, lifting a blockade, allowing
observers or aid workers in, disarming, observing a ceasefire, surrendering. (Resignations,
which PLOVER also codes here, are their own kind.)"""
from dateline.graph.frames import lexicon
from dateline.graph.schema import action_kind, register

KIND = register(action_kind("retreat", "Retreat", "RETREAT", "withdrawals, releases, ceasefires, surrenders",
                            "#1f77b4"))
lexicon(KIND, """
# trigger      pos   needs   slots
withdraw       verb  -       from=target   # withdrawn from a place or a side: its target
pull out       verb  -       of=target from=target
pull back      verb  -       from=place
retreat        verb  -       from=place
release        verb  object=prisoner|prisoners|hostage|hostages|detainee|detainees|captive|captives|@person   -
free           verb  object=prisoner|prisoners|hostage|hostages|detainee|detainees|captive|captives|@person   -
hand over      verb  -       to=target
return         verb  object=territory|land|property|prisoners|remains|refugees   to=target
lift           verb  object=blockade|siege|curfew|ban|sanctions|embargo|restrictions|emergency   on=target
evacuate       verb  object=settlement|settlements|territory|base|bases|area|town   in=target from=target
surrender      verb  -       to=target
disarm         verb  -       -
allow          verb  object=access|observers|inspectors|monitors|peacekeepers|aid|entry   -
admit          verb  object=observers|inspectors|monitors|peacekeepers   -
receive        verb  object=observers|inspectors|monitors|peacekeepers   -
open           verb  object=border|borders|crossing|crossings|corridor   to=target
withdrawal     noun  -       from=place
release        noun  -       -
ceasefire      noun  -       between=participant
cease-fire     noun  -       between=participant
surrender      noun  -       -
""")
