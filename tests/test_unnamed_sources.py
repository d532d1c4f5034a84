"""Unnamed sources (issue 11): when the article never names who spoke ("a long-time pilot ... the pilot"), the
quotation's speaker is that described person, with no name, never the article's named or most prominent
person. Each test is a short article written for its construction."""

from conftest import speakers


def _kinds(ex, kinds=("direct",)) -> list[str | None]:
    return [q.speaker.kind if q.speaker else None for q in ex.quotes if q.kind in kinds]


def test_a_definite_description_refers_back_to_the_unnamed_person_an_indefinite_one_introduced(run):
    # "the pilot" is the missionary pilot brought in before, not the writer the article names.
    text = (
        "Years ago the writer Omar Lindqvist spent a week in the jungle with a long-time missionary pilot. "
        "Lindqvist was never a calm flyer.\n\n"
        'The plane rattled at every gust of wind. Finally, the pilot shouted over the noise: "We will not face '
        'anything I cannot handle."\n\nWe landed safely.'
    )
    ex = run(text)
    assert speakers(ex, ("direct",)) == [None]
    assert _kinds(ex) == ["unnamed"]
    assert ex.quotes[0].speaker.descriptors == ["the pilot"]


def test_a_pronoun_after_the_described_subject_is_that_unnamed_person(run):
    # "The farmer" is the local farmer, so is the "he" after it: not the senator who came with him.
    text = (
        "Senator Tom Adler toured the flooded valley on Monday with a local farmer.\n\n"
        'Adler walked along the river for an hour. The farmer was not convinced. "Promises will not dry this '
        'soil," he said.'
    )
    ex = run(text)
    assert speakers(ex, ("direct",)) == [None]
    assert _kinds(ex) == ["unnamed"]
    assert "Tom Adler" not in {p.name for p in ex.people if any(m.text == "The farmer" for m in p.mentions)}


def test_a_definite_description_the_article_gave_a_named_person_stays_that_person(run):
    # The indefinite introduction names its holder in apposition: "the singer" is Mara Quist.
    text = (
        "Mara Quist, a singer from Oslo, played her first show in Lisbon on Friday.\n\n"
        'The singer thanked the crowd. "I never thought I would play here," she said.'
    )
    ex = run(text)
    assert speakers(ex, ("direct",)) == ["Mara Quist"]
