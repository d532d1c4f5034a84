"""Outlets, platforms and programmes: where a quotation was said or published, and how an outlet is named.

Display names: a site's masthead ("The Guardian", not theguardian.com) and titles without bylines; the
names are the outlets' own mastheads. A site not listed shows trafilatura's site name when the page gave
one, else its host.

* ``PLATFORMS``: social platforms (lower case) with the medium name each stands for.
* ``TV_PROGRAMMES``: talk and news shows whose name alone marks a television appearance
  ("on Good Morning America"). Source: the shows named in the celebrity and news gold.
* ``RADIO_WORDS``: words that mark a radio programme or station.
* ``WIRE_DATELINES``: news agencies by their dateline mark, with the names their stories call them by.
* ``RADIO_CALL_SIGN``: a radio station's call sign with its band ("WXYZ-AM"), or a name ending in "Radio".
* ``RADIO_NETWORKS``: radio networks and programmes named as where words were said ("told NPR's ...").
* ``NAMES_WITH_STOPS``: outlets whose name ends in "!", which is no sentence end.
* ``BROADCASTERS``: broadcasters of every kind (public ones, and ESPN), whose name alone says no medium.
* ``PROGRAMME_WORDS``: nouns that end a programme's name after an outlet's possessive.
* ``TV_NETWORKS``: television news networks whose name after "told"/"on"/"to" marks a television interview
  ("told CNN's Alisyn Camerota", "said on MSNBC"); the networks' own names (BBC and ABC are left out: they
  run radio and print too, and ABC is also Australia's broadcaster of every kind).
* ``DIGITAL_DESK_WORDS``: words after a broadcaster's name that name its written news online ("told Fox News
  Digital", "told CNN Online"): a print interview, not a broadcast.
* ``ONE_WORD_MASTHEADS``: publications named by one word in ordinary case that is nobody's name ("Politico").
* ``NOT_OUTLETS``: capitalised words that follow "told"/"on" but are never an outlet.
"""

from __future__ import annotations

import re

OUTLET_NAMES: dict[str, str] = {
    "theguardian.com": "The Guardian",
    "guardian.co.uk": "The Guardian",
    "bbc.co.uk": "BBC",
    "bbc.com": "BBC",
    "nytimes.com": "The New York Times",
    "washingtonpost.com": "The Washington Post",
    "wsj.com": "The Wall Street Journal",
    "reuters.com": "Reuters",
    "apnews.com": "AP News",
    "cnn.com": "CNN",
    "edition.cnn.com": "CNN",
    "foxnews.com": "Fox News",
    "nbcnews.com": "NBC News",
    "cbsnews.com": "CBS News",
    "abcnews.go.com": "ABC News",
    "abc.net.au": "ABC (Australia)",
    "npr.org": "NPR",
    "politico.com": "Politico",
    "politico.eu": "Politico Europe",
    "theatlantic.com": "The Atlantic",
    "newyorker.com": "The New Yorker",
    "latimes.com": "Los Angeles Times",
    "usatoday.com": "USA Today",
    "bloomberg.com": "Bloomberg",
    "ft.com": "Financial Times",
    "economist.com": "The Economist",
    "independent.co.uk": "The Independent",
    "telegraph.co.uk": "The Telegraph",
    "thetimes.co.uk": "The Times",
    "dailymail.co.uk": "Daily Mail",
    "mirror.co.uk": "Daily Mirror",
    "thesun.co.uk": "The Sun",
    "sky.com": "Sky News",
    "news.sky.com": "Sky News",
    "aljazeera.com": "Al Jazeera",
    "dw.com": "DW",
    "france24.com": "France 24",
    "cbc.ca": "CBC",
    "theglobeandmail.com": "The Globe and Mail",
    "nzherald.co.nz": "The New Zealand Herald",
    "stuff.co.nz": "Stuff",
    "rnz.co.nz": "RNZ",
    "smh.com.au": "The Sydney Morning Herald",
    "theage.com.au": "The Age",
    "people.com": "People",
    "eonline.com": "E! News",
    "tmz.com": "TMZ",
    "variety.com": "Variety",
    "hollywoodreporter.com": "The Hollywood Reporter",
    "usmagazine.com": "Us Weekly",
    "marieclaire.com": "Marie Claire",
    "harpersbazaar.com": "Harper's Bazaar",
    "vanityfair.com": "Vanity Fair",
    "buzzfeednews.com": "BuzzFeed News",
    "buzzfeed.com": "BuzzFeed",
    "huffpost.com": "HuffPost",
    "vox.com": "Vox",
    "axios.com": "Axios",
    "time.com": "Time",
    "newsweek.com": "Newsweek",
    "thehill.com": "The Hill",
    "breitbart.com": "Breitbart",
    "spiegel.de": "Der Spiegel",
    "lemonde.fr": "Le Monde",
    "elpais.com": "El País",
    "irishtimes.com": "The Irish Times",
    "scotsman.com": "The Scotsman",
}

# A publisher's own link shortener: its links lead to the publisher's site, so the publisher is the one whose
# site it is ("politi.co/2d1BwU6" is Politico's: trial 15 F12 showed "politi.co" as the outlet). Source: the
# short domains these publishers put on their own links on social media.
PUBLISHER_SHORTENERS: dict[str, str] = {
    "politi.co": "politico.com",
    "nyti.ms": "nytimes.com",
    "wapo.st": "washingtonpost.com",
    "reut.rs": "reuters.com",
    "cnn.it": "cnn.com",
    "fxn.ws": "foxnews.com",
    "bbc.in": "bbc.co.uk",
    "huff.to": "huffpost.com",
    "bloom.bg": "bloomberg.com",
    "nbcnews.to": "nbcnews.com",
    "abcn.ws": "abcnews.go.com",
    "cbsn.ws": "cbsnews.com",
    "n.pr": "npr.org",
    "gu.com": "theguardian.com",
    "usat.ly": "usatoday.com",
    "ti.me": "time.com",
    "econ.st": "economist.com",
    "ind.pn": "independent.co.uk",
    "tgr.ph": "telegraph.co.uk",
    "dailym.ai": "dailymail.co.uk",
    "hill.cm": "thehill.com",
    "apne.ws": "apnews.com",
    "bzfd.it": "buzzfeed.com",
    "lat.ms": "latimes.com",
    "theatln.tc": "theatlantic.com",
}
# Shorteners and redirectors anyone's links go through: the address names no publisher, so it gives no outlet.
LINK_SHORTENERS: frozenset[str] = frozenset(
    [
        "bit.ly", "bitly.com", "t.co", "goo.gl", "ow.ly", "tinyurl.com", "buff.ly", "dlvr.it", "trib.al", "ift.tt",
        "is.gd", "j.mp", "fb.me", "lnkd.in", "shar.es", "tiny.cc", "po.st", "rebrand.ly", "cutt.ly", "t.ly",
        "shorturl.at", "wp.me", "feedproxy.google.com", "news.google.com", "flip.it", "apple.news",
    ]
)  # fmt: skip
# An archived copy's address holds the original one: web.archive.org/web/20160101000000/http://site/page.
_ARCHIVED = re.compile(r"^[a-z]+://(?:web\.)?archive\.org/web/[^/]*/(?P<url>[a-z]+:/{1,2}.+)$", re.IGNORECASE)
_URL_HOST = re.compile(r"^[a-z][a-z0-9+.-]*://(?:[^@/?#]*@)?(?P<host>[^/:?#]+)", re.IGNORECASE)
_HOST = re.compile(r"^[a-z0-9-]+(?:\.[a-z0-9-]+)+$")
# " | ", " - ", " – ", " — " between a headline and a masthead or byline.
_SEPARATOR = re.compile(r"\s+(?:\||-|\u2013|\u2014)\s+")
_BYLINE = re.compile(r"^(?:by\s+)?[A-Z][\w'.\-]+(?:\s+[A-Z][\w'.\-]+){1,2}$")


def publisher_host(url: str | None) -> str | None:
    """The host of the site that published the article at ``url``, lower case and without "www." (None
    for no URL or one with no host). A publisher's own shortener (``PUBLISHER_SHORTENERS``: politi.co)
    gives the publisher's site (politico.com); anyone's shortener or redirector (``LINK_SHORTENERS``:
    bit.ly, t.co, news.google.com) gives None, as the address names no publisher; an archived copy
    (web.archive.org/web/TIME/URL) gives the publisher of the page archived."""
    if not url:
        return None
    archived = _ARCHIVED.match(url.strip())
    if archived:
        url = re.sub(r"^([a-z]+:)/+", r"\1//", archived.group("url"), flags=re.IGNORECASE)
    m = _URL_HOST.match(url.strip())
    if not m:
        return None
    host = m.group("host").lower().rstrip(".").removeprefix("www.")
    if host in LINK_SHORTENERS:
        return None
    return PUBLISHER_SHORTENERS.get(host, host)


def article_outlet(url: str | None, stated: str | None = None) -> str | None:
    """The outlet of an article, as every interface shows it: the publisher's display name
    (``outlet_name``) from the host of its address (``publisher_host``) and the name the input states
    (``stated``: a page's site name from its metadata, a JSON record's ``outlet`` field). None when
    neither names one. A dataset's label (a record's ``source``) is provenance, never passed here."""
    return outlet_name(publisher_host(url), stated)


def _is_name(site_name: str | None) -> bool:
    """A site name fit to show: not a host, not an input file's path, not a mark with no letter ("-"), not a
    copyright line."""
    if not site_name or "/" in site_name or "\\" in site_name or not any(c.isalpha() for c in site_name):
        return False
    low = site_name.lower()
    if low.startswith(("copyright", "\u00a9", "(c) ", "all rights")):
        return False  # a page's copyright line, not its name (trial 17 kind 19: "Copyright 2014")
    return not _HOST.match(low) and not low.endswith((".jsonl", ".gz", ".txt", ".html", ".htm", ".warc"))


def outlet_name(outlet: str | None, site_name: str | None = None) -> str | None:
    """The display name of an outlet stored as a host ("theguardian.com") or a name.

    A listed host (or its parent domain, so "uk.reuters.com" is Reuters) gives its masthead; else
    ``site_name`` (trafilatura's, from the page's metadata) when it is a name, not a host; else a site
    name the site spells as a capitalised host ("Euronews.com", "Metro.co.uk": its own name, written
    with its domain) without the domain ("Euronews"); else ``outlet``.
    """
    site_name = _masthead(site_name)
    if not outlet:
        return site_name if _is_name(site_name) else None
    host = outlet.lower().removeprefix("www.")
    parts = host.split(".")
    for i in range(len(parts) - 1):
        name = OUTLET_NAMES.get(".".join(parts[i:]))
        if name:
            return name
    if _is_name(site_name) and site_name.lower() != host:  # type: ignore[union-attr]
        return site_name
    return _name_of_host(site_name) or outlet


# Words of a site's slogan or section label, not of its name ("Breaking News, Latest News and Videos").
_SLOGAN_WORDS = frozenset(
    [
        "breaking",
        "latest",
        "news",
        "headlines",
        "headline",
        "updates",
        "update",
        "world",
        "local",
        "national",
        "international",
        "top",
        "stories",
        "story",
        "videos",
        "video",
        "weather",
        "sports",
        "sport",
        "business",
        "politics",
        "entertainment",
        "today",
        "online",
        "and",
        "the",
        "of",
        "&",
        "for",
        "in",
        "from",
        "your",
        "daily",
        "live",
    ]
)


def _slogan_share(part: str) -> float:
    """The share of a part's words that are slogan words (``_SLOGAN_WORDS``); 1.0 for a part with no word."""
    words = re.findall(r"[\w&]+", part.lower())
    return sum(w in _SLOGAN_WORDS for w in words) / len(words) if words else 1.0


def _masthead(site_name: str | None) -> str | None:
    """A site name without the slogan or headline a page's metadata runs with it.

    The parts between " | " or spaced dashes are weighed: the masthead is the part with the smallest share of
    slogan words, then the fewest words, then the first ("WSVN 7News | Miami News, Weather, Sports" is "WSVN
    7News"; "Breaking Local and World News Headlines - 7Star" is "7Star": trial 17 kind 19)."""
    if not site_name:
        return site_name
    parts = [p.strip() for p in _SEPARATOR.split(site_name.strip()) if p.strip()]
    if len(parts) <= 1:
        return parts[0] if parts else None
    return min(parts, key=lambda p: (_slogan_share(p), len(p.split()), parts.index(p)))


def _name_of_host(site_name: str | None) -> str | None:
    """ "Euronews" for a site name written as a host with capitals ("Euronews.com"); None for a lower-case
    host ("inews.co.uk": no sign of how the site writes its name) or anything else."""
    if not site_name or site_name == site_name.lower() or not _HOST.match(site_name.lower()):
        return None
    label = site_name.split(".")[0]
    return label if len(label) > 1 and label != label.lower() else None


def clean_title(title: str | None, outlet: str | None = None) -> str | None:
    """A headline without the masthead or byline pages append ("Headline | Jane Doe | The Guardian").

    Trailing segments are cut while they name the outlet (display name or host) or, after a "|",
    look like a byline (two or three capitalised words, or "By ..."); the headline itself is kept.
    """
    if not title:
        return title
    names = {n.lower() for n in (outlet, outlet_name(outlet)) if n}
    pieces = _SEPARATOR.split(title.strip())
    seps = _SEPARATOR.findall(title.strip())
    while len(pieces) > 1:
        last = pieces[-1].strip()
        low = last.lower().removeprefix("www.")
        is_outlet = any(low == n or low.startswith(n + " ") for n in names) or last in OUTLET_NAMES.values()
        is_byline = "|" in seps[-1] and (_BYLINE.match(last) is not None or last.lower().startswith("by "))
        if not (is_outlet or is_byline):
            break
        pieces.pop()
        seps.pop()
    return "".join(p + (seps[i] if i < len(seps) else "") for i, p in enumerate(pieces)).strip()


PLATFORMS: dict[str, str] = {
    "instagram": "instagram",
    "twitter": "twitter",
    "facebook": "facebook",
    "tiktok": "tiktok",
    "youtube": "youtube",
    "snapchat": "snapchat",
}

TV_PROGRAMMES: tuple[str, ...] = (
    "Good Morning America",
    "The Today Show",
    "Today show",
    "The View",
    "The Tonight Show",
    "Ellen",
    "The Ellen DeGeneres Show",
    "Jimmy Kimmel Live",
    "60 Minutes",
    "Watch What Happens Live",
    "Late Night",
    "The Late Show",
    "The Late Late Show",
    "Entertainment Tonight",
    "Access Hollywood",
    "Extra",
    "E! News",
    "Newsnight",
    "Panorama",
    "Breakfast",
    "Question Time",
    "Meet the Press",
    "Face the Nation",
    "Fox News Sunday",
    "This Week",
    "State of the Union",
    "Loose Women",
    "This Morning",
    "Good Morning Britain",
    "The Andrew Marr Show",
    "Sunday with Laura Kuenssberg",
    "CBS Mornings",
    "Red Table Talk",
    "The Talk",
    # Long-running US and UK talk, late-night and Sunday news shows (their broadcasters' own names).
    "Last Week Tonight",
    "The Daily Show",
    "Saturday Night Live",
    "Real Time with Bill Maher",
    "Late Night with Seth Meyers",
    "The Late Show with Stephen Colbert",
    "Jimmy Kimmel Live!",
    "Reliable Sources",
    "New Day",
    "Morning Joe",
    "Hardball",
    "Anderson Cooper 360",
    "The Rachel Maddow Show",
    "Hannity",
    "Tucker Carlson Tonight",
    "The O'Reilly Factor",
    "Fox & Friends",
    "Fox and Friends",
    "CBS This Morning",
    "Nightline",
    "Dateline",
    "The Graham Norton Show",
    "The One Show",
    "Piers Morgan Uncensored",
    # BBC television's Sunday and weekday politics programmes.
    "Breakfast with Frost",
    "Sunday AM",
    "The Politics Show",
    "Daily Politics",
    "The Daily Politics",
)

TV_NETWORKS: tuple[str, ...] = (
    "CNN",
    "MSNBC",
    "CNBC",
    "Fox News",
    "Fox Business",
    "Fox & Friends",
    "NBC",
    "NBC News",
    "CBS",
    "CBS News",
    "ABC News",
    "PBS",
    "HLN",
    "C-SPAN",
    "Newsmax",
    "Sky News",
    "ITV",
    "ITV News",
    "Channel 4 News",
    "Channel 5",
    "BBC One",
    "BBC Two",
    "BBC Breakfast",
    # The BBC's and Sky's rolling news channels, and the UK channels by their numbered names ("told BBC News 24",
    # "on BBC1's Breakfast with Frost"): television, as their lettered names are.
    "BBC News 24",
    "BBC News Channel",
    "BBC World News",
    "Sky Sports News",
    "BBC1",
    "BBC2",
    "ITV1",
    "GMTV",
    "Al Jazeera",
    "CTV",
    "CTV News",
    # Rolling-news channels of other countries: television alone (their websites are the channel's).
    "GB News",
    "TalkTV",
    "France 24",
    "Euronews",
    "NewsNation",
    "Bloomberg TV",
    "Bloomberg Television",
    "CGTN",
    "NDTV",
    "TRT World",
    "Al Arabiya",
    "i24NEWS",
    "Telemundo",
    "Univision",
)

# A broadcaster's desk that writes for its website ("The FBI told Fox News Digital", "told ABC News Online"):
# its words are read, not broadcast, as the gold calls "the BBC News website" a print interview.
DIGITAL_DESK_WORDS: tuple[str, ...] = ("Digital", "Online", "online", "website", "Web", "web")

RADIO_WORDS: tuple[str, ...] = ("radio", "Radio 4", "Radio 5", "Radio Five", "SiriusXM", "BBC Radio", "Today programme")

# News agencies by the mark their datelines carry ("NEW YORK (AP) \u2014"), with the names their own stories call
# them by ("she told The Associated Press"): words told the agency whose story it is were said to its writer.
WIRE_DATELINES: dict[str, frozenset[str]] = {
    "AP": frozenset(["AP", "Associated Press", "The Associated Press", "the AP", "The AP"]),
    "Reuters": frozenset(["Reuters"]),
    "AFP": frozenset(["AFP", "Agence France-Presse", "Agence France Presse"]),
}

# A station's call sign with its band ("WXYZ-AM", "KABC 790 AM", "WBEN-FM"), or a name that ends in "Radio" ("KYXL
# Radio"): a radio station by its own name, as "WXYZ-TV" is a television one.
RADIO_CALL_SIGN = re.compile(
    r"^[KW][A-Z]{2,3}(?:[-\s](?:\d{2,4}\s)?(?:AM|FM))$|\b\d{2,3}(?:\.\d)?\s?FM$|^[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*\s+Radio$"
)

# Radio networks and programmes whose name alone marks a radio interview ("told NPR's Steve Inskeep", "said on
# LBC"); matched case-sensitively, since several are also common words ("Fresh Air", "Today").
RADIO_NETWORKS: tuple[str, ...] = (
    "NPR",
    "BBC Radio 1",
    "BBC Radio 2",
    "BBC Radio 4",
    "BBC Radio 5 Live",
    "BBC Radio 5",
    "BBC Radio Scotland",
    "BBC Radio Wales",
    "BBC Radio",
    "Radio 4",
    "Radio 5 Live",
    "Five Live",
    "5 Live",
    "BBC World Service",
    "World Service",
    "LBC",
    "talkSPORT",
    "TalkSport",
    "Times Radio",
    "talkRADIO",
    "TalkRadio",
    "Newstalk",
    "RNZ",
    "Sirius XM",
    "Radio Free Europe",
    "Voice of America",
    "SiriusXM",
    "Morning Edition",
    "All Things Considered",
    "Fresh Air",
    "The Breakfast Club",
    "The Howard Stern Show",
    "The Steve Harvey Morning Show",
    "Steve Harvey Morning Show",
    "Today programme",
    "World at One",
    "PM programme",
    # BBC radio's long-running interview programmes, named without their station ("told Woman's Hour").
    "Desert Island Discs",
    "Woman's Hour",
    "Radio Five Live",
)

# Outlets whose name holds a sentence's stop ("told E! News", "in an interview with OK! magazine").
NAMES_WITH_STOPS: tuple[str, ...] = ("E!", "Yahoo!", "Hello!", "OK!", "Jeopardy!")

# Publications whose masthead is one word in ordinary case that is nobody's name: after "told" they are the
# outlet even when an article's people were read to include them ("Frost told Politico", "told Vogue").
# Names that are also surnames or first names ("Bloomberg", "Forbes", "Elle") are left out.
ONE_WORD_MASTHEADS: frozenset[str] = frozenset(
    [
        "Politico",
        "Axios",
        "Newsweek",
        "Mediaite",
        "Kommersant",
        "Xinhua",
        "Haaretz",
        "Billboard",
        "Cosmopolitan",
        "Vogue",
        "Glamour",
        "InStyle",
        "Esquire",
        "HuffPost",
        "BuzzFeed",
        "Deadline",
        "Refinery29",
    ]
)

# Broadcasters that run television, radio and a website alike: "told the BBC" says who heard the words, not in
# which medium (the outlet is kept, the medium left open). ESPN runs networks, radio, a website and a magazine
# ("she told ESPN": readable gold leaves the medium open).
BROADCASTERS: frozenset[str] = frozenset(["BBC", "ABC", "ESPN", "CBC", "RTE", "RT\u00c9", "SBS", "NHK", "ZDF", "ARD"])

# Last words of a publication's name ("National Review", "The Sunday Times", "POLITICO Magazine"): after
# "wrote in" they name where a piece was published, where "wrote in June" or "wrote in Spanish" names none.
PUBLICATION_WORDS: frozenset[str] = frozenset(
    [
        "Review",
        "Times",
        "Post",
        "Journal",
        "Magazine",
        "Telegraph",
        "Herald",
        "Tribune",
        "Guardian",
        "Gazette",
        "News",
        "Mail",
        "Observer",
        "Independent",
        "Standard",
        "Express",
        "Mirror",
        "Sun",
        "Atlantic",
        "Monthly",
        "Weekly",
        "Chronicle",
        "Economist",
        "Spectator",
        "Statesman",
        "Inquirer",
        "Register",
        "Examiner",
        "Supplement",
        "Globe",
        "Star",
        "Record",
        "Bulletin",
        "Courier",
        "Dispatch",
        "Echo",
    ]
)

# Words after an outlet's possessive that name its programme, not a person ("BBC Radio 4's Today programme",
# "CBS's Face the Nation show"); two or three other capitalised words after it name a presenter ("NPR's Steve
# Inskeep"), and the outlet is the network.
PROGRAMME_WORDS: tuple[str, ...] = ("programme", "program", "show", "podcast", "series", "segment", "magazine")

NOT_OUTLETS: frozenset[str] = frozenset(
    [
        "Instagram",
        "Twitter",
        "Facebook",
        "TikTok",
        "YouTube",
        "Snapchat",
        "X",
        "He",
        "She",
        "They",
        "The",
        "It",
        "We",
        "I",
        "You",
        "His",
        "Her",
        "Their",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ]
)


# News outlets and networks by name, lower case, without a leading "The".
_OUTLET_KEYS = frozenset(
    re.sub(r"^the\s+", "", name.lower()) for name in (*OUTLET_NAMES.values(), *TV_NETWORKS) if " (" not in name
)


def is_outlet_name(name: str) -> bool:
    """Whether ``name`` names a news outlet ("Washington Post", "The Guardian", "TMZ"): a name of several
    words, or one written in capitals. One word in ordinary case is left out: "Bloomberg", "Hill" and
    "Variety" are also people's names or words."""
    words = re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE).split()
    return bool(words) and " ".join(words).lower() in _OUTLET_KEYS and (len(words) > 1 or words[0].isupper())
