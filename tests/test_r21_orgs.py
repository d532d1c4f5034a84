"""Round 21 (orgs): "the company", "the firm", "the group" refer back to the business the article named before it
without a designator ("Acme Widgets announced ... the company said"), on short articles written for them."""


def speakers(ex):
    return [(q.text[:20], q.speaker.name if q.speaker else None) for q in ex.quotes]


def test_the_company_is_the_business_named_before(run):
    ex = run(
        "Widget maker cuts jobs\n\nBrindle Widgets announced on Tuesday that it would close its factory in Hull.\n\n"
        '"This was a difficult decision, taken after months of review," the company said in a statement.'
    )
    assert ("This was a difficult", "Brindle Widgets") in speakers(ex)


def test_the_firm_is_the_business_that_spoke_last(run):
    ex = run(
        "Airline results\n\nSkyhop said on Monday that profits rose by a fifth. Carrow Air, its rival, has struggled."
        "\n\nSkyhop said it expected fares to fall.\n\n"
        '"We are confident about the year ahead," the firm said.'
    )
    assert ("We are confident abo", "Skyhop") in speakers(ex)


def test_the_company_is_no_state_body(run):
    ex = run(
        "Factory closes\n\nThe Trade Department said on Monday that it was monitoring the closure.\n\n"
        '"We regret the loss of these jobs," the company said.'
    )
    assert ("We regret the loss o", None) in speakers(ex)


def test_the_parent_company_is_another_business(run):
    ex = run(
        "Brand sold\n\nBrindle Widgets said it had sold its toy brand.\n\n"
        '"The sale lets us focus on our core business," the parent company said.'
    )
    assert ("The sale lets us foc", None) in speakers(ex)


def test_the_union_is_the_body_given_that_kind_in_apposition(run):
    ex = run(
        "Strike called\n\nFerrow, the union representing the drivers, called the offer an insult.\n\n"
        '"Our members deserve better than this," the union said.'
    )
    assert ("Our members deserve ", "Ferrow") in speakers(ex)


def test_the_club_is_the_body_named_after_its_kind(run):
    ex = run(
        "Manager sacked\n\nThe football club Dunmore Rovers sacked its manager on Sunday after a run of defeats.\n\n"
        '"We thank him for his service," the club said.'
    )
    assert ("We thank him for his", "Dunmore Rovers") in speakers(ex)


def test_a_spokesman_for_a_named_person_is_someone_else(run):
    ex = run(
        "Minister quits\n\nTransport minister Rob Kellaway resigned on Friday after a week of pressure.\n\n"
        'A spokesman for Mr Kellaway said: "He has done nothing wrong."\n\n'
        "The spokesman for the Prime Minister said Kellaway had made the right decision."
    )
    found = speakers(ex)
    assert ("He has done nothing ", None) in found
    assert ("Kellaway had made th", None) in found


def test_a_role_set_off_before_a_name_ties_a_later_description(run):
    for opening in ("Brindle's chief executive, Tom Carver,", "The chief executive of Brindle, Tom Carver,"):
        ex = run(
            f"Boss defends pay\n\n{opening} has defended a pay rise for senior staff.\n\n"
            "Shareholders criticised the rise at the annual meeting on Monday.\n\n"
            '"Our managers have delivered record results," the group\'s chief executive said.'
        )
        assert ("Our managers have de", "Tom Carver") in speakers(ex), opening


GIRL = (
    "Girl's speech moves council\n\nDozens of residents spoke at the council meeting on Monday about the shooting.\n\n"
    "But none of them stood out quite as much as a young girl.\n\n"
    "{next}\n\n"
    '"I never felt this way until now," the grade-school girl said, wiping away tears.'
)


def test_a_girl_brought_in_then_named_is_that_named_girl(run):
    ex = run(GIRL.format(next="Zianna Roberts, her hair done up in braids, spoke about the stress on children."))
    assert ("I never felt this wa", "Zianna Roberts") in speakers(ex)


def test_a_girl_brought_in_and_never_named_stays_unnamed(run):
    ex = run(GIRL.format(next="Council leader Tom Bellamy said the meeting had run late into the night."))
    assert ("I never felt this wa", None) in speakers(ex)
