"""Round 15: people the person table never learned, and descriptions tied to the person they describe. One short
article written for each rule (none of them is news text)."""

from conftest import speaker_of

# A profile names its subject once, in a paragraph with no quotation, and goes on with "He ..." paragraph after
# paragraph; a heading line ("North Winner") between makes the parser run the name's paragraph into the sentence
# before.
PROFILE_AFTER_HEADING = (
    "Four young inventors won the county science prize on Friday.\n\n"
    "The chief judge, Mark Tellis, said the entries were the strongest in years.\n\n"
    '"We had a very hard choice," he said.\n\n'
    "North Winner\n\n"
    "Ashby's Owen Pruitt builds solar lamps for farm sheds.\n\n"
    "He has sold more than 200 of them to farmers in the valley.\n\n"
    'He said: "I want every shed in the county to have light at night."'
)


def test_a_he_paragraph_chain_goes_back_to_the_paragraph_that_names_its_referent(run):
    speaker = speaker_of(run(PROFILE_AFTER_HEADING), "every shed")
    assert speaker is not None and speaker.name == "Owen Pruitt"


def test_the_judge_named_before_keeps_his_own_quote(run):
    speaker = speaker_of(run(PROFILE_AFTER_HEADING), "hard choice")
    assert speaker is not None and speaker.name == "Mark Tellis"


def test_a_subject_inside_a_phrase_or_a_relative_clause_is_no_main_clause_subject(pipeline):
    from onrecord.pipeline.stages.people.table import _main_subject

    doc = pipeline.nlp("Tom Reyes ran the project during the affair, which ended with Mr Halden quitting.")
    by_text = {t.text: t for t in doc}
    assert _main_subject(by_text["Reyes"])
    assert not _main_subject(by_text["Halden"])  # the subject of "quitting", inside "with ..."
    doc = pipeline.nlp("Tom Reyes signed the deal that Ann Kerr wrote.")
    assert not _main_subject({t.text: t for t in doc}["Kerr"])  # the subject of a relative clause


# A person brought in as an object in the last sentence of a paragraph; the next paragraph opens with a quotation
# and "he said": the new voice, not the mayor named as a subject before.
OBJECT_THEN_QUOTE = (
    "Mayor Tom Hale opened the new library on Monday.\n\n"
    "Hale said the building would serve the whole town for decades.\n\n"
    "Police later arrested Rob Marr, 34, after a scuffle outside the doors.\n\n"
    '"I was only trying to get in," he told reporters.'
)


def test_a_pronoun_opening_a_paragraph_is_the_person_the_paragraph_before_just_introduced(run):
    speaker = speaker_of(run(OBJECT_THEN_QUOTE), "only trying")
    assert speaker is not None and speaker.name == "Rob Marr"


def test_the_mayor_named_as_a_subject_is_still_the_speaker_when_he_is_the_one_named_last(run):
    text = OBJECT_THEN_QUOTE.replace("Police later arrested Rob Marr, 34,", "Rob Marr, 34, was arrested")
    text += "\n\nHale thanked the police officers on duty. " + '"They kept everyone safe," he said.'
    speaker = speaker_of(run(text), "kept everyone safe")
    assert speaker is not None and speaker.name == "Tom Hale"


# A role noun capitalised as the first word of a sentence, before the name ("Striker Rob Marr"), is the person's
# role, which a later "the veteran striker" refers back to (not the manager named since).
ROLE_OPENS_SENTENCE = (
    "Striker Rob Marr, 36, scored twice as Harlow beat Ashby 3-1 on Saturday.\n\n"
    "Harlow manager Tom Hale praised his side's spirit.\n\n"
    '"I still love the game," the veteran striker said.'
)


def test_a_capitalised_role_opening_the_sentence_describes_the_name_after_it(run):
    ex = run(ROLE_OPENS_SENTENCE)
    marr = next(p for p in ex.people if p.name == "Rob Marr")
    assert "striker" in [d.lower() for d in marr.descriptors]
    speaker = speaker_of(ex, "love the game")
    assert speaker is not None and speaker.name == "Rob Marr"


# "the future president" is the person the article titled "President-elect", not an unnamed source.
FUTURE_HOLDER = (
    "President-elect Rob Marr apologised on Sunday to two former colleagues at the bank.\n\n"
    "The complaint was filed in 2019, and Marr was moved to another post.\n\n"
    '"I deeply regret what happened," the future president said in a video.'
)


def test_the_future_holder_of_an_office_is_the_person_titled_elect(run):
    speaker = speaker_of(run(FUTURE_HOLDER), "deeply regret")
    assert speaker is not None and speaker.name == "Rob Marr"


def test_the_incoming_holder_is_the_elect_not_the_sitting_holder_named_last(run):
    text = FUTURE_HOLDER.replace(
        "and Marr was moved to another post.", "and President Tom Hale said he had not known of it."
    ).replace("future", "incoming")
    speaker = speaker_of(run(text), "deeply regret")
    assert speaker is not None and speaker.name == "Rob Marr"
