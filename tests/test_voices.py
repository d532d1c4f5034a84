"""Quotations given to the wrong one of several voices (issue 11, kinds 4, 5 and 8).

Every article here is a short one written for the test.
"""


def test_a_pronoun_in_reported_speech_is_no_gender_vote_for_the_reporter(run):
    # "Dale said Wednesday Warren meant she would ...": "she" is Warren (named inside the reported clause),
    # so the text does not show Dale to be a woman, and Dale's later "he said" stays his.
    text = (
        "Senator Ann Warren spoke in Ohio on Tuesday.\n\n"
        "Robby Dale said Wednesday Warren meant she would explain the plan to voters.\n\n"
        "Ms. Warren was not available. Dale later met the mayor, Chris Lowe.\n\n"
        '"What she is saying is that the country needs some real soul-searching," he said.'
    )
    ex = run(text)
    dale = next(p for p in ex.people if p.name == "Robby Dale")
    assert dale.gender != "female"
    assert ex.quotes[-1].speaker.name == "Robby Dale"


def test_the_asker_of_a_question_is_not_who_answers_next(run):
    # Question and answer are an adjacency pair: after "Hale asked about ...", a "she said" is the interviewee's,
    # though Hale is the nearest subject and a woman too.
    text = (
        "Maria Stone sat down with the talk show host Karen Hale in Chicago this week.\n\n"
        '"We remain whole as a family," Stone said of the last eight years.\n\n'
        "Hale also asked about the visit to the White House after the election.\n\n"
        '"It was very pleasant and a wonderful visit," she said.'
    )
    assert run(text).quotes[-1].speaker.name == "Maria Stone"


def test_a_question_quote_is_not_carried_to_the_answer(run):
    text = (
        "The actress Maria Stone was the guest of the radio host Karen Hale on Tuesday.\n\n"
        '"Do you understand how that might be sympathetic?" Hale asked.\n\n'
        '"Yeah, that was tough for all of us," she said.'
    )
    assert run(text).quotes[-1].speaker.name == "Maria Stone"


def test_a_bare_answer_after_a_question_put_to_someone_is_theirs(run):
    # "Lang pressed Moore for ...": the bare quotation after it answers, so it is Moore's, not the asker's.
    text = (
        'Governor Dan Moore told Ellen Lang on Tuesday that the report had "many errors" in it.\n\n'
        'Lang tried to settle the matter, pressing Moore for "what the errors are" in the report.\n\n'
        '"Well, I think the foundation will be able to lay those out in time."'
    )
    assert run(text).quotes[-1].speaker.name == "Dan Moore"


def test_a_question_after_asking_stays_the_askers(run):
    text = (
        "Governor Dan Moore spoke to Ellen Lang on Tuesday about the report.\n\n"
        "Lang asked Moore about the errors in the report.\n\n"
        '"What are the errors, Governor?"'
    )
    assert run(text).quotes[-1].speaker.name == "Ellen Lang"


def test_who_is_the_name_right_before_it(run):
    # A relative pronoun's antecedent is the nearest name before it, not another name a few words earlier.
    text = (
        "The debate in Denver was rough for both candidates.\n\n"
        "Bob Lee's remark followed an attack from Ann Cole, who said Lee \u201cloves hanging around contests\u201d "
        "during the debate."
    )
    quote = next(q for q in run(text).quotes if "contests" in q.text)
    assert quote.speaker.name == "Ann Cole"


def test_a_pronoun_chain_stops_at_a_newly_named_subject(pipeline):
    # The parser sometimes runs a closing quotation mark and the next paragraph into one sentence: "He said
    # ... ." + "James Campbell ... told ABC ..." parsed as one. The chain of "he" subjects must not reach over
    # the man newly named as a subject in it. The two sentences are joined here by hand, as the parser did.
    from spacy.tokens import Doc

    from onrecord.pipeline.stages.people.pronouns import chain_start

    text = 'He said it was unfair. James Campbell told ABC that he agreed. "It is," he said.'
    parsed = pipeline.nlp(text)
    heads = [t.head.i for t in parsed]
    deps = [t.dep_ for t in parsed]
    roots = [s.root.i for s in parsed.sents]
    heads[roots[1]], deps[roots[1]] = roots[0], "conj"  # one sentence, as the parser made of it
    words = [t.text for t in parsed]
    spaces = [bool(t.whitespace_) for t in parsed]
    doc = Doc(parsed.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=[t.pos_ for t in parsed])
    last_he = [t for t in doc if t.text == "he"][-1]
    quoted = (text.index('"') + 1, text.rindex('"'))
    start = chain_start(text, doc, last_he, "male", lambda pos: quoted[0] <= pos < quoted[1])
    assert start.i > [t.i for t in doc if t.text == "Campbell"][0]


def test_supporters_of_a_person_are_not_that_person(run):
    # Subject is not speaker (issue 11, kind 8): "Supporters of X have said" is an unnamed group, even when the
    # noun is capitalised only because it opens the sentence.
    text = 'Supporters of Mayor Jane Holt have said that Holt "will fix the roads" before the winter.'
    quote = run(text).quotes[0]
    assert quote.speaker.kind == "unnamed" and quote.speaker.name is None
    assert quote.speaker_mention.text.startswith("Supporters")


def test_deadpanned_is_a_speech_verb(run):
    text = '"Do you regret the interview?" the host asked.\n\n"Yeah, that was tough," Maria Stone deadpanned.'
    assert run(text).quotes[-1].speaker.name == "Maria Stone"
