"""Whether a direct quote goes on from the quote before it, so that it keeps that quote's
speaker: the next paragraph or sentence after a direct quote and its cue (``continues``), or
the sentence right after a reported statement (``follows``). Split from ``attribute.py``,
whose ``_Builder.add`` asks these before looking for a speaker of its own.
"""

from __future__ import annotations

import re

from detente.quotes.candidates import SENTENCE_END_RE
from detente.quotes.cueless import FOLLOW_WORDS
from detente.quotes.marks import QuotedSpan
from detente.records import Quote

PARAGRAPH_BREAK_RE = re.compile(r"\n\s*")


def continues(text: str, previous: Quote | None, span: QuotedSpan | None) -> bool:
    """The quote goes on from ``previous``: it opens the paragraph right after the one holding
    it, or it opens the next sentence of the same paragraph, right after its cue
    (``"...," Conway said. "Look, ..."``)."""
    stretch = _stretch(text, previous, span, unnamed=True)
    if stretch is None:
        return False
    if reopened(text, previous, span, stretch):
        return True  # the same quote, even when it found no speaker (round 28)
    if previous.speaker is None:
        return False
    breaks = len(PARAGRAPH_BREAK_RE.findall(stretch))
    if breaks == 1:
        lead = text.rfind("\n", 0, span.open_mark)
        return not text[lead + 1:span.open_mark].strip()
    cue_between = previous.cue_start is not None and previous.end <= previous.cue_start \
        and previous.cue_end is not None and previous.cue_end <= span.open_mark
    return breaks == 0 and cue_between and stretch.rstrip().endswith((".", "!", "?"))


def runs_on(text: str, previous: Quote | None, span: QuotedSpan | None) -> bool:
    """``continues`` by ``reopened`` alone: a paragraph of a run of re-opened paragraphs,
    which keeps its speaker even when a cue of the next sentence was the nearest."""
    stretch = _stretch(text, previous, span)
    return stretch is not None and reopened(text, previous, span, stretch)


def _stretch(text: str, previous: Quote | None, span: QuotedSpan | None,
             unnamed: bool = False) -> str | None:
    """The text between ``previous`` -- a direct quote with a speaker, or with none when
    ``unnamed`` -- and the opening mark of ``span`` when that opens after it (what
    ``continues`` and ``runs_on`` read), else None."""
    if previous is None or span is None or not previous.direct or span.open_mark < previous.end \
            or (previous.speaker is None and not unnamed):
        return None
    return text[previous.end:span.open_mark]


def reopened(text: str, previous: Quote, span: QuotedSpan, stretch: str) -> bool:
    """The quote's opening mark is the one that ended ``previous``, a whole sentence
    (``said: "It failed. "We will try again."``): a quote that runs over paragraphs in a
    text whose paragraph breaks were lost, each paragraph re-opening the mark and only the
    last closing it (BBC News archive text; round 26). ``"It failed." "Try again."`` (a
    closed quote) and ``the "plan" "B"`` (no sentence) are not."""
    return not stretch.strip() and span.open_mark > previous.start \
        and text[previous.start:previous.end].rstrip()[-1:] in (".", "!", "?") \
        and text[span.open_mark:span.open_mark + 1] in ('"', "\u201c")


def follows(text: str, previous: Quote | None, span) -> bool:
    """A quote that opens the sentence right after a reported statement of the same
    paragraph (``Smith said the plan would fail. "It is a disaster."``): the same speaker
    goes on in their own words."""
    if previous is None or previous.direct or span is None or previous.speaker is None \
            or not previous.speaker.name or span.open_mark < previous.end:
        return False
    stretch = text[previous.end:span.open_mark]
    if len(text[span.start:span.end].split()) < FOLLOW_WORDS:
        return False
    if "\n" in stretch:  # a sentence, not a heading ("'My family is terrified'")
        return text[span.start:span.end].rstrip()[-1:] in ".!?" \
            and _opens_next_paragraph(text, previous, stretch)
    return not any(ch.isalnum() for ch in stretch) and "." in stretch


def _opens_next_paragraph(text: str, previous: Quote, stretch: str) -> bool:
    """The quote opens the paragraph right after the one whose last sentence is the reported
    statement (``Smith said the plan would fail.`` / ``"It is a disaster."``): the stretch
    between them holds one paragraph break, and before it only the statement's own cue
    and speaker (``..., Smith said.``), no other sentence."""
    head, _, tail = stretch.partition("\n")
    if tail.strip() or "\n" in tail or not head.rstrip().endswith("."):
        return False
    if SENTENCE_END_RE.search(head.rstrip()[:-1] + " "):
        return False
    if any(ch.isalnum() for ch in head):  # the words after the statement are its cue
        return previous.cue_start is not None and previous.end <= previous.cue_start \
            and previous.cue_end is not None and previous.cue_end <= previous.end + len(head)
    return True
