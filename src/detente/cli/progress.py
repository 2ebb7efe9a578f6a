"""What ``detente ingest`` says while it works, from its first second.

Before the first article is coded it names what is loading (inputs, the language model and
dictionaries); then articles coded, articles per second, events so far and, when the inputs
can be counted cheaply, an ETA. On a terminal a live line is redrawn; otherwise (a log, a
pipe) one plain line every ``interval`` seconds, or JSON lines with ``--log-progress``.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

LINE_SUFFIXES = (".jsonl", ".ndjson", ".csv")
ONE_ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
LOADING = "loading the language model and dictionaries, then coding the first batch"


def count_articles(paths: Iterable[str], limit_files: int = 200_000) -> int | None:
    """Articles in ``paths`` when cheap to know (lines of JSON lines / CSV, one per text or
    HTML file), else None (compressed files, WARC, feeds, stdin, huge folders)."""
    total, seen = 0, 0
    for raw in paths:
        path = Path(raw)
        files = sorted(path.rglob("*")) if path.is_dir() else [path]
        for f in files:
            seen += 1
            if seen > limit_files or not f.exists():
                return None
            if f.is_dir():
                continue
            name = f.name.lower()
            if name.endswith(LINE_SUFFIXES):
                total += _lines(f) - (1 if name.endswith(".csv") else 0)
            elif name.endswith(ONE_ARTICLE_SUFFIXES):
                total += 1
            else:
                return None
    return total


def _lines(path: Path) -> int:
    n = 0
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            n += chunk.count(b"\n")
    return n


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    if seconds < 90:
        return f"{seconds} s"
    if seconds < 5400:
        return f"{seconds // 60} min {seconds % 60:02d} s"
    return f"{seconds // 3600} h {seconds % 3600 // 60:02d} min"


class IngestProgress:
    """Collects the run's state (ticks per coded article, the report per commit) and shows it."""

    def __init__(self, paths: Iterable[str], *, quiet: bool = False, json_lines: bool = False,
                 interval: float = 10.0, stream: Any = None) -> None:
        self.stream = stream or sys.stderr
        self.quiet, self.json_lines, self.interval = quiet, json_lines, interval
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)()) and not json_lines
        self.start = time.monotonic()
        self.first_at: float | None = None
        self.base: tuple[float, int] | None = None
        """(time, articles) at the end of the first burst: the rate is measured from there."""
        self.done = 0
        self.report: Any = None
        self.total: int | None = None
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._live: Any = None
        threading.Thread(target=self._count, args=(list(paths),), daemon=True).start()

    def _count(self, paths: list[str]) -> None:
        try:
            self.total = count_articles(p for p in paths if p != "-")
        except OSError:
            self.total = None

    # -- events from the run -------------------------------------------------------------
    def tick(self) -> None:
        """One article coded (not yet committed)."""
        now = time.monotonic()
        with self._lock:
            self.done += 1
            if self.first_at is None:
                self.first_at = now
            if now - self.first_at < 0.5:  # engines hand back articles a chunk at a time
                self.base = (now, self.done)

    def committed(self, report: Any) -> None:
        """A batch was committed; ``report`` is the run's IngestReport so far."""
        with self._lock:
            self.report = report
        if self.json_lines:
            self._emit_json("commit")
        self._refresh()

    # -- what is shown -------------------------------------------------------------------
    def state(self) -> dict[str, Any]:
        """The figures shown: elapsed s, phase, coded, committed, rate, events, total, eta s."""
        now = time.monotonic()
        r = self.report
        done, unchanged = self.done, (r.unchanged if r else 0)
        state: dict[str, Any] = {
            "elapsed": round(now - self.start, 1), "phase": "coding" if done else "loading",
            "coded": r.coded if r else 0, "done": done, "unchanged": unchanged,
            "rejected": len(r.rejected) if r else 0, "events": r.events if r else 0,
            "quotes": r.quotes if r else 0, "run_id": r.run_id if r else None,
            "rate": None, "total": self.total, "eta": None}
        if self.base is not None and done > self.base[1] and now - self.base[0] > 1:
            state["rate"] = round((done - self.base[1]) / (now - self.base[0]), 2)
        if state["rate"] and self.total:
            left = max(self.total - done - unchanged - state["rejected"], 0)
            state["eta"] = round(left / state["rate"])
        return state

    def line(self) -> str:
        s = self.state()
        if s["phase"] == "loading":
            return f"starting ({_duration(s['elapsed'])}): {LOADING}…"
        parts = [f"{s['done']:,}" + (f"/{s['total']:,}" if s["total"] else "") + " articles coded",
                 f"{s['rate']:.1f}/s" if s["rate"] else None,
                 f"{s['events']:,} events committed", f"{s['rejected']} rejected" if s["rejected"] else None,
                 f"ETA {_duration(s['eta'])}" if s["eta"] is not None else None,
                 f"elapsed {_duration(s['elapsed'])}"]
        return ", ".join(p for p in parts if p)

    def _emit_json(self, kind: str) -> None:
        self.stream.write(json.dumps({"kind": kind, **self.state()}) + "\n")
        self.stream.flush()

    def _refresh(self) -> None:
        if self._live is not None:
            self._live.update(self.line())

    def _beat(self) -> None:
        while not self._stop.wait(0.5 if self.tty else self.interval):
            if self.tty:
                self._refresh()
            elif self.json_lines:
                self._emit_json("progress")
            elif not self.quiet:
                self.stream.write(f"detente: {self.line()}\n")
                self.stream.flush()

    def __enter__(self) -> IngestProgress:
        if self.tty and not self.quiet:
            from rich.console import Console
            from rich.status import Status

            self._live = Status(self.line(), console=Console(file=self.stream))
            self._live.start()
        elif self.json_lines:
            self._emit_json("start")
        elif not self.quiet:
            self.stream.write(f"detente: {self.line()}\n")
            self.stream.flush()
        threading.Thread(target=self._beat, daemon=True).start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self._stop.set()
        if self._live is not None:
            self._live.stop()
