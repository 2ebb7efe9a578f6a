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
    return make_article(
        text=text,
        origin=origin,
        default_date=default_date,
        id=None,
        title=meta.get("title"),
        date=meta.get("date"),
        date_source="metadata",
        url=meta.get("url"),
        source=meta.get("sitename"),
    )
