"""Issue 10: quotations of wire copy come out with the speaker the text gives them. One short wire-style
article written for each rule (none of them is news text), hard-wrapped and indented as wire copy is:

* "it said" is the body, country or document the text made the subject before ("Norvale Mining Corp said
  ... It said", "the report said ... "Q," it said"), never a subject inside what "it" said, and nobody
  when no such subject is in reach;
* "he added" after a quotation an unnamed person said ("one dealer said") is that person, when the
  description is of one person of that gender ("a spokeswoman said ... he added" and "Traders said" are not).
"""

COMPANY = (
    "Norvale Mining Corp said first quarter copper output rose\n"
    "12 pct to 41,000 tonnes on higher ore grades at its main mine.\n"
    "    It said demand from Asian smelters would \"stay firm for the\n"
    'rest of the year at least."\n'
)

REPORT = (
    "Rice output will fall three pct in 1988, the report said.\n"
    "    Imports are expected to rise to 400,000 tonnes while Burma\n"
    "supplies most of the rest, it said.\n"
    '    "Stocks are low and the new crop will not cover demand before\n'
    'the autumn," it said.\n'
)

NOBODY = (
    "Rice prices fell sharply in Bangkok on Monday.\n"
    '    "Stocks are low and the new crop will not cover demand before\n'
    'the autumn," it said.\n'
)

ONE_DEALER = (
    "The central bank is likely to cut the amount it offers at this\n"
    "week's tender, dealers said.\n"
    '    "I would not be surprised to see a cut of a billion marks or so,"\n'
    "one dealer said.\n"
    '    "They can always top it up next week when the need is\n'
    'clearer," he added.\n'
)

SPOKESWOMAN = (
    "The central bank is likely to cut the amount it offers at this\n"
    "week's tender.\n"
    '    "We will look at the figures on Tuesday," a bank spokeswoman said.\n'
    '    "They can always top it up next week when the need is\n'
    'clearer," he added.\n'
)


def _speaker(ex, words: str):
    return next(q for q in ex.quotes if words in q.text).speaker


def test_it_said_after_a_company_is_the_company(run):
    speaker = _speaker(run(COMPANY), "stay firm")
    assert speaker is not None and speaker.kind == "organisation"
    assert speaker.name is not None and "Norvale" in speaker.name


def test_it_said_is_the_report_and_not_a_country_inside_what_it_said(run):
    speaker = _speaker(run(REPORT), "Stocks are low")
    assert speaker is not None and speaker.name != "Burma"
    assert speaker.descriptors and "report" in speaker.descriptors[0].lower()


def test_it_said_with_no_body_before_has_no_speaker(run):
    assert _speaker(run(NOBODY), "Stocks are low") is None


def test_he_added_after_one_dealer_said_is_that_dealer(run):
    ex = run(ONE_DEALER)
    first, second = _speaker(ex, "not be surprised"), _speaker(ex, "top it up")
    assert first is not None and first.kind == "unnamed"
    assert second is first


def test_he_added_after_a_spokeswoman_is_not_the_spokeswoman(run):
    ex = run(SPOKESWOMAN)
    spokeswoman = _speaker(ex, "look at the figures")
    assert spokeswoman is not None
    assert _speaker(ex, "top it up") is not spokeswoman
