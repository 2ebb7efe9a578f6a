"""Dyad series, top dyads and the relations chart over a real DuckDB file (tests/analysis/corpus.py)."""

from __future__ import annotations

import json
from datetime import date

import pytest
from click.testing import CliRunner

from detente.analysis import busiest_dyad, dyad_series, plot_series, top_dyads
from detente.analysis.series import period_grid
from detente.cli import main
from detente.errors import UsageError


def test_both_ways_by_month_counts_a_story_once(store):
    # The Geneva meeting is reported by two articles of one story: each CONSULT counts once,
    # its mentions twice; April and May are empty but present.
    s = dyad_series(store, source="usa", target="rus", both=True, by="month")
    assert [p.period for p in s.points] == [date(2021, m, 1) for m in range(3, 13)]
    march, april, _, june = s.points[:4]
    assert (march.events, march.mentions, march.articles) == (2, 2, 1)
    assert march.by_quad == {1: 0, 2: 0, 3: 2, 4: 0} and march.by_type == {"ACCUSE": 1, "REJECT": 1}
    assert (april.events, april.goldstein_mean, april.index_raw) == (0, None, None)
    assert (june.events, june.mentions, june.articles) == (3, 5, 2)
    assert june.by_type == {"CONSULT": 2, "AGREE": 1}
    assert june.goldstein_sum == pytest.approx(5.0) and june.goldstein_mean == pytest.approx(5 / 3)


def test_a_joint_event_counts_in_both_directions(store):
    # "Lavrov and Blinken met": co-sources of two countries and no target are each other's target.
    december = dyad_series(store, source="USA", target="RUS", both=True, by="month").points[-1]
    assert (december.period, december.events, december.mentions, december.articles) == (
        date(2021, 12, 1), 2, 2, 1)
    one_way = dyad_series(store, source="RUS", target="USA", by="month").points[-1]
    assert one_way.events == 1 and one_way.by_type == {"CONSULT": 1}


def test_smoothed_index_follows_the_documented_formula(store):
    # weights +1/+2/-1/-2; index_t = sum lam^k N / (1 + sum lam^k D) with lam = 0.5
    s = dyad_series(store, source="USA", target="RUS", both=True, by="month")
    march, april, may, june = s.points[:4]
    assert march.index == pytest.approx(-2 / 3)
    assert april.index == pytest.approx(-1 / 2)
    assert may.index == pytest.approx(-0.5 / 1.5)
    assert june.index == pytest.approx((-0.25 + 3) / (1 + 0.25 + 3))
    assert june.index_raw == 1.0 and -1 < june.index < 1


def test_directions_are_kept_apart(store):
    # USA -> RUS only: the accusation, one CONSULT and the agreement; RUS -> USA the rest.
    forward = dyad_series(store, source="USA", target="RUS", by="year")
    back = dyad_series(store, source="RUS", target="USA", by="year")
    assert [p.events for p in forward.points] == [4] and forward.types == ["CONSULT", "ACCUSE", "AGREE"]
    assert [p.events for p in back.points] == [3] and back.types == ["CONSULT", "REJECT"]


def test_one_country_against_all_others(store):
    # USA as source against everyone: RUS events plus the aid to Ukraine in July.
    s = dyad_series(store, source="USA", by="quarter")
    assert [(p.period, p.events) for p in s.points] == [(date(2021, 1, 1), 1), (date(2021, 4, 1), 2),
                                                       (date(2021, 7, 1), 1), (date(2021, 10, 1), 1)]
    assert s.points[2].by_quad[2] == 1 and s.label == "USA -> all others"


def test_date_range_bounds_the_grid(store):
    # An explicit range fixes the periods even where no event falls.
    s = dyad_series(store, source="RUS", target="UKR", by="month",
                    date_from=date(2021, 6, 1), date_to=date(2021, 8, 31))
    assert [(p.period.month, p.events) for p in s.points] == [(6, 0), (7, 1), (8, 0)]
    assert s.points[1].by_quad[4] == 1 and s.points[1].goldstein_mean == -9.0
    trimmed = dyad_series(store, source="RUS", target="UKR", by="month", trim=True,
                          date_from=date(2021, 6, 1), date_to=date(2021, 8, 31))
    assert [(p.period.month, p.events) for p in trimmed.points] == [(7, 1)]


def test_top_dyads_and_busiest_pair(store):
    rows = top_dyads(store, limit=10)
    assert [(r["source"], r["target"], r["events"]) for r in rows] == [
        ("USA", "RUS", 4), ("RUS", "USA", 3), ("RUS", "UKR", 1), ("USA", "UKR", 1)]
    assert rows[0]["mentions"] == 5 and rows[0]["quad1"] == 3 and rows[0]["quad3"] == 1
    assert [r["target"] for r in top_dyads(store, country="UKR")] == ["UKR", "UKR"]
    assert top_dyads(store, date_from=date(2021, 7, 1))[0]["source"] in ("RUS", "USA")
    assert busiest_dyad(store) == ("RUS", "USA")


def test_bad_arguments_name_the_choices(store):
    with pytest.raises(UsageError, match="day, week, month, quarter, year"):
        dyad_series(store, source="USA", by="decade")
    with pytest.raises(UsageError, match="actor code"):
        dyad_series(store, source="US A; DROP TABLE events")


def test_period_grid_weeks_start_on_monday():
    assert period_grid(date(2021, 6, 16), date(2021, 6, 29), "week") == [
        date(2021, 6, 14), date(2021, 6, 21), date(2021, 6, 28)]


def test_plot_writes_a_png(store, tmp_path):
    out = plot_series(dyad_series(store, source="USA", target="RUS", both=True), out=tmp_path / "r.png")
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000


def test_plot_of_an_empty_dyad_is_refused(store, tmp_path):
    with pytest.raises(UsageError, match="nothing to plot"):
        plot_series(dyad_series(store, source="FRA", target="DEU"), out=tmp_path / "x.png")


def test_cli_series_json_csv_and_plot(corpus_db, tmp_path):
    runner = CliRunner()
    res = runner.invoke(main, ["series", "USA", "RUS", "--db", str(corpus_db), "--both", "--by", "month",
                               "--format", "json", "--plot", str(tmp_path / "p.png")])
    assert res.exit_code == 0, res.output
    body = json.loads(res.stdout)
    assert body["label"] == "USA <-> RUS" and [p["events"] for p in body["points"]] == [2, 0, 0, 3, 0, 0, 0, 0, 0, 2]
    assert (tmp_path / "p.png").stat().st_size > 20_000
    res = runner.invoke(main, ["series", "USA", "RUS", "--db", str(corpus_db), "--by", "year",
                               "--format", "csv"])
    assert res.exit_code == 0 and res.stdout.splitlines()[1].startswith("2021-01-01,4,")
    res = runner.invoke(main, ["series", "USA", "--db", str(corpus_db), "--by", "fortnight"])
    assert res.exit_code == 2 and "fortnight" in res.output


def test_the_event_dyads_view_and_the_series_count_alike(store):
    # `detente summary` counts through the store's event_dyads view, the series through their
    # own unnest: both must give the same distinct events per dyad (joint events included).
    from detente.store.reader import summary

    view = {(r["source_country"], r["target_country"]): r["n"] for r in summary(store)["top_dyads"]}
    ours = {(r["source"], r["target"]): r["events"] for r in top_dyads(store, limit=50)}
    assert view == ours and view[("RUS", "USA")] == 3


def test_mean_tone_per_period_beside_goldstein(store):
    # Event tones are hand-set in the corpus: March ACCUSE -0.6 and REJECT -0.5; June two
    # CONSULTs at 0.0 (both copies) and the AGREE at +0.4; an empty period has no tone.
    s = dyad_series(store, source="USA", target="RUS", both=True, by="month")
    march, april, _, june = s.points[:4]
    assert march.tone_mean == pytest.approx(-0.55) and march.tone_events == 2
    assert april.tone_mean is None and april.to_dict()["tone_mean"] is None
    assert june.tone_mean == pytest.approx(0.4 / 3) and june.to_dict()["tone_mean"] == pytest.approx(0.1333)
    assert "tone_mean" in s.rows()[0]
    assert top_dyads(store, limit=1)[0]["tone_mean"] is not None


def test_notable_events_one_per_period_with_evidence(store):
    from detente.analysis import notable_events

    found = notable_events(store, source="USA", target="RUS", both=True, limit=5)
    assert [r["event_date"].month for r in found] == sorted(r["event_date"].month for r in found)
    assert len({(r["event_date"].year, r["event_date"].month) for r in found}) == len(found) == 3
    assert all(r["evidence"] and r["trigger"] for r in found)
    assert found[0]["type"] == "REJECT"  # March: REJECT (-4.0) outranks ACCUSE (-2.0)


def test_plot_draws_png_and_svg_with_names_and_marks(store, tmp_path):
    from detente.analysis import dyad_series, notable_events, plot_series
    from detente.analysis.plots import chart_title

    series = dyad_series(store, source="USA", target="RUS", both=True)
    assert chart_title(series).startswith("United States \u2194 Russia: 7 events by month")
    marks = notable_events(store, source="USA", target="RUS", both=True)
    svg = plot_series(series, out=tmp_path / "r.svg", notable=marks).read_text()
    assert "Biggest events" in svg or "Biggest" in svg
    png = plot_series(series, out=tmp_path / "r.png", kind="goldstein", notable=marks)
    assert png.read_bytes()[:4] == b"\x89PNG"
    with pytest.raises(UsageError, match="png or .svg"):
        plot_series(series, out=tmp_path / "r.pdf")


def test_plot_has_a_tone_panel(store, tmp_path):
    from detente.analysis import dyad_series, plot_series
    from detente.analysis.plots import tone_panel

    series = dyad_series(store, source="USA", target="RUS", both=True)
    svg = plot_series(series, out=tmp_path / "t.svg", panels=[tone_panel]).read_text()
    assert "mean tone" in svg
