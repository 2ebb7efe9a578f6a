"""``detente events``, ``detente quotes`` and ``detente summary``."""

from __future__ import annotations

import click

from detente.cli.group import main
from detente.cli.options import DATE, FORMATS
from detente.cli.output import print_rows

EVENT_COLUMNS = ("event_date", "type", "cameo", "goldstein", "tone", "source", "target", "trigger",
                 "evidence")
QUOTE_COLUMNS = ("article_date", "speaker_name", "speaker_country", "direct", "content", "article_title")
"""The table view; ``--format csv``/``json`` give every column, the quote's tone and its words too."""


def _flatten_participants(rows):
    for row in rows:
        for side in ("source", "target"):
            row[side] = ",".join(p["code"] or p["country"] or "?" for p in (row.get(side) or []))
    return rows


@main.command("events")
@click.option("--db", default="detente.duckdb", show_default=True, type=click.Path(dir_okay=False))
@click.option("--country", help="ISO alpha-3 code on either side (USA).")
@click.option("--source", help="ISO alpha-3 code of the source actor.")
@click.option("--target", help="ISO alpha-3 code of the target actor.")
@click.option("--type", "event_type", help="PLOVER event type (AGREE, ACCUSE, ...).")
@click.option("--from", "date_from", type=DATE)
@click.option("--to", "date_to", type=DATE)
@click.option("--limit", type=click.IntRange(min=1), default=100, show_default=True)
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
def events_command(db, country, source, target, event_type, date_from, date_to, limit, fmt) -> None:
    """List stored events with their evidence."""
    from detente.store.reader import read_events

    rows = read_events(db, country=country, source=source, target=target, type=event_type,
                  date_from=date_from, date_to=date_to, limit=limit)
    if fmt == "table":
        rows = _flatten_participants(rows)
    print_rows(rows, EVENT_COLUMNS, fmt, title=f"{len(rows)} events")


@main.command("quotes")
@click.option("--db", default="detente.duckdb", show_default=True, type=click.Path(dir_okay=False))
@click.option("--speaker", help="Part of the speaker's name (Putin).")
@click.option("--country", help="ISO alpha-3 code of the speaker.")
@click.option("--from", "date_from", type=DATE)
@click.option("--to", "date_to", type=DATE)
@click.option("--limit", type=click.IntRange(min=1), default=100, show_default=True)
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
def quotes_command(db, speaker, country, date_from, date_to, limit, fmt) -> None:
    """List stored quotes with their speakers, dates and article titles."""
    from detente.store.reader import read_quotes

    rows = read_quotes(db, speaker=speaker, country=country, date_from=date_from, date_to=date_to, limit=limit)
    print_rows(rows, QUOTE_COLUMNS, fmt, title=f"{len(rows)} quotes")


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
