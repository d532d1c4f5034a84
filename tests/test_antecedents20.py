"""Round 20, issue 11: wrong speakers for "he said" on unseen news. One short article written for each rule (none of
them is news text)."""

from conftest import speaker_name_of

# The subject of a passive "was asked" is the one asked: the answer that follows is theirs, not the asker's, so the
# man just asked is no less the referent of the next "he" than any other subject (kind 1: not the more prominent man).
ASKED_PASSIVE = (
    "Senator Mark Lopez has led the fight against the dam. Lopez called it a disaster in March and said the money "
    "was wasted.\n\n"
    "Finance Minister Paul Ode met reporters in the capital on Monday. Ode was asked about the dam. "
    '"We cannot stop it now," he said.'
)


def test_the_man_who_was_asked_answers_the_next_he(run):
    assert speaker_name_of(run(ASKED_PASSIVE), "cannot stop it now") == "Paul Ode"

