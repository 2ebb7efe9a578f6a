"""One schema: the records in ``records.py`` are the source; this module says where each of their
fields is stored, and derives from them and from the Arrow column types (``store/schema.py``)
the API response models and the reference tables of docs/schema.md.

- The JSON contract is ``Record.to_dict`` (keys in ``CONTRACT`` order).
- ``STORED_AS`` maps every record field to its column (``None``: not stored); tests/test_schema.py
  checks it against the records, the Arrow schemas, the rows the store writes and the DuckDB
  tables the migrations create, so no two of them can drift apart.
- ``row_model`` builds strict pydantic models (unknown fields rejected) from a table's columns.
- ``python -m detente.schema`` rewrites the generated part of docs/schema.md; a test fails
  when it is stale.

One vocabulary: offsets are ``start``/``end`` in records and the JSON contract; a stored column
adds ``_char`` (``start_char``/``end_char``) because ``END`` is an SQL keyword. The README's
contract promises fields may be added and none removed, so neither side is renamed.
"""

from __future__ import annotations

import ast
import dataclasses
import inspect
import re
import sys
from datetime import date as Date
from datetime import datetime
from pathlib import Path
from typing import Any

import pyarrow as pa
from pydantic import BaseModel, ConfigDict, create_model

from detente import records as R
from detente.store.schema import ARROW, PARTICIPANT

Stored = str | None | dict[str, Any]

_OFFSETS = {"start": "start_char", "end": "end_char"}
_ACTOR = {"country": "country", "sector": "sector", "code": "code", "name": "name", "entry": "entry"}
_TONE = {"score": "tone", "label": "tone_label", "evidence": "tone_evidence", "positive": None,
         "negative": None, "words": None, "avg_tone": None}
"""A sentence's or quote's tone: the score, label and evidence are stored; the counts are not
(the article's are, in ``articles``)."""

STORED_AS: dict[type, dict[str, Stored]] = {
    R.Article: {"id": "id", "text": "text", "title": "title", "date": "date", "date_source": "date_source",
                "url": "url", "source": "source", "origin": "origin", "content_hash": "content_hash"},
    R.Sentence: {"index": "idx", **_OFFSETS, "tone": _TONE},
    R.ToneWord: {"text": "text", **_OFFSETS, "valence": "valence", "entry": "entry"},
    R.Mention: {"text": "text", **_OFFSETS, "sentence": "sentence", "label": "label", "actor": _ACTOR,
                "antecedent": "antecedent", "rule": "rule"},
    R.Participant: {"text": "text", "country": "country", "sector": "sector", "code": "code",
                    "name": "name", **_OFFSETS},
    R.Event: {
        "type": "type", "cameo": "cameo", "goldstein": "goldstein", "quad": "quad", "source": "source",
        "target": "target", "sentence": "sentence", **_OFFSETS, "trigger": "trigger",
        "trigger_start": "trigger_start", "trigger_end": "trigger_end", "evidence": "evidence",
        "rule": "rule", "mode": "mode", "context": "context", "negated": "negated", "date": "date",
        "date_precision": "date_precision", "quote": "quote_idx", "tone": "tone",
        "location": {"name": "location_name", "country": "location_country", "lat": "lat", "lon": "lon",
                     "geonames_id": "geonames_id", "rule": "location_rule"},
    },
    R.Quote: {
        "content": "content", **_OFFSETS, "direct": "direct", "cue": "cue", "cue_start": "cue_start",
        "cue_end": "cue_end", "sentence": "sentence", "events": "events", "rule": "rule", "tone": _TONE,
        "speaker": {"text": "speaker_text", "name": "speaker_name", "start": "speaker_start",
                    "end": "speaker_end", "mention": None, "rule": None,
                    "actor": {"country": "speaker_country", "sector": "speaker_sector",
                              "code": "speaker_code", "name": None, "entry": None}},
    },
    R.TimeExpression: {"text": "text", **_OFFSETS, "value": "value", "granularity": "granularity",
                       "type": "type", "sentence": "sentence", "rule": "rule"},
    R.Place: {"text": "text", **_OFFSETS, "name": "name", "country": "country", "lat": "lat", "lon": "lon",
              "geonames_id": "geonames_id", "feature": "feature", "sentence": "sentence",
              "metonym": "metonym", "rule": "rule"},
}
"""Record field -> stored column; a nested record maps its own fields (flattened into the row)."""

TABLE_OF: dict[type, str] = {R.Article: "articles", R.Sentence: "sentences", R.Mention: "mentions",
                             R.Event: "events", R.Quote: "quotes", R.TimeExpression: "times",
                             R.Place: "places"}
"""The table holding one row per record."""

TABLE_ONLY: dict[str, tuple[str, ...]] = {
    "articles": ("n_words", "story_id", "run_id", "coded_at", "coder", "tone", "avg_tone",
                 "tone_positive", "tone_negative", "tone_words", "estimated_date", "estimated_from",
                 "estimated_to", "estimated_by"),
    "sentences": ("article_id",),
    "mentions": ("article_id", "idx"),
    "events": ("event_id", "article_id", "idx", "story_id", "article_date", "event_date"),
    "quotes": ("quote_id", "article_id", "idx"),
    "times": ("article_id", "idx"),
    "places": ("article_id", "idx"),
}
"""Columns no record field gives: keys, position, provenance and derived dates; the article's
tone (``CodedArticle.tone``: score, GDELT's avg_tone and the word counts behind it); an undated
article's estimated date (``CodedArticle.date_estimate``: day, span and evidence)."""


def columns(mapping: dict[str, Stored]) -> list[str]:
    """Every column a ``STORED_AS`` mapping writes, in field order."""
    out: list[str] = []
    for target in mapping.values():
        if isinstance(target, dict):
            out.extend(columns(target))
        elif target is not None:
            out.append(target)
    return out


def stored_values(record: Any, mapping: dict[str, Stored] | None = None) -> dict[str, Any]:
    """``{column: value}`` of one record as ``STORED_AS`` says it is stored (a missing nested
    record stores NULLs; a list of participants becomes a list of struct dicts)."""
    mapping = STORED_AS[type(record)] if mapping is None else mapping
    out: dict[str, Any] = {}
    for name, target in mapping.items():
        value = getattr(record, name) if record is not None else None
        if isinstance(target, dict):
            out.update(stored_values(value, target))
        elif target is not None:
            if isinstance(value, list) and value and type(value[0]) in STORED_AS:
                value = [stored_values(p) for p in value]  # participants, tone words
            out[target] = list(value) if isinstance(value, list) else value
    return out


# -- API models ------------------------------------------------------------------------------

_PY: dict[str, Any] = {"string": str, "bool": bool, "double": float, "date32[day]": Date,
                       "timestamp[us]": datetime, "binary": bytes}


def _py_type(arrow: pa.DataType, name: str) -> Any:
    if pa.types.is_integer(arrow):
        return int
    if pa.types.is_list(arrow):
        return list[_py_type(arrow.value_type, name)]
    if pa.types.is_struct(arrow):
        return _STRUCTS.get(arrow) or struct_model(name.capitalize(), arrow)
    return _PY[str(arrow)]


class Strict(BaseModel):
    """Response rows: a field the model does not declare is an error, not passed through."""

    model_config = ConfigDict(extra="forbid")


def _fields(schema: pa.Schema | pa.StructType, prefix: str) -> dict[str, Any]:
    found = schema if isinstance(schema, pa.Schema) else list(schema)
    return {f.name: (_py_type(f.type, f"{prefix}{f.name}") | None, ...) for f in found}


_STRUCTS: dict[pa.DataType, type[Strict]] = {}


def struct_model(name: str, struct: pa.StructType) -> type[Strict]:
    """A strict model of an Arrow struct (``source``/``target`` participants), one per struct."""
    if struct not in _STRUCTS:
        _STRUCTS[struct] = create_model(name, __base__=Strict, **_fields(struct, ""))
    return _STRUCTS[struct]


def row_model(name: str, table: str, **extra: Any) -> type[Strict]:
    """A strict model of one row of ``table`` plus ``extra`` joined columns (name=type)."""
    fields = _fields(ARROW[table], "")
    fields.update({k: (v, ...) for k, v in extra.items()})
    return create_model(name, __base__=Strict, **fields)


Participant = struct_model("Participant", PARTICIPANT)


# -- docs/schema.md ---------------------------------------------------------------------------

BEGIN = "<!-- generated by `python -m detente.schema`: edit records.py / detente/schema.py, not here -->"
END = "<!-- end of generated part -->"
DOCS = Path(__file__).resolve().parents[2] / "docs" / "schema.md"


def field_docs(cls: type) -> dict[str, str]:
    """The docstring under each field of a record class (from its source)."""
    tree = ast.parse(inspect.getsource(cls))
    body = tree.body[0].body  # type: ignore[attr-defined]
    docs = {}
    for node, after in zip(body, body[1:] + [None], strict=True):
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            if isinstance(after, ast.Expr) and isinstance(after.value, ast.Constant):
                docs[node.target.id] = " ".join(str(after.value.value).split())
    return docs


def _where(target: Stored) -> str:
    if target is None:
        return "not stored"
    if isinstance(target, dict):
        return ", ".join(f"`{c}`" for c in columns(target))
    return f"`{target}`"


def _type(cls: type, name: str) -> str:
    hint = {f.name: f.type for f in dataclasses.fields(cls)}[name]
    return re.sub(r"\bDate\b", "date", str(hint).replace("|", "or"))


_PARTS = {"article": "articles", "sentences": "sentences", "mentions": "mentions", "events": "events",
          "quotes": "quotes", "times": "times", "places": "places",
          "tone": "articles` (`tone`, `avg_tone`, `tone_positive`, `tone_negative`) and `tone_words",
          "date_estimate": "articles` (`estimated_date`, `estimated_from`, `estimated_to`) and `estimated_by"}


def contract_markdown() -> str:
    """The JSON contract, record by record: key, type, meaning and where it is stored."""
    lines = ["### The JSON contract (`detente code`, `detente.code(...).to_dict()`)", ""]
    order = [R.CodedArticle, R.Article, R.DateEstimate, R.Sentence, R.Tone, R.ToneWord, R.Mention, R.Actor, R.Event,
             R.Participant, R.Location, R.Quote, R.Speaker, R.TimeExpression, R.Place]
    for cls in order:
        docs = field_docs(cls)
        stored = STORED_AS.get(cls, {})
        table = TABLE_OF.get(cls)
        lines += [f"**{cls.__name__}**" + (f" (table `{table}`)" if table else ""), "",
                  "| key | type | meaning | stored as |", "|---|---|---|---|"]
        for name in cls.CONTRACT:
            if name in stored:
                where = _where(stored[name])
            elif cls is R.CodedArticle:
                where = f"table `{_PARTS[name]}`"
            else:
                where = "in its parent's row"
            lines.append(f"| `{name}` | {_type(cls, name)} | {docs.get(name, '')} | {where} |")
        if cls.INTERNAL:
            lines.append("")
            lines.append("Not in the JSON: " + ", ".join(f"`{n}`" for n in cls.INTERNAL) + ".")
        lines.append("")
    return "\n".join(lines)


def tables_markdown() -> str:
    """Every stored table with its columns and their Arrow/DuckDB types."""
    lines = ["### Tables and columns", "", "| table | columns |", "|---|---|"]
    for table, schema in ARROW.items():
        cols = ", ".join(f"`{f.name}` {f.type}" for f in schema)
        lines.append(f"| `{table}` | {cols} |")
    return "\n".join(lines) + "\n"


def generated() -> str:
    return "\n".join([BEGIN, "", contract_markdown(), tables_markdown(), END])


def write_docs(path: Path = DOCS) -> bool:
    """Replace the generated part of docs/schema.md (appended if absent); True if it changed."""
    text = path.read_text(encoding="utf-8")
    if BEGIN in text:
        head, rest = text.split(BEGIN, 1)
        tail = rest.split(END, 1)[1]
    else:
        head, tail = text.rstrip() + "\n\n", "\n"
    new = head + generated() + tail
    path.write_text(new, encoding="utf-8")
    return new != text


if __name__ == "__main__":
    changed = write_docs()
    print(f"{DOCS}: {'rewritten' if changed else 'up to date'}", file=sys.stderr)
