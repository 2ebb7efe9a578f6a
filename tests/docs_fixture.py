"""The small corpus the documentation's commands run against (tests/test_docs_run.py).

A handful of real articles in each input kind the README names: the founding article (text),
Wikinews and Wikipedia Current Events lines (JSON lines) from samples/, two of them as HTML
pages inside a gzipped WARC and one as an RSS feed. ``build_inputs`` writes them to a folder;
the database is that folder ingested once per test session.
"""

from __future__ import annotations

import html
import io
import json
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GENEVA = ROOT / "tests" / "fixtures" / "geneva-summit-2021.txt"
WIKINEWS = ROOT / "samples" / "wikinews_2019_2020" / "wikinews_2019_2020.jsonl"
WCEP = ROOT / "samples" / "wcep_2003_2025" / "wcep_2003_2025.jsonl"
WCEP_LINES = (1554, 1569, 1617, 1619, 1638, 1639)
"""Current-events days of 2021 naming Russia (1-based line numbers of the WCEP sample)."""
WIKINEWS_LINES = 6
"""The first Wikinews articles taken."""


def _lines(path: Path, wanted) -> list[dict]:
    wanted = set(wanted)
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for n, line in enumerate(f, 1) if n in wanted]


def _page(article: dict) -> str:
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in article["text"].split("\n\n"))
    return (f"<html><head><title>{html.escape(article['title'])}</title>"
            f'<meta property="article:published_time" content="{article["date"]}"></head>'
            f"<body><article><h1>{html.escape(article['title'])}</h1>{paragraphs}</article></body></html>")


def _warc(path: Path, articles: list[dict]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for a in articles:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                f"https://news.example/{a['id']}", "response",
                payload=io.BytesIO(_page(a).encode()), http_headers=headers))


def _feed(path: Path, articles: list[dict]) -> None:
    items = "".join(f"<item><title>{html.escape(a['title'])}</title><link>https://feed.example/{a['id']}"
                    f"</link><pubDate>{a['date']}</pubDate><description>{html.escape(a['text'])}"
                    "</description></item>" for a in articles)
    path.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}'
                    "</channel></rss>", encoding="utf-8")


def build_inputs(folder: Path) -> dict[str, Path]:
    """Write the inputs; returns the paths by role (folder, jsonl, warc, feeds)."""
    folder.mkdir(parents=True, exist_ok=True)
    news = folder / "news"
    news.mkdir()
    shutil.copy(GENEVA, news / GENEVA.name)
    wikinews = _lines(WIKINEWS, range(1, WIKINEWS_LINES + 1))
    wcep = _lines(WCEP, WCEP_LINES)
    jsonl = news / "articles.jsonl"
    jsonl.write_text("".join(json.dumps(a) + "\n" for a in wikinews[:4] + wcep), encoding="utf-8")
    warc = folder / "crawl.warc.gz"
    _warc(warc, wikinews[4:5])
    feeds = folder / "feeds"
    feeds.mkdir()
    _feed(feeds / "news.rss", wikinews[5:6])
    return {"folder": news, "jsonl": jsonl, "warc": warc, "feeds": feeds}
