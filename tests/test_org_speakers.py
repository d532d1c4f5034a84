"""Speakers that are no people, and names glued or cut wrongly (issue 11, kinds 6 and 7), each on a short
article written for it: an organisation keeps the full name the article writes, a body named after its
leader is an organisation, and words glued before or after a name are not part of it."""

from conftest import speakers


def _speaker_kinds(ex) -> list[tuple[str | None, str | None]]:
    return [(q.speaker.name, q.speaker.kind) if q.speaker else (None, None) for q in ex.quotes]


def test_a_newspaper_keeps_its_whole_name_and_its_short_form_joins_it(run):
    # "York" follows "New": no first name of a person "York Times".
    text = (
        'The Daily Harbour Times published the letter on Monday. "We stand by our reporting," The Daily '
        'Harbour Times said in a statement.\n\nLater the Times added: "Our editors reviewed every line."'
    )
    ex = run(text)
    assert set(_speaker_kinds(ex)) == {("Daily Harbour Times", "organisation")}


def test_an_organisation_cut_at_a_joining_word_keeps_its_full_name(run):
    text = (
        'On Monday, the Board on Coastal Fisheries announced the rules for the season: "smaller nets" and '
        '"shorter days."\n\nWorkers at the cannery joined the United Net and Dock Workers International Union '
        'last year. "This is a victory for every worker," the United Net and Dock Workers International Union '
        "said in a statement."
    )
    ex = run(text)
    names = {name for name, _ in _speaker_kinds(ex)}
    assert names == {"Board on Coastal Fisheries", "United Net and Dock Workers International Union"}


def test_two_companies_joined_by_and_stay_apart(run):
    # The run after "and" ends in no word that names a body: not one name.
    text = 'Kestrel said there will be "no job losses" this year, and Brightline agreed on Tuesday.'
    ex = run(text)
    assert speakers(ex) == ["Kestrel"]


def test_a_campaign_or_government_named_by_its_modifier_is_an_organisation_of_that_name(run):
    text = (
        'Dora Vance spoke in Ohio on Monday. Vance\'s campaign said it "has more than 100 offices" in the state.'
        '\n\nThe Pike campaign said the numbers were "simply not true."\n\nThe Welsh government said it would '
        '"review the decision carefully."'
    )
    ex = run(text)
    assert _speaker_kinds(ex) == [
        ("Vance campaign", "organisation"),
        ("Pike campaign", "organisation"),
        ("Welsh government", "organisation"),
    ]


def test_a_spokesman_of_a_person_is_still_no_organisation(run):
    text = 'Dora Vance spoke in Ohio on Monday. Vance\'s spokesman said the tour "will go on."'
    ex = run(text)
    assert [k for _, k in _speaker_kinds(ex)] == ["unnamed"]


def test_words_glued_before_a_first_name_and_surname_are_left_out():
    from onrecord.pipeline.stages.people.table import first_name_start

    assert first_name_start(["Mirror", "Donald", "Trump"]) == 1  # a social account's name before the name
    assert first_name_start(["Firefighter", "Robert", "Savarese"]) == 1
    assert first_name_start(["Aung", "San", "Suu", "Kyi"]) == 0  # a longer name stays whole
    assert first_name_start(["Donald", "Trump"]) == 0


def test_a_capitalised_word_glued_before_a_first_name_is_no_part_of_the_name(run):
    # A social post's byline: "Mirror Arno Kessel" is an account that names another man.
    text = (
        'Arno Kessel spoke in Leeds on Friday. Kessel said the town was "in the worst shape it has ever been."'
        "\n\nDid your town not have that whole history thing? \u2014 Mirror Arno Kessel (@MirrorKessel) "
        'September 20, 2016\n\n"We will fix it," Kessel said.'
    )
    ex = run(text)
    assert set(speakers(ex)) == {"Arno Kessel"}


def test_a_name_written_twice_in_a_row_is_one_name(run):
    text = (
        "Useful Things by Sir Edmund Pryce Edmund Pryce's book is full of lessons. Pryce wrote it in 2010.\n\n"
        '"Every chapter is short," Pryce said.'
    )
    ex = run(text)
    assert speakers(ex) == ["Edmund Pryce"]


def test_a_headline_word_before_a_surname_grows_it_only_if_it_is_a_first_name(run):
    # "Max Lucado Trump doesn't pass" (a colon lost): "Lucado" is no first name of "Trump".
    text = 'Voters saw the debate on Monday. Okafor said he was "ready to lead."'
    assert speakers(run(text, title="Anna Pelletier Okafor is not ready, says critic")) == ["Okafor"]
    assert speakers(run(text, title="Daniel Okafor is ready")) == ["Daniel Okafor"]


def test_an_event_named_with_a_word_before_a_company_name_is_no_person(run):
    text = (
        'Trailgo is opening its annual Camp Trailgo event to more riders. "We want everyone to feel welcome," '
        "Trailgo wrote in a blog post."
    )
    ex = run(text)
    assert speakers(ex) == ["Trailgo"]


def test_a_name_before_from_and_a_body_is_the_speaker_and_its_surname_names_only_that_person(run):
    # The parse may take "UPS corporate communications" for the subject; the name before "from" spoke.
    text = (
        'Tobias Lindqvist, 26, drives for Parcelnet in Des Moines. "We work six days a week," Lindqvist said.\n\n'
        "When asked about these conditions, Matthew O\u2019Donnell from Parcelnet corporate communications said, "
        '"We do not want anyone to work six days in a row." O\u2019Donnell said the cap "prevents us from hiring '
        'enough drivers."'
    )
    ex = run(text)
    assert speakers(ex) == ["Tobias Lindqvist", "Matthew O\u2019Donnell", "Matthew O\u2019Donnell"]


def test_an_acronym_is_no_person(run):
    text = (
        "Workers are watching with concern as UPS pursues automation at some facilities. Drivers at UPS voted "
        'on Monday.\n\n"I was working three jobs at the time," Carla Menendez said.'
    )
    ex = run(text)
    assert [p.name for p in ex.people if p.kind == "person"] == ["Carla Menendez"]


def test_a_relative_with_the_same_surname_is_a_second_person(run):
    # The relative's paragraph has no cue, so the parse may skip it: her name still makes her a person,
    # and "she" is not the company.
    text = (
        'Tobias Lindqvist, 26, drives for Parcelnet in Des Moines. "We work six days a week," Lindqvist said.\n\n'
        "Workers are watching with concern as Parcelnet pursues automation at some facilities. The company did "
        "not reply.\n\nLindqvist\u2019s mother, Adrianne Lindqvist, is a part-time air package driver; she picks up "
        "packages early in the morning from the airport and delivers them to customers. Her son encouraged her "
        'to get the job. "I was working three jobs at the time, and had two little boys at home," she said.'
    )
    ex = run(text)
    assert speakers(ex) == ["Tobias Lindqvist", "Adrianne Lindqvist"]


def test_a_campaign_named_after_a_known_person_is_the_campaign_not_the_person(run):
    text = (
        'Dora Pike spoke in Iowa on Monday. "We will win this state," Pike said.\n\n'
        '"Rather than persuade people, they are throwing money into a fire pit," the Pike campaign said.'
    )
    ex = run(text)
    assert _speaker_kinds(ex) == [("Dora Pike", "person"), ("Pike campaign", "organisation")]


def test_an_acronym_takes_the_name_the_article_defines_it_with(run):
    text = (
        "The Department of Coastal and Inland Waters (DCIW) opened a review on Monday.\n\n"
        '"We expect the review to take a year," DCIW said in a statement.'
    )
    ex = run(text)
    assert speakers(ex) == ["Department of Coastal and Inland Waters"]


def test_a_model_name_ending_in_capitals_is_no_person(run):
    text = (
        "The automaker shot down the claim on Thursday. The plant that now builds the Focus will instead start "
        "building other models -- probably the new Ford Bronco SUV and Ranger small pickup.\n\n"
        'Ford said there will be "zero job losses" in the country.'
    )
    ex = run(text)
    assert speakers(ex) == ["Ford"]
    assert all("Bronco" not in (p.name or "") for p in ex.people)


def test_a_month_before_a_day_is_no_person(run):
    text = (
        "Thanks for the memories, Arnold. \u2014 President Obama (@POTUS) September 26, 2016\n\n"
        'September 26 said in a statement that Palmer had "swagger before we had a name for it."'
    )
    ex = run(text)
    assert all(p.name != "September" for p in ex.people)


def test_a_king_keeps_his_title_and_the_word_after_it_is_his_given_name(run):
    text = (
        'Spain\'s King Rodrigo Alvaro said the attacks opened a new stage. "The attacks have shaken us all," he '
        'said. However, King Rodrigo said the reaction showed resolve. "We will prevent those who think violence '
        'is an instrument," he said.'
    )
    ex = run(text)
    assert set(speakers(ex)) == {"King Rodrigo Alvaro"}


def test_a_run_ending_in_an_office_is_no_person(run):
    text = (
        'Detainees were thought to be chanting "visa". It is not known whether anyone has been injured or arrested '
        "overnight. The acting Immigration Minister, Daryl Okoro, says the Government is not losing control of the "
        'centre. He has told Channel Nine, vandalism is not going to get visas for the detainees. "The detainees '
        'are engaging in this campaign of damaging buildings," he said.'
    )
    ex = run(text)
    assert all(p.name != "Immigration Minister" for p in ex.people)
    assert speakers(ex, ("direct",)) == ["Daryl Okoro"]


def test_two_companies_written_together_before_are_no_fuller_name(run):
    text = (
        "Hachette and Amazon reached a deal on Thursday after months of talks.\n\n"
        'Amazon released a separate statement saying, "It allows us to grow our business together."'
    )
    ex = run(text)
    assert speakers(ex) == ["Amazon"]


def test_a_first_name_after_a_capitalised_office_still_completes_the_surname(run):
    # "New York Times" makes "York" no first name; "Investor Advocate Rick Fleming" keeps "Rick".
    text = (
        '"Securities Board Investor Advocate Rick Fleming said Tuesday he will push for more exams," the '
        'magazine reported.\n\n"Fraudulent practices can be very difficult to detect," said Fleming.'
    )
    ex = run(text)
    assert speakers(ex)[-1] == "Rick Fleming"
