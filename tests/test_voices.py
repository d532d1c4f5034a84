"""Quotations given to the wrong one of several voices (issue 11, kinds 4, 5 and 8).

Every article here is a short one written for the test.
"""


def test_a_pronoun_in_reported_speech_is_no_gender_vote_for_the_reporter(run):
    # "Dale said Wednesday Warren meant she would ...": "she" is Warren (named inside the reported clause),
    # so the text does not show Dale to be a woman, and Dale's later "he said" stays his.
    text = (
        "Senator Ann Warren spoke in Ohio on Tuesday.\n\n"
        "Robby Dale said Wednesday Warren meant she would explain the plan to voters.\n\n"
        'Ms. Warren was not available. Dale later met the mayor, Chris Lowe.\n\n'
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
