"""Unnamed sources (issue 11): when the article never names who spoke ("the union president", "a long-time
pilot ... the pilot"), the quotation's speaker is that described person, with no name, never the article's
named or most prominent person. Each test is a short article written for its construction."""

from conftest import speakers


def _kinds(ex, kinds=("direct",)) -> list[str | None]:
    return [q.speaker.kind if q.speaker else None for q in ex.quotes if q.kind in kinds]


def test_a_described_subject_after_a_quotation_displaces_its_speaker_for_the_next_pronoun(run):
    text = (
        'Mayor Dan Ruiz spoke at the depot on Monday. "We will rebuild the line," Ruiz said.\n\n'
        'The union president disagreed. "The money is simply not there," he said.'
    )
    ex = run(text)
    assert speakers(ex, ("direct",)) == ["Dan Ruiz", None]
    assert _kinds(ex) == ["person", "unnamed"]
    assert "union president" in ex.quotes[1].speaker.descriptors[0].lower()


def test_a_description_of_the_speaker_just_quoted_keeps_that_speaker(run):
    # The mayor is Ruiz: the article gave him that title, so "he" still carries on from his quotation.
    text = (
        'Mayor Dan Ruiz spoke at the depot on Monday. "We will rebuild the line," Ruiz said.\n\n'
        'The mayor smiled. "The money is there," he said.'
    )
    ex = run(text)
    assert speakers(ex, ("direct",)) == ["Dan Ruiz", "Dan Ruiz"]


def test_the_asker_of_a_question_is_not_who_answers_it(run):
    text = (
        'Senator Vera Holt left the hall early. "I did not want to say what I was going to say," Holt said.\n\n'
        "And what exactly, a reporter asked, was that going to be?\n\n"
        '"I will tell you at the next debate," she responded.'
    )
    ex = run(text)
    assert speakers(ex, ("direct",)) == ["Vera Holt", "Vera Holt"]


def test_a_definite_description_refers_back_to_the_unnamed_person_an_indefinite_one_introduced(run):
    # "the pilot" is the missionary pilot brought in before, not the writer the article names.
    text = (
        "Years ago the writer Omar Lindqvist spent a week in the jungle with a long-time missionary pilot.\n\n"
        "The plane rattled at every gust of wind. I kept shifting around and gripping my seat. Lindqvist was "
        "never a calm flyer. Finally, the pilot had had enough of my squirming. He looked at me and shouted "
        'over the noise. "We will not face anything I cannot handle."\n\nWe landed safely.'
    )
    ex = run(text)
    assert speakers(ex, ("direct",)) == [None]
    assert _kinds(ex) == ["unnamed"]


def test_a_couple_is_not_the_she_that_speaks_next(run):
    text = (
        "Dana Reyes moved to Denver last year with her boyfriend.\n\n"
        "The couple live together in a house that Reyes bought.\n\n"
        '"My boyfriend and I live together, and he cooks," she told a late-night host in May.'
    )
    ex = run(text)
    assert speakers(ex, ("direct",)) == ["Dana Reyes"]
