"""Faults a user trial found in the CLI and the ingest summary (trial 3): each one line, the right
reason, the right exit status; Ctrl-C stops an ingest as cleanly as SIGTERM."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from onrecord.corpus.ingest import reason
from onrecord.errors import Err, OnrecordError
from onrecord.interfaces.cli import main
from onrecord.io.records import Problem
from onrecord.pipeline.budget import Budget

CLI = [sys.executable, "-m", "onrecord.interfaces.cli"]


def _jsonl(path: Path, n: int) -> Path:
    lines = [
        json.dumps(
            {
                "id": f"r{i}",
                "url": f"https://paper.example/{i}",
                "text": f'Day {i}. "The road {i} will open in May," said Mara Lind, the mayor.',
            }
        )
        for i in range(n)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_bad_json_line_says_where_json_stopped(tmp_path):
    src = tmp_path / "bad.jsonl"
    good = json.dumps({"id": "a", "text": 'She said: "We go on."'})
    src.write_text(good + "\n" + '{"id": "b", "text": "a tab\there"}\n' + good.replace('"a"', '"c"') + "\n")
    from onrecord.io.readers import read_path

    problems = [p for p in read_path(src) if isinstance(p, Problem)]
    [bad] = problems
    assert bad.code == "E005" and ", line 2:" in bad.message
    # json's own message is "Invalid control character at" with the place apart: the place is said.
    column = len('{"id": "b", "text": "a tab') + 1
    assert f"Invalid control character at column {column})" in bad.message


@pytest.mark.parametrize(
    ("warning", "expected"),
    [
        (
            "the text reads as Spanish, not English (61% of its words are common Spanish words)",
            "not English",
        ),
        (
            "the article is 2,000,000 characters long, over the budget of 1,000,000; only the start",
            "budget hit",
        ),
        (
            "the parser's budget of 250,000 tokens per article ran out at character 9,000; the rest",
            "budget hit",
        ),
        ("the time budget of 120 s per article ran out at character 5,000; the rest was not parsed", "budget hit"),
        ("something a later stage warns about", "warning"),
    ],
)
def test_each_extraction_warning_is_counted_under_its_own_reason(warning, expected):
    error = OnrecordError(Err.E027, source="budget.jsonl, a1", detail=warning)  # a file name is no reason
    assert reason(Problem.of("budget.jsonl", "a1", error, fatal=False)) == expected


def test_a_language_warning_from_a_real_ingest_is_not_a_budget_hit(tmp_path):
    text = (
        'El ministro dijo que "el gobierno no va a subir los impuestos este año", según fuentes del '
        "ministerio. La oposición pidió explicaciones y el presidente de la comisión anunció una reunión para la "
        "semana que viene con todos los grupos del parlamento y los representantes de las regiones."
    )
    (tmp_path / "es.txt").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(tmp_path / "es.txt"), "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 0, result.output
    reasons = [line.split() for line in result.stdout.splitlines() if line.startswith("  text")]
    assert reasons and all("budget" not in r for r in reasons) and ["text", "not", "English", "1"] in reasons
    assert Budget().chars is None or len(text) < Budget().chars  # no budget was hit: the reason is the language


@pytest.mark.parametrize("where", ["missing-folder", "directory"])
@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export_to_a_place_that_cannot_hold_a_file_is_one_line(tmp_path, where, fmt):
    db = str(tmp_path / "e.db")
    assert CliRunner().invoke(main, ["ingest", str(_jsonl(tmp_path / "in.jsonl", 2)), "--db", db]).exit_code == 0
    out = tmp_path / "no" / "such" / "x.out" if where == "missing-folder" else tmp_path
    result = CliRunner().invoke(main, ["export", "--db", db, "--format", fmt, "-o", str(out)])
    assert result.exit_code == 3 and "Traceback" not in result.output
    [line] = result.stderr.splitlines()
    assert line.startswith(f"onrecord: [E044] {out}:")
    assert ("does not exist" in line) if where == "missing-folder" else ("is a directory" in line)
    good = CliRunner().invoke(main, ["export", "--db", db, "--format", fmt, "-o", str(tmp_path / f"q.{fmt}")])
    assert good.exit_code == 0 and (tmp_path / f"q.{fmt}").stat().st_size > 0


def test_scheduler_that_is_not_an_address_and_workers_with_a_scheduler_are_one_line(tmp_path):
    src = str(_jsonl(tmp_path / "in.jsonl", 1))
    db = str(tmp_path / "d.db")
    runner = CliRunner()
    bad = runner.invoke(main, ["ingest", src, "--db", db, "--engine", "dask", "--scheduler", "notaurl"])
    assert bad.exit_code == 3 and "Traceback" not in bad.output
    [line] = bad.stderr.splitlines()
    assert "[E042] notaurl:" in line and "tcp://HOST:PORT" in line
    both = runner.invoke(
        main, ["ingest", src, "--db", db, "--engine", "dask", "--scheduler", "tcp://127.0.0.1:1", "--workers", "2"]
    )
    assert both.exit_code == 2 and "[E030] --workers:" in both.stderr and len(both.stderr.splitlines()) == 1
    assert not Path(db).exists()  # refused before anything was read or written
    assert "not with --scheduler" in " ".join(runner.invoke(main, ["ingest", "--help"]).output.split())


def _count(db: str) -> int:
    import sqlite3

    try:
        with sqlite3.connect(db) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_ctrl_c_stops_a_local_ingest_as_sigterm_does(tmp_path):
    src = _jsonl(tmp_path / "in.jsonl", 300)
    db = str(tmp_path / "c.db")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[1] / "src")}
    args = ["ingest", str(src), "--db", db, "--workers", "2", "--batch-size", "4", "--no-progress"]
    # Its own process group, as a shell gives a command: Ctrl-C reaches the ingest and its workers.
    proc = subprocess.Popen(
        [*CLI, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, start_new_session=True
    )
    deadline = time.monotonic() + 180
    while _count(db) < 4 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
    assert _count(db) >= 4, "the ingest never stored a batch"
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    assert "Aborted" not in err and "Traceback" not in err
    [line] = [e for e in err.splitlines() if "stopped by" in e]
    assert line.startswith("onrecord: stopped by SIGINT after finishing the batches in flight;")
    assert "run the same command again to continue" in line
    stored = _count(db)
    assert 0 < stored < 300 and stored % 4 == 0  # whole batches only


def test_rejections_and_warnings_are_listed_apart_and_each_adds_up_to_its_column(tmp_path):
    """Trial 12 F20: one "reasons" list mixed warnings (stored) with rejections, so no count matched a column."""
    spanish = (
        'El ministro dijo que "el gobierno no va a subir los impuestos este año", según fuentes del ministerio. '
        "La oposición pidió explicaciones y el presidente de la comisión anunció una reunión para la semana que viene."
    )
    (tmp_path / "es.txt").write_text(spanish, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "ok.txt").write_text('"The bridge opens in May," said Mara Voss.\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(tmp_path), "--db", str(tmp_path / "s.db")])
    lines = result.stdout.splitlines()
    [row] = [line.split() for line in lines if line.startswith("text ")]
    stored, rejected, warnings = int(row[1]), int(row[3]), int(row[4])
    assert (stored, rejected, warnings) == (2, 1, 1), lines
    rejected_at, warned_at = lines.index("rejected, why:"), lines.index("warnings (stored), why:")
    assert lines[rejected_at + 1].split() == ["text", "empty", "1"]
    assert lines[warned_at + 1].split() == ["text", "not", "English", "1"]
