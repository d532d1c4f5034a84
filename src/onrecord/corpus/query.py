"""Queries over the store: one function per CLI command (search, people, person, quote, export)."""

from __future__ import annotations

import csv
import datetime as _dt
import json
import os
import re
import sqlite3
from pathlib import Path
from typing import IO, Any

from .. import KINDS, check_confidence
from ..checks import check_count, check_optional_count
from ..errors import Err, OnrecordError
from ..lexicon.outlets import OUTLET_NAMES, clean_title, outlet_name
from ..pipeline.stages.medium import NAMED_MEDIA
from ..text.verbatim import shown_quote
from .clusters import dropped_ends
from .guard import check_query, time_limit
from .store import person_key, valid_id

_QUOTE_COLUMNS = """
    q.id AS quote_id, q.text, q.kind, q.speaker_name AS speaker, q.person_id, q.medium, q.outlet AS medium_outlet,
    q.cue_text AS cue, q.mention_text AS mention, q.confidence, q.evidence, q.cluster_id, q.altered,
    q.start, q."end", a.id AS article_id, a.date, a.outlet, a.title, a.url
"""
# The speaker's role or affiliation as this article describes them, and the text around the quote
# (cut to its sentence in Python: see ``_finish``).
_EXTRA_COLUMNS = """,
    (SELECT ap.descriptors FROM article_people ap WHERE ap.article_id = q.article_id AND ap.person_id = q.person_id
     LIMIT 1) AS speaker_role,
    a.source, {site_name} AS site_name,
    substr(a.text, max(1, q.start - 299), min(q.start, 300)) AS before_text,
    substr(a.text, q."end" + 1, 300) AS after_text
"""
# The site name a page gave, as a store written before articles had an outlet kept it (in ``source``); a
# JSON record's ``source`` is a dataset's label, never a site name (trial 15 F12).
_SITE_NAME = "CASE WHEN a.input_format IN ('html', 'warc') THEN a.source END"
_EXTRA_COLUMNS = _EXTRA_COLUMNS.replace("{site_name}", _SITE_NAME)
_EDIT_COLUMN = ", (SELECT group_concat(correction_id) FROM quote_edits e WHERE e.quote_id = q.id) AS user_edit"
MEDIA = NAMED_MEDIA
_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s|\n")


def quote_columns(conn: sqlite3.Connection) -> str:
    """The SELECT list of every quote row (a store made before user edits has no edit column)."""
    has_edits = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'quote_edits'").fetchone() is not None
    return _QUOTE_COLUMNS + _EXTRA_COLUMNS + (_EDIT_COLUMN if has_edits else ", NULL AS user_edit")


def _finish(row: sqlite3.Row | dict[str, Any]) -> dict[str, Any]:
    """A quote row for users: ``shown`` (the quote as a reader should see it: verbatim words in
    quotation marks, reported speech labelled and without marks; ``text.verbatim.shown_quote``), the
    sentence around the quote, the outlet's display name, the title without masthead or byline, the
    speaker's role, and the user edits that touched it."""
    d = dict(row)
    before, after = d.pop("before_text", None) or "", d.pop("after_text", None) or ""
    cut = [m.end() for m in _SENTENCE_END.finditer(before)]
    head = before[cut[-1] :] if cut else before
    m = _SENTENCE_END.search(after)
    tail = after[: m.end()] if m else after
    d["context"] = " ".join((head + d["text"] + tail).split())
    d["shown"] = shown_quote(d["text"], d["kind"])
    d["outlet_name"] = outlet_name(d.get("outlet"), d.pop("site_name", None))
    d["title"] = clean_title(d.get("title"), d.get("outlet"))
    role = json.loads(d["speaker_role"]) if d.get("speaker_role") else []
    d["speaker_role"] = "; ".join(role) or None
    d["user_edit"] = [int(x) for x in str(d["user_edit"]).split(",")] if d.get("user_edit") else []
    return d


def check_date(value: str | None, option: str) -> str | None:
    """A YYYY, YYYY-MM or YYYY-MM-DD date that exists, or OnrecordError E030 naming the option."""
    if value is None or value == "":
        return None
    ok = _DATE.match(value) is not None
    if ok:
        parts = [int(x) for x in value.split("-")] + [1, 1]
        try:
            _dt.date(parts[0], parts[1], parts[2])
        except ValueError:
            ok = False
    if not ok:
        raise OnrecordError(
            Err.E030, option=option, detail=f"'{value}' is not a date; write YYYY-MM-DD (or YYYY-MM, YYYY)"
        )
    return value


def check_choice(value: str | None, option: str, choices: tuple[str, ...]) -> str | None:
    """``value`` if it is one of ``choices`` (or empty), else OnrecordError E030 listing them."""
    if value is None or value == "":
        return None
    if value not in choices:
        raise OnrecordError(
            Err.E030, option=option, detail=f"unknown value '{value}'; choose from {', '.join(choices)}"
        )
    return value


_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\()|(\))|([^\s"()]+)')


def fts_query(text: str) -> str:
    """A user's search to an FTS5 query, safely: every word and phrase is quoted, so nothing the user
    types is FTS5 syntax except what is offered here.

    Offered (as in web search engines): "a phrase", OR, AND, NOT or a leading "-" (exclude),
    parentheses; words side by side must all appear. Dangling operators and unbalanced parentheses
    are dropped. Raises OnrecordError E034 when only exclusions are left (FTS5 cannot list
    everything but a word).
    """
    out: list[str] = []
    depth = 0
    for m in _TOKEN.finditer(text):
        neg, phrase, opened, closed, word = m.groups()
        if word == "-" and text.startswith("(", m.end()):  # '-(tax OR vat)': exclude the group
            out.append("NOT")
            continue
        if opened:
            out.append("(")
            depth += 1
            continue
        if closed:
            if depth:
                out.append(")")
                depth -= 1
            continue
        if word in ("OR", "AND", "NOT"):
            out.append(word)
            continue
        if word and word.startswith("-") and len(word) > 1:
            neg, word = "-", word[1:]
        words = re.findall(r"\w+", phrase if phrase is not None else word or "", re.UNICODE)
        if not words:
            continue
        if neg:
            out.append("NOT")
        out.append('"' + " ".join(words) + '"')
    out += [")"] * depth
    return " ".join(_explicit_and(_tidy(_exclusions_last(out))))


def _operand_end(tokens: list[str], i: int) -> int:
    """The index after the phrase or parenthesised group that starts at ``tokens[i]``."""
    if tokens[i] != "(":
        return i + 1
    depth = 0
    for j in range(i, len(tokens)):
        depth += {"(": 1, ")": -1}.get(tokens[j], 0)
        if depth == 0:
            return j + 1
    return len(tokens)


def _explicit_and(tokens: list[str]) -> list[str]:
    """AND written out between side-by-side operands: FTS5 reads a string right before "(" as its NEAR
    group ('troops near (border OR frontier)' is a syntax error) and refuses a string right after ")",
    so the words of "near" (any case) stay ordinary words (trial 4, F15)."""
    out: list[str] = []
    for t in tokens:
        if out and (out[-1].startswith('"') or out[-1] == ")") and (t.startswith('"') or t == "("):
            out.append("AND")
        out.append(t)
    return out


def _exclusions_last(tokens: list[str]) -> list[str]:
    """'-oil energy' as 'energy NOT oil': FTS5's NOT needs a left side, so leading exclusions move to the end."""

    def plain(ts: list[str]) -> bool:  # a word, phrase or group that is not excluded
        return any((t.startswith('"') or t == "(") and (i == 0 or ts[i - 1] != "NOT") for i, t in enumerate(ts))

    for _ in range(len(tokens)):
        if len(tokens) < 3 or tokens[0] != "NOT" or not (tokens[1].startswith('"') or tokens[1] == "("):
            break
        end = _operand_end(tokens, 1)  # a phrase, or a group: '-(tax OR vat) budget'
        if end >= len(tokens) or tokens[end] in ("OR", "AND", ")") or not plain(tokens[end:]):
            break  # '-oil OR gas', '-oil -gas': no plain word to stand on
        tokens = tokens[end:] + tokens[:end]
    return tokens


def _tidy(tokens: list[str]) -> list[str]:
    """Drop operators with nothing on one side, and empty parentheses."""
    ops = {"OR", "AND", "NOT"}
    changed = True
    while changed:
        changed = False
        for i, t in enumerate(tokens):
            prev = tokens[i - 1] if i else None
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if t in ops and (
                prev is None or prev in ops or prev == "(" or nxt is None or nxt in ops - {"NOT"} or nxt == ")"
            ):
                if t == "NOT" and (prev is None or prev == "(") and nxt not in (None, ")"):
                    raise OnrecordError(Err.E034, detail="a search needs a word to find besides the ones it excludes")
                del tokens[i]
                changed = True
                break
            if t == "(" and nxt == ")":
                del tokens[i : i + 2]
                changed = True
                break
    return tokens


def _check_text(text: str | None) -> None:
    """E025 for a query over the limits, E034 for a blank one (None, no query, is allowed)."""
    check_query(text)
    if text is not None and not text.strip():
        raise OnrecordError(
            Err.E034, detail="the query is empty; give a word to find (or no query, to list the newest quotes)"
        )


def _outlet_filter(outlet: str) -> tuple[str, list[str]]:
    """The WHERE clause and its values for ``--outlet``: part of the stored outlet (a name, or a host in a
    store written before outlets were stored by name), of the medium's outlet, of a page's site name or
    of the article's host; a listed outlet's name finds its host and its host finds its name ("The New
    York Times" and nytimes.com find each other). Never the ``source``, a dataset's label."""
    low = outlet.lower()
    pairs = [(host, name) for host, name in OUTLET_NAMES.items() if low in name.lower() or low in host]
    by_pair = "".join(" OR a.outlet LIKE ? OR a.outlet = ?" for _ in pairs)
    clause = f"(a.outlet LIKE ? OR q.outlet LIKE ? OR {_SITE_NAME} LIKE ? OR a.url LIKE ? OR a.url LIKE ?{by_pair})"
    values = [f"%{outlet}%"] * 3 + [f"%://{outlet}%", f"%://%.{outlet}%"]
    return clause, values + [v for host, name in pairs for v in (f"%{host}", name)]


# The default page of each list: one constant per list, which the CLI (``--limit``) and the HTTP API (``?limit=``)
# both read, so that the same list is never a different length in the two (round 16: search results were 50 in
# the CLI and 25 in the API, people 20 and 50; corrections and saved searches were not paged in the API).
SEARCH_LIMIT = 50  # stored quotes found: `onrecord search`, GET /api/quotes
PEOPLE_LIMIT = 20  # the most quoted people: `onrecord people`, GET /api/people
WATCH_MATCHES_LIMIT = 50  # one saved search's matches: `onrecord watch show ID`, GET /api/watches/{id}
CORRECTIONS_LIMIT = 50  # user corrections, oldest first: `onrecord correct list`, GET /api/corrections
WATCHES_LIMIT = 50  # saved searches: `onrecord watch list`, GET /api/watches
# A person's timeline has no default page: every quote (`onrecord person`, GET /api/people/{id}).


def page_offset(limit: int | None, offset: int | None = None, page: int | None = None) -> int:
    """The rows to skip for one page of a list (search, people, a person's timeline), as the CLI's
    ``--limit/--offset/--page`` and the API's ``limit/offset/page`` give it (sqlite-utils' and
    Datasette's paging, one name for one thing everywhere): ``offset`` rows (0 or more), or the rows of the
    pages before ``page`` (1 or more: ``(page - 1) * limit``); neither: 0. Raises OnrecordError E030
    naming the parameter for a bad value, for both given, or for a ``page`` past 1 with no ``limit``."""
    check_optional_count(offset, "offset", 0)
    check_optional_count(page, "page")
    if offset is not None and page is not None:
        raise OnrecordError(Err.E030, option="page", detail="give page or offset, not both")
    if page is None or page == 1:
        return offset or 0
    if limit is None:
        raise OnrecordError(Err.E030, option="page", detail="a page past the first needs a limit (its size)")
    return check_count((page - 1) * check_count(limit, "limit"), "page", 0)  # rows skipped: within SQLite's integers


def search(
    conn: sqlite3.Connection,
    text: str | None = None,
    *,
    speaker: str | None = None,
    since: str | None = None,
    until: str | None = None,
    outlet: str | None = None,
    medium: str | None = None,
    kind: str | None = None,
    min_confidence: float | None = None,
    after_id: int | None = None,
    limit: int = SEARCH_LIMIT,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Stored quotes matching a search (see ``fts_query``) and filters, best match (or newest) first.

    Each row: quote_id, text, context (the sentence around it), kind, speaker, speaker_role, person_id,
    date, outlet (the publisher), outlet_name (its name to show), source (provenance: a dataset's label or the
    input), title, url, medium, confidence, cluster_id, user_edit, offsets...
    ``text`` None lists the newest quotes (with the filters); ``limit`` (1 or more) and ``offset``
    (0 or more) page the rows. ``after_id`` keeps quotes stored after that quote id (saved searches).
    Raises OnrecordError E030 naming the parameter for a bad date (or ``since`` after ``until``), kind,
    medium, confidence, limit or offset; E034 for a query that cannot run, a blank one among them (give
    None to list the newest).
    """
    _check_text(text)
    since, until = check_date(since, "since"), check_date(until, "until")
    if since and until and since > until + "\uffff":  # "2023-05" to "2023" is May to December: allowed
        raise OnrecordError(Err.E030, option="since", detail=f"'{since}' is after until '{until}'; no date is in both")
    kind = check_choice(kind, "kind", KINDS)
    medium = check_choice(medium, "medium", MEDIA)
    check_confidence(min_confidence)
    check_count(limit, "limit")
    check_count(offset, "offset", 0)
    cols = quote_columns(conn)
    where: list[str] = []
    params: list[Any] = []
    sql = f"SELECT {cols} FROM quotes q JOIN articles a ON a.id = q.article_id"
    match = fts_query(text) if text else ""  # None: no words, the newest quotes
    if text and not match:
        raise OnrecordError(Err.E034, detail=f"'{text}' has no word to search for")
    filters = [speaker, since, until, outlet, medium, kind, min_confidence, after_id]
    if match and all(f is None or f == "" for f in filters):
        # Fast path: let FTS5 rank and cut the matches before any join (common words match thousands).
        sql = (
            f"SELECT {cols} FROM (SELECT rowid AS id, rank FROM quotes_fts WHERE quotes_fts MATCH ? "
            "ORDER BY rank, rowid LIMIT ? OFFSET ?) f JOIN quotes q ON q.id = f.id "
            "JOIN articles a ON a.id = q.article_id ORDER BY f.rank, q.id"
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
        params.append(until + "\uffff")
    if outlet:
        clause, values = _outlet_filter(outlet)
        where.append(clause)
        params += values
    exact = (("q.medium = ?", medium or None), ("q.kind = ?", kind or None))
    for clause, value in (*exact, ("q.confidence >= ?", min_confidence), ("q.id > ?", after_id)):
        if value is not None:
            where.append(clause)
            params.append(value)
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY " + ("f.rank, " if match else "") + "a.date DESC, q.id LIMIT ? OFFSET ?"
    params += [limit, offset]
    return _search_rows(conn, sql, params)


def _search_rows(conn: sqlite3.Connection, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    try:
        with time_limit(conn):
            return [_finish(r) for r in conn.execute(sql, params)]
    except sqlite3.OperationalError as exc:
        raise OnrecordError(Err.E034, detail=f"the query could not run ({exc})") from exc


def people(
    conn: sqlite3.Connection,
    limit: int = PEOPLE_LIMIT,
    kind: str | None = None,
    *,
    offset: int = 0,
    top: int | None = None,
) -> list[dict[str, Any]]:
    """The most quoted named people (and organisations), ``limit`` of them after the first ``offset``: id,
    name, kind, quotes, articles, first_quoted, last_quoted, descriptors. ``top``: the old name of
    ``limit``, still taken. Raises OnrecordError E030 naming the parameter for a limit under 1 or a
    negative offset."""
    if top is not None:
        limit = top
    check_count(limit, "top" if top is not None else "limit")
    check_count(offset, "offset", 0)
    sql = (
        "SELECT p.id, p.name, p.kind, p.gender, p.descriptors, p.quote_count AS quotes, "
        "(SELECT count(DISTINCT article_id) FROM article_people ap WHERE ap.person_id = p.id) AS articles, "
        "(SELECT min(a.date) FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.person_id = p.id) "
        "AS first_quoted, "
        "(SELECT max(a.date) FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.person_id = p.id) "
        "AS last_quoted "
        "FROM people p WHERE p.name IS NOT NULL"
    )
    params: list[Any] = []
    if kind:
        sql += " AND p.kind = ?"
        params.append(kind)
    sql += " ORDER BY p.quote_count DESC, p.name LIMIT ? OFFSET ?"
    params += [limit, offset]
    out = []
    for r in conn.execute(sql, params):
        d = dict(r)
        d["descriptors"] = json.loads(d["descriptors"])
        out.append(d)
    return out


def find_person(conn: sqlite3.Connection, name_or_id: str) -> dict[str, Any]:
    """One person by id, exact name, or part of a name.

    Raises OnrecordError E031 when nobody matches, E032 (listing id, name and quote count of each)
    when a part of a name matches several people and none exactly. A name merged away by a user
    correction finds the person it was merged into. An empty name is E030 (trial 12 F17: it matched everyone).
    """
    if not name_or_id.strip():
        raise OnrecordError(Err.E030, option="person", detail="the name is empty; give a name or an id")
    row = None
    if name_or_id.isdigit():
        pid = int(name_or_id)
        row = conn.execute("SELECT * FROM people WHERE id = ?", (pid,)).fetchone() if valid_id(pid) else None
    else:
        key = person_key(name_or_id)
        keys = (f"person:{key}", f"organisation:{person_key(name_or_id, 'organisation')}", key)
        # A person before an organisation of the same name: extraction sometimes stores a person's name
        # as an organisation too (trial 8 H2: "Barack Obama", 121 quotes as a person, 1 as an organisation),
        # and `person NAME` or `correct merge A NAME` means the person; the organisation is reached by id.
        row = conn.execute(
            "SELECT * FROM people WHERE key IN (?, ?, ?) ORDER BY key = ? DESC, quote_count DESC, id LIMIT 1",
            (*keys, keys[0]),
        ).fetchone()
        if row is None:
            row = _merged_into(conn, keys)
        if row is None:
            found = conn.execute(
                "SELECT id, name, kind, quote_count FROM people WHERE name LIKE ? "
                "ORDER BY quote_count DESC, name LIMIT 11",
                (f"%{name_or_id}%",),
            ).fetchall()
            if len(found) > 1:
                choices = "; ".join(
                    f"{r['id']} {r['name']} ({r['kind']}, quotes: {r['quote_count']})" for r in found[:10]
                )
                more = ", ..." if len(found) > 10 else ""
                raise OnrecordError(
                    Err.E032,
                    name=name_or_id,
                    count=f"{len(found) - 1}+" if more else len(found),
                    choices=choices + more,
                )
            row = conn.execute("SELECT * FROM people WHERE id = ?", (found[0]["id"],)).fetchone() if found else None
    if row is None:
        who = f"no person with id {name_or_id}" if name_or_id.isdigit() else f"nobody called '{name_or_id}'"
        raise OnrecordError(Err.E031, source="person", detail=f"{who} in the store")
    d = dict(row)
    d["descriptors"] = json.loads(d["descriptors"])
    return d


def _merged_into(conn: sqlite3.Connection, keys: tuple[str, ...]) -> sqlite3.Row | None:
    """The person a merge, rename or kind correction moved one of ``keys`` to, following a chain of them
    (trial 11 M10: after a rename and then a kind correction, the first name found nobody)."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'corrections'").fetchone() is None:
        return None
    seen: set[str] = set(keys)
    frontier = list(keys)
    while frontier:
        marks = ", ".join("?" * len(frontier))
        moved = conn.execute(
            f"SELECT value FROM corrections WHERE action IN ('merge', 'name', 'kind') AND target IN ({marks}) "
            "ORDER BY id DESC",
            frontier,
        ).fetchall()
        frontier = [r[0] for r in moved if r[0] not in seen]
        seen.update(frontier)
        for key in frontier:
            row = conn.execute("SELECT * FROM people WHERE key = ?", (key,)).fetchone()
            if row is not None:
                return row
    return None


def person(
    conn: sqlite3.Connection,
    name_or_id: str,
    *,
    min_confidence: float | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> dict[str, Any]:
    """A person's profile and timeline: each quote (a search row) oldest first (at most ``limit``, after the
    first ``offset``),
    the user corrections that concern them (``corrections``) and, when asked by name, ``fuller_names``:
    other people whose name holds the name asked as whole words ("Donald Trump" for "Trump"), most
    quoted first (id, name, kind, quote_count; at most ``FULLER_SHOWN``), as the person found by the exact name
    may not be the one meant. Errors as ``find_person``, and E030 for a ``limit`` under 1 or a
    ``min_confidence`` outside 0-1."""
    check_confidence(min_confidence)
    check_optional_count(limit, "limit")
    check_count(offset, "offset", 0)
    p = find_person(conn, name_or_id)
    p["fuller_names"] = [] if name_or_id.strip().isdigit() else fuller_names(conn, name_or_id, p["id"])
    p["timeline"] = [
        _finish(r)
        for r in conn.execute(
            f"SELECT {quote_columns(conn)} FROM quotes q JOIN articles a ON a.id = q.article_id "
            "WHERE q.person_id = ? AND q.confidence >= ? ORDER BY coalesce(a.date, '9999'), q.id LIMIT ? OFFSET ?",
            (p["id"], min_confidence or 0.0, -1 if limit is None else limit, offset),
        )
    ]
    p["corrections"] = person_corrections(conn, p["key"])
    return p


FULLER_SHOWN = 5


def fuller_names(conn: sqlite3.Connection, name: str, person_id: int) -> list[dict[str, Any]]:
    """People other than ``person_id`` whose name holds ``name`` as whole words (case aside), most quoted
    first, at most ``FULLER_SHOWN``: id, name, kind, quote_count."""
    words = " ".join(name.lower().split())
    if not words:
        return []
    rows = conn.execute(
        "SELECT id, name, kind, quote_count FROM people WHERE id != ? AND name IS NOT NULL "
        "AND ' ' || lower(name) || ' ' LIKE ? ESCAPE '\\' ORDER BY quote_count DESC, name LIMIT ?",
        (person_id, "% " + re.sub(r"([%_\\])", r"\\\1", words) + " %", FULLER_SHOWN),
    )
    return [dict(r) for r in rows]


def person_corrections(conn: sqlite3.Connection, key: str) -> list[dict[str, Any]]:
    """The user corrections that name a person (by their store key, or a key a rename, kind or merge moved
    to it, however many steps back: trial 11 M10 listed the kind correction but not the rename before it),
    oldest first."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'corrections'").fetchone() is None:
        return []
    keys, frontier = {key}, [key]
    while frontier:
        marks = ", ".join("?" * len(frontier))
        earlier = conn.execute(
            f"SELECT target FROM corrections WHERE action IN ('merge', 'name', 'kind') AND value IN ({marks})",
            frontier,
        ).fetchall()
        frontier = [r[0] for r in earlier if r[0] not in keys]
        keys.update(frontier)
    marks = ", ".join("?" * len(keys))
    rows = conn.execute(
        "SELECT id, action, target, value, detail, note, at FROM corrections "
        f"WHERE target IN ({marks}) OR value IN ({marks}) ORDER BY id",
        [*keys, *keys],
    )
    return [{**dict(r), "detail": json.loads(r["detail"])} for r in rows]


def quote(conn: sqlite3.Connection, quote_id: int) -> dict[str, Any]:
    """The cluster a quote belongs to (a cluster is the set of versions of one quotation across
    articles; its id is its own, not a quote id): quote_id (the one asked for), cluster_id, speaker,
    first_seen, first_outlet, count, altered_count, variants (search rows with altered_words, and
    shortened_words: what a version cut at its start or end leaves out of the first, ``clusters.dropped_ends``).
    Raises OnrecordError E031 for an unknown quote id."""
    row = (
        conn.execute("SELECT cluster_id FROM quotes WHERE id = ?", (quote_id,)).fetchone()
        if valid_id(quote_id)
        else None
    )
    if row is None:
        raise OnrecordError(
            Err.E031, source="quote", detail=f"no quote with id {quote_id} (quote ids are shown by `onrecord search`)"
        )
    c = dict(conn.execute("SELECT * FROM clusters WHERE id = ?", (row[0],)).fetchone())
    speaker = (
        conn.execute("SELECT name FROM people WHERE id = ?", (c["person_id"],)).fetchone() if c["person_id"] else None
    )
    c["speaker"] = speaker[0] if speaker else None
    c["variants"] = [
        _finish(r)
        for r in conn.execute(
            f"SELECT {quote_columns(conn)}, q.altered_words FROM quotes q JOIN articles a ON a.id = q.article_id "
            "WHERE q.cluster_id = ? ORDER BY coalesce(a.date, '9999'), q.id",
            (row[0],),
        )
    ]
    c["cluster_id"] = c.pop("id")
    c["quote_id"] = quote_id
    first = next((v for v in c["variants"] if v["quote_id"] == c["first_quote_id"]), None)
    for v in c["variants"]:
        cut = v is not first and first is not None and not v["altered"]
        v["shortened_words"] = dropped_ends((first["text"], first["kind"]), (v["text"], v["kind"])) if cut else None
    # The earliest version's own display name, as its line shows it ("FOCUS online", not "focus.de").
    c["first_outlet_name"] = first["outlet_name"] if first else outlet_name(c.get("first_outlet"))
    return c


def cluster(conn: sqlite3.Connection, cluster_id: int) -> dict[str, Any]:
    """A cluster by its own id (as ``quote``, with quote_id its first quote), and ``quote_of_this_id``:
    when a quote has the same number and lies in another cluster, ``{"quote_id", "cluster_id"}`` of it
    (cluster ids and quote ids are numbered apart, so a quote id given for a cluster id finds another
    quotation; said, never silently), else None. Raises E031 when unknown."""
    sql = "SELECT first_quote_id FROM clusters WHERE id = ?"
    row = conn.execute(sql, (cluster_id,)).fetchone() if valid_id(cluster_id) else None
    if row is None:
        raise OnrecordError(
            Err.E031,
            source="cluster",
            detail=f"no cluster with id {cluster_id} (cluster ids are shown by `onrecord quote`)",
        )
    c = quote(conn, row[0])
    other = conn.execute("SELECT cluster_id FROM quotes WHERE id = ?", (cluster_id,)).fetchone()
    mixed = other is not None and other[0] != cluster_id
    c["quote_of_this_id"] = {"quote_id": cluster_id, "cluster_id": other[0]} if mixed else None
    return c


def article(conn: sqlite3.Connection, article_id: int) -> dict[str, Any]:
    """A stored article: id, url, title, date, outlet, outlet_name, text, quotes (search rows, in text
    order), people (with this article's descriptors), social_posts. Raises E031 when unknown."""
    sql = (
        f"SELECT id, ext_id, url, title, date, outlet, source, {_SITE_NAME} AS site_name, text "
        "FROM articles a WHERE id = ?"
    )
    row = conn.execute(sql, (article_id,)).fetchone() if valid_id(article_id) else None
    if row is None:
        raise OnrecordError(Err.E031, source="article", detail=f"no article with id {article_id}")
    a = dict(row)
    a["outlet_name"] = outlet_name(a["outlet"], a.pop("site_name"))
    a["title"] = clean_title(a["title"], a["outlet"])
    a["quotes"] = [
        _finish(r)
        for r in conn.execute(
            f"SELECT {quote_columns(conn)} FROM quotes q JOIN articles a ON a.id = q.article_id "
            "WHERE a.id = ? ORDER BY q.start",
            (article_id,),
        )
    ]
    a["people"] = [
        {**dict(r), "descriptors": json.loads(r["descriptors"]), "relations": json.loads(r["relations"])}
        for r in conn.execute(
            "SELECT p.id, p.name, p.kind, ap.descriptors, ap.age, ap.gender, ap.handle, ap.relations "
            "FROM article_people ap "
            "JOIN people p ON p.id = ap.person_id WHERE ap.article_id = ?",
            (article_id,),
        )
    ]
    a["social_posts"] = [
        dict(r)
        for r in conn.execute(
            'SELECT platform, author, handle, date, url, text, start, "end" FROM social_posts WHERE article_id = ?',
            (article_id,),
        )
    ]
    return a


EXPORT_COLUMNS = [
    "quote_id",
    "text",
    "context",
    "kind",
    "speaker",
    "speaker_role",
    "person_id",
    "user_edit",
    "date",
    "outlet",
    "outlet_name",
    "source",
    "title",
    "url",
    "medium",
    "medium_outlet",
    "cue",
    "mention",
    "confidence",
    "evidence",
    "cluster_id",
    "altered",
    "altered_words",
    "start",
    "end",
    "article_id",
]


# OWASP "CSV Injection": a cell a spreadsheet would read as a formula starts with one of these.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    """A value as a CSV cell is written: a text that starts as a formula (``FORMULA_STARTS``) gets a
    leading single quote, as OWASP's CSV-injection advice says, so that Excel or LibreOffice shows
    quoted web text instead of running it; numbers and other values are unchanged. CSV only: JSON,
    JSON Lines, Parquet and the tables keep the text as stored."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def export(conn: sqlite3.Connection, fmt: str, out: IO[Any] | str, *, min_confidence: float | None = None) -> int:
    """Every quote (a search row: with context, speaker_role, outlet_name, user_edit) as jsonl, csv or
    parquet; returns the row count. Raises OnrecordError E030 for parquet without a file name, E044
    (before any query) when ``out`` names a file that cannot be written (no such folder, a directory,
    no permission)."""
    check_confidence(min_confidence)
    if isinstance(out, str):
        check_output_file(out)
    cur = conn.execute(
        f"SELECT {quote_columns(conn)}, q.altered_words FROM quotes q JOIN articles a ON a.id = q.article_id "
        "WHERE q.confidence >= ? ORDER BY q.id",
        (min_confidence or 0.0,),
    )

    def rows() -> Any:
        for r in cur:
            d = _finish(r)
            d["user_edit"] = ",".join(map(str, d["user_edit"])) or None
            yield {c: d.get(c) for c in EXPORT_COLUMNS}

    n = 0
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        if not isinstance(out, str):
            raise OnrecordError(Err.E030, option="out", detail="parquet needs a file name to write to")
        writer = None
        chunk: list[dict[str, Any]] = []
        for d in rows():
            chunk.append(d)
            n += 1
            if len(chunk) == 10_000:
                writer = _write_parquet(pa, pq, writer, chunk, out)
                chunk = []
        if chunk:
            writer = _write_parquet(pa, pq, writer, chunk, out)
        if writer is None:
            pq.write_table(pa.Table.from_pylist([], schema=pa.schema([(c, pa.string()) for c in EXPORT_COLUMNS])), out)
        else:
            writer.close()
        return n
    try:
        fh = open(out, "w", encoding="utf-8", newline="") if isinstance(out, str) else out  # noqa: SIM115 - closed below
    except OSError as exc:  # a read-only file system, a full disk: what the checks above cannot see
        raise OnrecordError(Err.E044, source=str(out), detail=exc.strerror or str(exc)) from exc
    try:
        if fmt == "csv":
            w = csv.DictWriter(fh, fieldnames=EXPORT_COLUMNS)
            w.writeheader()
            for d in rows():
                w.writerow({c: csv_cell(v) for c, v in d.items()})
                n += 1
        else:
            for d in rows():
                fh.write(json.dumps(d, ensure_ascii=False) + "\n")
                n += 1
    finally:
        if isinstance(out, str):
            fh.close()
    return n


def check_output_file(path: str) -> None:
    """Raise OnrecordError E044 unless a file can be written at ``path``: its folder exists, it is not
    a directory, and it (or, when new, its folder) is writable."""
    p = Path(path)
    folder = p.parent if str(p.parent) else Path(".")
    if p.is_dir():
        detail = "it is a directory; give a file name in it"
    elif not folder.is_dir():
        detail = f"the folder {folder} does not exist"
    elif not os.access(p if p.exists() else folder, os.W_OK):
        detail = "permission denied"
    else:
        return
    raise OnrecordError(Err.E044, source=path, detail=detail)


def _write_parquet(pa: Any, pq: Any, writer: Any, chunk: list[dict[str, Any]], out: str) -> Any:
    table = pa.Table.from_pylist(chunk)
    if writer is None:
        writer = pq.ParquetWriter(out, table.schema)
    writer.write_table(table.cast(writer.schema))
    return writer
