"""Language data for actor identity: the words that names are cleaned of, compared without, and
weighed by. Logic is in ``identity`` (which names are one actor) and ``actors`` (names from the parse).

Each table says why it exists; the rules that use them never look at the words of a particular story.
"""
from __future__ import annotations

# Honorifics: written before a name, never part of it and never a role. They say the person's
# gender, which keeps "Mr. Bush" away from "Laura Bush" and "Mrs. Clinton" away from "Bill Clinton".
HONORIFIC_GENDER = {
    "mr": "m", "mister": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m", "sheikh": "m",
    "mrs": "f", "ms": "f", "miss": "f", "madam": "f", "madame": "f", "dame": "f", "lady": "f",
    "queen": "f", "princess": "f",
    "dr": "", "prof": "", "rev": "",
}

# Nouns for kin that say a person's gender when given as a role ("his wife, Nora Pike").
GENDERED_ROLES = {"wife": "f", "husband": "m", "mother": "f", "father": "m", "daughter": "f", "son": "m",
                  "sister": "f", "brother": "m", "widow": "f", "widower": "m", "grandmother": "f",
                  "grandfather": "m", "aunt": "f", "uncle": "m", "niece": "f", "nephew": "m",
                  "girlfriend": "f", "boyfriend": "m", "businesswoman": "f", "businessman": "m"}
# Pronouns that, as the next person word after a person named as a subject, usually stand for
# that person ("Harold Pike said he ..."): weak evidence of gender, a preference and never a bar.
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f",
                  "herself": "f"}

# Offices and ranks written before a name ("President Assad", "Sen. Clinton"): stripped from the
# name, kept as roles, and evidence that the name is a person's.
TITLES = {
    "professor", "president", "vice-president", "premier", "chancellor", "minister", "secretary",
    "senator", "sen", "rep", "representative", "congressman", "congresswoman", "governor", "gov",
    "mayor", "ambassador", "envoy", "judge", "justice", "emir", "sultan", "pope", "cardinal",
    "archbishop", "bishop", "reverend", "imam", "ayatollah", "rabbi", "general", "gen", "colonel",
    "col", "major", "maj", "captain", "capt", "lieutenant", "lt", "sergeant", "sgt", "admiral", "adm",
    "commander", "marshal", "chairman", "chairwoman", "director", "mufti", "patriarch", "spokesman",
    "spokeswoman", "coordinator", "candidate", "nominee", "speaker", "chief", "ceo",
}

# Particles inside names that writers use or drop ("Bashar al-Assad" / "Bashar Assad").
NAME_PARTICLES = {"al", "el", "ul", "ad", "as", "ash", "an", "ar", "at", "az", "bin", "ibn", "bint", "abu",
                  "de", "da", "di", "du", "van", "von", "der", "le", "la"}

# Words after a name that make another person of the family ("Walter Brand Jr." is not his father
# "Walter Brand"), however far the corpus mentions one more than the other.
GENERATIONS = {"jr", "sr", "junior", "senior", "ii", "iii", "iv"}

# Words that join the parts of an organisation's name; never a name's distinctive part, never in
# an acronym ("United Nations" -> UN, "Action Group on Syria" -> AGS).
CONNECTIVES = {"of", "for", "the", "and", "on", "in", "to", "&"}

# Legal-form suffixes: "Toyota Motor Corp." is "Toyota Motor Corporation" is "Toyota Motor".
# They are dropped when names are compared, and they are evidence for an organisation.
ORG_SUFFIXES = {"inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "plc",
                "llc", "group", "holdings", "ag", "sa", "nv", "gmbh"}

# Head nouns of organisations' names ("... Council", "... University"): evidence for an
# organisation when the tagger called the name something else.
ORG_HEADS = {"council", "committee", "party", "university", "college", "school", "institute", "foundation",
             "agency", "ministry", "department", "office", "bank", "fund", "association", "union", "league",
             "organization", "organisation", "network", "army", "force", "forces", "brigade", "front",
             "movement", "commission", "court", "parliament", "assembly", "congress", "senate", "board",
             "observatory", "federation", "society", "campaign", "times", "post", "news", "journal", "press",
             "motor", "motors", "airlines", "airways", "systems", "technologies", "industries", "bureau", "service"}
# Head nouns of buildings and places: a name ending in one is a location ("Trump Tower", "Tahrir
# Square"), whatever person its first word names. Words that also head organisations (center,
# house, hall, church) are left out.
PLACE_HEADS = {"tower", "towers", "hotel", "plaza", "square", "airport", "station", "stadium", "arena", "bridge",
               "street", "avenue", "boulevard", "road", "river", "lake", "mountain", "mountains", "island",
               "islands", "valley", "bay", "beach", "palace", "castle", "cathedral", "mosque", "temple"}

# Short words a Title Case headline may leave in lower case ("Votes to Condemn", "Rise of the
# Right"); any other lower-case word makes a sentence running text.
HEADLINE_LOWER_WORDS = {"a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by",
                        "as", "vs", "with", "from"}

# Prepositions whose object is a place ("in Damascus", "to Sochi"): evidence for a location.
PLACE_PREPOSITIONS = {"in", "to", "from", "near", "across", "outside"}

# Kinds an NER label is evidence for. NORP counts where it names a group of people ("the Saudis").
KIND_BY_LABEL = {"PERSON": "person", "ORG": "organization", "GPE": "location", "LOC": "location",
                 "FAC": "location", "NORP": "group", "PRODUCT": "product"}
# Ties between kinds go to the first of these (a name is more often a person than a place).
KIND_PRECEDENCE = ("person", "organization", "location", "product", "group")
# How much one piece of evidence weighs: a title or a legal suffix says more than one NER label,
# and a label given to a full name more than one given to a word alone.
EVIDENCE_WEIGHT = {"label": 1, "full name label": 2, "title": 3, "suffix": 3, "head": 2, "preposition": 1,
                   "credit": 3, "model": 2, "market": 2, "pronoun": 1}
# Verbs of a market move: a name that is their subject, with a figure ("the Nikkei fell 2 percent",
# "the Dow gained 120 points"), is an index or a currency, a product of the markets.
MARKET_MOVES = {"rise", "fall", "climb", "drop", "slip", "gain", "lose", "jump", "tumble", "surge", "plunge",
                "rally", "slide", "sink", "soar", "dip", "rebound", "advance", "decline", "edge", "close",
                "end", "finish", "open", "trade", "weaken", "strengthen", "firm", "ease", "plummet"}
MARKET_FIGURES = {"percent", "%", "points", "point", "pct"}

# Entity types a model number is never read from ("June 24" is a date, "3 percent" a share).
NOT_MODEL_NUMBERS = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}

# Words of photo and wire credits ("AP Photo/SANA", "Getty Images"): the name next to them is an
# outlet credited for the picture or the report, not an actor in the story.
CREDIT_WORDS = {"photo", "photos", "images", "image", "pictures"}

# Punctuation that separates a caption's or dateline's furniture from a name inside one NER span
# ("CLEVELAND - Donald Trump", "PHOTO: Merkel", "Trump - 60 percent").
FURNITURE_SEPARATORS = {"-", "–", "—", ":", "|", "/", "(", ")", "[", "]", ",", "•"}
