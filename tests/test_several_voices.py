"""Several voices in one article (issue 11, kinds 3 and 5), each on a short article written for it: a clause of
manner that names whose words a quotation gives ("as X put it") beats the running speaker, and the person a
passage newly introduces keeps the quotes and pronouns that follow."""


def _said(ex) -> list[tuple[str | None, str | None]]:
    """(speaker, mention) of each quotation in marks: the reported stances a narrative sentence may also hold
    ("Carter defended the plan") are not what these tests are about."""
    return [
        (q.speaker.name if q.speaker else None, q.speaker_mention.text if q.speaker_mention else None)
        for q in ex.quotes
        if q.kind != "indirect"
    ]


def test_as_x_put_it_before_a_quote_names_its_speaker_over_the_running_one(run):
    text = (
        'The council approved the budget on Tuesday. "We listened to every neighbourhood," Mayor Helen Carter '
        'said. "Nobody got everything."\n\nOpponents were not convinced. As the historian Paul Greene put it, '
        '"Budgets are moral documents, and this one fails the test."'
    )
    assert _said(run(text))[-1][0] == "Paul Greene"


def test_as_x_put_it_after_a_quote_names_its_speaker(run):
    text = (
        'Mayor Helen Carter defended the plan on Tuesday. "It is fair," Carter said.\n\nThe plan was '
        '"drafted in a hurry," as the Daily Courier put it last week. The reform is, as the economist Ruth Lane '
        'has put it, "a tax on the poor".'
    )
    said = _said(run(text))
    assert said[1] == ("Daily Courier", "the Daily Courier")
    assert said[2][0] == "Ruth Lane"


def test_as_i_put_it_names_no_third_party(run):
    # "as I put it" in the narrative is the writer's own phrase: no one in the story becomes its speaker by it.
    text = (
        'Mayor Helen Carter defended the plan. "It is fair," Carter said.\n\nThe plan was, as I put it last '
        'week, "drafted in a hurry".'
    )
    said = _said(run(text))
    assert said[-1][1] != "I"


def test_a_description_tied_to_no_one_refers_back_like_a_pronoun_not_to_the_most_named(run):
    # Price is named four times, Jensen once; "the lawyer" follows Jensen's sentence as "he" would.
    text = (
        "Governor Anna Price has led the state for ten years. Price said on Monday that taxes would rise. Price "
        "also said schools would get more money, and Price defended the plan again on Tuesday.\n\nCarl Jensen "
        'attacked the plan on Wednesday. "It is a tax on every family," the lawyer said.'
    )
    assert _said(run(text))[-1] == ("Carl Jensen", "the lawyer")


def test_a_role_right_before_a_name_describes_that_name_not_the_prominent_person(run):
    text = (
        "Governor Anna Price has led the state for ten years. Price said on Monday that taxes would rise. Price "
        "also said schools would get more money, and Price defended the plan again on Tuesday.\n\nOpponents "
        'were not convinced. The historian Paul Greene said the plan would fail. "It is a tax on every family," '
        "the historian said."
    )
    ex = run(text)
    assert _said(ex)[-1] == ("Paul Greene", "the historian")
    price = next(p for p in ex.people if p.name == "Anna Price")
    assert "historian" not in price.descriptors


def test_a_description_no_one_was_given_renames_the_subject_just_before(run):
    # No one was called a developer: "the millionaire developer" re-names the man the sentence before is about.
    text = (
        "Governor Anna Price opened the new bridge on Monday. Price said the bridge would carry 20,000 cars a "
        "day.\n\nCarl Jensen said he had not meant his email for publication. The millionaire developer told a "
        'weekly paper last month that his rival should "go back to the farm".'
    )
    assert _said(run(text))[-1] == ("Carl Jensen", "The millionaire developer")


def test_a_description_pinned_to_another_place_is_not_the_holder_of_that_role_elsewhere(run):
    # Brisco was called the Ohio lawyer; the Maine lawyer is someone else: Weller, just named.
    text = (
        'Tom Brisco spoke first. "We are the future," the Ohio lawyer said.\n\nFor his part, Sam Weller '
        'said the ticket would win. "We will carry the north," the Maine lawyer said.'
    )
    assert _said(run(text))[-1] == ("Sam Weller", "the Maine lawyer")


def test_a_compound_first_name_missing_from_the_table_has_the_gender_its_parts_share():
    # "he said" after "port chief executive Jean-Marc ..." needs the man's gender, which the table lacks for the
    # compound; parts that disagree, or a name the table itself knows, decide as before.
    from onrecord.pipeline.stages.people.table import first_name_gender

    assert first_name_gender("Hans-Peter Vogel") == "male"
    assert first_name_gender("Marie-Claire Dubois") == "female"
    assert first_name_gender("Jean-Marie Leclerc") == "male"  # in the table as a man's name
    assert first_name_gender("Zzyx-Peter Vogel") is None  # one part unknown: nothing shared


def test_an_embedded_posts_sign_off_line_does_not_speak_the_next_paragraph(run):
    # The sign-off line has no full stop, so the parser runs it into the next paragraph's sentence and makes
    # "Mars" the subject of "retweeted": a subject across a line break is not the cue's.
    text = (
        "The uproar led Mars Inc. to issue a statement. Mars tweeted, \u201cCandy is not people.\u201d\n\n"
        "pic.twitter.com/VUwYKzqujc \u2014 Mars, Incorporated (@MarsGlobal) September 20, 2016\n\n"
        "Hillary Clinton\u2019s traveling spokesman, Nick Merrill, retweeted the post, saying, "
        "\u201cThis is disgusting.\u201d"
    )
    assert _said(run(text))[-1][0] == "Nick Merrill"


def test_a_plural_description_is_no_one_person_named_before(run):
    text = (
        "Mayor Jennifer Roberts asked for calm on Tuesday night.\n\nAmara Diallo, as well as the protesters in "
        'the hall who chanted "no justice, no peace" after she spoke, filled the evening news.'
    )
    said = _said(run(text))
    assert said[-1][0] is None


def test_a_description_taken_up_by_she_in_its_sentence_is_a_woman(run):
    # The nearest names are a man and a baby in an embedded post; "she" in the description's own sentence shows
    # who is meant, however far back her name is.
    text = (
        'Nina Okafor announced the loss on Wednesday. "We are heartbroken," Nina Okafor wrote.\n\n'
        '"We will grieve for Leo, we will cry for Leo, and we will hold each other harder than ever before. '
        "Leo was loved by everyone who waited for him, and Leo will be loved by everyone who waits with us "
        'now. We thank the nurses and the doctors who cared for Leo through every long night."\n\n'
        "Her husband Paul Okafor also took to Twitter to mourn their son.\n\n"
        '"We love you, Leo," he wrote.\n\nWe love you, Leo https://t.co/ySFzJB5e6k \u2014 Paul Okafor '
        "(@paulokafor) October 1, 2020\n\n"
        "The cookbook author was taken to hospital on Sunday after she experienced heavy bleeding."
    )
    nina = next(p for p in run(text).people if p.name == "Nina Okafor")
    assert "cookbook author" in nina.descriptors


def test_a_hyphenated_description_is_one_mention_and_refers_back(run):
    # "the president-elect tweeted": the mention is the whole word, not "the president" (an office no one was given).
    text = (
        "Senator Ruth Lane won the election last month and takes office in January.\n\nLane said on Monday that "
        "her charity was run well.\n\n"
        '"The charity never paid fees, rent or salaries," the president-elect wrote. "All of the money goes '
        'to good causes."'
    )
    said = _said(run(text))
    assert said[-2:] == [("Ruth Lane", "the president-elect")] * 2


def test_a_subject_the_parser_hung_on_the_noun_before_still_speaks_the_quote(run):
    # No comma before "Holt": the parser makes the name an apposition of "hypothesis" and leaves "agreed" and
    # "said" without a subject, so the quote went to the person spoken of just before.
    text = (
        "Mark Cuban, the investor, watched the debate from the front row and later called Holt a coward.\n\n"
        "Rather than offer an explanation or deflection to Clinton's hypothesis Holt agreed he paid no taxes and "
        'said, "That makes me smart." The answer sounded like something a child would offer.'
    )
    ex = run(text)
    quote = next(q for q in ex.quotes if q.text.startswith("That makes"))
    assert quote.speaker_mention is not None and quote.speaker_mention.text == "Holt"
    assert quote.speaker is None or quote.speaker.name != "Mark Cuban"


def test_a_former_office_no_one_was_given_refers_back_to_the_person_just_named(run):
    # "the former governor" describes a person's past,
    # which the article need not have stated, and re-names the subject of the sentence before, as "he" would.
    text = (
        "Mayor Anna Price has led the city for ten years. Price said on Monday that taxes would rise.\n\n"
        'For his part, Carl Jensen said he thought the plan would fail. "It is a tax on every family," the {} '
        "said."
    )
    assert _said(run(text.format("former Ohio governor")))[-1] == ("Carl Jensen", "the former Ohio governor")
    # A current office with a place the text tied to no one re-names the person just named too (round 20: the
    # place no longer makes the holder someone new unless the text tied it to someone else).
    assert _said(run(text.format("Ohio governor")))[-1] == ("Carl Jensen", "the Ohio governor")


def test_part_of_a_document_speaks_for_no_one_the_article_named(run):
    # "Part of the handout reads": a partitive capitalised at the sentence start is no name the tagger missed, and
    # the handout's words are not the lawyer's, however prominent he is.
    text = (
        "Lawyer Richard Thompson filed the suit on Monday. Thompson said the school had broken the law.\n\n"
        '"The class forced her to recite a creed," Thompson said.\n\nPart of the handout reads,\n\n"Nowhere in '
        'the book does it say you will go to paradise."'
    )
    said = _said(run(text))
    assert said[-1] == (None, "Part of the handout")
    assert said[-2] == ("Richard Thompson", "Thompson")


def test_a_claim_answered_after_a_colon_on_its_line_is_a_label_not_the_answerers_words(run):
    text = (
        "On Sunday's show, host Kim Sato took on the mayor, Tom Hale.\n\n"
        '"He is a showman, and people like that," Sato said.\n\n'
        "Here are some of the claims his supporters make, and Sato's answers:\n\n"
        '"He tells it like it is": "Does he? Most of what he says is false."\n'
        '"He is tough": "For a tough guy, he has very thin skin."'
    )
    said = _said(run(text))
    labels, answers = said[-4::2], said[-3::2]
    assert [name for name, _ in labels] == [None, None]
    assert [name for name, _ in answers] == ["Kim Sato", "Kim Sato"]


def test_words_that_came_from_someone_are_theirs_not_the_last_subjects(run):
    # Quotative inversion with "come": the words are the crowd's or the spokesman's, an unnamed source, not the
    # chairman's or the minister's, whom the sentence before named.
    crowd = (
        "The party chairman, Kelly Armstrong, called for a voice vote and declared that the request was denied.\n\n"
        '"Call the roll," came shouts from the crowd, as delegates booed.'
    )
    reply = (
        'The minister, Jane Holt, was asked about the delay on Monday.\n\n"We are working on it," came the reply '
        "from her spokesman."
    )
    assert _said(run(crowd))[-1] == (None, "the crowd")
    assert _said(run(reply))[-1] == (None, "her spokesman")


def test_quotes_after_adding_are_the_reporters_not_the_subject_of_the_reported_clause(run):
    # "X said Y had answered with "Q0", adding: "Q1"": the manner fragment and the words after "adding" are
    # X's; Y is only spoken about.
    text = (
        'Marta Kowalczyk met the board on Monday. She said Mr Dunmore had answered with "real candour", '
        'adding: "He listened to every family in the room." "Nobody expected that from him."'
    )
    said = _said(run(text))
    assert [name for name, _ in said] == ["Marta Kowalczyk"] * 3


def test_a_participle_after_a_comma_introduces_the_sentence_subjects_next_words(run):
    text = (
        "Rafael Ortega left the council meeting early. Teodora Baines defended the budget, explaining: "
        '"Every school gets more money this year."'
    )
    ex = run(text)
    assert _said(ex)[0][0] == "Teodora Baines"
    quote = next(q for q in ex.quotes if q.kind == "direct")
    assert quote.cue is not None and quote.cue.text == "explaining"


def test_according_to_at_the_end_of_a_partial_quotes_clause_names_its_source(run):
    text = (
        'Forty pilot whales stranded on the beach overnight. But "disease, navigational error and storms" are '
        "all thought to play a part, according to the Marine Rescue Trust."
    )
    quote = run(text).quotes[0]
    assert quote.speaker is not None and quote.speaker.name == "Marine Rescue Trust"


def test_according_to_after_a_reported_partial_still_leaves_it_to_the_speaker(run):
    text = (
        'The principal spoke on Monday. Mr Kealoha said the college was "outdated and falling apart", '
        "according to Hawaii News Now."
    )
    quote = run(text).quotes[0]
    assert quote.speaker is not None and quote.speaker.name == "Mr Kealoha"


def test_words_given_as_someones_words_are_theirs_not_the_reporters(run):
    text = (
        "The old trainer died at home in May. Her groom told reporters Edith Marlow's last words to him were, "
        '"Look after the horses."'
    )
    quote = run(text).quotes[0]
    assert quote.speaker is not None and quote.speaker.name == "Edith Marlow"
    assert quote.speaker_mention is not None and quote.speaker_mention.text == "Edith Marlow"


def test_a_name_after_a_role_of_a_body_renames_the_role_and_speaks_the_next_paragraph(run):
    # "The leader of the Green Party, Jane Moss," is Moss (the parser hangs the name on "Party"); the bare quote
    # paragraph after her sentence is hers, not the running speaker's.
    text = (
        'Prime Minister Tom Reed defended the new fuel tax on Monday. "We have no choice," Reed said.\n\n'
        "The leader of the Green Party, Jane Moss, disagreed.\n\n"
        '"This tax hurts the poor."'
    )
    assert _said(run(text))[-1] == ("Jane Moss", "The leader of the Green Party, Jane Moss")


def test_a_body_in_apposition_after_a_role_is_no_persons_name(run):
    # "the head of the union, Unite," names the union, not the head: no person is made of it.
    text = (
        'Prime Minister Tom Reed defended the new fuel tax on Monday. "We have no choice," Reed said.\n\n'
        "The head of the union, Unite, disagreed.\n\n"
        '"This tax hurts the poor."'
    )
    assert _said(run(text))[-1][0] != "Tom Reed"
