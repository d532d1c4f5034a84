"""Trial 8's people findings (M2): a name with a middle initial is the same person as the full name without it;
"S and P" is a firm, never a person "S"; a person's descriptors come only from words tied to their own mention.
One short article written for each rule."""

from conftest import stored_people

INITIAL = (
    "Tariffs rise again\n\n"
    "Senator Walter Price said on Monday that the tariff bill would pass.\n\n"
    '"We have the votes," Walter K. Price told reporters in the Capitol.\n\n'
    'Price added that the other side "has run out of time".'
)

TWO_INITIALS = (
    "Two brothers\n\n"
    "John A. Harlow and John B. Harlow run the family firm.\n\n"
    '"We will not sell," said John A. Harlow. "Nor will I," said John B. Harlow.'
)

LETTERS = (
    "Ratings agency cuts outlook\n\n"
    "NEW YORK, March 3 - S and P said on Tuesday it had cut its outlook on the company's debt to negative.\n\n"
    '"The company\'s cash flow has weakened," S and P said in a statement.'
)

DESCRIBED = (
    "Party split deepens\n\n"
    "The party establishment abhors Mark Ellison and all he stands for, critics say.\n\n"
    'NYU professor Jane Roe said the rift "will not heal soon".'
)


def _named(ex, word: str):
    return [p for p in ex.people if p.name and word in p.name]


def test_middle_initial_and_lone_surname_join_the_full_name(run):
    ex = run(INITIAL)
    price = _named(ex, "Price")
    assert len(price) == 1
    texts = {m.text for m in price[0].mentions if m.kind == "name"}
    assert {"Walter Price", "Walter K. Price", "Price"} <= texts
    assert {q.speaker.name for q in ex.quotes if q.speaker} == {price[0].name}


def test_different_middle_initials_stay_two_people(run):
    ex = run(TWO_INITIALS)
    assert sorted(p.name for p in _named(ex, "Harlow")) == ["John A. Harlow", "John B. Harlow"]


def test_s_and_p_is_an_organisation_not_a_person_s(run):
    ex = run(LETTERS)
    assert not [p for p in ex.people if p.name == "S"]
    direct = next(q for q in ex.quotes if "cash flow" in q.text)
    assert direct.speaker is not None
    assert (direct.speaker.name, direct.speaker.kind) == ("S and P", "organisation")


def test_a_verb_before_a_name_is_no_descriptor(run):
    ex = run(DESCRIBED)
    (ellison,) = _named(ex, "Ellison")
    assert not [d for d in ellison.descriptors if "abhors" in d]
    (roe,) = _named(ex, "Roe")
    assert "professor" in " ".join(roe.descriptors)


def test_store_joins_a_middle_initial_across_articles(tmp_path):
    people = stored_people(tmp_path, ["Anna K. Berg", "Anna Berg", "Anna Berg"])
    assert people == [("Anna K. Berg", 3)]


def test_store_keeps_apart_names_whose_initials_differ(tmp_path):
    people = stored_people(tmp_path, ["George H. Lund", "George W. Lund", "George Lund"])
    assert sorted(n for n, _ in people) == ["George H. Lund", "George Lund", "George W. Lund"]


def test_a_plural_noun_before_a_name_describes_no_one_person(run):
    ex = run('The dancers Ann Roe and Tom Ash rehearsed all week. "We are ready," Ann Roe said.')
    (roe,) = _named(ex, "Roe")
    assert not [d for d in roe.descriptors if "dancers" in d]
