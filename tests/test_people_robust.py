"""People and speakers on kinds a new user found wrong by hand (issue 11): each on a short article written here."""

from conftest import speakers


def _speaker_kinds(ex) -> list[tuple[str | None, str | None]]:
    return [(q.speaker.name, q.speaker.kind) if q.speaker else (None, None) for q in ex.quotes]


def test_inverted_cue_names_the_speaker_not_the_appositions_possessor(run):
    text = (
        "The actor Ossie Davis has died in Miami at the age of 87. Davis starred in dozens of films.\n\n"
        '"He was a giant of the stage and a gentle friend," added Bert Ramsey, Davis\'s co-star in two films.'
    )
    assert speakers(run(text)) == ["Bert Ramsey"]


def test_a_person_entity_run_across_a_sentence_end_keeps_the_second_name(run):
    # The tokenizer keeps "X." one word, so the tagger runs "Malcolm X. Zainab Habtoor" into one entity.
    text = (
        "The actor Ned Corley died in Miami at 87. He starred in several films by director Spike Lee, "
        "including Malcolm X. Zainab Habtoor, the daughter of activist Malcolm X, recalled the eulogy "
        "delivered by Corley at her father's funeral. \"Harlem has come to bid farewell to one of its "
        'finest hopes," she said.'
    )
    ex = run(text)
    assert "Zainab Habtoor" in [p.name for p in ex.people]
    assert speakers(ex) == ["Zainab Habtoor"]


def test_name_of_organisation_names_the_person_and_describes_them_by_the_organisation(run):
    text = (
        "Coffee prices fell sharply on Monday after the talks collapsed.\n\n"
        '"The market is oversupplied and buyers are waiting," Bronwyn Curtis of Landell Mills '
        "Commodities Studies said.\n\n"
        'CPUC President Marybel Batjer said that "lack of service is not acceptable" to customers.'
    )
    ex = run(text)
    assert speakers(ex) == ["Bronwyn Curtis", "Marybel Batjer"]
    curtis = next(p for p in ex.people if p.name == "Bronwyn Curtis")
    assert curtis.kind == "person"
    assert any("Landell Mills Commodities Studies" in d for d in curtis.descriptors)
    assert not any(p.name and "Studies" in p.name and p.kind == "person" for p in ex.people)


def test_quotes_someone_as_saying_names_the_one_quoted_not_the_outlet(run):
    text = (
        "The White House is weighing new sanctions against the regime.\n\n"
        'The Post quotes a senior administration official as saying "we will not wait much longer."'
    )
    ex = run(text)
    quote = next(q for q in ex.quotes if q.text.startswith("we will"))
    assert quote.speaker is not None and quote.speaker.kind == "unnamed"
    assert "official" in quote.speaker.descriptors[0]


def test_outlets_are_never_persons(run):
    text = 'Sanctions loom over the region.\n\n"We will act soon," said TMZ, citing sources close to the family.'
    ex = run(text)
    assert _speaker_kinds(ex) == [("TMZ", "organisation")]
    assert not any(p.kind == "person" for p in ex.people)


def test_a_country_the_tagger_took_for_a_person_is_an_organisation_like_source(run):
    text = (
        'KATHMANDU (Reuters) - Mountainous Nepal says it has "no proof" of the climber\'s death.\n\n'
        "Officials in Costa Rica said they had not been asked to help."
    )
    ex = run(text)
    nepal = next(q for q in ex.quotes if "no proof" in q.text)
    assert nepal.speaker is not None and (nepal.speaker.name, nepal.speaker.kind) == ("Nepal", "organisation")
    persons = [p.name for p in ex.people if p.kind == "person"]
    assert not any(n and ("KATHMANDU" in n or "Nepal" in n or "Costa" in n) for n in persons)


def test_a_country_that_is_also_a_first_name_does_not_unname_a_person(run):
    text = '"We played as a team tonight," Michael Jordan said after the game.'
    assert speakers(run(text)) == ["Michael Jordan"]


def test_an_office_resolves_only_to_the_person_the_article_gave_it(run):
    text = (
        'Bernie Sanders said last week that America should help Greece. "They need time," Sanders said.\n\n'
        "Greece's finance minister met European officials on Monday.\n\n"
        'The minister, speaking on Greek television, said: "We will not accept new cuts."'
    )
    ex = run(text)
    quote = next(q for q in ex.quotes if q.text.startswith("We will not"))
    assert quote.speaker is not None and quote.speaker.kind == "unnamed"
    assert quote.confidence < 0.9
    assert next(p for p in ex.people if p.name == "Bernie Sanders").descriptors == []


def test_an_office_the_article_gave_a_person_resolves_to_that_person(run):
    text = (
        "Finance Minister Yanis Kourakis met European officials on Monday, and the opposition leader "
        "Maria Dane criticised him.\n\n"
        'The minister, speaking on Greek television, said: "We will not accept new cuts."'
    )
    ex = run(text)
    quote = next(q for q in ex.quotes if q.text.startswith("We will not"))
    assert quote.speaker is not None and quote.speaker.name == "Yanis Kourakis"


def test_a_surname_with_an_apostrophe_stays_whole_and_joins_the_first_name(run):
    text = (
        "Lupita Nyong'o won the award for best actress on Sunday night.\n\n"
        '"I am so grateful to everyone who believed in me," Lupita said.'
    )
    ex = run(text)
    assert speakers(ex) == ["Lupita Nyong'o"]
    assert [p.name for p in ex.people if p.kind == "person"] == ["Lupita Nyong'o"]


def test_a_bare_plural_group_is_an_unnamed_source_not_the_prominent_person(run):
    text = (
        "The singer Arlo Venn was found dead in his hotel room in Denver, where he was recording an album. "
        "Police said that he appeared to have died of natural causes.\n\n"
        'Traders said the market would "recover within weeks".'
    )
    ex = run(text)
    assert [(q.speaker.kind, q.speaker.descriptors[:1]) for q in ex.quotes if q.speaker] == [
        ("unnamed", ["Police"]),
        ("unnamed", ["Traders"]),
    ]
    assert next(p for p in ex.people if p.name == "Arlo Venn").descriptors == ["singer"]
