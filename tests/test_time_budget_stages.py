"""The per-article time budget holds after the parse too (issue 9; a tester's finding: an article of thousands
of short quotations and names spent minutes in the attribution and people stages, past the 120 s budget).

The clock the stages read (``pipeline.state.now``) is replaced by one that runs out after a set number of
looks, so the tests say where the work stops without depending on the machine's speed.
"""

from __future__ import annotations

from click.testing import CliRunner

import onrecord.pipeline as pipeline_module
from onrecord.interfaces.cli import main
from onrecord.model import Article
from onrecord.pipeline import Pipeline, state
from onrecord.pipeline.budget import Budget
from onrecord.pipeline.stages.people.table import NameKeys

FIRST = ["Ana", "Ben", "Cleo", "Dev", "Eli", "Farah", "Gus", "Hana"]
LAST = ["Lindqvist", "Moreau", "Okafor", "Petrov", "Quist", "Rahman", "Sato", "Tamm"]


def dense_text(paragraphs: int) -> str:
    """Short quotations, each with its own named speaker, one paragraph each (written for this test)."""
    lines = []
    for i in range(paragraphs):
        name = f"{FIRST[i % 8]} {LAST[(i // 8) % 8]}"
        lines.append(f'"We will open bridge number {i} in the spring," {name} said.')
    return "\n\n".join(lines) + "\n"


def clock_running_out_after(monkeypatch, looks: int, then: float = 121.0) -> None:
    """An article started at 0 s; the stages' ``looks`` first looks at the clock read 0 s, the later ones ``then``
    (121 s: past the 120 s budget, within the tenth more that finishes what was reached)."""
    seen = [0]

    def stage_now() -> float:
        seen[0] += 1
        return 0.0 if seen[0] <= looks else then

    monkeypatch.setattr(pipeline_module, "now", lambda: 0.0)
    monkeypatch.setattr(state, "now", stage_now)


def test_budget_spent_in_the_stages_after_the_parse_keeps_every_quote_and_warns(pipeline, monkeypatch):
    text = dense_text(40)
    whole = Pipeline(pipeline.nlp)(Article(text=text))
    assert all(q.speaker is not None for q in whole.quotes)
    clock_running_out_after(monkeypatch, 15)
    ex = Pipeline(pipeline.nlp, budget=Budget(seconds=120.0))(Article(text=text))
    assert len(ex.quotes) == len(whole.quotes)  # never a silent drop
    assert all(text[q.start : q.end] == q.text for q in ex.quotes)
    budget_lines = [w for w in ex.warnings if "time budget" in w]
    assert len(budget_lines) == 1, ex.warnings
    line = budget_lines[0]
    assert "120 s" in line and "attribution stage" in line
    stop = int(line.split("at character ")[1].split(";")[0].replace(",", ""))
    before = [q for q in ex.quotes if q.start < stop]
    after = [q for q in ex.quotes if q.start >= stop]
    assert before and after
    assert all(q.speaker is None and q.evidence == "time budget spent" for q in after)
    # The quotations reached before the stop keep their speakers: the people stage finishes them in its grace.
    assert [q.speaker.name for q in before] == [q.speaker.name for q in whole.quotes[: len(before)]]


def test_past_the_grace_the_later_stage_stops_too_and_says_where(pipeline, monkeypatch):
    text = dense_text(40)
    clock_running_out_after(monkeypatch, 15, then=1000.0)  # far past the budget and its tenth more
    ex = Pipeline(pipeline.nlp, budget=Budget(seconds=120.0))(Article(text=text))
    lines = [w for w in ex.warnings if "time budget" in w]
    assert len(lines) == 1, ex.warnings
    stop = int(lines[0].split("at character ")[1].split(";")[0].replace(",", ""))
    assert all(q.speaker is None for q in ex.quotes if q.start >= stop)
    assert len(ex.quotes) == 40


def test_budget_not_reached_changes_nothing(pipeline):
    text = dense_text(12)
    plain = Pipeline(pipeline.nlp)(Article(text=text))
    roomy = Pipeline(pipeline.nlp, budget=Budget(seconds=3600.0))(Article(text=text))
    assert not roomy.warnings
    assert [(q.start, q.speaker.name) for q in roomy.quotes] == [(q.start, q.speaker.name) for q in plain.quotes]


def test_cli_names_the_input_in_one_line_when_the_budget_cuts(pipeline, monkeypatch, tmp_path):
    path = tmp_path / "dense.txt"
    path.write_text(dense_text(30), encoding="utf-8")
    clock_running_out_after(monkeypatch, 10)
    result = CliRunner().invoke(main, ["extract", str(path), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    lines = [ln for ln in result.stderr.splitlines() if "time budget" in ln]
    assert len(lines) == 1 and str(path) in lines[0], result.stderr
    assert "Traceback" not in result.stderr


def contains(longer: list[str], shorter: list[str]) -> bool:
    """Whether ``shorter`` is a run of words of ``longer`` (the person table's containment)."""
    n = len(shorter)
    return any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


def test_name_keys_find_every_containing_or_contained_name_without_a_scan():
    # The person table's look-ups were a scan of every person per name: quadratic in an article of thousands
    # of names. The index must still give every person the scan gave (the callers test the exact condition).
    keys = NameKeys()
    names = [["ana", "lindqvist"], ["lindqvist"], ["ben", "okafor"], [], ["cleo", "ana", "moreau"], ["dev"]]
    for key in names:
        keys.append(key)
    keys[5] = ["dev", "petrov"]  # a name grown to its fuller form
    for key in (["ana"], ["lindqvist"], ["ben", "okafor", "jr"], ["petrov"], ["dev"], ["zed"]):
        scanned = [i for i, other in enumerate(keys) if contains(other, key) or contains(key, other)]
        found = keys.sharing_a_word(key)
        assert set(scanned) <= set(found) and found == sorted(found), (key, scanned, found)
    assert keys.sharing_a_word([]) == list(range(len(keys)))
    assert 5 in keys.same_initials(["dan", "pietrov"]) and 2 not in keys.same_initials(["dan", "pietrov"])


def test_an_article_queued_behind_a_slow_one_gets_its_own_budget(pipeline, monkeypatch):
    """Trial 13: small articles ingested with a 1,000,000-character one lost every speaker ("ran out ... at
    character 0"): their clocks had started with the batch. Here the first article's stages take 200 s of a
    120 s budget on a fake clock; the second still gets its speakers, the first still warns."""
    clock = [0.0]
    for module in (pipeline_module, state):
        monkeypatch.setattr(module, "now", lambda: clock[0])
    p = Pipeline(pipeline.nlp, budget=Budget(seconds=120.0))
    post = p._post

    def slow_post(st):
        ex = post(st)
        clock[0] += 200.0  # the article's own stages took 200 s (after its work, so it is not cut itself)
        return ex

    monkeypatch.setattr(p, "_post", slow_post)
    small = Article(text='"We will reopen the bridge," Ana Lindqvist said on Monday.\n')
    first, second, third = p.pipe([Article(text=dense_text(3)), small, small])
    assert all(q.speaker is not None for q in first.quotes)
    assert [q.speaker.name for q in second.quotes + third.quotes if q.speaker] == ["Ana Lindqvist"] * 2
    assert not [w for w in second.warnings + third.warnings if "time budget" in w]
