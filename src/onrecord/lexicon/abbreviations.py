"""Abbreviations that end with a full stop inside a sentence (lower-case, without the last stop).

Used by the sentence splitter (``text.sentences``): "Mr. Reid", "Calif.", "U.S." never end a
sentence. Titles, US state abbreviations of AP style, month abbreviations, company suffixes.
"""

ABBREVIATIONS: frozenset[str] = frozenset({
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "lt", "gen", "col", "sgt", "capt", "prof", "st", "jr", "sr",
    "inc", "co", "corp", "ltd", "calif", "fla", "mass", "penn", "wash", "ill", "mich", "ariz", "ga", "va", "tex",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "rev",
    "u.s", "u.k", "d.c", "n.y", "l.a", "gop", "ft", "mt", "pres", "supt", "atty", "e.g", "i.e", "messrs",
})

# Titles written before a name (with or without a full stop), lower-case: "Ms Early", "Dr. Little".
TITLE_WORDS: frozenset[str] = frozenset(
    "mr mrs ms miss mx dr prof sir dame lord lady rev sen rep gov gen col capt lt sgt judge justice president "
    "minister chancellor mayor senator governor councillor councilor chief inspector detective officer".split()
)
