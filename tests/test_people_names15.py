"""Round 15: names and entity typing. One short article written for each rule."""

import re

from onrecord.lexicon.organisations import FIRM_DESIGNATORS, FIRM_SUFFIXES, firm_designator_pattern


def test_firm_designators_are_one_list():
    # The legal suffixes ("Ltd") and the kind-of-business words ("Stores") are one lexicon that the regex is
    # written from: every designator is in it, every legal suffix among them.
    assert FIRM_SUFFIXES <= FIRM_DESIGNATORS
    pattern = re.compile(r"Acme\s+" + firm_designator_pattern())
    for written in ("Acme Corp.", "Acme Co.", "Acme Ltd", "Acme plc", "Acme PLC", "Acme Stores", "Acme Holdings"):
        assert pattern.fullmatch(written), written
    # Never a longer word, never a lower-case word of prose, never a capitalised run that carries the name on.
    for written in ("Acme Groups", "Acme limited", "Acme Group Chief"):
        assert not pattern.match(written), written


def test_short_firm_name_takes_its_designator(run):
    ex = run(
        "Pellow Stores closed four shops last week. Pellow said the leases had become too costly. "
        '"We had no choice," Pellow said in a statement.'
    )
    spoken = {q.speaker.name for q in ex.quotes if q.speaker is not None}
    assert spoken == {"Pellow Stores"}


def test_name_in_capitals_is_written_as_a_name(run):
    # A name printed in capitals ("including TOM HARPER and JOHN CARVER") is typography: the person is "Tom
    # Harper", as running text writes the name.
    ex = run(
        "Celebrities including MARIA DELGADO, TOM HARPER and JOHN CARVER have taken to social media to praise "
        'the gallery. "It is a wonderful space," Harper wrote.'
    )
    names = {p.name for p in ex.people}
    assert "Tom Harper" in names and "TOM HARPER" not in names
    assert [q.speaker.name for q in ex.quotes if q.speaker is not None][-1] == "Tom Harper"


def test_capitals_word_keeps_its_inner_capitals():
    from onrecord.pipeline.stages.people.table import _display_name

    assert _display_name(["SEAN", "O'BRIEN"]) == "Sean O'Brien"
    assert _display_name(["ANN", "SMITH-JONES"]) == "Ann Smith-Jones"
    assert _display_name(["J.K.", "ROWLING"]) == "J.K. Rowling"
    assert _display_name(["JOHN", "SMITH", "III"]) == "John Smith III"


def test_first_of_a_double_surname_is_the_short_form(run):
    # Spanish style: "Dolores Barca Iriarte" (given name, paternal and maternal surnames) is "Barca" after.
    ex = run(
        "Ana Ruiz, 20, had “met” Dolores Barca Iriarte on Facebook and accepted her offer. Once there, Barca beat "
        "Ruiz. “I don’t regret it,” local papers quote Barca as saying."
    )
    assert [q.speaker.name for q in ex.quotes if q.speaker is not None] == ["Dolores Barca Iriarte"]


def test_given_middle_name_is_no_double_surname(run):
    # "Sarah Jessica Parker": "Jessica" is a given name, so "Jessica" alone is not taken for her short form.
    ex = run("Sarah Jessica Parker arrived late. Jessica Moss, her friend, said the show was long.")
    assert not any(p.name == "Sarah Jessica Parker" and any(m.text == "Jessica" for m in p.mentions) for p in ex.people)


def test_word_read_as_a_name_more_often_than_a_place_is_a_name():
    # The tagger reads "Cortes" as a person twice and once as a place: in this article the word is a surname;
    # "Lisbon", read only as a place, stays one.
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from onrecord.pipeline.stages.people.table import _proper_and_place_words

    words = ["Cortes", "said", "no", ".", "Cortes", "left", "Cortes", "for", "Lisbon", "."]
    pos = ["PROPN", "VERB", "DET", "PUNCT", "PROPN", "VERB", "PROPN", "ADP", "PROPN", "PUNCT"]
    ents = ["B-PERSON", "O", "O", "O", "B-PERSON", "O", "B-GPE", "O", "B-GPE", "O"]
    doc = Doc(Vocab(), words=words, pos=pos, ents=ents)
    places = _proper_and_place_words(doc)[1]
    assert "Lisbon" in places and "Cortes" not in places


def test_lone_surname_with_one_vowel_misspelt_is_that_person(run):
    # "Kaulter" after "Nadia Koulter": one vowel written as another is a typing slip, not a second person.
    ex = run(
        "“Prices will fall,” said Nadia Koulter, an economist at Brightwell. Demand rose in the spring, Koulter "
        "said. “But nothing happens on its own,” Kaulter said."
    )
    assert [q.speaker.name for q in ex.quotes if q.speaker is not None] == ["Nadia Koulter"] * 3


def test_lone_misspelt_surname_tagged_a_firm_is_the_person(run):
    # "Larson said" (read as an organisation) after "Mark Larsen": the person, not an organisation "Larson".
    ex = run(
        "“Prices will fall,” said Mark Larsen, an economist at Brightwell. Demand rose in the spring, Larsen said. "
        "“But nothing happens on its own,” Larson said."
    )
    assert [q.speaker.name for q in ex.quotes if q.speaker is not None] == ["Mark Larsen"] * 3
    assert not any(p.kind == "organisation" for p in ex.people)


def test_other_consonant_is_another_surname(run):
    # Only vowels slip: "Hanley" is not "Hanney" (two different consonants make two names).
    ex = run("“Prices will fall,” said Mark Hanney, an economist. “Nothing happens on its own,” Hanley said.")
    assert [q.speaker.name for q in ex.quotes if q.speaker is not None][-1] != "Mark Hanney"


def test_compound_rank_is_a_title_not_a_person(run):
    # "Staff Sgt. Omar Bell": "Staff Sgt." is his rank, not a person "Staff Sgt".
    ex = run("“The base is safe,” said Staff Sgt. Omar Bell, 31. “Nobody was hurt,” Bell added.")
    assert [(p.name, p.title) for p in ex.people if p.kind == "person"] == [("Omar Bell", "Staff Sgt.")]


def test_rank_word_that_is_a_first_name_stays_a_name(run):
    ex = run("“The race was hard,” said Lance Armstrong. “Nobody was hurt,” Armstrong added.")
    assert [p.name for p in ex.people if p.kind == "person"] == ["Lance Armstrong"]


def test_firm_joined_by_an_ampersand_speaks_after_the_quotation(run):
    # News writes "&" inside one name ("Brill & Hatch said"): the firm is the speaker, not nobody.
    ex = run("“We will appeal the ruling,” Brill & Hatch said in a statement on Tuesday.")
    assert [(q.speaker.name, q.speaker.kind) for q in ex.quotes if q.speaker is not None] == [
        ("Brill & Hatch", "organisation")
    ]


def test_employer_after_a_role_is_an_organisation(run):
    # "an economist at Brewer Hollis": where someone works is a firm, though its name is a first name and a surname.
    ex = run(
        "“Rates will rise,” said Ellen Park, an economist at Brewer Hollis. “Demand is slowing,” Brewer Hollis "
        "said in a note."
    )
    kinds = {p.name: p.kind for p in ex.people}
    assert kinds == {"Ellen Park": "person", "Brewer Hollis": "organisation"}


def test_employer_after_plural_role_opening_a_sentence(run):
    ex = run("Analysts at Dorsey Whitcombe expect two more increases. “Rates will rise,” Dorsey Whitcombe said.")
    assert [(q.speaker.name, q.speaker.kind) for q in ex.quotes if q.speaker is not None] == [
        ("Dorsey Whitcombe", "organisation")
    ]


def test_person_met_at_a_place_stays_a_person(run):
    # "at" after a verb, not a role noun, says where someone was, not where they work.
    ex = run("“We are pleased,” said Tom Reed. Reed met Ann Cole at a cafe. “It went well,” Ann Cole said.")
    assert all(p.kind == "person" for p in ex.people if p.name)


def test_firm_shortened_to_its_first_word_takes_its_full_name(run):
    # "Lehman said" after "Lehman Brothers": news shortens a firm it has named to its first word.
    ex = run("Shares of Lehman Brothers fell sharply. “We are solvent,” Lehman said on Monday.")
    assert [(q.speaker.name, q.speaker.kind) for q in ex.quotes if q.speaker is not None] == [
        ("Lehman Brothers", "organisation")
    ]


def test_first_word_of_a_firm_that_is_a_persons_name_stays_the_person(run):
    ex = run("The Ford Foundation gave $5 million. Henry Ford was its founder. “We are proud,” Ford said.")
    assert [q.speaker.name for q in ex.quotes if q.speaker is not None] == ["Henry Ford"]


def test_short_name_of_a_firm_with_a_designator_is_the_firm(run):
    # "Drummond said" after "Drummond Holdings": the firm's short name, though the tagger read it as a surname.
    ex = run("Shares of Drummond Holdings fell sharply on Friday. “We are solvent,” Drummond said on Monday.")
    assert [(q.speaker.name, q.speaker.kind) for q in ex.quotes if q.speaker is not None] == [
        ("Drummond Holdings", "organisation")
    ]


def test_short_name_the_article_calls_he_stays_a_person(run):
    ex = run("Drummond Holdings lost its biggest client. “I am sorry,” Drummond said. He resigned on Monday.")
    assert [(q.speaker.name, q.speaker.kind) for q in ex.quotes if q.speaker is not None] == [("Drummond", "person")]
