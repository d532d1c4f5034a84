"""The pipeline registry: stages declare what they require and assign, and the order is checked."""

import pytest

import onrecord
from onrecord.pipeline import STAGE_ORDER, Pipeline
from onrecord.pipeline.registry import STAGES, check_order, register_stage
from onrecord.pipeline.state import ArticleState


def test_pipeline_order_is_checked_against_declared_requirements():
    @register_stage("_test_needs_doc", requires=["doc"], assigns=["widgets"])
    def needs_doc(st: ArticleState) -> ArticleState:
        return st

    try:
        with pytest.raises(ValueError, match="requires doc"):
            check_order(["_test_needs_doc"])
        check_order(["_test_needs_doc"], given=["doc"])
        with pytest.raises(ValueError, match="unknown pipeline stage"):
            check_order(["no-such-stage"])
    finally:
        STAGES.pop("_test_needs_doc", None)


def test_every_stage_of_the_pipeline_declares_what_it_requires_and_assigns():
    check_order(STAGE_ORDER)  # the real order passes
    for name in STAGE_ORDER:
        assert STAGES[name].assigns, f"stage {name!r} assigns nothing"
        assert STAGES[name].requires, f"stage {name!r} requires nothing"


@pytest.mark.parametrize(
    "order",
    [
        ("clean", "layout", "quotes", "focus", "attribution", "parse"),  # attribution before the parse
        ("clean", "layout", "focus", "quotes"),  # focus reads the quotations
        ("clean", "layout", "quotes", "focus", "parse", "people", "attribution"),  # people before attribution
    ],
)
def test_a_misordered_pipeline_is_refused(order):
    with pytest.raises(ValueError, match="requires"):
        check_order(order)


def test_the_pipeline_refuses_to_start_with_a_misordered_stage_list(monkeypatch):
    import onrecord.pipeline as pipeline_module

    swapped = list(STAGE_ORDER)
    swapped.remove("parse")
    swapped.append("parse")
    monkeypatch.setattr(pipeline_module, "STAGE_ORDER", tuple(swapped))
    with pytest.raises(ValueError, match="requires doc"):
        Pipeline(nlp=object())


def test_a_stage_must_declare_requires_and_assigns():
    with pytest.raises(TypeError):
        register_stage("_test_undeclared")  # type: ignore[call-arg]


def test_attributions_are_keyed_by_quotation_not_by_position():
    from onrecord.model import Quote
    from onrecord.pipeline.state import ByQuote

    a = Quote(start=0, end=5, text="aaaaa", kind="direct")
    b = Quote(start=10, end=15, text="bbbbb", kind="direct")
    same_span = Quote(start=0, end=5, text="aaaaa", kind="direct")  # equal fields, another quotation
    by_quote = ByQuote([(a, "for a"), (b, "for b")])
    quotes = [b, a]  # a stage reorders (or adds, or drops) quotations: nothing is renumbered
    assert by_quote.in_order(quotes) == ["for b", "for a"]
    assert by_quote.get(same_span) is None
    a.start, a.end = 0, 8  # a mixed quote grows its span in place and keeps its attribution
    assert by_quote.get(a) == "for a" and len(by_quote) == 2


def test_the_working_state_becomes_an_output_without_scratch(pipeline):
    from onrecord.model import Article, Extraction

    ex = pipeline(Article(text='"We will win," Jane Roe said on Monday.'))
    assert type(ex) is Extraction
    assert not hasattr(ex, "doc") and not hasattr(ex, "attributions") and not hasattr(ex, "clean_text")
    assert ex.quotes and ex.quotes[0].speaker is not None


def test_parsed_prepares_articles_batch_by_batch_so_each_time_budget_starts_with_its_batch(monkeypatch, pipeline):
    # The trainers read thousands of gold articles through Pipeline.parsed: preparing them all up front started
    # every article's 120 s budget at once, and under load the later ones ran out of time before being parsed.
    import onrecord.pipeline as pipeline_module
    from onrecord.pipeline import state

    clock = [0.0]
    monkeypatch.setattr(pipeline_module, "now", lambda: clock[0])
    monkeypatch.setattr(state, "now", lambda: clock[0])  # the clock restarts when an article's parse is handed on
    taken = []

    def articles():
        for k in range(pipeline_module.ZONE_ARTICLES * 2 + 1):
            taken.append(k)
            yield onrecord.Article(text=f'"We will win," Ann Lee said on day {k}.')

    states = pipeline.parsed(articles())
    first = next(states)
    assert len(taken) <= pipeline_module.ZONE_ARTICLES  # the second batch is not prepared yet
    clock[0] = 500.0  # the consumer spends long on the first batch
    rest = list(states)
    assert first.deadline == 120.0
    assert rest[-1].deadline == 620.0  # the last batch's budget starts when it is prepared
