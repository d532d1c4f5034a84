"""Issue 10: quotations of wire copy come out with the speaker the text gives them. One short wire-style
article written for each rule (none of them is news text), hard-wrapped and indented as wire copy is:

* "it said" is the body, country or document the text made the subject before ("Norvale Mining Corp said
  ... It said", "the report said ... "Q," it said") or cited ("according to the X Association, which ..."),
  never a subject inside what "it" said, and nobody when no such subject is in reach; an acronym subject the
  tagger gave no type ("GNA gave no details") is a body; a chain of "it said ... it added" is followed back;
* "he added" after a quotation an unnamed person said ("one dealer said") is that person, when the
  description is indefinite and of one person of that gender ("a spokeswoman said ... he added" is not);
* "X was quoted by a daily as saying: "Q"" is X's, and so is "X opposed the plan, saying: "Q"": the participle
  of "say" before a colon is no noun for a saying ("the old saying: "Q"" keeps nobody);
* an opening mark written against the cue ('a banker said"Q') still lets the cue be read;
* a term cited as a term ('what is called "front-running"', 'a practice known as "netting"') is no quotation,
  even inside a reported clause, while a name someone gives ('called "a disaster" by critics') stays one.
"""

from conftest import speaker_of

COMPANY = (
    "Norvale Mining Corp said first quarter copper output rose\n"
    "12 pct to 41,000 tonnes on higher ore grades at its main mine.\n"
    '    It said demand from Asian smelters would "stay firm for the\n'
    'rest of the year at least."\n'
)

REPORT = (
    "Rice output will fall three pct in 1988, the report said.\n"
    "    Imports are expected to rise to 400,000 tonnes while Burma\n"
    "supplies most of the rest, it said.\n"
    '    "Stocks are low and the new crop will not cover demand before\n'
    'the autumn," it said.\n'
)

ACCORDING = (
    "Thai rice exports fell 12 pct in March, according to the Rice\n"
    "Exporters Association, which compiles the monthly figures.\n"
    '    "Buyers are waiting for the new crop," it said.\n'
)

ACRONYM = (
    "Gulf oil ministers met in Doha on Sunday for the second time this month.\n"
    "    GNA gave no details of the outcome of the talks.\n"
    '    It said only: "The ministers discussed the market and prices."\n'
)

LONG_CHAIN = (
    "Growth will slow to two pct next year, the report said.\n"
    "    Exports would stay weak, it said.\n"
    "    Investment would pick up only slowly, it added.\n"
    "    Prices would rise less than in 1986, it noted.\n"
    "    Unemployment would climb to 11 pct by mid-1988, it warned.\n"
    '    "Wage restraint remains essential for growth," it said.\n'
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


QUOTED_AS_SAYING = (
    "Oil ministers will not meet before June, officials said.\n"
    "    Energy Minister Karim al-Hadi was quoted by the daily al-Rai as\n"
    'saying: "No member has asked for such a meeting so far."\n'
)

SAYING_PARTICIPLE = (
    # Wrapped as wire copy is (several lines at one width), so the layout stage joins the wrapped lines.
    "Creditor banks are split over how to handle the debt talks, with\n"
    "some lenders wanting one panel and others wanting several.\n"
    "    A senior banker was strongly opposed to separate regional\n"
    'committees, saying: "There must be one committee and one answer."\n'
)

SAYING_NOUN = (
    "Creditor banks are split over how to handle the debt talks.\n"
    '    Negotiators keep coming back to an old saying: "There must be one committee and one answer."\n'
)

GLUED_MARK = (
    "Local banks are expected to join the syndicated loan.\n"
    '    A Taiwanese banker said"It would be a good way for our banks to\n'
    'enter the international lending market."\n'
)


WORDS_AS_WORDS = (
    "Futures exchanges will tighten rules on dual trading, officials said.\n"
    "    Exchange officials noted the practice lets a broker engage in what is\n"
    'called "front-running", and that clearing houses favour a practice known\n'
    'as "netting" to cut credit risk.\n'
)

NAMED_BY_SOMEONE = (
    "Futures exchanges will tighten rules on dual trading, officials said.\n"
    '    Officials said the plan was called "a disaster" by floor traders.\n'
)


def test_it_said_after_a_company_is_the_company(run):
    speaker = speaker_of(run(COMPANY), "stay firm")
    assert speaker is not None and speaker.kind == "organisation"
    assert speaker.name is not None and "Norvale" in speaker.name


def test_it_said_is_the_report_and_not_a_country_inside_what_it_said(run):
    speaker = speaker_of(run(REPORT), "Stocks are low")
    assert speaker is not None and speaker.name != "Burma"
    assert speaker.descriptors and "report" in speaker.descriptors[0].lower()


def test_it_said_after_according_to_a_body_is_that_body(run):
    speaker = speaker_of(run(ACCORDING), "waiting for the new crop")
    assert speaker is not None and speaker.kind == "organisation"
    assert speaker.name is not None and "Exporters Association" in speaker.name


def test_it_said_after_an_acronym_subject_is_that_body(run):
    speaker = speaker_of(run(ACRONYM), "discussed the market")
    assert speaker is not None and speaker.kind == "organisation" and speaker.name == "GNA"


def test_it_said_at_the_end_of_a_long_chain_of_it_said_is_the_report(run):
    speaker = speaker_of(run(LONG_CHAIN), "Wage restraint")
    assert speaker is not None and speaker.descriptors and "report" in speaker.descriptors[0].lower()


def test_it_said_with_no_body_before_has_nospeaker_of(run):
    assert speaker_of(run(NOBODY), "Stocks are low") is None


def test_he_added_after_one_dealer_said_is_that_dealer(run):
    ex = run(ONE_DEALER)
    first, second = speaker_of(ex, "not be surprised"), speaker_of(ex, "top it up")
    assert first is not None and first.kind == "unnamed"
    assert second is first


def test_he_added_after_a_spokeswoman_is_not_the_spokeswoman(run):
    ex = run(SPOKESWOMAN)
    spokeswoman = speaker_of(ex, "look at the figures")
    assert spokeswoman is not None
    assert speaker_of(ex, "top it up") is not spokeswoman


def test_quoted_by_a_daily_as_saying_with_a_colon_is_the_one_quoted(run):
    speaker = speaker_of(run(QUOTED_AS_SAYING), "No member has asked")
    assert speaker is not None and speaker.name is not None and "Hadi" in speaker.name


def test_saying_as_a_participle_before_a_colon_gives_the_subject(run):
    speaker = speaker_of(run(SAYING_PARTICIPLE), "one committee")
    assert speaker is not None and speaker.kind == "unnamed" and "banker" in speaker.descriptors[0]


def test_an_old_saying_before_a_colon_is_nobody_s_words(run):
    assert speaker_of(run(SAYING_NOUN), "one committee") is None


def test_an_opening_mark_glued_to_the_cue_still_gives_thespeaker_of(run):
    speaker = speaker_of(run(GLUED_MARK), "good way for our banks")
    assert speaker is not None and "banker" in speaker.descriptors[0]


def test_terms_cited_as_terms_are_no_quotations(run):
    ex = run(WORDS_AS_WORDS)
    held = [q.fragment.text if q.fragment else q.text for q in ex.quotes if q.kind != "indirect"]
    assert not any(words in text for text in held for words in ("front-running", "netting"))


def test_a_name_given_by_someone_stays_a_quotation(run):
    ex = run(NAMED_BY_SOMEONE)
    assert any("a disaster" in (q.fragment.text if q.fragment else q.text) for q in ex.quotes if q.kind != "indirect")
