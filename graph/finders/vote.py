"""Votes (no PLOVER category): a body or the voters vote, an election or a referendum is held.
The voters are the source; what they vote for, against or on is the target."""
from dateline.graph.frames import lexicon
from dateline.graph.schema import action_kind, register

KIND = register(action_kind("vote", "Vote", None, "votes, elections and referendums", "#b5cf6b"))
lexicon(KIND, """
# trigger      pos   needs   slots
vote           verb  -       for=target against=target on=target
vote           noun  -       on=target for=target against=target
election       noun  -       -
referendum     noun  -       on=target
""")
