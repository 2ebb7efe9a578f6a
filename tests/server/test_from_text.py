"""From text to API: the founding article ingested by the real pipeline, then served."""

from __future__ import annotations

import httpx
import pytest

import detente
from tests.conftest import GENEVA
from tests.server.live import running_server


@pytest.fixture(scope="module")
def geneva_url(tmp_path_factory):
    db = tmp_path_factory.mktemp("text") / "geneva.duckdb"
    report = detente.ingest_paths([GENEVA], db=db)
    assert report.coded == 1 and not report.rejected
    with running_server(db) as url:
        yield url


def test_the_coded_article_is_served_with_its_events(geneva_url):
    with httpx.Client(base_url=geneva_url, timeout=20) as client:
        stats = client.get("/api/stats").json()
        assert stats["articles"] == 1 and stats["events"] > 0
        # The summit article is about the US and Russia: they are the default dyad.
        assert stats["default_dyad"] == {"source": "RUS", "target": "USA"}
        article_id = client.get("/api/events", params={"limit": 1}).json()["items"][0]["article_id"]
        article = client.get(f"/api/articles/{article_id}").json()["article"]
        body = GENEVA.read_text(encoding="utf-8")
        assert article["text"] in body and len(article["text"]) > 0.8 * len(body)
        assert len(article["events"]) == stats["events"] and article["date"] == "2021-06-16"
        for e in article["events"]:
            assert article["text"][e["trigger_start"]:e["trigger_end"]] == e["trigger"]
        series = client.get("/api/series", params={"source": "USA", "target": "RUS", "both": "true",
                                                   "by": "year"}).json()
        june_2021 = [p for p in series["points"] if p["period"] == "2021-01-01"][0]
        assert june_2021["events"] >= 1 and june_2021["articles"] == 1
