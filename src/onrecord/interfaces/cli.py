"""The command line: each command is a thin wrapper over a library function, one to one
(``onrecord.extract``/``extract_many``/``read``, ``onrecord.corpus.query``, ``onrecord.corpus.edits``).

Errors come from the library as ``OnrecordError``; the CLI prints them as one line and exits with
the code ``EXIT_CODES`` gives their category. Tables fit the terminal's width (or ``COLUMNS``).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NoReturn

import click

from ..corpus.query import (
    CORRECTIONS_LIMIT,
    MEDIA,
    PEOPLE_LIMIT,
    SEARCH_LIMIT,
    WATCH_MATCHES_LIMIT,
    WATCHES_LIMIT,
)
from ..errors import Err, OnrecordError, json_error_detail
from ..io.readers import DEFAULT_MAX_CHARS, Problem
from ..text.verbatim import shown_quote

# One table: the kind of trouble (errors.CATEGORY) -> exit code. 1 is "nothing found" as in grep.
EXIT_CODES = {"bad_input": 2, "ambiguous": 2, "not_found": 1, "unavailable": 3, "failed": 1}
NARROW_COLUMNS = {"speaker": 22, "outlet": 16}  # widest these get in a table before they wrap (at a word)
WIDE_TABLE = 110  # from this many columns the quote table shows the mention and the cue too
MIN_QUOTE_WIDTH = 20  # the quote column never gets narrower than this
MAX_WORD_KEPT = 18  # a short column is at least as wide as its longest word up to this; a longer one ends in "…"
UNBOUNDED_WIDTH = 10**6  # measuring a table's least width without the terminal's limit
FALLBACK_WIDTH = 120  # output that is not a terminal and no COLUMNS: wide enough for a log or a pager
GRACEFUL_SECONDS = 5  # `serve`: how long requests in flight may finish after SIGTERM


def _fail(exc: OnrecordError) -> NoReturn:
    click.echo(f"onrecord: {_as_flag(exc)}", err=True)
    sys.exit(EXIT_CODES.get(exc.category, 1))


def _as_flag(exc: OnrecordError) -> str:
    """The message, naming the command's flag (``--min-confidence``) where the library names its
    parameter (``min_confidence``): the library and the CLI take the same values under their own names."""
    option = exc.fields.get("option")
    ctx = click.get_current_context(silent=True)
    if exc.code != "E030" or not isinstance(option, str) or ctx is None:
        return str(exc)
    for param in ctx.command.params:
        flags = [o for o in param.opts if o.startswith("--")]
        if flags and option in (param.name, flags[0].lstrip("-").replace("-", "_")):
            return str(OnrecordError(Err.E030, **{**exc.fields, "option": flags[0]}))
    return str(exc)


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def _console(out: Any) -> Any:
    from rich.console import Console

    columns = os.environ.get("COLUMNS", "")
    tty = hasattr(out, "isatty") and out.isatty()
    width = int(columns) if columns.isdigit() else (None if tty else FALLBACK_WIDTH)
    # markup=False: quoted words such as "This [ban] may take" are text, never rich style tags.
    return Console(file=out, width=width, force_terminal=False, no_color=not tty, highlight=False, markup=False)


def _speaker_label(q: Any) -> str:
    if q.speaker is None:
        return "-"
    if q.speaker.name:
        return q.speaker.name
    return f"({q.speaker.descriptors[0]})" if q.speaker.descriptors else "(unnamed)"


NOISE_SHOWN = 5  # noise items the table's footer lists; --format json has every one
NOISE_TEXT_CHARS = 60  # of each, the characters shown


def noise_footer(noise: list[Any]) -> str:
    """The table's noise line: the first ``NOISE_SHOWN`` items (each shortened to ``NOISE_TEXT_CHARS``) and a
    count of the rest. A page of markup or a table of figures gave thousands of items, a megabyte on one line
    (issue 11); the footer says what was set aside, the JSON lists it all."""
    shown = ", ".join(f"{_shorten(n.text, NOISE_TEXT_CHARS)!r} ({n.why})" for n in noise[:NOISE_SHOWN])
    rest = len(noise) - NOISE_SHOWN
    return "noise: " + shown + (f" and {rest} more ({len(noise)} in all; --format json lists them)" if rest > 0 else "")


def render_table(results: list[Any], out: Any) -> None:
    """Each article's quotes as a table that fits the console: the quote wraps at words; a name wraps
    (at a word) only when it is longer than its share of the width; kind and conf always show."""
    console = _console(out)
    for ex in results:
        with _without_trailing_spaces(console):  # one article at a time: output streams as articles finish
            a = ex.article
            # Printed above the table, not as its title: a long URL folds there instead of losing characters.
            console.print(f"{a.id or ''}  date: {a.date or '-'}  quotes: {len(ex.quotes)}", overflow="fold")
            _print_quotes(console, ex.quotes)
            for s in ex.social_posts:
                console.print(
                    f"social post: {s.platform} {s.author} {s.handle or ''} {s.date or ''} {s.url or ''} "
                    f"\u201c{_shorten(s.text, 60)}\u201d",
                    overflow="fold",
                )
            if ex.noise:
                console.print(noise_footer(ex.noise), overflow="fold")
            console.print()


def _print_quotes(console: Any, quotes: list[Any]) -> None:
    """The quote table, or each quotation as lines when even the table without mention and cue (which
    shrink to an ellipsis) is wider than the console."""
    records = [_quote_record(n, q) for n, q in enumerate(quotes)]
    narrow = _quote_table(quotes, console.width, wide=False)
    _print_table(console, _quote_table(quotes, console.width), records, least_table=narrow)


def _quote_table(quotes: list[Any], width: int, wide: bool | None = None) -> Any:
    """One article's quotes as a rich Table ``width`` columns wide at most: the name, medium (and, from
    ``WIDE_TABLE`` columns, mention and cue) columns get a share of the room, the quote what is left."""
    from rich import box
    from rich.table import Table

    wide = width >= WIDE_TABLE if wide is None else wide
    names = [_speaker_label(q) for q in quotes]
    mediums = [(q.medium or "-") + (f" ({q.outlet})" if q.outlet else "") for q in quotes]
    mentions = [q.speaker_mention.text if q.speaker_mention else "-" for q in quotes]
    cues = [q.cue.text if q.cue else "-" for q in quotes]
    columns = 8 if wide else 6
    # Room left once the fixed columns (#, kind, conf) and the gaps between columns (a rule and two
    # spaces of padding each; no padding at the outer edges) are taken.
    room = width - 3 * (columns - 1) - len(str(len(quotes))) - len("indirect") - len("conf")

    def share(cells: list[str], fraction: float, floor: int, most_word: int = MAX_WORD_KEPT) -> int:
        # At least the longest word (up to ``most_word``): rich wraps a cell at spaces and breaks
        # only a word wider than its column ("contin / ued", trial 5 F21).
        floor = max(floor, min(most_word, max((len(w) for c in cells for w in c.split()), default=1)))
        return max(floor, min(max(map(len, cells), default=1), int(room * fraction)))

    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, expand=False)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("quote", ratio=1, overflow="fold", min_width=MIN_QUOTE_WIDTH)
    speaker = share(["speaker", *names], 0.3 if not wide else 0.2, 7, most_word=30)
    table.add_column("speaker", overflow="fold", width=speaker)  # a name is never cut: an over-long word folds
    table.add_column("kind", no_wrap=True, min_width=len("indirect"))
    if wide:
        table.add_column("mention", overflow="ellipsis", width=share(["mention", *mentions], 0.15, 7))
        table.add_column("cue", overflow="ellipsis", width=share(["cue", *cues], 0.08, 5))
    longest_medium = max((len(q.medium or "") for q in quotes), default=6)  # a medium's name is never cut
    medium = share(["medium", *mediums], 0.25 if not wide else 0.17, max(6, longest_medium))
    table.add_column("medium", overflow="ellipsis", width=medium)
    table.add_column("conf", justify="right", no_wrap=True, min_width=len("conf"))
    for n, q in enumerate(quotes):
        extra = [mentions[n], cues[n]] if wide else []
        table.add_row(str(n + 1), _shorten(q.text, 300), names[n], q.kind, *extra, mediums[n], f"{q.confidence:.2f}")
    return table


class UsageLine(click.ClickException):
    """A usage error (an option value out of range, a missing argument) shown as one line; exit code 2."""

    exit_code = 2

    def show(self, file: Any = None) -> None:
        """Print ``onrecord COMMAND: the problem (see --help)`` on standard error."""
        click.echo(self.format_message(), err=True)


def _usage_line(exc: click.UsageError) -> UsageLine:
    where = exc.ctx.command_path if exc.ctx is not None else "onrecord"
    return UsageLine(f"{where}: {exc.format_message()} (see `{where} --help`)")


class OneLineCommand(click.Command):
    """A command whose usage errors are one line (click prints usage, a hint and the error: 4 lines)."""

    def make_context(self, info_name: str | None, args: list[str], parent: Any = None, **extra: Any) -> Any:
        """As click's, a usage error raised as ``UsageLine``."""
        try:
            return super().make_context(info_name, args, parent=parent, **extra)
        except click.UsageError as exc:
            raise _usage_line(exc) from exc


class OneLineGroup(click.Group):
    """A group whose usage errors, and its commands' and sub-groups', are one line."""

    command_class = OneLineCommand
    group_class = type  # sub-groups are OneLineGroups too

    def make_context(self, info_name: str | None, args: list[str], parent: Any = None, **extra: Any) -> Any:
        """As click's, a usage error raised as ``UsageLine``."""
        try:
            return super().make_context(info_name, args, parent=parent, **extra)
        except click.UsageError as exc:
            raise _usage_line(exc) from exc

    def resolve_command(self, ctx: click.Context, args: list[str]) -> Any:
        """As click's, an unknown command raised as ``UsageLine``."""
        try:
            return super().resolve_command(ctx, args)
        except click.UsageError as exc:
            raise _usage_line(exc) from exc


@click.group(cls=OneLineGroup)
@click.version_option(package_name="onrecord")
def main() -> None:
    """onrecord: who said what, about whom, where and when, in news text."""


def _articles(
    path: str,
    max_chars: int,
    problems: list[Problem],
    notes: dict[int, list[str]] | None = None,
    encoding: str | None = None,
) -> Any:
    """The articles read from ``path``; each problem is said on stderr and kept in ``problems``. A reader
    yields a record's warnings (a cut to --max-chars, a date dropped) just before its article: ``notes``
    gets them under the article's ``id()``, for the JSON output's ``warnings``."""
    from .. import read

    pending: list[str] = []
    for item in read(path, max_chars=max_chars, encoding=encoding):
        if isinstance(item, Problem):
            problems.append(item)
            click.echo(f"onrecord: {item.message}", err=True)
            if item.code != Err.E047.name:  # a file skipped is no article's warning
                pending = pending + [item.message] if not item.fatal else []
            continue
        if pending and notes is not None:
            notes[id(item)] = pending
        pending = []
        yield item


ENCODING_OPTION = click.option(
    "--encoding",
    default=None,
    help="Encoding of .txt and .jsonl input (a Python codec: latin-1, cp1252, utf-16...). Default: UTF-8 "
    "(a UTF-16/32 BOM obeyed); text that is not UTF-8 but is Windows-1252 is read so, with a warning (E049). "
    "HTML and WARC pages declare their own.",
)


@main.command()
@click.argument("path")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "jsonl"]),
    default="table",
    show_default=True,
    help="Output format: a table, one JSON document, or JSON Lines (one article a line). "
    "For HTML and WARC input the JSON includes the article text the offsets index.",
)
@click.option(
    "--kinds",
    default="direct,partial,indirect",
    show_default=True,
    help="Comma-separated quote kinds to keep: direct, partial, indirect, and post (embedded social posts as "
    "quotations of their authors; not kept unless named).",
)
@click.option(
    "--min-confidence",
    type=click.FloatRange(0, 1),
    default=None,
    help="Keep only quotes with at least this confidence (0 to 1).",
)
@click.option(
    "--max-chars",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_CHARS,
    show_default=True,
    help="Longest article read; longer ones are cut with a warning.",
)
@ENCODING_OPTION
def extract(
    path: str, fmt: str, kinds: str, min_confidence: float | None, max_chars: int, encoding: str | None
) -> None:
    """Extract quotations from PATH: a .txt, .jsonl, .html or .warc file (each may be .gz), a
    directory of them, or - for standard input (text, JSON Lines or an HTML page)."""
    from .. import extract_many

    problems: list[Problem] = []
    try:
        done, results, out = 0, [], sys.stdout
        notes: dict[int, list[str]] = {}
        for ex in extract_many(
            _articles(path, max_chars, problems, notes, encoding),
            kinds=kinds.split(","),
            min_confidence=min_confidence,
        ):
            done += 1
            for warning in ex.warnings:  # a budget limit was hit, or the text is not English
                # One catalogue line naming the input and the record, as ingest prints it (E027).
                where = path if ex.article.id is None else f"{path}, {ex.article.id}"
                click.echo(f"onrecord: {OnrecordError(Err.E027, source=where, detail=warning)}", err=True)
            ex.warnings[:0] = notes.pop(id(ex.article), [])  # the reader's (said already), in the JSON too: F20
            if fmt == "jsonl":
                out.write(json.dumps(ex.to_dict(), ensure_ascii=False) + "\n")
                out.flush()
            else:
                results.append(ex)
    except OnrecordError as exc:
        _fail(exc)
    if fmt == "json":
        payload: Any = [ex.to_dict() for ex in results]
        if len(payload) == 1 and not path.endswith((".jsonl", ".jsonl.gz")):
            payload = payload[0]
        out.write(json.dumps(payload, ensure_ascii=False, indent=1) + "\n")
    elif fmt == "table":
        render_table(results, out)
    fatal = [p for p in problems if p.fatal]
    if fatal:
        click.echo(f"onrecord: {done} article(s) processed, {len(fatal)} record(s) rejected.", err=True)
    if done == 0:
        if not fatal:  # nothing was said yet: say why the run fails
            _fail(OnrecordError(Err.E011, source=path))
        sys.exit(EXIT_CODES["failed"])


@main.command("eval")
@click.argument("gold")
@click.option(
    "--types",
    default=None,
    help="Comma-separated gold quote types to score (direct, indirect, mixed, partial); default all.",
)
@click.option(
    "--errors",
    "n_errors",
    type=click.IntRange(min=0),
    default=0,
    help="List up to N misses, false alarms, wrong speakers and wrong media.",
)
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Score only the first N articles.")
@click.option(
    "--half",
    type=click.Choice(["tune", "check"]),
    default=None,
    help="Score only one half of the hash split of article ids (tune on 'tune', report 'check').",
)
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True, help="Output format."
)
def eval_cmd(gold: str, types: str | None, n_errors: int, limit: int | None, half: str | None, fmt: str) -> None:
    """Score the extractor on GOLD.jsonl (schema of shared/data/gold)."""
    from ..evaluate import evaluate

    type_list = [t.strip() for t in types.split(",")] if types else None
    try:
        scores = evaluate(gold, type_list, keep_errors=n_errors > 0, limit=limit, half=half)
    except OnrecordError as exc:  # a gold file that cannot be scored is bad input, whatever its code
        click.echo(f"onrecord: {exc}", err=True)
        sys.exit(EXIT_CODES["bad_input"])
    summary = scores.summary()
    if fmt == "json":
        click.echo(
            json.dumps(
                {"summary": summary, "errors": scores.errors[:n_errors]}, ensure_ascii=False, indent=1, default=str
            )
        )
        return
    click.echo(f"{gold}  types: {types or 'all'}" + (f"  half: {half}" if half else ""))
    for key, value in summary.items():
        click.echo(f"  {key:22} {value}")
    if n_errors:
        by_kind: dict[str, list[dict[str, Any]]] = {}
        for e in scores.errors:
            by_kind.setdefault(e["kind"], []).append(e)
        for kind, errs in by_kind.items():
            click.echo(f"\n== {kind} ({len(errs)}) ==")
            for e in errs[:n_errors]:
                extra = ""
                if "predicted" in e:
                    p = e["predicted"]
                    speaker = (p.get("speaker") or {}).get("name")
                    mention = (p.get("speaker_mention") or {}).get("text")
                    extra = f" predicted speaker={speaker!r} mention={mention!r} [{p.get('evidence')}]"
                    if e["kind"] == "wrong medium":
                        extra = f" predicted medium={p.get('medium')!r} outlet={p.get('outlet')!r}"
                if "gold" in e:
                    g = e["gold"]
                    extra += f" gold {'medium' if e['kind'] == 'wrong medium' else 'speaker'}="
                    extra += repr(g.get("medium" if e["kind"] == "wrong medium" else "speaker"))
                click.echo(f"- {e['id']}{extra}\n    {_shorten(e['context'], 400)}")


# -- corpus commands: thin wrappers over onrecord.corpus (query, edits) ------------------------------

DB_OPTION = click.option("--db", "db", default="onrecord.db", show_default=True, help="The SQLite store.")
FORMAT_OPTION = click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "csv"]),
    default="table",
    show_default=True,
    help="Output format: a table for reading, JSON or CSV (every field) for tools.",
)
MIN_CONFIDENCE = click.option(
    "--min-confidence",
    type=click.FloatRange(0, 1),
    default=None,
    help="Only quotes with at least this confidence (0 to 1).",
)
# Paging, as the API's list endpoints take it (limit, offset, page): one name for one thing everywhere.
OFFSET_OPTION = click.option(
    "--offset", type=click.IntRange(min=0), default=None, help="Skip this many rows first (the API's offset)."
)
PAGE_OPTION = click.option(
    "--page",
    type=click.IntRange(min=1),
    default=None,
    help="Show this page of --limit rows (1 is the first; the API's page); not with --offset.",
)


def limit_option(default: int, what: str) -> Any:
    """A list's --limit: ``default`` (the list's ``query.*_LIMIT``, the API's default too) rows of ``what``."""
    return click.option(
        "--limit",
        type=click.IntRange(min=1),
        default=default,
        show_default=True,
        help=f"Show at most this many {what} (the API's limit, the same default).",
    )


def _skip(limit: int | None, offset: int | None, page: int | None) -> int:
    """The rows to skip for --limit/--offset/--page (``query.page_offset``); a bad pair ends the command."""
    from ..corpus.query import page_offset

    return _run(page_offset, limit, offset, page)  # type: ignore[no-any-return]


# Columns of the quote tables, and the fields a CSV of quotes carries.
QUOTE_CSV = [
    "quote_id",
    "date",
    "speaker",
    "speaker_role",
    "user_edit",
    "outlet_name",
    "outlet",
    "source",
    "title",
    "url",
    "medium",
    "kind",
    "confidence",
    "cluster_id",
    "text",
    "context",
]


def _open(db: str, *, write: bool = False) -> Any:
    from ..corpus.store import connect

    try:
        return connect(db, create=False) if write else connect(db, readonly=True)
    except OnrecordError as exc:
        _fail(exc)


def _run(fn: Any, *args: Any, **kwargs: Any) -> Any:
    try:
        return fn(*args, **kwargs)
    except OnrecordError as exc:
        _fail(exc)


def _csv(rows: list[dict[str, Any]], columns: list[str]) -> None:
    import csv

    from ..corpus.query import csv_cell

    w = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore")
    w.writeheader()
    for r in rows:
        w.writerow({c: csv_cell(",".join(map(str, r[c])) if isinstance(r.get(c), list) else r.get(c)) for c in columns})


def _emit(rows: list[dict[str, Any]], fmt: str, columns: list[str], csv_columns: list[str] | None = None) -> None:
    """Rows as JSON, CSV (``csv_columns``, default ``columns``) or a table that fits the terminal."""
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1, default=str))
        return
    if fmt == "csv":
        _csv(rows, csv_columns or columns)
        return
    cells = [[_table_cell(c, r.get(c)) for c in columns] for r in rows]
    # A link in a quote cell folds; measured whole, it made the table look wider than any terminal (trial 12
    # F16: search printed records at 160 columns). The least width counts its words up to MAX_WORD_KEPT.
    least = [
        [_clip_words(cell) if c in FOLDED_COLUMNS else cell for c, cell in zip(columns, row, strict=True)]
        for row in cells
    ]
    console = _console(sys.stdout)
    with _without_trailing_spaces(console):
        records = [list(zip(columns, row, strict=True)) for row in cells]
        _print_table(console, _rows_table(columns, cells), records, least_table=_rows_table(columns, least))


FOLDED_COLUMNS = ("quote", "text", "what")  # take the room that is left and fold at any character


def _clip_words(cell: str) -> str:
    """``cell`` with every word cut to ``MAX_WORD_KEPT`` characters (for measuring, not for showing)."""
    return _LONG_WORD.sub(lambda m: m.group(0)[:MAX_WORD_KEPT], cell)


_LONG_WORD = re.compile(r"\S{" + str(MAX_WORD_KEPT + 1) + r",}")


def _rows_table(columns: list[str], cells: list[list[str]]) -> Any:
    """A rich Table of ``cells`` under ``columns``: the quote takes the room that is left; names and
    outlets wrap at a word rather than crowd it out."""
    from rich import box
    from rich.table import Table

    table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    for i, c in enumerate(columns):
        wraps = c in ("quote", "text", "what", "speaker", "outlet", "name")
        table.add_column(
            c,
            ratio=1 if c in FOLDED_COLUMNS else None,
            overflow="fold",
            no_wrap=not wraps,
            max_width=NARROW_COLUMNS.get(c),
            min_width=None if c in FOLDED_COLUMNS else _least_width([row[i] for row in cells], wraps),
        )
    for row in cells:
        table.add_row(*row)
    return table


def _print_table(console: Any, table: Any, records: list[list[tuple[str, str]]], least_table: Any = None) -> None:
    """``table`` when the console is wide enough for every column's least width (of ``least_table``, when
    given: the same table without the columns rich may shrink), else each record as ``column: value``
    lines (trial 10 M9: at 60 columns rich dropped the name column of ``people``, and at 20 it broke names
    mid-word)."""
    from rich.measure import Measurement

    least = Measurement.get(console, console.options.update_width(UNBOUNDED_WIDTH), least_table or table).minimum
    if least <= console.width:
        console.print(table)
        return
    for record in records:
        for column, value in record:
            console.print(f"{column}: {value}", overflow="fold")
        console.print()


@contextlib.contextmanager
def _without_trailing_spaces(console: Any) -> Iterator[None]:
    """Print through ``console`` with every line's trailing spaces dropped (trial 10 L8: rich pads each
    line to the terminal's width, and the padding went into pasted output)."""
    with console.capture() as captured:
        yield
    console.file.write("".join(line.rstrip() + "\n" for line in captured.get().splitlines()))


def _quote_record(n: int, q: Any) -> list[tuple[str, str]]:
    """One quotation as the (column, value) pairs a table too narrow for the terminal prints as lines."""
    medium = (q.medium or "-") + (f" ({q.outlet})" if q.outlet else "")
    return [
        ("quote", q.text),
        ("speaker", _speaker_label(q)),
        ("kind", q.kind),
        ("medium", medium),
        ("conf", f"{q.confidence:.2f}"),
    ]


DATE_COLUMNS = ("date", "first_quoted", "last_quoted", "at", "created")  # shown as YYYY-MM-DD in a table


def _table_cell(column: str, value: Any) -> str:
    """A value as a table shows it: "-" for none, a date-time as its date (trial 8 H1: a stored
    "2026-06-30 16:34:54.488000+00:00" took 32 columns, and the name and id columns were cut for it)."""
    if value in (None, ""):
        return "-"
    text = str(value)
    if column in DATE_COLUMNS and re.match(r"\d{4}-\d{2}-\d{2}[ T]\d", text):
        return text[:10]
    return text


def _least_width(cells: list[str], wraps: bool) -> int:
    """How narrow a column may get: its widest cell when it does not wrap (an id is never cut), else its
    longest word up to ``MAX_WORD_KEPT`` (a name wraps at a word, never drops out of the table)."""
    if wraps:
        return min(MAX_WORD_KEPT, max((len(w) for cell in cells for w in cell.split()), default=1))
    return max((len(cell) for cell in cells), default=1)


def _quote_cell(r: dict[str, Any], context: bool) -> str:
    """A quote for a table: its words (or its sentence), then the article's title and link."""
    words = _shorten(r["context"], 400) if context else shown_quote(r["text"], r["kind"], 400)
    where = [_shorten(x, 200) for x in (r.get("title"), r.get("url")) if x]
    return "\n".join([words, *where])


def _quote_rows(rows: list[dict[str, Any]], context: bool) -> list[dict[str, Any]]:
    return [
        {
            **r,
            "id": r["quote_id"],
            "quote": _quote_cell(r, context),
            "speaker": (r["speaker"] or "-") + (" \u270e" if r["user_edit"] else ""),
            "outlet": r.get("outlet_name") or r.get("outlet"),
        }
        for r in rows
    ]


def _edited_note(rows: list[dict[str, Any]], fmt: str) -> None:
    if fmt == "table" and any(r["user_edit"] for r in rows):
        click.echo("\u270e speaker set by a user correction (see `onrecord correct list`)", err=True)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@DB_OPTION
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="local: processes on this machine, straight into the store. dask: a map over input shards on a Dask "
    "cluster into Parquet (--out), then merged into the store (see `onrecord load`).",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Extraction processes, 1 or more (default: one per core); with --engine dask, the LocalCluster's "
    "workers (not with --scheduler: a running scheduler has its own).",
)
@click.option("--scheduler", default=None, help="--engine dask: a running Dask scheduler, tcp://HOST:PORT.")
@click.option("--out", default=None, help="--engine dask: the Parquet output directory (default: DB.parquet).")
@click.option(
    "--load/--no-load", "load_into_db", default=True, help="--engine dask: merge the Parquet output into --db."
)
@click.option(
    "--shard-records",
    type=click.IntRange(min=1),
    default=None,
    help="--engine dask: JSON Lines records per shard (default 1000).",
)
@click.option(
    "--shard-mb",
    type=click.IntRange(min=1),
    default=None,
    help="--engine dask: MiB of a WARC file per shard (default 128); a larger file is split at record boundaries.",
)
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=16,
    show_default=True,
    help="Articles per transaction, 1 or more (--engine local).",
)
@click.option(
    "--max-chars",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_CHARS,
    show_default=True,
    help="Longest article read; longer ones are cut with a warning.",
)
@ENCODING_OPTION
@click.option(
    "--replace",
    is_flag=True,
    default=False,
    help="An article stored before (same URL, or same record of the same file) whose text has changed (an "
    "edited page, another --encoding or --max-chars) replaces the stored copy and its quotations, in one "
    "transaction; by default it is skipped as stored. Unchanged articles are skipped either way, except those the "
    "time budget cut, which are extracted again (--engine local).",
)
@click.option("--errors-log", default=None, help="JSON Lines log of bad inputs (default: DB.errors.jsonl).")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: only on a terminal).")
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True, help="Summary format."
)
def ingest(paths: tuple[str, ...], db: str, engine: str, fmt: str, **options: Any) -> None:
    """Read PATHS (files or directories: .txt, .jsonl, .html, .warc, each may be .gz) into the store;
    then re-apply user corrections and report new matches of saved searches (`onrecord watch`).

    With --engine dask the inputs are cut into shards (a WARC file, a JSON Lines file or a chunk of it,
    a run of text or HTML files), extracted on a Dask cluster into partitioned Parquet with a manifest,
    clustered by a MinHash-LSH shuffle and merged into the store; a rerun skips the shards done.

    SIGTERM or Ctrl-C stops the run cleanly: what is done is kept, one line says so (exit status 143 or
    130), and the same command again continues."""
    if engine == "dask":
        for option in ("errors_log", "replace"):  # the bad inputs are in OUT/errors/; the load never replaces
            if options[option]:
                _fail(OnrecordError(Err.E030, option="--" + option.replace("_", "-"), detail="needs --engine local"))
    else:
        for option in ("scheduler", "out", "shard_records", "shard_mb"):
            if options[option] is not None:
                _fail(OnrecordError(Err.E030, option="--" + option.replace("_", "-"), detail="needs --engine dask"))
    try:
        (_ingest_dask if engine == "dask" else _ingest_local)(list(paths), db, fmt, options)
    except KeyboardInterrupt:  # Ctrl-C outside the run's own clean stop (starting the cluster, loading)
        click.echo(
            "onrecord: stopped by SIGINT; every transaction committed is kept whole; "
            "run the same command again to continue.",
            err=True,
        )
        sys.exit(128 + signal.SIGINT.value)


def _ingest_local(paths: list[str], db: str, fmt: str, options: dict[str, Any]) -> None:
    from ..corpus import ingest as run_ingest

    errors_log = options["errors_log"]
    report = _run(
        run_ingest,
        paths,
        db,
        workers=options["workers"],
        batch_size=options["batch_size"],
        max_chars=options["max_chars"],
        errors_log=errors_log,
        progress=options["progress"],
        encoding=options["encoding"],
        replace=options["replace"],
    )
    summary = report.to_dict()
    if fmt == "json":
        click.echo(json.dumps(summary, indent=1))
    else:
        _print_ingest_summary(summary)
        if sum(report.replaced.values()):
            click.echo(
                f"replaced: {sum(report.replaced.values())} article(s) changed since they were stored "
                "(their earlier copy and its quotations deleted)"
            )
        _say_skipped_files(report.not_input_paths)
        if report.problems:
            click.echo(
                f"each bad input with its file, record and reason: {errors_log or db + '.errors.jsonl'} "
                "and the store's errors table"
            )
        _print_edits(report.corrected, report.watches)
    log = errors_log or db + ".errors.jsonl"
    where = f"each with its file, record and reason in {log} and the store's errors table"
    _list_problems([p.message for p in report.problems], len(report.problems), where)
    if report.stopped_by:
        _stopped(
            report.stopped_by,
            f"after finishing the batches in flight; {report.total_stored} article(s) stored; "
            "run the same command again to continue.",
        )
    if report.total_stored == 0 and sum(report.skipped.values()) == 0:
        sys.exit(1)


def _stopped(signal_name: str, what_happened: str) -> NoReturn:
    """One line on how a run a signal stopped ended, then exit with 128 + the signal's number (the shell's
    convention: 143 for SIGTERM, 130 for SIGINT)."""
    click.echo(f"onrecord: stopped by {signal_name} {what_happened}", err=True)
    sys.exit(128 + signal.Signals[signal_name].value)


LISTED_PROBLEMS = 20  # bad inputs an ingest lists on the terminal, one line each; the rest are counted


def _list_problems(messages: list[str], total: int, where: str) -> None:
    """The first ``LISTED_PROBLEMS`` bad inputs, one stderr line each, as ``extract`` says them, then how
    many more there are and where each is kept (``where``). Both engines end so (trial 4, F18)."""
    for message in messages[:LISTED_PROBLEMS]:
        click.echo(f"onrecord: {message}", err=True)
    shown = min(len(messages), LISTED_PROBLEMS)
    if total > shown:
        click.echo(f"onrecord: {total - shown} more bad input(s) or warning(s): {where}", err=True)


LISTED_SKIPPED = 5  # files of no input format an ingest names on the terminal; the JSON report lists all


def _say_skipped_files(paths: list[str]) -> None:
    """One stderr line for each of the first ``LISTED_SKIPPED`` files of no input format a directory held,
    as ``extract`` says them, then how many more (a corpus folder may hold hundreds of sidecar files)."""
    from ..io.ingest_readers import skipped_file

    for path in paths[:LISTED_SKIPPED]:
        click.echo(f"onrecord: {skipped_file(Path(path))}", err=True)
    if len(paths) > LISTED_SKIPPED:
        click.echo(
            f"onrecord: {len(paths) - LISTED_SKIPPED} more file(s) of no input format skipped "
            "(`--format json` lists every one under not_input_paths)",
            err=True,
        )


def _print_ingest_summary(summary: dict[str, Any]) -> None:
    click.echo(f"{'format':10} {'stored':>8} {'skipped':>8} {'rejected':>9} {'warnings':>9}")
    for f, c in summary["formats"].items():
        click.echo(f"{f:10} {c['stored']:>8} {c['skipped']:>8} {c['rejected']:>9} {c['warnings']:>9}")
    click.echo(
        f"quotes stored: {summary['quotes']}; {summary['seconds']} s; {summary['articles_per_second']} articles/s; "
        f"{summary['not_input_files']} other files ignored"
    )
    # Rejections and warnings apart, so each list adds up to its column (trial 12 F20).
    for outcome, heading in (("rejected", "rejected, why:"), ("warning", "warnings (stored), why:")):
        rows = [r for r in summary["reasons"] if r.get("outcome", "rejected") == outcome]
        if rows:
            click.echo(heading)
        for r in rows:
            click.echo(f"  {r['format']:10} {r['reason']:26} {r['count']}")


def _ingest_dask(paths: list[str], db: str, fmt: str, options: dict[str, Any]) -> None:
    from ..corpus import ingest as run_ingest
    from ..corpus.dask_engine import failed_line, rejected_lines
    from ..corpus.parquet import MANIFEST

    report = _run(
        run_ingest,
        paths,
        db,
        engine="dask",
        workers=options["workers"],
        max_chars=options["max_chars"],
        progress=options["progress"],
        scheduler=options["scheduler"],
        out=options["out"],
        load_into_db=options["load_into_db"],
        shard_records=options["shard_records"],
        shard_mb=options["shard_mb"],
        encoding=options["encoding"],
    )
    summary = report.to_dict()
    if fmt == "json":
        click.echo(json.dumps(summary, indent=1))
    else:
        shards, before = summary["shards"], summary["read_before"]
        click.echo(
            f"shards: {shards['done']} done, {shards['skipped']} done before (skipped), {shards['rejected']} "
            f"rejected, {shards['failed']} failed; {summary['articles']} articles, {summary['quotes']} quotes in "
            f"{summary['out']}; {summary['seconds']} s"
        )
        if before["files"] or summary["already_stored"]:  # what the store held was not extracted again
            click.echo(
                f"not extracted again: {before['files']} file(s) ({before['records']} records) read to the end "
                f"before, {summary['already_stored']} article(s) already in {db}"
            )
        if not report.stopped_by:  # a stopped run clusters nothing yet
            click.echo(f"clusters: {summary['clusters'].get('clusters', 0)} of 2+ quotes (MinHash-LSH shuffle)")
        if report.load is not None:
            _print_load_summary(report.load.to_dict(), db)
        if report.dashboard:  # none when every shard was done before: no cluster was started
            click.echo(report.dashboard)
        if report.load is not None:  # as the local engine ends: corrections, then saved searches
            _print_edits(report.load.corrected, report.load.watches)
    # The load's summary (stdout) already says how many bad inputs the store logged, with the query that lists them.
    where = f"every one is listed under problems in {Path(report.out) / MANIFEST}"
    messages, total = [p.message for p in report.problems], len(report.problems)
    if report.load is not None:  # each bad record the load logged, as the local engine lists them (trial 8, L4)
        said = {m for shard in report.rejected for m in shard.get("rejected") or []}  # a rejected shard's lines
        new = [m for m in report.load.messages if m not in said]
        messages += new
        total += report.load.errors - (len(report.load.messages) - len(new))
        where += f" and in the errors table of {db}"
    _list_problems(messages, total, where)
    _say_skipped_files(report.not_input_paths)
    for line in [*report.load.damaged, *report.load.incomplete] if report.load is not None else []:
        click.echo(f"onrecord: {line}", err=True)
    if not (options["progress"] or (options["progress"] is None and sys.stderr.isatty())):
        for shard in report.rejected:  # the progress bar printed these already
            for line in rejected_lines(shard):
                click.echo(line, err=True)
        for shard in report.failed:
            click.echo(failed_line(shard), err=True)
    if report.stopped_by:
        _stopped(
            report.stopped_by,
            f"after {report.done} shard(s); the shards in flight were cancelled and nothing was loaded "
            f"into {db}; run the same command again to continue.",
        )
    if report.load is not None and report.load.stopped_by:
        _stopped(report.load.stopped_by, _load_stop_line(report.load.shards, db))
    if report.done + report.skipped + report.inputs_done == 0 or (report.load is not None and report.load.damaged):
        sys.exit(1)


def _load_stop_line(shards: int, db: str) -> str:
    return (
        f"during the load into {db}, after {shards} shard(s), each committed whole; "
        "run the same command again to load the rest."
    )


def _print_edits(corrected: int, watches: list[dict[str, Any]]) -> None:
    """The end of every ingest and load: quotes user corrections changed again, new saved-search matches."""
    if corrected:
        click.echo(f"user corrections re-applied to {corrected} new quote(s)")
    _report_watches(watches)


def _print_load_summary(summary: dict[str, Any], db: str) -> None:
    click.echo(
        f"loaded into {db}: {summary['stored']} articles stored, {summary['skipped']} already there; "
        f"{summary['quotes']} quotes; {summary['seconds']} s"
    )
    if summary["errors"]:  # each one is a row of the store's errors table: say how to read them
        click.echo(
            f"{summary['errors']} bad inputs, one row each in the errors table of the store: "
            f"sqlite3 {db} 'SELECT input, record, message FROM errors'"
        )


@main.command()
@click.argument("parquet_dir")
@DB_OPTION
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: only on a terminal).")
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True, help="Summary format."
)
def load(parquet_dir: str, db: str, progress: bool | None, fmt: str) -> None:
    """Merge PARQUET_DIR (the output of `onrecord ingest --engine dask --no-load`) into the store.
    Articles already stored (same URL or text) are skipped: loading twice equals loading once. A shard
    that failed or has a damaged file is left out whole, said in one line, and the exit status is 1."""
    from ..corpus import load as run_load
    from ..corpus.dask_engine import failed_line

    report = _run(run_load, parquet_dir, db, progress=progress)
    summary = report.to_dict()
    if fmt == "json":
        click.echo(json.dumps(summary, indent=1))
    else:
        _print_load_summary(summary, db)
        _print_edits(report.corrected, report.watches)
    for shard in report.failed:
        click.echo(failed_line(shard), err=True)
    for line in [*report.damaged, *report.incomplete]:
        click.echo(f"onrecord: {line}", err=True)
    if not (report.shards or report.failed or report.damaged or report.stopped_by):  # never a silent no-op
        click.echo(f"onrecord: {parquet_dir} holds no finished shard: nothing was loaded.", err=True)
    if report.stopped_by:
        _stopped(report.stopped_by, _load_stop_line(report.shards, db))
    if (
        report.failed or report.damaged or report.incomplete
    ):  # the rest is loaded, but not everything: say so in the status
        sys.exit(1)


def _report_watches(watches: list[dict[str, Any]]) -> None:
    for w in watches:
        what = " ".join(
            x
            for x in (repr(w["text"]) if w["text"] else "", f"--speaker {w['speaker']!r}" if w["speaker"] else "")
            if x
        )
        click.echo(f"watch {w['id']} {what}: {len(w['new'])} new match(es)")
        for r in w["new"][:10]:
            click.echo(
                f"  [{r['quote_id']}] {r['date'] or '-'} {r['speaker'] or '-'} ({r['outlet_name'] or '-'}): "
                f"{shown_quote(r['text'], r['kind'], 90)}"
            )
        if len(w["new"]) > 10:
            click.echo(f"  ... and {len(w['new']) - 10} more: onrecord watch show {w['id']}")


@main.command(context_settings={"ignore_unknown_options": True})
@click.argument("words", nargs=-1)
@DB_OPTION
@click.option("--speaker", default=None, help="Only quotes by this person (part of the name).")
@click.option("--since", default=None, help="Only articles dated on or after this day (YYYY-MM-DD, YYYY-MM or YYYY).")
@click.option("--until", default=None, help="Only articles dated on or before this day (YYYY-MM-DD, YYYY-MM or YYYY).")
@click.option("--outlet", default=None, help="Only articles from this outlet (part of its site or name).")
@click.option(
    "--medium",
    default=None,
    help="Only quotes given through this medium: " + ", ".join(MEDIA) + ".",
)
@click.option("--kind", default=None, help="Only quotes of this kind: direct, partial or indirect.")
@MIN_CONFIDENCE
@click.option("--context", is_flag=True, help="Show the sentence around each quote instead of the quote alone.")
@limit_option(SEARCH_LIMIT, "quotes")
@OFFSET_OPTION
@PAGE_OPTION
@FORMAT_OPTION
def search(
    words: tuple[str, ...],
    db: str,
    speaker: str | None,
    since: str | None,
    until: str | None,
    outlet: str | None,
    medium: str | None,
    kind: str | None,
    min_confidence: float | None,
    context: bool,
    limit: int,
    offset: int | None,
    page: int | None,
    fmt: str,
) -> None:
    """Search the stored quotes. WORDS: words that must all appear, "a phrase" in double quotes,
    OR between alternatives, -word or NOT word to exclude, as one argument or several (`search wall OR
    border -Trump`; an argument holding a space is a phrase); no WORDS lists the newest quotes (an empty
    query, "", is refused)."""
    from ..corpus import query

    text = _query_of(words)

    rows = _run(
        query.search,
        _open(db),
        text,
        speaker=speaker,
        since=since,
        until=until,
        outlet=outlet,
        medium=medium,
        kind=kind,
        min_confidence=min_confidence,
        limit=limit,
        offset=_skip(limit, offset, page),
    )
    if not rows:
        filtered = any([speaker, since, until, outlet, medium, kind, min_confidence])
        click.echo(
            f"onrecord: no quotes match{' ' + repr(text) if text else ''}{' with these filters' if filtered else ''}.",
            err=True,
        )
        if fmt == "table":
            return
    _emit(
        _quote_rows(rows, context) if fmt == "table" else rows,
        fmt,
        ["id", "date", "speaker", "outlet", "quote"],
        QUOTE_CSV,
    )
    _edited_note(rows, fmt)


def _query_of(words: tuple[str, ...]) -> str | None:
    """One search query from the command line's words (trial 13 F13: `search Hannity -Trump` was refused).

    A word the shell unquoted that holds a space was a phrase ("climate change"), so it is quoted again; one
    argument is the query as given. Raises click.UsageError for ``--name``, a mistyped option (an option's
    name is never a search word: ``--limt 5`` must not search for "--limt")."""
    if not words:
        return None
    unknown = next((w for w in words if w.startswith("--") and len(w) > 2), None)
    if unknown is not None:
        raise click.UsageError(f"No such option: {unknown.split('=')[0]}")
    if len(words) == 1:
        return words[0]
    return " ".join(f'"{w}"' if " " in w.strip() and '"' not in w else w for w in words)


@main.command()
@DB_OPTION
@click.option(
    "--limit",
    type=click.IntRange(min=1),
    default=None,
    help=f"How many people to list, most quoted first (the API's limit, the same default)  [default: {PEOPLE_LIMIT}]",
)
@click.option("--top", type=click.IntRange(min=1), default=None, help="The old name of --limit.")
@OFFSET_OPTION
@PAGE_OPTION
@FORMAT_OPTION
def people(db: str, limit: int | None, top: int | None, offset: int | None, page: int | None, fmt: str) -> None:
    """The most quoted people (and organisations), with their ids for `onrecord person`."""
    from ..corpus import query

    if limit is not None and top is not None and limit != top:
        raise click.UsageError("--top is the old name of --limit; give one of them")
    size = limit or top or PEOPLE_LIMIT
    rows = _run(query.people, _open(db), size, offset=_skip(size, offset, page))
    if not rows:
        click.echo("onrecord: nobody named in the store yet; `onrecord ingest` some articles first.", err=True)
        if fmt == "table":
            return
    _emit(rows, fmt, ["id", "name", "kind", "quotes", "articles", "first_quoted", "last_quoted"])


@main.command()
@click.argument("name")
@DB_OPTION
@MIN_CONFIDENCE
@click.option("--context", is_flag=True, help="Show the sentence around each quote instead of the quote alone.")
@click.option(
    "--limit",
    type=click.IntRange(min=1),
    default=None,
    help="Show at most this many quotes (oldest first); default all.",
)
@OFFSET_OPTION
@PAGE_OPTION
@FORMAT_OPTION
def person(
    name: str,
    db: str,
    min_confidence: float | None,
    context: bool,
    limit: int | None,
    offset: int | None,
    page: int | None,
    fmt: str,
) -> None:
    """A person's timeline: each quote with date, outlet, article title and link. NAME is an id, a
    full name, or part of a name; a part that fits several people lists them (give the id)."""
    from ..corpus import query

    skip = _skip(limit, offset, page)
    p = _run(query.person, _open(db), name, min_confidence=min_confidence, limit=limit, offset=skip)
    if fmt == "json":
        click.echo(json.dumps(p, ensure_ascii=False, indent=1, default=str))
        return
    if fmt == "table":
        click.echo(
            f"{p['name']} (id {p['id']}, {p['kind']}) quotes: {p['quote_count']}  "
            f"descriptors: {', '.join(p['descriptors'][:6]) or '-'}"
        )
        for c in p["corrections"]:
            click.echo(f"  user correction {c['id']}: {_describe_correction(c)}")
        if p["fuller_names"]:  # the exact name may not be the person meant: say who else it names
            others = "; ".join(_person_choice(r) for r in p["fuller_names"])
            click.echo(f"  also named '{name}' in part: {others}; give an id for one of them")
    if not p["timeline"]:
        floor = f" with confidence {min_confidence} or more" if min_confidence is not None else ""
        click.echo(f"onrecord: no quotes by {p['name']}{floor}.", err=True)
        if fmt == "table":
            return
    _emit(
        _quote_rows(p["timeline"], context) if fmt == "table" else p["timeline"],
        fmt,
        ["id", "date", "outlet", "quote"],
        QUOTE_CSV,
    )


def _show_cluster(c: dict[str, Any], fmt: str, asked: str) -> None:
    if fmt == "json":
        click.echo(json.dumps(c, ensure_ascii=False, indent=1, default=str))
        return
    if fmt == "csv":
        _csv(c["variants"], [*QUOTE_CSV, "altered", "altered_words", "shortened_words"])
        return
    if asked.startswith("quote"):
        head = f"{asked} is one of {c['count']} version(s) of this quotation, cluster {c['cluster_id']}"
        head += f" (`onrecord cluster {c['cluster_id']}`)"
    else:
        head = f"{asked}: {c['count']} version(s) of this quotation"
    click.echo(
        f"{head}\n"
        f"speaker: {c['speaker'] or '-'}  first seen: {c['first_seen'] or '-'} in {c['first_outlet_name'] or '-'}  "
        f"altered versions: {c['altered_count']}"
    )
    for v in c["variants"]:
        mark = "ALTERED " if v["altered"] else "SHORTENED " if v.get("shortened_words") else ""
        edited = f" \u270e {v['speaker']}" if v["user_edit"] else ""
        here = " <- this quote" if asked.startswith("quote") and v["quote_id"] == c["quote_id"] else ""
        click.echo(
            f"- quote {v['quote_id']}  {v['date'] or '-'}  {v['outlet_name'] or '-'}: "
            f"{mark}{shown_quote(v['text'], v['kind'], 110)}{here}{edited}"
        )
        if v.get("altered_words"):
            click.echo(f"    differs: {v['altered_words']}")
        if v.get("shortened_words"):
            click.echo(f"    leaves out, {v['shortened_words']}")
    other = c.get("quote_of_this_id")
    if other:  # a quote id given where a cluster id was asked: say where that quote is
        click.echo(
            f"note: quote {other['quote_id']} is another quotation, in cluster {other['cluster_id']} "
            f"(`onrecord quote {other['quote_id']}`); cluster and quote ids are numbered apart"
        )


@main.command("quote")
@click.argument("quote_id", type=int)
@DB_OPTION
@FORMAT_OPTION
def quote_cmd(quote_id: int, db: str, fmt: str) -> None:
    """A quote (QUOTE_ID, as `search` and `person` show) and every version of it across outlets:
    first seen, where, and the words that differ. The versions form a cluster with its own id."""
    from ..corpus import query

    _show_cluster(_run(query.quote, _open(db), quote_id), fmt, f"quote {quote_id}")


@main.command("cluster")
@click.argument("cluster_id", type=int)
@DB_OPTION
@FORMAT_OPTION
def cluster_cmd(cluster_id: int, db: str, fmt: str) -> None:
    """A cluster by its own id (as `quote` shows): the versions of one quotation across outlets. Cluster
    ids and quote ids are numbered apart: when a quote has the same number, a last line says where it is."""
    from ..corpus import query

    _show_cluster(_run(query.cluster, _open(db), cluster_id), fmt, f"cluster {cluster_id}")


@main.command()
@DB_OPTION
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv", "parquet"]),
    default="jsonl",
    show_default=True,
    help="Output format.",
)
@click.option(
    "--output",
    "-o",
    "out",
    default=None,
    help="Output file; '-' or absent: standard output (parquet needs a file).",
)
@MIN_CONFIDENCE
def export(db: str, fmt: str, out: str | None, min_confidence: float | None) -> None:
    """Every stored quote with its context, speaker (and their role), article and outlet."""
    from ..corpus import query

    out = None if out == "-" else out  # '-' is standard output, as '-' is standard input for extract (trial 11 L12)
    n = _run(query.export, _open(db), fmt, out if out else sys.stdout, min_confidence=min_confidence)
    if out:
        click.echo(f"{n} quotes written to {out}", err=True)


# -- corrections and saved searches: onrecord.corpus.edits ------------------------------------------


def _describe_correction(c: dict[str, Any]) -> str:
    """One line saying what a correction does; never raises, whatever a stored record holds (an
    imported or hand-edited correction may lack fields): a missing name shows as its store key."""
    try:
        d = c["detail"] if isinstance(c["detail"], dict) else json.loads(c["detail"] or "{}")
    except (TypeError, ValueError):
        d = {}
    d = d if isinstance(d, dict) else {}
    action, target, value = c.get("action"), str(c.get("target") or "?"), str(c.get("value") or "?")
    names = d.get("names") if isinstance(d.get("names"), list) and len(d["names"]) == 2 else [target, value]
    name = d.get("name", value)
    if action == "merge":
        text = f"merged {names[0]} into {names[1]}"
    elif action == "split":
        count = len(d["quotes"]) if isinstance(d.get("quotes"), list) else "?"
        text = f"split {count} quote(s) of {target.split(':', 1)[-1]} off to {name}"
    elif action == "name":
        text = f"renamed {d.get('was', target)} to {name}"
    elif action == "kind":
        kind = d.get("kind", value.split(":", 1)[0])
        text = f"{name} is an {kind}" if kind == "organisation" else f"{name} is a {kind}"
    else:
        text = f"speaker of one quote set to {name}"
    return text + (f" ({c['note']})" if c.get("note") else "")


def _person_choice(r: dict[str, Any]) -> str:
    """ "5160 Barack Obama (organisation, quotes: 1)": one of the people a name may mean."""
    return f"{r['id']} {r['name']} ({r.get('kind') or 'person'}, quotes: {r['quote_count']})"


@main.group()
def correct() -> None:
    """Correct the record: merge two people, split one, fix a quote's speaker, rename a person, set
    their kind. Corrections are stored as user edits, marked \u270e wherever their quotes show, and
    re-applied after every ingest."""


@correct.command("merge")
@click.argument("person")
@click.argument("into")
@DB_OPTION
@click.option("--note", default=None, help="Why (kept with the correction).")
def correct_merge(person: str, into: str, db: str, note: str | None) -> None:
    """PERSON and INTO are one person: PERSON's quotes become INTO's (names or ids)."""
    from ..corpus import edits, query

    conn = _open(db, write=True)
    cid = _run(edits.merge, conn, person, into, note=note)
    target, value = conn.execute("SELECT target, value FROM corrections WHERE id = ?", (cid,)).fetchone()
    b = _run(query.find_person, conn, into)
    click.echo(
        f"correction {cid}: merged '{person}' ({target.split(':', 1)[0]}) into '{into}' "
        f"({value.split(':', 1)[0]} {b['id']})"
    )
    if not into.strip().isdigit():  # a namesake of another kind (trial 8 H2): say which one was taken
        namesakes = [r for r in query.fuller_names(conn, into, b["id"]) if r["name"].lower() == b["name"].lower()]
        if namesakes:
            others = "; ".join(_person_choice(r) for r in namesakes)
            click.echo(f"onrecord: '{into}' also names {others}; merged into the person {b['id']}", err=True)


@correct.command("split")
@click.argument("person")
@click.option(
    "--quotes", "quote_ids", required=True, help="Comma-separated ids of the quotes that belong to someone else."
)
@click.option("--name", "new_name", required=True, help="Who said them (a person in the store, or a new one).")
@DB_OPTION
@click.option("--note", default=None, help="Why (kept with the correction).")
def correct_split(person: str, quote_ids: str, new_name: str, db: str, note: str | None) -> None:
    """PERSON is two people: move some of their quotes to --name."""
    from ..corpus import edits
    from ..errors import Err

    try:
        ids = [int(x) for x in quote_ids.split(",") if x.strip()]
    except ValueError:
        _fail(OnrecordError(Err.E030, option="--quotes", detail=f"'{quote_ids}' is not a list of quote ids"))
    cid = _run(edits.split, _open(db, write=True), person, ids, new_name, note=note)
    click.echo(f"correction {cid}: {len(ids)} quote(s) moved from '{person}' to '{new_name}'")


@correct.command("speaker")
@click.argument("quote_id", type=int)
@click.argument("speaker")
@DB_OPTION
@click.option("--note", default=None, help="Why (kept with the correction).")
def correct_speaker(quote_id: int, speaker: str, db: str, note: str | None) -> None:
    """Quote QUOTE_ID was said by SPEAKER (an id, a name in the store, or a new name)."""
    from ..corpus import edits

    cid = _run(edits.fix_speaker, _open(db, write=True), quote_id, speaker, note=note)
    click.echo(f"correction {cid}: quote {quote_id} attributed to '{speaker}'")


@correct.command("name")
@click.argument("person")
@click.argument("new_name")
@DB_OPTION
@click.option("--note", default=None, help="Why (kept with the correction).")
def correct_name(person: str, new_name: str, db: str, note: str | None) -> None:
    """PERSON (a name or an id) is called NEW_NAME: an invented or wrong name is fixed everywhere."""
    from ..corpus import edits

    cid = _run(edits.rename, _open(db, write=True), person, new_name, note=note)
    click.echo(f"correction {cid}: '{person}' renamed '{' '.join(new_name.split())}'")


@correct.command("kind")
@click.argument("person")
@click.argument("kind", type=click.Choice(["person", "organisation"]))
@DB_OPTION
@click.option("--note", default=None, help="Why (kept with the correction).")
def correct_kind(person: str, kind: str, db: str, note: str | None) -> None:
    """PERSON (a name or an id) is a person or an organisation."""
    from ..corpus import edits

    cid = _run(edits.set_kind, _open(db, write=True), person, kind, note=note)
    click.echo(f"correction {cid}: '{person}' is now stored as {'an' if kind == 'organisation' else 'a'} {kind}")


@correct.command("list")
@DB_OPTION
@limit_option(CORRECTIONS_LIMIT, "corrections")
@OFFSET_OPTION
@PAGE_OPTION
@FORMAT_OPTION
def correct_list(db: str, limit: int, offset: int | None, page: int | None, fmt: str) -> None:
    """The corrections, oldest first, with how many quotes each holds (paged as `search`)."""
    from ..corpus import edits

    skip = _skip(limit, offset, page)
    rows = _run(edits.corrections, _open(db), limit=limit, offset=skip)
    if not rows:
        click.echo(f"onrecord: no corrections {f'past the first {skip}' if skip else 'yet'}.", err=True)
        if fmt == "table":  # JSON and CSV still print their empty list, as `search` does
            return
    _emit([{**r, "what": _describe_correction(r)} for r in rows], fmt, ["id", "at", "action", "what", "quotes"])


@correct.command("export")
@DB_OPTION
@click.option("--output", "-o", default=None, help="Output file; '-' or absent: standard output.")
def correct_export(db: str, output: str | None) -> None:
    """Every correction as JSON Lines, to carry user edits to a store rebuilt from the same inputs."""
    from ..corpus import edits

    output = None if output == "-" else output
    rows = _run(edits.export_corrections, _open(db))
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    if output:
        with open(output, "w", encoding="utf-8") as fh:
            fh.write(text)
        click.echo(f"{len(rows)} correction(s) written to {output}", err=True)
    else:
        click.echo(text, nl=False)


@correct.command("import")
@click.argument("path", type=click.File("r", encoding="utf-8"))
@DB_OPTION
def correct_import(path: Any, db: str) -> None:
    """Add the corrections in PATH (from `correct export`; - for standard input) and apply them."""
    from ..corpus import edits
    from ..errors import Err

    records, lines, not_json = [], [], []
    for n, line in enumerate(path, start=1):
        if line.strip():
            try:
                records.append(json.loads(line))
                lines.append(n)
            except json.JSONDecodeError as exc:  # said, and the other lines still imported (trial 10, M8)
                not_json.append(OnrecordError(Err.E005, source=path.name, line=n, detail=json_error_detail(exc)))
    if not records and not_json:  # nothing to import: each bad line, then the exit status of bad input data
        for problem in not_json[:-1]:
            click.echo(f"onrecord: {problem}", err=True)
        _fail(not_json[-1])
    report = _run(edits.import_corrections, _open(db, write=True), records, source=path.name, lines=lines)
    refused_all = sorted([*not_json, *report.refused], key=lambda e: _line_of(str(e)))
    for problem in refused_all:
        click.echo(f"onrecord: {problem}", err=True)
    refused = f", {len(refused_all)} refused" if refused_all else ""
    click.echo(f"{report.added} correction(s) added, {report.already} already here{refused}; all re-applied")
    if refused_all:
        sys.exit(EXIT_CODES["bad_input"])


def _line_of(message: str) -> int:
    """The line number a refusal names ("FILE, line 7: ..."), for listing them in file order; 0 if none."""
    found = re.search(r", line (\d+)", message)
    return int(found.group(1)) if found else 0


@main.group()
def watch() -> None:
    """Saved searches: `onrecord ingest` reports the new quotes that match them."""


@watch.command("add")
@click.argument("text", default="")
@click.option("--speaker", default=None, help="Only quotes by this person (part of the name).")
@DB_OPTION
def watch_add(text: str, speaker: str | None, db: str) -> None:
    """Watch for quotes matching TEXT (as in `search`) and/or by --speaker."""
    from ..corpus import edits

    conn = _open(db, write=True)
    wid = _run(edits.add_watch, conn, text, speaker=speaker)
    click.echo(f"watch {wid} saved; `onrecord ingest` will report new matches")
    if speaker and speaker.strip() and not edits.speaker_known(conn, speaker):
        click.echo(
            f"onrecord: no stored person matches '{speaker}' yet; the watch is kept for later articles.", err=True
        )


@watch.command("list")
@DB_OPTION
@limit_option(WATCHES_LIMIT, "saved searches")
@OFFSET_OPTION
@PAGE_OPTION
@FORMAT_OPTION
def watch_list(db: str, limit: int, offset: int | None, page: int | None, fmt: str) -> None:
    """The saved searches, oldest first, with their number of matches (paged as `search`)."""
    from ..corpus import edits

    skip = _skip(limit, offset, page)
    rows = _run(edits.watches, _open(db), limit=limit, offset=skip)
    if not rows and skip:
        click.echo(f"onrecord: no saved searches past the first {skip}.", err=True)
    elif not rows:
        click.echo("onrecord: no saved searches yet; add one with `onrecord watch add TEXT`.", err=True)
    if not rows and fmt == "table":  # JSON and CSV still print their empty list, as `search` does
        return
    _emit(rows, fmt, ["id", "text", "speaker", "created", "matches"])


@watch.command("show")
@click.argument("watch_id", type=int)
@DB_OPTION
@limit_option(WATCH_MATCHES_LIMIT, "quotes")
@OFFSET_OPTION
@PAGE_OPTION
@FORMAT_OPTION
def watch_show(watch_id: int, db: str, limit: int, offset: int | None, page: int | None, fmt: str) -> None:
    """A saved search's matches, best first."""
    from ..corpus import edits

    w = _run(edits.watch, _open(db), watch_id, limit=limit, offset=_skip(limit, offset, page))
    if fmt == "json":
        click.echo(json.dumps(w, ensure_ascii=False, indent=1, default=str))
        return
    if fmt == "table":
        click.echo(
            f"watch {w['id']}: {w['text']!r}"
            + (f" --speaker {w['speaker']!r}" if w["speaker"] else "")
            + f"  ({len(w['results'])} shown)"
        )
    if not w["results"]:
        click.echo(f"onrecord: nothing matches watch {w['id']} yet; `onrecord ingest` reports new matches.", err=True)
        if fmt == "table":
            return
    _emit(
        _quote_rows(w["results"], False) if fmt == "table" else w["results"],
        fmt,
        ["id", "date", "speaker", "outlet", "quote"],
        QUOTE_CSV,
    )


@watch.command("remove")
@click.argument("watch_id", type=int)
@DB_OPTION
def watch_remove(watch_id: int, db: str) -> None:
    """Delete a saved search."""
    from ..corpus import edits

    _run(edits.remove_watch, _open(db, write=True), watch_id)
    click.echo(f"watch {watch_id} removed")


@main.command()
@click.option("--db", "db", default=None, help="The SQLite store to search (optional: Analyse works without one).")
@click.option(
    "--host", default="127.0.0.1", show_default=True, help="Address to bind; only loopback unless told otherwise."
)
@click.option(
    "--port", type=click.IntRange(1, 65535), default=8000, show_default=True, help="Port to listen on (1-65535)."
)
@click.option(
    "--max-body",
    type=click.IntRange(min=1),
    default=2 * 1024 * 1024,
    show_default=True,
    help="Largest request body in bytes (413 beyond).",
)
def serve(db: str | None, host: str, port: int, max_body: int) -> None:
    """The HTTP API (reference at /docs, works offline) and the web pages."""
    import uvicorn

    from .web.app import create_app

    _check_port_free(host, port)
    app = _run(create_app, db, max_body=max_body)
    # SIGTERM: stop accepting, give requests in flight a few seconds, then exit (searches and
    # extractions are bounded, so they end within that).
    uvicorn.run(app, host=host, port=port, log_level="info", timeout_graceful_shutdown=GRACEFUL_SECONDS)


def _check_port_free(host: str, port: int) -> None:
    """One E030 line when ``host:port`` cannot be bound (in use, or no such address), where uvicorn printed
    its own block of log lines and exited (trial 8 L6). Bound and released at once, as uvicorn binds it."""
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        with socket.socket(infos[0][0], socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn: a port in TIME_WAIT is free
            probe.bind(infos[0][4])
    except OSError as exc:
        from ..errors import Err

        why = exc.strerror or str(exc)
        _fail(
            OnrecordError(
                Err.E030,
                option="--port",
                detail=f"cannot listen on {host}:{port} ({why}); stop what uses it or choose another with --port N",
            )
        )


if __name__ == "__main__":  # pragma: no cover
    main()
