"""RSS and Atom feed files (``feedparser``): each item -> one article.

An item's text is its full ``content`` when the feed carries it, else its ``summary``
(HTML turned into paragraphs of plain text); its date is ``published`` (else ``updated``),
its id the item's ``id``/``guid`` (else its link, else the text hash), its source the
feed's title.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date as Date
from pathlib import Path

from detente.readers.common import make_article
from detente.readers.walk import origin_of
from detente.records import Article, Rejection

FEED_SUFFIXES = (".rss", ".atom", ".xml")
MAX_FEED_BYTES = 64 * 1024 * 1024
"""Largest feed file read: feedparser parses a document whole (feeds are small; a 2 GB
"feed" is rejected rather than held in memory)."""
_BLOCKS = ("p", "div", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section",
           "article")
_SPACES = re.compile(r"[ \t\r\f\v]+")


def read_feed(path: Path, default_date: Date | None = None) -> Iterator[Article | Rejection]:
    """Articles from the items of one feed file, in feed order (``origin`` is ``path:N``)."""
    import feedparser

    name = origin_of(path)
    size = path.stat().st_size
    if size > MAX_FEED_BYTES:
        yield Rejection(origin=name, reason=f"feed file too large: {size:,} bytes (limit "
                        f"{MAX_FEED_BYTES:,}; a feed is parsed whole)")
        return
    parsed = feedparser.parse(path.read_bytes())
    if not parsed.get("version"):
        why = getattr(parsed, "bozo_exception", None)
        yield Rejection(origin=name, reason="not an RSS/Atom feed" + (f" ({why})" if why else ""))
        return
    if not parsed.entries:
        yield Rejection(origin=name, reason=f"{parsed.version} feed without items")
        return
    source = parsed.feed.get("title")
    for number, entry in enumerate(parsed.entries, start=1):
        yield _item(entry, f"{name}:{number}", source, default_date)


def _item(entry, origin: str, source: str | None, default_date: Date | None) -> Article | Rejection:
    contents = entry.get("content") or []
    html = contents[0].get("value", "") if contents else entry.get("summary", "")
    text = fragment_text(html or "")
    if not text:
        return Rejection(origin=origin, reason="feed item has no content or summary",
                         article_id=entry.get("id"))
    when = entry.get("published_parsed") or entry.get("updated_parsed")
    written = entry.get("published") or entry.get("updated")
    if written and not when:
        return Rejection(origin=origin, reason=f"impossible or unparseable date {written[:40]!r}",
                         article_id=entry.get("id"))
    return make_article(text=text, origin=origin, default_date=default_date,
                        id=entry.get("id") or entry.get("link"), title=entry.get("title"),
                        date=Date(*when[:3]) if when else None, url=entry.get("link"),
                        source=source, date_source="metadata")


def fragment_text(html: str) -> str:
    """Plain text of an HTML fragment, one paragraph per block element.

    >>> fragment_text("<p>Russia warned Ukraine.</p><p>Kyiv rejected it.</p>")
    'Russia warned Ukraine.\\n\\nKyiv rejected it.'
    """
    if "<" not in html:
        return html.strip()
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except Exception:  # lxml raises assorted parser errors on broken fragments
        return ""
    for element in root.iter(*_BLOCKS, "br"):
        element.tail = ("\n" if element.tag == "br" else "\n\n") + (element.tail or "")
    lines = (_SPACES.sub(" ", line).strip() for line in root.text_content().split("\n"))
    paragraphs, current = [], []
    for line in lines:
        if line:
            current.append(line)
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return "\n\n".join(paragraphs)
