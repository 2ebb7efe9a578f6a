"""Inputs at scale: WARC archives, gzip'd JSONL, RSS/Atom feeds, and big folders walked lazily."""

from __future__ import annotations

import gzip
import html
import io
import json
from datetime import date
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from detente.readers import read_inputs
from detente.records import Article, Rejection

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
WIKINEWS = SAMPLES / "wikinews_2019_2020" / "wikinews_2019_2020.jsonl"


def _sample_articles(n: int) -> list[dict]:
    with WIKINEWS.open(encoding="utf-8") as f:
        return [json.loads(line) for _, line in zip(range(n), f, strict=False)]


def _page(article: dict) -> bytes:
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in article["text"].split("\n\n"))
    return (f"<html><head><title>{html.escape(article['title'])}</title>"
            f'<meta property="article:published_time" content="{article["date"]}"></head>'
            f"<body><nav><a href='/'>Home</a> | <a href='/world'>World</a></nav>"
            f"<article><h1>{html.escape(article['title'])}</h1>{paragraphs}</article>"
            "<footer>Copyright the publisher</footer></body></html>").encode()


def _response(writer: WARCWriter, uri: str, status: str, ctype: str, body: bytes) -> None:
    headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                                  http_headers=headers))


def test_warc_html_responses_become_articles_and_others_rejections(tmp_path):
    # A Common-Crawl-News-like archive: a request record (bookkeeping, passed over), an HTML
    # article response, an image, a 404 and a second article; gzip'd per record like CC's.
    first, second = _sample_articles(2)
    path = tmp_path / "news.warc.gz"
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        writer.write_record(writer.create_warc_record("https://news.example/a", "request",
                                                      payload=io.BytesIO(b"GET /a HTTP/1.1\r\n\r\n")))
        _response(writer, "https://news.example/a", "200 OK", "text/html; charset=utf-8", _page(first))
        _response(writer, "https://news.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n")
        _response(writer, "https://news.example/gone", "404 Not Found", "text/html", b"<html>gone</html>")
        _response(writer, "https://news.example/b", "200 OK", "text/html", _page(second))
    records = list(read_inputs([path]))
    articles = [r for r in records if isinstance(r, Article)]
    rejections = [r for r in records if isinstance(r, Rejection)]
    assert [a.url for a in articles] == ["https://news.example/a", "https://news.example/b"]
    assert articles[0].title == first["title"]
    assert first["text"].split("\n\n")[0][:80] in articles[0].text
    assert "Copyright the publisher" not in articles[0].text  # boilerplate removed by trafilatura
    assert articles[0].date == date.fromisoformat(first["date"])
    assert articles[0].origin == f"{path}:2"
    reasons = sorted(r.reason for r in rejections)
    assert reasons[0].startswith("HTTP status 404") and reasons[1].startswith("not an HTML page (image/png)")


def test_gzipped_jsonl_reads_like_plain_jsonl(tmp_path):
    # The same 50 sample lines, plain and gzip'd: identical articles, read as a stream.
    lines = WIKINEWS.read_text(encoding="utf-8").splitlines()[:50]
    plain, packed = tmp_path / "a.jsonl", tmp_path / "b.jsonl.gz"
    plain.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with gzip.open(packed, "wt", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    a = [(r.id, r.content_hash, r.date) for r in read_inputs([plain])]
    b = [(r.id, r.content_hash, r.date) for r in read_inputs([packed])]
    assert len(a) == 50 and a == b


def test_folder_of_20k_files_is_walked_in_order_and_lazily(tmp_path):
    # 20,000 tiny files in 20 sub-folders: all read, in sorted order; and the walk is lazy --
    # a file added to a later sub-folder after reading has started is still found, which
    # proves that folder was listed only when the walk reached it.
    for i in range(20_000):
        sub = tmp_path / f"{i // 1000:02d}"
        sub.mkdir(exist_ok=True)
        (sub / f"{i:05d}.txt").write_text(f"Brief {i}: Russia warned Ukraine on 3 May 2021.")
    stream = read_inputs([tmp_path])
    first = next(stream)
    (tmp_path / "19" / "99999.txt").write_text("Late: NATO criticised Belarus on 4 May 2021.")
    rest = list(stream)
    assert first.origin.endswith("00/00000.txt")
    assert len(rest) == 20_000 and rest[-1].text.startswith("Late:")
    assert all(isinstance(r, Article) for r in rest)


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Example Wire</title><link>https://wire.example</link><description>news</description>
<item><title>Leaders meet in Geneva</title><link>https://wire.example/geneva</link>
<guid>wire-0001</guid><pubDate>Wed, 16 Jun 2021 09:00:00 GMT</pubDate>
<description>Short teaser.</description>
<content:encoded><![CDATA[<p>Joe Biden met Vladimir Putin in Geneva.</p><p>They agreed to return ambassadors.</p>]]></content:encoded>
</item>
<item><title>Talks stall</title><link>https://wire.example/talks</link>
<pubDate>Thu, 17 Jun 2021 10:00:00 GMT</pubDate>
<description>&lt;p&gt;Iran rejected the proposal on Thursday.&lt;/p&gt;</description></item>
<item><title>Empty</title><link>https://wire.example/empty</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title><id>urn:desk</id>
<updated>2021-06-18T00:00:00Z</updated>
<entry><title>Ceasefire holds</title><id>urn:desk:1</id><link href="https://desk.example/1"/>
<updated>2021-06-18T08:00:00Z</updated>
<summary type="html">&lt;p&gt;Israel and Hamas kept the ceasefire for a fourth week.&lt;/p&gt;</summary></entry>
</feed>"""


def test_rss_and_atom_items_become_articles(tmp_path):
    # RSS 2.0 with full content (preferred over the teaser), an item with only an HTML
    # summary (its link is its id), an item with no text (a rejection); and an Atom feed.
    (tmp_path / "wire.rss").write_text(RSS, encoding="utf-8")
    (tmp_path / "desk.atom").write_text(ATOM, encoding="utf-8")
    records = list(read_inputs([tmp_path / "wire.rss", tmp_path / "desk.atom"]))
    full, summary, empty, atom = records
    assert full.id == "wire-0001" and full.source == "Example Wire" and full.date == date(2021, 6, 16)
    assert full.text == "Joe Biden met Vladimir Putin in Geneva.\n\nThey agreed to return ambassadors."
    assert summary.id == "https://wire.example/talks" and summary.text == "Iran rejected the proposal on Thursday."
    assert isinstance(empty, Rejection) and "no content" in empty.reason
    assert atom.id == "urn:desk:1" and atom.url == "https://desk.example/1"
    assert atom.date == date(2021, 6, 18) and atom.source == "Atom Desk"


def test_xml_that_is_not_a_feed_is_rejected(tmp_path):
    # An .xml file that is some other XML: one rejection naming the problem, not a crash.
    path = tmp_path / "config.xml"
    path.write_text("<config><item>1</item></config>", encoding="utf-8")
    (record,) = list(read_inputs([path]))
    assert isinstance(record, Rejection) and "not an RSS/Atom feed" in record.reason
