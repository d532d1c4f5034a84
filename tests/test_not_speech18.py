"""A thing's name after "called" when an indefinite article or a preposition introduces the thing (trial 18 kind
3): the name is no quotation, while a subject that calls something keeps its words. Short articles written here."""

from __future__ import annotations


def test_a_name_after_an_introduced_noun_and_called_is_no_quotation(run):
    text = (
        "Runners get new maps\n\n"
        'Users of the app compete over routes called "laps." The club also staged a parade called "the long mile" '
        "in the spring.\n\n"
        '"We will keep adding routes," club secretary Dana Pell said.\n'
    )
    ex = run(text)
    assert [q.text for q in ex.quotes if q.kind != "indirect"] == ["We will keep adding routes,"]
    whys = {text[n.start : n.end]: n.why for n in ex.noise}
    assert "title" in whys['"laps."'] and "title" in whys['"the long mile"']


def test_a_subject_with_an_article_that_calls_something_keeps_its_words(run):
    text = (
        "Union rejects report\n\n"
        'The union denied the report on Monday. A union spokesman called "premature" a report that talks had ended, '
        'and a second official called "wrong" the claim that members would strike.\n'
    )
    ex = run(text)
    partials = [q.text for q in ex.quotes if q.kind == "partial"]
    assert "premature" in partials and "wrong" in partials


def test_a_compound_in_marks_before_a_noun_for_a_thing_names_it(run):
    # Trial 18 kind 3: 'a "quick edit" tool' became a partial quotation given to the firm.
    text = (
        "Mapping app adds tools\n\n"
        'The firm added a "trail swap" feature on Monday. Its founder called the old version a "deeply flawed" '
        'product, and rivals offer a "quick edit" tool too.\n\n'
        '"We will keep listening to runners," founder Ida Varn said.\n'
    )
    ex = run(text)
    partials = [q.text for q in ex.quotes if q.kind == "partial"]
    assert any("deeply flawed" in p for p in partials)  # an evaluation in marks is speech
    assert not any(w in p for p in partials for w in ("trail swap", "quick edit"))
    whys = {text[n.start : n.end]: n.why for n in ex.noise}
    assert "cited" in whys['"trail swap"'] and "cited" in whys['"quick edit"']
