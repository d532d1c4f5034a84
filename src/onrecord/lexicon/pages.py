"""Web pages that are a site's own service, never an article: the words that name them in an address.

A site's terms of use, privacy policy, questions page, log-in and account pages, donation and about
pages sit at addresses whose path has one of these words as a whole segment or file name
(``/about/terms.php``, ``/account/login.createaccount.php``, ``/faq``); trial 4 F22 found archive.org's
stored as articles, their clauses as quotations. Words that also name a news section are left out
("legal", "jobs", "help": Reuters' /legal/ and the Guardian's /help/insideguardian/ hold news). None of
the 2,462 article addresses of ../shared/data/corpora has one as a segment.
"""

from __future__ import annotations

SERVICE_PAGE_WORDS = frozenset(
    [
        "terms",
        "terms-of-use",
        "terms-of-service",
        "termsofuse",
        "tos",
        "privacy",
        "privacy-policy",
        "privacypolicy",
        "cookies",
        "cookie-policy",
        "faq",
        "faqs",
        "login",
        "signin",
        "sign-in",
        "logon",
        "signup",
        "sign-up",
        "register",
        "registration",
        "account",
        "accounts",
        "myaccount",
        "createaccount",
        "donate",
        "about",
        "about-us",
        "aboutus",
        "contact",
        "contact-us",
        "subscribe",
    ]
)

# A hover card (a "rollover", a tooltip, a popover): the box a page shows over a linked name while the
# pointer rests on it, with the person's full name, office and latest headlines. Its markup sits right
# after the link, so a page reader runs its text into the name ("Kristi NoemKristi Lynn NoemSouth Dakota
# governor ...": trial 15 F6) and the speaker becomes a bogus person. These words in an element's class
# name such a card; only an element that follows a link with nothing between them is dropped (the card
# glued to its trigger), never a wrapper that holds the link itself. Checked on ../shared/data/corpora:
# the 119 pages with one of these words change only where a card followed a linked name.
HOVER_CARD_CLASS_WORDS = ("rollover", "hovercard", "hover-card", "popover", "tooltip")


# Capitalised labels that head a line but name no speaker: a newsroom's flags and section marks.
NOT_SPEAKER_LABELS = frozenset(
    {
        "ALERT",
        "ALSO",
        "ANALYSIS",
        "BREAKING",
        "CLARIFICATION",
        "CLICK",
        "CORRECTION",
        "DEVELOPING",
        "DISCLOSURE",
        "EDITOR'S NOTE",
        "EDITOR\u2019S NOTE",
        "EXCLUSIVE",
        "FACT CHECK",
        "FILE",
        "LISTEN",
        "LIVE",
        "MORE",
        "NB",
        "NOTE",
        "OPINION",
        "PHOTO",
        "PHOTOS",
        "PS",
        "READ",
        "READ MORE",
        "RELATED",
        "SEE ALSO",
        "SOURCE",
        "SOURCES",
        "SPOILER",
        "SPOILERS",
        "SUBSCRIBE",
        "TRANSCRIPT",
        "UPDATE",
        "UPDATED",
        "VIDEO",
        "WARNING",
        "WATCH",
    }
)
