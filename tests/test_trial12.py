"""Trial 12's findings on extraction (a fresh tester on real articles): one short article written for each rule."""

# F6: a game's name in quotation marks, the subject of the sentence whose label is quoted.
WORK_AS_SUBJECT = (
    "The studio released its new title on Friday.\n\n"
    'Called a "brutal puzzle game" by its makers, "Lantern" is a slow game that rewards patience.'
)

# The same title in a sentence whose speaker is named: the name keeps the quotation.
WORK_BESIDE_A_SPEAKER = (
    "The studio released its new title on Friday.\n\n"
    '"It is the hardest thing we have made," Dana Cole said of "Lantern" at the launch.'
)


def test_a_title_of_a_work_is_never_a_speaker(run):
    ex = run(WORK_AS_SUBJECT)
    assert any(n.text == '"Lantern"' for n in ex.noise)
    [q] = [q for q in ex.quotes if "puzzle game" in q.text]
    assert q.speaker is None or q.speaker.name != "Lantern"
    assert q.speaker_mention is None or "Lantern" not in q.speaker_mention.text
    assert all(p.name != "Lantern" for p in ex.people)


def test_a_named_speaker_beside_a_title_keeps_the_quotation(run):
    ex = run(WORK_BESIDE_A_SPEAKER)
    [q] = [q for q in ex.quotes if "hardest thing" in q.text]
    assert q.speaker is not None and q.speaker.name == "Dana Cole"


# F3: a mother and her son share a surname; the son is named in apposition to an apposition of the subject.
FAMILY_SURNAME = (
    "Mary Stone cheered from the stands on Saturday. Her son, the striker Jack Stone, scored twice in the second "
    'half.\n\n"It felt like the whole town was behind us," Stone said.'
)


def test_a_shared_surname_goes_to_the_relative_named_as_the_subject(run):
    ex = run(FAMILY_SURNAME)
    [q] = [q for q in ex.quotes if "whole town" in q.text]
    assert q.speaker is not None and q.speaker.name == "Jack Stone"


# F4: words "told" a members' association are a speech to it, not an interview with it as the outlet.
TOLD_AN_ASSOCIATION = (
    "Treasury adviser Hal Brenner said exports must grow.\n\n"
    '"Stronger demand abroad is needed," he told the Northern Dairy Farmers Association on Tuesday.'
)
TOLD_A_NEWSPAPER = (
    "Treasury adviser Hal Brenner said exports must grow.\n\n"
    '"Stronger demand abroad is needed," he told the Chicago Tribune on Tuesday.'
)


def test_words_told_an_association_are_a_speech_with_no_outlet(run):
    [q] = [q for q in run(TOLD_AN_ASSOCIATION).quotes if "demand abroad" in q.text]
    assert (q.medium, q.outlet) == ("speech", None)
    [q] = [q for q in run(TOLD_A_NEWSPAPER).quotes if "demand abroad" in q.text]
    assert (q.medium, q.outlet) == ("print-interview", "Chicago Tribune")


# F5: a publication the speaker wrote for, and an interview named with a possessive.
WROTE_FOR = 'Councillor Ruth Alvarez wrote for the Harbor Ledger that "the city is failing its riders."'
WROTE_FOR_A_JOB = "Ruth Alvarez wrote for the Harbor campaign for two years before she stood herself."
HIS_INTERVIEW = (
    "Tom Reed has pledged to cut bus fares.\n\n"
    'During his interview with the Weekly Courier, Mr Reed said: "I have always supported the farmers."'
)


def test_words_written_for_a_publication_are_an_op_ed_there(run):
    [q] = [q for q in run(WROTE_FOR).quotes if "failing" in q.text]
    assert (q.medium, q.outlet) == ("op-ed", "Harbor Ledger")
    assert all(q.medium is None for q in run(WROTE_FOR_A_JOB).quotes)


def test_an_interview_named_with_a_possessive_gives_its_medium_and_outlet(run):
    [q] = [q for q in run(HIS_INTERVIEW).quotes if "farmers" in q.text]
    assert (q.medium, q.outlet) == ("print-interview", "Weekly Courier")


# F1: the name that possesses the subject ("Jack Stone's mom") is not who a following "She" is about.
POSSESSOR_NAME = (
    "The album came out on Friday.\n\n"
    'Speaking at a launch in Leeds, Owen Hale\'s mother confirmed, "I listened to all of it." '
    'She added, "It is her best work."'
)


def test_a_possessor_name_gets_no_gender_from_the_pronoun_after_it(run):
    ex = run(POSSESSOR_NAME)
    hale = [p for p in ex.people if p.name == "Owen Hale"]
    assert not hale or hale[0].gender != "female"
    [q] = [q for q in ex.quotes if "best work" in q.text]
    assert q.speaker is None or q.speaker.name != "Owen Hale"


# F10: a name followed by its role with no comma before the cue.
NAME_THEN_ROLE = (
    "Shares in Corran Energy rose 5% on Thursday.\n\n"
    '"This field looks very strong," Dr Paul Amis head of exploration said.'
)


def test_a_name_followed_by_its_role_without_a_comma_is_the_speaker(run):
    [q] = [q for q in run(NAME_THEN_ROLE).quotes if "field" in q.text]
    assert q.speaker is not None and q.speaker.name == "Paul Amis"


# F19: a registration statement filed with a regulator is a document, not a statement to the press.
FILED_STATEMENT = (
    "Harbor Savings filed a registration statement with the SEC covering 100 mln dlrs of notes, "
    "underwriters noted.\n\n"
    "The bank said in a statement that it would use the money to repay debt."
)


def test_a_filed_statement_is_no_press_statement(run):
    quotes = run(FILED_STATEMENT).quotes
    filed = [q for q in quotes if "registration" in q.text or "notes" in q.text]
    assert filed and all(q.medium != "press-statement" for q in filed)
    [said] = [q for q in quotes if "repay debt" in q.text]
    assert said.medium == "press-statement"
