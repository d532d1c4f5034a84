"""Round 18: junk people and cut names in the people table (articles written for the tests)."""

from __future__ import annotations


def _people(ex):
    return {(p.name, p.kind) for p in ex.people if p.kind != "unnamed"}


def test_a_firms_short_name_after_its_trade_and_legal_suffix_is_the_firm(run):
    text = (
        "Harbour Petroleum Ltd said its 1986 net loss largely reflected the drop in oil prices.\n\n"
        "Harbour earlier reported a net loss of 17 mln dlrs. It said it should have received a tax credit.\n\n"
        "Harbour said the rise in revenue reflected full year sales of gas.\n"
    )
    ex = run(text)
    assert _people(ex) == {("Harbour Petroleum Ltd", "organisation")}
    assert {q.speaker.name for q in ex.quotes if q.speaker is not None} == {"Harbour Petroleum Ltd"}


def test_a_name_said_to_believe_it_in_a_partial_quotation_is_a_body(run):
    text = (
        "The French regulator has filed complaints against media giant Corvin Universal and its boss.\n\n"
        'Corvin has said it believes there is "no legal basis" for the complaints.\n'
    )
    ex = run(text)
    assert ("Corvin Universal", "organisation") in _people(ex)


def test_a_question_modal_or_an_adverb_opening_a_sentence_is_no_part_of_a_name(run):
    text = (
        "Millions of viewers will watch the debate tonight. Will Carla Brennan seem well prepared? "
        "Her rival has said little.\n\n"
        '"I am ready for anything," Brennan said on Monday.\n\n'
        "Soon Pardew will be gone from the council, and the new members can repeal his rules. "
        '"It was a good run," Pardew said.\n'
    )
    ex = run(text)
    names = {p.name for p in ex.people if p.kind == "person"}
    assert names == {"Carla Brennan", "Pardew"}


def test_a_party_to_a_lawsuit_capitalised_before_a_surname_is_a_role(run):
    text = (
        "The lawsuit filed by Jane Roe makes several claims against the developer Marcus Vell.\n\n"
        "Plaintiff Roe said she was afraid to go to the police.\n\n"
        '"We look forward to our day in court," said Ann Pike, a lawyer for Defendant Vell.\n'
    )
    ex = run(text)
    names = {p.name for p in ex.people if p.kind == "person"}
    assert "Plaintiff Roe" not in names and "Defendant Vell" not in names
    quote = next(q for q in ex.quotes if q.text.startswith("she was afraid"))
    assert quote.speaker is not None and quote.speaker.name == "Jane Roe"


def test_a_vietnamese_name_keeps_its_family_name_written_first(run):
    text = (
        'Nguyen Van Minh, a fisherman in the province, said the catch had fallen.\n\n"The sea is empty," Minh said.\n'
    )
    ex = run(text)
    assert {q.speaker.name for q in ex.quotes if q.speaker is not None} == {"Nguyen Van Minh"}


def test_a_legislators_party_and_state_is_no_person(run):
    text = (
        "Sen. Peter Lasko (D-Vt.) said the bill would fail.\n\n"
        'Rep. Anna Merz (R-Texas) disagreed. "It will pass," Merz said.\n'
    )
    ex = run(text)
    assert {p.name for p in ex.people if p.kind == "person"} == {"Peter Lasko", "Anna Merz"}


def test_the_people_of_a_country_or_region_are_no_person(run):
    text = (
        "The poll was released on Tuesday.\n\n"
        "Just 22 percent of Nordic Australians think the economy will improve, the pollster said.\n\n"
        "Northerners of all parties blamed the governor, Ray Mott said.\n"
    )
    ex = run(text)
    names = {p.name for p in ex.people if p.kind == "person"}
    assert not names & {"Nordic Australians", "Australians", "Northerners"}


def test_a_deity_named_in_a_story_takes_no_quotation(run):
    text = (
        "The memo told staff to avoid references to Jesus Christ at work.\n\n"
        '"It is extremely frustrating," the soldier said. "I have served for years."\n'
    )
    ex = run(text)
    assert all(p.name != "Christ" for p in ex.people)
