"""Round 24 (descriptions): a kind noun or a past office refers back to the body or person the article named with
that kind ("the airline" for "Coastal Air Lines", "the university" for "Northfield University", "the former
minister" for the man who "resigned as health minister"), and stays unnamed when nobody was named so; on short
articles written for them."""


def speakers(ex):
    return [(q.text[:20], q.speaker.name if q.speaker else None) for q in ex.quotes]


def test_the_airline_is_the_airline_named_before(run):
    ex = run(
        "Flights cancelled\n\nCoastal Air Lines cancelled 40 flights on Monday after a storm hit the coast.\n\n"
        'Passengers waited for hours. Jane Roe, a traveller, said she was "exhausted."\n\n'
        '"We apologise to our customers," the airline said in a statement.'
    )
    assert ("We apologise to our ", "Coastal Air Lines") in speakers(ex)


def test_the_company_is_not_the_analysts_firm(run):
    ex = run(
        "Brindle profits fall\n\nBrindle Widgets reported a loss on Thursday. Its shares fell 5 percent.\n\n"
        'Analysts had expected worse. "It is a tough market," said Ben Cole, an analyst at Harrow Partners.\n\n'
        '"We are confident in our plan," the company said.'
    )
    assert ("We are confident in ", "Brindle Widgets") in speakers(ex)


def test_the_company_is_a_name_the_article_treats_as_no_person(run):
    ex = run(
        "Toys recalled\n\nBrindle Widgets recalled 10,000 toys on Monday. The company's shares fell.\n\n"
        '"Safety comes first," the company said.'
    )
    assert ("Safety comes first,", "Brindle Widgets") in speakers(ex)


def test_the_company_is_never_a_person_referred_to_as_he(run):
    ex = run(
        "Shop closes\n\nOkonkwo Adeyemi closed his shop on Monday. He had run it for 30 years.\n\n"
        '"We could not pay the rent," the company said.'
    )
    assert ("We could not pay the", None) in speakers(ex)


def test_the_agency_is_the_service_named_before(run):
    ex = run(
        "Flood warning\n\nThe Regional Weather Service warned of floods on Monday.\n\nRivers rose fast.\n\n"
        '"Stay away from the water," the agency said.'
    )
    assert ("Stay away from the w", "Regional Weather Service") in speakers(ex)


def test_the_university_and_the_hospital_are_the_ones_named(run):
    ex = run(
        "Fees rise\n\nNorthfield University raised its fees by 4 percent.\n\nStudents protested outside.\n\n"
        '"Costs have gone up," the university said in a statement.'
    )
    assert ("Costs have gone up,", "Northfield University") in speakers(ex)
    ex = run(
        "Wards closed\n\nSt Brennan's Hospital closed two wards after an outbreak.\n\n"
        '"Patients are safe," the hospital said.'
    )
    assert ("Patients are safe,", "St Brennan's Hospital") in speakers(ex)


def test_the_hospital_nobody_named_stays_unnamed(run):
    ex = run('Outbreak\n\nTwo wards were closed after an outbreak.\n\n"Patients are safe," the hospital said.')
    assert ("Patients are safe,", None) in speakers(ex)


def test_the_former_minister_is_the_one_who_resigned(run):
    ex = run(
        "Minister resigns\n\nJohn Hart resigned as health minister on Monday after a row over funding.\n\n"
        "His successor, Mary Lane, took office on Tuesday.\n\n"
        '"I leave with my head held high," the former minister said.'
    )
    assert ("I leave with my head", "John Hart") in speakers(ex)


def test_a_spokesman_stays_unnamed(run):
    ex = run(
        "Factory fire\n\nA fire broke out at a factory owned by Brindle Widgets on Monday.\n\n"
        '"No one was hurt," a spokesman said.'
    )
    assert ("No one was hurt,", None) in speakers(ex)


def test_a_past_office_repeated_far_from_the_name_is_whom_its_first_use_meant(run):
    ex = run(
        "Poe enters race\n\nThis is not the welcome that businesswoman Ann Poe expected from her party.\n\n"
        "The former Dunmore mayor's campaign has struggled since it began in May.\n\n"
        '"She has no plan," said Tom Reed, a rival. Voters seem unsure.\n\n'
        "Her record on housing has drawn fire. In a speech last year, the former mayor argued that rents were "
        '"too low to build homes."'
    )
    assert [q.speaker.name if q.speaker else None for q in ex.quotes if "too low" in q.text] == ["Ann Poe"]


def test_a_past_office_nobody_was_tied_to_stays_unnamed(run):
    ex = run(
        "Port closed\n\nThe storm closed the port on Monday.\n\nShips waited offshore.\n\n"
        '"We have never seen waves like this," the former harbour master said.'
    )
    assert ("We have never seen w", None) in speakers(ex)


FILLER = "\n\nThe weather was mild. Crowds gathered early in the square. Many had travelled far.\n\n"


def test_a_lower_case_kind_is_never_a_name_of_its_own(run):
    ex = run(
        "Envoy summoned\n\nDunmark's Foreign Ministry summoned the ambassador on Monday."
        + FILLER
        + '"This is unacceptable," the foreign ministry said.'
    )
    assert ("This is unacceptable", "Dunmark's Foreign Ministry") in speakers(ex)
    ex = run(
        "Envoy summoned\n\nThe ambassador was summoned on Monday." + FILLER + '"No comment," the foreign ministry said.'
    )
    assert ("No comment,", None) in speakers(ex)


def test_the_ceo_is_the_chief_executive_named_before(run):
    ex = run(
        "Results\n\nBrindle chief executive Tom Carver unveiled the results on Monday."
        + FILLER
        + '"It was a strong year," the CEO said.'
    )
    assert ("It was a strong year", "Tom Carver") in speakers(ex)


def test_the_club_and_the_charity_are_the_bodies_named_before(run):
    ex = run(
        "Manager sacked\n\nDunmore Rovers sacked their manager on Sunday after a run of defeats."
        + FILLER
        + '"We thank him for his service," the club said.'
    )
    assert ("We thank him for his", "Dunmore Rovers") in speakers(ex)


def test_the_company_named_far_back_is_the_one_business_named(run):
    ex = run(
        "Brindle cuts jobs\n\nBrindle Widgets will cut 500 jobs, it said on Monday."
        + FILLER * 6
        + '"We regret this," the company said.'
    )
    assert ("We regret this,", "Brindle Widgets") in speakers(ex)


def test_a_past_office_taken_up_by_herself_is_no_man_named_before(run):
    ex = run(
        "Poe faces questions\n\nAnn Poe is running for governor.\n\n"
        'Her opponents have attacked her record. Tom Reed, a rival, called it "a vanity project."\n\n'
        'The former mayor defended herself on Tuesday. "I did what the city needed," the former mayor said.'
    )
    assert ("I did what the city ", "Tom Reed") not in speakers(ex)
