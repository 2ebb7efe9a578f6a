"""Relations over time, read from the store: dyad series, top dyads and the relations chart.

>>> from detente import open_store
>>> from detente.analysis import dyad_series
>>> with open_store("detente.duckdb", read_only=True) as store:  # doctest: +SKIP
...     series = dyad_series(store, source="USA", target="RUS", both=True, by="month")
"""

from __future__ import annotations

from detente.analysis.plots import plot_series
from detente.analysis.series import (
    PERIODS,
    DyadSeries,
    SeriesPoint,
    busiest_dyad,
    dyad_series,
    notable_events,
    top_dyads,
)

__all__ = ["PERIODS", "DyadSeries", "SeriesPoint", "busiest_dyad", "dyad_series", "notable_events",
           "plot_series", "top_dyads"]
