"""The layout stage: wrapped lines, straight-quote apostrophes, noise; and the rewrap property."""

import json
import re
from pathlib import Path

import pytest

from onrecord.model import Article
from onrecord.pipeline.stages.clean import clean
from onrecord.pipeline.stages.layout import layout, wrap_width
from onrecord.pipeline.state import ArticleState
from onrecord.text.paragraphs import Paragraphs
from onrecord.text.wrap import hard_wrap

ROOT = Path(__file__).resolve().parents[1]


def corpora(*parts: str) -> Path:
    """A path under shared/data/corpora (../shared from main, ../../shared from a worktree), or skip."""
    for base in (ROOT.parent / "shared", ROOT.parent.parent / "shared"):
        path = base.joinpath("data", "corpora", *parts)
        if path.exists():
            return path
    pytest.skip(f"needs the shared corpora at {ROOT.parent / 'shared' / 'data' / 'corpora' / Path(*parts)}")


def laid_out(text: str) -> ArticleState:
    return layout(clean(ArticleState(article=Article(text=text))))


WIRE = (
    "The company said on Tuesday that its quarterly results would be\n"
    "delayed by a week because of a dispute with its auditors over the\n"
    "value of its stake in a pipeline venture.\n"
    '    "The price we paid was fair in the light of falling\n'
    'oil product prices at the time," a company spokeswoman said,\n'
    "adding that the board stood by the decision.\n"
    '    OPEC"s largest producer was not involved in the venture.\n'
)


def test_wrapped_lines_join_and_indented_paragraphs_stay():
    ex = laid_out(WIRE)
    assert ex.layout.width is not None
    assert len(ex.clean_text) == len(WIRE)
    assert len(ex.paragraphs) == 3  # one per indented paragraph, whatever the line count
    assert "falling oil product prices" in ex.clean_text


def test_one_line_paragraphs_are_not_wrapped():
    lines = [
        "A short first paragraph here.",
        "Then a much longer second paragraph that goes on for a while, well past.",
        "Third.",
        "Another middling paragraph of some length.",
        "And the last one.",
    ]
    assert wrap_width("\n".join(lines)) is None
    assert wrap_width(hard_wrap(" ".join(lines * 3), 60)) == 60


def test_straight_double_quote_as_apostrophe_is_not_a_mark(run):
    ex = run(WIRE)
    texts = [q.text.replace("\n", " ") for q in ex.quotes if q.kind != "indirect"]
    assert texts == ["The price we paid was fair in the light of falling oil product prices at the time,"]
    direct = next(q for q in ex.quotes if q.kind != "indirect")
    assert direct.speaker_mention.text.replace("\n", " ") == "a company spokeswoman"


def test_noise_is_marked_never_removed_and_never_a_quote(run):
    text = (
        "Storms hit the Plains | Jane Doe\n\n"
        "OTTAWA \u2014 Prime Minister Jean Dubois says the deal is off for now.\n\n"
        "Share WhatsApp Email Telegram\n\n"
        "WhatsApp\n\n"
        "Credit: Jan Berg/Reuters View full size image\n\n"
        'Photograph: "Harbour at dusk" by Ana Ruiz/AP\n\n'
        '"We will not sign it," Dubois said.\n'
    )
    ex = run(text)
    whys = {n.why for n in ex.noise}
    assert {
        "share bar",
        "share button",
        "photo caption or credit",
        "byline or outlet after the title",
        "dateline",
    } <= whys
    for n in ex.noise:
        assert text[n.start : n.end] == n.text
    assert [q.text for q in ex.quotes if q.kind == "direct"] == ["We will not sign it,"]
    assert all(not any(n.start <= q.start < n.end for n in ex.noise) for q in ex.quotes)
    names = {p.name for p in ex.people}
    assert "OTTAWA" not in " ".join(n or "" for n in names) and "WhatsApp" not in names


def test_a_related_story_link_in_capitals_is_noise_and_its_marks_quote_nobody(run):
    # Trial 11 M12: "LAUREN ALAINA SAYS 'DWTS' HAS HELPED HER LOSE 25 POUNDS" gave Lauren Alaina's reported
    # speech, and a link's 'DANCING WITH THE STARS' a direct quotation of the article's speaker.
    text = (
        "Actor shares family news\n\n"
        'The actor spoke on the show on Monday. "It was the hardest week of our lives," Jamie Ortega said.\n\n'
        "'STAR DANCE' HOST OPENS UP ABOUT SERIOUS HEALTH CONDITION\n\n"
        "Ortega thanked the judges.\n\n"
        "RIVAL SAYS 'STAR DANCE' HAS HELPED HER LOSE 25 POUNDS\n\n"
        '"We will be back next season," he said.\n'
    )
    ex = run(text)
    links = [n for n in ex.noise if n.why == "headline or related-story link"]
    assert len(links) == 2 and all(text[n.start : n.end] == n.text for n in links)
    assert all(not any(n.start <= q.start < n.end for n in links) for q in ex.quotes)
    assert {q.speaker.name for q in ex.quotes if q.kind == "direct"} == {"Jamie Ortega"}


def test_all_capitals_wire_copy_keeps_its_lines_as_prose(run):
    text = (
        "OIL PRICES FELL ON MONDAY, TRADERS SAID.\n\n"
        "THE PRICE OF CRUDE DROPPED TWO DOLLARS A BARREL IN LONDON\n\n"
        '"WE SEE NO END TO IT," A TRADER SAID.\n'
    )
    assert not [n for n in run(text).noise if n.why == "headline or related-story link"]


def test_paragraph_lookup_by_bisection():
    paras = Paragraphs.of("one\n\ntwo two\nthree")
    assert list(paras) == [(0, 3), (5, 12), (13, 18)]
    assert [paras.index_of(i) for i in (0, 3, 4, 5, 11, 13, 17)] == [0, -1, -1, 1, 1, 2, 2]


def test_hard_wrap_keeps_offsets():
    text = "word " * 40 + "\n\nand a second paragraph that is long enough to wrap at least once here."
    for width in (20, 60):
        wrapped = hard_wrap(text, width)
        assert len(wrapped) == len(text)
        assert max(len(line) for line in wrapped.split("\n")) <= width
        assert wrapped.replace("\n", " ") == text.replace("\n", " ")


def _pairs(ex):
    return {
        (q.start, q.end, q.kind, re.sub(r"\s+", " ", q.speaker.name if q.speaker and q.speaker.name else ""))
        for q in ex.quotes
    }


def _bbc_articles(limit: int) -> list[str]:
    root = corpora("text", "bbc-fulltext")
    texts = []
    for path in sorted(root.glob("*/*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        if text.count('"') >= 4:
            texts.append(text)
        if len(texts) >= limit:
            break
    return texts


@pytest.mark.parametrize("width", [60, 68, 80])
def test_rewrapping_real_articles_changes_nothing(pipeline, width):
    articles = _bbc_articles(6)
    before = list(pipeline.pipe(Article(text=t) for t in articles))
    after = list(pipeline.pipe(Article(text=hard_wrap(t, width)) for t in articles))
    for text, a, b in zip(articles, before, after, strict=False):
        assert a.quotes, "the sample should hold quotations"
        assert _pairs(a) == _pairs(b), text[:60]


def test_reuters_possessive_double_quote_is_never_a_mark(pipeline):
    path = corpora("jsonl", "reuters21578.jsonl")
    texts = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            text = json.loads(line)["text"]
            if re.search(r"[A-Za-z]\"s\b", text):
                texts.append(text)
            if len(texts) >= 5:
                break
    assert texts, "the Reuters set should hold possessives written with a straight double quote"
    for ex, text in zip(pipeline.pipe(Article(text=t) for t in texts), texts, strict=False):
        for q in ex.quotes:
            for mark in (q.open_start, (q.close_end or 0) - 1):
                if mark is not None and mark > 0:
                    assert not (text[mark - 1].isalpha() and text[mark : mark + 2] == '"s'), text[mark - 30 : mark + 30]


# Wire copy whose dateline was cut off: the first line is short and ends inside a name.
SHORT_FIRST_LINE = "Deputy Finance Minister Karin\n" + hard_wrap(
    "Osterlund said the state would sell its remaining stake in the national airline before the end of "
    "the year, and that talks with two foreign buyers had begun in March after the cabinet agreed on a "
    "minimum price for the shares.\n    Analysts said the timing suited the government, which needs the "
    "money to cover a shortfall in the pension fund before the next election.\n",
    70,
)


def test_short_first_line_inside_a_name_is_a_wrap(run):
    ex = laid_out(SHORT_FIRST_LINE)
    assert ex.layout.width is not None
    assert "Karin Osterlund said" in ex.clean_text
    assert len(ex.paragraphs) == 2
    (q, *_) = [q for q in run(SHORT_FIRST_LINE).quotes if q.kind == "indirect"]
    assert q.speaker is not None and q.speaker.name == "Karin Osterlund"


# A wrapped article with a title-case subheading line between two paragraphs.
WRAPPED_WITH_SUBHEAD = (
    "The port authority said on Monday that cargo volumes had fallen for a\n"
    "third month running, as two shipping lines moved their routes south to\n"
    "avoid the strike at the container terminal.\n"
    "Talks Resume Next Week\n"
    "The union said its members would vote on the new offer on Friday, and\n"
    "that the strike would continue until the result of the vote was known.\n"
)


def test_subhead_line_stays_a_boundary_and_is_never_a_speaker(run):
    ex = laid_out(WRAPPED_WITH_SUBHEAD)
    assert ex.layout.width is not None
    assert [n.why for n in ex.noise] == ["subhead"]
    assert ex.noise[0].text == "Talks Resume Next Week"
    assert len(ex.clean_text) == len(WRAPPED_WITH_SUBHEAD)
    got = run(WRAPPED_WITH_SUBHEAD)
    for q in got.quotes:
        assert "Talks" not in q.text
        assert q.speaker_mention is None or "Talks" not in q.speaker_mention.text
    assert any(q.speaker_mention and q.speaker_mention.text == "The union" for q in got.quotes)


def test_short_line_ending_a_sentence_still_ends_the_paragraph():
    text = hard_wrap(
        "The council voted on Tuesday to close the old library on the hill, which had stood empty since "
        "the flood of two winters ago and would cost too much to repair.\nIt was a short meeting.\n"
        "Residents who had campaigned to keep it open said they would appeal against the decision at the "
        "regional court before the summer, and asked the mayor to delay the sale of the building.\n",
        70,
    )
    ex = laid_out(text)
    assert ex.layout.width is not None
    assert "repair. It" not in ex.clean_text and "meeting. Residents" not in ex.clean_text


# Indented wire copy whose wrapped line is a run of capitalised name words ending inside the name.
WRAPPED_NAME_LINE = (
    "    The regional lender said on Tuesday that it would sell part of its\n"
    "loan book to cut costs before the end of the quarter, bankers said.\n"
    "    Western Savings and Loan Association of San\n"
    "Diego filed a plan to sell 100 mln dlrs of notes backed by card loans,\n"
    "underwriters noted in a report to clients.\n"
)


def test_wrapped_line_of_name_words_is_prose_not_a_subhead(run):
    """Trial 12 F8: a line of capitalised words that the layout joins to the next as a wrap runs on."""
    ex = laid_out(WRAPPED_NAME_LINE)
    assert ex.layout.width is not None
    assert not [n for n in ex.noise if n.why == "subhead"]
    assert "of San Diego filed" in ex.clean_text
    quotes = [q for q in run(WRAPPED_NAME_LINE).quotes if "filed a plan" in q.text]
    assert quotes and quotes[0].text.startswith("Western Savings")


def test_a_share_bar_run_into_the_prose_is_noise_and_never_a_description(run):
    # Trial 13 F9: a page reader ran the byline and the share bar into the first sentence, and the
    # speaker's description began "WhatsApp Email ...".
    text = (
        "Harbour board delays vote\n\n"
        "By Lena Marsh - June 9, 2023 Share Facebook Twitter WhatsApp Email A harbour board member has said "
        'that "the figures do not add up" this year.\n\n'
        "Fans shared the clip on Facebook, Twitter and WhatsApp within hours.\n"
    )
    ex = run(text)
    bars = [n for n in ex.noise if n.why == "share bar run into the text"]
    assert [n.text for n in bars] == ["Share Facebook Twitter WhatsApp Email"]
    assert "By Lena Marsh - June 9, 2023" in [n.text for n in ex.noise if n.why == "byline"]
    assert all(text[n.start : n.end] == n.text for n in ex.noise)
    mentions = " ".join(q.speaker_mention.text for q in ex.quotes if q.speaker_mention)
    assert "WhatsApp" not in mentions and "Email" not in mentions and "Lena Marsh" not in mentions


def test_a_tweet_button_run_onto_a_highlighted_sentence_is_noise(run):
    # Trial 14 F9: a blogging tool's button label glued to the sentence it offers to share.
    text = (
        "Ferry timetable\n\n"
        "Starting small lets you grow into the role with much less stress.Click To Tweet The council said the "
        "new timetable would start in June.\n"
    )
    ex = run(text)
    bars = [n for n in ex.noise if n.why == "share bar run into the text"]
    assert [n.text for n in bars] == ["Click To Tweet"]
    assert all("Click" not in q.text for q in ex.quotes)


def test_headlines_under_a_related_links_heading_are_noise_not_quotations(run):
    # Trial 13 F9: "Related articles" headlines inside the article block gave quotations with invented speakers.
    text = (
        "Ferry service cut\n\n"
        'A ferry company spokesman said that "no crossing is safe" in the storm.\n'
        "Related articles\n"
        "Harbour Notes: Skippers' plea \u2013 'give us a berth'\n"
        "Council to fishermen: 'Keep off the north quay'\n"
        "Storm season starts early on the coast\n"
    )
    ex = run(text)
    links = [n for n in ex.noise if n.why == "related-story link"]
    assert len(links) == 4 and all(text[n.start : n.end] == n.text for n in links)
    assert [q.text for q in ex.quotes] == ["no crossing is safe"]


def test_a_read_more_heading_ends_at_the_next_line_of_prose(run):
    text = 'Read more\nMayor opens the new bridge\nThe mayor said the bridge "will serve the town for a century."\n'
    ex = run(text)
    assert [n.text for n in ex.noise if n.why == "related-story link"] == ["Read more", "Mayor opens the new bridge"]
    assert len(ex.quotes) == 1 and "will serve the town" in ex.quotes[0].text


# Web copy of one-line paragraphs, one or two sentences each, hard-wrapped at 64 columns: the paragraph ends are
# so many that fewer than 60 % of the lines end near the width (round 18, wrap bench).
SHORT_PARAGRAPHS = hard_wrap(
    "The harbour board met on Monday to hear the dredging plan.\n"
    "Its chair, Mona Keller, said she would \u201cseek to end the dumping of silt in the bay and to restore the "
    "old channel.\u201d\n"
    "The plan goes to a vote next month.\n"
    "Fishermen asked for a delay.\n"
    "\u201cThe channel has silted up for years, and the boats need a deeper berth before the winter,\u201d said "
    "Ivo Brandt, who leads the fishermen\u2019s group.\n"
    "The board did not reply.\n",
    64,
)


def test_wrapped_short_paragraphs_are_read_as_wrapped(run):
    ex = laid_out(SHORT_PARAGRAPHS)
    assert ex.layout.width is not None
    assert "to end the dumping of silt in the bay and to restore the old channel" in ex.clean_text.replace("\n", " ")
    got = run(SHORT_PARAGRAPHS)
    quote = [q for q in got.quotes if q.text.startswith("The channel has silted")]
    assert quote and quote[0].text.endswith("winter,") and quote[0].speaker.name == "Ivo Brandt"


# A wrapped profile page: a short heading over each profile, then a signature line before a quotation; a
# wrapping program would have put the next word on either short line, so each ends its paragraph.
PROFILES = (
    "The foundation named its regional winners on Thursday, with prizes for\n"
    "projects that bring clean water and waste collection to poor districts.\n"
    "Island Winner\n"
    "Tevita, from Tonga, builds rain tanks for schools on the outer islands and\n"
    "trains pupils to keep them clean through the dry season every year.\n"
    "\u2014 Posted by the foundation on March 3, 2021\n"
    "\u201cThis prize lets us build tanks for another dozen schools,\u201d Tevita said\n"
    "after the ceremony in the capital on Thursday evening.\n"
)


def test_a_short_line_inside_a_run_of_wrapped_lines_ends_its_paragraph(run):
    ex = laid_out(PROFILES)
    assert ex.layout.width is not None
    assert "\nTevita, from Tonga" in ex.clean_text
    assert [n.text for n in ex.noise if n.why == "subhead"] == ["Island Winner"]
    assert "2021\n\u201cThis" in ex.clean_text
    assert "said after the ceremony" in ex.clean_text  # a line filled to the width still runs on
    (q,) = [q for q in run(PROFILES).quotes if q.text.startswith("This prize")]
    assert q.kind == "direct" and q.speaker_mention is not None and q.speaker_mention.text == "Tevita"


# Wrapped at 60 columns, with a web address too long to break stretching one line to 68: a line ending a
# sentence with no room for the next word at 60 is still a wrap, though the longest line would have taken it.
STRETCHED = hard_wrap(
    "The water board said on Friday that its new rules on garden hoses would apply from the first of May. "
    "The board said the rules would be lifted once the reservoirs were full again, and that fines would be "
    "small at first. Details are at https://www.example.org/water-board/rules-for-garden-hoses-2031.html for "
    "readers. \u201cWe hope nobody has to pay a fine this year. The rain may yet come,\u201d said Lena Fisk, "
    "who chairs the board.",
    60,
)


def test_a_long_web_address_does_not_stretch_the_wrap_width(run):
    ex = laid_out(STRETCHED)
    assert ex.layout.width == 68
    assert "this year. The rain" in ex.clean_text
    (q,) = [q for q in run(STRETCHED).quotes if q.text.startswith("We hope")]
    assert q.text.endswith("yet come,") and q.speaker.name == "Lena Fisk"


# A wrapped page with a sentence-case subhead after a blank line deep in the article: only the first paragraphs
# may have lost a dateline, so this short line, with room for the next word, stays a line of its own.
SUBHEAD_DEEP = hard_wrap(
    "The city council met on Monday to debate the budget for the coming year, which the mayor has said must "
    "cut spending on roads by a tenth.\n\nCouncillors asked for more time to read the plan before the vote, "
    "and the chair agreed to meet again next week.\n\nRoad repairs face cuts\nAccording to the plan, road "
    "crews will lose two of their five trucks, and the depot on the east side will close.\n",
    68,
)


def test_a_short_line_opening_a_later_paragraph_is_not_run_into_the_next(run):
    ex = laid_out(SUBHEAD_DEEP)
    assert ex.layout.width is not None
    assert "cuts According" not in ex.clean_text
    assert "before the vote, and the chair" in ex.clean_text
