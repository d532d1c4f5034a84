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


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """Let fixtures see whether the test failed (the browser fixture saves a screenshot then)."""
    outcome = yield
    report = outcome.get_result()
    setattr(item, "rep_" + report.when, report)
