"""Travel: who goes where (no PLOVER category): fly, travel, arrive, leave, head for, return.
The destination or the place left is the event's place, not an actor of it."""
from dateline.graph.frames import lexicon
from dateline.graph.schema import SOURCE, action_kind, register

KIND = register(action_kind("travel", "Travel", None, "flights, arrivals, departures", "#9edae5",
                            roles=(SOURCE, "place")))
lexicon(KIND, """
# trigger      pos   needs   slots
fly            verb  -       object=none to=place into=place from=none on=none
travel         verb  -       to=place
arrive         verb  -       in=place at=place
land           verb  in=@location   in=place
leave          verb  object=@location   object=place
depart         verb  -       from=place for=place
head           verb  to=@any   to=place for=place
head           verb  for=@any  to=place for=place
return         verb  to=@location   to=place
go             verb  to=@location   to=place
move on        verb  to=@location   to=place
arrival        noun  -       in=place at=place
departure      noun  -       from=place
""")
