"""A partial quotation inside what a verb of saying reports belongs to that verb's subject (short articles
written for the tests)."""


def _by_text(ex, words):
    return next(q for q in ex.quotes if q.text.startswith(words))


def test_a_second_partial_quote_in_the_reported_clause_keeps_the_reporter(run):
    # "... and the budget was "very tight"": the budget says nothing; the mayor's words are quoted.
    ex = run(
        'The town hall was full on Monday.\n\nMayor Rita Novak said there was "no simple" answer and the budget '
        'was "very tight".'
    )
    q = _by_text(ex, "very tight")
    assert q.speaker_mention is not None and q.speaker_mention.text == "Mayor Rita Novak"
    assert q.cue is not None and q.cue.text == "said"


def test_a_partial_quote_after_an_idiom_with_a_verb_of_saying_keeps_the_reporter(run):
    # "too early to tell" holds a verb of saying, but the quotation stands in the clause "said" reports.
    ex = run(
        "The bus lanes opened in May.\n\nRita Novak said it was too early to tell whether the lanes worked, and "
        'there was "no evidence" yet that they had cut traffic.'
    )
    q = _by_text(ex, "no evidence")
    assert q.speaker_mention is not None and q.speaker_mention.text == "Rita Novak"
    assert q.cue is not None and q.cue.text == "said"


def test_a_finite_verb_hung_on_an_infinitive_takes_the_subject_of_the_finite_verb_above(run):
    # "... would take effect in May and promised to "listen"": a finite verb never coordinates with the infinitive
    # after "would", so "promised" goes with "said", whose subject spoke.
    ex = run(
        "The council met on Monday.\n\nCouncil leader Ann Bell said the new rules would take effect in May and "
        'promised to "listen to every complaint".'
    )
    q = _by_text(ex, 'to "listen')
    assert q.speaker_mention is not None and q.speaker_mention.text == "Council leader Ann Bell"
    assert q.speaker is not None and q.speaker.name == "Ann Bell"


def test_a_finite_verb_after_a_modal_perfect_takes_the_subject_of_the_finite_verb_above(run):
    ex = run(
        "Rita Novak won the vote on Friday.\n\nThe result came hours after she insisted on Monday that there was "
        '"no way" the union could have beaten her, and criticised the union for not living up to its "proud history."'
    )
    q = _by_text(ex, "proud history")
    assert q.speaker_mention is not None and q.speaker_mention.text == "she"
    assert q.speaker is not None and q.speaker.name == "Rita Novak"


def test_a_quotation_run_on_into_a_clause_is_reported_by_the_tag_closing_the_sentence(run):
    # "Q" if ..., said X: the quoted sentence runs on in the writer's clause; the tag closes and reports it all.
    ex = run(
        "The vote is on Tuesday.\n\n"
        '"Many would call that a defeat for the mayor" if she did not win by more, said Tom Reyes, an analyst '
        "at the city institute.\n\n"
        '"To see how many cases could change is stunning," since so many were settled by one vote, Ana Ruiz said.'
    )
    first = _by_text(ex, "Many would call")
    assert first.speaker is not None and first.speaker.name == "Tom Reyes"
    assert first.cue is not None and first.cue.text == "said"
    second = _by_text(ex, "To see how many")
    assert second.speaker is not None and second.speaker.name == "Ana Ruiz"
