"""onrecord: who said what, about whom, where and when, in news text.

The public API. The CLI and the HTTP API are thin wrappers over these functions, one to one:
``extract`` (``onrecord extract -`` / ``POST /api/extract``), ``extract_many`` and ``read``
(``onrecord extract PATH``), and the corpus functions in ``onrecord.corpus.query``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from .errors import Err, OnrecordError
from .io.dates import check_date
from .io.records import headline_of, refuse_control_characters
from .model import Article, Extraction, Mention, Noise, Person, Quote, SocialPost, Span
from .nlp import defer_spacy_cli

defer_spacy_cli()  # spaCy's command line (typer, rich, requests...) is imported only if used

__version__ = "0.1.0"

# "post": an embedded social post as its author's quotation (pipeline.stages.social), asked for by name only: the
# gold sets annotate words in quotation marks, so it is not among the kinds a default run gives (``ALL_KINDS``).
KINDS = ("direct", "partial", "indirect", "post")
FORMATS = ("auto", "text", "html")

_PIPELINE = None
# A page, not article text: it opens like an HTML document, or markup tags are a large share of it.
_HTML_START = re.compile(
    r"\A[\s\ufeff]*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)
_HTML_TAG = re.compile(
    r"</?(?:p|div|span|a|script|style|meta|link|body|head|br|img|li|ul|section|article|nav|header|footer)\b[^>]*>", re.I
)


def get_pipeline():  # type: ignore[no-untyped-def]
    """The process-wide pipeline (the spaCy model loads once)."""
    global _PIPELINE
    if _PIPELINE is None:
        from .pipeline import Pipeline

        _PIPELINE = Pipeline()
    return _PIPELINE


def check_kinds(kinds: Iterable[str] | None) -> frozenset[str] | None:
    """The quote kinds asked for (a str is one kind), or OnrecordError E030 naming the unknown ones; None means all."""
    if kinds is None:
        return None
    if isinstance(kinds, str):
        kinds = [kinds]  # one kind given as a string, not its letters
    wanted = frozenset(k.strip() for k in kinds if k and k.strip())
    unknown = sorted(wanted - set(KINDS))
    if unknown:
        raise OnrecordError(
            Err.E030, option="kinds", detail=f"unknown kind(s) {', '.join(unknown)}; choose from {', '.join(KINDS)}"
        )
    return wanted or None


def looks_like_html(text: str) -> bool:
    """True when ``text`` is an HTML page rather than article text: it opens as a document, or it is a
    fragment of markup (ten tags or more making up over a sixth of it). A few tags quoted inside an
    article's text do not make it a page."""
    if _HTML_START.match(text[:2000]):
        return True
    tags = _HTML_TAG.findall(text[:200_000])
    return len(tags) >= 10 and sum(map(len, tags)) > len(text[:200_000]) / 6


def _page_article(
    html: str, source: str, title: str | None, date: str | None, id: str | None, url: str | None
) -> tuple[Article, list[str]]:
    """The article of a page given as a string, and its warnings: about its dates (E048), a page cut off before
    its end (E054)."""
    from .io.embeds import cut_page
    from .io.ingest_readers import html_to_article

    data = html.encode("utf-8", "surrogatepass")
    article, dated = html_to_article(data, source, url=url)
    cut = cut_page(data, article.text, source)
    article.title = title or article.title
    article.id = id or article.id
    article.date = date or article.date  # a date the caller gives is the article's, whatever the page says
    article.format = "html"
    article.source = None  # a page given as a string comes from no input file (as text given so)
    return article, [str(w) for w in (None if date is not None else dated, cut) if w is not None]


def extract(
    text: str,
    *,
    title: str | None = None,
    date: str | None = None,
    id: str | None = None,
    url: str | None = None,
    kinds: Iterable[str] | None = None,
    min_confidence: float | None = None,
    format: str = "auto",
    pipeline: Any = None,
) -> Extraction:
    """Every quotation in ``text`` with its speaker, cue, medium and evidence.

    ``kinds`` keeps only some quote kinds ("direct", "partial", "indirect"); default all.
    ``min_confidence`` (0 to 1) keeps only quotes at least that confident.
    ``format``: "text" reads ``text`` as article text; "html" reads it as a web page (main text
    through trafilatura; the offsets then index that text, which ``to_dict()`` includes as
    "text"); "auto" (default) reads a page as a page (``looks_like_html``).
    ``pipeline``: the ``onrecord.pipeline.Pipeline`` to run (default the process-wide one; the web's
    worker processes pass theirs, with its budget).
    ``title``: the headline; default, for text, its first line when that reads as one (``io.records.headline_of``,
    as the CLI reads a text file).
    ``date``: ISO 8601, a date (YYYY-MM-DD, YYYY-MM, YYYY) or a date-time; for a page, it overrides
    the page's own dates (else a page first published and updated over a month apart is dated as
    ``io.dates.page_date`` says, and ``warnings`` holds the E048 line naming both dates).
    Raises TypeError for a non-str ``text``, OnrecordError E002 for an empty one (as the CLI and the
    HTTP API), E004 for text that reads as binary data (``io.records.refuse_control_characters``, as the CLI
    refuses such bytes), E030 for an unknown kind or format, a ``min_confidence`` that is not a number from 0 to 1
    or a ``title``, ``id`` or ``url`` that is not a str, E033 for a page that holds no article, E037 for
    a date that is not ISO 8601.
    """
    if not isinstance(text, str):
        raise TypeError("extract() takes the article text as a str")
    for name, value in (("title", title), ("id", id), ("url", url), ("date", date)):
        if value is not None and not isinstance(value, str):
            raise OnrecordError(Err.E030, option=name, detail=f"{value!r} is not a str")
    if not text.strip():
        raise OnrecordError(Err.E002, source=id or url or "text")
    refuse_control_characters(text, id or url or "text")
    wanted = check_kinds(kinds)
    check_confidence(min_confidence)
    date = check_date(date, "date")
    if format not in FORMATS:
        raise OnrecordError(
            Err.E030, option="format", detail=f"unknown format '{format}'; choose from {', '.join(FORMATS)}"
        )
    dated: list[str] = []
    if format == "html" or (format == "auto" and looks_like_html(text)):
        article, dated = _page_article(text, id or url or "<html>", title, date, id, url)
    else:
        # As the CLI reads a text file: a short first line before a blank line is the headline (trial 7: the
        # API gave title null where `onrecord extract FILE` named it, and the headline feeds the speakers' names).
        title = title if title is not None else headline_of(text)
        article = Article(text=text, id=id, title=title, date=date, url=url)
    ex = (pipeline or get_pipeline())(article, kinds=wanted)
    ex.warnings.extend(dated)
    return _floor(ex, min_confidence)


def check_confidence(value: float | None) -> float | None:
    """A confidence floor between 0 and 1 (or None), else OnrecordError E030 (a str such as "0.5" too:
    a number is wanted, not its text)."""
    if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))):
        raise OnrecordError(Err.E030, option="min_confidence", detail=f"{value!r} is not a number between 0 and 1")
    if value is not None and not 0.0 <= value <= 1.0:
        raise OnrecordError(Err.E030, option="min_confidence", detail=f"{value} is not between 0 and 1")
    return value


def _floor(ex: Extraction, min_confidence: float | None) -> Extraction:
    if min_confidence is not None:
        ex.quotes = [q for q in ex.quotes if q.confidence >= min_confidence]
    return ex


def extract_many(
    articles: Iterable[Any], *, kinds: Iterable[str] | None = None, min_confidence: float | None = None
) -> Iterator[Any]:
    """``extract`` over many articles, in input order, batched through the parser (faster).

    ``articles``: ``Article`` objects, or what ``read`` yields: its ``Problem`` records (a bad line, a file
    of no input format, a warning) come out in their place in the stream, unchanged, so
    ``for item in extract_many(read(path))`` sees every input once (``isinstance(item, Extraction)``).
    Raises OnrecordError E030 for an unknown kind or a confidence outside 0..1, and TypeError naming the
    item for anything else.
    """
    wanted = check_kinds(kinds)
    check_confidence(min_confidence)
    from collections import deque

    problems: deque[tuple[int, Any]] = deque()  # (articles before it, the Problem), in input order

    def only_articles() -> Iterator[Article]:
        counted = 0
        for item in articles:
            if isinstance(item, Article):
                counted += 1
                yield item
            elif _is_problem(item):
                problems.append((counted, item))
            else:
                raise TypeError(
                    f"extract_many takes Article or Problem records, not {type(item).__name__}: {item!r:.80}"
                )

    def merged() -> Iterator[Any]:
        for done, ex in enumerate(get_pipeline().pipe(only_articles(), kinds=wanted)):
            while problems and problems[0][0] <= done:  # the problems read before this article
                yield problems.popleft()[1]
            yield _floor(ex, min_confidence)
        yield from (problem for _, problem in problems)  # those after the last article

    return merged()


def _is_problem(item: Any) -> bool:
    from .io.records import Problem

    return isinstance(item, Problem)


def read(path: str, *, max_chars: int | None = None, encoding: str | None = None):  # type: ignore[no-untyped-def]
    """Articles (and ``Problem`` records for bad inputs) from a file, directory or '-' (standard input):
    .txt, .jsonl, .html, .warc, each optionally .gz. Streams one record at a time.

    ``max_chars``: the longest article read, in characters (default 1,000,000); a longer one is cut
    to it with an E010 warning. ``encoding``: the codec of .txt and .jsonl inputs (a Python codec
    name: "latin-1", "cp1252", "utf-16"); None (the default) reads UTF-8, obeys a UTF-16/32 byte-order
    mark, and reads bytes that are not UTF-8 but are Windows-1252 as such, with a non-fatal E049
    ``Problem``. HTML and WARC pages declare their own charset. Offsets index the decoded text.
    Raises OnrecordError E030 when ``max_chars`` is not a whole number of at least 1 or ``encoding``
    is not a text encoding Python knows.
    """
    from .checks import check_count
    from .io.readers import DEFAULT_MAX_CHARS, check_encoding, read_path

    limit = DEFAULT_MAX_CHARS if max_chars is None else check_count(max_chars, "max_chars")
    return read_path(path, max_chars=limit, encoding=check_encoding(encoding))


__all__ = [
    "extract",
    "extract_many",
    "read",
    "check_kinds",
    "check_confidence",
    "looks_like_html",
    "KINDS",
    "Article",
    "Extraction",
    "Quote",
    "Person",
    "Mention",
    "SocialPost",
    "Noise",
    "Span",
    "Err",
    "OnrecordError",
    "__version__",
]
