"""What the watch, quote and search output shows (trial 5, F9 and F10): never an unbalanced quotation
mark, and an outlet's name rather than its domain when the site spells its name as a domain."""

from __future__ import annotations

from onrecord.lexicon.outlets import outlet_name
from onrecord.text.verbatim import REPORTED_LABEL, shown_quote


def balanced(shown: str) -> bool:
    return shown.count('"') % 2 == 0 and shown.count("\u201c") == shown.count("\u201d")


def test_a_span_that_stops_inside_a_quoted_fragment_is_shown_with_the_mark_closed():
    shown = shown_quote('it a "paper tiger', "indirect")
    assert shown == REPORTED_LABEL + 'it a "paper tiger"'
    curly = shown_quote("the minister called it \u201ca disgrace", "indirect")
    assert curly.endswith("\u201ca disgrace\u201d") and balanced(curly)


def test_a_cut_to_the_width_never_leaves_a_mark_open():
    text = 'The mayor said the plan was "a bold step for the city and its people" and left.'
    for width in range(20, len(text) + 1, 7):
        shown = shown_quote(text, "partial", width)
        assert balanced(shown), (width, shown)


def test_a_straight_mark_used_as_an_apostrophe_is_never_closed():
    # Wire copy that types a possessive with a straight double mark: the display adds no mark of its own.
    text = 'Exporters moved cars after the yen"s rise made their home market weak'
    assert shown_quote(text, "indirect") == REPORTED_LABEL + text
    assert shown_quote('it a "paper tiger and the yen"s fall', "indirect").endswith('yen"s fall"')


def test_balanced_quotes_are_shown_unchanged():
    assert shown_quote('We are "fine" now', "direct") == '\u201cWe are "fine" now\u201d'
    assert shown_quote('she called it "a disgrace" on Monday', "partial").endswith('"a disgrace" on Monday')


def test_a_site_name_written_as_a_domain_with_capitals_is_shown_as_a_name():
    assert outlet_name("euronews.com", "Euronews.com") == "Euronews"
    assert outlet_name("metro.example.co.uk", "Metro.co.uk") == "Metro"
    assert outlet_name("news.example.org", "News Example") == "News Example"  # a name is kept as it is
    assert outlet_name("tiny.example.net", "tiny.example.net") == "tiny.example.net"  # no sign of its name
    assert outlet_name("tiny.example.net", None) == "tiny.example.net"


def test_a_site_name_is_its_masthead_not_the_slogan_or_headline_run_with_it():
    # trial 17 kind 19: page metadata runs slogans and headlines with the name, either side of a spaced dash
    assert outlet_name(None, "Breaking Local and World News Headlines - Star Seven") == "Star Seven"
    assert outlet_name(None, "Daily Planet - Latest news, sport and weather") == "Daily Planet"
    assert outlet_name(None, "Latest news | Daily Planet") == "Daily Planet"
    assert outlet_name(None, "Daily Planet") == "Daily Planet"


def test_a_copyright_line_is_no_outlet():
    assert outlet_name(None, "Copyright 2014") is None
    assert outlet_name("tiny.example.net", "\u00a9 2020 All rights reserved") == "tiny.example.net"
