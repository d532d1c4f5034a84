"""Round 14 (trial13 F8): places and publications made people. A town after an age in an apposition ("Name, 30, of
Town") is where the person lives; a name right after a noun for a publication ("the weekly Der Spiegel") is the
outlet. One short article written for each rule."""


def test_town_after_an_age_is_no_person(run):
    ex = run(
        "Four people were charged on Tuesday: Ann Roe, 68, of Torrance; Tim Moss, 30, of Dedham; and "
        'Jo Lake, 41, of Cambridge. "We will fight this," Moss said.'
    )
    assert not any(p.name == "Dedham" for p in ex.people)
    assert any(p.name == "Tim Moss" and p.kind == "person" for p in ex.people)


def test_name_after_a_publication_noun_is_an_outlet(run):
    ex = run("The German weekly Der Spiegel said the loss was large. The budget will be cut again next year.")
    assert not any(p.kind == "person" and p.name and "Spiegel" in p.name for p in ex.people)


def test_name_after_a_daily_is_an_outlet(run):
    ex = run("The French daily Le Monde reported that the talks had failed, and ministers met again on Friday.")
    assert not any(p.kind == "person" and p.name and "Monde" in p.name for p in ex.people)


def test_person_after_a_paper_role_stays_a_person(run):
    # A role noun comes between the publication noun and the name: "newspaper editor Tom Hale" is a person.
    ex = run('The newspaper editor Tom Hale said the story was true. "We checked every line," Hale said.')
    assert any(p.name == "Tom Hale" and p.kind == "person" for p in ex.people)
