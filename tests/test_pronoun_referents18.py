"""Round 18: a person named only as one of a list of people ("A, six, B, seven, and C lost ...") is no referent
of a singular "he"/"she"; a paragraph-opening quotation that continues the previous speaker is not given to a
speaker the paragraph names later; nor is a bare quotation that names the sentence subject before it in
the third person given to that subject. Every article here is written for the test (none is news text)."""

from conftest import quote_of

# An unnamed speaker, then three children named as one plural subject, then "She said" (trial 18, kind 1).
LIST_OF_CHILDREN = (
    'The teacher, who asked not to be named, called the damage "awful". '
    "Ria Pond, six, Ola Fenn, seven, and Mia Dorr, nine, lost the garden they had planted in spring.\n\n"
    'She said: "The children worked on that garden for a whole year."'
)
# The same list with ages, after a woman named alone: "she" is the woman named alone.
NAMED_ALONE = (
    'Head teacher Jane Marle called the damage "awful". '
    "Ria Pond, six, and Mia Dorr, nine, lost the garden they had planted in spring.\n\n"
    'She said: "The children worked on that garden for a whole year."'
)


def test_she_is_no_child_named_in_a_list(run):
    speaker = quote_of(run(LIST_OF_CHILDREN), "worked on that garden").speaker
    assert speaker is None or speaker.name not in ("Ria Pond", "Ola Fenn", "Mia Dorr")


def test_she_is_the_woman_named_alone_before_a_list(run):
    speaker = quote_of(run(NAMED_ALONE), "worked on that garden").speaker
    assert speaker is not None and speaker.name == "Jane Marle"


def test_a_person_named_alone_is_still_a_referent(run):
    text = NAMED_ALONE.replace("Ria Pond, six, and Mia Dorr, nine, lost", "Mia Dorr lost")
    speaker = quote_of(run(text), "worked on that garden").speaker
    assert speaker is not None and speaker.name == "Mia Dorr"


# A paragraph opening with an uncued quotation that goes on the previous paragraph's speaker, then a new speaker
# brought in by name before her own "Q," she said (trial 18, kind 6).
CONTINUATION = (
    'Mr Tull told Radio Fen he would not give way. "Every plan gets argued over," he said.\n\n'
    '"I see no reason to give the board anything more." The vote is on Friday. Speaking later, '
    'councillor Rae Pim said the plan was weak. "It will fail," she told Radio Fen.'
)


def test_opening_continuation_is_not_the_speaker_named_later_in_the_paragraph(run):
    ex = run(CONTINUATION)
    opening = quote_of(ex, "no reason to give the board")
    assert opening.speaker is not None and opening.speaker.name == "Mr Tull"
    assert quote_of(ex, "It will fail").speaker.name == "Rae Pim"


def test_opening_quotation_takes_the_later_cue_when_nobody_new_is_named(run):
    text = CONTINUATION.replace("Speaking later, councillor Rae Pim said the plan was weak. ", "").replace(
        "she told", "he told"
    )
    opening = quote_of(run(text), "no reason to give the board").speaker
    assert opening is not None and opening.name == "Mr Tull"


# A bare quotation after a sentence whose subject it names in the third person is not that subject's (trial 18,
# kind 6, repro 09).
ABOUT_SUBJECT = (
    '"They shut my shop and I will make them pay," Tom Baxter told reporters.\n\n'
    'Mayor Lena Voss called the claim "nonsense".\n\n'
    "Baxter said the police had told him to close.\n\n"
    '"If Baxter thinks he can push this town around, he will be disappointed."'
)


def test_bare_quotation_naming_the_sentence_subject_is_not_the_subjects(run):
    speaker = quote_of(run(ABOUT_SUBJECT), "push this town around").speaker
    assert speaker is None or speaker.name != "Tom Baxter"


def test_bare_quotation_after_a_named_subject_is_still_the_subjects(run):
    text = ABOUT_SUBJECT.replace("If Baxter thinks he", "If the town thinks it")
    speaker = quote_of(run(text), "push this town around").speaker
    assert speaker is not None and speaker.name == "Tom Baxter"
