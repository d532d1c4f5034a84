"""Titles, honorifics and role nouns: the words that stand before or around a name but are not the name.

One list each, used the same way at every mention (people stage, sentence splitting, the corpus's
person keys). Words are lower case without a final full stop unless the stop is part of the word;
``norm_word`` gives the form to look up.

* ``HONORIFICS``: courtesy, religious and noble titles. They are part of how the article names a
  person when only a surname follows ("Mr Blair", "Lord Falconer", "Prince Andrew"), so a one-word
  name keeps its honorific; a full name never does. Source: the style guides of the BBC and AP
  (courtesy titles on second reference) and the gold of ``news.dev``, which names "Mr Blair" but
  "Idris Okonjo" for "Commissioner Idris Okonjo".
* ``OFFICE_TITLES``: offices, ranks and jobs written as a title before a name ("Commissioner",
  "Treasurer", "Chair", "President", "Gen."). Never part of the name; they go to ``Person.title``.
* ``ROYAL_TITLES``: titles of royalty and popes, kept in the name; the word after them is a given name.
* ``OFFICES_NOT_SURNAMES``: offices no surname is spelt as; a run ending in one is an office.
* ``TITLE_MODIFIERS``: words that combine with an office ("former", "deputy", "prime", "vice").
* ``RANK_MODIFIERS``: words that open a compound rank ("Staff Sgt.", "Lance Cpl.").
* ``CASE_OFFICES``: offices of the police and the courts, which never re-name a party to the case.
* ``ROLE_NOUNS``: nouns that describe what a person is ("singer", "vendor", "striker", "husband").
  Never part of a name; before or beside a name they become the person's descriptors, and as the
  head of a definite description ("the minister") they point back to the person given that role.
"""

from __future__ import annotations

HONORIFICS: frozenset[str] = frozenset(
    [
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "miss",
        "mx",
        "mx.",
        "messrs",
        "messrs.",
        "mme",
        "mme.",
        "mlle",
        "dr",
        "dr.",
        "prof",
        "prof.",
        "rev",
        "rev.",
        "reverend",
        # Clergy abbreviated before a name: "Fr. Michael Ryan" (Father), "Msgr. John Hale" (Monsignor).
        "fr",
        "fr.",
        "msgr",
        "msgr.",
        # British styles written before a title and name: "the Rt Rev Michael Scott-Joynt", "the Rt Hon Jane Roe".
        "rt",
        "rt.",
        "hon",
        "hon.",
        "sir",
        "dame",
        "lord",
        "lady",
        "prince",
        "princess",
        "king",
        "queen",
        "duke",
        "duchess",
        "earl",
        "countess",
        "baron",
        "baroness",
        "viscount",
        "marquess",
        "sheikh",
        "sheikha",
        "emir",
        "pope",
    ]
)

# Honorifics that are nobody's first name or surname ("King", "Prince", "Earl", "Bishop" are both): met inside
# a capitalised run before a name ("Tory Lord Campbell", "Labour's Lord Dubs") one starts the title, and the
# words before it (a party, a place) are not the person's name.
# Titles that are more often a man's first name in English news ("Dean Baker", "Earl Jones", "Duke Ellington"):
# before one surname that is no first name itself, with no other title before, the word is the first name (a
# dean, an earl or a duke is written "the dean", "Earl Spencer" with a first name, or "Duke of Kent").
TITLES_ALSO_FIRST_NAMES: frozenset[str] = frozenset(["dean", "earl", "duke"])

TITLES_NEVER_NAMES: frozenset[str] = frozenset(
    ["mr", "mrs", "ms", "mx", "dr", "prof", "rev", "reverend", "sir", "dame", "lord", "lady", "rt", "hon"]
    + ["baroness", "viscount", "marquess"]
)

OFFICE_TITLES: frozenset[str] = frozenset(
    [
        "president",
        "pres",
        "pres.",
        "vice-president",
        "chancellor",
        "premier",
        "minister",
        "secretary",
        "senator",
        "sen",
        "sen.",
        "sens",  # "Sens. Marco Rubio of Florida and Ted Cruz of Texas": the plural before a list of holders
        "sens.",
        "rep",
        "rep.",
        "reps",
        "reps.",
        "representative",
        "congressman",
        "congresswoman",
        "assemblyman",
        "assemblywoman",
        "councillor",
        # British local government's abbreviation, written before the name: "Cllr Mae Lint".
        "cllr",
        "cllr.",
        "councilman",
        "councilwoman",
        "alderman",
        "ald",
        "ald.",
        "governor",
        "gov",
        "gov.",
        "mayor",
        "judge",
        "justice",
        "magistrate",
        "commissioner",
        "treasurer",
        "chair",
        "chairman",
        "chairwoman",
        "chairperson",
        "speaker",
        "whip",  # a parliament's party office: "House Minority Whip Steny Hoyer", "Chief Whip Alan Bell"
        "ambassador",
        "consul",
        "attorney",
        "atty",
        "atty.",
        # South African and Lesotho usage: "Adv. Shamila Batohi" (an advocate, a barrister), "MEC Jane Roe" (a
        # Member of a province's Executive Council), written before the name as titles.
        "advocate",
        "adv",
        "adv.",
        "mec",
        "prosecutor",
        "sheriff",
        "inspector",
        # Police ranks abbreviated before a name, with or without the stop: "Insp. Ruth Gale", "Det Sgt Sam Holt".
        "insp",
        "insp.",
        "superintendent",
        "supt",
        "supt.",
        "detective",
        "det",
        "det.",
        "officer",
        "constable",
        "sergeant",
        "sgt",
        "sgt.",
        "lieutenant",
        "lt",
        "lt.",
        "captain",
        "capt",
        "capt.",
        "cpt",
        "cpt.",
        "colonel",
        "col",
        "col.",
        "major",
        "maj",
        "maj.",
        "general",
        "gen",
        "gen.",
        "admiral",
        "adm",
        "adm.",
        "commander",
        "cmdr",
        "cmdr.",
        "corporal",
        "cpl",
        "cpl.",
        "private",
        "pvt",
        "pvt.",
        "pfc",
        "pfc.",
        "marshal",
        "director",
        "chief",
        "ceo",
        "cfo",
        "coo",
        "executive",
        "manager",
        "coach",
        "bishop",
        "archbishop",
        "cardinal",
        "rabbi",
        "imam",
        "pastor",
        "dean",
        "provost",
        "principal",
        "headteacher",
        "headmaster",
        "headmistress",
        # Members of parliaments and assemblies, written in capitals before a name ("Labour MP Diane Abbott").
        "mp",
        "mep",
        "msp",
        "mla",
        "mpp",
        "mna",
    ]
)

# Letters written after a name for an honour, a degree or a seat ("Afrasiab Anwar MBE"): never part of it.
# Titles of monarchs, princes and popes: English names them by title and given name ("King Juan Carlos",
# "Queen Elizabeth II", "Prince Andrew"), the title part of the name, the word after it a given name, never
# a surname. Source: BBC and AP style on royalty; the gold of extra5 names "King Juan Carlos".
ROYAL_TITLES: frozenset[str] = frozenset(["king", "queen", "prince", "princess", "pope", "emperor", "empress"])
# Titles of knighthood: British usage writes them before the given name ("Sir Keir Starmer", short "Sir Keir";
# "Dame Judi Dench", short "Dame Judi"), never before the surname alone. Source: Debrett's forms of address.
KNIGHTHOOD_TITLES: frozenset[str] = frozenset(["sir", "dame"])
# Offices no English surname is spelt as ("Dean", "Major", "Bishop", "Judge" are surnames too): a capitalised
# run ending in one ("Immigration Minister", "Foreign Secretary") names an office, never a person.
OFFICES_NOT_SURNAMES: frozenset[str] = frozenset(
    [
        "minister",
        "secretary",
        "president",
        "governor",
        "senator",
        "premier",
        "chairman",
        "chairwoman",
        "ambassador",
        "commissioner",
        "spokesman",
        "spokeswoman",
        "spokesperson",
    ]
)
POST_NOMINALS: frozenset[str] = frozenset(
    ["mbe", "obe", "cbe", "kbe", "dbe", "qc", "kc", "mp", "mep", "msp", "phd", "jp", "frs", "esq"]
)

TITLE_MODIFIERS: frozenset[str] = frozenset(
    [
        "majority",  # "Senate Majority Leader", "Minority Whip", "Press Secretary": one office with its noun
        "minority",
        "press",
        "former",
        "ex",
        "acting",
        "deputy",
        "vice",
        "prime",
        "first",
        "foreign",
        "home",
        "interior",
        "finance",
        "defence",
        "defense",
        "health",
        "education",
        "justice",
        "transport",
        "trade",
        "culture",
        "labour",
        "labor",
        "shadow",
        "junior",
        "state",
        "general",
        "attorney",
        "chief",
        "executive",
        "managing",
        "assistant",
        "associate",
        "lead",
        "senior",
        "presidential",
        "lord",
    ]
)

# Words that open a compound military or police rank before its rank word: "Staff Sgt.", "Master Sgt.", "Lance
# Cpl.", "Petty Officer", "Warrant Officer", "Command Sgt. Maj.", "Gunnery Sgt.", "Tech. Sgt.". Written before a
# rank, part of the title; a run of them and ranks alone ("Staff Sgt") is nobody's name.
RANK_MODIFIERS: frozenset[str] = frozenset(
    {"staff", "master", "lance", "petty", "warrant", "command", "gunnery", "technical", "tech", "specialist"}
)

# The title modifiers that name a different office ("vice president", "foreign minister"), not a tenure
# ("former", "acting"): a definite description with one of them is only someone whose title has it too.
OFFICE_MODIFIERS: frozenset[str] = TITLE_MODIFIERS - {"former", "ex", "acting", "first"}

ROLE_NOUNS: frozenset[str] = frozenset(
    [
        "editor",
        "actor",
        "actress",
        "singer",
        "rapper",
        "model",
        "author",
        "writer",
        "star",
        "host",
        "presenter",
        "moderator",
        "producer",
        "director",
        "designer",
        "chef",
        "comedian",
        "musician",
        "dancer",
        "athlete",
        "player",
        "coach",
        "reality",
        "businessman",
        "businesswoman",
        "entrepreneur",
        "billionaire",
        "mogul",
        "socialite",
        "influencer",
        "journalist",
        "reporter",
        "anchor",
        "politician",
        "senator",
        "candidate",
        "president",
        "governor",
        "mayor",
        "lawmaker",
        "congressman",
        "congresswoman",
        "official",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "lawyer",
        "attorney",
        "judge",
        # The parties of a lawsuit, capitalised before a name in court filings ("Defendant Trump stated").
        "defendant",
        "plaintiff",
        "claimant",
        "accuser",
        "doctor",
        "nurse",
        "teacher",
        "professor",
        "student",
        "activist",
        "founder",
        "ceo",
        "chief",
        "executive",
        "queen",
        "king",
        "prince",
        "princess",
        "duchess",
        "duke",
        "beauty",
        "icon",
        "legend",
        "diva",
        "newcomer",
        "pop",
        "country",
        "hitmaker",
        "songwriter",
        "filmmaker",
        "cookbook",
        "mother",
        "father",
        "mom",
        "dad",
        "husband",
        "wife",
        "son",
        "daughter",
        "brother",
        "sister",
        "boyfriend",
        "girlfriend",
        "fiance",
        "fiancé",
        "fiancee",
        "fiancée",
        "partner",
        "baby",
        "grandmother",
        "grandfather",
        "aunt",
        "uncle",
        "cousin",
        "nephew",
        "niece",
        "friend",
        "pal",
        "co-star",
        "costar",
        "bandmate",
        "ex",
        "ex-wife",
        "ex-husband",
        "widow",
        "veteran",
        "nominee",
        "lady",
        "man",
        "woman",
        "couple",
        "pair",
        "duo",
        "youngster",
        "teen",
        "teenager",
        "tot",
        "toddler",
        "newborn",
        "vendor",
        "minister",
        "secretary",
        "commissioner",
        "treasurer",
        "chair",
        "chairman",
        "chairwoman",
        "striker",
        "midfielder",
        "defender",
        "goalkeeper",
        "forward",
        "winger",
        # Sport positions and caps that stand for the player as an epithet ("the Italy international said",
        # "the Sale full-back added"); "wing" and "centre" are left out: a party's wing, a research centre.
        "international",
        "full-back",
        "fly-half",
        "scrum-half",
        "prop",
        "quarterback",
        "rookie",
        "all-rounder",
        "batsman",
        "captain",
        "manager",
        "boss",
        "analyst",
        "economist",
        "strategist",
        "researcher",
        "scientist",
        "expert",
        "engineer",
        "economist",
        "historian",
        "officer",
        "detective",
        "inspector",
        "sergeant",
        "farmer",
        "worker",
        "resident",
        "owner",
        "shopkeeper",
        "driver",
        "pilot",
        "soldier",
        "general",
        "diplomat",
        "ambassador",
        "envoy",
        "leader",
        "campaigner",
        "adviser",
        "advisor",
        "aide",
        "chancellor",
        "premier",
        "prosecutor",
        "sheriff",
        "councillor",
        "director",
        "president-elect",
        "champion",
        "runner",
        "cyclist",
        "swimmer",
        "boxer",
        "golfer",
        "batsman",
        "bowler",
        "jockey",
        "architect",
        "trainer",
    ]
)

# Offices of the police and the courts that try a case ("the judge", "the prosecutor", "the detective"). The people
# a crime or court report names near such a description are the case's parties (the accused, the victim, a
# witness), whom no article re-names by the office of those who police or try them: tied to no one, the office's
# holder is someone unnamed (``PersonTable.renamed_office_holder``; user reports on court and crime news, round 21).
CASE_OFFICES: frozenset[str] = frozenset(
    [
        "judge",
        "magistrate",
        "prosecutor",
        "coroner",
        "detective",
        "inspector",
        "superintendent",
        "officer",
        "constable",
        "sergeant",
        "sheriff",
        "investigator",
    ]
)

# Role nouns that name the same office however it is qualified: "the minister" is whoever the
# article called "Transport minister X"; "the striker" whoever it called "veteran striker X".
ROLE_HEADS_FOR_OFFICES: frozenset[str] = ROLE_NOUNS | OFFICE_TITLES

# Abbreviations that end in a full stop inside a sentence ("Mr.", "Gen.", "Calif.", "Jan."):
# a sentence splitter must not cut after them. Titles come from the lists above.
NON_TITLE_ABBREVIATIONS: frozenset[str] = frozenset(
    [
        "st",
        "jr",
        "sr",
        "inc",
        "co",
        "corp",
        "ltd",
        "calif",
        "fla",
        "mass",
        "penn",
        "wash",
        "ill",
        "mich",
        "ariz",
        "ga",
        "va",
        "tex",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "no",
        "vs",
        "u.s",
        "u.k",
        "d.c",
        "n.y",
        "l.a",
        "gop",
        "ft",
        "mt",
        "e.g",
        "i.e",
    ]
)
ABBREVIATIONS: frozenset[str] = NON_TITLE_ABBREVIATIONS | frozenset(
    w.rstrip(".") for w in HONORIFICS | OFFICE_TITLES if w.endswith(".")
)

ALL_TITLES: frozenset[str] = HONORIFICS | OFFICE_TITLES

# The written-out word of an abbreviated title ("Sen. Marco Rubio" is "the senator"; AP style's abbreviations
# of titles before a name, The Associated Press Stylebook, "titles" and "military titles").
TITLE_ABBREVIATIONS: dict[str, str] = {
    "sen": "senator",
    "sens": "senator",
    "rep": "representative",
    "reps": "representative",
    "gov": "governor",
    "lt": "lieutenant",
    "gen": "general",
    "col": "colonel",
    "capt": "captain",
    "cpt": "captain",
    "sgt": "sergeant",
    "cpl": "corporal",
    "maj": "major",
    "adm": "admiral",
    "cmdr": "commander",
    "supt": "superintendent",
    "insp": "inspector",
    "det": "detective",
    "prof": "professor",
    "pres": "president",
    "atty": "attorney",
    "pfc": "private",
    "pvt": "private",
    "ald": "alderman",
    "cllr": "councillor",
    "fr": "father",
    "msgr": "monsignor",
    "dr": "doctor",
    "rev": "reverend",
}


def title_words(title: str) -> list[str]:
    """The words of a title written out, lower case: "Sen." -> ["senator"], "Vice President" -> ["vice",
    "president"] (``TITLE_ABBREVIATIONS``)."""
    return [TITLE_ABBREVIATIONS.get(w, w) for w in (norm_word(t) for t in title.split()) if w]


def norm_word(word: str) -> str:
    """A word as the lists hold it: lower case, without surrounding stops, commas or apostrophes."""
    return word.lower().strip(".,'\u2019")


def is_title_word(word: str) -> bool:
    """Whether ``word`` is an honorific, an office title or a modifier of one ("former", "deputy")."""
    low = norm_word(word)
    return low in ALL_TITLES or low in TITLE_MODIFIERS or low + "." in ALL_TITLES


# Words that join the parts of a hyphenated title ("editor-in-chief", "co-chairman", "secretary-general").
_TITLE_JOINERS: frozenset[str] = frozenset({"in", "of", "at", "co", "vice", "ex", "elect", "general", "chief"})


def is_role_compound(word: str) -> bool:
    """Whether a hyphenated ``word`` is a title or role made of title words and joiners ("Editor-in-Chief",
    "co-chairman", "Commander-in-Chief", "Vice-President"): a role, never a name ("Jean-Pierre" is not)."""
    parts = norm_word(word).split("-")
    if len(parts) < 2 or not all(parts):
        return False
    titled = [p for p in parts if p not in _TITLE_JOINERS]
    return all(is_title_word(p) or p in ROLE_NOUNS for p in titled) and (bool(titled) or norm_word(word) in ALL_TITLES)


# Courtesy titles written only before a person's surname (never before a place's or a firm's name): "Mr Hockney
# said" is a person even where the tagger read "Hockney" as a place (trial10 M1). Lower case, without the full stop.
COURTESY_BEFORE_SURNAME: frozenset[str] = frozenset({"mr", "mrs", "ms", "miss", "mx", "messrs", "mme", "mlle"})


def is_honorific(word: str) -> bool:
    """Whether ``word`` is a courtesy, religious or noble title ("Mr", "Ms.", "Lord", "Prince")."""
    low = norm_word(word)
    return low in HONORIFICS or low + "." in HONORIFICS


def strip_title(name: str) -> str:
    """``name`` without leading titles and honorifics: "President Donald Trump" -> "Donald Trump".

    Used to key people across articles; a name that is only a title is returned unchanged.
    """
    words = name.split()
    k = 0
    while k < len(words) - 1 and is_title_word(words[k]):
        k += 1
    return " ".join(words[k:])


# Words news writes for one job on later reference (elegant variation): "the Gunners manager" for "Arsenal boss Arsene
# Wenger", "the England striker" for "forward Michael Owen", "the 11-term congressman" for "Rep. Peter King", "the
# lawmaker" for "Sen. Maria Lopez". A description with the key as its head is the one person given one of the words.
# Source: the AP Stylebook and BBC style on titles and second references; the words are each other's synonyms in
# WordNet's noun senses for the job (manager/director/coach of a team; forward/striker; representative/congressman).
ROLE_SYNONYMS: dict[str, frozenset[str]] = {
    "manager": frozenset({"boss", "coach"}),
    "boss": frozenset({"manager", "coach", "chief", "head", "ceo", "executive", "chairman", "chairwoman", "director"}),
    "coach": frozenset({"manager", "boss", "trainer"}),
    "striker": frozenset({"forward", "centre-forward", "center-forward"}),
    "forward": frozenset({"striker"}),
    "congressman": frozenset({"representative", "congresswoman", "lawmaker"}),
    "congresswoman": frozenset({"representative", "congressman", "lawmaker"}),
    "lawmaker": frozenset(
        {"senator", "representative", "congressman", "congresswoman", "legislator", "mp", "mep", "msp"}
        | {"assemblyman", "assemblywoman", "councilman", "councilwoman", "councillor", "politician"}
    ),
    "legislator": frozenset({"senator", "representative", "congressman", "congresswoman", "lawmaker", "mp"}),
    "lawyer": frozenset({"attorney", "solicitor", "barrister", "counsel", "advocate"}),
    "attorney": frozenset({"lawyer", "counsel"}),
    "solicitor": frozenset({"lawyer"}),
    "barrister": frozenset({"lawyer", "advocate", "qc"}),
    "officer": frozenset({"policeman", "policewoman", "constable", "sergeant", "trooper", "patrolman", "detective"}),
    "policeman": frozenset({"officer", "constable", "sergeant", "trooper", "patrolman"}),
    "policewoman": frozenset({"officer", "constable", "sergeant", "trooper"}),
    "doctor": frozenset({"physician", "surgeon", "gp", "paediatrician", "pediatrician"}),
    "physician": frozenset({"doctor"}),
    "surgeon": frozenset({"doctor"}),
    "actor": frozenset({"actress"}),
    "singer": frozenset({"vocalist", "frontman", "frontwoman", "songstress", "crooner"}),
    "spokesman": frozenset({"spokeswoman", "spokesperson"}),
    "spokeswoman": frozenset({"spokesman", "spokesperson"}),
    "spokesperson": frozenset({"spokesman", "spokeswoman"}),
    "chairman": frozenset({"chair", "chairwoman", "chairperson"}),
    "chairwoman": frozenset({"chair", "chairman", "chairperson"}),
    "chair": frozenset({"chairman", "chairwoman", "chairperson"}),
    "premier": frozenset({"prime"}),
    # "the CEO" for "chief executive Tom Carver", "the chief executive" for "CEO Tom Carver".
    "ceo": frozenset({"executive"}),
    "executive": frozenset({"ceo"}),
    "chief": frozenset(
        {"secretary", "minister", "director", "commissioner", "chairman", "chairwoman", "chair", "ceo", "executive"}
        | {"head", "boss", "president", "commander", "superintendent", "constable", "leader"}
    ),
    "head": frozenset({"chief", "director", "secretary", "minister", "commissioner", "chairman", "ceo", "leader"}),
}
# Heads that name the top of any body ("chief", "head", "boss"): a synonym ties them only with a modifier that the
# text ties to the person too ("the Pentagon chief" for "Defense Secretary Robert Gates", "the health chief" for
# "Health Secretary Ann Roe"), never alone.
LOOSE_ROLE_HEADS: frozenset[str] = frozenset({"chief", "head", "boss"})
# Words for the domain of an office that name it otherwise: "the Pentagon chief" is the defence secretary.
OFFICE_DOMAIN_WORDS: dict[str, frozenset[str]] = {
    "pentagon": frozenset({"defense", "defence"}),
    "defence": frozenset({"defense", "pentagon"}),
    "defense": frozenset({"defence", "pentagon"}),
    "treasury": frozenset({"finance", "exchequer"}),
    "finance": frozenset({"treasury", "exchequer"}),
    "interior": frozenset({"home"}),
    "home": frozenset({"interior"}),
    "spy": frozenset({"intelligence"}),
    "intelligence": frozenset({"spy"}),
}
