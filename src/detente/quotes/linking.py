"""Quotes and the events coded inside them point at each other."""

from __future__ import annotations

from detente.records import Event, Quote


def link_events(quotes: list[Quote], events: list[Event]) -> None:
    """For each event whose trigger lies inside a quote's content, record the link both ways.

    An event inside several quotes (a partial quote within a reported clause) is listed by
    each of them; ``event.quote`` names the innermost.

    >>> from detente.records import Quote
    >>> q = Quote(content="we agreed", start=10, end=19, direct=True)
    >>> link_events([q], [])
    >>> q.events
    []
    """
    for e_index, event in enumerate(events):
        best: int | None = None
        for q_index, quote in enumerate(quotes):
            if quote.start <= event.trigger_start and event.trigger_end <= quote.end:
                if e_index not in quote.events:
                    quote.events.append(e_index)
                if best is None or quote.end - quote.start < quotes[best].end - quotes[best].start:
                    best = q_index
        if best is not None:
            event.quote = best
