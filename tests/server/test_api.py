"""The JSON API over a real uvicorn server and a real DuckDB file (tests/analysis/corpus.py)."""

from __future__ import annotations

import httpx
import pytest


@pytest.fixture(scope="module")
def client(base_url):
    with httpx.Client(base_url=base_url, timeout=20) as c:
        yield c


def _ok(client, path, **params):
    r = client.get(path, params=params)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["ok"] is True
    return body


def test_stats_name_the_busiest_pair_as_the_default_dyad(client):
    s = _ok(client, "/api/stats")
    assert (s["articles"], s["events"], s["quotes"]) == (6, 10, 3)
    assert s["default_dyad"] == {"source": "RUS", "target": "USA"}
    assert (s["first_date"], s["last_date"]) == ("2021-03-17", "2021-12-02")
    assert s["top_dyads"][0] == {"source": "USA", "target": "RUS", "events": 4, "mentions": 5,
                                 "goldstein_mean": 0.75, "tone_mean": -0.05, "quad1": 3, "quad2": 0,
                                 "quad3": 1, "quad4": 0}


def test_series_is_the_dyad_series(client):
    s = _ok(client, "/api/series", source="USA", target="RUS", both="true", by="quarter")
    assert [(p["period"], p["events"]) for p in s["points"]] == [
        ("2021-01-01", 2), ("2021-04-01", 3), ("2021-07-01", 0), ("2021-10-01", 2)]
    assert s["points"][1]["by_quad"] == {"1": 3, "2": 0, "3": 0, "4": 0} and s["label"] == "USA <-> RUS"
    # mean tone beside the counts and Goldstein (hand-set tones: -0.6/-0.5 in March, 0/0/+0.4 in June)
    assert [p["tone_mean"] for p in s["points"]] == [-0.55, 0.1333, None, 0.0]


def test_events_of_a_period_carry_offsets_into_their_evidence(client):
    # What the dashboard shows after a click on June: each event row, with the trigger and
    # actors found at their offsets inside the evidence sentence.
    body = _ok(client, "/api/events", source="USA", target="RUS", both="true",
               date_from="2021-06-01", date_to="2021-06-30")
    assert body["total"] == 5 and {e["article_id"] for e in body["items"]} == {"a-jun", "a-jun-copy"}
    assert sorted(e["tone"] for e in body["items"]) == [0.0, 0.0, 0.0, 0.0, 0.4]
    for e in body["items"]:
        base, ev = e["sentence_start"], e["evidence"]
        assert ev[e["trigger_start"] - base:e["trigger_end"] - base] == e["trigger"]
        for p in e["source"] + e["target"]:
            assert ev[p["start_char"] - base:p["end_char"] - base] == p["text"]


def test_a_joint_event_belongs_to_the_dyad(client):
    body = _ok(client, "/api/events", source="RUS", target="USA", date_from="2021-12-01")
    assert [e["article_id"] for e in body["items"]] == ["a-dec"] and body["items"][0]["target"] == []


def test_paging_is_bounded_and_disjoint(client):
    first = _ok(client, "/api/events", limit=4)
    second = _ok(client, "/api/events", limit=4, offset=4)
    assert first["total"] == second["total"] == 10
    assert not {e["event_id"] for e in first["items"]} & {e["event_id"] for e in second["items"]}
    r = client.get("/api/events", params={"limit": 501})
    assert r.status_code == 422
    assert r.json() == {"ok": False, "status": 422,
                        "error": "query.limit: Input should be less than or equal to 500"}


def test_article_has_text_mentions_events_and_quotes(client):
    a = _ok(client, "/api/articles/a-jun")["article"]
    assert a["text"].startswith("President Joe Biden met Vladimir Putin in Geneva")
    assert len(a["events"]) == 3 and len(a["quotes"]) == 1 and len(a["sentences"]) == 3
    assert a["events"][0]["source"][0]["name"] == "Joe Biden" and a["story_id"] == "s-geneva"


def test_errors_are_json_with_the_right_status(client):
    r = client.get("/api/articles/no-such-article")
    assert (r.status_code, r.json()) == (404, {"ok": False, "status": 404,
                                               "error": "no article with id 'no-such-article'"})
    r = client.get("/api/nothing-here")
    assert r.status_code == 404 and r.json()["ok"] is False
    r = client.get("/api/series", params={"source": "USA", "by": "decade"})
    assert r.status_code == 422 and "by" in r.json()["error"]
    # An empty date range is a valid question with an empty answer, not an error.
    empty = _ok(client, "/api/series", source="USA", date_from="2021-05-01", date_to="2021-01-01")
    assert empty["points"] == []


def test_user_text_never_reaches_sql_as_code(client):
    # A quote in a speaker name is a value to match, not SQL; a malformed code is refused.
    body = _ok(client, "/api/quotes", speaker="x' OR '1'='1")
    assert body["items"] == []
    assert client.get("/api/events", params={"type": "AGREE' OR 1=1 --"}).status_code == 422
    assert _ok(client, "/api/stats")["events"] == 10


def test_quotes_speakers_dyads_locations_countries(client):
    quotes = _ok(client, "/api/quotes", speaker="blinken")["items"]
    assert [q["content"] for q in quotes] == ["We will hold Russia to account,"]
    assert quotes[0]["article_title"] == "Blinken warns"
    assert _ok(client, "/api/speakers")["items"][0] == {"speaker": "Joe Biden", "country": "USA", "quotes": 2}
    assert [(d["source"], d["target"]) for d in _ok(client, "/api/dyads", country="UKR")["items"]] == [
        ("RUS", "UKR"), ("USA", "UKR")]
    places = _ok(client, "/api/locations")["items"]
    assert places[0]["name"] == "Geneva" and places[0]["events"] == 5
    assert {p["name"] for p in _ok(client, "/api/locations", source="RUS", target="UKR")["items"]} == {"Donetsk"}
    assert [c["country"] for c in _ok(client, "/api/countries")["items"]][:2] == ["RUS", "USA"]


def test_repeated_requests_come_from_the_cache(client):
    first = client.get("/api/dyads", params={"limit": 3})
    again = client.get("/api/dyads", params={"limit": 3})
    assert first.json() == again.json() and again.headers.get("x-cache") == "hit"


def test_openapi_dashboard_and_bundled_assets(client):
    spec = client.get("/openapi.json").json()
    assert {"/api/events", "/api/quotes", "/api/articles/{article_id}", "/api/series", "/api/dyads",
            "/api/stats"} <= set(spec["paths"])
    page = client.get("/")
    assert page.status_code == 200 and "<svg id=\"chart\"" in page.text
    assert "http" not in page.text.replace("http://www.w3.org", "")  # nothing fetched from the internet
    world = client.get("/static/world-110m.geojson").json()
    assert len(world["features"]) > 150
    assert client.get("/static/app.js").status_code == 200
