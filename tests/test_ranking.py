"""Speaker ranking in news nobody tuned on (issue 11): rules and features, each on a short article written here."""

from conftest import speaker_name_of, speakers


def test_trailing_cue_after_a_title_without_its_closing_comma(run):
    # Trial 4, F6: "Q," Name, title told ...: the writer left out the comma after the title; the cue is still
    # the quote's, and the name before the title speaks (not the subject of the sentence before the quote).
    text = (
        "The council met on Monday to discuss the flood plan. Mayor Lena Ford said the plan was ready.\n\n"
        '"There are two parts to the plan," Tom Reyes, the council\'s chief engineer told reporters on Tuesday. '
        '"The first is to raise the river walls before the winter."'
    )
    ex = run(text)
    assert speaker_name_of(ex, "There are two parts", at_start=True) == "Tom Reyes"
    assert speaker_name_of(ex, "The first is", at_start=True) == "Tom Reyes"
    quote = next(q for q in ex.quotes if q.text.startswith("There are two parts"))
    assert quote.cue is not None and quote.cue.text == "told"


def test_title_with_to_before_the_cue(run):
    # "an adviser to the president said": a title may hold "to"; the name before it speaks, not the
    # unnamed source of the sentence before.
    text = (
        "The envoy met the president on Monday, a palace official said. "
        '"The president asked the envoy to press for a truce" Omar Haddad, an adviser to the president said.'
    )
    ex = run(text)
    assert speaker_name_of(ex, "The president asked", at_start=True) == "Omar Haddad"


def test_a_clause_after_the_comma_is_no_title(run):
    # The cue inside a clause after the comma ("as the mayor said") belongs to that clause, not to the quote.
    text = (
        "Tom Reyes spoke to reporters on Tuesday.\n\n"
        '"The river walls will hold," Tom Reyes, as the mayor said on Monday, told the crowd.'
    )
    ex = run(text)
    assert speakers(ex) == ["Tom Reyes"]


def test_a_name_set_off_after_a_title_speaks(run):
    # Trial 4, F6: "Q," the UN under-secretary for legal affairs, Elinor Hammarby, told the court: the name after
    # the title is the speaker's (the rule); "Q," says spokesperson for Immigration Canada, Amanda Singh (the
    # people stage).
    text = (
        "The court heard the case on Monday. International law applies to the territory, the judges said.\n\n"
        '"In the specific context of the occupation, the duty is clear," the UN undersecretary general for legal '
        "affairs, Elinor Hammarby, told the court.\n\n"
        'Officials expect more crossings. "The more the plan advances, the more we are overwhelmed," says '
        "spokesperson for Immigration Canada, Amanda Singh."
    )
    ex = run(text)
    assert speaker_name_of(ex, "In the specific", at_start=True) == "Elinor Hammarby"
    assert (
        speaker_name_of(ex, "The more the plan", at_start=True) == "Amanda Singh"
    )  # the people stage names it (main, trial 5 F2)


def test_a_place_set_off_after_a_title_does_not_speak(run):
    # ", Illinois," after "the mayor of Springfield" is a place, not the mayor's name.
    ex = run('"The roads are open again," the mayor of Springfield, Illinois, said on Monday.')
    assert "Illinois" not in ex.quotes[0].speaker_mention.text.split(", ")[-1]
