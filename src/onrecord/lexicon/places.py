"""Country names, so that a country the tagger took for a person ("Mountainous Nepal says") is a place.

Source: ISO 3166-1 as packaged by ``pycountry`` (short names, and the common name where ISO's short
name is inverted, "Korea, Republic of" -> "South Korea"); names with a comma are left out because
nobody writes them so in running text. spaCy's GPE/LOC labels catch most places; this list covers
the ones its small model misses.
"""

from __future__ import annotations

from functools import lru_cache

import pycountry


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Country names as written in running text ("Nepal", "Costa Rica", "South Korea"), case kept."""
    names = set()
    for country in pycountry.countries:
        for name in (country.name, getattr(country, "common_name", None)):
            if name and "," not in name and "(" not in name:
                names.add(name)
    return frozenset(names)


# Continents and regions whose people English names by the same endings ("Africans", "Europeans", "Asians"), and
# the compass words of "Northerners", "Southerners".
_REGIONS = frozenset(
    {"Africa", "America", "Europe", "Asia", "Australia", "Scandinavia", "Arabia", "Russia", "Korea", "Vietnam"}
)
_COMPASS_PEOPLE = ("Northerners", "Southerners", "Easterners", "Westerners", "Midwesterners")


@lru_cache(maxsize=4096)
def demonym_plural(word: str) -> bool:
    """Whether capitalised ``word`` names the people of a country or region in the plural ("Americans",
    "Australians", "Israelis", "Mexicans", "Canadians", "Northerners"): a group, never one person's name. English
    makes the noun from the place's name by "-n(s)", "-an(s)" or "-ian(s)" (dropping a final vowel or "y") or
    "-i(s)"; a surname that ends so ("Evans", "Davis") gives no country's name back."""
    if word in _COMPASS_PEOPLE:
        return True
    if len(word) < 5 or not word[:1].isupper() or not word.endswith("s"):
        return False
    places = country_names() | _REGIONS
    w = word[:-1]  # "Americans" -> "American"
    stems = set()
    if w.endswith("n"):
        stems |= {w[:-1]}  # "America"+"n"
    if w.endswith("an"):
        stems |= {w[:-2] + end for end in ("", "o", "a", "e")} | {w + "y"}  # "Mexic-o", "Cub-a", "Chile", "German-y"
    if w.endswith("ian"):
        stems |= {w[:-3], w[:-3] + "a", w[:-3] + "y"}  # "Brazil", "Canad-a", "Ital-y"
    if w.endswith("i"):
        stems |= {w[:-1]}  # "Israel"+"i"
    return any(stem in places for stem in stems)


# Last words of street and square names ("Downing Street", "Wall Street", "Abbey Road", "Trafalgar Square"):
# a capitalised word before one names the place, never a person. Source: Royal Mail's list of street
# designators (the common ones).
STREET_WORDS: frozenset[str] = frozenset(
    ["street", "road", "avenue", "square", "lane", "boulevard", "crescent", "terrace"]
)

# National capitals as English news writes them, where a capital alone stands for its government ("Kyiv said",
# "Beijing warned", "Washington responded"; metonymy): the speaker is that government, never a person named so.
# Source: the capitals of UN member states most written in English news, with the older spellings still seen
# ("Kiev", "Peking" is left out: no longer written).
CAPITAL_CITIES: frozenset[str] = frozenset(
    [
        "Abu Dhabi",
        "Abuja",
        "Accra",
        "Addis Ababa",
        "Algiers",
        "Amman",
        "Amsterdam",
        "Ankara",
        "Athens",
        "Baghdad",
        "Baku",
        "Bangkok",
        "Beijing",
        "Beirut",
        "Belgrade",
        "Berlin",
        "Bern",
        "Bogota",
        "Brasilia",
        "Bratislava",
        "Brussels",
        "Bucharest",
        "Budapest",
        "Buenos Aires",
        "Cairo",
        "Canberra",
        "Caracas",
        "Copenhagen",
        "Damascus",
        "Dhaka",
        "Doha",
        "Dublin",
        "Hanoi",
        "Havana",
        "Helsinki",
        "Islamabad",
        "Jakarta",
        "Jerusalem",
        "Kabul",
        "Khartoum",
        "Kiev",
        "Kinshasa",
        "Kyiv",
        "Lisbon",
        "London",
        "Madrid",
        "Managua",
        "Manila",
        "Mexico City",
        "Minsk",
        "Moscow",
        "Nairobi",
        "New Delhi",
        "Oslo",
        "Ottawa",
        "Paris",
        "Prague",
        "Pretoria",
        "Pyongyang",
        "Rabat",
        "Riyadh",
        "Rome",
        "Santiago",
        "Seoul",
        "Stockholm",
        "Taipei",
        "Tallinn",
        "Tbilisi",
        "Tehran",
        "Tel Aviv",
        "Tokyo",
        "Tripoli",
        "Tunis",
        "Vienna",
        "Vilnius",
        "Warsaw",
        "Washington",
        "Wellington",
        "Yerevan",
    ]
)

# Words that open the name of a mountain, fort, cape or port ("Mt Gambier", "Mount Isa", "Fort Worth", "Cape Town",
# "Port Augusta"), lower-case without the full stop: a run that starts with one names a place, never a person
# (the tagger often reads "Mt Gambier" as one). Source: the generic terms of the Australian and US gazetteers
# (Geoscience Australia's feature types, the USGS Geographic Names Information System) that stand first in a
# place's name and are never a first name.
PLACE_NAME_OPENERS: frozenset[str] = frozenset(["mt", "mount", "ft", "fort", "cape", "port", "pt"])
