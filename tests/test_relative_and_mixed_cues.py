"""A cue inside a relative clause and reported clauses holding a quoted fragment (trial 14 F11, F2; issue 10):
short articles written here."""


def reported(ex):
    return [(q.text, q.cue.text if q.cue else None, q.group) for q in ex.quotes if q.kind == "indirect"]


def test_a_cue_between_commas_after_a_relative_pronoun_reports_the_relative_clause(run):
    ex = run(
        "Mayor Lena Ford spoke on Monday. The council shelved the ferry plan, which, she said, "
        "would have cost the town more than it could afford."
    )
    assert reported(ex) == [("would have cost the town more than it could afford", "said", None)]
    assert ex.quotes[-1].speaker_mention.text == "she"


def test_the_main_clause_after_a_relative_clause_is_the_writers(run):
    ex = run(
        "Engineer Paul Odum briefed the board. The new bridge design, which, he added, "
        "had been drawn up in a hurry, will go back to committee."
    )
    # One quotation, not "The new bridge design, which" plus the main clause as two pieces.
    assert reported(ex) == [("had been drawn up in a hurry", "added", None)]


def test_a_fragment_whose_comma_sits_inside_the_mark_grows_to_the_clause_before_a_trailing_cue(run):
    ex = run(
        "The count went on all week. Reed has made false claims about the ballots being "
        '"rigged," Governor Ann Price said in a statement.'
    )
    (q,) = [q for q in ex.quotes if q.kind != "indirect"]
    assert q.kind == "partial"
    assert q.text == 'Reed has made false claims about the ballots being "rigged,"'
    assert q.fragment is not None and q.fragment.text == "rigged"
    assert q.cue.text == "said" and q.speaker_mention.text == "Governor Ann Price"


def test_a_comma_before_the_mark_still_opens_a_quotation_of_its_own(run):
    ex = run('The mill said its output fell, "and it will fall again," an official said.')
    assert [q.text for q in ex.quotes if q.kind != "indirect"] == ["and it will fall again,"]


def test_a_fragment_in_a_clause_beside_according_to_is_a_mixed_quote(run):
    ex = run(
        "The count went on all week. According to Governor Ann Price, Reed has made false claims "
        'about the machines being "rigged".'
    )
    (q,) = ex.quotes
    assert q.kind == "partial"
    assert q.text == 'Reed has made false claims about the machines being "rigged"'
    assert q.fragment.text == "rigged"
    assert q.cue.text == "According to" and q.speaker_mention.text == "Governor Ann Price"


def test_tweet_markup_is_noise_never_a_quotation_or_a_post(run):
    ex = run(
        "Mayor answers critics\n\nMayor Lena Ford hit back on Tuesday.\n\n"
        '<tweet tweet-author="@lenaford" tweet-date="March 3, 2021">The ferry plan is good for every family here.'
        "<tweet/>.\n\n"
        '<tweet pic="" author="lenaford" timestamp="1449075600" tweet_id="672137">We will not back down.</tweet>.\n'
    )
    tags = [n for n in ex.noise if n.why == "markup tag"]
    assert len(tags) == 4
    assert not any("<" in q.text or ">" in q.text for q in ex.quotes)
    assert not any("<" in p.text or "tweet" in p.text for p in ex.social_posts)


def test_a_fragment_closing_on_a_comma_before_according_to_takes_the_phrase_source(run):
    ex = run(
        "The count went on all week. Reed has repeatedly made false claims about the ballots being "
        '"rigged," according to Governor Ann Price.'
    )
    (q,) = ex.quotes
    assert q.text == 'Reed has repeatedly made false claims about the ballots being "rigged,"'
    assert q.fragment.text == "rigged"
    assert q.cue.text == "according to" and q.speaker_mention.text == "Governor Ann Price"
