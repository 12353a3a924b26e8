"""AGREE: agree to, offer, promise or otherwise commit to cooperate, including promises to sign
agreements (PLOVER). A cooperative act told as to come is coded AGREE too (schema.PLANNED_AS)."""
from dateline.graph.frames import lexicon
from dateline.graph.schema import action_kind, register

KIND = register(action_kind("agree", "Agreement", "AGREE", "agreements, offers, promises", "#2ca02c",
                            roles=("source", "target", "participant", "place")))
lexicon(KIND, """
# trigger      pos   needs   slots
agree          verb  -       subject=participant with=participant to=target on=none xcomp=target   # parties agree with each other, to a plan, to act on someone
accept         verb  -       -
offer          verb  -       xcomp=target
promise        verb  -       xcomp=target
pledge         verb  -       xcomp=target
commit         verb  -       to=none
consent        verb  -       to=none
settle         verb  -       with=participant
agreement      noun  -       between=participant with=participant
accord         noun  -       between=participant with=participant
deal           noun  between=@any   between=participant
pact           noun  -       between=participant with=participant
truce          noun  -       between=participant
""")
