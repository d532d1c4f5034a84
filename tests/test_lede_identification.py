"""Delayed identification (``people.identified``): a lede that gives its speaker by a description and a next
sentence that names the speaker; each case on a short article written for it."""

import pytest


def _said(ex) -> list[tuple[str | None, str | None]]:
    return [
        (q.speaker.name if q.speaker else None, q.speaker_mention.text if q.speaker_mention else None)
        for q in ex.quotes
    ]


@pytest.mark.parametrize("description", ["the shadow trade secretary", "a transport minister"])
def test_the_lede_description_is_the_person_the_next_sentence_names(run, description):
    text = (
        f"Rail fares will rise by 4% in March, {description} has said.\n\n"
        "Nora Quill said the money would pay for new carriages and quieter trains."
    )
    assert _said(run(text))[0] == ("Nora Quill", description)


def test_a_later_definite_description_with_the_same_head_is_that_person_too(run):
    text = (
        "Rail fares will rise by 4% in March, a transport minister has said.\n\n"
        "Tom Avery said the money would pay for new carriages. The minister added that fares in the north would be "
        "frozen."
    )
    assert [name for name, _ in _said(run(text))] == ["Tom Avery"] * 3


def test_a_name_set_off_with_another_description_is_someone_else(run):
    text = (
        "Three homes were flooded overnight, a council spokeswoman said.\n\n"
        'Peter Bright, a resident of Mill Lane, said the water rose "in minutes".'
    )
    assert _said(run(text))[0] == (None, "a council spokeswoman")


def test_a_lede_that_names_someone_already_is_left_alone(run):
    text = (
        "The club will appeal against the ban on Dan Rowe, the team's coach said.\n\n"
        "Sam Ortiz said the appeal would be lodged on Friday."
    )
    assert _said(run(text))[0][0] is None


def test_a_report_is_no_person(run):
    text = (
        "Half of the town's bridges need repair, a report has found.\n\n"
        "Ella Marsh said the council had ignored the warnings for years."
    )
    assert _said(run(text))[0][0] is None


def test_a_role_held_at_a_place_before_a_name_is_that_person(run):
    text = 'The British envoy to Chile Anna Berg said that London has the "will" to wait.'
    assert _said(run(text))[0][0] == "Anna Berg"


def test_a_role_for_a_titled_person_before_a_name_is_someone_else(run):
    text = 'A spokesman for Gov. Jane Roe said the budget was "not negotiable" this year.'
    assert _said(run(text))[0][0] != "Jane Roe"


def test_the_same_long_description_written_again_with_a_name_is_that_person(run):
    text = (
        'The British envoy to Chile warned that London "will not look away" if the vote is delayed.\n\n'
        'The British envoy to Chile Anna Berg said that London has the "will" to wait.'
    )
    assert [name for name, _ in _said(run(text))] == ["Anna Berg", "Anna Berg"]


def test_a_short_description_is_not_tied_by_its_words_alone(run):
    text = (
        'The minister warned that the city "will not look away" if the vote is delayed.\n\n'
        "Lars Holm, the minister for ports, said the vote would go ahead."
    )
    assert _said(run(text))[0][0] is None


def test_an_office_title_re_names_the_person_just_named(run):
    text = (
        "Former television presenter Ray Dunmore has quit the Green Party and accused it of ignoring its voters.\n\n"
        "The MEP said he was ashamed to have joined the party."
    )
    assert _said(run(text))[-1] == ("Ray Dunmore", "The MEP")


def test_a_sport_cap_as_an_epithet_re_names_the_player(run):
    text = (
        'Leeds striker Paolo Ricci scored twice as his side beat Hull. "We played very well," said Ricci.\n\n'
        "The Italy international said Leeds were confident of promotion."
    )
    assert _said(run(text))[-1] == ("Paolo Ricci", "The Italy international")


def test_a_title_may_come_before_the_name_of_the_next_sentence(run):
    text = (
        "Rail fares will rise by 4% in March, a transport minister has said.\n\n"
        "Junior minister Tom Avery said the money would pay for new carriages."
    )
    assert _said(run(text))[0] == ("Tom Avery", "a transport minister")


@pytest.mark.parametrize(("next_name", "expected"), [("Omar Finch", "Omar Finch"), ("Rowe", None)])
def test_the_owner_named_in_the_description_is_not_its_referent(run, next_name, expected):
    text = (
        "Leeds must improve their offer by Friday or lose the striker, Sam Rowe's lawyer has warned.\n\n"
        f"{next_name} said he had received a far bigger offer from another club."
    )
    assert _said(run(text))[0][0] == expected


def test_the_minister_re_names_a_secretary_of_state_just_named(run):
    # A British secretary of state is a cabinet minister: "the minister" right after "Education Secretary X" is X.
    text = (
        "Education Secretary Rose Kellan has set out plans for new school tests.\n\n"
        '"These tests will help every child," the minister said.'
    )
    assert [q.speaker.name for q in run(text).quotes if q.kind == "direct"] == ["Rose Kellan"]
    # "the prime minister" is an office of its own, never the secretary just named.
    text = (
        "Foreign Secretary Rose Kellan has set out plans for new talks.\n\n"
        '"These talks will help," the prime minister said.'
    )
    assert [q.speaker.name if q.speaker else None for q in run(text).quotes if q.kind == "direct"] == [None]


def test_a_lede_naming_others_after_its_description_still_names_its_speaker(run):
    text = (
        "OAKVILLE - A developer who once ran the Hale campaign said Tuesday his remarks about Mayor Ann Hale were "
        '"a mistake".\n\n'
        "Carl Rowan said he had meant the email for a few friends."
    )
    assert _said(run(text))[0][0] == "Carl Rowan"


def test_a_lede_whose_next_name_was_in_the_lede_sentence_is_left_alone(run):
    text = (
        'A developer said Tuesday that Mayor Ann Hale was "a disgrace".\n\n'
        "Ann Hale said she would not answer the charge."
    )
    assert _said(run(text))[0][0] != "Ann Hale"
