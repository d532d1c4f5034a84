"""Round 18: names cut at the wrong place (articles written for the tests)."""

from __future__ import annotations


def _speakers(ex):
    return [q.speaker.name if q.speaker is not None else None for q in ex.quotes if q.kind == "direct"]


def test_the_holder_named_after_an_offices_title_with_of_is_the_speaker(run):
    text = (
        "Budget row deepens\n\n"
        '"We will not accept this plan," said Speaker of the House Nora Pellham. "It is careless."\n\n'
        'Attorney for the District of Calder Jane Roe said: "Charges will follow."\n'
    )
    ex = run(text)
    assert _speakers(ex) == ["Nora Pellham", "Nora Pellham", "Jane Roe"]


def test_a_person_after_a_bodys_possessive_and_office_is_the_speaker(run):
    text = (
        "Fishing licences cut\n\n"
        '"Every boat must log each catch," said the Bureau of Fisheries\' licensing chief Ines Marrow. '
        '"Our towns deserve honest numbers."\n'
    )
    ex = run(text)
    assert _speakers(ex) == ["Ines Marrow", "Ines Marrow"]


def test_a_name_after_of_and_a_body_stays_the_person_before_of(run):
    text = (
        "Rates hold\n\n"
        '"Nothing has changed in the economy," said Tomas Brell of the Harwick Savings Bank. '
        '"We expect a quiet month."\n'
    )
    ex = run(text)
    assert _speakers(ex) == ["Tomas Brell", "Tomas Brell"]


def test_a_doubled_first_name_is_part_of_the_name(run):
    text = (
        "Harbour master to leave\n\n"
        "Bo Bo Tarrant, a former harbour master, is leaving her post.\n\n"
        'Tarrant told the Gazette: "I will take some time to think about what comes next."\n'
    )
    ex = run(text)
    assert _speakers(ex) == ["Bo Bo Tarrant"]
    assert [p.name for p in ex.people if p.kind == "person"] == ["Bo Bo Tarrant"]


def test_a_body_named_with_and_keeps_its_whole_name(run):
    text = (
        "Boat seized\n\n"
        'Wessex and Mercia Police confirmed a boat has been seized and "inquiries are ongoing".\n\n'
        "Jo Hale, a fisherman, said the harbour was quiet.\n"
    )
    ex = run(text)
    q = next(q for q in ex.quotes if q.kind == "partial")
    assert (q.speaker.name, q.speaker.kind) == ("Wessex and Mercia Police", "organisation")
    assert "Wessex" not in {p.name for p in ex.people}


def test_a_name_ending_in_a_bodys_word_is_the_body(run):
    text = (
        "Charity condemns attacks on market stalls\n\n"
        'Lumen Watch has condemned the "wholly shameful" damage done to stalls this month.\n'
    )
    ex = run(text)
    assert {(p.name, p.kind) for p in ex.people if p.kind != "unnamed"} == {("Lumen Watch", "organisation")}


def test_a_first_name_alone_before_and_and_a_force_is_the_forces_name(run):
    text = (
        "Riots in the port\n\n"
        "A line of riot police stood between them. Devon and Cornwall Police confirmed a police van has been "
        'damaged and "arrests are likely".\n'
    )
    ex = run(text)
    q = next(q for q in ex.quotes if q.kind == "partial")
    assert (q.speaker.name, q.speaker.kind) == ("Devon and Cornwall Police", "organisation")


def test_a_plural_possessive_inside_a_bodys_name_stays_in_it(run):
    text = (
        "Arrests rise\n\n"
        "There have been 378 arrests as the National Harbour Chiefs' Council warned the total was "
        '"expected to rise".\n'
    )
    ex = run(text)
    q = next(q for q in ex.quotes if q.kind == "partial")
    assert (q.speaker.name, q.speaker.kind) == ("National Harbour Chiefs' Council", "organisation")


def test_a_body_referred_back_to_by_its_word_before_of_is_that_body(run):
    text = (
        "Staff warned\n\n"
        'The Royal College of Boatmen (RCB) highlighted "horrific and unacceptable" abuse towards crews.\n\n'
        'The College urged crews to travel in groups "where possible" and to avoid areas of unrest.\n'
    )
    ex = run(text)
    names = [q.speaker.name for q in ex.quotes if q.speaker is not None]
    assert len(names) >= 2 and set(names) == {"Royal College of Boatmen"}
