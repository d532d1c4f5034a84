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
