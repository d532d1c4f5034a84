"""Round 16, coreference: descriptions of a body tied to the body just named, pronouns that continue a he/she
chain rather than a name brought in as an object, and a reported clause's subject that only hosts a partial
quotation. One short article written for each rule (none of them is news text)."""

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
