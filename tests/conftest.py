from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# ../shared from a checkout, ../../shared from a worktree under wt/.
SHARED = next(
    (p / "shared" / "data" for p in (ROOT.parent, ROOT.parent.parent) if (p / "shared" / "data").exists()),
    ROOT.parent / "shared" / "data",
)
SEED = ROOT / "examples" / "seed-article.txt"


def shared_path(*parts: str) -> Path:
    """A path under ../shared/data, or skip the test with a clear reason."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs the shared test data at {path} (absent in a fresh clone)")
    return path


@pytest.fixture(scope="session")
def pipeline():
    from onrecord import get_pipeline

    return get_pipeline()


@pytest.fixture(scope="session")
def run(pipeline):
    from onrecord import extract

    def _run(text: str, **kw):
        ex = extract(text, **kw)
        for q in ex.quotes:  # offsets are sacred, whatever the test
            assert text[q.start : q.end] == q.text
            if q.speaker_mention:
                assert text[q.speaker_mention.start : q.speaker_mention.end] == q.speaker_mention.text
            if q.cue:
                assert text[q.cue.start : q.cue.end] == q.cue.text
        return ex

    return _run


def speakers(ex, kinds=("direct", "partial")) -> list[str | None]:
    """Speaker names of the quotations in marks (reported speech has its own tests)."""
    return [q.speaker.name if q.speaker else None for q in ex.quotes if q.kind in kinds]


def quote_of(ex, words: str, *, at_start: bool = False):
    """The first quotation of ``ex`` holding ``words`` (``at_start``: opening with them); StopIteration, so a
    failed test, when there is none."""
    return next(q for q in ex.quotes if (q.text.startswith(words) if at_start else words in q.text))


def speaker_of(ex, words: str, *, at_start: bool = False):
    """The speaker (a ``Person``, or None) of the quotation ``quote_of`` finds."""
    return quote_of(ex, words, at_start=at_start).speaker


def speaker_name_of(ex, words: str, *, at_start: bool = False) -> str | None:
    """The speaker's name (None without a speaker) of the quotation ``quote_of`` finds."""
    speaker = speaker_of(ex, words, at_start=at_start)
    return speaker.name if speaker is not None else None


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """Let fixtures see whether the test failed (the browser fixture saves a screenshot then)."""
    outcome = yield
    report = outcome.get_result()
    setattr(item, "rep_" + report.when, report)
