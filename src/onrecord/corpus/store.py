"""store: the corpus in SQLite (the embedded default, WAL mode).

One article and everything extracted from it are written in one transaction,
so a run killed at any moment leaves whole articles or none. Readers of the
store open it read-only.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import Err, OnrecordError
from ..lexicon.titles import strip_title

SCHEMA_VERSION = "1"

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY,
    ext_id TEXT,
    url TEXT UNIQUE,
    text_hash TEXT NOT NULL UNIQUE,
    title TEXT,
    date TEXT,
    outlet TEXT,
    source TEXT,
    input TEXT,
    input_format TEXT,
    text TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS people (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT,
    kind TEXT NOT NULL,
    gender TEXT,
    descriptors TEXT NOT NULL DEFAULT '[]',
    quote_count INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS article_people (
    article_id INTEGER NOT NULL REFERENCES articles(id),
    person_id INTEGER NOT NULL REFERENCES people(id),
    local_id TEXT NOT NULL,
    descriptors TEXT NOT NULL,
    age INTEGER,
    gender TEXT,
    gender_evidence TEXT,
    handle TEXT,
    relations TEXT NOT NULL,
    PRIMARY KEY (article_id, local_id)
);
CREATE TABLE IF NOT EXISTS mentions (
    article_id INTEGER NOT NULL REFERENCES articles(id),
    person_id INTEGER NOT NULL REFERENCES people(id),
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, kind TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS quotes (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL,
    person_id INTEGER REFERENCES people(id),
    speaker_name TEXT,
    mention_start INTEGER, mention_end INTEGER, mention_text TEXT,
    cue_start INTEGER, cue_end INTEGER, cue_text TEXT,
    medium TEXT, outlet TEXT,
    confidence REAL NOT NULL,
    evidence TEXT NOT NULL,
    grp INTEGER,
    cluster_id INTEGER REFERENCES clusters(id),
    altered INTEGER NOT NULL DEFAULT 0,
    altered_words TEXT
);
CREATE TABLE IF NOT EXISTS social_posts (
    article_id INTEGER NOT NULL REFERENCES articles(id),
    platform TEXT, author TEXT, handle TEXT, date TEXT, url TEXT, text TEXT,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS clusters (
    id INTEGER PRIMARY KEY,
    person_id INTEGER REFERENCES people(id),
    first_quote_id INTEGER NOT NULL,
    first_seen TEXT,
    first_outlet TEXT,
    count INTEGER NOT NULL DEFAULT 1,
    altered_count INTEGER NOT NULL DEFAULT 0
);
-- Word-shingle hashes of each quote: the blocking index for near-duplicate quotes.
CREATE TABLE IF NOT EXISTS shingles (hash INTEGER NOT NULL, quote_id INTEGER NOT NULL);
-- Input files read to the end, so an unchanged file is skipped whole on the next run.
CREATE TABLE IF NOT EXISTS inputs (
    path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, records INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS errors (
    id INTEGER PRIMARY KEY, input TEXT, record TEXT, message TEXT NOT NULL, at TEXT DEFAULT CURRENT_TIMESTAMP
);
-- User edits (corrections: merge, split, speaker), kept apart from what extraction wrote and named by
-- stable keys (person keys; a quote by its article's text hash and offsets) so they re-apply after re-ingest.
CREATE TABLE IF NOT EXISTS corrections (
    id INTEGER PRIMARY KEY, action TEXT NOT NULL, target TEXT NOT NULL, value TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '{}', note TEXT, at TEXT DEFAULT CURRENT_TIMESTAMP
);
CREATE TABLE IF NOT EXISTS quote_edits (
    quote_id INTEGER NOT NULL, correction_id INTEGER NOT NULL, PRIMARY KEY (quote_id, correction_id)
);
-- Saved searches: ingest reports the quotes stored after seen_quote_id that match.
CREATE TABLE IF NOT EXISTS watches (
    id INTEGER PRIMARY KEY, text TEXT NOT NULL DEFAULT '', speaker TEXT, created TEXT DEFAULT CURRENT_TIMESTAMP,
    seen_quote_id INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes(article_id);
CREATE INDEX IF NOT EXISTS quotes_person ON quotes(person_id);
CREATE INDEX IF NOT EXISTS quotes_cluster ON quotes(cluster_id);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article_id);
CREATE INDEX IF NOT EXISTS shingles_hash ON shingles(hash);
CREATE INDEX IF NOT EXISTS articles_date ON articles(date);
CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5(
    text, speaker_name, content='quotes', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
"""


def text_hash(text: str) -> str:
    """SHA-256 hex digest of the article text (UTF-8, lone surrogates kept): spots a re-ingested article."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def person_key(name: str) -> str:
    """People merge across articles by normalised full name, titles off ("President Donald Trump" -> "donald trump")."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = strip_title(s.strip())
    s = re.sub(r"[^\w\s-]", "", s)
    return re.sub(r"\s+", " ", s).strip()


BUSY_SECONDS = 120.0  # how long a writer waits for another one (a second ingest) before giving up
MAX_ID = 2**63 - 1  # SQLite's largest INTEGER: a larger id can match nothing


def valid_id(value: int) -> bool:
    """Whether ``value`` can be a row id (1 .. 2**63-1); check before SQL, which overflows beyond."""
    return 0 < value <= MAX_ID


def connect(path: str, *, readonly: bool = False, create: bool = True) -> sqlite3.Connection:
    """Open (and set up) the store, with a clear error for a bad file.

    ``readonly``: opened with ``mode=ro``; when that fails because the store's directory or WAL
    files cannot be written (read-only media, another user's store) it is opened ``immutable``.
    A writer waits up to ``BUSY_SECONDS`` for another writer (a second ingest), then fails (E015).
    """
    p = Path(path)
    if readonly:
        return _connect_readonly(path, p)
    if p.exists() and p.is_dir():
        raise OnrecordError(Err.E015, source=path, detail="it is a directory")
    if not create and not p.exists():
        raise OnrecordError(Err.E015, source=path, detail="no such file")
    if not p.exists() and not p.parent.is_dir():  # sqlite says "unable to open": nothing is read-only
        raise OnrecordError(Err.E028, source=path, folder=str(p.parent))
    try:
        conn = sqlite3.connect(str(p), isolation_level=None, timeout=BUSY_SECONDS)
        conn.row_factory = sqlite3.Row
        _retry_busy(lambda: _set_up(conn))
    except sqlite3.OperationalError as exc:
        if "readonly" in str(exc) or "read-only" in str(exc) or "unable to open" in str(exc):
            raise OnrecordError(Err.E016, source=path, detail=str(exc)) from exc
        raise OnrecordError(Err.E015, source=path, detail=_db_detail(exc)) from exc
    except sqlite3.DatabaseError as exc:
        raise OnrecordError(Err.E015, source=path, detail=_db_detail(exc)) from exc
    return conn


def _set_up(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.executescript(SCHEMA)
    conn.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', ?)", (SCHEMA_VERSION,))


def _retry_busy(step: Callable[[], None], seconds: float = BUSY_SECONDS) -> None:
    """Run ``step``, retrying while the store is locked: switching a fresh store to WAL does not
    wait on SQLite's busy timeout, so a second ingest on a fresh store used to fail at once."""
    deadline = time.monotonic() + seconds
    delay = 0.05
    while True:
        try:
            step()
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(delay)
            delay = min(1.0, delay * 2)


def _connect_readonly(path: str, p: Path) -> sqlite3.Connection:
    if not p.exists():
        raise OnrecordError(Err.E015, source=path, detail="no such file; run `onrecord ingest` first")
    if p.is_dir():
        raise OnrecordError(Err.E015, source=path, detail="it is a directory")
    last: sqlite3.DatabaseError | None = None
    for mode in ("mode=ro", "mode=ro&immutable=1"):
        try:
            conn = sqlite3.connect(f"{p.resolve().as_uri()}?{mode}", uri=True, check_same_thread=False)
            conn.execute("SELECT count(*) FROM articles").fetchone()
        except sqlite3.DatabaseError as exc:
            last = exc
            if "not a database" in str(exc) or "no such table" in str(exc):
                break
            continue
        conn.row_factory = sqlite3.Row
        return conn
    raise OnrecordError(Err.E015, source=path, detail=_db_detail(last)) from last


def _db_detail(exc: Exception) -> str:
    msg = str(exc)
    if "not a database" in msg:
        return "the file is not an SQLite database"
    return msg


def already_stored(conn: sqlite3.Connection, url: str | None, digest: str) -> bool:
    """Whether the store holds an article with this text hash or this URL."""
    row = conn.execute(
        "SELECT 1 FROM articles WHERE text_hash = ? OR (url IS NOT NULL AND url = ?) LIMIT 1", (digest, url)
    ).fetchone()
    return row is not None


def _person_id(conn: sqlite3.Connection, person: dict[str, Any], article_id: int) -> int:
    if person.get("name"):
        key = f"{person['kind']}:{person_key(person['name'])}"
    else:  # unnamed sources never merge across articles
        key = f"unnamed:{article_id}:{person['id']}"
    row = conn.execute("SELECT id, descriptors FROM people WHERE key = ?", (key,)).fetchone()
    if row is None:
        cur = conn.execute(
            "INSERT INTO people(key, name, kind, gender, descriptors) VALUES (?, ?, ?, ?, ?)",
            (
                key,
                person.get("name"),
                person.get("kind", "person"),
                person.get("gender"),
                json.dumps(person.get("descriptors") or []),
            ),
        )
        return int(cur.lastrowid)
    descriptors = json.loads(row["descriptors"])
    new = [d for d in person.get("descriptors") or [] if d not in descriptors]
    if new:
        conn.execute("UPDATE people SET descriptors = ? WHERE id = ?", (json.dumps(descriptors + new), row["id"]))
    if person.get("gender"):
        conn.execute("UPDATE people SET gender = coalesce(gender, ?) WHERE id = ?", (person["gender"], row["id"]))
    return int(row["id"])


def write_article(
    conn: sqlite3.Connection, result: dict[str, Any], article_text: str, input_name: str, input_format: str
) -> int | None:
    """Store one extraction (inside the caller's transaction). None when already stored."""

    digest = text_hash(article_text)
    if already_stored(conn, result.get("url"), digest):
        return None
    cur = conn.execute(
        "INSERT INTO articles(ext_id, url, text_hash, title, date, outlet, source, input, input_format, text) VALUES "
        "(?,?,?,?,?,?,?,?,?,?)",
        (
            result.get("id"),
            result.get("url"),
            digest,
            result.get("title"),
            result.get("date"),
            outlet_of(result),
            result.get("source"),
            input_name,
            input_format,
            article_text,
        ),
    )
    article_id = int(cur.lastrowid)
    local_to_global = _write_people(conn, result, article_id)
    for q in result.get("quotes", []):
        _write_quote(conn, result, article_id, q, local_to_global)
    conn.executemany(
        'INSERT INTO social_posts(article_id, platform, author, handle, date, url, text, start, "end") VALUES '
        "(?,?,?,?,?,?,?,?,?)",
        [
            (article_id, s["platform"], s["author"], s["handle"], s["date"], s["url"], s["text"], s["start"], s["end"])
            for s in result.get("social_posts", [])
        ],
    )
    return article_id


def _write_people(conn: sqlite3.Connection, result: dict[str, Any], article_id: int) -> dict[str, int]:
    """Store the article's people and mentions; returns the article's person ids -> store ids."""
    local_to_global: dict[str, int] = {}
    for p in result.get("people", []):
        if not p.get("mentions") and not p.get("name"):
            continue
        pid = _person_id(conn, p, article_id)
        local_to_global[p["id"]] = pid
        conn.execute(
            "INSERT OR REPLACE INTO article_people(article_id, person_id, local_id, descriptors, age, gender, "
            "gender_evidence, handle, relations) VALUES (?,?,?,?,?,?,?,?,?)",
            (
                article_id,
                pid,
                p["id"],
                json.dumps(p.get("descriptors") or []),
                p.get("age"),
                p.get("gender"),
                p.get("gender_evidence"),
                p.get("handle"),
                json.dumps(p.get("relations") or []),
            ),
        )
        conn.executemany(
            'INSERT INTO mentions(article_id, person_id, start, "end", text, kind) VALUES (?,?,?,?,?,?)',
            [(article_id, pid, m["start"], m["end"], m["text"], m["kind"]) for m in p.get("mentions", [])],
        )
    return local_to_global


def _write_quote(
    conn: sqlite3.Connection,
    result: dict[str, Any],
    article_id: int,
    q: dict[str, Any],
    local_to_global: dict[str, int],
) -> None:
    """Store one quotation, index it for search, count it for its speaker and put it in its cluster."""
    from .clusters import assign_cluster

    sp = q.get("speaker") or {}
    pid = local_to_global.get(sp.get("id")) if sp else None
    mention = q.get("speaker_mention") or {}
    cue = q.get("cue") or {}
    cur = conn.execute(
        'INSERT INTO quotes(article_id, start, "end", text, kind, person_id, speaker_name, mention_start, '
        "mention_end, mention_text, "
        "cue_start, cue_end, cue_text, medium, outlet, confidence, evidence, grp) VALUES "
        "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            article_id,
            q["start"],
            q["end"],
            q["text"],
            q["kind"],
            pid,
            sp.get("name") if sp else None,
            mention.get("start"),
            mention.get("end"),
            mention.get("text"),
            cue.get("start"),
            cue.get("end"),
            cue.get("text"),
            q.get("medium"),
            q.get("outlet"),
            q.get("confidence", 0.0),
            q.get("evidence", ""),
            q.get("group"),
        ),
    )
    qid = int(cur.lastrowid)
    conn.execute(
        "INSERT INTO quotes_fts(rowid, text, speaker_name) VALUES (?, ?, ?)",
        (qid, q["text"], sp.get("name") if sp else None),
    )
    if pid is not None:
        conn.execute("UPDATE people SET quote_count = quote_count + 1 WHERE id = ?", (pid,))
    assign_cluster(conn, qid, q["text"], pid, result.get("date"), outlet_of(result))


def outlet_of(result: dict[str, Any]) -> str | None:
    """The site an article came from: its URL's host, else its source."""
    url = result.get("url")
    if url:
        m = re.match(r"^[a-z]+://(?:www\.)?([^/:?#]+)", url, re.IGNORECASE)
        if m:
            return m.group(1).lower()
    source = result.get("source")
    if source and ("/" in source or "\\" in source or source.endswith((".jsonl", ".gz", ".txt", ".html", ".warc"))):
        return None  # an input file, not an outlet
    return source


def log_error(conn: sqlite3.Connection, input_name: str, record: str | None, message: str) -> None:
    """Add one bad record to the store's ``errors`` table (inside the caller's transaction)."""
    conn.execute("INSERT INTO errors(input, record, message) VALUES (?,?,?)", (input_name, record, message))
