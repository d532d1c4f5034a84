"""`onrecord cluster N` with N a quote id (trial3 F18): cluster and quote ids are numbered apart, so the
answer says when a quote has that number and where it is; the header names the cluster once; the first
outlet is named as its line names it."""

from __future__ import annotations

import json

from click.testing import CliRunner

from onrecord.corpus import ingest, query
from onrecord.corpus.store import connect
from onrecord.interfaces.cli import main

FULL = "We will build the new bridge over the river and we will finish it before the winter comes"


def _store(tmp_path) -> str:
    texts = [
        f'The council met.\n\n"{FULL}," Anna Berg said.\n\n"The tram line opens in May next year," Tom Baker said.',
        f'A second report.\n\n"{FULL}," Anna Berg said again.\n\n"Taxes will not rise this year," Lea Stone said.',
    ]
    path = tmp_path / "two.jsonl"
    path.write_text(
        "".join(
            json.dumps(
                {"id": f"a{n}", "url": f"https://www.example{n}.com/{n}", "date": f"2020-01-0{n + 1}", "text": t}
                | {"outlet": f"The Example {n} Daily"}
            )
            + "\n"
            for n, t in enumerate(texts)
        ),
        encoding="utf-8",
    )
    db = str(tmp_path / "c.db")
    ingest([str(path)], db, workers=1, progress=False)
    return db


def _a_number_that_is_both(conn) -> tuple[int, int]:
    """(n, m): n is a cluster id and the id of a quote that lies in another cluster, m."""
    rows = conn.execute(
        "SELECT q.id, q.cluster_id FROM quotes q JOIN clusters c ON c.id = q.id WHERE q.cluster_id != q.id"
    )
    return tuple(rows.fetchone())


def test_a_quote_id_given_to_cluster_is_said_and_the_header_names_the_cluster_once(tmp_path):
    db = _store(tmp_path)
    conn = connect(db, readonly=True)
    n, m = _a_number_that_is_both(conn)
    c = query.cluster(conn, n)
    assert c["cluster_id"] == n and c["quote_of_this_id"] == {"quote_id": n, "cluster_id": m}
    result = CliRunner().invoke(main, ["cluster", str(n), "--db", db])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == f"cluster {n}: {c['count']} version(s) of this quotation"
    assert lines[-1].startswith(f"note: quote {n} is another quotation, in cluster {m} (`onrecord quote {n}`)")
    # A cluster whose number is no other cluster's quote: no note.
    clean = query.cluster(conn, m)
    assert clean["quote_of_this_id"] is None or clean["quote_of_this_id"]["cluster_id"] != m
    by_quote = CliRunner().invoke(main, ["quote", str(n), "--db", db])
    assert by_quote.stdout.splitlines()[0].startswith(f"quote {n} is one of ") and f"cluster {m}" in by_quote.stdout


def test_the_first_outlet_is_named_as_its_line_names_it(tmp_path):
    db = _store(tmp_path)
    conn = connect(db, readonly=True)
    [cid] = [r[0] for r in conn.execute("SELECT id FROM clusters WHERE count = 2")]
    c = query.cluster(conn, cid)
    first = next(v for v in c["variants"] if v["quote_id"] == c["first_quote_id"])
    assert c["first_outlet_name"] == first["outlet_name"] == "The Example 0 Daily"  # not example0.com
