"""CodedArticle -> table rows, shaped to the Arrow schemas in ``schema.py``."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date as Date
from datetime import datetime
from typing import Any, Protocol

from detente.records import CodedArticle, DateEstimate, Participant, Tone


class Signature(Protocol):
    """What the store needs of a story signature (``dedup.StorySignature`` has it); a
    protocol, so the store does not import the dedup stage that uses it."""

    article_id: str
    story_id: str
    hashvalues: Any
    bands: Sequence[int]

    @property
    def signature_bytes(self) -> bytes: ...

_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})")


def date_floor(value: str | None) -> Date | None:
    """First day of an ISO (partial) date or week: ``2021-03`` -> 2021-03-01, ``2021-W23`` -> Monday."""
    if not value:
        return None
    m = _WEEK.match(value)
    if m:
        try:
            return datetime.strptime(f"{m.group(1)}-W{m.group(2)}-1", "%G-W%V-%u").date()
        except ValueError:
            return None
    m = _PARTIAL.match(value)
    if not m:
        return None
    try:
        return Date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        return None


def _participant(p: Participant) -> dict[str, Any]:
    return {"country": p.country, "sector": p.sector, "code": p.code, "name": p.name,
            "text": p.text, "start_char": p.start, "end_char": p.end}


def _tone_evidence(tone: Tone | None) -> list[dict[str, Any]]:
    return [{"text": w.text, "start_char": w.start, "end_char": w.end, "valence": w.valence,
             "entry": w.entry} for w in tone.evidence] if tone else []


def _tone_columns(tone: Tone | None) -> dict[str, Any]:
    """``tone``, ``tone_label`` and ``tone_evidence`` of a sentence or quote row."""
    return {"tone": tone.score if tone else None, "tone_label": tone.label if tone else None,
            "tone_evidence": _tone_evidence(tone)}


def _article_tone(tone: Tone | None) -> dict[str, Any]:
    if tone is None:
        return {"tone": None, "avg_tone": None, "tone_positive": None, "tone_negative": None,
                "tone_words": None}
    return {"tone": tone.score, "avg_tone": tone.avg_tone, "tone_positive": tone.positive,
            "tone_negative": tone.negative, "tone_words": tone.words}


def _estimate_columns(estimate: DateEstimate | None) -> dict:
    """An undated article's estimated date, apart from ``date`` (None: dated, or nothing dates it)."""
    if estimate is None:
        return {"estimated_date": None, "estimated_from": None, "estimated_to": None, "estimated_by": None}
    return {"estimated_date": estimate.value, "estimated_from": estimate.start,
            "estimated_to": estimate.end, "estimated_by": list(estimate.evidence)}


def coded_rows(coded: CodedArticle, run_id: str | None, now: datetime | None = None, *,
               coder: str | None = None) -> dict[str, list[dict]]:
    """All rows one coded article contributes, by table."""
    a = coded.article
    now = now or datetime.now()
    aid = a.id
    rows: dict[str, list[dict]] = {
        "articles": [{
            "id": aid, "content_hash": a.content_hash, "title": a.title, "date": a.date,
            "date_source": a.date_source, "url": a.url, "source": a.source, "origin": a.origin,
            "text": a.text, "n_words": len(a.text.split()), "story_id": coded.story_id,
            "run_id": run_id, "coded_at": now, "coder": coder, **_article_tone(coded.tone),
            **_estimate_columns(coded.date_estimate),
        }],
        "sentences": [{"article_id": aid, "idx": s.index, "start_char": s.start, "end_char": s.end,
                       **_tone_columns(s.tone)} for s in coded.sentences],
        "mentions": [],
        "events": [],
        "quotes": [],
        "times": [],
        "places": [],
    }
    for i, m in enumerate(coded.mentions):
        act = m.actor
        rows["mentions"].append({
            "article_id": aid, "idx": i, "text": m.text, "start_char": m.start, "end_char": m.end,
            "sentence": m.sentence, "label": m.label, "country": act.country if act else None,
            "sector": act.sector if act else None, "code": act.code if act else None,
            "name": act.name if act else None, "entry": act.entry if act else None,
            "antecedent": m.antecedent, "rule": m.rule,
        })
    for i, e in enumerate(coded.events):
        loc = e.location
        rows["events"].append({
            "event_id": f"{aid}:{i}", "article_id": aid, "idx": i, "story_id": coded.story_id,
            "article_date": a.date, "type": e.type, "cameo": e.cameo, "goldstein": e.goldstein,
            "quad": e.quad, "mode": e.mode, "context": list(e.context), "negated": e.negated,
            "source": [_participant(p) for p in e.source], "target": [_participant(p) for p in e.target],
            "date": e.date, "date_precision": e.date_precision,
            "event_date": date_floor(e.date) or a.date,
            "location_name": loc.name if loc else None, "location_country": loc.country if loc else None,
            "lat": loc.lat if loc else None, "lon": loc.lon if loc else None,
            "geonames_id": loc.geonames_id if loc else None,
            "location_rule": loc.rule if loc else None, "sentence": e.sentence,
            "start_char": e.start, "end_char": e.end, "trigger": e.trigger,
            "trigger_start": e.trigger_start, "trigger_end": e.trigger_end, "evidence": e.evidence,
            "rule": e.rule, "quote_idx": e.quote, "tone": e.tone,
        })
    for i, q in enumerate(coded.quotes):
        sp = q.speaker
        act = sp.actor if sp else None
        rows["quotes"].append({
            "quote_id": f"{aid}:q{i}", "article_id": aid, "idx": i, "content": q.content,
            "start_char": q.start, "end_char": q.end, "direct": q.direct, "cue": q.cue,
            "cue_start": q.cue_start, "cue_end": q.cue_end,
            "speaker_text": sp.text if sp else None, "speaker_name": sp.name if sp else None,
            "speaker_country": act.country if act else None, "speaker_sector": act.sector if act else None,
            "speaker_code": act.code if act else None, "speaker_start": sp.start if sp else None,
            "speaker_end": sp.end if sp else None, "sentence": q.sentence, "events": list(q.events),
            "rule": q.rule, **_tone_columns(q.tone),
        })
    for i, t in enumerate(coded.times):
        rows["times"].append({
            "article_id": aid, "idx": i, "text": t.text, "start_char": t.start, "end_char": t.end,
            "value": t.value, "granularity": t.granularity, "type": t.type, "sentence": t.sentence,
            "rule": t.rule,
        })
    for i, p in enumerate(coded.places):
        rows["places"].append({
            "article_id": aid, "idx": i, "text": p.text, "start_char": p.start, "end_char": p.end,
            "name": p.name, "country": p.country, "lat": p.lat, "lon": p.lon,
            "geonames_id": p.geonames_id, "feature": p.feature, "sentence": p.sentence,
            "metonym": p.metonym, "rule": p.rule,
        })
    return rows




def signature_rows(signatures: list[Signature]) -> dict[str, list[dict]]:
    """Rows of the dedup tables for the given story signatures."""
    return {
        "story_signatures": [{"article_id": s.article_id, "story_id": s.story_id,
                              "num_perm": len(s.hashvalues), "signature": s.signature_bytes,
                              "published": s.context.published,
                              "about": list(s.context.about),
                              "numbers": sorted(s.context.numbers)}
                             for s in signatures],
        "story_bands": [{"band": band, "bucket": key, "article_id": s.article_id, "story_id": s.story_id}
                        for s in signatures for band, key in enumerate(s.bands)],
    }
