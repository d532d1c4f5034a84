"""Trial 10's store findings: an ingest never reads its own store or errors log as an input (H1: `ingest .
--db ./news.db` read the errors log it was appending to, without end). Articles written for the tests."""

import json
from pathlib import Path

from click.testing import CliRunner

from onrecord.corpus import ingest
from onrecord.corpus.steps import discover_inputs, run_files
from onrecord.interfaces.cli import main


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    record = {"id": "a", "text": '"We will rebuild the harbour wall," said Mara Voss, the council leader.'}
    (folder / "feed.jsonl").write_text("not json\n" + json.dumps(record) + "\n", encoding="utf-8")
    return folder


def test_the_store_and_its_errors_log_in_the_folder_read_are_never_inputs(tmp_path):
    folder = _folder(tmp_path)
    db = str(folder / "news.db")
    for _ in range(3):  # each run logs its bad inputs; none reads the log of the one before
        report = ingest([str(folder)], db, workers=1, progress=False)
        assert {Path(p.source).name for p in report.problems} <= {"empty.txt", "feed.jsonl"}
        assert report.not_inputs == 0  # the store's -wal and -shm are not "other files" either
    lines = (folder / "news.db.errors.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) <= 6  # two bad inputs a run at most (the empty file is read again each time)


def test_discovery_skips_the_runs_own_files_and_names_one_given_by_name(tmp_path):
    folder = _folder(tmp_path)
    db = folder / "news.db"
    for name in ("news.db", "news.db-wal", "news.db.errors.jsonl", "log.jsonl"):
        (folder / name).write_text("{}\n", encoding="utf-8")
    own = run_files(str(db), str(folder / "log.jsonl"))
    found = list(discover_inputs([str(folder)], own=own))
    assert sorted(f.path.name for f in found if f.path) == ["empty.txt", "feed.jsonl"]
    [named] = list(discover_inputs([str(folder / "log.jsonl")], own=own))
    assert named.path is None and named.problem.code == "E052" and "errors log" in named.problem.message
    fresh = tmp_path / "fresh.db"
    log = tmp_path / "fresh.db.errors.jsonl"
    log.write_text('{"input": "x", "message": "an earlier bad input"}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(log), "--db", str(fresh), "--no-progress"])
    assert result.exit_code == 1 and "[E052]" in result.stderr and "Traceback" not in result.output


def test_correct_import_names_a_line_that_is_not_json_and_imports_the_others(tmp_path):
    """Trial 10, M8: one line that was not JSON refused the whole file, good records with it."""
    folder = _folder(tmp_path)
    db = str(tmp_path / "c.db")
    (folder / "other.jsonl").write_text(
        json.dumps({"id": "b", "text": '"The wall will hold," said Tom Parata, the harbour engineer.'}) + "\n",
        encoding="utf-8",
    )
    ingest([str(folder)], db, workers=1, progress=False)
    good = [
        {
            "action": "name",
            "target": "person:tom parata",
            "value": "person:tomas parata",
            "detail": {"name": "Tomas Parata", "kind": "person"},
        },
        {"action": "merge", "target": "person:mara voss", "value": "person:tomas parata"},
    ]
    path = tmp_path / "corr.jsonl"
    path.write_text("\n".join([json.dumps(good[0]), "not json", json.dumps(good[1]), "{broken"]) + "\n")
    result = CliRunner().invoke(main, ["correct", "import", str(path), "--db", db])
    errors = result.stderr.strip().splitlines()
    assert result.exit_code == 2 and [e.split("line ")[1].split(":")[0] for e in errors] == ["2", "4"], result.output
    assert all("[E005]" in e for e in errors) and "2 correction(s) added" in result.stdout
    assert "2 refused" in result.stdout
    only_bad = tmp_path / "bad.jsonl"
    only_bad.write_text("not json\n", encoding="utf-8")
    refused = CliRunner().invoke(main, ["correct", "import", str(only_bad), "--db", db])
    assert refused.exit_code != 0 and "[E005]" in refused.stderr and "Traceback" not in refused.output


def test_an_unknown_person_id_is_called_an_id_not_a_name(tmp_path):
    """Trial 10, L7: /api/people/99999999 answered "nobody called '99999999'"."""
    from onrecord.corpus import query
    from onrecord.corpus.store import connect
    from onrecord.errors import OnrecordError

    db = str(tmp_path / "p.db")
    ingest([str(_folder(tmp_path))], db, workers=1, progress=False)
    conn = connect(db, readonly=True)
    for value, words in (("99999999", "no person with id 99999999"), ("Zed Nobody", "nobody called 'Zed Nobody'")):
        try:
            query.find_person(conn, value)
        except OnrecordError as exc:
            assert exc.code == "E031" and words in str(exc)
        else:
            raise AssertionError(f"{value} found")


def test_load_of_an_output_with_no_finished_shard_says_so(tmp_path):
    """Trial 10, H2: `load` of an output whose shards were gone said "0 articles stored" and nothing else."""
    from onrecord.corpus.parquet import FORMAT, FORMAT_VERSION, write_manifest

    out = tmp_path / "out"
    out.mkdir()
    write_manifest(out, {"format": FORMAT, "version": FORMAT_VERSION, "inputs": [], "shards": [], "clusters": None})
    result = CliRunner().invoke(main, ["load", str(out), "--db", str(tmp_path / "l.db"), "--no-progress"])
    assert result.exit_code == 0 and "holds no finished shard: nothing was loaded" in result.stderr, result.output


def test_a_lone_surrogate_escape_in_json_is_read_as_a_replacement_character_with_one_warning(tmp_path):
    """Trial 10, H6: '\\ud800' (valid JSON, no character) gave a traceback in extract, stopped ingest for good
    and made /api/extract answer 500."""
    from fastapi.testclient import TestClient

    from onrecord.interfaces.web.app import create_app

    line = '{"id": "s", "text": "\\"The bad \\ud800 wall will fall,\\" said Ann Lee on Monday."}'
    good = json.dumps({"id": "g", "text": '"The wall will hold," said Tom Parata, the harbour engineer.'})
    path = tmp_path / "sur.jsonl"
    path.write_text(line + "\n" + good + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(path), "--format", "jsonl"])
    assert result.exit_code == 0 and "Traceback" not in result.output
    [warning] = [ln for ln in result.stderr.splitlines() if "[E053]" in ln]
    assert "sur.jsonl, line 1" in warning
    rows = [json.loads(r) for r in result.stdout.splitlines()]
    assert "\ufffd" in rows[0]["quotes"][0]["text"] and len(rows) == 2
    db = str(tmp_path / "sur.db")
    report = ingest([str(path)], db, workers=1, progress=False)
    assert report.total_stored == 2 and [p.code for p in report.problems] == ["E053"]
    with TestClient(create_app(None, extract_processes=1)) as client:
        text = '"The bad \ud800 wall will fall," said Ann Lee on Monday.'
        body = json.dumps({"text": text}).encode()
        answer = client.post("/api/extract", content=body, headers={"content-type": "application/json"})
        assert answer.status_code == 200 and any("[E053]" in w for w in answer.json()["warnings"])
        quote = answer.json()["quotes"][0]
        assert text[quote["start"] : quote["end"]].replace("\ud800", "\ufffd") == quote["text"]
