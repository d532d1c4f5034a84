"""Descriptions the text ties to a name (issue 11, kind 3), each on a short article written for it: a royal
title before a name, a role noun the tagger reads as a verb, "the younger/elder X" in a family the text
relates, an apposition after a relative clause, a description with a name as its owner. A description
resolves only to someone the text gives that role; when nothing ties it, the older behaviour stays."""


def _said(ex) -> list[tuple[str | None, str | None]]:
    return [
        (q.speaker.name if q.speaker else None, q.speaker_mention.text if q.speaker_mention else None)
        for q in ex.quotes
    ]


def test_a_royal_title_read_as_part_of_the_name_still_makes_a_person(run):
    text = (
        "Monarchs marked the new year. The mood was typified by Denmark's Queen Ingrid II, who said the year "
        'brought "more trials than most". The Queen also spoke of faith. "We need our faith more than ever," '
        "the Queen said."
    )
    said = _said(run(text))
    assert said[-1] == ("Queen Ingrid II", "the Queen")
    assert said[0][0] == "Queen Ingrid II"


def test_a_role_noun_tagged_as_a_verb_before_a_name_describes_that_person(run):
    # The tagger reads "architect" in "the residence that architect Omar Bellweather ... created" as a verb.
    text = (
        "Few houses in the valley look like this one. In the context of the extraordinary desert residence that "
        "architect Omar Bellweather and decorator Ines Fairbanks created for Joann and Paul Lindqvist, the old "
        'references make sense.\n\n"I used limestone for the courtyard and most of the walls," the architect says.'
    )
    assert _said(run(text)) == [("Omar Bellweather", "the architect")]


def test_the_younger_of_a_family_is_the_child_the_text_names(run):
    text = (
        "Harold Vantongeren, a school board member, said he would not resign. His comments drew a rebuke from his "
        "own son Peter, who runs the family's building firm. The younger Vantongeren called the statements "
        '"disrespectful and absolutely unnecessary."'
    )
    said = _said(run(text))
    # The son takes the family name the description gives him.
    assert said[-1] == ("Peter Vantongeren", "The younger Vantongeren")


def test_the_younger_and_the_elder_by_the_ages_the_text_gives(run):
    text = (
        "Tom Brisco, 70, and his son Carl Brisco, 41, run the family farm together. "
        '"We will keep the farm going whatever the price of milk," the younger Brisco said. '
        '"I have seen worse years than this one," the elder Brisco said.'
    )
    assert [name for name, _ in _said(run(text))] == ["Carl Brisco", "Tom Brisco"]


def test_the_younger_with_no_family_tie_keeps_the_person_named(run):
    # Nothing tells two Bristows apart: the family name alone still finds the one person it names.
    text = 'Ann Bristow opened the bakery in 1990. "We bake every night," the younger Bristow said.'
    assert _said(run(text)) == [("Ann Bristow", "the younger Bristow")]


def test_an_apposition_after_a_relative_clause_names_the_description(run):
    text = (
        "Harold Vantongeren, 70, ran for governor in 2010 as a Republican. The Democrat who defeated him, "
        'Gov. Lena Marsh, called the comments "racist, ugly and reprehensible."'
    )
    assert _said(run(text)) == [("Lena Marsh", "The Democrat")]


def test_a_description_owned_by_a_name_takes_the_apposition_after_it(run):
    # "Trump's Ohio state director" holds a name as its owner; it is no name itself.
    text = (
        "Kathy Hiller resigned from the campaign on Friday. Of course Trump's Ohio state director, Bob Ladunchik "
        'stressed that "her comments were not reflective of the campaign" in a statement.'
    )
    assert _said(run(text)) == [("Bob Ladunchik", "Trump's Ohio state director")]


def test_a_party_word_before_a_name_ties_the_party_description(run):
    # Brisco is named more often; "the Democrat" is the one the text calls a Democrat, as noun or adjective.
    for party in ("Democrat Lena Marsh", "Democratic Gov. Lena Marsh"):
        text = (
            f"{party} and Republican Tom Brisco met in the first debate on Tuesday. Brisco spoke about taxes for "
            'an hour, and Brisco took questions. "We will protect every school in this state," the Democrat said.'
        )
        assert _said(run(text)) == [("Lena Marsh", "the Democrat")], party


def test_a_people_noun_finds_the_person_given_that_nationality(run):
    # "the Dutchwoman", "the Briton": the nationality the text gave before a name, not an organisation.
    for nationality, noun in (("Dutch", "Dutchwoman"), ("British", "Briton")):
        text = (
            f"The talks were led by {nationality} diplomat Anke Rowe and Mark Olsen of Norway. Olsen spoke first, "
            f'and Olsen spoke last. "We are close to a deal," the {noun} said.'
        )
        assert _said(run(text)) == [("Anke Rowe", f"the {noun}")], noun


def test_the_same_words_given_to_a_name_tie_a_description(run):
    # A caption gives the words to a name; the body gives them, and more, to a description.
    text = (
        "\u201cI will sleep well at the end of all this,\u201d Gary Jonsen said. | Getty\n\n"
        "Gary Jonsen said the race would be close and shrugged off the notion that he could play spoiler.\n\n"
        "\u201cI will sleep well at the end of all this, giving people a first vote, not a second vote,\u201d the "
        "Libertarian contender said Sunday on a morning show. \u201cPeople are tired of both parties.\u201d"
    )
    said = _said(run(text))
    assert said[-2:] == [("Gary Jonsen", "the Libertarian contender")] * 2


def test_a_short_phrase_said_twice_ties_nobody(run):
    # "very sad" is too short to be the same quotation: the description stays unnamed.
    text = (
        '"Very sad day," Gary Jonsen said on Monday.\n\n'
        'The storm closed the port for a week. "Very sad day," the harbour master said.'
    )
    said = _said(run(text))
    assert said[0][0] == "Gary Jonsen"
    assert said[-1] == (None, "the harbour master")


def test_a_role_without_an_article_after_a_name_ties_the_description(run):
    # Brisco is named more often; "the mayor" / "the architect" is the one the text gave that role.
    for given, role, words in (
        ("Lena Marsh, mayor of Dunmore,", "mayor", "We need more libraries"),
        ("Lena Marsh was the architect of the new library, and she", "architect", "I used limestone"),
    ):
        text = (
            f"{given} met Tom Brisco on Friday. Brisco spoke at the opening, and Brisco cut the ribbon. "
            f'"{words}," the {role} said.'
        )
        assert _said(run(text)) == [("Lena Marsh", f"the {role}")], role


def test_a_word_that_is_no_role_after_a_name_ties_nothing(run):
    # "Lena Marsh, however," gives her no role: "the mayor" stays someone the article never named. (No one is named
    # in the sentence before the quotation: there an office may re-name the person just named, as in
    # test_descriptions_carried.)
    text = (
        "Lena Marsh, however, met Tom Brisco on Friday. The new library opened at noon. "
        '"We need more libraries," the mayor said.'
    )
    assert _said(run(text)) == [(None, "the mayor")]


def test_an_inverted_cue_with_an_owned_description_takes_the_name_in_apposition(run):
    # "said the X's role, Name": the possessive belongs to the description, and the apposition names the speaker.
    text = (
        "The ferry line dropped its winter timetable on Friday. "
        '"Nobody will be stranded this season," said the company\'s operations director, Lidia Marchetti.'
    )
    assert _said(run(text)) == [
        ("Lidia Marchetti", "the company's operations director, Lidia Marchetti"),
    ]


def test_an_inverted_cue_with_a_described_witness_takes_the_name_in_apposition(run):
    text = (
        "The inquiry heard from two officials on Tuesday. "
        '"The money was held back on purpose," said a second witness in the inquiry, former treasury adviser '
        "Oskar Lindqvist."
    )
    assert _said(run(text))[0][0] == "Oskar Lindqvist"


def test_a_country_the_tagger_ran_into_a_name_after_envoy_to_stays_the_roles(run):
    # The tagger reads "Hungary Klaus Rieder" / "Venezuela Walter Haskins" as one organisation; the country is the
    # envoy's posting, and the rest a man's full name.
    for country, name in (("Hungary", "Klaus Rieder"), ("Venezuela", "Walter Haskins")):
        surname = name.split()[1]
        text = (
            f"Another diplomat, former special envoy to {country} {name}, shifted his account on Tuesday. "
            f'"I was never told about the deal," {surname} said.'
        )
        speaker = run(text).quotes[0].speaker
        assert (speaker.name, speaker.kind) == (name, "person")


def test_a_capitalised_title_between_a_body_and_a_name_makes_the_name_the_speaker(run):
    text = (
        "The regulator met the utilities on Friday. In a letter sent before the meeting, CPUC President Alma "
        'Reyes said that "a week without power is not a mere inconvenience." She said the firms must act.'
    )
    speaker = run(text).quotes[0].speaker
    assert speaker is not None and (speaker.name, speaker.kind) == ("Alma Reyes", "person")


def test_a_role_given_by_a_verb_of_appointment_ties_the_description(run):
    text = (
        "Lidia Marchetti became chief executive of the ferry line in 2021. The company lost money last year. "
        '"We will be profitable by June," the chief executive said.'
    )
    assert _said(run(text))[-1] == ("Lidia Marchetti", "the chief executive")
