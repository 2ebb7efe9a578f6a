"""One schema: the records, the JSON contract, the stored columns, the DuckDB tables the
migrations create, the API models and docs/schema.md agree; any two that drift fail here."""

from __future__ import annotations

import dataclasses
import typing

import pyarrow as pa
import pytest
from pydantic import ValidationError

from detente import records as R
from detente import schema
from detente.server import schemas as api
from detente.store import open_store
from detente.store.reader import dyad_events, select_quotes
from detente.store.rows import coded_rows
from detente.store.schema import ARROW, PARTICIPANT

RECORDS = [c for c in vars(R).values()
           if isinstance(c, type) and issubclass(c, R.Record) and c is not R.Record]
NESTED = {(R.Mention, "actor"): R.Actor, (R.Event, "location"): R.Location,
          (R.Quote, "speaker"): R.Speaker, (R.Speaker, "actor"): R.Actor,
          (R.Sentence, "tone"): R.Tone, (R.Quote, "tone"): R.Tone}


def _fields(cls) -> list[str]:
    return [f.name for f in dataclasses.fields(cls)]


@pytest.mark.parametrize("cls", RECORDS, ids=lambda c: c.__name__)
def test_contract_and_internal_cover_every_field(cls):
    assert not set(cls.CONTRACT) & set(cls.INTERNAL)
    assert sorted(cls.CONTRACT + cls.INTERNAL) == sorted(_fields(cls))


def _check_contract(value, cls) -> None:
    assert list(value) == list(cls.CONTRACT), cls.__name__
    hints = typing.get_type_hints(cls, vars(R))
    for name in cls.CONTRACT:
        inner = [a for a in typing.get_args(hints[name]) or [hints[name]]]
        inner = [x for a in inner for x in (typing.get_args(a) or [a])]
        kinds = [k for k in inner if isinstance(k, type) and issubclass(k, R.Record)]
        if kinds and value[name] is not None:
            for item in value[name] if isinstance(value[name], list) else [value[name]]:
                _check_contract(item, kinds[0])


def test_json_contract_follows_the_records(geneva_coded):
    _check_contract(geneva_coded.to_dict(), R.CodedArticle)


def _mapping_fields(cls, mapping) -> None:
    assert sorted(mapping) == sorted(_fields(cls)), cls.__name__
    for name, target in mapping.items():
        if isinstance(target, dict):
            _mapping_fields(NESTED[(cls, name)], target)


@pytest.mark.parametrize("cls", list(schema.STORED_AS), ids=lambda c: c.__name__)
def test_every_record_field_has_a_place(cls):
    _mapping_fields(cls, schema.STORED_AS[cls])


@pytest.mark.parametrize("cls", list(schema.TABLE_OF), ids=lambda c: c.__name__)
def test_stored_columns_are_the_table(cls):
    table = schema.TABLE_OF[cls]
    written = schema.columns(schema.STORED_AS[cls]) + list(schema.TABLE_ONLY[table])
    assert len(written) == len(set(written))
    assert sorted(written) == sorted(ARROW[table].names)


def test_participant_struct():
    assert sorted(schema.columns(schema.STORED_AS[R.Participant])) == sorted(f.name for f in PARTICIPANT)


def test_store_writes_what_the_schema_says(geneva_coded):
    rows = coded_rows(geneva_coded, "run")
    for table, found in rows.items():
        for row in found:
            assert sorted(row) == sorted(ARROW[table].names), table
    parts = {R.Mention: geneva_coded.mentions, R.Event: geneva_coded.events, R.Quote: geneva_coded.quotes,
             R.TimeExpression: geneva_coded.times, R.Place: geneva_coded.places,
             R.Sentence: geneva_coded.sentences, R.Article: [geneva_coded.article]}
    for cls, items in parts.items():
        assert items, cls.__name__
        for record, row in zip(items, rows[schema.TABLE_OF[cls]], strict=True):
            expected = schema.stored_values(record)
            assert {k: row[k] for k in expected} == expected, cls.__name__


DUCK = {"string": "VARCHAR", "int8": "TINYINT", "int16": "SMALLINT", "int32": "INTEGER",
        "int64": "BIGINT", "double": "DOUBLE", "bool": "BOOLEAN", "date32[day]": "DATE",
        "timestamp[us]": "TIMESTAMP", "binary": "BLOB"}


def _duck(t: pa.DataType) -> str:
    if pa.types.is_list(t):
        return _duck(t.value_type) + "[]"
    if pa.types.is_struct(t):
        return "STRUCT(" + ", ".join(f"{f.name} {_duck(f.type)}" for f in t) + ")"
    return DUCK[str(t)]


def test_migrations_create_the_arrow_tables(tmp_path):
    with open_store(tmp_path / "s.duckdb") as store:
        for table, arrow in ARROW.items():  # DuckDB quotes keywords in struct types: ignore quotes
            described = {r[0]: r[1].replace('"', "") for r in store.con.execute(f"DESCRIBE {table}").fetchall()}
            assert described == {f.name: _duck(f.type) for f in arrow}, table


def test_api_rows_are_strict_and_match_the_store(tmp_path, geneva_coded):
    assert set(api.EventRow.model_fields) == set(ARROW["events"].names) | {
        "article_title", "article_url", "sentence_start"}
    assert set(api.QuoteRow.model_fields) == set(ARROW["quotes"].names) | {"article_date", "article_title"}
    with open_store(tmp_path / "s.duckdb") as store:
        store.write([geneva_coded])
        total, events = dyad_events(store, limit=500)
        quotes = select_quotes(store, limit=500)
    assert total == len(events) == len(geneva_coded.events) and quotes
    api.EventsPage.model_validate({"ok": True, "total": total, "limit": 500, "offset": 0, "items": events})
    api.QuotesPage.model_validate({"ok": True, "limit": 500, "offset": 0, "more": False, "items": quotes})
    with pytest.raises(ValidationError, match="bogus"):
        api.EventRow.model_validate({**events[0], "bogus": 1})


def test_docs_schema_is_current():
    text = schema.DOCS.read_text(encoding="utf-8")
    assert schema.generated() in text, "docs/schema.md is stale: run `python -m detente.schema`"
