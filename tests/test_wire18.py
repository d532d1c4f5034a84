"""Round 18, text as it comes: a wire service's bracketed company names are prose, only the brackets markup."""

from onrecord.model import Article
from onrecord.pipeline.stages.clean import clean
from onrecord.pipeline.state import ArticleState

# Reuters 1987 style: an unlisted company's name in angle brackets, a ticker in capitals, a possessive.
WIRE = (
    "<Harbour Mills Ltd> said it would close two of its\n"
    "spinning plants in the north by the end of the year.\n"
    "    The company, which is 40 pct owned by Carder Group <CDG>,\n"
    "said demand had fallen for three years.\n"
    "    <Westfield Cans Inc>'s board said it agreed to buy the plants.\n"
)


def cleaned(text: str) -> str:
    return clean(ArticleState(article=Article(text=text))).clean_text


def test_a_bracketed_company_name_keeps_its_words_and_a_ticker_is_blanked():
    got = cleaned(WIRE)
    assert len(got) == len(WIRE)
    assert got.startswith(" Harbour Mills Ltd  said")
    assert "Carder Group      ," in got  # the ticker is markup
    assert " Westfield Cans Inc's  board" in got  # the possessive stays on the name


def test_html_tags_are_still_blanked():
    text = 'He said <b>no</b> and <br/> <P> <tweet author="x">left</tweet>.'
    got = cleaned(text)
    assert "<" not in got and ">" not in got and "tweet" not in got and "no" in got


def test_the_bracketed_company_is_the_speaker(run):
    ex = run(WIRE)
    first = [q for q in ex.quotes if q.text.startswith("it would close")]
    assert first and first[0].speaker is not None and first[0].speaker.name == "Harbour Mills Ltd"
