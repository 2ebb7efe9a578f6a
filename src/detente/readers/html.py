"""HTML pages: main text and metadata extracted with trafilatura."""

from __future__ import annotations

from datetime import date as Date

from detente.readers.common import make_article
from detente.records import Article, Rejection

MIN_ARTICLE_WORDS = 5
"""Less main text than this is navigation or boilerplate, not an article."""


def read_html(html: str, origin: str, default_date: Date | None) -> Article | Rejection:
    import trafilatura

    if "<" not in html:
        return Rejection(origin=origin, reason="not HTML: no markup found")
    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except Exception as exc:  # trafilatura raises assorted errors on broken markup
        return Rejection(origin=origin, reason=f"broken HTML: {type(exc).__name__}: {exc}")
    if doc is None:
        return Rejection(origin=origin, reason="HTML page has no article text (main text found: 0 words)")
    meta = doc if isinstance(doc, dict) else doc.as_dict()
    text = meta.get("text") or ""
    if len(text.split()) < MIN_ARTICLE_WORDS:
        return Rejection(origin=origin, reason="HTML page has no article text "
                         f"(main text found: {len(text.split())} words)")
    title, text = split_headline(html, meta.get("title"), text)
    return make_article(
        text=text,
        origin=origin,
        default_date=default_date,
        id=None,
        title=title,
        date=meta.get("date"),
        date_source="metadata",
        url=meta.get("url"),
        source=meta.get("sitename"),
    )


def _norm(line: str) -> str:
    return " ".join(line.split()).casefold()


def _headings(html: str) -> list[str]:
    """The page's ``<h1>`` texts, in order ([] when the markup cannot be parsed)."""
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except Exception:  # lxml raises assorted errors on broken markup
        return []
    return [" ".join(h.text_content().split()) for h in root.iter("h1") if h.text_content().strip()]


def split_headline(html: str, title: str | None, text: str) -> tuple[str | None, str]:
    """``(title, text)`` with the headline kept out of the text.

    Extraction often returns the page's ``<h1>`` as the first line of the main text, which
    then merges into the first sentence. A leading line equal to the metadata title or to an
    ``<h1>`` is dropped from the text; the title is the ``<h1>`` when the metadata has none.

    >>> split_headline("<h1>Talks resume</h1>", None, "Talks resume\\nThe two sides met.")
    ('Talks resume', 'The two sides met.')
    """
    headings = _headings(html)
    title = title or (headings[0] if headings else None)
    known = {_norm(h) for h in headings} | ({_norm(title)} if title else set())
    lines = text.split("\n")
    while len(lines) > 1 and _norm(lines[0]) in known | {""}:
        lines.pop(0)
    return title, "\n".join(lines)
