"""The ``detente`` command group: exit codes, and errors turned into one line on stderr.

Command modules (``detente.cli.coding``, ...) add their commands to ``main``; the package
imports them, so ``detente.cli.main`` has every command."""

from __future__ import annotations

import sys

import click

from detente.errors import DetenteError, UsageError
from detente.version import __version__

EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_PARTIAL = 3
EXIT_EMPTY = 4
EXIT_INTERRUPTED = 130


class DetenteGroup(click.Group):
    """Turns DetenteError into one clear line on stderr and the right exit code."""

    def invoke(self, ctx: click.Context):
        from detente.interrupt import ready

        ready()
        try:
            return super().invoke(ctx)
        except UsageError as exc:
            click.echo(f"detente: error: {exc}", err=True)
            sys.exit(EXIT_USAGE)
        except DetenteError as exc:
            click.echo(f"detente: error: {exc}", err=True)
            sys.exit(EXIT_FAILED)
        except KeyboardInterrupt:
            _interrupted()
        except (OSError, RuntimeError, _duckdb_error()) as exc:  # storage faults not caught closer to them
            from detente.store import is_interrupt

            if is_interrupt(exc):  # Ctrl-C while DuckDB ran a query (opening, migrating): "Query interrupted"
                _interrupted()
            if not isinstance(exc, (OSError, _duckdb_error())):
                raise  # a programming error, not storage: its traceback is the report
            click.echo(f"detente: error: {_storage_message(exc)}", err=True)
            sys.exit(EXIT_FAILED)


def _interrupted() -> None:
    click.echo("\ndetente: interrupted; what was committed is kept (run the same command "
               "again to finish)", err=True)
    sys.exit(EXIT_INTERRUPTED)


def _duckdb_error() -> type[Exception]:
    import duckdb

    return duckdb.Error


def _storage_message(exc: BaseException) -> str:
    from detente.store.faults import explain

    path = getattr(exc, "filename", None) or "the database"
    return explain(str(path), exc)


@click.group(cls=DetenteGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="detente")
def main() -> None:
    """detente reads news and writes event data: who did what to whom, when, where,
    and who said what."""
