"""Role and definite descriptions resolved to the person the article introduced with that role (issue 11, the
people stage on unseen news), each on a short article written for it: "the 34-year-old" when no one was given
that age, offices qualified by "shadow", "deputy" or "vice", synonyms of one job ("the Pentagon chief" for the
defence secretary, "the Gunners manager" for the club's boss), children described by their age, and unnamed
sources that stay unnamed."""


def _said(ex) -> list[tuple[str | None, str | None]]:
    return [
        (q.speaker.name if q.speaker else None, q.speaker_mention.text if q.speaker_mention else None)
        for q in ex.quotes
    ]


def test_an_age_no_one_was_given_is_the_person_just_named_not_a_club(run):
    text = (
        "Ipswich have signed Dunmore midfielder Callum Breck on loan until May.\n\n"
        '"I wanted to play every week," the 29-year-old told the club\'s website.'
    )
    assert _said(run(text)) == [("Callum Breck", "the 29-year-old")]


def test_an_age_no_one_was_given_follows_the_subject_as_a_pronoun_would(run):
    text = (
        "Alina Morek beat Jana Sprell in the third round. After a tough first set, Morek grew in confidence and "
        'won in 56 minutes. She will now meet Petra Vondel.\n\n"Bring it on," said the 23-year-old.'
    )
    assert _said(run(text))[0] == ("Alina Morek", "the 23-year-old")


def test_the_chancellor_is_not_the_shadow_chancellor(run):
    text = (
        "Shadow chancellor Oliver Lyle spoke first. Gordon Brace has addressed the conference behind closed "
        'doors.\n\nThe Chancellor said the plans would see "huge cuts" in spending.'
    )
    assert _said(run(text)) == [("Gordon Brace", "The Chancellor")]


def test_the_president_is_not_the_vice_president(run):
    text = 'Vice President Dan Moyle toured the plant on Monday. "We are building again," the president said.'
    assert _said(run(text)) == [(None, "the president")]


def test_the_pentagon_chief_is_the_defense_secretary(run):
    text = (
        "Defense Secretary Rob Garner visited the base on Thursday. He met sailors and officers.\n\n"
        '"We have to look hard at the budget," Garner said.\n\n'
        'Later the Pentagon chief said the fleet had "grown too big" and would be trimmed.'
    )
    assert _said(run(text))[-1] == ("Rob Garner", "the Pentagon chief")


def test_a_manager_is_the_boss_the_article_named(run):
    text = (
        'Rovers boss Arno Wetzel is happy with his squad. But he told the Evening Post: "I do not need a new '
        'keeper." The side won 3-0 on Saturday.\n\n'
        'The club manager refused to comment on "the difficult start" of his keeper.'
    )
    assert _said(run(text))[-1] == ("Arno Wetzel", "The club manager")


def test_a_congressman_is_the_representative_the_article_named(run):
    text = 'Rep. Pete Kinsale spoke on Monday. Instead, the 11-term congressman called for "more patrols" in town.'
    assert _said(run(text)) == [("Pete Kinsale", "the 11-term congressman")]


def test_a_chief_of_another_domain_is_not_tied_by_the_word_chief(run):
    text = (
        "Health Secretary Ann Rowe opened the ward. Police chief Tom Bellamy was there too.\n\n"
        '"We need more nurses," the health chief said.'
    )
    assert _said(run(text)) == [("Ann Rowe", "the health chief")]


def test_the_girl_is_the_child_given_an_age(run):
    text = (
        "Zara Okafor, 9, spoke at the council meeting on Monday. Many parents attended.\n\n"
        '"I never felt this way until now," the grade-school girl said, wiping away tears.'
    )
    assert _said(run(text)) == [("Zara Okafor", "the grade-school girl")]


def test_the_schoolboy_is_the_boy_given_an_age(run):
    text = (
        "Ollie Granger, 11, raised money for the hospital. He ran five miles.\n\n"
        '"It was hard but fun," the schoolboy said.'
    )
    assert _said(run(text)) == [("Ollie Granger", "the schoolboy")]


def test_an_office_with_a_place_tied_to_no_one_renames_the_person_just_named(run):
    text = (
        "Friedman has worked with Bernard Saunders in the past. The Vermont senator asked Friedman to estimate "
        'the cost, calling the result "outstanding work."'
    )
    assert _said(run(text))[-1] == ("Bernard Saunders", "The Vermont senator")


def test_an_office_with_a_place_tied_to_someone_else_is_not_the_person_just_named(run):
    text = (
        "Ohio Gov. Ted Stroud spoke first. Later Carl Jensen said he thought the plan would fail.\\n\\n"
        '"It is a tax on every family," the Ohio governor said.'
    )
    assert _said(run(text))[-1] == ("Ted Stroud", "the Ohio governor")


def test_a_member_of_parliament_may_be_the_minister_just_named(run):
    text = (
        "Home Office minister Hazel Brears spoke to the committee on Tuesday.\n\n"
        '"The threat is most likely to come from a small group," the Salford MP told the committee.'
    )
    assert _said(run(text)) == [("Hazel Brears", "the Salford MP")]


def test_the_chief_of_a_body_renames_the_person_just_named(run):
    text = (
        'Mr Bellamy spoke on Monday. "Schools must do better," said Mr Bellamy. The Ofsted chief said his '
        'report would be "tough".'
    )
    assert _said(run(text))[-1] == ("Mr Bellamy", "The Ofsted chief")


def test_her_neighbour_is_not_the_person_she_is(run):
    text = 'Jane Rowley was attacked on Monday. "I heard screams," her neighbour said.'
    assert _said(run(text)) == [(None, "her neighbour")]


def test_her_neighbour_is_the_neighbour_the_article_named(run):
    text = (
        "Jane Rowley was attacked on Monday. Her neighbour, Tom Hillard, called police on Monday night. The "
        'street was closed.\n\n"I heard screams," her neighbour said.'
    )
    assert _said(run(text)) == [("Tom Hillard", "her neighbour")]
