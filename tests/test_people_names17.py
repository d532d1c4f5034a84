"""Round 17 naming rules: the name form reported for a speaker (articles written for the tests)."""

from __future__ import annotations

from conftest import speakers


def test_a_newsrooms_person_after_its_possessive_keeps_the_first_name(run):
    text = (
        "Host Exposed The Debate Lies\n\n"
        "After the debate, Fox News' Nate Corrado aired an interview with the senator.\n\n"
        '"He told me he supported it," Corrado said.\n'
    )
    assert speakers(run(text)) == ["Nate Corrado"]


def test_a_person_after_a_bodys_acronym_keeps_the_first_name(run):
    text = (
        "The council voted on Friday to condemn the settlements.\n\n"
        "U.S. Ambassador to the UN Martha Greene defended the vote on Friday.\n\n"
        '"We cannot stand by," Greene said.\n'
    )
    ex = run(text)
    quote = next(q for q in ex.quotes if q.text.startswith("We cannot"))
    assert quote.speaker is not None and quote.speaker.name == "Martha Greene"


def test_a_bank_named_after_people_is_no_person(run):
    text = (
        "Shares rose on Monday after the report.\n\n"
        '"We expect growth," said an analyst at JP Morgan Chase, who asked not to be named.\n'
    )
    ex = run(text)
    assert not any(p.kind == "person" and p.name == "Morgan Chase" for p in ex.people)


def test_a_name_the_writer_put_in_brackets_inside_a_quotation_is_a_person(run):
    text = (
        "The bill stalled in the House on Thursday.\n\n"
        '"I have talked with [House Minority Leader Nina Castell], she is not going to agree to this," '
        "the senator told reporters.\n\n"
        'During her news conference on Thursday, Castell said the bill was "a disgrace."\n'
    )
    ex = run(text)
    quote = next(q for q in ex.quotes if "disgrace" in q.text)
    assert quote.speaker is not None and quote.speaker.name == "Nina Castell"
    assert not any(p.kind == "organisation" and "Castell" in (p.name or "") for p in ex.people)


def test_a_full_name_in_a_possessive_in_an_unparsed_paragraph_names_the_speaker(run):
    text = (
        "The state budget fight went on for a second week.\n\n"
        "Members met in the capitol on Monday morning.\n\n"
        "The session opened with a prayer and a vote on the calendar.\n\n"
        "The new rules limit Democratic Gov.-elect Ray Hollister\u2019s powers from January.\n\n"
        "Members then went home for the weekend.\n\n"
        "Members will return on Tuesday.\n\n"
        "Hollister blasted the bills on Friday. \u201cThis is a power grab,\u201d Hollister said.\n"
    )
    assert speakers(run(text)) == ["Ray Hollister"]


def test_a_first_name_and_surname_after_a_capitalised_title_in_an_object_is_a_person(run):
    text = (
        "The developer said the city had failed him.\n\n"
        "The developer then went after Mayor Rahm Emanuel. \u201cI know he thinks he is tough,\u201d the developer "
        "said.\n\nThe mayor called the lawsuit frivolous. \u201cIt is a waste of time,\u201d Emanuel told the "
        "Denver Post.\n"
    )
    ex = run(text)
    quote = next(q for q in ex.quotes if q.text.startswith("It is a waste"))
    assert quote.speaker is not None and quote.speaker.name == "Rahm Emanuel"


def test_a_surname_the_tagger_read_as_a_body_is_the_person_the_headline_names(run):
    ex = run(
        'The club confirmed the news on Friday. "It is time," Halloway said. He coached for ten years.',
        title="Coach Bryn Halloway quits after ten seasons",
    )
    assert speakers(ex) == ["Bryn Halloway"]
    assert not any(p.kind == "organisation" for p in ex.people)


def test_a_body_shortened_to_its_head_word_keeps_its_full_name(run):
    ex = run(
        'The Bank of Norland raised rates on Thursday. "Inflation is still too high," the Bank said in a statement.\n'
    )
    assert speakers(ex) == ["Bank of Norland"]


def test_an_arabic_surname_without_its_article_is_the_same_person(run):
    ex = run('Former minister Samir el-Khoury met the envoy. He said the talks went well. "We are close," Khoury said.')
    assert speakers(ex)[-1] == "Samir el-Khoury"
    assert [p.name for p in ex.people if p.kind == "person"] == ["Samir el-Khoury"]


def test_an_arabic_surname_the_tagger_read_as_a_body_is_the_person(run):
    ex = run('Egyptian President Abdel Fattah el-Sisi met the envoy. "We want calm," Sisi said.')
    assert speakers(ex) == ["Abdel Fattah el-Sisi"]
