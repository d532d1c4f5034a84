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


def stored_people(tmp_path, speakers: list[str]) -> list[tuple[str, int]]:
    """Ingest one short article per speaker into a new store; (name, quotes) of each stored person."""
    import json

    from onrecord.corpus import ingest
    from onrecord.corpus.store import connect

    path = tmp_path / "in.jsonl"
    lines = [
        {
            "id": f"a{i}",
            "url": f"https://site.example/{i}",
            "date": f"2020-03-{i + 1:02d}",
            "text": f'The council met on day {i}.\n\n"The budget for year {i} is fair," {name} said on day {i}.',
        }
        for i, name in enumerate(speakers)
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    db = str(tmp_path / "s.db")
    ingest([str(path)], db, workers=1, progress=False)
    conn = connect(db, readonly=True)
    rows = conn.execute(
        "SELECT p.name, count(q.id) FROM people p JOIN quotes q ON q.person_id = p.id GROUP BY p.id ORDER BY p.id"
    )
    return [(name, n) for name, n in rows]


def separable_rows(quotations: int = 60):
    """Ranker training rows for ``quotations`` quotations of two candidates each, the right one told apart by
    its second feature alone: any sound learner ranks every one right."""
    from onrecord.pipeline.stages.attribution.candidates import FEATURES
    from onrecord.pipeline.stages.attribution.training import Rows, fold_of

    rows = Rows()
    for n in range(quotations):
        for right in (1, 0):
            rows.x.append([1.0, float(right)] + [0.0] * (len(FEATURES) - 2))
            rows.y.append(right)
            rows.w.append(3.0)
            rows.fold.append(fold_of(f"a{n}"))
        rows.quotes.append(([len(rows.y) - 2, len(rows.y) - 1], False))
    return rows


def reported_speech(ex) -> list[tuple[str, str | None, str | None, str]]:
    """Each reported-speech quotation of ``ex`` as (text, speaker mention, cue, evidence), in text order."""
    return [
        (q.text, q.speaker_mention.text if q.speaker_mention else None, q.cue.text if q.cue else None, q.evidence)
        for q in ex.quotes
        if q.kind == "indirect"
    ]
