"""A relations chart fit for a report: quad classes stacked per period, Goldstein on a twin axis,
and the mean tone of the events in a second panel below."""

from __future__ import annotations

from pathlib import Path

from detente.analysis.series import DyadSeries
from detente.errors import UsageError

QUAD_STYLE = {
    1: ("verbal cooperation", "#7fbf7b"),
    2: ("material cooperation", "#1b7837"),
    3: ("verbal conflict", "#f4a582"),
    4: ("material conflict", "#b2182b"),
}
"""Label and colour of each quad class: greens cooperate, reds conflict, darker is material."""

_LABEL_FORMAT = {"day": "%Y-%m-%d", "week": "%Y-%m-%d", "month": "%Y-%m", "quarter": "%Y-%m",
                 "year": "%Y"}


def _period_label(series: DyadSeries, i: int) -> str:
    p = series.points[i].period
    if series.by == "quarter":
        return f"{p.year} Q{(p.month - 1) // 3 + 1}"
    return p.strftime(_LABEL_FORMAT[series.by])


def plot_series(series: DyadSeries, *, out: str | Path, title: str | None = None) -> Path:
    """Draw ``series`` to a PNG: stacked quad-class bars (events per period) and the mean
    Goldstein score as a line on a twin axis, with legend, axis labels and the dyad as title.

    >>> plot_series(dyad_series(store, source="USA", target="RUS"), out="relations.png")  # doctest: +SKIP
    PosixPath('relations.png')
    """
    if not series.points:
        raise UsageError(f"no events for {series.label}: nothing to plot")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    xs = list(range(len(series.points)))
    fig, (ax, tone_ax) = plt.subplots(2, 1, figsize=(11, 7.5), dpi=120, sharex=True,
                                      gridspec_kw={"height_ratios": (3, 1.2)})
    try:
        bottom = [0] * len(xs)
        for q, (name, colour) in QUAD_STYLE.items():
            heights = [p.by_quad[q] for p in series.points]
            ax.bar(xs, heights, bottom=bottom, color=colour, label=name, width=0.8, zorder=2)
            bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
        ax.set_ylabel("events (distinct, per period)")
        ax.set_xlabel(series.by)
        ax.set_ylim(0, max(max(bottom), 1) * 1.08)
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.grid(axis="y", color="#dddddd", zorder=0)
        twin = ax.twinx()
        gy = [float("nan") if p.goldstein_mean is None else p.goldstein_mean for p in series.points]
        twin.plot(xs, gy, color="#2c3e91", marker="o", markersize=4, linewidth=1.8,
                  label="mean Goldstein score (gaps: no events)", zorder=3)
        twin.axhline(0, color="#2c3e91", linewidth=0.6, linestyle=":")
        twin.set_ylim(-10.5, 10.5)
        twin.set_ylabel("mean Goldstein score (-10 conflict .. +10 cooperation)")
        ax.set_xlabel("")
        tone_panel(tone_ax, series, xs)
        _ticks(tone_ax, series, xs)
        handles, labels = ax.get_legend_handles_labels()
        h2, l2 = twin.get_legend_handles_labels()
        ax.legend(handles + h2, labels + l2, loc="upper center", bbox_to_anchor=(0.5, -0.03),
                  fontsize=8.5, ncols=5, frameon=False)
        total = sum(p.events for p in series.points)
        label = series.label.replace("<->", "\u2194").replace("->", "\u2192")
        ax.set_title(title or f"Relations {label}, by {series.by} ({total} events)")
        fig.tight_layout()
        path = Path(out)
        fig.savefig(path)
    finally:
        plt.close(fig)
    return path


def tone_panel(ax, series: DyadSeries, xs: list[int]) -> None:
    """The mean tone of the period's events (-1 hostile .. +1 warm) as bars on ``ax``: how the
    news spoke of the relation, beside what happened above. Empty periods are left blank."""
    tones = [p.tone_mean for p in series.points]
    shown = [(x, t) for x, t in zip(xs, tones, strict=True) if t is not None]
    ax.bar([x for x, _ in shown], [t for _, t in shown], width=0.6, zorder=2,
           color=["#1b7837" if t >= 0 else "#b2182b" for _, t in shown])
    ax.scatter([x for x, _ in shown], [t for _, t in shown], s=12, color="#333333", zorder=3,
               label="mean tone of the events (gaps: no events)")
    ax.legend(loc="upper right", fontsize=8, frameon=False)
    ax.axhline(0, color="#555555", linewidth=0.6)
    ax.set_ylim(-1.05, 1.05)
    ax.set_ylabel("mean tone\n(-1 hostile .. +1 warm)", fontsize=8.5)
    ax.set_xlabel(series.by)
    ax.grid(axis="y", color="#dddddd", zorder=0)


def _ticks(ax, series: DyadSeries, xs: list[int]) -> None:
    step = max(1, len(xs) // 16)
    shown = xs[::step]
    ax.set_xticks(shown)
    ax.set_xticklabels([_period_label(series, i) for i in shown], rotation=45, ha="right",
                       fontsize=8)
    ax.set_xlim(-0.6, len(xs) - 0.4)
