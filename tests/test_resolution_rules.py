"""One short article per resolution rule added for names, media and reported speech."""

from conftest import speakers


def test_title_plus_surname_is_a_surname_and_takes_a_unique_first_name(run):
    text = (
        "The show \u201cMegyn Kelly Today\u201d lost viewers to Kelly Ripa's program.\n\n"
        '"Got it," Ms. Kelly said before a break.'
    )
    ex = run(text)
    assert speakers(ex) == ["Megyn Kelly"]


def test_name_with_the_inside(run):
    ex = run(
        'Artists offered support.\n\n"I want to send a prayer," Chance the Rapper, a collaborator, said on the radio.'
    )
    assert speakers(ex) == ["Chance the Rapper"]


def test_spokesperson_for_an_organisation_is_not_the_organisation(run):
    # Issue 11, kind 3: "a spokeswoman for X" is an unnamed person speaking for X, not X.
    ex = run('"We will appeal the ruling," a spokesperson for Acme Corp said on Monday.')
    q = ex.quotes[0]
    assert q.speaker.kind == "unnamed" and q.speaker.name is None
    assert q.speaker.descriptors == ["a spokesperson for Acme Corp"]
    assert q.speaker_mention.text == "a spokesperson for Acme Corp"


def test_spokesperson_for_an_organisation_named_elsewhere_is_that_person(run):
    text = (
        "Acme Corp spokeswoman Jeannie Kedas declined to give figures on Monday.\n\n"
        'But a spokeswoman for Acme Corp said the ruling was "unfair and inaccurate".'
    )
    ex = run(text)
    assert speakers(ex) == ["Jeannie Kedas"]


def test_a_thing_is_not_the_person_who_owns_it(run):
    ex = run(
        'Dana Reyes\u2019s new memoir, out this week, is billed as a book in which she "looks back on a long career."'
    )
    q = ex.quotes[0]
    assert q.speaker is not None and q.speaker.name is None and "memoir" in q.speaker_mention.text


def test_trailing_subject_with_modifiers_and_parentheses(run):
    text = (
        '"I better get home!" a smiling and blushing Maria said to the audience.\n\n'
        '"The bill is dead," Senate Leader Harry M. Reid (D-Nev.) said in a statement.\n\n'
        '"We know the result," Nate Silver, the analyst who founded the site, wrote on Wednesday.'
    )
    ex = run(text)
    assert [q.speaker_mention.text for q in ex.quotes] == [
        "a smiling and blushing Maria",
        "Senate Leader Harry M. Reid",
        "Nate Silver",
    ]


def test_a_clause_after_the_quote_is_not_its_attribution(run):
    ex = run('Tom Baker spoke on Monday. He said, "That makes me smart," when Anna Berg criticised him.')
    assert speakers(ex) == ["Tom Baker"]


def test_colon_frame_without_a_speech_verb(run):
    ex = run('Anna Berg spoke first.\n\nShe then turned to the crowd again: "Here is what I regret."')
    assert speakers(ex) == ["Anna Berg"]
    assert ex.quotes[0].evidence == "colon"


def test_narrative_sentence_with_a_cue_before_a_quote_in_the_same_paragraph(run):
    ex = run(
        'The vote was close. Sam Lau, the party spokesman, said in a statement. "There are no ballots to recount."'
    )
    direct = [q for q in ex.quotes if q.kind == "direct"]
    assert direct[0].speaker.name == "Sam Lau"
    assert direct[0].evidence == "preceding sentence"


def test_gender_from_a_possessive_in_the_subjects_own_clause(run):
    text = (
        "Barack Obama marked his anniversary with Michelle on Tuesday.\n\n"
        'Michelle posted a photo.\n\n"You are remarkable," he said.'
    )
    ex = run(text)
    barack = next(p for p in ex.people if p.name == "Barack Obama")
    assert barack.gender == "male" and "his" in barack.gender_evidence
    assert speakers(ex) == ["Barack Obama"]


def test_medium_carries_over_and_outlet_is_named(run):
    text = (
        'Anna Berg told Marie Claire about her new film. "It was hard," she said.\n\n'
        '"But I loved it."\n\n'
        "Tom Baker took to Twitter on Friday.\n\n"
        '"Congratulations," he wrote.'
    )
    ex = run(text)
    direct = [q for q in ex.quotes if q.kind == "direct"]
    assert [(q.medium, q.outlet) for q in direct] == [
        ("print-interview", "Marie Claire"),
        ("print-interview", "Marie Claire"),
        ("twitter", None),
    ]
