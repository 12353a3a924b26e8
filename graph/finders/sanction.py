"""SANCTION: reductions in normal or cooperative relations (PLOVER): sanctions and embargoes,
expelling or recalling diplomats, suspending aid, talks or mediation, cutting ties."""
from dateline.graph.frames import lexicon
from dateline.graph.schema import action_kind, register

KIND = register(action_kind("sanction", "Sanction", "SANCTION", "sanctions, expulsions, suspended aid or ties",
                            "#9467bd"))
lexicon(KIND, """
# trigger      pos   needs   slots
sanction       verb  -       -
impose         verb  object=sanction|sanctions|embargo|tariff|tariffs   on=target against=target
expel          verb  -       -                   # diplomats, inspectors, groups (not one person: COERCE)
recall         verb  object=ambassador|envoy|diplomat|diplomats   object=none from=target   # the envoy is the source's own
suspend        verb  object=aid|talks|relations|ties|links|cooperation|membership|negotiations|mediation|assistance   -
sever          verb  object=ties|relations|links   -
cut            verb  object=ties|relations|links|aid|assistance   -
break off      verb  -       -
freeze         verb  object=asset|assets|aid|account|accounts|ties   -
end            verb  object=mediation|cooperation|aid|talks|relations   -
cancel         verb  object=visit|meeting|talks|summit|trip|contract   -
withdraw       verb  object=ambassador|inspectors|observers|aid|peacekeepers|diplomats|monitors   object=none from=target
sanction       noun  -       on=target against=target
embargo        noun  -       on=target against=target
expulsion      noun  -       -
suspension     noun  -       with=target   # of ties with whom
""")
