"""Platforms, broadcast programmes and outlets: where a quotation was said or published.

* ``PLATFORMS``: social platforms (lower case) with the medium name each stands for.
* ``TV_PROGRAMMES``: talk and news shows whose name alone marks a television appearance
  ("on Good Morning America"). Source: the shows named in the celebrity and news gold.
* ``RADIO_WORDS``: words that mark a radio programme or station.
* ``NOT_OUTLETS``: capitalised words that follow "told"/"on" but are never an outlet.
"""
from __future__ import annotations

PLATFORMS: dict[str, str] = {
    "instagram": "instagram",
    "twitter": "twitter",
    "facebook": "facebook",
    "tiktok": "tiktok",
    "youtube": "youtube",
    "snapchat": "snapchat",
}

TV_PROGRAMMES: tuple[str, ...] = (
    "Good Morning America", "The Today Show", "Today show", "The View", "The Tonight Show", "Ellen",
    "The Ellen DeGeneres Show", "Jimmy Kimmel Live", "60 Minutes", "Watch What Happens Live", "Late Night",
    "The Late Show", "The Late Late Show", "Entertainment Tonight", "Access Hollywood", "Extra",
    "E! News", "Newsnight", "Panorama", "Breakfast", "Question Time", "Meet the Press", "Face the Nation",
    "Fox News Sunday", "This Week", "State of the Union", "Loose Women", "This Morning", "Good Morning Britain",
    "The Andrew Marr Show", "Sunday with Laura Kuenssberg", "CBS Mornings", "Red Table Talk", "The Talk",
)

RADIO_WORDS: tuple[str, ...] = ("radio", "Radio 4", "Radio 5", "Radio Five", "SiriusXM", "BBC Radio", "Today programme")

NOT_OUTLETS: frozenset[str] = frozenset(
    """
    Instagram Twitter Facebook TikTok YouTube Snapchat X He She They The It We I You His Her Their
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    """.split()
)
