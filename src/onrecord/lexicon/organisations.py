"""Words that make a proper-noun run an organisation, a place or a work rather than a person.

One place for them: the people stage tests names against these lists at every mention, and keeps
an organisation's name whole ("the Finance and Economy Ministry", not "Finance").

* ``ORG_WORDS``: words that, inside a capitalised run, make it an organisation, a place or an outlet
  ("Ministry", "Party", "Bank", "Council", "Army", "United").
* ``WORKS_AND_EVENTS``: words of policies, laws, events and works ("Policy", "Episode", "Cup").
* ``ORG_HEADS``: common nouns an article uses to refer back to an organisation it named
  ("the agency", "the ministry", "the group"): a speaker named so is that organisation.
* ``BUSINESS_HEADS``, ``PUBLIC_BODY_WORDS``: "the company" refers back to a business named before, never to a
  state body, party or union.
* ``NAMED_FOR_A_PERSON``: bodies English names after the person who leads them ("Trump's campaign" is
  the Trump campaign).
* ``ORG_ENTITY_LABELS``: spaCy entity labels (OntoNotes scheme) of organisations and places.
* ``FIRM_SUFFIXES``, ``FIRM_KIND_WORDS``, ``FIRM_DESIGNATORS``: the words written after a firm's name ("Ltd",
  "Stores"), the one list every stage reads them from.
* ``COLLECTIVE_SOURCES``: plural heads of unnamed collective sources ("authorities", "officials");
  their modifiers tell them apart ("Russian authorities" is not "Ukrainian authorities").
"""

from __future__ import annotations

import re

ORG_WORDS: frozenset[str] = frozenset(
    [
        "house",
        "department",
        "party",
        "committee",
        "campaign",
        "council",
        "court",
        "university",
        "college",
        "school",
        "church",
        "company",
        "corp",
        "inc",
        "news",
        "times",
        "post",
        "journal",
        "network",
        "agency",
        "association",
        "institute",
        "foundation",
        "center",
        "centre",
        "office",
        "bank",
        "group",
        "club",
        "league",
        "union",
        "ministry",
        "senate",
        "congress",
        "army",
        "police",
        "watch",  # a watchdog group's name ends so: "Human Rights Watch", "Judicial Watch"
        "fbi",
        "cia",
        "cnn",
        "fox",
        "nbc",
        "abc",
        "cbs",
        "msnbc",
        "bbc",
        "reuters",
        "ap",
        "afp",
        "magazine",
        "daily",
        "radio",
        "tv",
        "street",
        "avenue",
        "states",
        "united",
        "america",
        "american",
        "national",
        "republican",
        "republicans",
        "democrat",
        "democrats",
        "democratic",
        "gop",
        "white",
        "instagram",
        "twitter",
        "facebook",
        "people",
        "weekly",
        "online",
        "entertainment",
        "tonight",
        "show",
        "records",
        "studios",
        "pictures",
        "county",
        "city",
        "state",
        "hospital",
        "awards",
        "festival",
        "conference",
        "parliament",
        "assembly",
        "government",
        "administration",
        "authority",
        "commission",
        "board",
        "service",
        "services",
        "navy",
        "force",
        "forces",
        "constabulary",
        "guard",
        "corps",
        "federation",
        "fund",
        "trust",
        "society",
        "organisation",
        "organization",
        "coalition",
        "alliance",
        "movement",
        "caucus",
        "cabinet",
        "bureau",
        "division",
        "unit",
        "team",
        "fc",
        "ltd",
        "plc",
        "llc",
        "co",
        "limited",
        "holdings",
        "industries",
        "airlines",
        "airline",
        "airways",
        "motors",
        "bancorp",
        "capital",
        "partners",
        # Plural or mass nouns that end company names and are nobody's surname ("Kotak Institutional Equities").
        "equities",
        "securities",
        "associates",
        "advisors",
        "advisers",
        "investments",
        "ventures",
        "technologies",
        "pharmaceuticals",
        "therapeutics",
        "laboratories",
        "economics",
        "communications",
        "solutions",
    ]
)

ORG_HEADS: frozenset[str] = frozenset(
    [
        "agency",
        "ministry",
        "department",
        "group",
        "company",
        "firm",
        "party",
        "council",
        "committee",
        "organisation",
        "organization",
        "center",
        "centre",
        "bank",
        "government",
        "administration",
        "authority",
        "commission",
        "board",
        "service",
        "charity",
        "union",
        "club",
        "team",
        "league",
        "association",
        "institute",
        "foundation",
        "campaign",
        "network",
        "channel",
        "broadcaster",
        "newspaper",
        "paper",
        "magazine",
        "outlet",
        "office",
        "court",
        "army",
        "police",
        "military",
        "regulator",
        "watchdog",
        "airline",
        "carrier",
        "bureau",
        "force",
    ]
)

# Heads that refer back to a body whose name ends in another word: British and Irish news calls a police body "the
# force" ("West Yorkshire Police said ... the force added", "Avon and Somerset Constabulary").
HEAD_NAME_ENDINGS: dict[str, frozenset[str]] = {"force": frozenset(["police", "constabulary", "force"])}

# Other last words of a body's name that a kind noun refers back to, besides the noun itself: "the agency" for the
# "National Weather Service" or the "Food and Drug Administration", "the airline" for "Delta Air Lines" or "Coastal
# Airways". Unlike ``HEAD_NAME_ENDINGS`` these do not keep the other bodies named before out of reach.
HEAD_KIND_ENDINGS: dict[str, frozenset[str]] = {
    "agency": frozenset(["service", "administration", "commission", "authority", "bureau"]),
    "airline": frozenset(["airlines", "airways", "air", "lines", "aviation"]),
    "carrier": frozenset(["airlines", "airways", "air", "lines", "aviation"]),
}

# Institutions an article refers back to by their kind: "the university said" after "Northfield University", "the
# hospital said" after "St Mary's Hospital". Named only when the article named one with that word; else an
# organisation the article does not name. Kept apart from ``ORG_HEADS``, which the reported-speech stage reads as
# sources.
INSTITUTION_HEADS: frozenset[str] = frozenset(["university", "college", "hospital", "museum", "school", "zoo"])

# Heads of a public body's name that English writes either after the body's field or before it with "of": "the
# Justice Department" and "the Department of Justice", "the Defence Ministry" and "the Ministry of Defence" (one
# body; the "of" form is the longer, official one).
OF_FORM_HEADS: frozenset[str] = frozenset(
    ["department", "ministry", "office", "bureau", "agency", "commission", "council", "committee", "secretariat"]
)

# Lower-case nouns written right before a body's name as its kind ("whale rescue group Project Jonah", "the
# personal finance blog Wealthynickel", "accountancy firm Ernst & Young"): the name after them is that body's,
# never a person's (trial10 M1, M2). The heads above, less those written before a person's title or name
# ("police Sgt.", "court clerk", "government minister", "campaign manager").
BODY_NOUNS: frozenset[str] = (
    ORG_HEADS - {"office", "court", "police", "military", "army", "government", "administration", "campaign", "force"}
) | frozenset(["blog", "website", "band", "startup", "consultancy", "lender", "insurer", "retailer", "carmaker"])

# Heads an article refers back to a business (or any non-state body) by when it named it without a designator:
# "Acme Widgets announced ... the company said", "Amnesty International said ... the organisation called". The
# body meant is one the article named before (``PUBLIC_BODY_WORDS`` keeps a state body out of them).
BUSINESS_HEADS: frozenset[str] = frozenset(
    ["company", "firm", "group", "airline", "carrier", "organisation", "organization"]
)

# Heads of which a country has many ("the German company", "a Swiss bank", "the French carmaker"): a nationality
# before one describes a body the article does not name, unlike "the Scottish government" (one per country).
MANY_PER_COUNTRY_HEADS: frozenset[str] = BUSINESS_HEADS | frozenset(
    ["bank", "lender", "insurer", "retailer", "carmaker", "automaker", "startup", "club", "team", "charity"]
    + ["newspaper", "paper", "magazine", "broadcaster", "outlet", "network", "channel", "union", "maker", "giant"]
)

# Words before such a head that make it another body than the one named before: "the parent company", "a rival
# firm", "the central bank", "the state company".
OTHER_BODY_MODIFIERS: frozenset[str] = frozenset(
    ["parent", "rival", "other", "new", "central", "state", "national", "federal", "public", "local", "holding"]
)

# Words that end the name of a state or public body, a party or a union, never a business's: "the company" is no
# "Home Office", "Labour Party" or "Leeds City Council".
PUBLIC_BODY_WORDS: frozenset[str] = frozenset(
    [
        "ministry",
        "department",
        "council",
        "government",
        "administration",
        "parliament",
        "senate",
        "congress",
        "assembly",
        "court",
        "tribunal",
        "police",
        "army",
        "navy",
        "force",
        "forces",
        "guard",
        "corps",
        "office",
        "agency",
        "authority",
        "commission",
        "committee",
        "bureau",
        "cabinet",
        "caucus",
        "party",
        "union",
        "campaign",
        "house",
        "embassy",
        "university",
        "college",
        "school",
        "hospital",
        "church",
        "county",
        "city",
        "state",
        "states",
    ]
)

# Bodies English names after the person who leads them: "Trump's campaign" is the Trump campaign, an
# organisation, where "Trump's spokesman" is a person.
NAMED_FOR_A_PERSON: frozenset[str] = frozenset(["campaign", "administration", "government"])

# Words that make a capitalised run a policy, law, event or work, never a person ("Common Agricultural
# Policy", "Episode VII", "Davis Cup").
WORKS_AND_EVENTS: frozenset[str] = frozenset(
    [
        "policy",
        "act",
        "treaty",
        "accord",
        "agreement",
        "programme",
        "program",
        "initiative",
        "summit",
        "cup",
        "prize",
        "award",
        "trophy",
        "episode",
        "chapter",
        "season",
        "series",
        "album",
        "film",
        "movie",
        "tour",
        "games",
        "olympics",
        "championship",
        "championships",
        "finals",
        "open",
        "grand",
        "prix",
        "war",
        "crisis",
        "budget",
        "report",
        "strategy",
        "plan",
        "scheme",
        "index",
    ]
)

# Every word that keeps a capitalised run from being a person's name.
NOT_PERSON_WORDS: frozenset[str] = ORG_WORDS | WORKS_AND_EVENTS

# Common nouns for a publication or broadcaster that news writing puts right before its name, in apposition:
# "the West German weekly Der Spiegel", "the daily Le Monde", "the broadcaster NHK". The name after one is the
# outlet, never a person.
PUBLICATION_NOUNS: frozenset[str] = frozenset(
    {"weekly", "daily", "newspaper", "magazine", "paper", "broadcaster", "network", "tabloid", "monthly"}
)

# Words that close a firm's registered name ("Hollis, Grant and Webb Ltd", "Acme Widgets Inc"): a name that ends
# in one may list partners with commas before its "and".
FIRM_SUFFIXES: frozenset[str] = frozenset({"ltd", "plc", "llc", "llp", "inc", "co", "corp", "limited", "incorporated"})

# Words that say what kind of business a firm is ("Massy Stores", "Acme Holdings"), written after its name.
FIRM_KIND_WORDS: frozenset[str] = frozenset(
    {"stores", "supermarkets", "group", "holdings", "corporation", "company", "industries", "enterprises"}
)

# Every firm designator: the word news copy writes after a firm's name the first time and drops after that
# ("Acme Corp." then "Acme"). The one list of them; ``firm_designator_pattern`` writes it as a regex.
FIRM_DESIGNATORS: frozenset[str] = FIRM_SUFFIXES | FIRM_KIND_WORDS


# How news writes some designators: these in capitals ("PLC", "LLC"), "plc" also in lower case as British
# style does ("Tesco plc"), and these abbreviations with or without a full stop ("Corp.", "Ltd").
FIRM_ACRONYMS: frozenset[str] = frozenset({"plc", "llc", "llp"})
FIRM_ABBREVIATIONS: frozenset[str] = frozenset({"inc", "corp", "co", "ltd"})


def firm_designator_pattern(words: frozenset[str] = FIRM_DESIGNATORS) -> str:
    """A regex (a string, no groups) for one firm designator of ``words`` (``FIRM_DESIGNATORS``, or the legal
    suffixes ``FIRM_SUFFIXES`` alone) as news writes it after a
    name: capitalised ("Stores", "Ltd"), an acronym in capitals (``FIRM_ACRONYMS``: "PLC", and "plc"), an
    abbreviation with its full stop or without (``FIRM_ABBREVIATIONS``: "Corp.", "Co."); never inside a longer
    or hyphenated word, and never before a capitalised word that carries the name on ("Group Chief Executive")."""
    forms: set[str] = set()
    for word in words:
        cased = {word.upper()} if word in FIRM_ACRONYMS else {word.capitalize()}
        cased |= {"plc"} if word == "plc" else set()
        forms |= {re.escape(f) + (r"\.?" if word in FIRM_ABBREVIATIONS else "") for f in cased}
    # Longest first, so that "Corporation" is tried before "Corp" and "Co".
    ordered = sorted(forms, key=lambda f: (-len(f), f))
    return r"(?:" + "|".join(ordered) + r")(?![\w\-])(?!\s+[A-Z][a-z])"


ORG_ENTITY_LABELS: frozenset[str] = frozenset({"ORG", "NORP", "GPE", "FAC"})

COLLECTIVE_SOURCES: frozenset[str] = frozenset(
    [
        "authorities",
        "officials",
        "sources",
        "police",
        "prosecutors",
        "investigators",
        "lawmakers",
        "officers",
        "analysts",
        "experts",
        "traders",
        "economists",
        "dealers",
        "residents",
        "witnesses",
        "critics",
        "doctors",
        "scientists",
        "researchers",
        "activists",
        "protesters",
        "campaigners",
        "diplomats",
        "observers",
    ]
)


# Bodies every state has one of: "the Finance Ministry" of one article and of another are the same body only
# when a country is named with them ("Japan's Finance Ministry"), so the store never merges them by name alone.
BODIES_OF_EVERY_STATE: frozenset[str] = frozenset({"ministry", "ministries"})
