"""Round 21: the right speaker under the wrong form of the name. Each speaker should carry the fullest form the
article writes (gold guide, rule 6). One short article written for each rule (none of them is news text)."""

from conftest import speaker_name_of
from onrecord.lexicon.organisations import OF_FORM_HEADS
from onrecord.text.names import of_form

# A public body written both "the Interior Ministry" and "the Ministry of the Interior"-style: the "of" form is the
# longer, official name of the same body.
BOTH_FORMS = (
    "The Department of Transport opened an inquiry into the crash on Monday.\n\n"
    "Officials at the Transport Department said the bridge had passed its last check. "
    '"We will publish every finding," the Transport Department said in a statement.'
)


def test_a_body_written_both_ways_takes_the_of_form(run):
    assert speaker_name_of(run(BOTH_FORMS), "publish every finding") == "Department of Transport"


# Only one form in the text: nothing to lengthen.
ONE_FORM = (
    "The Transport Department opened an inquiry into the crash on Monday. "
    '"We will publish every finding," the Transport Department said in a statement.'
)


def test_a_body_written_one_way_keeps_that_form(run):
    assert speaker_name_of(run(ONE_FORM), "publish every finding") == "Transport Department"


def test_of_form_needs_a_head_and_capitalised_field():
    assert of_form("Homeland Security Department", OF_FORM_HEADS) == "Department of Homeland Security"
    assert of_form("Transport Department", OF_FORM_HEADS) == "Department of Transport"
    assert of_form("Acme Widgets", OF_FORM_HEADS) is None
    assert of_form("Department", OF_FORM_HEADS) is None


# A capital "The" after a lower-case word is part of the body's name as the article writes it.
CAPITAL_THE = (
    "The council's plan was first reported by The Harbour Gazette on Friday. "
    '"The vote was rushed," The Harbour Gazette said in an editorial.'
)
LOWER_THE = (
    "The council's plan was first reported by the Harbour Gazette on Friday. "
    '"The vote was rushed," the Harbour Gazette said in an editorial.'
)


def test_a_capital_the_mid_sentence_stays_in_the_name(run):
    assert speaker_name_of(run(CAPITAL_THE), "vote was rushed") == "The Harbour Gazette"
    assert speaker_name_of(run(LOWER_THE), "vote was rushed") == "Harbour Gazette"


# A surname alone, then a full name of that surname written as "his wife": two people of one family. The surname
# before the relative is named is the one she is wife to, never her.
RELATIVE = (
    "The festival opened with a reading by the novelist Rafe Amory. "
    "Another guest, Dr. Tolland, says he writes every morning. Tolland, a teacher based in Leeds, says he feels "
    '"lucky to have the time." Tolland says that he and his wife and fellow novelist, Wren Tolland, read to each '
    "other at night.\n"
    '"We keep each other going," Tolland said.'
)


def test_a_relative_sharing_the_surname_is_someone_else(run):
    ex = run(RELATIVE)
    assert speaker_name_of(ex, "lucky to have the time") == "Dr. Tolland"
    assert speaker_name_of(ex, "keep each other going") == "Dr. Tolland"
    assert any(p.name == "Wren Tolland" for p in ex.people)


# Two particles before the surname: the tagger's person may stop at the particle ("Ursula von der") and read the
# surname as a place; a particle never ends a name, so the run takes the capitalised word after it.
TWO_PARTICLES = 'Greta van der Molen spoke in Brussels on Monday. "The budget holds," van der Molen said.'


def test_a_name_ending_in_a_particle_takes_the_surname_after_it(run, pipeline):
    from onrecord.nlp import load_nlp
    from onrecord.pipeline.stages.people.table import PersonTable

    table = PersonTable.__new__(PersonTable)
    table.doc = load_nlp()("Greta van der Molen spoke in Brussels on Monday.")
    assert table._over_particles(0, 3, lambda tok: False) == (0, 4)  # "Greta van der" + "Molen"
    assert table._over_particles(0, 1, lambda tok: False) == (0, 1)  # "Greta" alone: no particle at its end
    assert speaker_name_of(run(TWO_PARTICLES), "budget holds") == "Greta van der Molen"


# A first name written as spaced initials: "J. K." or "J. R. R." before the surname opens the name.
SPACED_INITIALS = 'On Monday, T. J. Oakhurst wrote a long post. "The series is over," Oakhurst said.'
THREE_INITIALS = 'The author R. D. W. Oakhurst wrote a long post. "The series is over," Oakhurst said.'


def test_spaced_initials_are_the_first_name(run):
    assert speaker_name_of(run(SPACED_INITIALS), "series is over") == "T. J. Oakhurst"
    assert speaker_name_of(run(THREE_INITIALS), "series is over") == "R. D. W. Oakhurst"


# A nickname in quotation marks between the first name and the surname: one person, named as written.
NICKNAME = (
    "Her uncle, Thomas 'Tommy' Brennan, 62, runs the farm. "
    '"We miss her every day," Brennan said. "She was the best of us," Tommy added.'
)
NOT_A_NICKNAME = 'Deal "Will Never" Happen, Rival Says\n\nThe rival spoke on Monday. "No," Jane Doe said.'


def test_a_quoted_nickname_keeps_one_person_named_as_written(run):
    ex = run(NICKNAME)
    assert speaker_name_of(ex, "miss her every day") == "Thomas 'Tommy' Brennan"
    assert speaker_name_of(ex, "best of us") == "Thomas 'Tommy' Brennan"
    assert [p.name for p in ex.people if p.kind == "person"] == ["Thomas 'Tommy' Brennan"]
    assert all("Never" not in (p.name or "") for p in run(NOT_A_NICKNAME).people)
