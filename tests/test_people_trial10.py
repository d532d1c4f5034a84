"""Trial 10's people findings (M1, M2): one person is one person whatever the tagger thought of a mention,
and names that are no people's keep their whole name. One short article written for each rule."""

# The full name once read as a place by the tagger ("identified as Althea Thoone"), the surname alone later.
SURNAME_OF_A_PLACE_READING = (
    "A nurse lost her job after the inquiry.\n\n"
    "The nurse, identified as Althea Thoone, said she had done nothing wrong. "
    '"I followed the rules," Thoone said.\n\n'
    "Thoone added that she would appeal."
)

COURTESY = (
    "The party lost two members on Friday.\n\n"
    '"We will do better," Mr Hockney said. Mr Hockney also left the party, saying it had failed.'
)

COURTESY_PLACE = 'The talks in Paris ended early.\n\n"We will do better," Mr Paris said.'

COURTESY_JOINS = (
    "Two members quit.\n\n"
    "He was joined by one of the two London Assembly members, Damien Hockney who is now the deputy leader.\n\n"
    'Mr Hockney also left the party saying the leader would "deliver better" as head of a new party.'
)

NUMBERED = "The prime minister will not resign. On Monday night, Number 10 said the plan would go ahead."

FIRMS = (
    "Cuts are coming.\n\n"
    "The Efficiency in Government Unit said savings were possible. "
    "Accountancy firm Ernst & Young urged him to cut costs."
)


def _speaker(ex, words: str):
    q = next(q for q in ex.quotes if words in q.text)
    assert q.speaker is not None, q.text
    return q.speaker


def test_surname_joins_a_full_name_the_tagger_read_as_a_place(run):
    ex = run(SURNAME_OF_A_PLACE_READING)
    thoone = [p for p in ex.people if p.name and "Thoone" in p.name]
    assert [(p.name, p.kind) for p in thoone] == [("Althea Thoone", "person")]
    assert _speaker(ex, "followed the rules") is thoone[0]
    assert _speaker(ex, "would appeal") is thoone[0]


def test_a_courtesy_title_makes_a_person(run):
    ex = run(COURTESY)
    for words in ("do better", "had failed"):
        assert (_speaker(ex, words).name, _speaker(ex, words).kind) == ("Mr Hockney", "person")
    assert not [p for p in ex.people if p.kind == "organisation"]
    ex = run(COURTESY_PLACE)
    assert (_speaker(ex, "do better").name, _speaker(ex, "do better").kind) == ("Mr Paris", "person")


def test_a_courtesy_title_joins_the_full_name(run):
    ex = run(COURTESY_JOINS)
    speaker = _speaker(ex, "deliver better")
    assert (speaker.name, speaker.kind) == ("Damien Hockney", "person")
    assert len([p for p in ex.people if p.name and "Hockney" in p.name]) == 1


def test_a_name_counted_by_a_number_is_no_person(run):
    ex = run(NUMBERED)
    speaker = _speaker(ex, "plan would go ahead")
    assert (speaker.name, speaker.kind) == ("Number 10", "organisation")
    assert not [p for p in ex.people if p.name == "Number"]


def test_an_organisation_keeps_its_whole_name(run):
    ex = run(FIRMS)
    unit = _speaker(ex, "savings were possible")
    assert (unit.name, unit.kind) == ("Efficiency in Government Unit", "organisation")
    firm = _speaker(ex, "cut costs")
    assert (firm.name, firm.kind) == ("Ernst & Young", "organisation")


def test_store_keeps_a_titled_surname_a_person(tmp_path):
    import json

    from onrecord.corpus import ingest
    from onrecord.corpus.store import connect

    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "a", "url": "https://site.example/a", "text": COURTESY}) + "\n", encoding="utf-8")
    ingest([str(path)], str(tmp_path / "s.db"), workers=1, progress=False)
    conn = connect(str(tmp_path / "s.db"), readonly=True)
    rows = [tuple(r) for r in conn.execute("SELECT name, kind FROM people WHERE name LIKE '%Hockney%'")]
    assert rows == [("Mr Hockney", "person")]


TITLE_AND_FIRST_NAME = (
    "Cardinal Cormac Murphy-O'Connor will lead the service on Sunday.\n\n"
    "The Cardinal will ask the congregation to pray for peace. The Cardinal said the church would help."
)

BODY_KIND = (
    "Volunteers from whale rescue group Project Jonah arrived at dawn.\n\n"
    'Project Jonah said the whales were in good health. "We are hopeful," said Project Jonah.'
)

FOUNDED_BY = "Tesla is the company Elon Musk founded.\n\nElon Musk said the cars would sell."

OFFICE = (
    "Loneliness is as harmful as smoking, the US Surgeon General warns.\n\n"
    "A new report says one in two adults in the country feel lonely."
)

NAMING_CLAUSE_NEXT_PARAGRAPH = (
    "A nurse was fired after the incident, officials said.\n\n"
    'The nurse, identified as Althea Thoone, said she had done nothing wrong. "I followed the rules," Thoone said.'
)


def test_title_and_first_name_make_a_person_of_a_surname_read_as_a_firm(run):
    ex = run(TITLE_AND_FIRST_NAME)
    speaker = _speaker(ex, "church would help")
    assert (speaker.name, speaker.kind) == ("Cormac Murphy-O'Connor", "person")
    assert not [p for p in ex.people if p.kind == "organisation"]


def test_a_name_after_a_body_kind_is_that_body(run):
    ex = run(BODY_KIND)
    for words in ("good health", "hopeful"):
        assert (_speaker(ex, words).name, _speaker(ex, words).kind) == ("Project Jonah", "organisation")
    assert not [p for p in ex.people if p.kind == "person"]


def test_a_name_the_body_noun_does_not_modify_stays_a_person(run):
    ex = run(FOUNDED_BY)
    assert (_speaker(ex, "cars would sell").name, _speaker(ex, "cars would sell").kind) == ("Elon Musk", "person")


def test_an_office_nobody_was_given_is_an_unnamed_holder(run):
    ex = run(OFFICE)
    speaker = _speaker(ex, "harmful as smoking")
    assert speaker.kind == "unnamed" and speaker.name is None
    assert "Surgeon General" in " ".join(speaker.descriptors)


def test_a_naming_clause_stays_in_its_paragraph(run):
    ex = run(NAMING_CLAUSE_NEXT_PARAGRAPH)
    speaker = _speaker(ex, "nurse was fired")
    assert speaker.kind == "unnamed" and speaker.name is None


GROUPS = (
    "Wind farms are growing fast in Scotland.\n\n"
    'Ecologists are warning MSPs that Scotland may have to accept "significant intrusion" from wind farms.\n\n'
    "The street was quiet on Monday. Neighbours said the family had moved away.\n\n"
    "MPs voted on the bill on Monday. MPs said the bill was rushed."
)

SURNAME_WITH_GROUP_ENDING = "Kenny Rogers sang at the fair.\n\nRogers said the crowd was the best he had seen."

ENGLISH_FIRST_NAME = 'Jean Smith spoke in Derby on Friday.\n\n"We will win seats," Ms Smith said.'


def test_a_plural_group_noun_is_an_unnamed_group(run):
    ex = run(GROUPS)
    for words in ("significant intrusion", "moved away", "bill was rushed"):
        speaker = _speaker(ex, words)
        assert speaker.kind == "unnamed" and speaker.name is None, words
    assert not [p for p in ex.people if p.name in ("Ecologists", "Neighbours", "MPs")]


def test_a_surname_with_a_group_ending_stays_a_surname(run):
    ex = run(SURNAME_WITH_GROUP_ENDING)
    speaker = _speaker(ex, "best he had seen")
    assert (speaker.name, speaker.kind) == ("Kenny Rogers", "person")


def test_a_first_name_given_to_women_in_english_joins_ms(run):
    ex = run(ENGLISH_FIRST_NAME)
    assert _speaker(ex, "win seats").name == "Jean Smith"
    assert len([p for p in ex.people if p.name and "Smith" in p.name]) == 1


RULE_TEXT = (
    "Tensions rose near the Strait of Hormuz this week. The Nato treaty is clear about attacks.\n\n"
    "It says that an armed attack against one member shall be an attack against all."
)


def test_a_treaty_that_says_something_is_the_source(run):
    ex = run(RULE_TEXT)
    speaker = _speaker(ex, "armed attack")
    assert speaker.kind == "unnamed" and speaker.name is None
    assert "treaty" in " ".join(speaker.descriptors).lower()


MIDDLE_NAME = (
    "Hemi Parata and his son, Te Kaurinui Robert Parata, joined the rescue.\n\n"
    '"It was hard work," said Te Kaurinui Robert Parata.\n\n'
    'Te Kaurinui Parata, in front of the carving shed, was tired. "We stayed all night," said Te Kaurinui Parata.'
)

TWO_MIDDLE_NAMES = (
    "George Herbert Walker Bush and his son met in Texas.\n\n"
    '"It was a good day," said George Herbert Walker Bush. "We talked for hours," said George Bush.'
)


def test_a_full_name_with_and_without_one_middle_name_is_one_person(run):
    ex = run(MIDDLE_NAME)
    assert _speaker(ex, "hard work") is _speaker(ex, "all night")
    assert _speaker(ex, "all night").name == "Te Kaurinui Robert Parata"


def test_names_two_words_apart_stay_apart(run):
    ex = run(TWO_MIDDLE_NAMES)
    assert _speaker(ex, "good day") is not _speaker(ex, "for hours")


COUNTRY_BEFORE_NAME = (
    "Another diplomat, former special envoy to Ukraine Kurt Volker, shifted his own account.\n\n"
    '"I did not know," Volker said.'
)


def test_a_country_before_a_name_is_no_part_of_it(run):
    ex = run(COUNTRY_BEFORE_NAME)
    speaker = _speaker(ex, "did not know")
    assert (speaker.name, speaker.kind) == ("Kurt Volker", "person")
    assert not [p for p in ex.people if p.name and "Ukraine" in p.name]


ACRONYM = (
    "Stansted will grow.\n\n"
    "But BAA has said it has attempted to involve communities. At Heathrow, BAA said it was working with everyone."
)

POST_NOMINAL = (
    "The postal voting system is under scrutiny.\n\n"
    "Deputy High Court Judge Richard Mawrey, QC told the hearing the case could have serious consequences."
)


def test_a_capitals_only_acronym_is_a_body(run):
    ex = run(ACRONYM)
    for words in ("involve communities", "working with everyone"):
        assert (_speaker(ex, words).name, _speaker(ex, words).kind) == ("BAA", "organisation")


def test_a_post_nominal_is_the_name_before_it(run):
    ex = run(POST_NOMINAL)
    speaker = _speaker(ex, "serious consequences")
    assert (speaker.name, speaker.kind) == ("Richard Mawrey", "person")


PLACE_NAMES = (
    "Iran restricted shipping through the key Strait of Hormuz route.\n\n"
    'Downing Street said the sovereignty of the Falkland Islands "rests with the UK".'
)


def test_a_name_after_a_place_word_and_of_or_before_street_is_no_person(run):
    ex = run(PLACE_NAMES)
    assert not [p for p in ex.people if p.kind == "person"]
    speaker = _speaker(ex, "rests with the UK")
    assert (speaker.name, speaker.kind) == ("Downing Street", "organisation")


TIME_AFTER_BODY = (
    "Missiles hit the city overnight. Russia's Defense Ministry on Sunday said it had shot down 40 drones."
)


def test_a_time_after_a_body_is_no_part_of_its_name(run):
    ex = run(TIME_AFTER_BODY)
    speaker = _speaker(ex, "shot down")
    assert (speaker.name, speaker.kind) == ("Russia's Defense Ministry", "organisation")
