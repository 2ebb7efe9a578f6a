"""The command group's last line of defence (``cli.group.DetenteGroup``): Ctrl-C that DuckDB saw
while it ran a query -- opening or migrating a database, where it reports "Query interrupted"
as a bare RuntimeError -- ends as an interrupt (exit 130, one line), like a KeyboardInterrupt;
a programming error keeps its traceback."""

from __future__ import annotations

import click
import duckdb
import pytest
from click.testing import CliRunner

from detente.cli.group import DetenteGroup
from detente.interrupt import EXIT_INTERRUPTED


def _group(exc: BaseException) -> click.Group:
    group = DetenteGroup()

    @group.command()
    def run():
        raise exc

    return group


@pytest.mark.parametrize("exc", [RuntimeError("Query interrupted"), KeyboardInterrupt(),
                                 duckdb.InterruptException("INTERRUPT Error: Interrupted!")],
                         ids=["duckdb-runtime", "keyboard", "duckdb-interrupt"])
def test_an_interrupt_seen_by_duckdb_exits_130_with_one_line(exc):
    result = CliRunner().invoke(_group(exc), ["run"])
    assert result.exit_code == EXIT_INTERRUPTED
    assert result.output.strip().splitlines()[-1].startswith("detente: interrupted")


def test_another_runtime_error_is_not_an_interrupt():
    result = CliRunner().invoke(_group(RecursionError("too deep")), ["run"])
    assert result.exit_code == 1 and isinstance(result.exception, RecursionError)


def test_a_storage_fault_is_one_error_line():
    result = CliRunner().invoke(_group(duckdb.IOException("could not open the file")), ["run"])
    assert result.exit_code != 0 and "detente: error:" in result.output
