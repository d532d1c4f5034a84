"""Round 20, issue 11: wrong speakers for "he said" on unseen news. One short article written for each rule (none of
them is news text)."""

from conftest import speaker_name_of

# The subject of a passive "was asked" is the one asked: the answer that follows is theirs, not the asker's, so the
# man just asked is no less the referent of the next "he" than any other subject (kind 1: not the more prominent man).
ASKED_PASSIVE = (
    "Senator Mark Lopez has led the fight against the dam. Lopez called it a disaster in March and said the money "
    "was wasted.\n\n"
    "Finance Minister Paul Ode met reporters in the capital on Monday. Ode was asked about the dam. "
    '"We cannot stop it now," he said.'
)


def test_the_man_who_was_asked_answers_the_next_he(run):
    assert speaker_name_of(run(ASKED_PASSIVE), "cannot stop it now") == "Paul Ode"


# ""Q," as one bank executive told me, and ...": a comment clause with "as", a subject and a verb of saying after the
# words names their speaker (Quirk et al. 1985, 15.53), as "as X put it" does: the unnamed executive, not the nearest
# name before (kind 2).
AS_TOLD_ME = (
    "Startups such as Chime and Varo offer mobile accounts. They're focused on their customers' "
    '"financial health," as one bank executive told me, and on easing the cost of fees.'
)


def test_as_one_executive_told_me_is_the_executive(run):
    ex = run(AS_TOLD_ME)
    q = next(q for q in ex.quotes if "financial health" in q.text)
    assert q.speaker is not None and q.speaker.name is None
    assert q.speaker_mention is not None and q.speaker_mention.text == "one bank executive"


def test_as_with_no_verb_of_saying_names_no_one(run):
    text = 'Mayor Ann Cole called the plan "a disgrace," as the crowd left the hall, and went home.'
    assert speaker_name_of(run(text), "a disgrace") == "Ann Cole"


# "The group called Trump "a danger"": the parser reads "the group [that is] called Trump", leaving the sentence no
# verb; a verb with an object and what it is called is the predicate, and the noun it hangs on its subject. The
# object of a verb of speech never speaks, nor does the speaker of the quotation before (kind 3).
CALLED_BY_GROUP = (
    'Donald Trump spoke on Monday. "This is a witch hunt," Senator Nancy Pelosi said. "We need answers."\n\n'
    'The group called Trump "a danger to democracy" in a statement.'
)


def test_the_group_that_calls_a_man_something_is_the_speaker(run):
    ex = run(CALLED_BY_GROUP)
    q = next(q for q in ex.quotes if "a danger to democracy" in q.text)
    assert q.speaker is not None and q.speaker.name is None
    assert q.speaker_mention is not None and q.speaker_mention.text == "The group"


def test_a_group_called_by_a_name_is_no_speech(run):
    text = 'A group called Citizens First held a rally on Monday. "We are not going away," its leader Ann Cole said.'
    assert speaker_name_of(run(text), "not going away") == "Ann Cole"


# A name whose gender the text has not shown and whose first name tells none, introduced as the subject of the
# sentence before a "he said", is the newest subject: the pronoun is that person's, not that of the man the article
# showed to be "he" earlier (kind 1: not the more prominent person).
NEW_SUBJECT_OF_NO_KNOWN_GENDER = (
    "Coach Tom Baker has built the team around young players. Baker said he trusted them.\n\n"
    'Striker Obafemi Okonkwo scored twice on Saturday. "I was lucky," he said.'
)


def test_a_new_subject_of_no_known_gender_takes_the_next_he(run):
    assert speaker_name_of(run(NEW_SUBJECT_OF_NO_KNOWN_GENDER), "I was lucky") == "Obafemi Okonkwo"


def test_a_new_name_as_an_object_does_not_take_the_next_he(run):
    text = (
        "Coach Tom Baker has built the team around young players. Baker said he trusted them.\n\n"
        'On Saturday Baker praised Obafemi Okonkwo. "He was brilliant," he said.'
    )
    assert speaker_name_of(run(text), "He was brilliant") == "Tom Baker"


# "The heavy metal star said he could have been killed": the he/she subject of the clause a description's own verb
# reports shows the description's gender (reported speech is the article's own wording), so the woman just quoted is
# not the star (kind 2: a description does not become the previous speaker).
STAR_SAID_HE = (
    "Rock singer Ozzy Marsh was at home when burglars broke in on Friday. His wife Sharon, who called the police, "
    "said her rings were taken as she slept.\n\n"
    'The heavy metal star said he could have been killed. "It could have got really ugly," he said.'
)


def test_a_description_whose_reported_clause_says_he_is_no_woman(run):
    assert speaker_name_of(run(STAR_SAID_HE), "really ugly") == "Ozzy Marsh"


def test_a_spokesmans_she_is_the_one_spoken_for(run):
    text = (
        "Health Minister Ann Cole faced calls to resign on Monday. Her deputy, Tom Reed, defended her.\n\n"
        'The spokesman said she would stay. "There is no question of it," the spokesman added.'
    )
    ex = run(text)
    q = next(q for q in ex.quotes if "no question of it" in q.text)
    assert q.speaker is None or q.speaker.name != "Ann Cole"
