"""Round 21 (posts): embedded social posts become quotations of their authors; broken HTML pages are read
leniently before they are refused; a quotation the time budget cut short says so in its confidence.

Every article here was written for these tests.
"""

from __future__ import annotations

import pytest

from onrecord.errors import OnrecordError
from onrecord.io.ingest_readers import html_to_article, paragraph_text
from onrecord.model import Article, Quote
from onrecord.pipeline import Pipeline, state
from onrecord.pipeline.stages.confidence import BUDGET_CUT_CONFIDENCE, WEAK_LINK_CEILING

RENDERED = (
    "Commuters in Riverton faced long delays on Monday after the Elm Street bridge closed.\n\n"
    "Critics quickly took to social media.\n\n"
    "Traffic is backed up for three miles on Route 9. Who planned this? #Riverton\n"
    "\u2014 Harold Benning (@hbenning) March 3, 2017\n\n"
    "The city said the bridge would reopen next week.\n"
)

TAGGED = (
    "State Senator Martha Quill praised the road crews on Tuesday.\n\n"
    '<tweet id="1" author="@MarthaQuill" datetime="2017-03-04">Proud of our road crews tonight. '
    "They worked through the storm.</tweet>.\n\n"
    '<tweet tweet-author="@RivertonCouncil" tweet-date="March 4, 2017">Elm Street bridge reopens at 6am.<tweet/>.\n\n'
    '<tweet tweet-id="758855648595419140"><tweet/>.\n\n'
    '"We owe them a great deal," Quill said later.\n'
)


WITH_POSTS = ["direct", "partial", "indirect", "post"]


def _posts(ex):
    return [q for q in ex.quotes if q.kind == "post"]


def test_a_rendered_embed_is_one_quotation_of_its_author(run):
    ex = run(RENDERED, kinds=WITH_POSTS)
    (q,) = _posts(ex)
    assert q.medium == "twitter"
    assert q.text == "Traffic is backed up for three miles on Route 9. Who planned this? #Riverton"
    assert q.speaker.name == "Harold Benning" and q.speaker.handle == "@hbenning"
    assert q.speaker_mention.text == "Harold Benning" and q.confidence >= 0.85
    assert RENDERED[q.start : q.end] == q.text


def test_posts_are_quotations_only_when_asked_for(run):
    # The gold sets count words in quotation marks only: a default run gives no post, but lists it.
    ex = run(RENDERED)
    assert not _posts(ex) and [p.handle for p in ex.social_posts] == ["@hbenning"]
    assert [p.handle for p in run(TAGGED).social_posts] == ["@MarthaQuill", "@RivertonCouncil"]


def test_markup_posts_are_quotations_of_the_person_the_handle_spells(run):
    ex = run(TAGGED, kinds=WITH_POSTS)
    posts = _posts(ex)
    assert [q.text for q in posts] == [
        "Proud of our road crews tonight. They worked through the storm.",
        "Elm Street bridge reopens at 6am.",
    ]  # the empty embed (an id, no words) is none
    quill, council = posts
    assert quill.speaker.name == "Martha Quill" and quill.speaker.handle == "@MarthaQuill"
    assert quill.speaker_mention.text == "@MarthaQuill" or quill.speaker_mention.text == "MarthaQuill"
    assert council.speaker.handle == "@RivertonCouncil" and council.medium == "twitter"
    assert council.confidence < quill.confidence  # a handle nobody in the article is named by
    assert all(TAGGED[q.start : q.end] == q.text for q in posts)
    # The author's later words in the story are no part of the post's thread: no medium carried from it.
    said = next(q for q in ex.quotes if q.text.startswith("We owe"))
    assert said.speaker.name == "Martha Quill" and said.medium != "twitter"


def test_a_post_the_article_quoted_already_is_not_counted_twice(run):
    text = (
        "The singer Nora Vale thanked her fans on Friday.\n\n"
        "\u201cThank you all for the love,\u201d she wrote.\n\n"
        "Thank you all for the love \U0001f5a4 https://t.co/abc123 \u2014 Nora Vale (@noravale) May 1, 2020\n"
    )
    ex = run(text, kinds=WITH_POSTS)
    assert not _posts(ex)
    assert [q.text for q in ex.quotes] == ["Thank you all for the love,"]


def test_words_quoted_inside_a_post_are_not_a_second_quotation_of_the_article(run):
    text = (
        "The council met on Monday.\n\n"
        '<tweet author="@jlorne" datetime="2017-03-04">The plan is "a disaster for drivers" and must go.</tweet>\n\n'
        "Jay Lorne, who runs a taxi firm, has opposed the plan for months.\n"
    )
    ex = run(text, kinds=WITH_POSTS)
    (q,) = _posts(ex)
    assert q.text == 'The plan is "a disaster for drivers" and must go.'
    assert q.speaker.name == "Jay Lorne"  # the handle spells the name the article gives
    assert all(not (q.start <= o.start and o.end <= q.end) for o in ex.quotes if o is not q)


PARAGRAPHS = [
    "Mayor Ada Brennan said on Monday that the Elm Street bridge would reopen before the winter storms arrive.",
    "\u201cWe will not leave the east side cut off for another season,\u201d Brennan told reporters at city hall.",
    "The city engineer, Tom Okafor, said the repairs were on schedule and within the budget the council set.",
    "\u201cThe steel is in place and the deck goes down next week,\u201d Okafor said after the council meeting.",
]


def _broken_page(paragraphs: list[str]) -> bytes:
    """A page whose every block is left open: no closing tags at all, and cut off before its end."""
    body = "".join(f"<div class='col'><div class='story'><p>{p}" for p in paragraphs)
    return f"<html><head><title>Bridge to reopen</title></head><body><div id='main'>{body}".encode()


def test_a_page_with_its_closing_tags_missing_is_read_not_refused():
    article, _ = html_to_article(_broken_page(PARAGRAPHS), "broken.html")
    for p in PARAGRAPHS:
        assert p in article.text


def test_a_broken_page_gives_its_quotations(run):
    article, _ = html_to_article(_broken_page(PARAGRAPHS), "broken.html")
    ex = run(article.text)
    speakers = {q.speaker.name for q in ex.quotes if q.kind == "direct" and q.speaker}
    assert {"Ada Brennan", "Tom Okafor"} <= speakers


def test_a_page_without_an_article_is_still_refused_in_one_line():
    page = b"<html><body><ul><li><a href='/a'>Home</a><li><a href='/b'>News</a><li><a href='/c'>Sport</a>"
    page += b"<p>Sign in</p><p>Subscribe to our newsletter</p>"
    with pytest.raises(OnrecordError) as exc:
        html_to_article(page, "menu.html")
    assert exc.value.code == "E033" and "menu.html" in str(exc.value) and "\n" not in str(exc.value)


def test_paragraph_text_wants_several_prose_paragraphs():
    assert paragraph_text(_broken_page(PARAGRAPHS[:2])) == ""  # two paragraphs: too few to call an article
    assert paragraph_text(b"<p>" + b"word " * 40) == ""  # no sentence ends it
    assert paragraph_text(_broken_page(PARAGRAPHS)).split("\n") == PARAGRAPHS


BUDGET_TEXT = (
    "The council met for three hours on Monday.\n\n"
    '"We will rebuild the bridge before winter," Ada Brennan said.\n\n'
    '"Nobody wants another closure," said Tom Okafor.\n\n'
    '"It is the right call," he added.\n'
)


@pytest.fixture
def people_stage_out_of_time(monkeypatch):
    """The people stage finds the time budget spent at its first look (the attribution stage before it did not)."""

    def out_of_time(self, stage: str, at: int) -> bool:
        if stage != "people":
            return False
        if self.stopped_at is None or at < self.stopped_at:
            self.stopped_at, self.stopped_in = at, stage
        return True

    monkeypatch.setattr(state.ArticleState, "out_of_time", out_of_time)


def test_a_budget_cut_speakerless_quotation_does_not_score_like_a_trusted_one(pipeline, people_stage_out_of_time):
    ex = Pipeline(pipeline.nlp)(Article(text=BUDGET_TEXT, id="long-record"))
    assert len(ex.quotes) == 3
    by_text = {q.text[:6]: q for q in ex.quotes}
    # Full names are taken by name alone, held to the weak-link ceiling; the pronoun's quotation keeps no speaker.
    assert by_text["We wil"].speaker.name == "Ada Brennan" and by_text["We wil"].confidence <= WEAK_LINK_CEILING
    assert by_text["Nobody"].speaker.name == "Tom Okafor" and by_text["Nobody"].confidence <= WEAK_LINK_CEILING
    cut = by_text["It is "]
    assert cut.speaker is None and cut.confidence <= BUDGET_CUT_CONFIDENCE and "time budget" in cut.evidence
    assert {p.name for p in ex.people} >= {"Ada Brennan", "Tom Okafor"}
    assert len({p.id for p in ex.people}) == len(ex.people)
    (line,) = [w for w in ex.warnings if "time budget" in w]
    assert "people stage" in line


def test_without_a_budget_cut_confidence_is_untouched(run):
    ex = run(BUDGET_TEXT)
    assert all(q.speaker is not None and q.confidence > BUDGET_CUT_CONFIDENCE for q in ex.quotes)
    assert not any("time budget" in q.evidence for q in ex.quotes)


def test_budget_cut_ceiling_applies_only_past_the_stop(pipeline):
    from onrecord.pipeline.stages.confidence import _cut_by_the_budget

    st = state.ArticleState(article=Article(text="x" * 100))
    early, late = Quote(0, 10, "x" * 10, "direct", confidence=0.87), Quote(50, 60, "x" * 10, "direct", confidence=0.87)
    st.quotes, st.stopped_at = [early, late], 40
    _cut_by_the_budget(st)
    assert early.confidence == 0.87 and late.confidence == BUDGET_CUT_CONFIDENCE
