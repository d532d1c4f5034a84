"""User edits to the record: corrections (merge two people, split one, fix a quote's speaker, rename
a person, set whether they are a person or an organisation) and saved searches (watches).

A correction is stored as the user's edit, apart from what extraction wrote, and names what it
changes by stable keys: a person by their store key ("person:hori parata"), a quote by its article's
text hash and character offsets. ``apply_corrections`` replays every correction in order and is
idempotent; ``ingest`` calls it after each run, so an edit holds for articles ingested later and for
articles stored again. Every quote a correction touched is listed in ``quote_edits``, which the query
rows show as ``user_edit`` (the correction ids).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from ..checks import check_count, check_optional_count
from ..errors import Err, OnrecordError
from .query import WATCH_MATCHES_LIMIT, find_person, search
from .store import person_key, transaction, valid_id

ACTIONS = ("merge", "split", "speaker", "name", "kind")
KINDS = ("person", "organisation")  # what a speaker is (the people stage's kinds of a named source)


def _quote_ref(conn: sqlite3.Connection, quote_id: int) -> list[Any]:
    sql = 'SELECT a.text_hash, q.start, q."end" FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.id = ?'
    row = conn.execute(sql, (quote_id,)).fetchone() if valid_id(quote_id) else None
    if row is None:
        raise OnrecordError(Err.E031, source="correct", detail=f"no quote with id {quote_id}")
    return [row[0], row[1], row[2]]


def _record(
    conn: sqlite3.Connection, action: str, target: str, value: str, detail: dict[str, Any], note: str | None
) -> int:
    with transaction(conn):
        cur = conn.execute(
            "INSERT INTO corrections(action, target, value, detail, note) VALUES (?,?,?,?,?)",
            (action, target, value, json.dumps(detail), note),
        )
        cid = int(cur.lastrowid)
        _apply(conn, dict(conn.execute("SELECT * FROM corrections WHERE id = ?", (cid,)).fetchone()))
    return cid


def merge(conn: sqlite3.Connection, person: str, into: str, *, note: str | None = None) -> int:
    """Merge ``person`` into ``into`` (names or ids, resolved as ``query.find_person``): their quotes,
    mentions and clusters become ``into``'s. Returns the correction id. Raises E030 when both are the
    same person, and find_person's errors."""
    a, b = find_person(conn, person), find_person(conn, into)
    if a["id"] == b["id"]:
        raise OnrecordError(
            Err.E030, option="merge", detail=f"'{person}' and '{into}' are the same person (id {a['id']})"
        )
    return _record(conn, "merge", a["key"], b["key"], {"names": [a["name"], b["name"]]}, note)


def split(
    conn: sqlite3.Connection, person: str, quote_ids: list[int], new_name: str, *, note: str | None = None
) -> int:
    """Move some of ``person``'s quotes (by quote id) to a person called ``new_name`` (created if the
    store has nobody by that name). Raises E030 when a quote is not ``person``'s, E031 when unknown."""
    p = find_person(conn, person)
    if not quote_ids:
        raise OnrecordError(
            Err.E030, option="quote_ids", detail="name the quotes to move (their ids, from `onrecord person`)"
        )
    for qid in quote_ids:
        owner = conn.execute("SELECT person_id FROM quotes WHERE id = ?", (qid,)).fetchone() if valid_id(qid) else None
        if owner is None or owner[0] != p["id"]:
            raise OnrecordError(
                Err.E030, option="quote_ids", detail=f"quote {qid} is not attributed to {p['name']} (id {p['id']})"
            )
    refs = [_quote_ref(conn, qid) for qid in quote_ids]
    return _record(
        conn,
        "split",
        p["key"],
        f"{p['kind']}:{person_key(new_name, p['kind'])}",
        {"quotes": refs, "name": new_name, "kind": p["kind"]},
        note,
    )


def fix_speaker(conn: sqlite3.Connection, quote_id: int, speaker: str, *, note: str | None = None) -> int:
    """Attribute one quote to ``speaker``: an id, a name in the store, or a new name (a new person)."""
    ref = _quote_ref(conn, quote_id)
    try:
        p = find_person(conn, speaker)
        key, name, kind = p["key"], p["name"], p["kind"]
    except OnrecordError as exc:
        if exc.code != "E031" or speaker.isdigit():
            raise
        key, name, kind = f"person:{person_key(speaker)}", speaker, "person"
    return _record(conn, "speaker", json.dumps(ref), key, {"name": name, "kind": kind}, note)


def rename(conn: sqlite3.Connection, person: str, new_name: str, *, note: str | None = None) -> int:
    """Call ``person`` (id or name, as ``query.find_person``) ``new_name`` (an invented or wrong name:
    "Camp Strava" for Strava): their store key follows the name, their quotes show it, and a person
    stored later under the old name joins them when corrections are re-applied. Returns the correction
    id. Raises E030 for an empty name, the same name, or one another person has (merge them instead),
    and find_person's errors."""
    p = find_person(conn, person)
    name = " ".join(new_name.split())
    if not person_key(name):
        raise OnrecordError(Err.E030, option="name", detail=f"'{new_name}' is not a name")
    if name == p["name"]:
        raise OnrecordError(Err.E030, option="name", detail=f"{p['name']} (id {p['id']}) is called that already")
    new_key = _free_key(conn, p, f"{p['kind']}:{person_key(name, p['kind'])}")
    return _record(conn, "name", p["key"], new_key, {"name": name, "kind": p["kind"], "was": p["name"]}, note)


def set_kind(conn: sqlite3.Connection, person: str, kind: str, *, note: str | None = None) -> int:
    """Say whether ``person`` (id or name) is a person or an organisation (``KINDS``); their store key
    follows the kind, as it does for a rename. Returns the correction id. Raises E030 for another kind,
    the kind they have, or a key another person has (merge them instead), and find_person's errors."""
    if kind not in KINDS:
        raise OnrecordError(Err.E030, option="kind", detail=f"'{kind}' is not one of {', '.join(KINDS)}")
    p = find_person(conn, person)
    if p["kind"] == kind:
        raise OnrecordError(Err.E030, option="kind", detail=f"{p['name']} (id {p['id']}) is an {kind} already")
    new_key = _free_key(conn, p, f"{kind}:{str(p['key']).split(':', 1)[-1]}")
    return _record(conn, "kind", p["key"], new_key, {"name": p["name"], "kind": kind, "was": p["kind"]}, note)


def _free_key(conn: sqlite3.Connection, p: dict[str, Any], key: str) -> str:
    """``key`` when no other person has it; else E030 saying to merge the two."""
    other = conn.execute("SELECT id, name FROM people WHERE key = ?", (key,)).fetchone()
    if other is not None and other["id"] != p["id"]:
        detail = (
            f"{other['name']} (id {other['id']}) is stored under that name and kind already; if they are one, "
            f"merge them: `onrecord correct merge {p['id']} {other['id']}`"
        )
        raise OnrecordError(Err.E030, option="correct", detail=detail)
    return key


def _page(limit: int | None, offset: int) -> tuple[int, int]:
    """SQLite's LIMIT and OFFSET for ``limit`` rows (None: all) after ``offset``; E030 naming a bad one."""
    check_optional_count(limit, "limit")
    check_count(offset, "offset", 0)
    return (-1 if limit is None else limit), offset


def corrections(conn: sqlite3.Connection, *, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
    """The corrections, oldest first (``limit`` of them, None: all, after the first ``offset``): id, action,
    target, value, detail (dict), note, at, quotes (how many quotes it holds now). Raises E030 for a
    ``limit`` under 1 or a negative ``offset``."""
    out = []
    for r in conn.execute(
        "SELECT c.*, (SELECT count(*) FROM quote_edits e WHERE e.correction_id = c.id) AS quotes "
        "FROM corrections c ORDER BY c.id LIMIT ? OFFSET ?",
        _page(limit, offset),
    ):
        d = dict(r)
        d["detail"] = json.loads(d["detail"])
        out.append(d)
    return out


def export_corrections(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every correction as a plain record (action, target, value, detail, note, at), oldest first:
    what ``import_corrections`` takes, to carry user edits to a store rebuilt from the same inputs."""
    return [{k: r[k] for k in ("action", "target", "value", "detail", "note", "at")} for r in corrections(conn)]


@dataclass
class ImportReport:
    """What ``import_corrections`` did: ``added`` (new corrections), ``already`` (ones this store had) and
    ``refused``: one OnrecordError (E030, naming the source and line) per record it could not take."""

    added: int = 0
    already: int = 0
    refused: list[OnrecordError] = field(default_factory=list)


def import_corrections(
    conn: sqlite3.Connection, records: list[Any], *, source: str = "corrections", lines: list[int] | None = None
) -> ImportReport:
    """Add corrections exported from another store (skipping ones already here) and apply them all;
    each keeps the time it was made (its exported ``at``). A record that is not a correction, or names
    a person this store does not hold (when its turn comes, after the records before it), is refused
    with one E030 problem naming ``source`` and its line (``lines[i]``, else its number from 1); the
    others are still imported, each whole. Returns an ``ImportReport``."""
    report = ImportReport()
    with transaction(conn):
        for i, r in enumerate(records):
            line = lines[i] if lines is not None else i + 1
            problem = _malformed(r)
            if problem is None:
                detail = json.dumps(_completed(conn, r))
                same = conn.execute(  # a merge is its two keys: its names are only what they were called
                    "SELECT 1 FROM corrections WHERE action = ? AND target = ? AND value = ? "
                    "AND (detail = ? OR action = 'merge')",
                    (r["action"], r["target"], r["value"], detail),
                ).fetchone()
                if same is not None:
                    report.already += 1
                    continue
                problem = _unknown_people(conn, r)
            if problem is not None:
                why = f"not a correction this store can take: {problem}; skipped"
                report.refused.append(OnrecordError(Err.E030, option=f"{source}, line {line}", detail=why))
                continue
            at = r.get("at") if isinstance(r.get("at"), str) and r.get("at") else None  # when it was made
            cur = conn.execute(
                "INSERT INTO corrections(action, target, value, detail, note, at) "
                "VALUES (?,?,?,?,?, coalesce(?, CURRENT_TIMESTAMP))",
                (r["action"], r["target"], r["value"], detail, _text_or_none(r.get("note")), at),
            )
            # Applied now, so that a later record may name the person this one made (a rename, then a merge).
            _apply(conn, dict(conn.execute("SELECT * FROM corrections WHERE id = ?", (cur.lastrowid,)).fetchone()))
            report.added += 1
    apply_corrections(conn)
    return report


def _text_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _is_ref(value: Any) -> bool:
    """A quote reference: [text hash, start, end]."""
    return (
        isinstance(value, list)
        and len(value) == 3
        and isinstance(value[0], str)
        and all(isinstance(v, int) and not isinstance(v, bool) for v in value[1:])
    )


def _malformed(r: Any) -> str | None:
    """What is wrong with the shape of record ``r`` as a correction, or None."""
    if not isinstance(r, dict):
        return "not a JSON object"
    action, target, value = r.get("action"), r.get("target"), r.get("value")
    if action not in ACTIONS:
        return f"'action' is {json.dumps(action)}, not one of {', '.join(ACTIONS)}"
    if not (isinstance(target, str) and target and isinstance(value, str) and value):
        return "'target' and 'value' must be non-empty strings"
    detail = r.get("detail") or {}
    if not isinstance(detail, dict):
        return "'detail' is not a JSON object"
    if action == "speaker":
        try:
            ref = json.loads(target)
        except ValueError:
            ref = None
        if not _is_ref(ref):
            return "a speaker correction's 'target' is not a quote reference [text hash, start, end]"
    if action in ("split", "speaker", "name", "kind") and not isinstance(detail.get("name"), str):
        return f"a {action} correction's 'detail' has no 'name'"
    if action in ("name", "kind") and detail.get("kind") not in KINDS:
        return f"a {action} correction's 'detail' has no 'kind' ({', '.join(KINDS)})"
    if action == "split" and detail.get("kind", "person") not in KINDS:
        return f"'kind' is not one of {', '.join(KINDS)}"
    if action == "split" and not (isinstance(detail.get("quotes"), list) and all(map(_is_ref, detail["quotes"]))):
        return "a split correction's 'detail' has no list of quote references"
    return None


def _unknown_people(conn: sqlite3.Connection, r: dict[str, Any]) -> str | None:
    """The person a well-formed correction names that this store does not hold, or None."""
    action, target, value = r["action"], r["target"], r["value"]
    if action == "speaker":
        return None
    known = {k for (k,) in conn.execute("SELECT key FROM people WHERE key IN (?, ?)", (target, value))}
    if action == "merge" and not {target, value} <= known:
        missing = " and ".join(f"'{k}'" for k in (target, value) if k not in known)
        return f"nobody stored as {missing} in this store"
    if action in ("name", "kind") and not known:
        return f"nobody stored as '{target}' in this store"
    if action == "split" and target not in known:
        return f"nobody stored as '{target}' in this store"
    return None


def _completed(conn: sqlite3.Connection, r: dict[str, Any]) -> dict[str, Any]:
    """The record's detail, with a merge's names taken from the store when the record lacks them."""
    detail = dict(r.get("detail") or {})
    names = detail.get("names")
    if r["action"] == "merge" and not (isinstance(names, list) and len(names) == 2):
        sql = "SELECT key, name FROM people WHERE key IN (?, ?)"
        rows = dict(conn.execute(sql, (r["target"], r["value"])).fetchall())
        detail["names"] = [rows.get(r["target"], r["target"]), rows.get(r["value"], r["value"])]
    return detail


def apply_corrections(conn: sqlite3.Connection) -> int:
    """Replay every correction in order (idempotent); returns how many quotes changed speaker."""
    changed = 0
    with transaction(conn):
        for row in conn.execute("SELECT * FROM corrections ORDER BY id").fetchall():
            changed += _apply(conn, dict(row))
    return changed


def _person(conn: sqlite3.Connection, key: str, name: str, kind: str) -> int:
    row = conn.execute("SELECT id FROM people WHERE key = ?", (key,)).fetchone()
    if row:
        return int(row[0])
    return int(conn.execute("INSERT INTO people(key, name, kind) VALUES (?,?,?)", (key, name, kind)).lastrowid)


def _apply(conn: sqlite3.Connection, c: dict[str, Any]) -> int:
    detail = json.loads(c["detail"])
    if c["action"] == "merge":
        src = conn.execute("SELECT id FROM people WHERE key = ?", (c["target"],)).fetchone()
        dst = conn.execute("SELECT id, name FROM people WHERE key = ?", (c["value"],)).fetchone()
        if src is None or dst is None:
            return 0
        return _merge_rows(conn, src[0], dst[0], dst[1], c["id"])
    if c["action"] in ("name", "kind"):
        return _apply_rekey(conn, c, detail)
    if c["action"] == "split":
        dst = _person(conn, c["value"], detail["name"], detail.get("kind", "person"))
        return _move(conn, _quotes_by_ref(conn, detail["quotes"]), dst, detail["name"], c["id"])
    dst = _person(conn, c["value"], detail["name"], detail.get("kind", "person"))
    return _move(conn, _quotes_by_ref(conn, [json.loads(c["target"])]), dst, detail["name"], c["id"])


def _merge_rows(conn: sqlite3.Connection, src: int, dst: int, dst_name: str, correction_id: int) -> int:
    """Person ``src``'s quotes, mentions and clusters become ``dst``'s; ``src`` is deleted."""
    qids = [r[0] for r in conn.execute("SELECT id FROM quotes WHERE person_id = ?", (src,))]
    conn.execute("UPDATE mentions SET person_id = ? WHERE person_id = ?", (dst, src))
    conn.execute("UPDATE article_people SET person_id = ? WHERE person_id = ?", (dst, src))
    conn.execute("UPDATE clusters SET person_id = ? WHERE person_id = ?", (dst, src))
    n = _move(conn, qids, dst, dst_name, correction_id)
    conn.execute("DELETE FROM people WHERE id = ?", (src,))
    return n


def _apply_rekey(conn: sqlite3.Connection, c: dict[str, Any], detail: dict[str, Any]) -> int:
    """Replay a rename or a kind: the person under the old key (``target``) takes the new key (``value``),
    name and kind; when a later ingest stored someone under the old key again while the new one exists,
    they are merged into it. Their quotes show the name."""
    src = conn.execute("SELECT id FROM people WHERE key = ?", (c["target"],)).fetchone()
    dst = conn.execute("SELECT id FROM people WHERE key = ?", (c["value"],)).fetchone()
    name, kind = detail["name"], detail["kind"]
    changed = 0
    if src is not None and dst is None:
        conn.execute("UPDATE people SET key = ?, name = ?, kind = ? WHERE id = ?", (c["value"], name, kind, src[0]))
        dst = src
    elif src is not None and dst is not None and src[0] != dst[0]:
        changed += _merge_rows(conn, src[0], dst[0], name, c["id"])
    if dst is None:
        return changed
    conn.execute("UPDATE people SET name = ?, kind = ? WHERE id = ?", (name, kind, dst[0]))
    qids = [r[0] for r in conn.execute("SELECT id FROM quotes WHERE person_id = ?", (dst[0],))]
    return changed + _move(conn, qids, dst[0], name, c["id"])


def _quotes_by_ref(conn: sqlite3.Connection, refs: list[list[Any]]) -> list[int]:
    out = []
    for digest, start, end in refs:
        row = conn.execute(
            "SELECT q.id FROM quotes q JOIN articles a ON a.id = q.article_id "
            'WHERE a.text_hash = ? AND q.start = ? AND q."end" = ?',
            (digest, start, end),
        ).fetchone()
        if row:
            out.append(int(row[0]))
    return out


def _move(conn: sqlite3.Connection, quote_ids: list[int], person_id: int, name: str, correction_id: int) -> int:
    """Give quotes a new speaker, keeping the full-text index and quote counts in step."""
    changed = 0
    for qid in quote_ids:
        q = conn.execute("SELECT text, speaker_name, person_id FROM quotes WHERE id = ?", (qid,)).fetchone()
        conn.execute("INSERT OR IGNORE INTO quote_edits(quote_id, correction_id) VALUES (?, ?)", (qid, correction_id))
        if q["person_id"] == person_id and q["speaker_name"] == name:
            continue
        conn.execute(
            "INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker_name) VALUES ('delete', ?, ?, ?)",
            (qid, q["text"], q["speaker_name"]),
        )
        conn.execute("INSERT INTO quotes_fts(rowid, text, speaker_name) VALUES (?, ?, ?)", (qid, q["text"], name))
        conn.execute("UPDATE quotes SET person_id = ?, speaker_name = ? WHERE id = ?", (person_id, name, qid))
        # A cluster's speaker is its first version's.
        conn.execute("UPDATE clusters SET person_id = ? WHERE first_quote_id = ?", (person_id, qid))
        for pid in {q["person_id"], person_id} - {None}:
            conn.execute(
                "UPDATE people SET quote_count = (SELECT count(*) FROM quotes WHERE person_id = ?) WHERE id = ?",
                (pid, pid),
            )
        changed += 1
    return changed


# -- saved searches ---------------------------------------------------------------------------------


def add_watch(conn: sqlite3.Connection, text: str = "", *, speaker: str | None = None) -> int:
    """Save a search (words and/or a speaker); only quotes stored from now on are reported as new.
    Raises E030 when both are empty, E034 when the words cannot be searched."""
    if not text.strip() and not (speaker or "").strip():
        raise OnrecordError(Err.E030, option="watch", detail="give words to watch for, a speaker, or both")
    search(conn, text or None, speaker=speaker, limit=1)  # refuse a search that cannot run, now rather than at ingest
    seen = conn.execute("SELECT coalesce(max(id), 0) FROM quotes").fetchone()[0]
    return int(
        conn.execute(
            "INSERT INTO watches(text, speaker, seen_quote_id) VALUES (?,?,?)", (text, speaker, seen)
        ).lastrowid
    )


def speaker_known(conn: sqlite3.Connection, speaker: str) -> bool:
    """True when a stored person matches ``speaker`` as a watch's or search's ``speaker`` filter does."""
    row = conn.execute(
        "SELECT 1 FROM people WHERE name LIKE ? OR key LIKE ? LIMIT 1", (f"%{speaker}%", f"%{person_key(speaker)}%")
    ).fetchone()
    return row is not None


def watches(conn: sqlite3.Connection, *, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
    """The saved searches, oldest first (``limit`` of them, None: all, after the first ``offset``): id, text,
    speaker, created, seen_quote_id, matches (all stored matches). Raises E030 for a ``limit`` under 1 or a
    negative ``offset``."""
    out = []
    for r in conn.execute("SELECT * FROM watches ORDER BY id LIMIT ? OFFSET ?", _page(limit, offset)).fetchall():
        d = dict(r)
        d["matches"] = len(search(conn, d["text"] or None, speaker=d["speaker"], limit=1_000_000))
        out.append(d)
    return out


def watch(
    conn: sqlite3.Connection, watch_id: int, *, limit: int = WATCH_MATCHES_LIMIT, offset: int = 0
) -> dict[str, Any]:
    """One saved search with its matches (search rows, newest first; at most ``limit``, 1 or more, after the
    first ``offset``). Raises E031 when unknown, E030 for a ``limit`` under 1 or a negative ``offset``."""
    row = conn.execute("SELECT * FROM watches WHERE id = ?", (watch_id,)).fetchone() if valid_id(watch_id) else None
    if row is None:
        raise OnrecordError(
            Err.E031, source="watch", detail=f"no saved search with id {watch_id} (see `onrecord watch list`)"
        )
    d = dict(row)
    d["results"] = search(conn, d["text"] or None, speaker=d["speaker"], limit=limit, offset=offset)
    return d


def remove_watch(conn: sqlite3.Connection, watch_id: int) -> None:
    """Delete a saved search. Raises E031 when unknown."""
    if not valid_id(watch_id) or conn.execute("DELETE FROM watches WHERE id = ?", (watch_id,)).rowcount == 0:
        raise OnrecordError(Err.E031, source="watch", detail=f"no saved search with id {watch_id}")


def check_watches(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Each saved search with the quotes stored since it was last checked (``new``), then marks them
    seen, oldest first. Called at the end of ``ingest``."""
    out = []
    top = conn.execute("SELECT coalesce(max(id), 0) FROM quotes").fetchone()[0]
    for r in conn.execute("SELECT * FROM watches ORDER BY id").fetchall():
        d = dict(r)
        new = search(conn, d["text"] or None, speaker=d["speaker"], after_id=d["seen_quote_id"], limit=1_000_000)
        d["new"] = sorted(new, key=lambda row: row["quote_id"])  # in the order stored: the same on every run
        conn.execute("UPDATE watches SET seen_quote_id = ? WHERE id = ?", (top, d["id"]))
        out.append(d)
    return out
