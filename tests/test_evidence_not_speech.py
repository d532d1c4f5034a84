"""A verb of saying with evidence for subject ("the figures suggest that ...", "two days of evidence revealed that
...") is a finding, no one's speech (``indirect.EVIDENTIAL_SPEECH_LEMMAS``, ``_thing_subject``); with a person
or an organisation for subject it stays speech. Short articles written for these tests."""

TEXT = (
    "Homelessness report\n\n"
    "The latest figures suggest that fewer young people are sleeping rough. Two days of evidence revealed that "
    "the shelter had been underfunded for years.\n\n"
    "Housing minister Ann Cole suggested that the council could do more. The charity revealed that it would open "
    "a new shelter in March."
)


def _evidence(ex):
    return {q.speaker_mention.text: q.evidence for q in ex.quotes if q.kind == "indirect" and q.speaker_mention}


def test_evidence_suggests_and_reveals_no_speech(run):
    found = _evidence(run(TEXT))
    assert found["The latest figures"] == "reported finding"
    assert found["Two days of evidence"] == "reported finding"


def test_people_and_organisations_still_speak(run):
    found = _evidence(run(TEXT))
    assert found["Housing minister Ann Cole"] == "reported speech"
    assert found["The charity"] == "reported speech"
