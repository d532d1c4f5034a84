"""A sentence that opens with "Asked whether/about ..." puts a question to its subject (``indirect.asked_opening``):
the question is nobody's speech the text names, never the answer's speaker's, however the tagger read "Asked"
(after a paragraph closing with a quotation mark it often reads a past tense). Short articles written for it."""


def _asked(ex):
    return [
        (q.text, q.speaker.name if q.speaker else None, q.evidence)
        for q in ex.quotes
        if q.cue is not None and q.cue.text.lower() == "asked"
    ]


def test_asked_after_a_closing_mark_is_a_question_not_the_answerers_speech(run):
    text = (
        "Senator looks back\n\n"
        "Former aide Tom Kent said the senator never liked the campaign trail. ''It wore on him,'' Mr. Kent said. "
        "''He would come home tired and cross.''\n\n"
        "Asked whether watching the race from the sidelines had been hard for the senator, Mr. Kent said: "
        "''Of course. He wanted to run.''\n\n"
        "Asked whether the debate had changed his mind, Kent said it had done just the opposite."
    )
    asked = _asked(run(text))
    assert asked, "the questions are found"
    assert all(speaker is None and evidence == "reported question" for _, speaker, evidence in asked)


def test_a_question_answered_by_a_verb_of_refusal_is_still_the_askers(run):
    text = (
        "Candidate keeps options open\n\n"
        "Asked whether he would endorse either party's candidates down the ballot, Larsen demurred. "
        '"That is up to the voters," he said.'
    )
    asked = _asked(run(text))
    assert [(s, e) for _, s, e in asked] == [(None, "reported question")]
