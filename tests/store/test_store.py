"""The DuckDB store: migrations, Arrow writes, idempotency, replacement, atomicity."""

from __future__ import annotations

from datetime import date

import duckdb
import pytest

from detente import open_store
from detente.errors import StoreError
from detente.ingest import ingest_paths
from detente.records import Article, CodedArticle, Event, Participant, Sentence
from detente.store.schema import ARROW, latest_version


def _coded(aid: str, text: str, n_events: int = 1) -> CodedArticle:
    art = Article(id=aid, text=text, date=date(2021, 6, 16), date_source="option")
    events = [
        Event(type="CONSULT", cameo="040", goldstein=1.0, quad=1,
              source=[Participant(text="Russia", country="RUS", sector="GOV", start=0, end=6)],
              target=[Participant(text="the US", country="USA", start=11, end=17)],
              sentence=0, start=0, end=len(text), trigger="met", trigger_start=7, trigger_end=10,
              evidence=text, rule="test:consult", date="2021-03")
        for _ in range(n_events)
    ]
    return CodedArticle(article=art, sentences=[Sentence(0, 0, len(text))], events=events)


def test_migrations_create_every_table_and_match_arrow_schemas(db_path):
    # The SQL DDL and the Arrow schemas the writer uses must agree column for column.
    with open_store(db_path) as store:
        assert store.schema_version() == latest_version()
        for table, schema in ARROW.items():
            cols = [r[0] for r in store.con.execute(f"DESCRIBE {table}").fetchall()]
            assert cols == schema.names, table


def test_write_is_idempotent_and_replaces_changed_articles(db_path):
    with open_store(db_path) as store:
        store.write([_coded("a1", "Russia met the US.", 2)])
        store.write([_coded("a1", "Russia met the US.", 2)])
        assert store.counts()["events"] == 2 and store.counts()["articles"] == 1
        store.write([_coded("a1", "Russia met the US again.", 1)])
        assert store.counts()["events"] == 1
        row = store.query("SELECT event_date, source_country, target_country FROM event_dyads")[0]
        assert row == {"event_date": date(2021, 3, 1), "source_country": "RUS", "target_country": "USA"}


def test_failed_write_leaves_nothing_half_written(db_path):
    # Two articles with the same id in one batch is refused before anything is written.
    with open_store(db_path) as store:
        with pytest.raises(StoreError):
            store.write([_coded("a1", "Russia met the US."), _coded("a1", "Russia met the US.")])
        assert store.counts()["articles"] == 0 and store.counts()["events"] == 0


def test_read_only_store_refuses_missing_file(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        open_store(tmp_path / "nope.duckdb", read_only=True)


def test_old_database_is_migrated_step_by_step(db_path):
    # A database left at version 0 (only the version table) is brought to the latest version.
    con = duckdb.connect(str(db_path))
    con.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP)")
    con.close()
    with open_store(db_path) as store:
        assert store.schema_version() == latest_version()


def test_ingest_twice_leaves_identical_counts(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    for i, text in enumerate(["Russia recalled its ambassador to the United States.",
                              "Ukraine accused Russia of breaking the ceasefire.",
                              "France and Germany signed a defence agreement."]):
        (d / f"{i}.txt").write_text(text)
    db = tmp_path / "x.duckdb"
    first = ingest_paths([d], db=db)
    with open_store(db) as store:
        counts1 = store.counts()
    second = ingest_paths([d], db=db)
    with open_store(db) as store:
        counts2 = store.counts()
    assert (first.coded, first.unchanged) == (3, 0)
    assert (second.coded, second.unchanged) == (0, 3)
    counts1.pop("runs"), counts2.pop("runs")
    assert counts1 == counts2


def test_joint_events_give_reciprocal_dyads(db_path):
    # "Russia and the US met": two sources, no target -> RUS->USA and USA->RUS, flagged joint.
    coded = _coded("j1", "Russia and the US met.")
    ev = coded.events[0]
    ev.source = [Participant(text="Russia", country="RUS"), Participant(text="the US", country="USA")]
    ev.target = []
    with open_store(db_path) as store:
        store.write([coded, _coded("a2", "Russia met the US.")])
        rows = store.query("SELECT article_id, source_country, target_country, joint FROM event_dyads "
                           "ORDER BY article_id, source_country")
    assert rows == [
        {"article_id": "a2", "source_country": "RUS", "target_country": "USA", "joint": False},
        {"article_id": "j1", "source_country": "RUS", "target_country": "USA", "joint": True},
        {"article_id": "j1", "source_country": "USA", "target_country": "RUS", "joint": True},
    ]


def test_articles_coded_by_another_coder_version_are_recoded(tmp_path):
    # A database coded by an older detente (or older dictionaries) is re-coded on ingest,
    # not skipped as unchanged; the same coder skips it.
    (tmp_path / "a.txt").write_text("Russia recalled its ambassador to the United States.")
    db = tmp_path / "x.duckdb"
    ingest_paths([tmp_path / "a.txt"], db=db)
    with open_store(db) as store:
        store.con.execute("UPDATE articles SET coder = 'older-coder'")
    again = ingest_paths([tmp_path / "a.txt"], db=db)
    assert (again.coded, again.unchanged) == (1, 0)
    with open_store(db) as store:
        assert store.counts()["articles"] == 1
        (coder,) = store.con.execute("SELECT coder FROM articles").fetchone()
    assert coder != "older-coder"
    assert ingest_paths([tmp_path / "a.txt"], db=db).unchanged == 1


def test_migration_versions_are_unique_and_consecutive():
    # Two branches each adding "005_*.sql" would both claim version 5: the second would never
    # be applied on a database that had the first. Versions run 1, 2, 3... with no gap or twin.
    from detente.store.schema import migrations

    versions = [version for version, _name, _sql in migrations()]
    assert versions == list(range(1, len(versions) + 1))
