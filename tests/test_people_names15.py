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
