"""``detente series`` and ``detente export``: relations over time and events out to files."""

from __future__ import annotations

import click

from detente.cli.group import main
from detente.cli.options import DATE, FORMATS
from detente.cli.output import dumps, print_rows

PERIOD_CHOICES = click.Choice(["day", "week", "month", "quarter", "year"])
EXPORT_FORMATS = click.Choice(["parquet", "csv", "jsonl-plover", "gdelt-tsv"])
TABLE_COLUMNS = ("period", "events", "mentions", "articles", "quad1", "quad2", "quad3", "quad4",
                 "goldstein_mean", "tone_mean", "index")


@main.command("series")
@click.argument("source")
@click.argument("target", required=False)
@click.option("--db", default="detente.duckdb", show_default=True, type=click.Path(dir_okay=False))
@click.option("--by", type=PERIOD_CHOICES, default="month", show_default=True,
              help="Length of a period.")
@click.option("--from", "date_from", type=DATE, help="First event date counted.")
@click.option("--to", "date_to", type=DATE, help="Last event date counted.")
@click.option("--both", is_flag=True, help="Count both directions (SOURCE->TARGET and back).")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.option("--plot", type=click.Path(dir_okay=False),
              help="Also draw the chart to this file (.png or .svg).")
@click.option("--plot-kind", type=click.Choice(["quad", "goldstein"]), default="quad", show_default=True,
              help="Bars of the chart: events by quad class, or the net Goldstein score.")
@click.option("--marks", type=click.IntRange(min=0, max=12), default=5, show_default=True,
              help="Biggest events numbered on the chart and quoted under it.")
def series_command(source, target, db, by, date_from, date_to, both, fmt, plot, plot_kind, marks) -> None:
    """Events, quad classes, Goldstein, mean tone and the cooperation-conflict index of a dyad
    per period.

    SOURCE and TARGET are actor codes (USA RUS); without TARGET, SOURCE against all others.
    """
    from detente.analysis import dyad_series, notable_events, plot_series
    from detente.analysis.plots import tone_panel
    from detente.store import open_store

    with open_store(db, read_only=True) as store:
        series = dyad_series(store, source=source, target=target, both=both, by=by,
                             date_from=date_from, date_to=date_to)
        notable = notable_events(store, source=source, target=target, both=both, by=by,
                                 date_from=date_from, date_to=date_to, limit=marks) if plot and marks else []
    if plot:
        path = plot_series(series, out=plot, kind=plot_kind, notable=notable, panels=[tone_panel])
        click.echo(f"chart written to {path}", err=True)
    if fmt == "json":
        click.echo(dumps(series.to_dict(), indent=2))
        return
    rows = series.rows()
    if fmt == "table":  # a table lists the periods with events; files keep the regular grid
        shown = [r for r in rows if r["events"]]
        print_rows(shown, TABLE_COLUMNS, fmt, title=f"{series.label} by {series.by}")
        if len(shown) < len(rows):
            click.echo(f"detente: {len(rows) - len(shown)} {series.by}s without events not shown "
                       "(--format csv or json list every period)", err=True)
        return
    print_rows(rows, TABLE_COLUMNS, fmt, title=f"{series.label} by {series.by}")


@main.command("export")
@click.option("--db", default="detente.duckdb", show_default=True, type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=EXPORT_FORMATS, required=True, help="File format.")
@click.option("--out", required=True, type=click.Path(dir_okay=False), help="File to write.")
@click.option("--country", help="ISO alpha-3 code on either side of the event.")
@click.option("--from", "date_from", type=DATE, help="First event date exported.")
@click.option("--to", "date_to", type=DATE, help="Last event date exported.")
@click.option("--type", "event_type", help="PLOVER event type (AGREE, ACCUSE, ...).")
def export_command(db, fmt, out, country, date_from, date_to, event_type) -> None:
    """Write events to Parquet, CSV, PLOVER JSON lines or a GDELT-style TSV (streams)."""
    from detente.export import export_events
    from detente.store import open_store

    with open_store(db, read_only=True) as store:
        result = export_events(store, format=fmt, out=out, country=country, date_from=date_from,
                               date_to=date_to, type=event_type)
    click.echo(f"{result.rows} rows written to {result.path} ({result.format})", err=True)
