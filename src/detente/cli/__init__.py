"""The ``detente`` command: thin commands over the public library API.

Each command parses its arguments and calls one public function. Errors end with one line
on stderr and a non-zero exit: 1 nothing could be done, 2 usage, 3 finished with some
inputs rejected, 4 the inputs held no article at all (an empty folder or file).
"""

from __future__ import annotations

import sys

import click

from detente import __version__
from detente.errors import DetenteError, UsageError

EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_PARTIAL = 3
EXIT_EMPTY = 4
EXIT_INTERRUPTED = 130


class DetenteGroup(click.Group):
    """Turns DetenteError into one clear line on stderr and the right exit code."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except UsageError as exc:
            click.echo(f"detente: error: {exc}", err=True)
            sys.exit(EXIT_USAGE)
        except DetenteError as exc:
            click.echo(f"detente: error: {exc}", err=True)
            sys.exit(EXIT_FAILED)
        except KeyboardInterrupt:
            click.echo("\ndetente: interrupted; what was committed is kept (run the same command "
                       "again to finish)", err=True)
            sys.exit(EXIT_INTERRUPTED)


@click.group(cls=DetenteGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="detente")
def main() -> None:
    """detente reads news and writes event data: who did what to whom, when, where,
    and who said what."""


def _register() -> None:
    from detente.cli import coding, evaluate, query  # noqa: F401

    for name in ("analysis", "server"):
        try:
            __import__(f"detente.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"detente.cli.{name}":
                raise


_register()
