"""The API under hostile requests: every bad parameter is a 400/422 with a JSON body (never a
500), long series are refused, LIKE wildcards are literal, HEAD is answered, the cache is
bounded in bytes, one keep-alive connection survives every error, and a database that
cannot be read answers 503."""

from __future__ import annotations

import shutil

import httpx
import pytest

from tests.server.live import running_server

HOSTILE = [
    ("/api/series", {"source": "USA", "by": "day", "date_from": "0001-01-01", "date_to": "9998-12-31"}),
    ("/api/series", {"source": "USA", "date_to": "9999-12-31"}),
    ("/api/series", {"source": "USA", "date_from": "9999-12-31", "date_to": "9999-12-31", "by": "week"}),
    ("/api/series", {"source": "USA", "date_from": "2021-02-30"}),
    ("/api/series", {"source": "USA", "date_from": "2022-01-01", "date_to": "2021-01-01"}),
    ("/api/events", {"limit": "99999999999999999999999"}),
    ("/api/events", {"offset": "-1"}),
    ("/api/events", {"offset": "1e400"}),
    ("/api/events", {"quad": "9223372036854775808"}),
    ("/api/events", {"date_to": "9999-12-31", "date_from": "0001-01-01"}),
    ("/api/events", {"source": "'; DROP TABLE events; --"}),
    ("/api/events", {"both": "maybe"}),
    ("/api/quotes", {"speaker": "x" * 5000}),
    ("/api/quotes", {"speaker": "\x00"}),
    ("/api/dyads", {"limit": "0"}),
    ("/api/locations", {"limit": "-5"}),
    ("/api/articles/" + "a" * 400, {}),
    ("/api/articles/%00", {}),
    ("/api/speakers?country=%ED%A0%80&speaker=%FF", {}),
]


@pytest.mark.parametrize(("path", "params"), HOSTILE)
def test_hostile_parameters_are_client_errors_with_json(base_url, path, params):
    r = httpx.get(base_url + path, params=params, timeout=30)
    assert r.status_code in (200, 400, 404, 422), (r.status_code, r.text[:300])
    body = r.json()
    if r.status_code != 200:
        assert body["ok"] is False and body["status"] == r.status_code and body["error"]


def test_one_keep_alive_connection_survives_every_error(base_url):
    with httpx.Client(base_url=base_url, timeout=30) as client:
        for path, params in HOSTILE * 2:
            client.get(path, params=params)
        assert client.get("/api/stats").status_code == 200
        # the pool kept one connection: no error closed it
        assert len(client._transport._pool.connections) == 1


def test_long_daily_series_is_refused_with_the_limit(base_url):
    r = httpx.get(base_url + "/api/series", params={"source": "USA", "by": "day",
                                                    "date_from": "0001-01-01", "date_to": "9998-12-31"})
    assert r.status_code == 400
    assert "periods" in r.json()["error"] and "by=day" in r.json()["error"]


def test_like_wildcards_in_the_speaker_filter_are_literal(base_url):
    every = httpx.get(base_url + "/api/quotes", params={"limit": 500}).json()["items"]
    assert every, "the corpus has quotes"
    for pattern in ("%", "_", "\\"):
        got = httpx.get(base_url + "/api/quotes", params={"speaker": pattern}).json()["items"]
        assert all(pattern in ((q.get("speaker_name") or "") + (q.get("speaker_text") or "")) for q in got)
        assert len(got) < len(every)


def test_head_is_answered_like_get_without_a_body(base_url):
    for path in ("/api/stats", "/", "/api/events?limit=2"):
        get, head = httpx.get(base_url + path), httpx.head(base_url + path)
        assert head.status_code == get.status_code == 200
        assert head.content == b""
        assert head.headers["content-type"] == get.headers["content-type"]


def test_cache_is_bounded_in_bytes(corpus_db):
    from detente.server.cache import ResponseCache

    with running_server(corpus_db, cache_bytes=20_000) as url:
        with httpx.Client(base_url=url) as client:
            for i in range(300):  # junk query strings each make a new entry
                assert client.get("/api/countries", params={"junk": str(i)}).status_code == 200
        cache = _cache_of(url)
        assert isinstance(cache, ResponseCache)
        assert 0 < cache.bytes <= 20_000


def _cache_of(url):
    """The ResponseCache inside the running app's middleware stack."""
    from detente.server.cache import ResponseCache
    from tests.server import live

    layer = live.LAST_APP.middleware_stack
    while layer is not None and not isinstance(layer, ResponseCache):
        layer = getattr(layer, "app", None)
    return layer


def test_unreadable_database_answers_503_and_recovers(corpus_db, tmp_path):
    from detente.store.snapshot import snapshot_path

    db = tmp_path / "copy.duckdb"
    shutil.copy(corpus_db, db)
    with running_server(db, cache_size=0) as url:
        assert httpx.get(url + "/api/health").status_code == 200
        snapshot = snapshot_path(db)  # what the server reads
        good = snapshot.read_bytes()
        with open(snapshot, "r+b") as f:  # cut short under the running server (same inode)
            f.truncate(len(good) // 4)
        r = httpx.get(url + "/api/health")
        assert r.status_code == 503 and r.json()["ok"] is False and "truncated" in r.json()["error"]
        r = httpx.get(url + "/api/events", params={"limit": 500, "offset": 0})
        assert r.status_code in (200, 503)  # pages already in memory may still answer
        with open(snapshot, "r+b") as f:
            f.write(good)
        assert httpx.get(url + "/api/health").status_code == 200
