"""Round 22 (named): a body's head noun ("the force", "the ministry", "the department") names the body the article
gave before it, in its "of" form too ("Ministry of Health"); "The 29-year-old wrote" has its subject although the
parser hangs the article on the verb. Short articles written for them."""


def speakers(ex):
    return [(q.text[:20], q.speaker.name if q.speaker else None) for q in ex.quotes]


def test_the_force_is_the_police_body_named_before(run):
    ex = run(
        "Man hurt in attack\n\nHarwick Police were called to the High Street shortly after midnight on Saturday.\n\n"
        '"Officers found a man with serious injuries," the force said.'
    )
    assert ("Officers found a man", "Harwick Police") in speakers(ex)


def test_the_force_is_a_constabulary(run):
    ex = run(
        "Appeal after crash\n\nOfficers from Fenshire Constabulary closed the road for six hours on Sunday.\n\n"
        '"We are appealing for witnesses to come forward," the force added.'
    )
    assert ("We are appealing for", "Fenshire Constabulary") in speakers(ex)


def test_the_force_is_no_council(run):
    ex = run(
        "Road closed\n\nBarlow City Council closed the bridge on Monday after a crash.\n\n"
        '"Inquiries are continuing," the force said.'
    )
    assert ("Inquiries are contin", None) in speakers(ex)


def test_the_ministry_is_the_ministry_named_in_its_of_form(run):
    ex = run(
        "Cases rise\n\nThe Ministry of Health in Varnia reported 12 new cases on Monday.\n\n"
        '"The situation is under control," the ministry said in a statement.'
    )
    assert ("The situation is und", "Ministry of Health") in speakers(ex)


def test_the_department_is_the_department_of_something(run):
    ex = run(
        "New farm rules\n\nThe Department of Agriculture announced new rules for dairy farms on Tuesday.\n\n"
        '"Farmers will benefit from the change," the department added.'
    )
    assert ("Farmers will benefit", "Department of Agriculture") in speakers(ex)


def test_the_aged_subject_of_wrote_is_the_person_named_before(run):
    ex = run(
        "Star engaged\n\nReality star Kim Vale has announced her engagement to footballer Ryan Holt.\n\n"
        'The 29-year-old wrote on Instagram: "I said yes! Best day of my life."'
    )
    assert ("I said yes! Best day", "Kim Vale") in speakers(ex)


def test_a_role_before_the_apposed_name_is_passed_over(run):
    ex = run(
        "March in Newcastle\n\nHundreds joined the march on Saturday.\n\n"
        'Fellow protester, mechanical engineer Richard Weir, 60, from Tynemouth, said: "I started out in the yards."'
    )
    assert ("I started out in the", "Richard Weir") in speakers(ex)


def test_an_apposed_name_with_post_nominal_letters(run):
    ex = run(
        "Graves damaged\n\nGraves in Harwick cemetery were damaged on Sunday.\n\n"
        "The Leader of Harwick Council, Councillor Tom Brenner MBE, has issued a statement: "
        '"We are working with the police."'
    )
    assert ("We are working with ", "Tom Brenner") in speakers(ex)


def test_a_kin_description_is_the_one_relative_named(run):
    ex = run(
        "Album praised\n\nDonna Hale has praised the new album by her son's girlfriend.\n\n"
        'Speaking in Las Vegas, Travis Hale\'s mom said: "I listened to the whole album."'
    )
    assert ("I listened to the wh", "Donna Hale") in speakers(ex)


def test_a_kin_description_with_two_candidates_stays_unnamed(run):
    ex = run(
        "Family speaks\n\nEric Vance and Mark Vance both attended the hearing on Monday.\n\n"
        'Outside court, Paul Vance\'s son said: "We want the truth."'
    )
    assert ("We want the truth.", None) in speakers(ex)


def test_a_kin_description_is_never_a_relative_of_the_other_sex(run):
    ex = run(
        "Family speaks\n\nJohn Vance attended the hearing on Monday.\n\n"
        'Outside court, Paul Vance\'s sister said: "We want the truth."'
    )
    assert ("We want the truth.", None) in speakers(ex)


def test_the_agency_is_the_body_named_by_its_acronym(run):
    ex = run(
        "New limits\n\nThe EPA proposed new limits on factory soot on Tuesday.\n\n"
        '"The rule protects children," the agency said.'
    )
    assert ("The rule protects ch", "EPA") in speakers(ex)


def test_the_commission_is_no_acronym_without_its_initial_or_a_title(run):
    ex = run(
        "Chief quits\n\nThe CEO of Acme resigned on Monday as GDP fell.\n\n"
        '"We have opened an inquiry," the commission said.'
    )
    assert ("We have opened an in", None) in speakers(ex)


def test_the_ministry_never_takes_a_word_from_the_paragraph_before(run):
    ex = run(
        "Missile strike\n\nVarnia had vowed to strike back for an attack Friday\n\n"
        "Varnia's Defence Ministry on Sunday confirmed the strike. "
        'The ministry added that "all targets were hit."'
    )
    names = [n for _, n in speakers(ex) if n]
    assert names and all("Friday" not in n for n in names)


def test_the_post_is_by_whoever_posted_in_the_sentence_before(run):
    ex = run(
        "Vote lost\n\nSenator Tom Blake posted a video on X after the vote.\n\n"
        '"This is a dark day for the state," the post said.'
    )
    assert ("This is a dark day f", "Tom Blake") in speakers(ex)


def test_it_after_a_shared_statement_is_the_statement_s_author(run):
    ex = run(
        "Actor steps back\n\nSenator Tom Blake posted a video on X after the vote.\n\n"
        '"This is a dark day for the state," the post said.\n\n'
        'Actor Dan Pierce shared a statement on Instagram. It read: "I am taking a break."'
    )
    assert ("I am taking a break.", "Dan Pierce") in speakers(ex)


def test_the_researchers_are_the_two_named_as_the_subject_before(run):
    ex = run(
        "Prices and mood\n\nResearchers Anna Berg and Tom Lind studied 400 households over ten years. "
        '"Prices matter less than people think," the researchers wrote.'
    )
    assert ("Prices matter less t", "Anna Berg and Tom Lind") in speakers(ex)


def test_the_researchers_with_no_pair_named_stay_unnamed(run):
    ex = run(
        "Prices and mood\n\nAnna Berg studied 400 households over ten years. "
        '"Prices matter less than people think," the researchers wrote.'
    )
    assert ("Prices matter less t", None) in speakers(ex)
