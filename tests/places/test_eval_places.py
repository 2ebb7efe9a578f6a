"""Evaluation gates: resolution and recognition floors on TR-News, LGL and GeoWebNews.

Floors sit a little under the figures measured when they were pinned (docs/accuracy/places.md).
The default run scores resolution on all of TR-News and the first 150 LGL articles, and
recognition on the first 10 TR-News articles; full runs are marked slow.
"""

from __future__ import annotations

import pytest

from detente.evaluate.places import evaluate, haversine_km, read_gold
from tests.conftest import shared_data


def _gold(name):
    return shared_data("geoparsing", name)


def test_haversine_one_degree_of_latitude():
    # the distance used for acc@161km: one degree of latitude is ~111 km
    assert abs(haversine_km(46.0, 6.0, 47.0, 6.0) - 111.2) < 0.5


def test_tr_news_offsets_are_realigned():
    # TR-News offsets drift: every gold phrase must be found at its (realigned) offsets
    articles = read_gold(_gold("TR-News.xml"))
    spans = [(a.text[g.start:g.end], g.phrase) for a in articles for g in a.toponyms]
    matching = sum(text == phrase for text, phrase in spans)
    assert matching / len(spans) > 0.99


def test_resolution_tr_news_full():
    # all 1,275 TR-News toponyms with coordinates (measured .916; held-out half .897)
    report = evaluate([_gold("TR-News.xml")], recognition=False)
    assert report.metrics["TR-News_all_acc161"] >= 0.90
    assert report.metrics["TR-News_all_held-out_acc161"] >= 0.88
    assert report.metrics["TR-News_all_country_acc"] >= 0.92


def test_resolution_lgl_subset():
    # first 150 LGL articles (measured .837)
    report = evaluate([_gold("lgl.xml")], recognition=False, limit=150)
    assert report.metrics["lgl_all_acc161"] >= 0.82


def test_recognition_tr_news_subset():
    # our own detection on the first 10 TR-News articles (measured .904)
    report = evaluate([_gold("TR-News.xml")], limit=10)
    assert report.metrics["TR-News_recognition_f1"] >= 0.85


@pytest.mark.slow
def test_resolution_lgl_and_geowebnews_full():
    # LGL 4,462 toponyms (measured .834, held-out .819); GeoWebNews literal types (measured .829)
    report = evaluate([_gold("lgl.xml"), _gold("GeoWebNews_GWN.xml")], recognition=False)
    assert report.metrics["lgl_all_acc161"] >= 0.82
    assert report.metrics["lgl_all_held-out_acc161"] >= 0.80
    assert report.metrics["lgl_all_country_acc"] >= 0.92
    assert report.metrics["GeoWebNews_GWN_literal_acc161"] >= 0.81
    assert report.metrics["GeoWebNews_GWN_all_acc161"] >= 0.85


@pytest.mark.slow
def test_recognition_full():
    # spaCy parses of all three sets (cached under ~/.cache/detente/eval after the first run);
    # measured overlap F1 .870 / .786 / .825
    report = evaluate([_gold("TR-News.xml"), _gold("lgl.xml"), _gold("GeoWebNews_GWN.xml")])
    assert report.metrics["TR-News_recognition_f1"] >= 0.85
    assert report.metrics["lgl_recognition_f1"] >= 0.77
    assert report.metrics["GeoWebNews_GWN_recognition_f1"] >= 0.81
