"""Round 21: a "he said" given to the wrong person (the running speaker, subject over object). One short article
written for each rule (none of them is news text)."""

from conftest import speaker_name_of
from onrecord.nlp import load_nlp
from onrecord.pipeline.stages.people.pronouns import aside_mention


# The speaker of a quotation reported inside another person's sentence ("Price said that Ward is wrong to suggest
# that ...") is what that sentence is about, not the running speaker; an object is neither; the subject of the
# sentence's own saying and the object of "according to" are.
def _aside(sentence: str, name: str) -> bool:
    doc = load_nlp()(sentence)
    lo = sentence.index(name)
    tokens = [t for t in doc if lo <= t.idx < lo + len(name)]
    return aside_mention(tokens, lambda _: False)


def test_a_name_reported_inside_another_saying_is_aside():
    text = "Governor Dan Price said on Tuesday that Senator Paul Ward is wrong to suggest that the man needs no care."
    assert _aside(text, "Paul Ward")
    assert not _aside(text, "Dan Price")


def test_an_object_is_aside_but_the_source_of_according_to_is_not():
    assert _aside("The mayor thanked Ann Cole for her work.", "Ann Cole")
    assert not _aside("The talks will resume in June, according to Ann Cole.", "Ann Cole")
    assert not _aside("Ann Cole said the talks would resume in June.", "Ann Cole")


# A scare quote given to a man named as an object ("... and belittled Tom Rusk") is no running speaker: the chain of
# "He ..." sentences is about the columnist's subject.
OBJECT_SPEAKER = (
    "I have never met Mr. Crane. But I have watched his campaign. He mocked a veteran. He referred to a former first "
    "lady, Ann Rusk, as \u201cmommy\u201d and belittled Tom Rusk for bringing her on the trail. He routinely calls "
    "people \u201cstupid\u201d and \u201cdummy.\u201d One writer counted forty times that he called a rival "
    "\u201closer.\u201d"
)


def test_a_speaker_named_as_an_object_is_not_carried_on(run):
    assert speaker_name_of(run(OBJECT_SPEAKER), "loser") == "Mr. Crane"


# "Q," the leader said after blaming his rival: the pronoun continues the previous sentence's subject, not the man
# named as the object of its preposition, though his first name tells his gender and the subject's does not.
SUBJECT_OVER_OBJECT = (
    "Prime Minister Ariel Lund has opened an emergency cabinet meeting after placing blame for the attacks squarely "
    'on opposition leader Yasser Moin. "I have called an urgent meeting of the security chiefs," he said in a '
    "television address."
)


def test_the_subject_of_the_sentence_before_wins_over_its_object(run):
    assert speaker_name_of(run(SUBJECT_OVER_OBJECT), "urgent meeting") == "Ariel Lund"


def test_the_object_is_meant_when_the_subject_cannot_be_he(run):
    text = (
        "Prime Minister Anna Lund has opened an emergency cabinet meeting after placing blame for the attacks "
        'squarely on opposition leader Yasser Moin. "I have done nothing wrong," he said in a television address.'
    )
    assert speaker_name_of(run(text), "done nothing wrong") == "Yasser Moin"
