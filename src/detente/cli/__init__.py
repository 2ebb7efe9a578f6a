"""The ``detente`` command: thin commands over the public library API.

Each command parses its arguments and calls one public function. Errors end with one line
on stderr and a non-zero exit: 1 nothing could be done, 2 usage, 3 finished with some
inputs rejected, 4 the inputs held no article at all (an empty folder).
"""

from __future__ import annotations

from detente.cli.group import (
    EXIT_EMPTY,
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_PARTIAL,
    EXIT_USAGE,
    main,
)

__all__ = ["EXIT_EMPTY", "EXIT_FAILED", "EXIT_INTERRUPTED", "EXIT_PARTIAL", "EXIT_USAGE", "main"]


def _register() -> None:
    from detente.cli import coding, evaluate, query  # noqa: F401

    for name in ("analysis", "server"):
        try:
            __import__(f"detente.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"detente.cli.{name}":
                raise


_register()
