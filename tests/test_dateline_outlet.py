"""A dateline whose outlet stands in brackets ("Orlando (CNN) Ann Lee said ...", "Houston (KTRK) -- ...") is
layout noise at a paragraph's head, never a speaker. Short articles written for these tests."""

from __future__ import annotations

from onrecord.model import Article
from onrecord.pipeline.stages.clean import clean
from onrecord.pipeline.stages.layout import layout
from onrecord.pipeline.state import ArticleState


def _laid_out(text: str) -> ArticleState:
    return layout(clean(ArticleState(article=Article(text=text))))


def test_a_dateline_with_its_outlet_in_brackets_is_noise():
    text = (
        "Lee opens her campaign\n\n"
        "Orlando (CNN) Ann Lee opened her campaign on Friday by calling the tax plan unfair.\n\n"
        'Houston (KTRK) -- "We will win," Ann Lee said.\n'
    )
    ex = _laid_out(text)
    datelines = [n.text.strip() for n in ex.noise if n.why == "dateline"]
    assert datelines == ["Orlando (CNN)", "Houston (KTRK) --"]
    assert len(ex.clean_text) == len(text)


def test_a_name_with_an_agency_in_brackets_is_not_a_dateline():
    text = "The vote\n\nHomeland Security (DHS) Secretary Ann Lee said the border was calm.\n"
    assert not [n for n in _laid_out(text).noise if n.why == "dateline"]


def test_a_dateline_never_speaks(run):
    ex = run("Orlando (CNN) Ann Lee said on Friday that the tax plan was unfair to families.\n")
    assert ex.quotes and all(q.speaker is None or q.speaker.name == "Ann Lee" for q in ex.quotes)
