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


def test_named_subject_the_report_calls_it_is_an_organisation(run):
    ex = run("Black Spider said it had stopped the sale of a million copies. The shops were closed on Monday.")
    spider = [p for p in ex.people if p.name == "Black Spider"]
    assert spider and all(p.kind == "organisation" for p in spider)


def test_its_opening_the_next_sentence_makes_an_organisation(run):
    ex = run("Brindle Vault said profits rose sharply last year. Its shares climbed 4 percent on Monday.")
    assert not any(p.kind == "person" and p.name and "Brindle" in p.name for p in ex.people)


def test_person_whose_report_has_a_copular_it_stays_a_person(run):
    # "said it was a mistake": "it" is the matter of the report, not the speaker.
    ex = run('Tim Moss said it was a mistake to close the school. "We will fight on," Moss said.')
    assert any(p.name == "Tim Moss" and p.kind == "person" for p in ex.people)


def test_person_with_a_first_name_stays_a_person_after_it(run):
    ex = run("Dana Whitfield said it had taken the council ten years to act. The vote was held on Monday.")
    assert any(p.name == "Dana Whitfield" and p.kind == "person" for p in ex.people)


def test_firm_name_with_listed_partners_keeps_them(run):
    # A firm's registered name lists partners with commas before "and" and ends in "Ltd": it is not cut to its tail.
    ex = run('Sam Kerr is a director of Hollis, Grant and Webb Ltd. "We are deeply disappointed," the company said.')
    spoken = [q.speaker.name for q in ex.quotes if q.speaker is not None]
    assert spoken == ["Hollis, Grant and Webb Ltd"]


def test_firm_name_without_and_takes_no_words_before_the_comma(run):
    ex = run('Sales fell at Dorset, Acme Widgets Ltd reported. "Orders are down," the company said.')
    assert all(q.speaker is None or q.speaker.name != "Dorset, Acme Widgets Ltd" for q in ex.quotes)
