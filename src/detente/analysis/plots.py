"""A relations chart fit for a report (PNG or SVG, by the file's suffix).

One panel per figure row, sharing the date axis: the counts panel draws, per period, the
events stacked by quad class (cooperation above the zero line, conflict below it) or the net
Goldstein score; the biggest events are numbered on the bars and quoted below the chart with
their short evidence. Another panel (a tone line, say) is a function ``(ax, series) -> None``
passed in ``panels``; each gets its own row under the counts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from detente.analysis.series import DyadSeries
from detente.errors import UsageError

QUAD_STYLE = {
    1: ("verbal cooperation", "#7fbf7b"),
    2: ("material cooperation", "#1b7837"),
    3: ("verbal conflict", "#f4a582"),
    4: ("material conflict", "#b2182b"),
}
"""Label and colour of each quad class: greens cooperate, reds conflict, darker is material."""

KINDS = ("quad", "goldstein")
"""What the bars show: events by quad class, or the net (summed) Goldstein score."""

PERIOD_DAYS = {"day": 1, "week": 7, "month": 30.4, "quarter": 91.3, "year": 365.2}
EVIDENCE_CHARS = 95
Panel = Callable[[Any, DyadSeries], None]


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """Short names by code: the first common variant (Russia), else the ISO name."""
    from detente.actors.tables import DATA, read_tsv

    names: dict[str, str] = {}
    for file in ("country_variants.tsv", "countries.tsv"):
        for row in read_tsv(DATA / file):
            names.setdefault(row["code"], row["name"])
    return names


def actor_name(code: str | None) -> str:
    """``RUS`` -> ``Russia``; IGO and unknown codes stay as they are."""
    if not code:
        return "all others"
    return _country_names().get(code, code)


def chart_title(series: DyadSeries) -> str:
    arrow = " \u2194 " if series.both else " \u2192 "
    total = sum(p.events for p in series.points)
    first, last = series.points[0].period, series.points[-1].period
    fmt = "%Y" if series.by == "year" else "%b %Y" if series.by in ("month", "quarter") else "%d %b %Y"
    span = f"{first:{fmt}}" + (f"\u2013{last:{fmt}}" if last != first else "")
    return (f"{actor_name(series.source)}{arrow}{actor_name(series.target)}: "
            f"{total:,} events by {series.by}, {span}")


def _short(text: str, limit: int = EVIDENCE_CHARS) -> str:
    text = " ".join((text or "").split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "\u2026"


def _x(series: DyadSeries) -> list[datetime]:
    """Bar centres: the middle of each period."""
    half = timedelta(days=PERIOD_DAYS[series.by] / 2)
    return [datetime.combine(p.period, datetime.min.time()) + half for p in series.points]


def _draw_quads(ax, series: DyadSeries, xs: list[datetime], width: float) -> tuple[list, list]:
    up = [0.0] * len(xs)
    down = [0.0] * len(xs)
    for q, (name, colour) in QUAD_STYLE.items():
        heights = [p.by_quad[q] for p in series.points]
        if q <= 2:
            ax.bar(xs, heights, bottom=up, width=width, color=colour, label=name, zorder=2)
            up = [b + h for b, h in zip(up, heights, strict=True)]
        else:
            ax.bar(xs, [-h for h in heights], bottom=down, width=width, color=colour, label=name, zorder=2)
            down = [b - h for b, h in zip(down, heights, strict=True)]
    ax.set_ylabel("events per " + series.by + "\n(cooperation up, conflict down)")
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{abs(v):g}"))
    return up, down


def _draw_goldstein(ax, series: DyadSeries, xs: list[datetime], width: float) -> tuple[list, list]:
    net = [p.goldstein_sum for p in series.points]
    colours = ["#1b7837" if v >= 0 else "#b2182b" for v in net]
    ax.bar(xs, net, width=width, color=colours, zorder=2)
    from matplotlib.patches import Patch

    ax.legend(handles=[Patch(color="#1b7837", label="net cooperation"),
                       Patch(color="#b2182b", label="net conflict")], loc="lower left",
              bbox_to_anchor=(0, 1.0), fontsize=8.5, frameon=False, ncols=2)
    ax.set_ylabel(f"net Goldstein score per {series.by}\n(sum over events, -10 .. +10 each)")
    return [max(v, 0) for v in net], [min(v, 0) for v in net]


def _mark(ax, series: DyadSeries, xs: list[datetime], up: list, down: list,
          notable: Sequence[dict[str, Any]]) -> list[str]:
    """Number the notable events on their bars; returns the caption lines."""
    index = {p.period: i for i, p in enumerate(series.points)}
    lines = []
    for n, ev in enumerate(notable, 1):
        i = index.get(_period_of(ev["event_date"], series))
        if i is None:
            continue
        conflict = (ev.get("goldstein") or 0) < 0
        y = down[i] if conflict else up[i]
        ax.annotate(str(n), xy=(xs[i], y), xytext=(0, -11 if conflict else 11), textcoords="offset points",
                    ha="center", va="center", fontsize=7.5, fontweight="bold", color="white", zorder=5,
                    bbox={"boxstyle": "circle,pad=0.25", "fc": "#333333", "ec": "none"})
        dyad = f"{ev.get('source_country') or '?'}\u2192{ev.get('target_country') or '?'}"
        lines.append(f"{n}  {ev['event_date']:%d %b %Y}  {ev['type']} {dyad}:  "
                     f"\u201c{_short(ev.get('evidence') or '')}\u201d")
    return lines


def _period_of(day: date, series: DyadSeries) -> date | None:
    starts = [p.period for p in series.points]
    found = None
    for start in starts:
        if start <= day:
            found = start
    return found


def _axes_style(ax, series: DyadSeries, xs: list[datetime]) -> None:
    import matplotlib.dates as mdates

    ax.axhline(0, color="#222222", linewidth=1.0, zorder=3)
    ax.grid(axis="y", color="#e3e3e3", zorder=0)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    locator = mdates.AutoDateLocator(minticks=4, maxticks=10)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    pad = timedelta(days=PERIOD_DAYS[series.by])
    ax.set_xlim(xs[0] - pad, xs[-1] + pad)


def plot_series(series: DyadSeries, *, out: str | Path, kind: str = "quad",
                notable: Sequence[dict[str, Any]] = (), title: str | None = None,
                panels: Sequence[Panel] = ()) -> Path:
    """Draw ``series`` to ``out`` (``.png`` at 150 dpi, or ``.svg``); returns the path.

    ``kind`` is ``quad`` (events stacked by quad class) or ``goldstein`` (net Goldstein);
    ``notable`` events (``notable_events``) are numbered on the bars and quoted below.

    >>> plot_series(dyad_series(store, source="USA", target="RUS"), out="relations.svg")  # doctest: +SKIP
    PosixPath('relations.svg')
    """
    if not series.points:
        raise UsageError(f"no events for {series.label}: nothing to plot")
    if kind not in KINDS:
        raise UsageError(f"plot kind {kind!r} is not one of {', '.join(KINDS)}")
    path = Path(out)
    if path.suffix.lower() not in (".png", ".svg"):
        raise UsageError(f"plot file {path} must end in .png or .svg")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = 1 + len(panels)
    fig, axes = plt.subplots(rows, 1, sharex=True, squeeze=False, figsize=(11, 5.2 + 1.8 * len(panels)),
                             height_ratios=[3] + [1.2] * len(panels))
    axes = [a[0] for a in axes]
    try:
        _draw(fig, axes, series, kind, notable, title, panels)
        with matplotlib.rc_context({"svg.fonttype": "none"}):  # SVG text stays text (editable)
            fig.savefig(path, dpi=150, bbox_inches="tight")
    finally:
        plt.close(fig)
    return path


def _draw(fig, axes, series: DyadSeries, kind: str, notable, title, panels) -> None:
    xs = _x(series)
    width = timedelta(days=PERIOD_DAYS[series.by] * 0.8)
    ax = axes[0]
    draw = _draw_quads if kind == "quad" else _draw_goldstein
    up, down = draw(ax, series, xs, width)
    lines = _mark(ax, series, xs, up, down, notable)
    top, bottom = max(up + [1]), min(down + [0])
    span = top - bottom
    ax.set_ylim(bottom - 0.12 * span if bottom < 0 else 0, top + 0.12 * span)
    if kind == "quad":
        ax.legend(loc="lower left", bbox_to_anchor=(0, 1.0), fontsize=8.5, frameon=False, ncols=4)
    for a in axes:
        _axes_style(a, series, xs)
    for panel, a in zip(panels, axes[1:], strict=True):
        panel(a, series)
    ax.set_title(title or chart_title(series), loc="left", fontsize=12, fontweight="bold", pad=26)
    if lines:
        fig.text(0.01, -0.01, "Biggest events (by |Goldstein| and reports):\n" + "\n".join(lines),
                 ha="left", va="top", fontsize=8, family="DejaVu Sans", linespacing=1.5)
    fig.tight_layout()


def tone_panel(ax, series: DyadSeries) -> None:
    """The mean tone of the period's events (-1 hostile .. +1 warm) as bars: how the news spoke
    of the relation, under what happened. Periods without events stay blank."""
    shown = [(x, p.tone_mean) for x, p in zip(_x(series), series.points, strict=True)
             if p.tone_mean is not None]
    width = timedelta(days=PERIOD_DAYS[series.by] * 0.6)
    ax.bar([x for x, _ in shown], [t for _, t in shown], width=width, zorder=2,
           color=["#1b7837" if t >= 0 else "#b2182b" for _, t in shown],
           label="mean tone of the events (blank: no events)")
    ax.axhline(0, color="#555555", linewidth=0.6)
    ax.set_ylim(-1.05, 1.05)
    ax.set_ylabel("mean tone\n(-1 hostile .. +1 warm)", fontsize=8.5)
    ax.legend(loc="upper right", fontsize=8, frameon=False)
