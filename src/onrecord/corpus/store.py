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
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..errors import Err, OnrecordError
from ..lexicon.organisations import BODIES_OF_EVERY_STATE
from ..lexicon.outlets import LINK_SHORTENERS, PUBLISHER_SHORTENERS, article_outlet
from ..lexicon.titles import strip_title
from ..text.names import middle_initials, without_middle_initials
from .clusters import altered_words, best_match, clusterable, segments, shingle_hashes

SCHEMA_VERSION = "1"
TIME_BUDGET_WARNING = "the time budget of"  # how a time-budget warning begins (pipeline.state, stages.parse)

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
-- The hash of each article's body (``body_text``): a copy of the article in another format (a plain-text
-- dump opening with its headline, JSON Lines without it) is known as already stored.
-- Articles whose extraction the time budget cut (pipeline.budget): a run on a busy machine may stop where
-- another would not, so `ingest --replace` extracts them again (trial 13 F3).
CREATE TABLE IF NOT EXISTS cut_articles (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE, warning TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS body_hashes (
    hash TEXT PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE
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


def body_text(text: str, title: str | None) -> str:
    """The article's text without surrounding blank space and without a first line that is its title
    (the layout of plain-text dumps: headline, blank line, body); what a copy in another format holds."""
    text = text.strip()
    first, _, rest = text.partition("\n")
    if title and rest and first.strip() == title.strip():
        return rest.strip()
    return text


def person_key(name: str, kind: str = "person") -> str:
    """People merge across articles by normalised full name, titles off ("President Donald Trump" -> "donald trump");
    a middle initial is matched by ``Store._same_but_middle_initials`` when nothing stored contradicts it.
    An organisation keeps every word: its first word is no title ("Finance Ministry", "Justice Department"
    lost "Finance" and "Justice" and merged with every other ministry and department)."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = strip_title(s.strip()) if kind == "person" else s.strip()
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
    if _not_sqlite(p):
        raise OnrecordError(Err.E015, source=path, detail="it is not an SQLite database; nothing was written to it")
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


SQLITE_HEADER = b"SQLite format 3\x00"  # the first 16 bytes of every SQLite 3 database (sqlite.org/fileformat.html)


def _not_sqlite(p: Path) -> bool:
    """Whether ``p`` holds bytes that are not a SQLite database. SQLite takes a file shorter than a page
    for a new database and writes over it (trial 11 L5: a 1-byte file given to ``--db`` was replaced);
    an empty file is a new store."""
    if not p.is_file():
        return False
    with p.open("rb") as f:
        head = f.read(len(SQLITE_HEADER))
    return bool(head) and head != SQLITE_HEADER


def _set_up(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.executescript(SCHEMA)
    conn.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', ?)", (SCHEMA_VERSION,))
    _outlets_not_provenance(conn)


def _outlets_not_provenance(conn: sqlite3.Connection) -> None:
    """Once per store (meta ``outlets``): the outlets a store written before trial 15 F12 kept that name
    no publisher are put right, so every interface shows what a new ingest stores. A JSON record with
    no URL had its ``source`` (a dataset's label: "Horne & Adali 2017 ...; label=real") as its outlet:
    now none. A shortener's host ("politi.co") becomes its publisher's site, or none for anyone's
    shortener (``lexicon.outlets.PUBLISHER_SHORTENERS``, ``LINK_SHORTENERS``)."""
    if conn.execute("SELECT 1 FROM meta WHERE key = 'outlets'").fetchone() is not None:
        return
    conn.execute(
        "UPDATE articles SET outlet = NULL WHERE url IS NULL AND outlet = source "
        "AND coalesce(input_format, '') NOT IN ('html', 'warc')"
    )
    conn.executemany(
        "UPDATE articles SET outlet = ? WHERE outlet = ?", [(v, k) for k, v in PUBLISHER_SHORTENERS.items()]
    )
    conn.executemany("UPDATE articles SET outlet = NULL WHERE outlet = ?", [(k,) for k in sorted(LINK_SHORTENERS)])
    conn.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('outlets', 'publisher')")


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


def outlet_of(result: dict[str, Any]) -> str | None:
    """The outlet an article came from, as stored and shown: the result's ``outlet`` (``Extraction.to_dict``:
    the publisher's name from the page's metadata or the record's ``outlet`` field, else its site's host);
    for a result without one (a Parquet shard written before it had one), ``lexicon.outlets.article_outlet``
    of its URL. Never the ``source``: a dataset's label or an input file is provenance, not a publisher
    (trial 15 F12)."""
    if "outlet" in result:
        return result["outlet"]  # type: ignore[no-any-return]
    return article_outlet(result.get("url"))


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """``BEGIN IMMEDIATE`` ... ``COMMIT``, rolled back when the block raises (or when SQLite already did)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if conn.in_transaction:  # SQLite rolls back by itself on some errors (a full disk)
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


class Store:
    """The one owner of the SQLite store's writes: schema (``connect``), transactions, articles and
    everything extracted from them, the inputs read to the end, the errors table and the quote clusters.

    ``Store(path)`` opens (creating) the store; raises OnrecordError E015/E016 as ``connect``. Every
    write method runs inside the caller's ``transaction()``. ``conn`` is the connection, for the
    read and edit helpers (``query``, ``edits``).
    """

    def __init__(self, path: str, *, create: bool = True) -> None:
        self.path = path
        self.conn = connect(path, create=create)
        # Cluster keys of a Parquet load (``load_clusters``) -> store cluster ids, and the clusters touched.
        self._cluster_ids: dict[str, int] = {}
        self._touched: set[int] = set()
        self._probe_below: int | None = None  # probe only quotes with ids up to this (a load's old quotes)

    def transaction(self) -> Any:
        """A write transaction on the store (a context manager; see ``transaction``)."""
        return transaction(self.conn)

    def close(self) -> None:
        """Roll back a half transaction, close the connection."""
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")
        self.conn.close()

    # -- articles ------------------------------------------------------------
    def already_stored(self, url: str | None, digest: str, redo_cut: bool = False) -> bool:
        """Whether the store holds an article with this text hash, this body hash (``body_text``) or this URL.

        ``redo_cut``: an article the time budget cut (``cut_articles``) does not count (``ingest --replace``)."""
        cut = " AND id NOT IN (SELECT article_id FROM cut_articles)" if redo_cut else ""
        cut_body = " AND article_id NOT IN (SELECT article_id FROM cut_articles)" if redo_cut else ""
        row = self.conn.execute(
            f"SELECT 1 FROM articles WHERE (text_hash = ? OR (url IS NOT NULL AND url = ?)){cut} "
            f"UNION ALL SELECT 1 FROM body_hashes WHERE hash = ?{cut_body} LIMIT 1",
            (digest, url, digest),
        ).fetchone()
        return row is not None

    def cut_copies(self, digests: Iterable[str]) -> list[int]:
        """The stored articles with one of these text or body hashes whose extraction the time budget cut."""
        marks = ",".join("?" * len(digests := list(digests)))
        rows = self.conn.execute(
            f"SELECT article_id FROM cut_articles WHERE article_id IN (SELECT id FROM articles WHERE text_hash IN "
            f"({marks}) UNION SELECT article_id FROM body_hashes WHERE hash IN ({marks}))",
            (*digests, *digests),
        )
        return [int(r[0]) for r in rows]

    def stored_keys(self) -> Iterator[str]:
        """Every key ``already_stored`` knows an article by: text hashes, body hashes, URLs."""
        for sql in ("SELECT text_hash FROM articles", "SELECT hash FROM body_hashes", "SELECT url FROM articles"):
            for (key,) in self.conn.execute(sql):
                if key:
                    yield key

    def store_id(self) -> str:
        """This store's identity (a random hex id made once, kept in ``meta``): an output made against one
        store tells it from another store at the same path (deleted and made again)."""
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'store_id'").fetchone()
        if row is not None:
            return str(row[0])
        import uuid

        new = uuid.uuid4().hex
        self.conn.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('store_id', ?)", (new,))
        return str(self.conn.execute("SELECT value FROM meta WHERE key = 'store_id'").fetchone()[0])

    def inputs_done(self) -> dict[str, tuple[int, int, int]]:
        """Every input file read to the end: path -> (size, mtime_ns, records)."""
        rows = self.conn.execute("SELECT path, size, mtime_ns, records FROM inputs")
        return {row[0]: (row[1], row[2], row[3]) for row in rows}

    def write_article(
        self,
        result: dict[str, Any],
        article_text: str,
        input_name: str,
        input_format: str,
        cluster_keys: list[str | None] | None = None,
    ) -> int | None:
        """Store one extraction (a ``Result.to_dict()``); the article id, or None when already stored.

        ``cluster_keys``: per quote, the cluster a Parquet load's shuffle put it in (None: alone).
        """
        digest = text_hash(article_text)
        body_digest = text_hash(body_text(article_text, result.get("title")))
        if self.already_stored(result.get("url"), digest) or self.already_stored(None, body_digest):
            return None
        cur = self.conn.execute(
            "INSERT INTO articles(ext_id, url, text_hash, title, date, outlet, source, input, input_format, text) "
            "VALUES (?,?,?,?,?,?,?,?,?,?)",
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
        self.conn.execute(
            "INSERT OR IGNORE INTO body_hashes(hash, article_id) VALUES (?, ?)", (body_digest, article_id)
        )
        cut = next((w for w in result.get("warnings", []) if TIME_BUDGET_WARNING in w), None)
        if cut is not None:
            self.conn.execute("INSERT INTO cut_articles(article_id, warning) VALUES (?, ?)", (article_id, cut))
        local_to_global = self._write_people(result, article_id)
        for n, q in enumerate(result.get("quotes", [])):
            key = cluster_keys[n] if cluster_keys is not None else None
            self._write_quote(result, article_id, q, local_to_global, key)
        self.conn.executemany(
            'INSERT INTO social_posts(article_id, platform, author, handle, date, url, text, start, "end") VALUES '
            "(?,?,?,?,?,?,?,?,?)",
            [
                (article_id, *(s[k] for k in ("platform", "author", "handle", "date", "url", "text", "start", "end")))
                for s in result.get("social_posts", [])
                if s["start"] is not None  # a post not in the article text (``io.embeds``) has no span to store
            ],
        )
        return article_id

    def replaced_by(self, result: dict[str, Any], input_name: str) -> list[int]:
        """The stored articles an extraction replaces (``ingest --replace``): the same URL, or the same
        record (id) of the same input file; ids, oldest first."""
        rows = self.conn.execute(
            "SELECT id FROM articles WHERE (url IS NOT NULL AND url = ?) OR (input = ? AND ext_id IS ?) ORDER BY id",
            (result.get("url"), input_name, result.get("id")),
        )
        return [int(r[0]) for r in rows]

    def replace_article(
        self, result: dict[str, Any], article_text: str, input_name: str, input_format: str
    ) -> tuple[int | None, int]:
        """Store one extraction in place of the copies ``replaced_by`` finds (their quotations, people's
        counts, mentions and clusters go with them), inside the caller's transaction, so a reader sees the old
        copy or the new one, never neither. Returns (the new article id, how many copies it replaced); (None,
        0) when this very text is stored already (an unchanged article, or a copy under another URL)."""
        old = self.replaced_by(result, input_name)
        digests = (text_hash(article_text), text_hash(body_text(article_text, result.get("title"))))
        for article_id in self.cut_copies(digests):  # the same text, cut by the time budget: extracted again
            self.delete_article(article_id)
        held = self.conn.execute(
            "SELECT 1 FROM articles WHERE text_hash IN (?, ?) UNION ALL SELECT 1 FROM body_hashes WHERE hash IN (?, ?)",
            (*digests, *digests),
        ).fetchone()
        if held is not None:
            return None, 0
        for article_id in old:
            self.delete_article(article_id)
        return self.write_article(result, article_text, input_name, input_format), len(old)

    def delete_article(self, article_id: int) -> None:
        """Remove one article and everything extracted from it (quotations with their search index,
        shingles, edits and cluster places; mentions; social posts), inside the caller's transaction.
        People left with nothing in the store go too; a cluster keeps its other versions, refreshed."""
        conn = self.conn
        quotes = conn.execute(
            "SELECT id, text, speaker_name, person_id, cluster_id FROM quotes WHERE article_id = ?", (article_id,)
        ).fetchall()
        people = {
            r[0]
            for r in conn.execute(
                "SELECT person_id FROM article_people WHERE article_id = ?1 "
                "UNION SELECT person_id FROM mentions WHERE article_id = ?1",
                (article_id,),
            )
        }
        for q in quotes:
            conn.execute(
                "INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker_name) VALUES ('delete', ?, ?, ?)",
                (q["id"], q["text"], q["speaker_name"]),
            )
            hashes = shingle_hashes(segments(q["text"]))  # by the hash index: shingles has none on quote_id
            conn.executemany("DELETE FROM shingles WHERE hash = ? AND quote_id = ?", [(h, q["id"]) for h in hashes])
            conn.execute("DELETE FROM quote_edits WHERE quote_id = ?", (q["id"],))
            if q["person_id"] is not None:
                people.add(q["person_id"])
                conn.execute("UPDATE people SET quote_count = quote_count - 1 WHERE id = ?", (q["person_id"],))
        conn.execute("DELETE FROM quotes WHERE article_id = ?", (article_id,))
        for table in ("mentions", "article_people", "social_posts", "body_hashes", "cut_articles"):
            conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
        conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
        for cluster_id in {q["cluster_id"] for q in quotes if q["cluster_id"] is not None}:
            if conn.execute("SELECT 1 FROM quotes WHERE cluster_id = ? LIMIT 1", (cluster_id,)).fetchone():
                self.refresh_cluster(cluster_id)
            else:
                conn.execute("DELETE FROM clusters WHERE id = ?", (cluster_id,))
        for person_id in people:
            self._forget_if_unused(person_id)

    def _forget_if_unused(self, person_id: int) -> None:
        """Delete a person nothing in the store refers to any more (no article, quote or cluster)."""
        used = self.conn.execute(
            "SELECT 1 FROM article_people WHERE person_id = ?1 UNION ALL SELECT 1 FROM quotes WHERE person_id = ?1 "
            "UNION ALL SELECT 1 FROM clusters WHERE person_id = ?1 LIMIT 1",
            (person_id,),
        ).fetchone()
        if used is None:
            self.conn.execute("DELETE FROM people WHERE id = ?", (person_id,))

    def _person_id(self, person: dict[str, Any], article_id: int) -> int:
        conn = self.conn
        key = speaker_key(person, article_id)
        row = conn.execute("SELECT id, descriptors FROM people WHERE key = ?", (key,)).fetchone()
        if row is None:
            row = self._same_but_middle_initials(key) or self._full_name_of_surname(key, person.get("gender"))
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

    def _same_but_middle_initials(self, key: str) -> sqlite3.Row | None:
        """The stored person whose key is ``key`` with or without middle initials ("person:donald j trump" /
        "person:donald trump"), when nothing contradicts it: a name with initials joins the one stored person
        without any, and only when no stored name gives other initials ("george h w bush" never joins "george
        bush" once "george w bush" is stored); a name without initials joins the one stored form with initials.
        None otherwise. Source of the rule: ``text.names.without_middle_initials``."""
        kind, _, name = key.partition(":")
        words = name.split()
        if kind != "person" or len(words) < 2:
            return None
        bare = without_middle_initials(words)
        # Keys from "person:first " up to "person:first!" ("!" sorts right after the space): an index range.
        rows = self.conn.execute(
            "SELECT id, descriptors, key FROM people WHERE key >= ? AND key < ?",
            (f"{kind}:{words[0]} ", f"{kind}:{words[0]}!"),
        ).fetchall()
        same = [
            r for r in rows if r["key"] != key and without_middle_initials(r["key"].split(":", 1)[1].split()) == bare
        ]
        with_initials = [r for r in same if middle_initials(r["key"].split(":", 1)[1].split())]
        if middle_initials(words):
            fits = [] if with_initials else same  # another initial stored: which one is unknown
        else:
            fits = with_initials if len(with_initials) == 1 and len(same) == 1 else []
        return fits[0] if len(fits) == 1 else None

    def _full_name_of_surname(self, key: str, gender: str | None) -> sqlite3.Row | None:
        """The one stored person whose full name ends in the lone surname of ``key`` ("person:kilroy-silk", an
        article that only writes "Mr Kilroy-Silk") and whose gender, where both are known, is the same: news
        names a person in full at first mention, so an article writing the surname alone quotes someone
        named in full elsewhere. None when no stored name or several end in it ("Clinton": Bill or Hillary)."""
        kind, _, name = key.partition(":")
        if kind != "person" or not name or " " in name:
            return None
        # A scan, not an index range: the surname ends the key. Two rows are enough to know it is ambiguous.
        rows = self.conn.execute(
            "SELECT id, descriptors, key, name, gender FROM people WHERE kind = 'person' AND key LIKE ? LIMIT 2",
            (f"person:% {name}",),
        ).fetchall()
        if len(rows) != 1:
            return None
        # Imported here: the store is read by a bare Python too (a read-only query needs no tagger).
        from ..pipeline.stages.people.table import first_name_gender

        stored = rows[0]["gender"] or first_name_gender(rows[0]["name"])
        return None if gender and stored and stored != gender else rows[0]

    def _write_people(self, result: dict[str, Any], article_id: int) -> dict[str, int]:
        """Store the article's people and mentions; returns the article's person ids -> store ids."""
        local_to_global: dict[str, int] = {}
        for p in result.get("people", []):
            if not p.get("mentions") and not p.get("name"):
                continue
            pid = self._person_id(p, article_id)
            local_to_global[p["id"]] = pid
            self.conn.execute(
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
            self.conn.executemany(
                'INSERT INTO mentions(article_id, person_id, start, "end", text, kind) VALUES (?,?,?,?,?,?)',
                [(article_id, pid, m["start"], m["end"], m["text"], m["kind"]) for m in p.get("mentions", [])],
            )
        return local_to_global

    def _write_quote(
        self,
        result: dict[str, Any],
        article_id: int,
        q: dict[str, Any],
        local_to_global: dict[str, int],
        cluster_key: str | None,
    ) -> None:
        """Store one quotation, index it for search, count it for its speaker and put it in its cluster."""
        sp = q.get("speaker") or {}
        pid = local_to_global.get(sp.get("id")) if sp else None
        mention = q.get("speaker_mention") or {}
        cue = q.get("cue") or {}
        name = sp.get("name") if sp else None
        cur = self.conn.execute(
            'INSERT INTO quotes(article_id, start, "end", text, kind, person_id, speaker_name, mention_start, '
            "mention_end, mention_text, cue_start, cue_end, cue_text, medium, outlet, confidence, evidence, grp) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                article_id,
                q["start"],
                q["end"],
                q["text"],
                q["kind"],
                pid,
                name,
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
        self.conn.execute("INSERT INTO quotes_fts(rowid, text, speaker_name) VALUES (?, ?, ?)", (qid, q["text"], name))
        if pid is not None:
            self.conn.execute("UPDATE people SET quote_count = quote_count + 1 WHERE id = ?", (pid,))
        known = self._cluster_ids.get(cluster_key) if cluster_key else None
        if known is not None:
            self._join_cluster(qid, q["text"], known)
            return
        cluster_id = self.assign_cluster(qid, q["text"], pid, result.get("date"), outlet_of(result))
        if cluster_key:
            self._cluster_ids[cluster_key] = cluster_id

    # -- quote clusters (the similarity itself is clusters.py) -------------------
    def _index_shingles(self, quote_id: int, text: str) -> set[int]:
        hashes = shingle_hashes(segments(text))
        if hashes:
            self.conn.executemany("INSERT INTO shingles(hash, quote_id) VALUES (?, ?)", [(h, quote_id) for h in hashes])
        return hashes

    def _candidates(self, hashes: set[int], person_id: int, quote_id: int) -> Iterator[tuple[int, str]]:
        """Quotes by the same speaker sharing shingles with ``hashes``, most shared first (20 at most),
        in clusters that hold no quote of quote ``quote_id``'s article (``clusters.py``: a cluster holds
        one quote an article)."""
        counts: dict[int, int] = {}
        hl = list(hashes)
        below = "AND q.id <= ?" if self._probe_below is not None else ""
        for i in range(0, len(hl), 400):
            chunk = hl[i : i + 400]
            marks = ",".join("?" * len(chunk))
            params = (*chunk, person_id, quote_id) + ((self._probe_below,) if self._probe_below is not None else ())
            for row in self.conn.execute(
                f"SELECT s.quote_id, count(*) FROM shingles s JOIN quotes q ON q.id = s.quote_id "
                f"WHERE s.hash IN ({marks}) AND q.person_id = ? AND q.id != ? AND q.cluster_id IS NOT NULL {below} "
                "AND q.cluster_id NOT IN (SELECT o.cluster_id FROM quotes o WHERE o.cluster_id IS NOT NULL AND "
                "o.article_id = (SELECT article_id FROM quotes WHERE id = ?)) GROUP BY s.quote_id",
                (*params, quote_id),
            ):
                counts[row[0]] = counts.get(row[0], 0) + row[1]
        for cand, _ in sorted(counts.items(), key=lambda kv: -kv[1])[:20]:
            row = self.conn.execute("SELECT text FROM quotes WHERE id = ?", (cand,)).fetchone()
            if row:
                yield cand, row[0]

    def assign_cluster(
        self, quote_id: int, text: str, person_id: int | None, date: str | None, outlet: str | None
    ) -> int:
        """Put a newly stored quote into its cluster (a new one when no earlier version exists); its id."""
        hashes = self._index_shingles(quote_id, text)
        match = None
        if person_id is not None and clusterable(text) and hashes:
            match = best_match(text, self._candidates(hashes, person_id, quote_id))
        if match is None:
            cur = self.conn.execute(
                "INSERT INTO clusters(person_id, first_quote_id, first_seen, first_outlet, count) "
                "VALUES (?, ?, ?, ?, 1)",
                (person_id, quote_id, date, outlet),
            )
            cluster_id = int(cur.lastrowid)
            self.conn.execute("UPDATE quotes SET cluster_id = ? WHERE id = ?", (cluster_id, quote_id))
            return cluster_id
        cluster_id = self.conn.execute("SELECT cluster_id FROM quotes WHERE id = ?", (match,)).fetchone()[0]
        self.conn.execute("UPDATE quotes SET cluster_id = ? WHERE id = ?", (cluster_id, quote_id))
        first = self.conn.execute(
            "SELECT first_quote_id, first_seen FROM clusters WHERE id = ?", (cluster_id,)
        ).fetchone()
        if date is not None and (first[1] is None or date < first[1]):  # earlier than the earliest version
            self.refresh_cluster(cluster_id)
            return cluster_id
        original = self.conn.execute("SELECT text, kind FROM quotes WHERE id = ?", (first[0],)).fetchone()
        kind = self.conn.execute("SELECT kind FROM quotes WHERE id = ?", (quote_id,)).fetchone()[0]
        diffs = altered_words(tuple(original), (text, kind))
        self.conn.execute(
            "UPDATE quotes SET altered = ?, altered_words = ? WHERE id = ?",
            (int(bool(diffs)), "; ".join(diffs) or None, quote_id),
        )
        self.conn.execute(
            "UPDATE clusters SET count = count + 1, altered_count = altered_count + ? WHERE id = ?",
            (int(bool(diffs)), cluster_id),
        )
        return cluster_id

    def _join_cluster(self, quote_id: int, text: str, cluster_id: int) -> None:
        """Put a quote into a cluster a load's shuffle found; its figures are refreshed by ``finish_load``."""
        self._index_shingles(quote_id, text)
        self.conn.execute("UPDATE quotes SET cluster_id = ? WHERE id = ?", (cluster_id, quote_id))
        self._touched.add(cluster_id)

    def refresh_cluster(self, cluster_id: int) -> None:
        """Recompute a cluster's earliest version, count and every variant's altered flag."""
        variants = self.conn.execute(
            "SELECT q.id, q.text, a.date, a.outlet, q.kind FROM quotes q JOIN articles a ON a.id = q.article_id "
            "WHERE q.cluster_id = ? ORDER BY coalesce(a.date, '9999'), q.id",
            (cluster_id,),
        ).fetchall()
        first = variants[0]
        altered = 0
        self.conn.execute("UPDATE quotes SET altered = 0, altered_words = NULL WHERE id = ?", (first[0],))
        for v in variants[1:]:
            diffs = altered_words((first[1], first[4]), (v[1], v[4]))
            altered += bool(diffs)
            self.conn.execute(
                "UPDATE quotes SET altered = ?, altered_words = ? WHERE id = ?",
                (int(bool(diffs)), "; ".join(diffs) or None, v[0]),
            )
        self.conn.execute(
            "UPDATE clusters SET first_quote_id = ?, first_seen = ?, first_outlet = ?, count = ?, altered_count = ? "
            "WHERE id = ?",
            (first[0], first[2], first[3], len(variants), altered, cluster_id),
        )

    def start_load(self) -> None:
        """Begin merging a clustered Parquet output: quotes probe only the quotes stored before it
        (the new ones were clustered by the shuffle already)."""
        self._probe_below = self.conn.execute("SELECT coalesce(max(id), 0) FROM quotes").fetchone()[0]
        self._cluster_ids.clear()
        self._touched.clear()

    def finish_load(self) -> int:
        """Refresh the clusters a load added quotes to (inside a transaction); how many."""
        touched = sorted(self._touched)
        for cluster_id in touched:
            self.refresh_cluster(cluster_id)
        self._touched.clear()
        self._probe_below = None
        return len(touched)

    # -- inputs and errors -----------------------------------------------------
    def input_done(self, key: str) -> tuple[int, int, int] | None:
        """(size, mtime_ns, records) of an input file read to the end before, or None."""
        row = self.conn.execute("SELECT size, mtime_ns, records FROM inputs WHERE path = ?", (key,)).fetchone()
        return (row[0], row[1], row[2]) if row is not None else None

    def ids_stored_from(self, input_name: str) -> set[str | None]:
        """The ids of the articles stored from input file ``input_name`` (None for a file's one article),
        whatever their text: read with other options, an article's text and hash differ. One query a file."""
        return {r[0] for r in self.conn.execute("SELECT ext_id FROM articles WHERE input = ?", (input_name,))}

    def input_options(self, key: str) -> dict[str, Any] | None:
        """The reading options (``encoding``, ``max_chars``) an input file was last read to the end with;
        None for a file never read, and for one read by a version that did not record them."""
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (f"input_options:{key}",)).fetchone()
        return json.loads(row[0]) if row is not None else None

    def set_input_options(self, key: str, options: dict[str, Any]) -> None:
        """Remember the reading options of an input file read to the end (kept in ``meta``: no new table)."""
        self.conn.execute(
            "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (f"input_options:{key}", json.dumps(options))
        )

    def mark_inputs(self, finished: list[tuple[str, int, int, int]]) -> None:
        """Remember files read to the end: (path, size, mtime_ns, records) each."""
        self.conn.executemany(
            "INSERT OR REPLACE INTO inputs(path, size, mtime_ns, records) VALUES (?, ?, ?, ?)", finished
        )

    def log_error(self, input_name: str, record: str | None, message: str, *, once: bool = False) -> bool:
        """Add one bad record to the ``errors`` table; ``once``: not when the same one is there (a reload).
        Whether it was added."""
        sql = "SELECT 1 FROM errors WHERE input IS ? AND record IS ? AND message = ? LIMIT 1"
        if once and self.conn.execute(sql, (input_name, record, message)).fetchone():
            return False
        self.conn.execute("INSERT INTO errors(input, record, message) VALUES (?,?,?)", (input_name, record, message))
        return True


def speaker_key(person: dict[str, Any], article_key: int | str) -> str:
    """The store's key of a person of one article: ``kind:normalised name`` (people merge across
    articles by it), ``kind:normalised name@ARTICLE`` for a body every state has, named without its country
    (``_no_country_named``), or ``unnamed:ARTICLE:LOCAL_ID`` for an unnamed source; those two never merge."""
    if person.get("name"):
        kind = person.get("kind", "person")
        key = f"{kind}:{person_key(person['name'], kind)}"
        if person.get("kind") == "organisation" and _no_country_named(person["name"]):
            return f"{key}@{article_key}"  # "Finance Ministry": one country's in this article, unknown which
        return key
    return f"unnamed:{article_key}:{person['id']}"


def _no_country_named(name: str) -> bool:
    """Whether organisation ``name`` is a body every state has (``BODIES_OF_EVERY_STATE``: "Finance Ministry",
    "Ministry of Defence") with no country named in it ("Japan's Finance Ministry" names one)."""
    if not any(w.lower() in BODIES_OF_EVERY_STATE for w in re.findall(r"\w+", name)):
        return False
    from ..lexicon.places import country_names  # here: pycountry is needed only to write a store

    padded = " " + re.sub(r"[^\w ]", " ", name) + " "
    return not any(f" {country} " in padded for country in country_names())
