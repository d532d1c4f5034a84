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
    ex = run(
        "The debate was watched by millions.\n\n"
        'Asked by NBC\'s Lena Marsh about the plan, Senator Roy Calder answered that it was "ready to go."\n\n'
        '"We have had enough of your questions," Calder told Marsh later.'
    )
    marsh = next(p for p in ex.people if p.name == "Lena Marsh")
    assert marsh.kind == "person"
    assert not any(p.name and p.name.startswith("NBC") for p in ex.people)


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
    # "O'Reilly" with a typographic apostrophe reads as an adverb to the tagger; it is still the surname.
    ex = run(
        "Pundits clashed again on Sunday.\n\n"
        'Liam O\u2019Rourke compared the mayor to a magician, saying he "makes the money disappear."'
    )
    assert any(p.name == "Liam O\u2019Rourke" for p in ex.people)
    assert not any(p.name == "Liam" for p in ex.people)


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
