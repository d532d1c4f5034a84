"""Several voices in one article (issue 11, kinds 3 and 5), each on a short article written for it: a clause of
manner that names whose words a quotation gives ("as X put it") beats the running speaker, and the person a
passage newly introduces keeps the quotes and pronouns that follow."""


def _said(ex) -> list[tuple[str | None, str | None]]:
    return [
        (q.speaker.name if q.speaker else None, q.speaker_mention.text if q.speaker_mention else None)
        for q in ex.quotes
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
