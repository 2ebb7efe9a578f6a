"""Ctrl-C while the ``detente`` command is still starting (importing spaCy, DuckDB, Arrow:
seconds on a busy machine) ends it at once with exit 130 and one line, not a traceback from
the middle of an import. Only the ``detente`` console script arms this; the command group
puts Python's own handler back before a command runs, so from then on Ctrl-C is a
``KeyboardInterrupt`` that keeps committed batches (``cli.group``). Importing detente as a
library changes no signal handling."""

from __future__ import annotations

import os
import signal
import sys

EXIT_INTERRUPTED = 130


def _stop(signum: int, frame: object) -> None:
    import multiprocessing

    if multiprocessing.parent_process() is None:  # a Dask worker process inherits this: quiet
        os.write(2, b"\ndetente: interrupted while starting; nothing was done\n")
    os._exit(EXIT_INTERRUPTED)


def arm_for_console_script() -> None:
    """Quiet Ctrl-C handling until ``ready()``, when this process is the ``detente`` command."""
    command = os.path.basename(sys.argv[0] if sys.argv else "") == "detente"
    # a worker process sees its parent's argv, but starts with Ctrl-C ignored: leave it so
    if command and signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        try:
            signal.signal(signal.SIGINT, _stop)
        except ValueError:  # not the main thread
            pass


def ready() -> None:
    """Back to Python's Ctrl-C (``KeyboardInterrupt``) once a command is about to run."""
    if signal.getsignal(signal.SIGINT) is _stop:
        signal.signal(signal.SIGINT, signal.default_int_handler)
