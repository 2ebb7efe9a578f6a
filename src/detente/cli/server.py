"""``detente serve``: the HTTP API and the dashboard."""

from __future__ import annotations

import click

from detente.cli.group import main


@main.command("serve")
@click.option("--db", default="detente.duckdb", show_default=True, type=click.Path(dir_okay=False))
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--cache", "cache_size", default=1024, show_default=True, type=click.IntRange(min=0),
              help="API responses kept in memory (the database is read-only); 0 turns it off.")
def serve_command(db, host, port, cache_size) -> None:
    """Serve the JSON API (/api, spec at /openapi.json) and the dashboard (/), read-only."""
    from detente.server import serve
    from detente.server.db import ReadOnlyDatabase

    ReadOnlyDatabase(db).close()  # a clear error now, not at the first request
    click.echo(f"detente: serving {db} at http://{host}:{port}/", err=True)
    serve(db=db, host=host, port=port, cache_size=cache_size)
