"""The command line: each command is a thin wrapper over a library function."""
from __future__ import annotations

import json
import signal
import sys
from typing import Any, Iterator

import click

from ..errors import OnrecordError
from ..io.readers import DEFAULT_MAX_CHARS, Problem, read_path

KINDS = ("direct", "partial", "indirect")
GRACEFUL_SECONDS = 5  # `serve`: how long requests in flight may finish after SIGTERM


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def render_table(results: list[Any], out: Any) -> None:
    """A readable table of each article's quotes."""
    from rich import box
    from rich.console import Console
    from rich.table import Table

    console = Console(file=out, width=None if out.isatty() else 140, force_terminal=False, no_color=not out.isatty())
    for ex in results:
        a = ex.article
        title = f"{a.id or ''}  date: {a.date or '-'}  quotes: {len(ex.quotes)}"
        table = Table(title=title, title_justify="left", show_lines=False, box=box.SIMPLE_HEAD)
        table.add_column("#", justify="right")
        table.add_column("quote", no_wrap=True)
        table.add_column("kind")
        table.add_column("speaker")
        table.add_column("mention")
        table.add_column("cue")
        table.add_column("medium")
        table.add_column("conf", justify="right")
        for n, q in enumerate(ex.quotes, start=1):
            table.add_row(
                str(n),
                _shorten(q.text, 48),
                q.kind,
                (q.speaker.name or f"({q.speaker.descriptors[0] if q.speaker.descriptors else 'unnamed'})") if q.speaker else "-",
                q.speaker_mention.text if q.speaker_mention else "-",
                q.cue.text if q.cue else "-",
                (q.medium or "-") + (f" ({q.outlet})" if q.outlet else ""),
                f"{q.confidence:.2f}",
            )
        console.print(table)
        if ex.social_posts:
            for s in ex.social_posts:
                console.print(f"social post: {s.platform} {s.author} {s.handle or ''} {s.date or ''} {s.url or ''} \u201c{_shorten(s.text, 60)}\u201d")
        if ex.noise:
            console.print("noise: " + ", ".join(f"{n.text!r} ({n.why})" for n in ex.noise))
        console.print()


@click.group()
@click.version_option(package_name="onrecord")
def main() -> None:
    """onrecord: who said what, about whom, where and when, in news text."""


def _articles(path: str, max_chars: int, problems: list[Problem]) -> Iterator[Any]:
    for item in read_path(path, max_chars=max_chars):
        if isinstance(item, Problem):
            problems.append(item)
            click.echo(f"onrecord: {item.message}", err=True)
            continue
        yield item


@main.command()
@click.argument("path")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl"]), default="table", show_default=True, help="Output format.")
@click.option("--kinds", default=",".join(KINDS), show_default=True, help="Comma-separated quote kinds to keep: direct, partial, indirect.")
@click.option("--max-chars", type=int, default=DEFAULT_MAX_CHARS, show_default=True, help="Longest article read; longer ones are cut with a warning.")
def extract(path: str, fmt: str, kinds: str, max_chars: int) -> None:
    """Extract quotations from PATH (.txt, .jsonl, or - for standard input)."""
    from .. import get_pipeline

    keep = {k.strip() for k in kinds.split(",") if k.strip()}
    unknown = keep - set(KINDS)
    if unknown:
        raise click.BadParameter(f"unknown kind(s): {', '.join(sorted(unknown))}; choose from {', '.join(KINDS)}", param_hint="--kinds")
    problems: list[Problem] = []
    try:
        pipeline = get_pipeline()
    except OnrecordError as exc:
        click.echo(f"onrecord: {exc}", err=True)
        sys.exit(2)
    done = 0
    results = []
    out = sys.stdout
    for ex in pipeline.pipe(_articles(path, max_chars, problems), kinds=keep):
        done += 1
        for warning in ex.warnings:  # a budget limit was hit (onrecord.pipeline.budget)
            click.echo(f"onrecord: {ex.article.id or path}: {warning}", err=True)
        if fmt == "jsonl":
            out.write(json.dumps(ex.to_dict(), ensure_ascii=False) + "\n")
            out.flush()
        else:
            results.append(ex)
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
        sys.exit(1)


@main.command("eval")
@click.argument("gold")
@click.option("--types", default=None, help="Comma-separated gold quote types to score (direct, indirect, mixed, partial); default all.")
@click.option("--errors", "n_errors", type=int, default=0, help="List up to N misses, false alarms and wrong speakers.")
@click.option("--limit", type=int, default=None, help="Score only the first N articles.")
@click.option(
    "--half",
    type=click.Choice(["tune", "check"]),
    default=None,
    help="Score only one half of the hash split of article ids (tune on 'tune', report 'check').",
)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def eval_cmd(gold: str, types: str | None, n_errors: int, limit: int | None, half: str | None, fmt: str) -> None:
    """Score the extractor on GOLD.jsonl (schema of shared/data/gold)."""
    from ..evaluate import evaluate

    type_list = [t.strip() for t in types.split(",")] if types else None
    try:
        scores = evaluate(gold, type_list, keep_errors=n_errors > 0, limit=limit, half=half)
    except OnrecordError as exc:
        click.echo(f"onrecord: {exc}", err=True)
        sys.exit(2)
    summary = scores.summary()
    if fmt == "json":
        click.echo(json.dumps({"summary": summary, "errors": scores.errors[:n_errors]}, ensure_ascii=False, indent=1, default=str))
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
                    extra = f" predicted speaker={(p.get('speaker') or {}).get('name')!r} mention={(p.get('speaker_mention') or {}).get('text')!r} [{p.get('evidence')}]"
                if "gold" in e:
                    g = e["gold"]
                    extra += f" gold speaker={g.get('speaker')!r}"
                click.echo(f"- {e['id']}{extra}\n    {_shorten(e['context'], 400)}")


# -- corpus commands: thin wrappers over onrecord.corpus and onrecord.query ---------------------

DB_OPTION = click.option("--db", "db", default="onrecord.db", show_default=True, help="The SQLite store.")


def _fail(exc: OnrecordError) -> None:
    click.echo(f"onrecord: {exc}", err=True)
    sys.exit(2)


def _open_ro(db: str):  # type: ignore[no-untyped-def]
    from ..corpus.store import connect

    try:
        return connect(db, readonly=True)
    except OnrecordError as exc:
        _fail(exc)


def _emit(rows: list[dict[str, Any]], fmt: str, columns: list[str]) -> None:
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1, default=str))
        return
    if fmt == "csv":
        import csv

        w = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow(r)
        return
    from rich import box
    from rich.console import Console
    from rich.table import Table

    out = sys.stdout
    console = Console(file=out, width=None if out.isatty() else 160, no_color=not out.isatty())
    table = Table(box=box.SIMPLE_HEAD)
    for c in columns:
        table.add_column(c, no_wrap=c != "text", max_width=70 if c == "text" else None)
    for r in rows:
        table.add_row(*[_shorten(str(r.get(c)) if r.get(c) is not None else "-", 70) for c in columns])
    console.print(table)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@DB_OPTION
@click.option("--workers", type=int, default=None, help="Extraction processes (default: one per core).")
@click.option("--batch-size", type=int, default=16, show_default=True, help="Articles per transaction.")
@click.option("--max-chars", type=int, default=DEFAULT_MAX_CHARS, show_default=True, help="Longest article read; longer ones are cut with a warning.")
@click.option("--errors-log", default=None, help="JSON Lines log of bad inputs (default: DB.errors.jsonl).")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: only on a terminal).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True, help="Summary format.")
def ingest(paths: tuple[str, ...], db: str, workers: int | None, batch_size: int, max_chars: int, errors_log: str | None, progress: bool | None, fmt: str) -> None:
    """Read PATHS (files or directories: .txt, .jsonl[.gz], .html[.gz], .warc[.gz]) into the store."""
    from ..corpus import ingest as run_ingest

    try:
        report = run_ingest(list(paths), db, workers=workers, batch_size=batch_size, max_chars=max_chars, errors_log=errors_log, progress=progress)
    except OnrecordError as exc:
        _fail(exc)
    summary = report.to_dict()
    if fmt == "json":
        click.echo(json.dumps(summary, indent=1))
    else:
        click.echo(f"{'format':10} {'stored':>8} {'skipped':>8} {'rejected':>9} {'warnings':>9}")
        for f, c in summary["formats"].items():
            click.echo(f"{f:10} {c['stored']:>8} {c['skipped']:>8} {c['rejected']:>9} {c['warnings']:>9}")
        click.echo(f"quotes stored: {summary['quotes']}; {summary['seconds']} s; {summary['articles_per_second']} articles/s; {summary['not_input_files']} other files ignored")
        if summary["reasons"]:
            click.echo("reasons:")
            for r in summary["reasons"]:
                click.echo(f"  {r['format']:10} {r['reason']:26} {r['count']}")
        if report.problems:
            click.echo(f"each bad input with its file, record and reason: {errors_log or db + '.errors.jsonl'} and the store's errors table")
    if report.stopped_by:
        click.echo(
            f"onrecord: stopped by {report.stopped_by} after finishing the batches in flight; "
            f"{report.total_stored} article(s) stored; run the same command again to continue.",
            err=True,
        )
        sys.exit(128 + signal.Signals[report.stopped_by].value)
    if report.total_stored == 0 and sum(report.skipped.values()) == 0:
        sys.exit(1)


@main.command()
@click.argument("text", default="")
@DB_OPTION
@click.option("--speaker", default=None, help="Only quotes by this person (part of the name).")
@click.option("--since", default=None, help="Only articles dated on or after (YYYY-MM-DD).")
@click.option("--until", default=None, help="Only articles dated on or before (YYYY-MM-DD).")
@click.option("--outlet", default=None, help="Only articles from this site or outlet (part of it).")
@click.option("--medium", default=None, help="Only quotes with this medium (instagram, twitter, tv...).")
@click.option("--kind", type=click.Choice(["direct", "partial", "indirect"]), default=None)
@click.option("--limit", type=int, default=50, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
def search(text: str, db: str, speaker: str | None, since: str | None, until: str | None, outlet: str | None, medium: str | None, kind: str | None, limit: int, fmt: str) -> None:
    """Full-text search of the stored quotes."""
    from ..corpus import query

    conn = _open_ro(db)
    try:
        rows = query.search(conn, text, speaker=speaker, since=since, until=until, outlet=outlet, medium=medium, kind=kind, limit=limit)
    except OnrecordError as exc:
        _fail(exc)
    _emit(rows, fmt, ["quote_id", "date", "speaker", "outlet", "medium", "kind", "text"])


@main.command()
@DB_OPTION
@click.option("--top", type=int, default=20, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
def people(db: str, top: int, fmt: str) -> None:
    """The most quoted people."""
    from ..corpus import query

    _emit(query.people(_open_ro(db), top), fmt, ["id", "name", "kind", "quotes", "articles", "first_quoted", "last_quoted"])


@main.command()
@click.argument("name")
@DB_OPTION
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
def person(name: str, db: str, fmt: str) -> None:
    """A person's timeline: each quote with date, outlet and medium."""
    from ..corpus import query

    try:
        p = query.person(_open_ro(db), name)
    except OnrecordError as exc:
        _fail(exc)
    if fmt == "json":
        click.echo(json.dumps(p, ensure_ascii=False, indent=1, default=str))
        return
    if fmt == "table":
        click.echo(f"{p['name']} ({p['kind']}) quotes: {p['quote_count']}  descriptors: {', '.join(p['descriptors'][:6]) or '-'}")
    _emit(p["timeline"], fmt, ["quote_id", "date", "outlet", "medium", "kind", "text"])


@main.command("quote")
@click.argument("quote_id", type=int)
@DB_OPTION
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def quote_cmd(quote_id: int, db: str, fmt: str) -> None:
    """A quote's cluster: first seen, where, and every variant with its differing words."""
    from ..corpus import query

    try:
        c = query.quote(_open_ro(db), quote_id)
    except OnrecordError as exc:
        _fail(exc)
    if fmt == "json":
        click.echo(json.dumps(c, ensure_ascii=False, indent=1, default=str))
        return
    click.echo(f"cluster {c['cluster_id']}  speaker: {c['speaker'] or '-'}  first seen: {c['first_seen'] or '-'} at {c['first_outlet'] or '-'}  variants: {c['count']}  altered: {c['altered_count']}")
    for v in c["variants"]:
        mark = "ALTERED " if v["altered"] else ""
        click.echo(f"- [{v['quote_id']}] {v['date'] or '-'} {v['outlet'] or '-'}: {mark}\u201c{_shorten(v['text'], 110)}\u201d")
        if v.get("altered_words"):
            click.echo(f"    differs: {v['altered_words']}")


@main.command()
@DB_OPTION
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), default="jsonl", show_default=True)
@click.option("--output", "-o", default=None, help="Output file (standard output if absent; required for parquet).")
def export(db: str, fmt: str, output: str | None) -> None:
    """Every stored quote with its article and speaker."""
    from ..corpus import query

    conn = _open_ro(db)
    try:
        n = query.export(conn, fmt, output if output else sys.stdout)
    except OnrecordError as exc:
        _fail(exc)
    if output:
        click.echo(f"{n} quotes written to {output}", err=True)


@main.command()
@click.option("--db", "db", default=None, help="The SQLite store to search (optional: Analyse works without one).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind; only loopback unless told otherwise.")
@click.option("--port", type=int, default=8000, show_default=True)
@click.option("--max-body", type=int, default=2 * 1024 * 1024, show_default=True, help="Largest request body in bytes (413 beyond).")
def serve(db: str | None, host: str, port: int, max_body: int) -> None:
    """The HTTP API (docs at /docs) and the web pages."""
    import uvicorn

    from .web.app import create_app

    try:
        app = create_app(db, max_body=max_body)
    except OnrecordError as exc:
        _fail(exc)
    # SIGTERM: stop accepting, give requests in flight a few seconds, then exit (searches and
    # extractions are bounded, so they end within that).
    uvicorn.run(app, host=host, port=port, log_level="info", timeout_graceful_shutdown=GRACEFUL_SECONDS)


if __name__ == "__main__":  # pragma: no cover
    main()
