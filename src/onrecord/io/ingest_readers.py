"""Readers for corpus formats: HTML pages, WARC/ARC files, gzip, directories.

Main text, title, date, URL and site come from trafilatura (which uses
htmldate for dates), WARC records from warcio: well-kept libraries rather than
hand-written boilerplate removal or record parsing. Everything streams: one
page or record in memory at a time.
"""

from __future__ import annotations

import hashlib
import re
import warnings
import zlib
from collections import Counter
from collections.abc import Generator, Iterator
from copy import deepcopy
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

from ..errors import Err, OnrecordError
from ..lexicon.pages import HOVER_CARD_CLASS_WORDS, SERVICE_PAGE_WORDS
from ..model import Article
from ..text.prose import not_prose
from .bounded import (
    MAX_SKIP_BYTES,
    PrefixedStream,
    count_rest_chars,
    open_input,
    read_error,
    refuse_special,
    text_byte_limit,
    utf8_chars,
    walk,
)
from .dates import page_date
from .embeds import EMBED_CLASSES, cut_page, locate, page_embeds
from .records import Problem, binary_reason, cut_to_limit, decode_noted, read_jsonl_lines, read_text

MAX_PAGE_BYTES = 20_000_000  # a larger "page" is not an article; refusing it keeps memory flat
MIN_ARTICLE_CHARS = 200
# The hover cards right after a link, glued to it or after blank space only (``lexicon.pages.HOVER_CARD_CLASS_WORDS``),
# pruned before trafilatura reads the page (its ``prune_xpath``), so the text the offsets index never holds them.
HOVER_CARD_XPATH = (
    "//*[" + " or ".join(f"contains(@class, '{w}')" for w in HOVER_CARD_CLASS_WORDS) + "]"
    "[preceding-sibling::node()[1][self::a or (self::text() and normalize-space(.) = ''"
    " and preceding-sibling::*[1][self::a])]]"
)
_PAGE_SUFFIX = re.compile(r"\.(?:php\d?|s?html?|aspx?|jsp|cgi|pl)$")  # a file name's extension in an address

TEXT_SUFFIXES = (".txt", ".txt.gz")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")
HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz", ".wet", ".wet.gz")  # .warc.wet.gz: Common Crawl's WET


def format_of(path: Path) -> str | None:
    """The input format a file name says ("jsonl", "html", "warc", "text"), gzip or not; None for any other."""
    name = path.name.lower()
    for fmt, suffixes in (
        ("jsonl", JSONL_SUFFIXES),
        ("html", HTML_SUFFIXES),
        ("warc", WARC_SUFFIXES),
        ("text", TEXT_SUFFIXES),
    ):
        if name.endswith(suffixes):
            return fmt
    return None


def open_maybe_gzip(path: Path) -> IO[bytes]:
    """``path`` opened for reading, decompressed when its name ends in .gz (regular files only: E022)."""
    return open_input(path)


def skipped_file(path: Path) -> OnrecordError:
    """E047 for a file of no input format found in a directory (a .csv, a .py): skipped, and said."""
    return OnrecordError(Err.E047, source=str(path), detail="".join(path.suffixes) or path.name)


def _problem(source: str, record: str | None, error: OnrecordError, fatal: bool = True) -> Problem:
    return Problem.of(source, record, error, fatal)


def html_to_article(
    data: bytes, source: str, url: str | None = None, date: str | None = None, record: str | None = None
) -> tuple[Article, OnrecordError | None]:
    """The article in an HTML page and, when the page carries a first-published and a last-updated
    date far apart, the E048 warning that says which dates it (``dates.page_date``); OnrecordError
    when the page holds no article. ``date`` (a WARC record's) is used when the page gives none."""
    import trafilatura

    where = f"{source}, {record}" if record else source
    if len(data) > MAX_PAGE_BYTES:
        raise OnrecordError(Err.E021, source=where, detail=f"the page is over {MAX_PAGE_BYTES:,} bytes")
    if not data.strip():
        raise OnrecordError(Err.E002, source=where)
    binary = binary_reason(data)
    if binary is not None:  # an image or an archive saved as .html: said as such, not as "not an article"
        raise OnrecordError(Err.E004, source=where, detail=binary)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # dateutil's timezone warnings on odd pages are noise here
        doc = trafilatura.bare_extraction(data, url=url, with_metadata=True, prune_xpath=HOVER_CARD_XPATH)
    text = _blocks_apart(doc)
    if len(text.strip()) < MIN_ARTICLE_CHARS:
        doc, text = _lenient(data, url, doc, text)
    if len(text.strip()) < MIN_ARTICLE_CHARS:
        # One code for one situation, however the page arrived (a .html file, a WARC record, text, the API).
        raise OnrecordError(Err.E033, source=where, detail="an index, an error or an empty page")
    service = service_page(getattr(doc, "url", None), url)
    if service is not None:
        raise OnrecordError(Err.E018, source=where, detail=f"its address is a site's '{service}' page")
    why = not_prose(text)
    if why is not None:  # a forum index, a table of results: its rows would be stored as quotations
        raise OnrecordError(Err.E029, source=where, detail=why)
    published = getattr(doc, "date", None)  # trafilatura asks htmldate for the first-published date
    updated = _updated_date(data) if published else None
    page, why = page_date(published, updated, text)
    page_url = getattr(doc, "url", None) or url
    article = Article(
        text=text,
        id=page_url or hashlib.sha1(data).hexdigest()[:16],
        title=getattr(doc, "title", None),
        date=page or date,
        url=page_url,
        source=source,  # the input the page came from; the site it names is its outlet
        format="warc" if record else "html",
        outlet=getattr(doc, "sitename", None),
        embeds=embedded_posts(data, text),
    )
    if why is None:
        return article, None
    return article, OnrecordError(Err.E048, source=where, first=published, updated=updated, detail=why)


def embedded_posts(data: bytes, text: str) -> list[Any]:
    """The posts the page embeds (``io.embeds``), located in its article ``text`` where the reader kept them;
    [] for a page with no embed code (looked for in its bytes first: most pages have none, and are not parsed)."""
    if not any(c.encode() in data for c, _ in EMBED_CLASSES):
        return []
    import lxml.html
    from lxml import etree
    from trafilatura.utils import decode_file

    try:
        root = lxml.html.fromstring(decode_file(data))
    except (etree.ParserError, ValueError):
        return []
    return locate(text, page_embeds(root))


def _lenient(data: bytes, url: str | None, doc: Any, text: str) -> tuple[Any, str]:
    """A second, more lenient reading of a page whose first reading found no article: trafilatura favouring
    recall, then the page's own paragraphs (``paragraph_text``). A truncated download or a page whose closing
    tags are missing (``</p>``, ``</div>``) reads as one unfinished block to trafilatura's precision-first
    extraction, which found nothing in pages holding whole paragraphs of quotations (trial 21). ``doc``/``text``:
    the first reading, returned when neither finds more."""
    import trafilatura

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        recall = trafilatura.bare_extraction(
            data, url=url, with_metadata=True, prune_xpath=HOVER_CARD_XPATH, favor_recall=True
        )
    recall_text = _blocks_apart(recall)
    if len(recall_text.strip()) >= MIN_ARTICLE_CHARS:
        return recall, recall_text
    own = paragraph_text(data)
    return (doc, own) if len(own) >= MIN_ARTICLE_CHARS else (doc, text)


_INLINE = frozenset({"a", "b", "i", "em", "strong", "span", "abbr", "cite", "q", "small", "sup", "sub", "u", "time"})
_RUN_OF_SPACE = re.compile(r"\s+")
MIN_PARAGRAPHS = 3  # a page's own paragraphs make an article only when there are several of prose length
MIN_PARAGRAPH_CHARS = 80


def paragraph_text(data: bytes) -> str:
    """The prose paragraphs (``<p>`` elements) of a page, one a line, read by lxml's forgiving HTML parser (it
    closes what the page left open): each paragraph's own words and those of its inline elements (links,
    emphasis), never a nested block's. Only paragraphs of at least ``MIN_PARAGRAPH_CHARS`` characters that end
    like a sentence, and only when there are ``MIN_PARAGRAPHS`` of them (a page of captions or teasers is no
    article); "" otherwise."""
    import lxml.html
    from lxml import etree
    from trafilatura.utils import decode_file

    try:
        root = lxml.html.fromstring(decode_file(data))  # the page's declared or detected encoding, as trafilatura's
    except (etree.ParserError, ValueError):
        return ""
    lines = []
    for p in root.iter("p"):
        parts = [p.text or ""]
        for child in p:
            if isinstance(child.tag, str) and child.tag in _INLINE:
                parts.append(child.text_content())
            parts.append(child.tail or "")
        line = _RUN_OF_SPACE.sub(" ", "".join(parts)).strip()
        if len(line) >= MIN_PARAGRAPH_CHARS and line[-1] in ".!?\"'\u201d\u2019)":
            lines.append(line)
    return "\n".join(lines) if len(lines) >= MIN_PARAGRAPHS else ""


_BLOCKS = frozenset({"p", "head", "quote", "list"})  # trafilatura's block elements, each its own line


def _blocks_apart(doc: Any) -> str:
    """The page's text as trafilatura writes it, except that paragraphs inside a table cell or a list item stay
    apart, one a line, as everywhere else: trafilatura's text output flattens a cell or an item to one line (its
    blocks joined by spaces, cells by " | "), so a page laid out in a table ran its headline, byline, date and
    first paragraphs together ('| | Seeking a bigger role ... by Jeff Foust Monday, ... Earlier this month, NASA
    announced ...'), and a teaser list its headlines onto its summaries (trial 14 F9). The holders that hold a
    block become plain containers; a table or list of plain text (a data table, a list of links) is kept.
    ``doc``: trafilatura's Document or None; returns "" for None. The article text: offsets index it."""
    if doc is None:
        return ""
    text = getattr(doc, "text", None) or ""
    body = getattr(doc, "body", None)
    if body is None:
        return text
    holders = [e for e in body.iter("cell", "item") if any(d.tag in _BLOCKS for d in e.iterdescendants())]
    if not holders:
        return text
    from trafilatura.xml import xmltotxt

    body = deepcopy(body)
    tables = {t for t in body.iter("cell", "item") if any(d.tag in _BLOCKS for d in t.iterdescendants())}
    for holder in tables:
        outer = next((a for a in holder.iterancestors("table")), None) if holder.tag == "cell" else None
        for e in [holder] if outer is None else [outer, *outer.iter("row", "cell")]:
            e.tag = "div"  # a plain container: its blocks keep their lines, its text runs on as a paragraph's
    apart = xmltotxt(body, False)
    return "\n".join(line.rstrip(" ") for line in apart.split("\n")) if apart else text  # a container's space


def service_page(*urls: str | None) -> str | None:
    """The word (``lexicon.pages.SERVICE_PAGE_WORDS``) by which one of ``urls`` is a site's service
    page (terms, log-in, questions...), or None. Words are whole path segments, or the dot-separated
    parts of a file name without its extension ("login.createaccount.php": "login", "createaccount"),
    the last segment first ("/about/faq.php" is a "faq" page)."""
    for url in urls:
        if not url:
            continue
        for segment in reversed(urlsplit(url).path.lower().split("/")):  # the file name is the most specific
            stem = _PAGE_SUFFIX.sub("", segment)
            word = next((w for w in stem.split(".") if w in SERVICE_PAGE_WORDS), None)
            if word is not None:
                return word
    return None


def _updated_date(data: bytes) -> str | None:
    """The page's last-updated date (YYYY-MM-DD) by htmldate from its markup and metadata, or None.
    Its extensive search is off: that one takes any date in the page (an image's path, a link's),
    which is no update of the article."""
    import htmldate

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return htmldate.find_date(data, original_date=False, extensive_search=False)
        except ValueError:  # markup htmldate cannot read: the first-published date stands alone
            return None


def read_html(path: Path, max_chars: int) -> Iterator[object]:
    """The article of one HTML page (at most ``MAX_PAGE_BYTES``), or the Problem that says why there is none."""
    source = str(path)
    try:
        with open_input(path) as fh:
            data = fh.read(MAX_PAGE_BYTES + 1)
    except OnrecordError as exc:
        yield _problem(source, None, exc)
        return
    except (OSError, EOFError, zlib.error) as exc:
        yield _problem(source, None, read_error(source, exc))
        return
    try:
        article, dated = html_to_article(data, source)
    except OnrecordError as exc:
        yield _problem(source, None, exc)
        return
    if dated is not None:
        yield _problem(source, None, dated, fatal=False)
    cut = cut_page(data, article.text, source)
    if cut is not None:
        yield _problem(source, None, cut, fatal=False)
    article, warning = cut_to_limit(article, source, max_chars)
    if warning:
        yield warning
    yield article


def read_warc(path: Path, max_chars: int, byte_range: tuple[int, int] | None = None) -> Iterator[object]:
    """HTTP 200 text/html responses, with their target URI and date, and the plain text of WET
    ``conversion`` records (Common Crawl's .warc.wet.gz), with theirs. A whole file holding no record
    of either kind is one E051 problem naming the record types it holds.

    A damaged record is reported and reading goes on at the next record header (a WARC record with
    a negative Content-Length used to lose every record after it). ``byte_range`` (first, stop): only
    the records whose header starts at or after byte ``first`` and before byte ``stop`` (a shard of a
    large file; the ranges of a file's shards read each record once). Records are then named by their
    byte offset, not their number in the file.
    """
    source = str(path)
    special = refuse_special(path)
    if special is not None:
        yield _problem(source, None, special)
        return
    if path.stat().st_size == 0:
        yield _problem(source, None, OnrecordError(Err.E002, source=source))
        return
    if not first_bytes_are_a_record(path):
        detail = "it does not begin with a WARC or ARC record header; is it a WARC file?"
        yield _problem(source, None, OnrecordError(Err.E017, source=source, detail=detail))
        return
    kinds: Counter[str] = Counter()  # what the records were: "read", "request", "response (HTTP 404)"...
    said = False  # a damaged record was reported: that is the reason, said already
    for item in _warc_file(path, max_chars, byte_range, kinds):
        said = said or isinstance(item, Problem)
        yield item
    if byte_range is None and kinds and not kinds["read"] and not said:  # a shard may hold none: the file says why
        held = ", ".join(f"{n} {kind}" for kind, n in kinds.most_common(6))
        yield _problem(source, None, OnrecordError(Err.E051, source=source, detail=held))


def _warc_file(path: Path, max_chars: int, byte_range: tuple[int, int] | None, kinds: Counter[str]) -> Iterator[object]:
    """The records of ``read_warc``, resyncing after damage; ``kinds`` counts what each record was."""
    counter = [0]
    first, stop = byte_range or (0, None)
    if is_single_stream_gzip(path):  # one gzip stream around every record: read through, never split
        if not first:
            yield from _warc_records(path, 0, max_chars, counter, stream=True, kinds=kinds)
        return
    start = record_start_at_or_after(path, first) if first else 0
    for _ in range(MAX_RESYNCS):
        if start is None or (stop is not None and start >= stop):
            return
        failed_at = yield from _warc_records(path, start, max_chars, counter, stop, byte_range is not None, kinds=kinds)
        if failed_at is None:
            return
        start = _next_record_start(path, failed_at + 1)


MAX_RESYNCS = 1_000  # damaged records reported per WARC file before giving up on the rest


def _warc_records(
    path: Path,
    start: int,
    max_chars: int,
    counter: list[int],
    stop: int | None = None,
    by_offset: bool = False,
    stream: bool = False,
    kinds: Counter[str] | None = None,
) -> Generator[object, None, int | None]:
    """Read records from byte ``start`` to the first one at or after byte ``stop``; returns the offset
    of a damaged record, None at the end. ``by_offset``: name records by byte offset. ``stream``: the
    file is one gzip stream, read through ``gzip`` from its start (offsets are then not the file's).
    ``kinds``: counts what each record was (``_kind_of``).

    warcio's own notices on stderr ("Replacing spaces in invalid WARC-Target-URI") are kept off the
    user's terminal: the record is read all the same, and a real fault is reported as a problem."""
    import gzip

    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    source = str(path)
    current = start
    records = None
    try:
        with gzip.open(path, "rb") if stream else open(path, "rb") as fh:
            if not stream:
                fh.seek(start)
            records = ArchiveIterator(fh, arc2warc=True)
            while True:
                with _warcio_quiet():
                    record = next(records, None)
                if record is None:
                    break
                counter[0] += 1
                current = records.offset  # where this record starts (absolute: warcio starts at fh.tell())
                if stop is not None and current >= stop:
                    return None  # the next shard's first record
                name = f"record at byte {current:,}" if by_offset else f"record {counter[0]}"
                if kinds is not None:
                    kinds[_kind_of(record)] += 1
                # Held until the record is known whole: a cut record is reported, never read as an article.
                with _warcio_quiet():
                    items = list(_warc_record(record, source, name, max_chars, cut_to_limit))
                    missing = _missing_bytes(record)
                if missing:
                    detail = f"{name}: {missing:,} bytes short of its Content-Length (the file is cut)"
                    yield _problem(source, name, OnrecordError(Err.E017, source=source, detail=detail))
                    continue
                yield from items
            end = records.offset
    except (ArchiveLoadFailed, OSError, EOFError, zlib.error, ValueError, AttributeError, TypeError, KeyError) as exc:
        # warcio raises AttributeError/TypeError/KeyError on some damaged headers (a response with no target URI)
        number = counter[0] + 1
        reason = _one_line(str(exc).split(", first line:")[0]) or type(exc).__name__  # warcio's byte dump off
        if isinstance(exc, (AttributeError, TypeError, KeyError)):
            reason = "a record header is missing or malformed"
        failed = records.offset if records is not None else current  # the damaged record's start
        if not stream and counter[0] and _inside_a_record(path, failed):
            # warcio stopped in the bytes a record's wrong Content-Length left behind: that record is the damaged
            # one, not a next one (trial 21: the record after a bad length was named, off by one).
            number, failed, reason = counter[0], current, "its Content-Length does not match its content"
        elif "Unknown archive format" in reason:
            reason = "no WARC record starts where one should"  # warcio's words name no fault a user can act on
        name = f"record at byte {failed:,}" if by_offset and not stream else f"record {number}"
        after = "the records before it were read" if stream else "any record after it is still read"
        detail = f"{name}: {reason}; {after}"
        yield _problem(source, name, OnrecordError(Err.E017, source=source, detail=detail))
        counter[0] = number
        return None if stream else current
    if not stream:
        cut = _cut_tail(path, end)
        if cut:
            # warcio ends quietly where a gzip member or a record header is cut off: say so.
            name = f"record at byte {end:,}" if by_offset else f"record {counter[0] + 1}"
            detail = f"{name}: the file ends {cut:,} bytes into it (the file is cut); the records before it were read"
            yield _problem(source, name, OnrecordError(Err.E017, source=source, detail=detail))
    return None


def _inside_a_record(path: Path, offset: int) -> bool:
    """Whether byte ``offset`` of a plain (not gzipped) WARC file is no record's start: the rest of a record whose
    Content-Length was wrong. False for a gzipped file, whose members are checked by warcio itself."""
    with open(path, "rb") as fh:
        if fh.read(2) == b"\x1f\x8b":
            return False
        fh.seek(offset)
        return not fh.read(7).startswith(b"WARC/1.")


def _warcio_quiet() -> Any:
    """A block in which what warcio writes to stderr is dropped (see ``_warc_records``)."""
    import contextlib
    import io

    return contextlib.redirect_stderr(io.StringIO())


def _one_line(message: str, limit: int = 200) -> str:
    """A library's message as one printable line: whitespace runs made one space, other control
    characters and undecodable bytes escaped, cut to ``limit`` characters."""
    flat = " ".join(message.split())
    flat = "".join(c if c.isprintable() else repr(c)[1:-1] for c in flat)
    return flat if len(flat) <= limit else flat[: limit - 1] + "\u2026"


def _cut_tail(path: Path, end: int) -> int:
    """How many bytes after ``end`` (where warcio stopped) are more than blank lines: a cut last record."""
    with open(path, "rb") as fh:
        fh.seek(end)
        tail = fh.read(1 << 20)
    return len(tail) if tail.strip() else 0


def is_single_stream_gzip(path: Path) -> bool:
    """Whether a gzip WARC is one gzip stream around many records (``gzip file.warc``), not one member
    per record as WARC writers make it: its first member then holds a second record header. Such a
    file can only be read from its start, so it is never split."""
    d = zlib.decompressobj(31)
    seen = b""
    with open(path, "rb") as fh:
        if fh.read(2) != b"\x1f\x8b":
            return False
        fh.seek(0)
        while not d.eof and len(seen) < SNIFF_RECORDS_BYTES:
            chunk = fh.read(1 << 16)
            if not chunk:
                break
            try:
                seen += d.decompress(chunk, SNIFF_RECORDS_BYTES)
            except zlib.error:
                return False
            if b"\r\n\r\nWARC/1." in seen:
                return True
    return False


def first_bytes_are_a_record(path: Path) -> bool:
    """Whether the file (inflated, when gzip) begins with a WARC record header or an ARC file header."""
    with open(path, "rb") as fh:
        head = fh.read(1 << 16)
    if head[:2] == b"\x1f\x8b":
        try:
            head = zlib.decompressobj(31).decompress(head, 64)
        except zlib.error:
            return False
    return head.lstrip(b"\r\n").startswith((b"WARC/", b"filedesc://"))


SNIFF_RECORDS_BYTES = 8 << 20  # how much of a first gzip member is inflated to tell one stream from members


def _missing_bytes(record: Any) -> int:
    """Bytes a record's block lacks at the end of the file (0 when whole): read what is left, then count."""
    stream = record.raw_stream
    while stream.read(1 << 20):
        pass
    return max(0, getattr(stream, "limit", 0) or 0)


def _kind_of(record: Any) -> str:
    """ "read" for a record ``_warc_record`` reads (an HTTP 200 HTML response, a WET conversion), else
    what it is: its WARC type ("request", "metadata"), with why for a response ("response (HTTP 404)")."""
    if record.rec_type == "conversion":
        return "read"
    if record.rec_type != "response":
        return str(record.rec_type)
    if record.http_headers is None:
        return "response (no HTTP headers)"
    status = record.http_headers.get_statuscode()
    ctype = (record.http_headers.get_header("Content-Type") or "").lower()
    if status != "200":
        return f"response (HTTP {status})"
    if "html" not in ctype:
        return f"response ({ctype.split(';')[0].strip() or 'no Content-Type'})"
    return "read"


def _warc_record(record: Any, source: str, number: str, max_chars: int, limit: Any) -> Iterator[object]:
    if _kind_of(record) != "read":
        return
    if record.rec_type == "conversion":
        yield from _conversion_record(record, source, number, max_chars)
        return
    url = record.rec_headers.get_header("WARC-Target-URI")
    warc_date = (record.rec_headers.get_header("WARC-Date") or "")[:10] or None
    rec = f"{number} ({url})"
    data = record.content_stream().read(MAX_PAGE_BYTES + 1)
    try:
        article, dated = html_to_article(data, source, url=url, date=warc_date, record=rec)
    except OnrecordError as exc:
        yield _problem(source, rec, exc)
        return
    if dated is not None:
        yield _problem(source, rec, dated, fatal=False)
    cut = cut_page(data, article.text, f"{source}, {rec}")
    if cut is not None:
        yield _problem(source, rec, cut, fatal=False)
    article, warning = limit(article, f"{source}, {rec}", max_chars)
    if warning:
        yield warning
    yield article


def _conversion_record(record: Any, source: str, number: str, max_chars: int) -> Iterator[object]:
    """The article of a WET ``conversion`` record: its block is the page's text (UTF-8, its first line
    the page's title, as Common Crawl writes it), with the record's WARC-Target-URI and WARC-Date."""
    url = record.rec_headers.get_header("WARC-Target-URI")
    rec = f"{number} ({url})"
    where = f"{source}, {rec}"
    limit = text_byte_limit(max_chars)
    data = record.content_stream().read(limit + 1)
    try:
        text, read_as = decode_noted(data[:limit], where, cut=len(data) > limit)
        why = not_prose(text)
        if why is not None:
            raise OnrecordError(Err.E029, source=where, detail=why)
    except OnrecordError as exc:
        yield _problem(source, rec, exc)
        return
    if read_as is not None:
        yield _problem(source, rec, read_as, fatal=False)
    first = text.split("\n", 1)[0].strip()
    article = Article(
        text=text,
        id=url or hashlib.sha1(data).hexdigest()[:16],
        title=first if 0 < len(first) <= 200 and "\n" in text else None,
        date=(record.rec_headers.get_header("WARC-Date") or "")[:10] or None,
        url=url,
        source=source,  # the record's address names its outlet (``Extraction.to_dict``)
        format="warc",
    )
    article, warning = cut_to_limit(article, where, max_chars)
    if warning:
        yield warning
    yield article


def _next_record_start(path: Path, offset: int) -> int | None:
    """The byte offset of the next record header (or gzip member) at or after ``offset``."""
    with open(path, "rb") as fh:
        gzipped = fh.read(2) == b"\x1f\x8b"
        marker = b"\x1f\x8b\x08" if gzipped else b"WARC/1."
        fh.seek(offset)
        carry = b""
        pos = offset
        while True:
            piece = fh.read(1 << 20)
            if not piece:
                return None
            window = carry + piece
            found = window.find(marker)
            if found >= 0:
                return pos - len(carry) + found
            carry = window[-(len(marker) - 1) :]
            pos += len(piece)


def record_start_at_or_after(path: Path, offset: int) -> int | None:
    """The byte offset of the first WARC record that starts at or after ``offset``, None when none does.

    A gzip member (of a .warc.gz) or a "WARC/1." line (of a plain .warc) counts only when it is one:
    the member must inflate to a WARC header and the line must start a line, so the same three bytes
    inside compressed data, or the words inside a page, are passed over.
    """
    while True:
        found = _next_record_start(path, offset)
        if found is None or _is_record_start(path, found):
            return found
        offset = found + 1


def _is_record_start(path: Path, offset: int) -> bool:
    """Whether a record starts at ``offset``: a header there, and where the record it declares ends,
    the next record (or the end of the file). The second test keeps a "WARC/1.0" line or a gzip
    member inside a page (an archived archive) from passing for a record."""
    with open(path, "rb") as fh:
        gzipped = fh.read(2) == b"\x1f\x8b"
        fh.seek(max(0, offset - 1))
        if offset and not gzipped and fh.read(1) != b"\n":
            return False  # a WARC header opens a line
        fh.seek(offset)
        return _gzip_member_chain(fh) if gzipped else _plain_record_chain(fh)


def _gzip_member_chain(fh: IO[bytes]) -> bool:
    d = zlib.decompressobj(31)
    head = b""
    try:
        while not d.eof:
            chunk = fh.read(1 << 16)
            if not chunk:
                return False  # the member never ends: cut, or no member at all
            data = d.decompress(chunk)  # inflated piece by piece; only its first bytes are kept
            if len(head) < 5:
                head += data[:5]
    except zlib.error:
        return False
    after = (d.unused_data + fh.read(2))[:2]
    return head.startswith(b"WARC/") and after in (b"", b"\x1f\x8b")


def _plain_record_chain(fh: IO[bytes]) -> bool:
    start = fh.tell()
    head = fh.read(65_536)
    end = head.find(b"\r\n\r\n")
    if not head.startswith(b"WARC/1.") or end < 0:
        return False
    lines = head[:end].split(b"\r\n")
    length = next((ln.split(b":", 1)[1].strip() for ln in lines if ln.lower().startswith(b"content-length:")), b"")
    if not length.isdigit():
        return False
    fh.seek(start + end + 4 + int(length))
    after = fh.read(4 + 7)
    return after in (b"", b"\r\n", b"\r\n\r\n") or after == b"\r\n\r\nWARC/1."


def read_any(
    path: Path, max_chars: int, byte_range: tuple[int, int] | None = None, encoding: str | None = None
) -> Iterator[object]:
    """Articles and problems from one file, by its format (from the file name); ``byte_range``: only
    that part of a WARC file (``read_warc``); ``encoding``: a text or JSON Lines file's codec
    (``records.check_encoding``; None: UTF-8 with the Windows-1252 fallback). HTML pages and WARC
    records declare their own charset, which the HTML reader obeys."""
    fmt = format_of(path)
    if fmt == "html":
        yield from read_html(path, max_chars)
    elif fmt == "warc":
        yield from read_warc(path, max_chars, byte_range)
    elif fmt == "jsonl":
        try:
            with open_input(path) as fh:
                yield from read_jsonl_lines(fh, str(path), max_chars, encoding)
        except OnrecordError as exc:
            yield _problem(str(path), None, exc)
        except (OSError, EOFError, zlib.error) as exc:
            yield _problem(str(path), None, read_error(str(path), exc))
    elif fmt == "text":
        yield from read_text_file(path, max_chars, encoding)
    else:
        yield _problem(
            str(path), None, OnrecordError(Err.E012, source=str(path), detail="".join(path.suffixes) or path.name)
        )


PAGE_SNIFF_BYTES = 65_536  # how much of a text input is looked at to tell an HTML page from article text


def is_page(head: bytes) -> bool:
    """True when the first bytes of an input are an HTML page, not article text (``onrecord.looks_like_html``)."""
    from .. import looks_like_html

    return head.lstrip()[:1] == b"<" and looks_like_html(head[:200_000].decode("utf-8", "replace"))


def read_page(data: bytes, source: str, max_chars: int) -> Iterator[Article | Problem]:
    """A page given as text (a .txt file or standard input) read as a page: its main text, as a .html
    file is read; a page with no article is refused with E033, which says it is a page."""
    try:
        article, dated = html_to_article(data, source)
    except OnrecordError as exc:
        yield _problem(source, None, exc)  # E033 for a page with no article, as a .html file gives it
        return
    if dated is not None:
        yield _problem(source, None, dated, fatal=False)
    cut = cut_page(data, article.text, source)
    if cut is not None:
        yield _problem(source, None, cut, fatal=False)
    article, warning = cut_to_limit(article, source, max_chars)
    if warning:
        yield warning
    yield article


def read_text_file(path: Path, max_chars: int, encoding: str | None = None) -> Iterator[object]:
    """One article from a text file (gzipped or not), reading at most ``text_byte_limit`` bytes; an
    HTML page saved as text is read as a page (``read_page``), at most ``MAX_PAGE_BYTES``. ``encoding``:
    see ``records.decode_noted``."""
    try:
        with open_input(path) as fh:
            head = fh.read(PAGE_SNIFF_BYTES)
            page = is_page(head)
            limit = MAX_PAGE_BYTES + 1 if page else text_byte_limit(max_chars)
            stream = PrefixedStream(head, fh)
            read = stream.read(limit + 1)  # as ``read_capped``, keeping the byte past the cap for the count
            data, more = read[:limit], len(read) > limit
            total = None
            if more and not page:  # the real length for the cut's warning (E010), not the part read
                rest, whole = count_rest_chars(stream, MAX_SKIP_BYTES)  # type: ignore[arg-type]
                total = (utf8_chars(read) + rest - data.startswith(b"\xef\xbb\xbf"), whole)
    except OnrecordError as exc:
        yield _problem(str(path), None, exc)
        return
    except (OSError, EOFError, zlib.error) as exc:
        yield _problem(str(path), None, read_error(str(path), exc))
        return
    if page:
        yield from read_page(data, str(path), max_chars)
        return
    yield from read_text(data, str(path), max_chars, cut=more, total=total, encoding=encoding)


def iter_directory(path: Path, max_chars: int, encoding: str | None = None) -> Iterator[object]:
    """Every readable file under path, recursively, in a stable order; what cannot be walked is reported.
    ``encoding``: the text and JSON Lines files' codec (``read_any``)."""
    readable = 0
    for item in walk(path):
        if isinstance(item, OnrecordError):
            yield _problem(str(path), None, item)
        elif format_of(item) is not None:
            readable += 1
            yield from read_any(item, max_chars, encoding=encoding)
        else:  # named, never silently dropped (trial 4, F19)
            yield Problem.of(str(item), None, skipped_file(item), fatal=False)
    if not readable:
        yield _problem(str(path), None, OnrecordError(Err.E019, source=str(path)))
