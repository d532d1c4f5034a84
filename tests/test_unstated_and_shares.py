"""A cue under "unable/reluctant to" reports nothing; a share of respondents ("2 in 10 say") is nobody by name."""

import onrecord


def test_a_cue_under_unable_reports_no_statement():
    text = (
        "Output at the plant stopped on Monday after a fire. A spokesman for the group was unable to say when "
        "the production unit would be back up and running.\n"
    )
    assert [q.text for q in onrecord.extract(text).quotes] == []


def test_a_cue_under_reluctant_reports_nothing_but_the_next_statement_is_kept():
    text = "The minister was reluctant to say whether the tax would rise. She said the budget was balanced.\n"
    found = [q.text for q in onrecord.extract(text).quotes]
    assert "the budget was balanced" in found
    assert not any("tax would rise" in t for t in found)


def test_unable_as_content_is_still_reported():
    # "unable" inside what was said does not govern the cue: the statement stands.
    ex = onrecord.extract("The company said it was unable to pay its debts.\n")
    assert [q.text for q in ex.quotes] == ["it was unable to pay its debts"]


def test_a_share_of_respondents_is_not_the_pollster_named_before():
    text = (
        "Voters are split, according to a new poll. Pollster Dana Reeve, who ran the survey, said the race was "
        'close. "It could go either way," Reeve said.\n\n'
        "About 3 in 10 independents say that the governor is more honest, while about 2 in 10 say the senator is.\n"
    )
    ex = onrecord.extract(text)
    shares = [q for q in ex.quotes if q.kind == "indirect" and ("governor" in q.text or "senator" in q.text)]
    assert len(shares) == 2
    for q in shares:
        assert q.speaker is None or q.speaker.name is None, (q.text, q.speaker)
    assert [q.speaker.name for q in ex.quotes if q.kind == "direct"] == ["Dana Reeve"]
