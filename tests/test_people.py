"""People: names, surnames, case variants, descriptions, ages, pronouns."""

from conftest import speakers


def test_surname_and_lower_case_variant_resolve_to_full_name(run):
    text = (
        "Singer John Legend married Chrissy Teigen in 2013.\n\n"
        '"It was the best day," Legend said.\n\n'
        "Husband John legend also posted a photo.\n\n"
        '"Love you," he wrote.'
    )
    ex = run(text)
    assert speakers(ex) == ["John Legend", "John Legend"]
    names = [p.name for p in ex.people]
    assert names.count("John Legend") == 1


def test_description_resolves_to_the_person_with_that_age(run):
    text = (
        "Dana Reyes, 34, and her brother Sam Reyes, 41, opened a bakery.\n\n"
        '"We bake every night," the 41-year-old said.'
    )
    ex = run(text)
    assert speakers(ex) == ["Sam Reyes"]
    dana = next(p for p in ex.people if p.name == "Dana Reyes")
    assert dana.age == 34


def test_role_noun_description_and_descriptors(run):
    text = (
        "Chef Nora Ellis opened her third restaurant on Friday.\n\n"
        "The 52-year-old chef said the menu was new.\n\n"
        '"It took a year," the chef added.'
    )
    ex = run(text)
    assert speakers(ex) == ["Nora Ellis"]
    nora = next(p for p in ex.people if p.name == "Nora Ellis")
    assert nora.age == 52
    assert any("chef" in d for d in nora.descriptors)


def test_gender_from_the_text_and_pronoun_resolution(run):
    text = (
        "Tom Baker met Anna Berg in Paris. She had flown in from Oslo.\n\n"
        '"It was a long trip," she said.\n\n'
        '"I was glad to see her," he said.'
    )
    ex = run(text)
    assert speakers(ex) == ["Anna Berg", "Tom Baker"]
    anna = next(p for p in ex.people if p.name == "Anna Berg")
    assert anna.gender == "female" and anna.gender_evidence


def test_unnamed_source_keeps_its_description(run):
    ex = run('"They are very happy," a source close to the couple said.')
    q = ex.quotes[0]
    assert q.speaker is not None and q.speaker.name is None
    assert q.speaker.kind == "unnamed"
    assert "source" in q.speaker.descriptors[0]


def test_relation_stated_by_the_text(run):
    text = 'Maya Stone shared a photo with her husband Leo Park.\n\n"Best weekend," she wrote.'
    ex = run(text)
    leo = next(p for p in ex.people if p.name == "Leo Park")
    assert ("spouse_of", "Maya Stone") in leo.relations
    assert "husband" in leo.descriptors


def test_a_number_written_against_a_role_stays_in_the_descriptor_and_an_age_does_not(run):
    # trial 7 M6: "100m champion" was stored as "m champion"; an age before a role is the age, not the role.
    ex = run(
        'Former 400m champion Dale Pruitt said: "I am done."\n\nHer 41-year-old husband Tom Pruitt said: "So am I."'
    )
    described = {p.name: p.descriptors for p in ex.people}
    assert "former 400m champion" in described["Dale Pruitt"]
    assert "husband" in described["Tom Pruitt"] and not any(
        "41" in d and "husband" in d for d in described["Tom Pruitt"]
    )
