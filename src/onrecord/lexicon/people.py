"""Words about people that are not names: gender words, relations, unnamed-source heads, non-names.

* ``FEMALE_WORDS`` / ``MALE_WORDS``: words that tell how an article refers to a person ("actress",
  "husband"); they vote for the person's gender only where the text ties them to the name.
* ``RELATION_WORDS``: kinship and partner nouns and the relation each names ("husband" -> spouse_of).
* ``UNNAMED_HEADS``: heads of descriptions that stand for an unnamed source ("a source", "an aide").
* ``SPEAKS_FOR_HEADS``: heads of "his spokesman", "her lawyer": someone speaking for another person.
* ``NOT_NAMES``: capitalised words that are never part of a person's name (pronouns, weekdays,
  platforms, interjections, sentence-opening function words).
"""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS

FEMALE_WORDS = {
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "miss",
    "actress",
    "wife",
    "mother",
    "mom",
    "mum",
    "daughter",
    "sister",
    "girlfriend",
    "queen",
    "princess",
    "duchess",
    "lady",
    "woman",
    "girl",
    "grandmother",
    "aunt",
    "niece",
    "bride",
    "fiancee",
    "fiancée",
    "businesswoman",
    "congresswoman",
    "chairwoman",
    "spokeswoman",
    "waitress",
    "heiress",
    "dame",
    "madam",
    "first lady",
    "socialite",
    "mother-of-two",
    "mum-of-two",
    "songstress",
    "stepmother",
    "ex-wife",
    "widow",
    "countess",
}
MALE_WORDS = {
    "mr",
    "mr.",
    "actor",
    "husband",
    "father",
    "dad",
    "son",
    "brother",
    "boyfriend",
    "king",
    "prince",
    "duke",
    "lord",
    "man",
    "boy",
    "grandfather",
    "uncle",
    "nephew",
    "groom",
    "fiance",
    "businessman",
    "congressman",
    "chairman",
    "spokesman",
    "sir",
    "ex-husband",
    "stepfather",
    "widower",
    "earl",
    "count",
    "father-of-two",
}
RELATION_WORDS = {
    "husband": "spouse_of",
    "wife": "spouse_of",
    "spouse": "spouse_of",
    "son": "child_of",
    "daughter": "child_of",
    "mother": "parent_of",
    "father": "parent_of",
    "mom": "parent_of",
    "dad": "parent_of",
    "brother": "sibling_of",
    "sister": "sibling_of",
    "boyfriend": "partner_of",
    "girlfriend": "partner_of",
    "fiance": "partner_of",
    "fiancé": "partner_of",
    "fiancee": "partner_of",
    "fiancée": "partner_of",
    "ex-wife": "former_spouse_of",
    "ex-husband": "former_spouse_of",
    "baby": "child_of",
}
UNNAMED_HEADS = {
    "source",
    "sources",
    "insider",
    "insiders",
    "friend",
    "friends",
    "pal",
    "relative",
    "eyewitness",
    "witness",
    "official",
    "officials",
    "aide",
    "aides",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "rep",
    "representative",
    "publicist",
    "observer",
    "analyst",
    "expert",
    "people",
    "someone",
    "person",
    "staffer",
    "neighbor",
    "neighbour",
    "member",
    "members",
    "one",
    "fan",
    "fans",
    "critics",
    "supporters",
    "statement",
    "report",
    "reports",
    "poll",
}
# Heads of a description of someone who speaks or acts for another person: after a possessive ("his spokesman",
# "her lawyers", "their top aide") the speaker is that other person's agent, never the possessor (user report H5:
# "his spokesman said" after a paragraph about a president is not the president).
SPEAKS_FOR_HEADS: frozenset[str] = frozenset(
    [
        "spokesman",
        "spokesmen",
        "spokeswoman",
        "spokeswomen",
        "spokesperson",
        "spokespeople",
        "representative",
        "representatives",
        "rep",
        "reps",
        "aide",
        "aides",
        "adviser",
        "advisers",
        "advisor",
        "advisors",
        "lawyer",
        "lawyers",
        "attorney",
        "attorneys",
        "solicitor",
        "solicitors",
        "counsel",
        "publicist",
        "publicists",
        "agent",
        "agents",
        "assistant",
        "assistants",
        "secretary",
        "staffer",
        "staffers",
        "friend",
        "friends",
        "confidant",
        "confidante",
    ]
)

# Endings of plural agent and group nouns ("Ecologists", "Campaigners", "Historians", "Residents", "Neighbours"):
# such a word alone opening a sentence is a group of unnamed people, unless the article writes it after a first name
# or a title ("Kenny Rogers"), where it is a surname.
GROUP_PLURAL_ENDINGS: tuple[str, ...] = ("ists", "ers", "ians", "ents", "ants", "ours", "ors", "ees")
# The days of the week: a date, never part of a name ("On Sunday ISIS claimed", "Wednesday Lord Woolf said").
WEEKDAYS: frozenset[str] = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
_BASE_NOT_NAMES = {
    "i",
    "we",
    "you",
    "it",
    "the",
    "a",
    "an",
    "this",
    "that",
    *WEEKDAYS,
    "instagram",
    "twitter",
    "facebook",
    "tiktok",
    "youtube",
    "snapchat",
    # God and the names of God or his prophet in prayer and exclamation ("Jesus Christ", "Allahu Akbar"): a word of
    # faith named in a story, never a source that speaks in it, so a description ("the soldier") never becomes them.
    "god",
    "jesus",
    "christ",
    "allah",
    "allahu",
    "jehovah",
    "oh",
    "hey",
    "advtg",
    "photo",
    "getty",
    "images",
    "but",
    "and",
    "so",
    "mom",
    "dad",
    "honey",
    "baby",
    "thank",
    "thanks",
    "please",
    "happy",
    "birthday",
    "love",
    "merry",
    "christmas",
    "what",
    "when",
    "where",
    "why",
    "how",
    "who",
    "these",
    "those",
    "after",
    "before",
    "while",
    "if",
    "as",
    "in",
    "on",
    "at",
    "today",
    "tonight",
    "live",
    "show",
    "yes",
    "no",
    "well",
    "now",
    "then",
    "here",
    "there",
    "just",
}
# Names that are also English function words: kept out of the stop-word test below.
NAME_LIKE_STOP_WORDS: frozenset[str] = frozenset({"will", "may", "bill", "mark", "sue", "rose", "amber", "june"})
# Months are names only after a first name ("Theresa May", "April Ryan" before a surname).
MONTHS: frozenset[str] = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)
NOT_NAMES: frozenset[str] = frozenset(
    _BASE_NOT_NAMES
    | (set(STOP_WORDS) - NAME_LIKE_STOP_WORDS)
    | {
        "perhaps",
        "meanwhile",
        # Clause openers that are no stop words of spaCy's list ("Unlike Patriot, the firm ...").
        "unlike",
        "despite",
        "amid",
        "amidst",
        "whilst",
        "however",
        "indeed",
        "still",
        "also",
        "instead",
        "yet",
        # Sentence adverbs no stop words of spaCy's list, capitalised only by opening a sentence ("Soon Obama will
        # be gone", "Reportedly Smith had left"): never a first name.
        "soon",
        "later",
        "earlier",
        "finally",
        "eventually",
        "suddenly",
        "recently",
        "lately",
        "shortly",
        "maybe",
        "presumably",
        "hopefully",
        "clearly",
        "obviously",
        "apparently",
        "reportedly",
        "allegedly",
        "unfortunately",
        "fortunately",
        "surely",
        "certainly",
        "actually",
        "chats",
        "exclusive",
        "watch",
        "read",
        "opinion",
    }
)

# Vietnamese family names, written first: "Nguyen Van Minh" is Mr Minh of the Nguyen family, and the run is one
# name, though "Van" looks like a first name ("Van Morrison") to a table of English names. The commonest family
# names, which nine Vietnamese in ten bear (Wikipedia, "Vietnamese name"), without diacritics as English news
# writes them.
SURNAME_FIRST_FAMILY_NAMES: frozenset[str] = frozenset(
    {"nguyen", "tran", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "ngo", "duong", "trinh"}
)

# Generational suffixes written after a name ("Donald Trump Jr.", "Martin Luther King III"): part of the
# name, so a father and his son stay two people (normalised: lower case, no dot).
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})

# Lower-case particles inside a person's name ("Luis de Miranda", "Ludwig van Beethoven", "Joseph ter Horst",
# "Mohammed bin Salman"): part of the name, kept as written; the nobiliary and patronymic particles of the
# Romance, Germanic and Arabic naming traditions (Wikipedia, "Nobiliary particle"; "Arabic name").
NAME_PARTICLES = frozenset(
    {"de", "da", "di", "do", "dos", "das", "del", "della", "des", "du", "van", "der", "den", "von", "zu", "le", "la"}
    | {"bin", "bint", "ibn", "al", "el", "ter", "ten"}
)

# First-person pronouns. Outside quotation marks they are the article's author (a columnist, a blogger,
# the outlet's "we"), never a third person the sentence names ("I recently wrote that Jane Doe ...").
FIRST_PERSON_PRONOUNS: frozenset[str] = frozenset({"i", "me", "we", "us"})

# One form for the words of a party or a people, so that "the Democrat" finds "Democratic Gov. Lena Marsh" and
# "the Briton" finds "British diplomat Ann Roe" (English usage; the noun of "Dutch" is "Dutchman"/"Dutchwoman").
AFFILIATION_FORMS: dict[str, str] = {
    "democratic": "democrat",
    "gop": "republican",
    "briton": "british",
    "brit": "british",
    "dutchman": "dutch",
    "dutchwoman": "dutch",
    "frenchman": "french",
    "frenchwoman": "french",
    "englishman": "english",
    "englishwoman": "english",
    "irishman": "irish",
    "irishwoman": "irish",
    "scotsman": "scottish",
    "scotswoman": "scottish",
    "scot": "scottish",
    "welshman": "welsh",
    "welshwoman": "welsh",
}


# Words for a party's member written before a name ("Tory Liam Fox", "Labour Jane Roe", "Republican Ted Cruz"):
# the party, no part of the name, even where the word is also a first name ("Tory" is one in gender-guesser).
PARTY_MEMBER_WORDS: frozenset[str] = frozenset(
    ["tory", "labour", "democrat", "democratic", "republican", "conservative", "liberal", "unionist", "nationalist"]
)


def affiliation(word: str) -> str:
    """``word`` lower-cased, in the one form ``AFFILIATION_FORMS`` gives a party or people word ("Democratic" ->
    "democrat"); any other word lower-cased as it is."""
    low = word.lower()
    return AFFILIATION_FORMS.get(low, low)


# Words for a group no one in the story is ("an award given to those who show "strength in the face of
# adversity"", "anyone who calls it "a scandal""): a quotation whose verb's subject is "who" after one of them is
# no one's speech in the story.
GENERIC_GROUP_WORDS: frozenset[str] = frozenset(["those", "anyone", "anybody", "everyone", "everybody", "whoever"])


# Words for a person of an age band (and perhaps a gender), as news takes up someone it gave an age ("Zianna Roe, 9,
# ... the grade-school girl said", "Ollie Grant, 11, ... the schoolboy said", "Doris Wells, 84, ... the pensioner"):
# the youngest and oldest age each fits, and the gender it shows (None for either). Ages as English uses the words
# (a "teenager" is 13 to 19; a "pensioner" is past a usual pension age).
AGE_BAND_WORDS: dict[str, tuple[int, int, str | None]] = {
    "girl": (0, 17, "female"),
    "boy": (0, 17, "male"),
    "schoolgirl": (4, 18, "female"),
    "schoolboy": (4, 18, "male"),
    "child": (0, 14, None),
    "kid": (0, 17, None),
    "youngster": (0, 19, None),
    "pupil": (4, 18, None),
    "toddler": (1, 4, None),
    "teenager": (13, 19, None),
    "teen": (13, 19, None),
    "pensioner": (60, 120, None),
    "octogenarian": (80, 89, None),
    "nonagenarian": (90, 99, None),
    "centenarian": (100, 120, None),
}


# People someone lives, works or plays beside, or who serve them ("her neighbour", "his colleague", "their coach",
# "her doctor"): after a possessive
# the description is someone other than the possessor, whom the article may never name.
PEER_WORDS: frozenset[str] = frozenset(
    {"neighbour", "neighbor", "colleague", "classmate", "teammate", "roommate", "flatmate", "housemate", "landlord"}
    | {"landlady", "tenant", "carer", "caregiver", "employer", "employee", "coworker", "co-worker", "schoolmate"}
    | {"coach", "trainer", "doctor", "teacher", "boss", "partner", "mentor", "nanny", "therapist", "biographer"}
    | {"co-star", "costar", "bandmate", "caddie", "physio", "bodyguard", "pal"}
)
