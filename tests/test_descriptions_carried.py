"""A role the article gives a named person is carried to a later definite description of that role (issue 11,
kinds 3 and 5), each on a short article written for it: the role given in a relative clause on the name ("X, who
is the chancellor,"), by appointment in one ("X, who was named head coach,"), and descriptions that must stay
unnamed ("a spokeswoman for X" is not X; "an official" is not the last person named)."""


def _said(ex) -> list[tuple[str | None, str | None]]:
    return [
        (q.speaker.name if q.speaker else None, q.speaker_mention.text if q.speaker_mention else None)
        for q in ex.quotes
    ]


def test_a_role_given_in_a_relative_clause_names_the_later_description(run):
    text = (
        "Anna Berg, who is the chancellor of the city's schools, announced her resignation on Monday.\n\n"
        '"It has been the honour of my life," Berg said.\n\nMayor Luis Ortega thanked her for her service.\n\n'
        '"I leave the schools in better shape than I found them," the chancellor said.'
    )
    assert _said(run(text))[-1] == ("Anna Berg", "the chancellor")


def test_a_role_with_an_owner_given_in_a_relative_clause(run):
    text = (
        "Northern Air reported a loss on Thursday. Omar Haddad, who is the airline's chief executive, blamed fuel "
        'costs.\n\nAnalyst Priya Shah said the loss was smaller than feared. "They did better than most," Shah '
        'said.\n\n"We expect a return to profit next year," the chief executive said.'
    )
    assert _said(run(text))[-1] == ("Omar Haddad", "the chief executive")


def test_an_appointment_in_a_relative_clause_gives_the_role(run):
    text = (
        "Rita Olsen, who was named head coach on Monday, takes over a team in last place.\n\n"
        '"We have work to do," said club chairman Peter Grant.\n\n"I believe in this squad," the coach said.'
    )
    assert _said(run(text))[-1] == ("Rita Olsen", "the coach")


def test_a_spokeswoman_for_a_company_and_an_official_stay_unnamed(run):
    text = (
        "Regulators fined Northgate Energy $2 million on Thursday over a pipeline spill last spring.\n\n"
        '"We accept the ruling," a spokeswoman for Northgate Energy said.\n\nEnvironmental campaigner Lucy Hart '
        'said the fine was too small. "It is pocket change for them," Hart said.\n\n'
        '"The investigation is closed," an official said.'
    )
    said = _said(run(text))
    assert said[0] == (None, "a spokeswoman for Northgate Energy")
    assert said[-1] == (None, "an official")


def test_an_executive_of_a_company_is_not_the_company(run):
    # "of Harbor" names whose executive it is; no title is written before a name here.
    text = (
        "Harbor Financial hopes its merger with Lakeside Bancorp can be completed by the spring, according to an "
        "executive of Harbor.\n\nAnn Pryce, a spokeswoman for Harbor, said the company was studying the timing."
    )
    said = _said(run(text))
    assert said[0] == (None, "an executive of Harbor")


def test_a_naming_verb_in_another_clause_names_nobody_for_the_description(run):
    # "which named Fizz": the report named Fizz, not the spokesman.
    text = (
        "Rumours of a takeover lifted shares in Patty's Inc, even after Fizz Co denied it was a suitor. Yet a "
        "Patty's spokesman said the company was aware of a magazine report which named Fizz as a buyer."
    )
    said = dict((m, n) for n, m in _said(run(text)))
    assert said["a Patty's spokesman"] is None


def test_one_of_a_group_then_the_singular_description_stays_unnamed(run):
    text = (
        "The government has postponed its plans to reform the economy, diplomats said. The resignation of party "
        "chief Wang Li in January slowed the work.\n\nOne of the country's top economists wrote in a newspaper "
        'last week that the delay was costly.\n\n"Where reform is bolder, shops are fuller," the economist said.'
    )
    assert _said(run(text))[-1] == (None, "the economist")


def test_an_office_re_names_the_person_just_named(run):
    # Elegant variation: the article never wrote "Sen. Sayles", but "The senator" opens the sentence after him.
    text = (
        "Bernard Sayles has invited nurses to testify before the committee next week. The senator has long called "
        'for more hospital funding.\n\n"Nurses know what is broken," the senator said.'
    )
    assert _said(run(text))[-1] == ("Bernard Sayles", "the senator")


def test_an_office_is_not_the_person_just_named_who_holds_another(run):
    text = (
        "President Tom Hale criticised Japan's trade policy on Monday, saying tariffs were coming.\n\n"
        '"We will respond in kind," the prime minister said in Tokyo.'
    )
    assert _said(run(text))[-1] == (None, "the prime minister")


def test_an_office_with_no_one_named_near_stays_unnamed(run):
    text = (
        "Heavy rain flooded the harbour town on Sunday, and hundreds of homes lost power.\n\n"
        '"We have never seen water this high," the mayor said.'
    )
    assert _said(run(text)) == [(None, "the mayor")]
