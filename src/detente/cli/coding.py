"""``detente code`` and ``detente ingest``."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from detente.cli.group import EXIT_EMPTY, EXIT_FAILED, EXIT_PARTIAL, main
from detente.cli.options import DATE
from detente.cli.output import dumps


@main.command("code")
@click.argument("path", required=False)
@click.option("--jsonl", "jsonl", type=click.Path(dir_okay=False, allow_dash=True),
              help="Code every line of a JSON-lines file ({id, text, date?, title?}); one JSON object out per line.")
@click.option("--date", type=DATE, help="Publication date, when the input has none.")
@click.option("--format", "fmt", type=click.Choice(["json", "table"]), default="json", show_default=True)
@click.option("--actors", "actors_file", type=click.Path(exists=True, dir_okay=False),
              help="Your own actor dictionary (YAML) that overrides and extends detente's.")
def code_command(path, jsonl, date, fmt, actors_file) -> None:
    """Code one article (a file, or - for stdin) and print the result.

    Prints the JSON contract documented in the README; with --jsonl prints one object per
    input line, in input order (rejected lines as {"id", "origin", "rejected": reason}).
    """
    from detente.pipeline import code_articles
    from detente.readers import read_inputs
    from detente.records import Rejection
    from detente.resources import Resources

    source = jsonl or path
    if not source:
        raise click.UsageError("give a PATH (or - for stdin), or --jsonl FILE")
    if source != "-" and Path(source).is_dir():
        raise click.UsageError(f"{source} is a folder; use `detente ingest {source}` for folders")
    resources = Resources(actors_file=actors_file)
    records = list(read_inputs([source], date=date))
    if not records:
        click.echo(f"detente: error: no article found in {source} (nothing to code)", err=True)
        sys.exit(EXIT_EMPTY)
    single = not jsonl and len(records) == 1
    rejected = 0
    articles = [r for r in records if not isinstance(r, Rejection)]
    coded = iter(code_articles(articles, resources=resources))
    for record in records:
        if isinstance(record, Rejection):
            rejected += 1
            click.echo(f"detente: rejected {record.origin}: {record.reason}", err=True)
            if not single:
                click.echo(dumps({"id": record.article_id, "origin": record.origin, "rejected": record.reason}))
            continue
        result = next(coded)
        if fmt == "table":
            _print_table(result)
        else:
            click.echo(dumps(result.to_dict(), indent=2 if single else None))
    if rejected:
        sys.exit(EXIT_FAILED if rejected == len(records) else EXIT_PARTIAL)


def _print_table(coded) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    a = coded.article
    console.print(f"[bold]{a.title or a.id}[/bold]  {a.date or ''} ({a.date_source})")
    table = Table(title="events")
    for col in ("type", "cameo", "goldstein", "tone", "source", "target", "date", "trigger", "rule"):
        table.add_column(col)
    for e in coded.events:
        table.add_row(e.type, e.cameo, f"{e.goldstein:g}", "" if e.tone is None else f"{e.tone:+.2f}",
                      ",".join(p.country or "?" for p in e.source),
                      ",".join(p.country or "?" for p in e.target), e.date or "", e.trigger, e.rule)
    console.print(table)
    if coded.tone:
        console.print(f"tone {coded.tone.score:+.2f} ({coded.tone.label}), GDELT tone "
                      f"{coded.tone.avg_tone:+.2f}")
    console.print(f"{len(coded.sentences)} sentences, {len(coded.mentions)} mentions, "
                  f"{len(coded.quotes)} quotes, {len(coded.times)} times, {len(coded.places)} places")


@main.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", default="detente.duckdb", show_default=True, type=click.Path(dir_okay=False))
@click.option("--date", type=DATE, help="Publication date for inputs that have none.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True)
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: number of cores).")
@click.option("--scheduler", help="Dask scheduler address (tcp://HOST:PORT); default: a local cluster.")
@click.option("--actors", "actors_file", type=click.Path(exists=True, dir_okay=False),
              help="Your own actor dictionary (YAML) that overrides and extends detente's.")
@click.option("--commit-every", type=click.IntRange(min=1), default=256, show_default=True,
              help="Articles per committed batch: a killed run loses at most this many.")
@click.option("--log-progress", is_flag=True,
              help="Progress as JSON lines on stderr: one at the start, one per committed batch, "
                   "one every 10 s (for logs and scripts).")
@click.option("--quiet", is_flag=True, help="No progress display (--log-progress still logs).")
def ingest_command(paths, db, date, engine, workers, scheduler, actors_file, commit_every,
                   log_progress, quiet) -> None:
    """Code files and folders (txt, html, jsonl, csv, ...) into a DuckDB database.

    Re-running is idempotent: unchanged articles are skipped, changed ones replaced.
    Progress shows from the start (a live line on a terminal, a plain line every 10 s in a log).
    Exit code 3 when some inputs were rejected (listed at the end and in `rejections`), 4 when
    the inputs hold no article at all.
    """
    from rich.console import Console

    from detente.cli.progress import IngestProgress
    from detente.ingest import ingest_paths

    console = Console(stderr=True, soft_wrap=True)
    workers = workers or os.cpu_count() or 1
    with IngestProgress(paths, quiet=quiet, json_lines=log_progress) as progress:
        report = ingest_paths(list(paths), db=db, date=date, engine=engine, workers=workers,
                        scheduler=scheduler, actors_file=actors_file, chunk_size=commit_every,
                        progress=progress.committed, tick=progress.tick)
    console.print(f"[bold]{db}[/bold]: {report.coded} coded, {report.unchanged} skipped as unchanged, "
                  f"{len(report.rejected)} rejected; {report.events} events, {report.quotes} quotes "
                  f"(run {report.run_id})")
    if report.exit_code == EXIT_EMPTY:
        console.print(f"detente: error: no article found in {', '.join(paths)} (nothing to code; "
                      "readable inputs: .txt, .html, .jsonl, .csv, .warc, feeds, folders of them)",
                      markup=False, highlight=False)
    for r in report.rejected[:50]:
        console.print(f"  rejected {r.origin}: {r.reason}", markup=False, highlight=False)
    if len(report.rejected) > 50:
        console.print(f"  … and {len(report.rejected) - 50} more (see the rejections table)")
    sys.exit(report.exit_code)


@main.command("explain")
@click.argument("text")
@click.option("--date", type=DATE, help="Publication date of the text.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def explain_command(text, date, fmt) -> None:
    """Why TEXT (a sentence or an article; - for stdin) gave the event rows it gave: each
    sentence's candidate triggers and where each was dropped (no source, a named guard, no
    interaction ...) or the row it wrote. Slower than `code`; for diagnosis only."""
    from detente.events.explain import explain

    if text == "-":
        text = sys.stdin.read()
    sentences = explain(text, date=date)
    if fmt == "json":
        click.echo(dumps([{"sentence": s.index, "text": s.text, "status": s.status, "names": s.names,
                           "candidates": [{"trigger": c.trigger, "lemma": c.lemma, "pos": c.pos, "entry": c.entry,
                                           "lexicon_type": c.lexicon_type, "coded": c.coded, "fate": c.fate,
                                           "outer": c.outer, "rows": [e.to_dict() for e in c.rows]}
                                          for c in s.candidates],
                           "rule_rows": [e.to_dict() for e in s.rule_rows]} for s in sentences], indent=2))
        return
    for s in sentences:
        status = s.status + (f" (names {s.names})" if s.status == "no actor" and s.names else "")
        click.echo(f"[{s.index}] {status}: {' '.join(s.text.split())}")
        if s.status == "coded" and not s.candidates and not s.rule_rows:
            click.echo("    no candidate trigger")
        for cand in s.candidates:
            click.echo(f"    {cand.describe()}")
        for event in s.rule_rows:
            click.echo(f"    rule row: {event.type} [{event.rule}] {event.trigger}")
