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
