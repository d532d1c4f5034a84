"""`onrecord person NAME` found by its exact name also names the people whose name holds it ("Donald
Trump" for "Trump"), as the exact match may not be the person meant (trial3 F21)."""

from __future__ import annotations

import json

from click.testing import CliRunner

from onrecord.corpus import ingest, query
from onrecord.corpus.store import connect
from onrecord.interfaces.cli import main


def _store(tmp_path) -> str:
    texts = [
        '"We will open the new harbour before the summer," Hallam said on Monday.',
        'The minister, Rosa Hallam, spoke first.\n\n"The budget is balanced for the first time in years," Hallam said.',
        '"Nobody asked the fishermen what they wanted here," Tom Baker said.',
    ]
    path = tmp_path / "p.jsonl"
    path.write_text("".join(json.dumps({"id": f"a{n}", "text": t}) + "\n" for n, t in enumerate(texts)), "utf-8")
    db = str(tmp_path / "p.db")
    ingest([str(path)], db, workers=1, progress=False)
    return db


def test_an_exact_name_lists_the_fuller_names_that_hold_it(tmp_path):
    db = _store(tmp_path)
    conn = connect(db, readonly=True)
    names = {r[0]: r[1] for r in conn.execute("SELECT name, id FROM people WHERE name IS NOT NULL")}
    assert {"Hallam", "Rosa Hallam"} <= set(names), names  # the store as the trial found it
    p = query.person(conn, "Hallam")
    assert p["name"] == "Hallam"
    assert [r["name"] for r in p["fuller_names"]] == ["Rosa Hallam"]
    assert query.person(conn, "Rosa Hallam")["fuller_names"] == []
    assert query.person(conn, str(names["Hallam"]))["fuller_names"] == []  # an id names one person
    assert query.person(conn, "Tom Baker")["fuller_names"] == []
    result = CliRunner().invoke(main, ["person", "hallam", "--db", db])
    assert result.exit_code == 0, result.output
    [line] = [line for line in result.stdout.splitlines() if "also named" in line]
    assert f"{names['Rosa Hallam']} Rosa Hallam (person, quotes: " in line and "give an id" in line


def test_since_after_until_is_one_line_not_an_empty_answer(tmp_path):
    """trial3 F22: `--since 2024 --until 2023` matches nothing by construction: said, not silently empty."""
    db = _store(tmp_path)
    result = CliRunner().invoke(main, ["search", "harbour", "--db", db, "--since", "2024", "--until", "2023"])
    assert result.exit_code == 2 and "[E030]" in result.stderr and "'2024' is after until '2023'" in result.stderr
    ok = CliRunner().invoke(main, ["search", "harbour", "--db", db, "--since", "2023-05", "--until", "2023"])
    assert ok.exit_code in (0, 1) and "[E030]" not in ok.stderr  # May to December 2023
