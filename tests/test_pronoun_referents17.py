"""Round 17: a speaker "they" after a quotation of a group is that group, as a "he" after a quotation is its
speaker. Every article here is written for the test (none is news text)."""

from conftest import quote_of

# An unnamed group of sources speaks on with "they" (trial 16, r11).
GROUP = (
    "Port officials said the ferry had not sailed since Monday.\n"
    "They said the owners were waiting for a new engine from the makers."
)
# '"Q1," police said. "Q2," they added': the group named after the first quotation goes on as "they".
POLICE = (
    '"The road will stay shut overnight," police officers said on Sunday. '
    '"Drivers should use the coast road instead," they added.'
)


def test_they_after_a_group_of_unnamed_sources_is_that_group(run):
    ex = run(GROUP)
    first = quote_of(ex, "ferry had not sailed")
    later = quote_of(ex, "waiting for a new engine")
    assert first.speaker is not None and first.speaker.kind == "unnamed"
    assert later.speaker is first.speaker


def test_they_added_after_a_plural_speaker_is_that_speaker(run):
    ex = run(POLICE)
    first = quote_of(ex, "stay shut")
    later = quote_of(ex, "coast road")
    assert first.speaker is not None
    assert later.speaker is first.speaker


def test_they_after_another_plural_subject_is_not_carried(run):
    text = GROUP.replace("They said", "Residents were angry. They said")
    later = quote_of(run(text), "waiting for a new engine")
    assert later.speaker is None or later.speaker is not quote_of(run(text), "ferry had not sailed").speaker


# The only person the text names stands inside reported speech: "he" is that person, not nobody (trial 16, r01).
REPORTED_ONLY = (
    "Club officials said the team was tired, however the keeper Sam Reed blamed the pitch for the defeat. "
    '"How can anyone play on that surface?" he asked reporters.'
)


def test_he_is_the_one_person_named_even_when_only_in_reported_speech(run):
    speaker = quote_of(run(REPORTED_ONLY), "play on that surface").speaker
    assert speaker is not None and speaker.name == "Sam Reed"


def test_a_person_named_in_the_narrative_comes_before_one_named_in_reported_speech(run):
    text = 'Coach Dan Hart said the keeper Sam Reed had played well. "We will be back," he told reporters.'
    speaker = quote_of(run(text), "We will be back").speaker
    assert speaker is not None and speaker.name == "Dan Hart"


# A name the tagger may take for a place, given an age in apposition: a person (trial 15, r08).
AGED = (
    "A night of storms in Lviv\n\n"
    "Taras Kyivan, 71, a Lviv pensioner who saw the flood, said that when he heard the siren he ran to the roof.\n\n"
    '"Then the water came up the stairs," he said.'
)


def test_a_name_with_an_age_in_apposition_is_a_person_whatever_its_entity_type(run):
    speaker = quote_of(run(AGED), "water came up").speaker
    assert speaker is not None and speaker.name == "Taras Kyivan"
