"""Names with lower-case particles and middle initials; quotations reported from another source."""

from conftest import speakers


def test_lower_case_particle_stays_in_the_fullest_name(run):
    text = (
        "The philosopher Luis de Miranda argues that robots will change work.\n\n"
        '"We are entering a new age of machines," said the philosopher Luis de Miranda.\n\n'
        'De Miranda, who teaches in Sweden, added: "Nobody is ready for it."\n\n'
        '"It will be hard for everyone," de Miranda said.\n\n'
        'The writer Jan van der Berg disagreed. "That is nonsense," Van der Berg said.'
    )
    ex = run(text)
    said = speakers(ex)
    assert said[-4:] == ["Luis de Miranda"] * 3 + ["Jan van der Berg"]
    names = {p.name for p in ex.people}
    assert "De Miranda" not in names and "Van der Berg" not in names
    # A particle alone is no one's short name: no mention is just "De" or "Van".
    assert not any(m.text in ("De", "Van") for p in ex.people for m in p.mentions)


def test_a_middle_initial_keeps_the_name_whole(run):
    text = (
        "The chemists Morris W. Travers and Edith Ramsay found neon in 1898.\n\n"
        '"It was a moment of pure joy," Morris W. Travers wrote later.\n\n'
        '"We had found a new gas," said Travers.'
    )
    ex = run(text)
    assert speakers(ex) == ["Morris W. Travers", "Morris W. Travers"]
    names = {p.name for p in ex.people}
    assert "Morris" not in names and "Travers" not in names


def test_a_quotation_reported_from_another_source_is_the_innermost_speakers(run):
    text = (
        "Senator Jane Carlson spoke at a rally in Ohio on Tuesday.\n\n"
        'The Daily Ledger reported that Carlson said hunters should be free to "hunt or kill deer" on public land.\n\n'
        "The senator did not respond to a request for comment."
    )
    ex = run(text)
    assert speakers(ex) == ["Jane Carlson"]
    q = ex.quotes[0]
    assert "hunt or kill deer" in q.text and not q.text.startswith("Carlson said")
