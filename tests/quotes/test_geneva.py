"""The founding article: every quotation attributed to Biden or Putin, events linked."""

from __future__ import annotations

# (start of the quoted text, who said it): every direct quotation of the article,
# including those introduced by "he" / "He"
GENEVA_DIRECT = [
    ("hard to say", "Putin"),
    ("glimpse of hope", "Putin"),
    ("no substitute for face-to-face dialogue", "Biden"),
    ("not against Russia", "Biden"),
    ("for the American people", "Biden"),
    ("advance our mutual interests", "Biden"),
    ("The last thing Putin wants", "Biden"),
    ("positive", "Biden"),
    ("critical infrastructure should be off-limits", "Biden"),
    ("devastating for Russia", "Biden"),
    ("how could I be president", "Biden"),
    ("killer", "Biden"),
]


def test_every_direct_quotation_has_the_right_speaker(geneva_coded):
    direct = [q for q in geneva_coded.quotes if q.direct]
    found = {q.content[:20]: q for q in direct}
    for start, who in GENEVA_DIRECT:
        quote = found.get(start[:20])
        assert quote is not None, f"missing quotation {start!r}"
        assert quote.speaker is not None and who in (quote.speaker.name or ""), (start, quote.speaker)
    # nothing else is taken for a quotation ('thumbs-up' is a scare quote)
    assert len(direct) == len(GENEVA_DIRECT)


def test_reported_speech_of_the_two_leaders(geneva_coded):
    # indirect speech introduced by a name, by "He" and by "The Kremlin leader"
    by_start = {q.content[:25]: q for q in geneva_coded.quotes if not q.direct}
    expected = {
        "the meeting had been cons": "Putin",
        "the discussions had spent": "Biden",       # "He also said ..."
        "Kyiv of breaking the term": "Putin",       # "He also accused Kyiv of ..."
        "Navalny had ignored the l": "Putin",
        "he had raised human right": "Biden",
        "he believed some compromi": "Putin",
    }
    for start, who in expected.items():
        assert who in (by_start[start].speaker.name or ""), (start, by_start[start].speaker)


def test_quotes_are_in_text_order_with_offsets_into_the_text(geneva_coded):
    text = geneva_coded.article.text
    assert [q.start for q in geneva_coded.quotes] == sorted(q.start for q in geneva_coded.quotes)
    for q in geneva_coded.quotes:
        assert text[q.start:q.end] == q.content
        assert q.cue is None or text[q.cue_start:q.cue_end] == q.cue
        assert q.speaker is None or text[q.speaker.start:q.speaker.end] == q.speaker.text


def test_events_and_quotes_point_at_each_other(geneva_coded):
    # an event whose trigger lies inside a quote records it, and the quote lists the event
    for i, event in enumerate(geneva_coded.events):
        inside = [j for j, q in enumerate(geneva_coded.quotes)
                  if q.start <= event.trigger_start and event.trigger_end <= q.end]
        if inside:
            assert event.quote in inside
            assert all(i in geneva_coded.quotes[j].events for j in inside)
        else:
            assert event.quote is None
    for q in geneva_coded.quotes:
        for i in q.events:
            event = geneva_coded.events[i]
            assert q.start <= event.trigger_start and event.trigger_end <= q.end
