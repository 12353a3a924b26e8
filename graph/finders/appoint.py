"""Appointments (no PLOVER category): who names whom to a post."""
from dateline.graph.frames import lexicon
from dateline.graph.schema import action_kind, register

KIND = register(action_kind("appoint", "Appointment", None, "appointments, nominations, elections to a post",
                            "#6b6ecf"))
lexicon(KIND, """
# trigger      pos   needs   slots
appoint        verb  -       as=none to=none
name           verb  oprd=@any   -
name           verb  as=@any     as=none
nominate       verb  -       as=none for=none
hire           verb  -       as=none
elect          verb  -       as=none to=none
promote        verb  -       to=none
appointment    noun  -       of=target
nomination     noun  -       of=target
""")
