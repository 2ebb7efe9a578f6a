"""The database schema: numbered SQL migrations applied in order, and the Arrow schemas
that writes are shaped to.

``schema_version`` holds one row per applied migration. Opening a store applies what is
missing, each migration in its own transaction, so an old database is brought forward step
by step and never half-migrated.
"""

from __future__ import annotations

import re
from importlib import resources as importlib_resources

import pyarrow as pa

_MIGRATION = re.compile(r"^(\d{3})_[a-z0-9_]+\.sql$")


def migrations() -> list[tuple[int, str, str]]:
    """``(version, name, sql)`` of every bundled migration, in order."""
    folder = importlib_resources.files("detente.store") / "migrations"
    found = []
    for item in folder.iterdir():
        m = _MIGRATION.match(item.name)
        if m:
            found.append((int(m.group(1)), item.name, item.read_text(encoding="utf-8")))
    return sorted(found)


def latest_version() -> int:
    return migrations()[-1][0]


S = pa.string()
I32 = pa.int32()
F64 = pa.float64()
TONE_WORD = pa.struct([("text", S), ("start_char", I32), ("end_char", I32), ("valence", F64),
                       ("entry", S)])
PARTICIPANT = pa.struct([("country", S), ("sector", S), ("code", S), ("name", S), ("text", S),
                         ("start_char", I32), ("end_char", I32)])

ARROW: dict[str, pa.Schema] = {
    "articles": pa.schema([("id", S), ("content_hash", S), ("title", S), ("date", pa.date32()),
                           ("date_source", S), ("url", S), ("source", S), ("origin", S), ("text", S),
                           ("n_words", I32), ("story_id", S), ("run_id", S), ("coded_at", pa.timestamp("us")),
                           ("coder", S), ("tone", F64), ("avg_tone", F64), ("tone_positive", I32),
                           ("tone_negative", I32), ("tone_words", I32), ("estimated_date", pa.date32()),
                           ("estimated_from", pa.date32()), ("estimated_to", pa.date32()),
                           ("estimated_by", pa.list_(S))]),
    "sentences": pa.schema([("article_id", S), ("idx", I32), ("start_char", I32), ("end_char", I32),
                            ("tone", F64), ("tone_label", S), ("tone_evidence", pa.list_(TONE_WORD))]),
    "mentions": pa.schema([("article_id", S), ("idx", I32), ("text", S), ("start_char", I32),
                           ("end_char", I32), ("sentence", I32), ("label", S), ("country", S),
                           ("sector", S), ("code", S), ("name", S), ("entry", S), ("antecedent", I32),
                           ("rule", S)]),
    "events": pa.schema([("event_id", S), ("article_id", S), ("idx", I32), ("story_id", S),
                         ("article_date", pa.date32()), ("type", S), ("cameo", S),
                         ("goldstein", pa.float64()), ("quad", pa.int8()), ("mode", S),
                         ("context", pa.list_(S)), ("negated", pa.bool_()),
                         ("source", pa.list_(PARTICIPANT)), ("target", pa.list_(PARTICIPANT)),
                         ("date", S), ("date_precision", S), ("event_date", pa.date32()),
                         ("location_name", S), ("location_country", S), ("lat", pa.float64()),
                         ("lon", pa.float64()), ("geonames_id", pa.int64()), ("sentence", I32),
                         ("start_char", I32), ("end_char", I32), ("trigger", S), ("trigger_start", I32),
                         ("trigger_end", I32), ("evidence", S), ("rule", S), ("quote_idx", I32),
                         ("location_rule", S), ("tone", F64)]),
    "quotes": pa.schema([("quote_id", S), ("article_id", S), ("idx", I32), ("content", S),
                         ("start_char", I32), ("end_char", I32), ("direct", pa.bool_()), ("cue", S),
                         ("cue_start", I32), ("cue_end", I32), ("speaker_text", S), ("speaker_name", S),
                         ("speaker_country", S), ("speaker_sector", S), ("speaker_code", S),
                         ("speaker_start", I32), ("speaker_end", I32), ("sentence", I32),
                         ("events", pa.list_(I32)), ("rule", S), ("tone", F64), ("tone_label", S),
                         ("tone_evidence", pa.list_(TONE_WORD))]),
    "times": pa.schema([("article_id", S), ("idx", I32), ("text", S), ("start_char", I32),
                        ("end_char", I32), ("value", S), ("granularity", S), ("type", S),
                        ("sentence", I32), ("rule", S)]),
    "places": pa.schema([("article_id", S), ("idx", I32), ("text", S), ("start_char", I32),
                         ("end_char", I32), ("name", S), ("country", S), ("lat", pa.float64()),
                         ("lon", pa.float64()), ("geonames_id", pa.int64()), ("feature", S),
                         ("sentence", I32), ("metonym", pa.bool_()), ("rule", S)]),
    "rejections": pa.schema([("origin", S), ("article_id", S), ("stage", S), ("reason", S),
                             ("run_id", S), ("created_at", pa.timestamp("us"))]),
}

ARROW["story_signatures"] = pa.schema([("article_id", S), ("story_id", S), ("num_perm", I32),
                                       ("signature", pa.binary()), ("published", pa.date32()),
                                       ("about", pa.list_(S)), ("numbers", pa.list_(S))])
ARROW["story_bands"] = pa.schema([("band", pa.int16()), ("bucket", pa.int64()), ("article_id", S),
                                  ("story_id", S)])

STORY_TABLES = ("story_signatures", "story_bands")
"""Dedup tables keyed by ``article_id`` (migration 002): replaced with the article's rows."""

ARTICLE_TABLES = ("sentences", "mentions", "events", "quotes", "times", "places")
"""Tables keyed by ``article_id``: replaced together when an article's text changes."""
