"""Round 18, names: one surname spelt two ways in one article (romanisation, accents) is one person;
two families whose surnames are alike stay apart. Short articles written for each rule."""

from conftest import speakers


def test_romanised_first_name_spelt_two_ways_is_one_person(run):
    text = (
        "Boxing promoter Mohammed Salah Karim said the bout would go ahead.\n\n"
        '"We are ready," Muhammad Salah Karim said.'
    )
    ex = run(text)
    assert speakers(ex) == ["Mohammed Salah Karim"]
    assert len([p for p in ex.people if p.kind == "person"]) == 1


def test_titled_surname_in_another_romanisation_joins_the_full_name(run):
    text = (
        "Trade minister Rajesh Chaturvedi opened the fair on Monday.\n\n"
        '"There is room for partners here," said Mr Chaturvedy.'
    )
    assert speakers(run(text)) == ["Rajesh Chaturvedi"]


def test_dropped_h_of_a_romanised_surname_joins(run):
    text = 'Pranav Mukherjee chaired the panel.\n\n"We have waited long enough," said Dr Mukerjee.'
    assert speakers(run(text)) == ["Pranav Mukherjee"]


def test_surname_without_its_accent_joins_the_accented_full_name(run):
    text = 'The poet Ada Limón read at the fair.\n\n"Poems can hold a moment," Limon said.'
    assert speakers(run(text)) == ["Ada Limón"]


def test_alike_short_surnames_stay_two_families(run):
    text = (
        "Jane Smith and Tom Smyth run rival bakeries on the high street.\n\n"
        '"Our bread is better," Tom Smyth said.\n\n'
        '"We bake at dawn," Jane Smith said.'
    )
    assert speakers(run(text)) == ["Tom Smyth", "Jane Smith"]


def test_different_surnames_of_one_skeleton_length_stay_apart(run):
    text = 'Ellen Johnson and Mark Johnston both sit on the council.\n\n"The budget is sound," Johnston said.'
    assert speakers(run(text)) == ["Mark Johnston"]


def test_two_named_people_as_one_subject_are_one_speaker_named_for_both(run):
    text = (
        "Anna Berg and Tom Reyes met in Oslo on Monday.\n\n"
        'Berg and Reyes said: "The talks were useful and frank."\n\n'
        '"We share your grief," Berg and Reyes wrote to the families.\n'
    )
    ex = run(text)
    assert speakers(ex) == ["Anna Berg and Tom Reyes", "Anna Berg and Tom Reyes"]
    assert ex.quotes[0].speaker.gender == "plural"


def test_one_named_subject_beside_an_object_stays_one_person(run):
    text = 'Anna Berg met Tom Reyes in Oslo.\n\nBerg said the talks had been "useful and frank".\n'
    assert speakers(run(text)) == ["Anna Berg"]


def test_a_body_described_by_its_kind_is_not_the_last_body_named(run):
    text = (
        '"No comment," a company spokesman told Reuters.\n\n'
        'The ambulance service said it was "stretched" all weekend.\n'
    )
    ex = run(text)
    quote = next(q for q in ex.quotes if "stretched" in q.text)
    assert quote.speaker is None or quote.speaker.name is None


def test_a_body_described_by_its_kind_joins_the_body_named_with_it(run):
    text = (
        "Officials at the Greater Valley Ambulance Service met on Monday.\n\n"
        'The ambulance service said it was "stretched" all weekend.\n'
    )
    ex = run(text)
    quote = next(q for q in ex.quotes if "stretched" in q.text)
    assert quote.speaker.name == "Greater Valley Ambulance Service"


def test_full_name_without_its_accents_is_the_same_person(run):
    text = 'Mayor José Pérez spoke on Monday.\n\n"We will not pay," Jose Perez said.\n\n"Never," said Pérez.\n'
    ex = run(text)
    assert speakers(ex) == ["José Pérez", "José Pérez"]
    assert len([p for p in ex.people if p.kind == "person"]) == 1
