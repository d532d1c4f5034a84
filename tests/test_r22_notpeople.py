"""Round 22: speaker names that are wrong in form or name no person (a place, a cut-short name, a stray word).
One short article written for each rule (none of them is news text)."""

from conftest import quote_of, speaker_name_of

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


# A place named by its feature word ("Mt", "Fort", "Port"): the tagger may read it as a person, and a body's
# acronym defined in brackets ("... Service (RFDS)") then said to speak is that body, never the place.
MOUNT_AND_ACRONYM = (
    "A Coastal Air Rescue Service (CARS) plane crashed near the town of Mt Brindle late on Sunday. "
    "The CARS says the plane came down about 15 kilometres north of Mt Brindle."
)


def test_a_mount_is_a_place_and_a_defined_acronym_its_body(run):
    ex = run(MOUNT_AND_ACRONYM)
    assert speaker_name_of(ex, "plane came down") == "Coastal Air Rescue Service"
    assert all(p.name != "Mt Brindle" for p in ex.people)


# A cue with no subject after a chain of prepositional phrases: the noun the chain hangs on spoke, never the
# place at its end ("a teacher at X in Place told him").
PLACE_AT_CHAIN_END = (
    'Sam, 15, alleged a teacher at Ridgeway Grammar in Oldcastle told him he "did not belong there", and that '
    "nobody helped."
)


def test_a_place_ending_a_prepositional_chain_is_not_the_speaker(run):
    ex = run(PLACE_AT_CHAIN_END)
    assert speaker_name_of(ex, "did not belong there") is None
    assert quote_of(ex, "did not belong there").speaker_mention.text.startswith("a teacher")
    assert all(p.name != "Oldcastle" for p in ex.people)


# The capitalised first part of a hyphenated common noun opening a sentence is nobody's name.
HYPHEN_PREFIX = "The row has grown this year. Anti-drillers have said that the new well is unsafe."


def test_the_first_part_of_a_hyphenated_noun_is_no_name(run):
    ex = run(HYPHEN_PREFIX)
    assert speaker_name_of(ex, "new well is unsafe") is None
    assert all(p.name != "Anti" for p in ex.people)


# A credit line after a quotation ("Source: Reuters") is a label and an outlet, never the quotation's speaker.
CREDIT_LINE = (
    "Bishop Aldo Renzi spoke on Friday. \u201cThe truth takes longer to travel,\u201d he said. "
    "\u201cBut it arrives in the end.\u201d Source: Reuters\n\n"
    "The bishop was speaking in Turin."
)


def test_a_credit_line_names_no_speaker(run):
    ex = run(CREDIT_LINE)
    assert speaker_name_of(ex, "arrives in the end") == "Aldo Renzi"


# A Korean given name hyphenated with a lower-case second part that alone is a function word ("Jae-in"): the
# name stays whole, and the person named after a title speaks.
HYPHEN_LOWER_PART = 'Governor Park Hye-in said on Friday that the bridge would open in May. "We are ready," Park said.'


def test_a_hyphenated_given_name_stays_whole(run):
    ex = run(HYPHEN_LOWER_PART)
    assert speaker_name_of(ex, "bridge would open") == "Park Hye-in"
    assert speaker_name_of(ex, "We are ready") == "Park Hye-in"


# "Current and former officials say": the sentence's first adjective, capitalised by its place, is no name.
ADJECTIVE_PAIR = (
    "The rules changed in March.\n\n"
    "Current and former harbour pilots say the new channel is too narrow for the larger ships."
)


def test_an_opening_adjective_pair_names_nobody(run):
    ex = run(ADJECTIVE_PAIR)
    assert speaker_name_of(ex, "channel is too narrow") is None
    assert all(p.name != "Current" for p in ex.people)


# An intensive pronoun after a body's name ("the Port Authority itself") is no part of the name.
BODY_ITSELF = (
    "The report was leaked on Monday. But none of it is true. The dredging will not be delayed, according to the "
    "Harbour Board itself."
)


def test_itself_is_no_part_of_a_body_name(run):
    assert speaker_name_of(run(BODY_ITSELF), "dredging will not be delayed") == "Harbour Board"
