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
