"""Trial 4's people findings: a country that is also a first name (F1), the author's first person
(F2), and junk people from companies, titles, headlines and works' titles (F3). One short article
written for each rule."""

from conftest import quote_of, speakers


def _people(ex) -> dict[str, str]:
    return {p.name: p.kind for p in ex.people if p.name}


# -- F1: a country that is also a first name -----------------------------------------------------------
def test_country_alone_is_the_state_not_the_minister_of_that_first_name(run):
    text = (
        "Foreign Minister Jordan Haddad said the talks would resume in Amman. "
        'Later, Jordan said the border plan was "completely unacceptable". '
        "Officials in Jordan said the crossing stayed closed."
    )
    ex = run(text)
    quote = quote_of(ex, "completely unacceptable")
    assert quote.speaker is not None
    assert quote.speaker.name == "Jordan" and quote.speaker.kind == "organisation"
    haddad = next(p for p in ex.people if p.name == "Jordan Haddad")
    assert all(m.text != "Jordan" for m in haddad.mentions)


def test_first_name_alone_stays_the_person_where_the_text_never_uses_it_as_a_place(run):
    text = 'Jordan Mills, a chef from Leeds, opened her bistro in May. "It was a leap," Jordan said.'
    ex = run(text)
    assert speakers(ex) == ["Jordan Mills"]


# -- F2: the author's first person ---------------------------------------------------------------------
def test_first_person_outside_marks_is_the_author_not_the_person_named(run):
    text = (
        'Jane Doe spoke to the council on Monday. "I have been ill," she said.\n\n'
        "I recently wrote that Jane Doe had skipped six hearings. "
        "We also reported that Jane Doe missed a budget vote."
    )
    ex = run(text)
    assert speakers(ex) == ["Jane Doe"]
    for words in ("skipped six hearings", "missed a budget vote"):
        quote = quote_of(ex, words)
        assert quote.speaker is None or quote.speaker.name != "Jane Doe"


def test_first_person_inside_marks_still_names_its_speaker(run):
    text = "\"When I told the board, 'we are done', nobody moved,\" said Tom Reyes, the club's treasurer."
    ex = run(text)
    assert speakers(ex)[:1] == ["Tom Reyes"]


# -- F3: junk people -----------------------------------------------------------------------------------
def test_company_last_word_is_no_person(run):
    text = (
        "Whole Foods said it has lowered prices on hundreds of items. "
        '"We are committed to value," Whole Foods said in a statement.'
    )
    ex = run(text)
    assert "Foods" not in _people(ex)
    assert speakers(ex) == ["Whole Foods"]
    assert ex.quotes[-1].speaker.kind == "organisation"


def test_hyphenated_title_is_no_person(run):
    ex = run('"We will keep reporting," Reuters Editor-in-Chief Maria Lopez said.')
    assert "Editor-in-Chief" not in _people(ex)
    assert all(not (p.name or "").startswith("Editor") for p in ex.people if p.kind == "person")


def test_first_name_merges_with_full_name_after_a_hyphenated_title(run):
    text = (
        'Party co-chairman Liam Fox said the party would fight hard. Liam said the election "can be won" in the spring.'
    )
    ex = run(text)
    assert speakers(ex) == ["Liam Fox"]
    assert "Liam" not in _people(ex)


def test_title_case_headline_does_not_grow_a_full_name(run):
    text = 'The band said the record was a protest.\n\n"This is disgusting music," Donald Trump said on Twitter.'
    ex = run(text, title="Rage Machine Release Anti Donald Trump Album")
    assert speakers(ex) == ["Donald Trump"]
    assert "Anti Donald Trump" not in _people(ex)


def test_title_case_headline_still_gives_a_surname_its_first_name(run):
    ex = run('"I was scared," Whitfield said of the crash.', title="Dana Whitfield Opens Up About Her Crash")
    assert speakers(ex) == ["Dana Whitfield"]


def test_name_inside_a_work_title_is_no_person(run):
    text = (
        "Charlie Simpson left the band in March. His single Who's David? was a hit. "
        '"I want to tour again," Simpson said.'
    )
    ex = run(text)
    assert speakers(ex) == ["Charlie Simpson"]
    assert "David" not in _people(ex)


# -- F8: reported speech's confidence follows its speaker's resolution ----------------------------------
def test_reported_speech_confidence_drops_without_a_resolved_speaker(run):
    text = (
        "Mayor Anna Berg said the budget was balanced. "
        "I recently wrote that the budget had a hole in it. "
        'Berg said the city "will not cut services".'
    )
    ex = run(text)
    named = quote_of(ex, "the budget was balanced")
    author = quote_of(ex, "had a hole in it")
    assert named.speaker is not None and named.speaker.name == "Anna Berg"
    assert author.speaker is None
    assert author.confidence < named.confidence


def test_reported_resolution_orders_a_pronoun_and_a_one_word_name_below_a_full_name():
    from onrecord.model import Mention, Person, Quote
    from onrecord.pipeline.stages.confidence import REPORTED_RESOLUTION_FACTORS, reported_resolution

    mention = Mention(0, 2, "he", "pronoun")
    one_word = Quote(start=0, end=5, text="x", kind="indirect", confidence=0.7)
    one_word.speaker, one_word.speaker_mention = Person(id="p1", name="Berg"), mention
    assert reported_resolution(one_word) == "one-word name by pronoun"
    assert REPORTED_RESOLUTION_FACTORS["one-word name by pronoun"] < REPORTED_RESOLUTION_FACTORS["full name"]
    assert reported_resolution(Quote(start=0, end=5, text="x", kind="indirect", confidence=0.7)) == "no speaker"


def test_place_ending_in_an_organisation_word_is_no_person(run):
    text = (
        "Mitt Romney spoke in Park City on Thursday. Park City said the event drew thousands. "
        '"We need unity," Romney said.'
    )
    ex = run(text)
    assert speakers(ex) == ["Mitt Romney"]
    assert all(p.kind != "person" for p in ex.people if p.name and "City" in p.name)


def test_speaker_is_the_name_after_a_hyphenated_title_the_parse_split(run):
    text = (
        'Acme Foods co-founder and CEO John Roe said in a memo that the "price gap is closing". '
        '"We will keep reporting," Reuters Editor-in-Chief Maria Lopez said.'
    )
    ex = run(text)
    assert speakers(ex) == ["John Roe", "Maria Lopez"]
