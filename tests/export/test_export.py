"""Exports of a real DuckDB file (tests/analysis/corpus.py) open in pandas with every field."""

from __future__ import annotations

import json
from datetime import date

import pandas as pd
import pytest
from click.testing import CliRunner

from detente.cli import main
from detente.errors import UsageError
from detente.export import GDELT_COLUMNS, export_events
from detente.store import open_store

N_EVENTS = 10  # 2 (March) + 3 + 2 (the Geneva story, two articles) + 2 (July) + 1 (joint, December)



def test_parquet_keeps_every_field_and_the_nested_participants(store, tmp_path):
    result = export_events(store, format="parquet", out=tmp_path / "e.parquet")
    df = pd.read_parquet(result.path)
    assert result.rows == len(df) == N_EVENTS
    stored = {r["column_name"] for r in store.query(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'events'")}
    assert stored | {"article_title", "article_url", "article_source", "coded_at"} == set(df.columns)
    geneva = df[(df.article_id == "a-jun") & (df.idx == 0)].iloc[0]
    assert geneva.source[0]["country"] == "USA" and geneva.source[0]["name"] == "Joe Biden"
    assert geneva.location_name == "Geneva" and geneva.story_id == "s-geneva"


def test_csv_flattens_participants_and_keeps_them_as_json(store, tmp_path):
    export_events(store, format="csv", out=tmp_path / "e.csv")
    df = pd.read_csv(tmp_path / "e.csv")
    assert len(df) == N_EVENTS
    joint = df[df.article_id == "a-dec"].iloc[0]
    assert joint.source_country == "RUS;USA" and joint.source_name == "Sergei Lavrov;Antony Blinken"
    assert json.loads(joint.source_json)[1]["text"] == "Antony Blinken"
    assert json.loads(joint.target_json) == [] and pd.isna(joint.target_country)
    assert set(df.trigger) >= {"accused", "met", "shelled"}


def test_plover_lines_use_the_plover_field_names(store, tmp_path):
    export_events(store, format="jsonl-plover", out=tmp_path / "e.jsonl")
    records = [json.loads(line) for line in (tmp_path / "e.jsonl").read_text().splitlines()]
    assert len(records) == N_EVENTS
    first = records[0]  # Washington accused Moscow, 2021-03-17
    assert {"id", "date", "source", "recipient", "event", "mode", "context", "event_loc",
            "event_text", "quad_code", "event_scale", "text", "text_info", "cite_info"} <= set(first)
    assert first["date"] == "2021-03-17" and first["event"] == ["ACCUSE"]
    assert first["source"] == [{"code": "USA", "sector": "GOV", "actor_text": "Washington"}]
    assert first["recipient"][0]["code"] == "RUS" and first["event_text"] == ["accused"]
    assert first["text"] == "Washington accused Moscow of meddling in the election."
    donetsk = next(r for r in records if r["event"] == ["ASSAULT"])
    assert donetsk["event_loc"]["name"] == "Donetsk" and donetsk["event_loc"]["cc3"] == "UKR"
    assert donetsk["quad_code"] == 4 and donetsk["event_scale"] == -9.0


def test_gdelt_tsv_has_the_61_columns_and_counts_a_story_once(store, tmp_path):
    result = export_events(store, format="gdelt-tsv", out=tmp_path / "e.tsv")
    df = pd.read_csv(tmp_path / "e.tsv", sep="\t", dtype={"EventCode": str, "EventBaseCode": str,
                                                          "EventRootCode": str})
    assert list(df.columns) == list(GDELT_COLUMNS) and len(GDELT_COLUMNS) == 61
    # 10 event rows -> 9 dyadic events: the copied Geneva article adds mentions, not events,
    # and the joint December meeting is one event in each direction.
    assert result.rows == len(df) == 9
    consult = df[(df.EventCode == "040") & (df.Actor1CountryCode == "USA") & (df.SQLDATE == 20210616)].iloc[0]
    assert (consult.NumMentions, consult.NumArticles, consult.NumSources) == (2, 2, 1)
    assert consult.Actor2CountryCode == "RUS" and consult.Actor1Name == "JOE BIDEN"
    assert consult.QuadClass == 1 and consult.IsRootEvent == 1 and consult.ActionGeo_FullName == "Geneva"
    assert consult.MonthYear == 202106 and consult.Year == 2021 and consult.SOURCEURL.endswith("/a-jun")
    assert df.GLOBALEVENTID.is_unique
    # AvgTone: GDELT's tone of the reporting articles over the event's mentions (a-jun +4.167,
    # its copy 0); the March accusation's article is -26.667.
    assert consult.AvgTone == pytest.approx((100 / 24 + 0) / 2, abs=1e-3)
    assert df[df.EventCode == "112"].iloc[0].AvgTone == pytest.approx(-400 / 15, abs=1e-3)
    aid = df[df.EventRootCode == "07"].iloc[0]
    assert aid.EventBaseCode == "073" and aid.Actor1Type1Code == "GOV" and aid.IsRootEvent == 0


def test_filters_select_by_country_type_and_date(store, tmp_path):
    r = export_events(store, format="jsonl-plover", out=tmp_path / "ukr.jsonl", country="ukr")
    assert r.rows == 2
    r = export_events(store, format="csv", out=tmp_path / "consult.csv", type="consult",
                      date_from=date(2021, 6, 1), date_to=date(2021, 6, 30))
    assert r.rows == 4 and set(pd.read_csv(tmp_path / "consult.csv").event_date) == {"2021-06-16"}
    r = export_events(store, format="gdelt-tsv", out=tmp_path / "none.tsv", country="FRA")
    assert r.rows == 0 and list(pd.read_csv(tmp_path / "none.tsv", sep="\t").columns) == list(GDELT_COLUMNS)


def test_a_large_export_streams_in_batches(tmp_path):
    # 12,000 events written and read back through the batch reader: row counts agree and
    # the Parquet file holds several row groups (one per batch), so no step held them all.
    from tests.analysis.corpus import march

    arts = []
    for i in range(6000):
        c = march()
        c.article.id = f"bulk-{i}"
        arts.append(c)
    db = tmp_path / "bulk.duckdb"
    with open_store(db) as s:
        s.write(arts)
    with open_store(db, read_only=True) as s:
        result = export_events(s, format="parquet", out=tmp_path / "bulk.parquet", batch_rows=5000)
        tsv = export_events(s, format="gdelt-tsv", out=tmp_path / "bulk.tsv", batch_rows=5000)
    import pyarrow.parquet as pq

    meta = pq.ParquetFile(tmp_path / "bulk.parquet").metadata
    assert result.rows == meta.num_rows == 12_000 and meta.num_row_groups >= 3
    assert tsv.rows == 12_000 and len(pd.read_csv(tmp_path / "bulk.tsv", sep="\t")) == 12_000


def test_unknown_format_names_the_choices(store, tmp_path):
    with pytest.raises(UsageError, match="parquet, csv, jsonl-plover, gdelt-tsv"):
        export_events(store, format="xlsx", out=tmp_path / "x")


def test_cli_export(corpus_db, tmp_path):
    out = tmp_path / "cli.tsv"
    res = CliRunner().invoke(main, ["export", "--db", str(corpus_db), "--format", "gdelt-tsv",
                                    "--out", str(out), "--country", "RUS", "--from", "2021-06-01"])
    assert res.exit_code == 0, res.output
    assert "rows written" in res.stderr and len(pd.read_csv(out, sep="\t")) == 6


def test_gdelt_quad_class_follows_gdelt_for_the_cameo_code():
    from detente.export.gdelt import gdelt_quad

    # GDELT: roots 01-05 verbal coop, 06-08 material coop, 09-13 verbal conflict, 14-20 material.
    assert [gdelt_quad(c) for c in ("010", "0211", "043", "057", "061", "084", "090", "100", "138",
                                    "141", "163", "190", "204")] == [1, 1, 1, 1, 2, 2, 3, 3, 3, 4, 4, 4, 4]
    assert gdelt_quad("", 3) == 3 and gdelt_quad(None) is None


def test_gdelt_actor_columns_put_bodies_in_known_group_not_country():
    # A three-capital body code (WHO, ICC) is not a country: GDELT's CountryCode holds states
    # only (ISO alpha-3 and Kosovo's XKX); a body's code goes to KnownGroupCode.
    from detente.export.gdelt import _actor

    def columns(country):
        return dict(zip(("Code", "Name", "CountryCode", "KnownGroupCode"),
                        _actor({"source_country": country, "source_name": "X"}, "source")[:4],
                        strict=True))

    assert columns("RUS")["CountryCode"] == "RUS" and columns("RUS")["KnownGroupCode"] == ""
    assert columns("XKX")["CountryCode"] == "XKX"
    for body in ("WHO", "ICC", "IMF", "NATO", "EU"):
        assert columns(body)["CountryCode"] == "" and columns(body)["KnownGroupCode"] == body
