"""Queries over the store: one function per CLI command (search, people, person, quote, export)."""
from __future__ import annotations

import csv
import json
import re
import sqlite3
from typing import IO, Any

from ..errors import Err, OnrecordError
from .guard import check_query, time_limit
from .store import person_key, valid_id

_QUOTE_COLUMNS = """
    q.id AS quote_id, q.text, q.kind, q.speaker_name AS speaker, q.person_id, q.medium, q.outlet AS medium_outlet,
    q.cue_text AS cue, q.mention_text AS mention, q.confidence, q.evidence, q.cluster_id, q.altered,
    q.start, q."end", a.id AS article_id, a.date, a.outlet, a.title, a.url
"""


def fts_query(text: str) -> str:
    """User text to an FTS5 query: every word must appear (quoted, so no operator injection)."""
    words = re.findall(r"\w+", text, re.UNICODE)
    return " ".join(f'"{w}"' for w in words)


def search(
    conn: sqlite3.Connection,
    text: str = "",
    *,
    speaker: str | None = None,
    since: str | None = None,
    until: str | None = None,
    outlet: str | None = None,
    medium: str | None = None,
    kind: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> list[dict[str, Any]]:
    check_query(text)
    where: list[str] = []
    params: list[Any] = []
    sql = f"SELECT {_QUOTE_COLUMNS} FROM quotes q JOIN articles a ON a.id = q.article_id"
    match = fts_query(text) if text else ""
    if match and not any([speaker, since, until, outlet, medium, kind]):
        # Fast path: let FTS5 rank and cut the matches before any join (common words match thousands).
        sql = (
            f"SELECT {_QUOTE_COLUMNS} FROM (SELECT rowid AS id, rank FROM quotes_fts WHERE quotes_fts MATCH ? "
            "ORDER BY rank LIMIT ? OFFSET ?) f JOIN quotes q ON q.id = f.id JOIN articles a ON a.id = q.article_id ORDER BY f.rank"
        )
        return _search_rows(conn, sql, [match, limit, offset])
    if match:
        sql += " JOIN quotes_fts f ON f.rowid = q.id"
        where.append("quotes_fts MATCH ?")
        params.append(match)
    if speaker:
        where.append("q.person_id IN (SELECT id FROM people WHERE name LIKE ? OR key LIKE ?)")
        params += [f"%{speaker}%", f"%{person_key(speaker)}%"]
    if since:
        where.append("a.date >= ?")
        params.append(since)
    if until:
        where.append("a.date <= ?")
        params.append(until + "\uffff" if len(until) == 10 else until)
    if outlet:
        where.append("(a.outlet LIKE ? OR q.outlet LIKE ?)")
        params += [f"%{outlet}%", f"%{outlet}%"]
    if medium:
        where.append("q.medium = ?")
        params.append(medium)
    if kind:
        where.append("q.kind = ?")
        params.append(kind)
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY " + ("f.rank, " if match else "") + "a.date DESC, q.id LIMIT ? OFFSET ?"
    params += [limit, offset]
    return _search_rows(conn, sql, params)


def _search_rows(conn: sqlite3.Connection, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    try:
        with time_limit(conn):
            return [dict(r) for r in conn.execute(sql, params)]
    except sqlite3.OperationalError as exc:
        raise OnrecordError(Err.E020, source="search", detail=f"the query could not run ({exc})") from exc


def people(conn: sqlite3.Connection, top: int = 20, kind: str | None = None) -> list[dict[str, Any]]:
    sql = (
        "SELECT p.id, p.name, p.kind, p.gender, p.descriptors, p.quote_count AS quotes, "
        "(SELECT count(DISTINCT article_id) FROM article_people ap WHERE ap.person_id = p.id) AS articles, "
        "(SELECT min(a.date) FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.person_id = p.id) AS first_quoted, "
        "(SELECT max(a.date) FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.person_id = p.id) AS last_quoted "
        "FROM people p WHERE p.name IS NOT NULL"
    )
    params: list[Any] = []
    if kind:
        sql += " AND p.kind = ?"
        params.append(kind)
    sql += " ORDER BY p.quote_count DESC, p.name LIMIT ?"
    params.append(top)
    out = []
    for r in conn.execute(sql, params):
        d = dict(r)
        d["descriptors"] = json.loads(d["descriptors"])
        out.append(d)
    return out


def find_person(conn: sqlite3.Connection, name_or_id: str) -> dict[str, Any]:
    if name_or_id.isdigit():
        pid = int(name_or_id)
        row = conn.execute("SELECT * FROM people WHERE id = ?", (pid,)).fetchone() if valid_id(pid) else None
    else:
        key = person_key(name_or_id)
        row = conn.execute("SELECT * FROM people WHERE key IN (?, ?, ?)", (f"person:{key}", f"organisation:{key}", key)).fetchone()
        if row is None:
            row = conn.execute("SELECT * FROM people WHERE name LIKE ? ORDER BY quote_count DESC LIMIT 1", (f"%{name_or_id}%",)).fetchone()
    if row is None:
        raise OnrecordError(Err.E020, source="person", detail=f"nobody called '{name_or_id}' in the store")
    d = dict(row)
    d["descriptors"] = json.loads(d["descriptors"])
    return d


def person(conn: sqlite3.Connection, name_or_id: str) -> dict[str, Any]:
    """A person's profile and timeline: each quote with date, outlet and medium, oldest first."""
    p = find_person(conn, name_or_id)
    timeline = [
        dict(r)
        for r in conn.execute(
            f"SELECT {_QUOTE_COLUMNS} FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.person_id = ? ORDER BY coalesce(a.date, '9999'), q.id",
            (p["id"],),
        )
    ]
    p["timeline"] = timeline
    return p


def quote(conn: sqlite3.Connection, quote_id: int) -> dict[str, Any]:
    """The cluster a quote belongs to: first seen, where, and every variant with its differing words."""
    row = conn.execute("SELECT cluster_id FROM quotes WHERE id = ?", (quote_id,)).fetchone() if valid_id(quote_id) else None
    if row is None:
        raise OnrecordError(Err.E020, source="quote", detail=f"no quote with id {quote_id}")
    c = dict(conn.execute("SELECT * FROM clusters WHERE id = ?", (row[0],)).fetchone())
    speaker = conn.execute("SELECT name FROM people WHERE id = ?", (c["person_id"],)).fetchone() if c["person_id"] else None
    c["speaker"] = speaker[0] if speaker else None
    c["variants"] = [
        dict(r)
        for r in conn.execute(
            f"SELECT {_QUOTE_COLUMNS}, q.altered_words FROM quotes q JOIN articles a ON a.id = q.article_id "
            "WHERE q.cluster_id = ? ORDER BY coalesce(a.date, '9999'), q.id",
            (row[0],),
        )
    ]
    c["cluster_id"] = c.pop("id")
    return c


def cluster(conn: sqlite3.Connection, cluster_id: int) -> dict[str, Any]:
    row = conn.execute("SELECT first_quote_id FROM clusters WHERE id = ?", (cluster_id,)).fetchone() if valid_id(cluster_id) else None
    if row is None:
        raise OnrecordError(Err.E020, source="cluster", detail=f"no cluster with id {cluster_id}")
    return quote(conn, row[0])


def article(conn: sqlite3.Connection, article_id: int) -> dict[str, Any]:
    sql = "SELECT id, ext_id, url, title, date, outlet, source, text FROM articles WHERE id = ?"
    row = conn.execute(sql, (article_id,)).fetchone() if valid_id(article_id) else None
    if row is None:
        raise OnrecordError(Err.E020, source="article", detail=f"no article with id {article_id}")
    a = dict(row)
    a["quotes"] = [dict(r) for r in conn.execute(f"SELECT {_QUOTE_COLUMNS} FROM quotes q JOIN articles a ON a.id = q.article_id WHERE a.id = ? ORDER BY q.start", (article_id,))]
    a["people"] = [
        {**dict(r), "descriptors": json.loads(r["descriptors"]), "relations": json.loads(r["relations"])}
        for r in conn.execute(
            "SELECT p.id, p.name, p.kind, ap.descriptors, ap.age, ap.gender, ap.handle, ap.relations FROM article_people ap JOIN people p ON p.id = ap.person_id WHERE ap.article_id = ?",
            (article_id,),
        )
    ]
    a["social_posts"] = [dict(r) for r in conn.execute('SELECT platform, author, handle, date, url, text, start, "end" FROM social_posts WHERE article_id = ?', (article_id,))]
    return a


EXPORT_SQL = f"SELECT {_QUOTE_COLUMNS}, q.altered_words FROM quotes q JOIN articles a ON a.id = q.article_id ORDER BY q.id"


def export(conn: sqlite3.Connection, fmt: str, out: IO[Any] | str) -> int:
    """Every quote with its article and speaker, as jsonl, csv or parquet; returns the row count."""
    cur = conn.execute(EXPORT_SQL)
    names = [d[0] for d in cur.description]
    n = 0
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        if not isinstance(out, str):
            raise OnrecordError(Err.E020, source="export", detail="parquet needs --output FILE")
        writer = None
        while True:
            chunk = cur.fetchmany(10_000)
            if not chunk:
                break
            table = pa.Table.from_pylist([dict(zip(names, r)) for r in chunk])
            if writer is None:
                writer = pq.ParquetWriter(out, table.schema)
            writer.write_table(table.cast(writer.schema))
            n += len(chunk)
        if writer is None:
            pq.write_table(pa.Table.from_pylist([], schema=pa.schema([(c, pa.string()) for c in names])), out)
        else:
            writer.close()
        return n
    fh = open(out, "w", encoding="utf-8", newline="") if isinstance(out, str) else out
    try:
        if fmt == "csv":
            w = csv.writer(fh)
            w.writerow(names)
            for r in cur:
                w.writerow(list(r))
                n += 1
        else:
            for r in cur:
                fh.write(json.dumps(dict(zip(names, r)), ensure_ascii=False) + "\n")
                n += 1
    finally:
        if isinstance(out, str):
            fh.close()
    return n
