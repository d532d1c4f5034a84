"""The command line: each command is a thin wrapper over a library function."""
from __future__ import annotations

import json
import sys
from typing import Any, Iterator

import click

from .errors import OnrecordError
from .readers import DEFAULT_MAX_CHARS, Problem, read_path

KINDS = ("direct", "partial", "indirect")


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
    from . import get_pipeline

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
    for ex in pipeline.pipe(_articles(path, max_chars, problems)):
        ex.quotes = [q for q in ex.quotes if q.kind in keep]
        done += 1
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
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def eval_cmd(gold: str, types: str | None, n_errors: int, limit: int | None, fmt: str) -> None:
    """Score the extractor on GOLD.jsonl (schema of shared/data/gold)."""
    from .evaluate import evaluate

    type_list = [t.strip() for t in types.split(",")] if types else None
    try:
        scores = evaluate(gold, type_list, keep_errors=n_errors > 0, limit=limit)
    except OnrecordError as exc:
        click.echo(f"onrecord: {exc}", err=True)
        sys.exit(2)
    summary = scores.summary()
    if fmt == "json":
        click.echo(json.dumps({"summary": summary, "errors": scores.errors[:n_errors]}, ensure_ascii=False, indent=1, default=str))
        return
    click.echo(f"{gold}  types: {types or 'all'}")
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


if __name__ == "__main__":  # pragma: no cover
    main()
