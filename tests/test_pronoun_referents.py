"""Issue 11, kinds 4-5: what a speaker pronoun refers to. One short article written for each rule (none of
them is news text): a definite description that only renames the person just named ("Lord Ashby said. The
justice secretary outlined ...", "between Alder and Cobb, where the former senator ...") leaves a later he/she
to that person; "who" makes its proper-noun antecedent a person; a "who" whose antecedent is a pronoun or a
plural noun ("those who", "voters who") names nobody; an intensive reflexive after a name ("Hale himself")
shows that person's gender; the sentence before a kept "He said:" is parsed, so its name is known."""

from conftest import speaker_of

RENAMED = (
    "Parents who ignore court orders could be made to do community service, Lord Ashby said on Monday. "
    "The justice secretary outlined the plans in a speech in Leeds. He denied that campaigners had forced "
    'the change, telling reporters: "There is a recognition that something is wrong."'
)

RENAMED_AFTER_CHAIN = (
    "Next year will be decisive for the aid budget, Mark Kemp will say tonight.\n\n"
    "The chancellor is due to outline targets. Mr Kemp also wants other nations to match his target for "
    "overseas aid.\n\nHe also wants richer countries to pay for new vaccines. The chancellor is travelling to "
    "Paris next week as part of his drive. He told BBC Radio 4's Today programme: "
    '"We need more resources if we are going to make an impact."'
)

RENAMED_IN_ITS_SENTENCE = (
    "Ruth Alder made an appeal to young voters on Tuesday.\n\n"
    '"Every issue they care about is at stake," Alder said.\n\n'
    'President Tom Reese spoke for her in an address on Saturday. "My name is not on the ballot," Reese said.\n\n'
    "But up next is the first debate between Alder and Dan Cobb on Monday in Boston, where the former senator "
    "expects to absorb a few blows from an aggressive foe.\n\n"
    '"I am going to do my very best to communicate as clearly as I can," she said.'
)

# The counter-case: an office the article treats as someone else ("wrote to the mayor") stays that office.
OTHER_OFFICE = (
    'Union organiser Dev Patel said he believed the plan had been "rushed".\n\n'
    "Harbour Board chair Ruth Kane wrote to the mayor on Tuesday asking him to withdraw it.\n\n"
    "In an angry reply, the mayor said his words had been twisted. "
    'He told Ms Kane: "It is a shame that you have spread this story."'
)


def test_he_after_a_description_that_renames_the_man_just_named_is_that_man(run):
    speaker = speaker_of(run(RENAMED), "recognition that something")
    assert speaker is not None and speaker.name is not None and "Ashby" in speaker.name


def test_a_renaming_description_after_a_chain_of_he_subjects_is_the_man_named_before_the_chain(run):
    speaker = speaker_of(run(RENAMED_AFTER_CHAIN), "need more resources")
    assert speaker is not None and speaker.name == "Mark Kemp"


def test_a_renaming_description_in_the_sentence_that_names_her_is_her(run):
    speaker = speaker_of(run(RENAMED_IN_ITS_SENTENCE), "my very best")
    assert speaker is not None and speaker.name == "Ruth Alder"


def test_a_description_of_someone_else_still_takes_the_pronoun(run):
    speaker = speaker_of(run(OTHER_OFFICE), "spread this story")
    assert speaker is not None and speaker.name is None
    assert any("mayor" in d.lower() for d in speaker.descriptors)


WHO = (
    "Kings spoke of the floods. The mood was typified by Sweden's King Olaf IV, who said the year brought "
    '"trials". "The floods brought home the grief," he said.'
)

THOSE_WHO = (
    "The former athlete Dana Whitfield received the Courage Award at the ceremony on Wednesday, an award "
    'given to those who show "strength in the face of adversity".'
)


def test_who_makes_its_proper_noun_antecedent_a_person_for_later_pronouns(run):
    ex = run(WHO)
    assert any(p.name and "Olaf" in p.name for p in ex.people)
    for words in ("the year brought", "brought home the grief"):
        speaker = speaker_of(ex, words)
        assert speaker is not None and speaker.name is not None and "Olaf" in speaker.name


def test_who_after_those_is_nobody_named(run):
    speaker = speaker_of(run(THOSE_WHO), "strength in the face")
    assert speaker is None or speaker.name != "Dana Whitfield"


INTENSIVE = (
    "Protesters filled the council chamber on Monday after the death of Robin Hale.\n\n"
    "None stood out as much as Sam Grant, who spoke for two minutes.\n\n"
    "Grant described the hardship children face when a parent dies. Hale himself had seven children.\n\n"
    '"We need our fathers and mothers to be by our side," she said.'
)


def test_an_intensive_reflexive_after_a_name_shows_that_persons_gender(run):
    ex = run(INTENSIVE)
    hale = next(p for p in ex.people if p.name == "Robin Hale")
    assert hale.gender == "male" and "himself" in (hale.gender_evidence or "")
    speaker = speaker_of(ex, "fathers and mothers")
    assert speaker is not None and speaker.name == "Sam Grant"


ANTECEDENT_UNPARSED = (
    "Gun control was back in the news this week.\n\n"
    "Politicians like to parade around with the families of victims.\n\n"
    "Yet everyone knows that they are surrounded by armed guards. Yes, armed with guns. Rafael Ortega brought "
    "this up at a rally in Miami. He said:\n\n"
    "\u201cShe wants to take your guns away. Let\u2019s see what happens to her. It would be very dangerous.\u201d"
)


def test_the_sentence_before_a_he_said_frame_is_parsed_for_its_antecedent(run):
    speaker = speaker_of(run(ANTECEDENT_UNPARSED), "take your guns away")
    assert speaker is not None and speaker.name == "Rafael Ortega"


# A fronted "asked if/whether/about ..." clause has no subject of its own: its understood subject is the main
# clause's, so a person named inside it is what the question is about, never the "he" who answers.
ASKED_ABOUT = (
    "Prime Minister Tony Vale spoke to reporters in Leeds on Monday after the resignation of Dan Hale.\n\n"
    "Asked if Mr Hale could return to the cabinet at some point, he replied: "
    '"He has been a tremendous colleague and I am sure he will."'
)

WHEN_ASKED_ABOUT = (
    "Coach Sam Ortiz met the press after the defeat by the Rovers.\n\n"
    'When asked about Mr Dan Kerr\'s injury, he said: "We will know more tomorrow after the scan."'
)


def test_he_after_a_fronted_asked_if_clause_is_the_one_asked_not_the_one_asked_about(run):
    speaker = speaker_of(run(ASKED_ABOUT), "tremendous colleague")
    assert speaker is not None and speaker.name == "Tony Vale"


def test_he_after_a_fronted_when_asked_about_clause_is_the_one_asked(run):
    speaker = speaker_of(run(WHEN_ASKED_ABOUT), "know more tomorrow")
    assert speaker is not None and speaker.name == "Sam Ortiz"


# A name apposed to a sentence's subject is that subject: "Her predecessor, Tom Vale, was less sure. He said"
# is Tom Vale speaking, not the man the possessive points back to, though the text showed that one is a "he".
APPOSED_SUBJECT = (
    "The club chairman, Dan Cole, said on Monday that he backed the coach.\n\n"
    'Mr Cole\'s predecessor, Tom Vale, was less sure. He said the club "has lost its way".'
)


def test_he_after_a_subject_with_an_apposed_name_is_that_name(run):
    speaker = speaker_of(run(APPOSED_SUBJECT), "lost its way")
    assert speaker is not None and speaker.name == "Tom Vale"
