"""Issue 11, kinds 2, 6 and 7 (round 12): names that came out mangled or split, a title leaking into a name, an
organisation cut short. One short article written for each rule."""

from conftest import quote_of, speaker_name_of


def test_lower_case_title_before_a_first_name_stays_out_of_the_name(run):
    # "first lady" written in lower case is a role, not the courtesy title "Lady" that names a peeress.
    ex = run(
        "Back then, future first lady Helen offered her view of the campaign in a speech: "
        '"If you cannot run your own house, you cannot run a county."'
    )
    speaker = quote_of(ex, "run your own house").speaker
    assert speaker is not None and speaker.name == "Helen"
    assert speaker.kind == "person" and speaker.title == "first lady"


def test_capitalised_courtesy_title_still_names_a_lone_surname(run):
    ex = run('"We have to do this now," Lord Fenwick told the chamber on Monday.')
    assert speaker_name_of(ex, "do this now") == "Lord Fenwick"


def test_name_after_an_office_named_with_of(run):
    # The title runs on with "of" and the office's words; the name that ends the mention is the speaker.
    ex = run(
        "Talks went on late into the night.\n\n"
        '"Make no mistake," Secretary of State Alan Brisco said at the meeting, "more must be done."'
    )
    assert speaker_name_of(ex, "Make no mistake") == "Alan Brisco"
    assert speaker_name_of(ex, "more must be done") == "Alan Brisco"


def test_full_name_after_a_newsroom_possessive_is_a_person(run):
    # The tagger reads "NBC's Lester Holt" as one body's name; a first name and a surname make a person.
    ex = run('Asked by NBC\'s Lester Holt how to help workers, the candidate answered, "We will bring the jobs back."')
    holt = [p for p in ex.people if p.name and "Lester" in p.name]
    assert [(p.name, p.kind) for p in holt] == [("Lester Holt", "person")]


def test_organisation_keeps_its_first_word(run):
    # "Judicial" is no first name: the tagger's organisation goes on with "Watch", so its first word names nobody.
    ex = run('Citizens Watch also revealed that the smuggling "has been going on for years."')
    speaker = quote_of(ex, "going on for years").speaker
    assert speaker is not None and speaker.name == "Citizens Watch"
    assert speaker.kind == "organisation"


def test_club_before_a_role_noun_is_no_person(run):
    # "the former Dunmore chairman": the club names his employer, not him, whatever follows the role noun.
    ex = run('The 73-year-old former Dunmore chairman sealed the deal on Friday. He said: "I am delighted to be back."')
    speaker = quote_of(ex, "delighted to be back").speaker
    assert speaker is None or speaker.name != "Dunmore"


def test_surname_with_apostrophe_is_part_of_the_name(run):
    # "O’Reilly" with a typographic apostrophe may read as an adverb to the tagger; it is still the surname.
    ex = run('Tom O\u2019Reilly has compared the pope to a socialist, saying he "does not understand markets."')
    assert any(p.name == "Tom O\u2019Reilly" for p in ex.people)
    assert not any(p.name == "Tom" for p in ex.people)


def test_office_ending_in_commissioner_is_no_persons_name(run):
    ex = run(
        "Settlers and officials argued over the ruling.\n\n"
        'The United Nations High Commissioner for Refugees said the decision did "not change the law."'
    )
    speaker = quote_of(ex, "not change the law").speaker
    assert speaker is None or speaker.name != "High Commissioner"
    assert not any(p.name == "High Commissioner" and p.kind == "person" for p in ex.people)


def test_generational_suffix_joins_the_surname_alone(run):
    ex = run(
        "Oilman Conrad Pell Jr. has long backed the party in his home state.\n\n"
        '"I will not give another cent," Pell told the newspaper on Monday.'
    )
    assert speaker_name_of(ex, "another cent") == "Conrad Pell Jr."


def test_leading_initial_opens_the_name(run):
    # "C. Rupert Hale Jr.": the first name's initial is part of the name as written; the short form joins it.
    ex = run(
        "Port rules were questioned on Monday.\n\n"
        'C. Rupert Hale Jr., a former official, said the rules were "far too loose."\n\n'
        '"Nobody checked anything," Mr. Hale said.'
    )
    assert speaker_name_of(ex, "far too loose") == "C. Rupert Hale Jr."
    assert speaker_name_of(ex, "Nobody checked") == "C. Rupert Hale Jr."


def test_fullest_form_with_a_middle_initial_is_the_name(run):
    # "Gordon T. Pryce" and "Gordon Pryce" are one person, named by the fullest form the article writes.
    ex = run(
        'Gordon T. Pryce told supporters that the count was "rigged from the start."\n\n'
        'Later, Gordon Pryce said: "We will win this."\n\n'
        '"Nobody can stop us," Pryce added.'
    )
    assert {q.speaker.name for q in ex.quotes if q.speaker} == {"Gordon T. Pryce"}


def test_title_that_is_a_first_name_before_a_surname(run):
    # "Dean" before one surname (no first name itself) with no title before it is the man's first name.
    ex = run('"The budget is balanced," said Dean Walsh, co-director of a research centre in Leeds.')
    assert speaker_name_of(ex, "budget is balanced") == "Dean Walsh"


def test_surname_that_is_also_a_page_word(run):
    # "Read" inside the tagger's person, after a first name, is a surname, not the "Read more" of a page.
    ex = run('"We will not move the company," said Ian Read, the chief executive, on Monday.')
    assert speaker_name_of(ex, "not move the company") == "Ian Read"


def test_firm_before_a_title_and_role_is_no_person(run):
    # "Pfizer chief executive Ian Marsh": the firm modifies the role; it is his employer, never a second person.
    ex = run('Speaking to investors, Pfizer chief executive Ian Marsh said the firm "will not move."')
    assert [p.name for p in ex.people if p.kind == "person"] == ["Ian Marsh"]


def test_capital_alone_is_its_government_not_a_person(run):
    # "Kyiv said": a capital standing alone speaks for its government; a surname after a first name stays one.
    ex = run(
        "Drones struck two towns overnight.\n\n"
        'Kyiv said the strikes were "a clear violation of the ceasefire."\n\n'
        'Actor Denzel Washington, asked about the film, said it was "a hard role."\n\n'
        '"I trained for months," Washington added.'
    )
    kyiv = quote_of(ex, "clear violation").speaker
    assert kyiv is not None and (kyiv.name, kyiv.kind) == ("Kyiv", "organisation")
    assert speaker_name_of(ex, "trained for months") == "Denzel Washington"


def test_title_case_headline_makes_no_person_of_its_own(run):
    # Every word of a title-case headline is capitalised: "Oilman Oscar" there is no second person beside the
    # body's "Oscar Pell Jr", and "Jr Admits" is no name (a generational suffix never opens one).
    ex = run(
        "Oilman Oscar Pell Jr Admits Guilt In Fuel Case\n\n"
        'Oscar Pell Jr, 82, told the court on Monday that the deal was "a fair one."\n\n'
        '"I never paid a bribe," Pell Jr told reporters.\n\n'
        'Oscar said later that he had "no regrets."'
    )
    assert speaker_name_of(ex, "never paid a bribe") == "Oscar Pell Jr"
    assert speaker_name_of(ex, "no regrets") == "Oscar Pell Jr"
    assert not any(p.name and ("Oilman" in p.name or p.name.startswith("Jr")) for p in ex.people)


def test_whole_title_goes_to_title(run):
    # The title field holds the whole office written before the name; the name is the proper-noun core.
    ex = run(
        "Talks went on late into the night.\n\n"
        'Senate Minority Leader Carl Brisco said the bill was "a disgrace," and left early.\n\n'
        '"We will not vote for it," Brisco told reporters.\n\n'
        'Secretary of State Alan Moyle said the talks were "going nowhere."\n\n'
        '"Nobody is listening," Moyle added.'
    )
    brisco = quote_of(ex, "not vote for it").speaker
    assert (brisco.name, brisco.title) == ("Carl Brisco", "Minority Leader")
    moyle = quote_of(ex, "Nobody is listening").speaker
    assert (moyle.name, moyle.title) == ("Alan Moyle", "Secretary of State")


def test_suffix_after_a_comma_and_role_before_the_name(run):
    # "Oscar Pell, Jr." (an older style) keeps its suffix, without the comma; "Texas oilman" right before the
    # name describes him, so the quotation is his, not an unnamed oilman's.
    ex = run(
        'Texas oilman Conrad Pell, Jr., 82, said the deal was "a fair one." '
        '"I never paid a bribe," Pell told the court.'
    )
    assert speaker_name_of(ex, "a fair one") == "Conrad Pell Jr."
    assert speaker_name_of(ex, "never paid a bribe") == "Conrad Pell Jr."


def test_the_abbreviated_councillor_title_stays_out_of_the_name(run):
    # British local papers write "Cllr" before a councillor's name; the name is the person, the title its title.
    ex = run(
        "Storms hit the coast.\n\n"
        'Cllr Mae Lint, chair of the board, said: "Flooding on this scale is frightening."\n\n'
        'Later Cllr Lint said: "We will find the money."'
    )
    assert speaker_name_of(ex, "Flooding on this scale") == "Mae Lint"
    assert speaker_name_of(ex, "find the money") == "Mae Lint"
