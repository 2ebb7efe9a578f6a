"""``detente events``, ``detente quotes`` and ``detente summary``."""

from __future__ import annotations

import click

from detente.cli.group import main
from detente.cli.options import DATE, FORMATS
from detente.cli.output import print_rows

EVENT_COLUMNS = ("event_date", "type", "cameo", "goldstein", "tone", "source_country",
                 "target_country", "trigger", "evidence")
QUOTE_COLUMNS = ("article_date", "speaker_name", "speaker_country", "direct", "content", "article_title")
TABLE_ROWS = 100
"""Rows a table view shows without ``--limit``; file formats (csv, json) get every row."""

LIMIT_HELP = f"Most rows to print [default: {TABLE_ROWS} for the table, all for csv and json]."


def _fetch(select, fmt: str, limit: int | None, **filters) -> tuple[list[dict], bool]:
    """Rows for ``fmt`` and whether the table view was cut (one extra row is read to know)."""
    if fmt != "table":
        return select(limit=limit, flat=True, **filters), False
    shown = limit or TABLE_ROWS
    rows = select(limit=shown + 1, flat=True, **filters)
    return rows[:shown], len(rows) > shown


def _say_cut(cut: bool, n: int, what: str) -> None:
    if cut:
        click.echo(f"detente: showing the first {n} {what}; more match (--limit N to see more, "
                   "--format csv or json for all)", err=True)


@main.command("events")
@click.option("--db", default="detente.duckdb", show_default=True, type=click.Path(dir_okay=False))
@click.option("--country", help="ISO alpha-3 code on either side (USA).")
@click.option("--source", help="ISO alpha-3 code of the source actor.")
@click.option("--target", help="ISO alpha-3 code of the target actor.")
@click.option("--type", "event_type", help="PLOVER event type (AGREE, ACCUSE, ...).")
@click.option("--from", "date_from", type=DATE)
@click.option("--to", "date_to", type=DATE)
@click.option("--limit", type=click.IntRange(min=1), default=None, help=LIMIT_HELP)
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
def events_command(db, country, source, target, event_type, date_from, date_to, limit, fmt) -> None:
    """List stored events with their evidence (csv and json: the flat columns of docs/schema.md)."""
    from detente.store.reader import read_events

    rows, cut = _fetch(lambda **kw: read_events(db, **kw), fmt, limit, country=country,
                       source=source, target=target, type=event_type, date_from=date_from,
                       date_to=date_to)
    print_rows(rows, EVENT_COLUMNS, fmt, title=f"{len(rows)} events")
    _say_cut(cut, len(rows), "events")


@main.command("quotes")
@click.option("--db", default="detente.duckdb", show_default=True, type=click.Path(dir_okay=False))
@click.option("--speaker", help="Part of the speaker's name (Putin).")
@click.option("--country", help="ISO alpha-3 code of the speaker.")
@click.option("--from", "date_from", type=DATE)
@click.option("--to", "date_to", type=DATE)
@click.option("--limit", type=click.IntRange(min=1), default=None, help=LIMIT_HELP)
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
def quotes_command(db, speaker, country, date_from, date_to, limit, fmt) -> None:
    """List stored quotes with their speakers, dates and article titles."""
    from detente.store.reader import read_quotes

    rows, cut = _fetch(lambda **kw: read_quotes(db, **kw), fmt, limit, speaker=speaker,
                       country=country, date_from=date_from, date_to=date_to)
    print_rows(rows, QUOTE_COLUMNS, fmt, title=f"{len(rows)} quotes")
    _say_cut(cut, len(rows), "quotes")


@main.command("summary")
@click.option("--db", default="detente.duckdb", show_default=True, type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def summary_command(db, fmt) -> None:
    """Articles, rejections, events by type and the top dyads of a database."""
    from detente.cli.output import dumps
    from detente.store.reader import read_summary

    s = read_summary(db)
    if fmt == "json":
        click.echo(dumps(s, indent=2))
        return
    click.echo(f"{db}: {s['articles']} articles, {s['rejected']} rejected, {s['events']} events, "
               f"{s['quotes']} quotes")
    print_rows(s["events_by_type"], ("type", "n"), "table", title="events by type")
    print_rows(s["top_dyads"], ("source_country", "target_country", "n"), "table", title="top dyads")
