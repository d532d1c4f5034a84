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
