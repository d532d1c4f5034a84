"""Round 22: a pronoun or a description after a newly introduced speaker goes to that speaker, and a "he" never goes
to someone the text or a first name shows to be a woman. One short article written for each rule (none of them is
news text)."""

from conftest import speaker_name_of

# A running speaker quoted over three paragraphs, whom the text shows to be "she" (the contender the new voice
# must beat: she is salient, her gender is shown, she spoke last).
RUNNING = (
    "Health officials defended the closure of the Millbrook clinic on Tuesday.\n\n"
    '"We had no choice but to act," said Regional Health Director Linda Kerr, who has run the service since 2015. '
    '"The building was unsafe."\n\n'
    "Kerr said the patients would be moved to the county hospital within a week. She said the decision had been "
    "taken after months of review.\n\n"
    '"Nobody will be left without care," she said.\n\n'
)


# A description set off before a name ("A nurse at the clinic, Kiran Patel,") as the subject of the sentence before
# is that person: the newest subject is named, not unnamed.
def test_a_description_with_an_apposed_name_is_that_person(run):
    text = RUNNING + 'A nurse at the clinic, Kiran Patel, arrived later. "We were told nothing at all," she said.'
    assert speaker_name_of(run(text), "told nothing") == "Kiran Patel"


# A name of no known gender brought in with a description set off by commas is the new voice, wherever it stands in
# its sentence (here after "was"), and a chain of "She ..." sentences after it continues it.
def test_a_name_introduced_with_a_description_takes_the_next_she(run):
    text = (
        RUNNING + "Also waiting was Kiran Patel, a nurse at the clinic. She has worked there for 20 years. "
        '"We were told nothing at all," she said.'
    )
    assert speaker_name_of(run(text), "told nothing") == "Kiran Patel"


# ... but not where the sentence's subject is the running speaker herself ("She thanked Kiran Patel, the head nurse"):
# the new name is whom she spoke about.
def test_a_name_introduced_as_the_running_speakers_object_does_not_take_the_next_she(run):
    text = (
        RUNNING + "Kerr later visited the ward. She thanked Kiran Patel, the head nurse, for her work. "
        '"We will find a better building," she said.'
    )
    assert speaker_name_of(run(text), "better building") == "Linda Kerr"


# "Kiran Patel, 56, a nurse at the clinic,": the description after the age is hers, so "the nurse" is Kiran Patel.
def test_a_description_after_an_age_is_the_persons(run):
    text = (
        RUNNING + "Kiran Patel, 56, a nurse at the clinic, said she had not been consulted. "
        '"We were told nothing at all," the nurse said.'
    )
    assert speaker_name_of(run(text), "told nothing") == "Kiran Patel"


# The running speaker is still carried on where nobody new is named.
def test_the_running_speaker_keeps_the_next_she(run):
    text = RUNNING + 'Kerr said the site would be sold. "We will find a better building," she said.'
    assert speaker_name_of(run(text), "better building") == "Linda Kerr"


# A "he" right after words given to a woman (by her first name: Elaine) does not carry her on; the man the
# sentence is about does.
MODERATOR = (
    "Governor Mike Fenn opened the debate by asking viewers for a job.\n\n"
    "Shortly after the moderator, Elaine Quist, told Fenn that he had two minutes, the governor looked into the "
    'camera and said, "I need a job."\n\n'
    'Fenn urged employers to visit his profile. "I take no responsibility for this," he said.\n\n'
    'As the moderator warned Fenn that his time was up, he shouted, "I can start on Wednesday!"'
)


def test_a_he_is_never_a_woman_by_her_first_name(run):
    assert speaker_name_of(run(MODERATOR), "start on Wednesday") == "Mike Fenn"


# A dateline with no name after it, before a subject that is no name, is no speaker's name (it once crashed).
def test_a_dateline_before_an_unnamed_subject(run):
    text = (
        "KIEV, UKRAINE (Example.com) \u2014 Leaders from Europe and the United States today declared that time was "
        "up for the talks."
    )
    ex = run(text)
    assert ex.quotes is not None


# "the former minister" is not the minister in office: it re-names the man just named as the sentence's agent.
FORMER = (
    'The clinic will close, Health Minister Tom Kerr said on Monday. "The building is unsafe," he said.\n\n'
    'Paul Hanson, who led the department until 2019, called the closure a mistake. "It is a disgrace," the former '
    "minister added.\n\n"
)


def test_the_former_minister_is_not_the_minister_in_office(run):
    assert speaker_name_of(run(FORMER), "disgrace") == "Paul Hanson"


def test_the_minister_is_still_the_minister_in_office(run):
    text = FORMER + 'Kerr said the staff would be moved. "Nobody loses a job," the minister said.'
    assert speaker_name_of(run(text), "loses a job") == "Tom Kerr"


# The agent of a passive brought in with a description set off ("was challenged by Mark Delaney, a nurse at the
# clinic") is the new voice the next "he" takes up, not the passive subject named before.
def test_a_passive_agent_introduced_with_a_description_takes_the_next_he(run):
    text = (
        "Health officials defended the closure of the clinic on Tuesday.\n\n"
        '"We had no choice but to act," said Regional Health Director Thomas Kerr. "The building was unsafe."\n\n'
        "Kerr said the patients would be moved within a week. He said the decision followed months of review.\n\n"
        '"Nobody will be left without care," he said.\n\n'
        'Kerr was challenged by Mark Delaney, a nurse at the clinic. "We were told nothing," he said.'
    )
    assert speaker_name_of(run(text), "told nothing") == "Mark Delaney"
