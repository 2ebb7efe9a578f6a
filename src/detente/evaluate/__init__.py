"""Evaluation against public gold sets: each task reads its gold format and scores the same
public API users call (``detente.code`` / ``code_articles``), so a published figure is what
a user gets.

Every task module exposes ``evaluate(...) -> Report``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    """Precision, recall and F1 from counts (0 where undefined)."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


@dataclass
class Table:
    title: str
    columns: list[str]
    rows: list[list[Any]]


@dataclass
class Report:
    """Scores of one evaluation run."""

    task: str
    """actors, events, quotes, times or places."""
    gold: str
    """Path of the gold data scored against."""
    metrics: dict[str, Any] = field(default_factory=dict)
    """Headline figures (flat names such as ``country_f1``)."""
    tables: list[Table] = field(default_factory=list)
    """Detail tables (per type, confusion, baseline side by side)."""
    notes: list[str] = field(default_factory=list)
    """What was counted and how (which items were excluded and why)."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "task": self.task,
            "gold": self.gold,
            "metrics": self.metrics,
            "tables": [{"title": t.title, "columns": t.columns, "rows": t.rows} for t in self.tables],
            "notes": self.notes,
        }

    def render(self) -> str:
        """Plain-text report (Markdown tables) for a terminal or docs/accuracy.md."""
        lines = [f"# {self.task} vs {self.gold}", ""]
        for key, value in self.metrics.items():
            lines.append(f"- {key}: {value}")
        for t in self.tables:
            lines += ["", f"## {t.title}", "", "| " + " | ".join(t.columns) + " |",
                      "|" + "---|" * len(t.columns)]
            for row in t.rows:
                lines.append("| " + " | ".join("" if v is None else str(v) for v in row) + " |")
        if self.notes:
            lines += ["", *[f"> {n}" for n in self.notes]]
        return "\n".join(lines) + "\n"
