"""Wire copy's layout (issue 10, round 17): a tag's columns, a comma or a bracketed acronym at a line's end,
indented paragraphs, and a capital slipped in after a dotted abbreviation.
Every article here is written for the test."""

from onrecord.model import Article
from onrecord.pipeline.stages.clean import clean
from onrecord.pipeline.stages.layout import layout
from onrecord.pipeline.state import ArticleState


def laid_out(text: str) -> ArticleState:
    return layout(clean(ArticleState(article=Article(text=text))))


# A ticker in angle brackets opens a wrapped line; the clean stage blanks it as a tag.
TICKER_LINE = (
    "Harbor Freight Lines Inc said its\n"
    "shipping agreement with the rail arm of Northern Transport Corp's\n"
    "<NTC> Coastal unit was cleared by the state regulator on Monday.\n"
    "    Under the deal, Harbor Freight will run weekly service to\n"
    "the southern ports under the Coastal Express name from April.\n"
    "    The company, however, will keep its own board and staff.\n"
)


def test_a_blanked_tag_at_a_line_start_is_no_indentation(run):
    ex = laid_out(TICKER_LINE)
    assert ex.layout.width is not None
    assert len(ex.clean_text) == len(TICKER_LINE)
    assert len(ex.paragraphs) == 3  # the tag's blank is not a paragraph's indentation
    (q, *_) = [q for q in run(TICKER_LINE).quotes if q.kind == "indirect"]
    assert q.text.startswith("its") and q.text.endswith("on Monday")


# The dateline cut off: the short first line ends on a comma, or is followed by the name's acronym in brackets.
COMMA_FIRST_LINE = (
    "The Federation of Dock Workers,\n"
    "FDW, said it will ask for a nine pct pay rise in talks with the\n"
    "port operators due to open in the first week of next month.\n"
    "    The federation, which speaks for some 20,000 workers at the\n"
    "country's four main ports, settled for five pct last year.\n"
)
ACRONYM_SECOND_LINE = (
    "The State Board of Water Supply\n"
    "(SBWS) has concluded that a ban on garden hoses across the state\n"
    "is not needed at this time, in a report made public on Friday.\n"
    "    The board gave its view in answer to a request from the\n"
    "governor's office that such a ban be looked at before summer.\n"
)


def test_a_first_line_ending_on_a_comma_or_before_an_acronym_runs_on():
    ex = laid_out(COMMA_FIRST_LINE)
    assert "Dock Workers, FDW, said" in ex.clean_text
    assert len(ex.paragraphs) == 2
    ex = laid_out(ACRONYM_SECOND_LINE)
    assert "Water Supply (SBWS) has" in ex.clean_text
    assert len(ex.paragraphs) == 2


# Wire copy that capitalises a clause word after an abbreviation's stop.
SLIPPED = "Exports moved from the U.S. To the home market, the trade minister Ian Berg said on Monday.\n"


def test_a_capital_slipped_in_after_a_dotted_abbreviation_is_read_lower_case(run):
    ex = laid_out(SLIPPED)
    assert "the U.S. to the home market" in ex.clean_text
    assert ex.layout.capitals == [SLIPPED.index("To the")]
    (q,) = [q for q in run(SLIPPED).quotes if q.kind == "indirect"]
    assert q.start == 0 and "U.S. To the home market" in q.text  # the text as given
    assert q.speaker is not None and q.speaker.name == "Ian Berg"


def test_a_sentence_opening_after_an_abbreviation_keeps_its_capital():
    text = "Talks were held in the U.S. The minister left on Monday.\n"
    assert laid_out(text).clean_text == text


# A ticker in angle brackets after the company's name on a short first line.
TICKER_AFTER_NAME = (
    "The Northern Harbour Trading Corp\n"
    "<NHTC.L> is likely to report a rise in profit of eight to ten pct\n"
    "for the year, helped by strong freight rates, analysts said.\n"
    "    Their forecasts of the group's net earnings for the year ranged\n"
    "from 410 to 450 mln pounds. Results are due on Thursday.\n"
)
# A short item of three indented paragraphs: a paragraph's last line before an indented one is no wrap to measure.
SHORT_ITEM = (
    "The coastguard said it had called off the search for a fishing\n"
    "boat.\n"
    "    A spokesman said the crew of four had been picked up by a\n"
    "tanker.\n"
    "    All four were said to be in good health, and were taken to\n"
    "hospital.\n"
    "    The boat's owner said he would pay for the tanker's fuel and\n"
    "time.\n"
)


def test_a_ticker_after_a_name_on_a_short_first_line_runs_on():
    ex = laid_out(TICKER_AFTER_NAME)
    assert "Trading Corp <NHTC.L> is likely" in ex.clean_text
    assert len(ex.paragraphs) == 2


def test_a_short_item_of_indented_paragraphs_is_read_as_wrapped(run):
    ex = laid_out(SHORT_ITEM)
    assert ex.layout.width is not None
    assert len(ex.paragraphs) == 4
    got = [q for q in run(SHORT_ITEM).quotes if q.kind == "indirect" and q.text.startswith("the crew")]
    assert got and got[0].text.endswith("by a\ntanker")


# Indented paragraphs: a line with no indentation goes on with the paragraph whatever the line before ends with.
INDENTED_WIRE = (
    "Harbour Lines Corp will ask the U.S.\n"
    "Maritime Board to approve the sale of its ferry unit to a group\n"
    "of local investors, chairman Tom Reyes said on Monday.\n"
    "    The Northern Ports Authority's (NPA)\n"
    "1987/88 budget was cut by a tenth, he told a meeting in the\n"
    "port, adding that the cut would not touch the ferry service.\n"
    "    Reyes told a U.S.-Canada trade group the unit made a profit\n"
    "last year for the first time since it was set up.\n"
)


def test_an_unindented_line_runs_on_where_paragraphs_are_indented(run):
    ex = laid_out(INDENTED_WIRE)
    assert ex.layout.width is not None
    assert len(ex.paragraphs) == 3
    assert "the U.S. Maritime Board" in ex.clean_text and "(NPA) 1987/88 budget" in ex.clean_text
    assert "a U.S.-Canada trade group" in ex.clean_text  # a wrapped line's start holds no dateline
    assert not [n for n in ex.noise if n.why == "dateline"]
    assert [q for q in run(INDENTED_WIRE).quotes if q.text.startswith("the U.S.\nMaritime Board to approve")]
