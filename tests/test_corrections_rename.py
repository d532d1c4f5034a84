"""Corrections that rename a person or set their kind (trial 5, F19): library, CLI and HTTP mirror
each other, the edit is stored as a user correction, shown, and holds after a later ingest.
The articles are written here."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from onrecord.corpus import edits, ingest
from onrecord.corpus.query import find_person, search
from onrecord.corpus.store import connect
from onrecord.interfaces.cli import main
from onrecord.interfaces.web.app import create_app

FIRST = [
    {
        "id": "a1",
        "date": "2022-03-01",
        "text": 'The council met on Monday.\n\n"We will open the new library next spring," Mara Quell said.',
    },
    {
        "id": "a2",
        "date": "2022-03-02",
        "text": 'The pool closed for repairs.\n\n"The pool will reopen in May," Mara Quell said on Tuesday.',
    },
]
LATER = {
    "id": "a3",
    "date": "2022-04-01",
    "text": 'The market opened again.\n\n"The market is back where it belongs," Mara Quell said.',
}


def write(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return str(path)


def cli(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture
def db(tmp_path):
    path = str(tmp_path / "s.db")
    ingest([write(tmp_path / "in.jsonl", FIRST)], path, workers=1, progress=False)
    return path


def speakers(db, words):
    conn = connect(db, readonly=True)
    try:
        return {r["speaker"] for r in search(conn, words)}
    finally:
        conn.close()


def test_rename_shows_everywhere_and_holds_after_a_later_ingest(db, tmp_path):
    r = cli("correct", "name", "Mara Quell", "Mara Quell-Tane", "--db", db, "--note", "double-barrelled")
    assert r.exit_code == 0, r.output
    assert speakers(db, "library") == {"Mara Quell-Tane"} and speakers(db, "pool") == {"Mara Quell-Tane"}
    person = json.loads(cli("person", "Mara Quell-Tane", "--db", db, "--format", "json").stdout)
    assert person["name"] == "Mara Quell-Tane" and len(person["timeline"]) == 2
    assert all(q["user_edit"] for q in person["timeline"])
    assert "renamed Mara Quell to Mara Quell-Tane (double-barrelled)" in cli("correct", "list", "--db", db).output
    # The old name still finds the person, and a later article under the old name joins them.
    assert json.loads(cli("person", "Mara Quell", "--db", db, "--format", "json").stdout)["id"] == person["id"]
    report = ingest([write(tmp_path / "later.jsonl", [LATER])], db, workers=1, progress=False)
    assert report.corrected >= 1
    assert speakers(db, "market") == {"Mara Quell-Tane"}
    conn = connect(db, readonly=True)
    try:
        assert conn.execute("SELECT count(*) FROM people WHERE name LIKE 'Mara Quell%'").fetchone()[0] == 1
    finally:
        conn.close()


def test_kind_is_set_and_refused_when_unknown_or_unchanged(db):
    conn = connect(db)
    try:
        before = find_person(conn, "Mara Quell")
        other = "organisation" if before["kind"] == "person" else "person"
        edits.set_kind(conn, "Mara Quell", other)
        after = find_person(conn, "Mara Quell")
        assert after["kind"] == other and after["id"] == before["id"] and after["key"].startswith(other + ":")
        for bad in ("robot", other):
            with pytest.raises(Exception) as err:
                edits.set_kind(conn, "Mara Quell", bad)
            assert getattr(err.value, "code", None) == "E030"
    finally:
        conn.close()
    r = cli("correct", "kind", "Mara Quell", "robot", "--db", db)
    assert r.exit_code == 2 and "robot" in r.output


def test_rename_refuses_an_empty_name_and_another_persons_name(db, tmp_path):
    conn = connect(db)
    try:
        edits.fix_speaker(conn, search(conn, "pool")[0]["quote_id"], "Hori Parata")
        for bad in ("   ", "Mara Quell", "Hori Parata"):
            with pytest.raises(Exception) as err:
                edits.rename(conn, "Mara Quell", bad)
            assert err.value.code == "E030"
        assert "merge" in str(err.value)  # another person's name: merge them instead
    finally:
        conn.close()


def test_http_mirrors_name_and_kind(db):
    client = TestClient(create_app(db, extract_processes=1))
    r = client.post("/api/corrections", json={"action": "name", "person": "Mara Quell", "name": "Mara Q. Tane"})
    assert r.status_code == 200, r.text
    r = client.post("/api/corrections", json={"action": "kind", "person": "Mara Q. Tane", "kind": "organisation"})
    assert r.status_code == 200, r.text
    actions = [c["action"] for c in client.get("/api/corrections").json()]
    assert actions == ["name", "kind"]
    assert speakers(db, "library") == {"Mara Q. Tane"}
    r = client.post("/api/corrections", json={"action": "kind", "person": "Mara Q. Tane", "kind": "robot"})
    assert r.status_code == 422 and "[E030]" in r.json()["detail"]


def test_every_earlier_name_finds_the_person_after_a_chain_of_corrections_and_each_is_listed(db):
    # Trial 11 M10: after a rename and then a kind correction, the first name found nobody, and the person
    # listed the kind correction only.
    cli("correct", "name", "Mara Quell", "Mara Quell-Tane", "--db", db)
    other = (
        "organisation" if find_person(connect(db, readonly=True), "Mara Quell-Tane")["kind"] == "person" else "person"
    )
    cli("correct", "kind", "Mara Quell-Tane", other, "--db", db)
    cli("correct", "name", "Mara Quell-Tane", "Mara Tane", "--db", db)
    final = json.loads(cli("person", "Mara Tane", "--db", db, "--format", "json").stdout)
    for name in ("Mara Quell", "Mara Quell-Tane"):
        assert json.loads(cli("person", name, "--db", db, "--format", "json").stdout)["id"] == final["id"]
    assert [c["action"] for c in final["corrections"]] == ["name", "kind", "name"]
