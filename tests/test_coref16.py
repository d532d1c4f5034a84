"""Round 16, coreference: descriptions of a body tied to the body just named, and pronouns that continue a he/she
chain rather than a name brought in as an object. One short article written for each rule (none of them is news
text)."""

from conftest import speaker_name_of

# "The ministry" after "the Health Ministry on Sunday": the day the name run took in is no part of the name.
MINISTRY = (
    "The Health Ministry on Sunday confirmed the closure of two clinics. The ministry said the clinics had broken "
    '"basic safety rules," without giving detail.'
)

# "The company" after "Acme Corp": a firm is referred back to by "the company" once its name has been given with
# its designator, with a day and a place named between.
COMPANY = (
    "Acme Corp said on Friday it would close its plant in Leeds. The company said the decision was "
    '"painful but necessary."'
)


def test_the_ministry_is_the_ministry_named_before_a_day(run):
    assert speaker_name_of(run(MINISTRY), "basic safety rules") == "Health Ministry"


def test_the_company_is_the_firm_named_with_its_designator(run):
    assert speaker_name_of(run(COMPANY), "painful but necessary") == "Acme Corp"


def test_the_company_takes_no_public_body_named_before():
    from onrecord import extract

    text = (
        "The Transport Department on Monday approved the new bridge. Work starts in May. "
        'The company said the approval was "a relief."'
    )
    assert speaker_name_of(extract(text), "a relief") is None


# A he/she chain: the mayor is "she" in the sentence that brings in the host by name as an object; the next
# "She" continues the chain, so it is neither a vote that the host is a woman nor the host's words after it.
CHAIN_OVER_OBJECT = (
    "Mayor Ruth Kemp faced hard questions at the town hall on Monday.\n\n"
    "She dodged the first question from the host, Michael Burns, who wanted to know whether the budget would "
    'balance. She also avoided the phrase "tax rise," which her critics use.\n\n'
    '"We will find the money," she said.'
)


def test_a_name_brought_in_as_an_object_is_no_she_of_the_next_sentence(run):
    ex = run(CHAIN_OVER_OBJECT)
    host = next(p for p in ex.people if p.name == "Michael Burns")
    assert host.gender != "female"
    assert speaker_name_of(ex, "find the money") == "Ruth Kemp"


def test_words_said_in_a_relative_clause_are_not_carried_to_the_next_she(run):
    text = (
        "The hearing opened with Judge Ann Price in the chair.\n\n"
        'Her first question went to the witness, Peter Lomax, who said he "saw nothing at all." '
        'She pressed him again. "Are you sure?" she asked.'
    )
    assert speaker_name_of(run(text), "Are you sure") == "Ann Price"
