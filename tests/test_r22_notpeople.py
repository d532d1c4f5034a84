"""Round 22: speaker names that are wrong in form or name no person (a place, a cut-short name, a stray word).
One short article written for each rule (none of them is news text)."""

from conftest import speaker_name_of

# A dateline's place in capitals, with no comma after it: the city the story was filed from, never the speaker.
CAPS_DATELINE = (
    "PORT HARLOW (The Valley Ledger) \u2014 County Judge Mara Quill said on Monday that she would retire, telling "
    'staff, "The bench needs new blood."\n\n'
    '"I have had a long run," she said.'
)
CAPS_DATELINE_STATE = (
    'EAST FENWICK, Ohio \u2014 Fire chief Owen Brask said the blaze was under control. "Nobody was hurt," Brask said.'
)


def test_a_capitals_dateline_place_is_nobody(run):
    ex = run(CAPS_DATELINE)
    assert speaker_name_of(ex, "bench needs new blood") == "Mara Quill"
    assert speaker_name_of(ex, "she would retire") == "Mara Quill"
    assert speaker_name_of(ex, "long run") == "Mara Quill"
    assert all(p.name != "PORT HARLOW" for p in ex.people)
    ex = run(CAPS_DATELINE_STATE)
    assert speaker_name_of(ex, "blaze was under control") == "Owen Brask"


# A name in capitals opening a line, then a lower-case aside in brackets: a person, no dateline.
CAPS_NAME = 'ODILE FERRAND (pictured) spoke last. "We start again tomorrow," ODILE FERRAND said.'


def test_a_capitals_name_before_an_aside_stays_a_person(run):
    assert speaker_name_of(run(CAPS_NAME), "start again tomorrow") == "Odile Ferrand"
