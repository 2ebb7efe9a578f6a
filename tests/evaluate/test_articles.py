"""Scoring of event rows against exhaustively annotated articles (gold/CONVENTIONS.md rules)."""

from __future__ import annotations

import json

from detente.evaluate.articles import (
    GoldArticle,
    Tally,
    add_record,
    precision_recall,
    read_gold,
    row_triples,
    score_article,
)
from detente.records import Event, Participant


def _event(type_, sources, targets, negated=False):
    return Event(type=type_, cameo="010", goldstein=0.0, quad=1,
                 source=[Participant(text=c, country=c) for c in sources],
                 target=[Participant(text=c, country=c) for c in targets], sentence=0, start=0, end=1,
                 trigger="x", trigger_start=0, trigger_end=1, evidence="x", rule="test", negated=negated)


def _record(type_, src, tgt, **flags):
    return {"type": type_, "source": {"country": src}, "target": {"country": tgt} if tgt else None, **flags}


def _article(*records):
    article = GoldArticle("a", "dev", None, "")
    for r in records:
        add_record(article, r)
    return article


def test_pairs_symmetry_optional_and_negation():
    gold = _article(_record("CONSULT", "USA", "RUS"), _record("ACCUSE", "USA", "CHN"),
                    _record("ASSAULT", "RUS", "UKR", optional=True),
                    _record("AGREE", "FRA", "DEU", negated=True))
    rows = row_triples([_event("CONSULT", ["RUS"], ["USA"]), _event("ACCUSE", ["USA"], ["CHN", "IRN"]),
                        _event("ASSAULT", ["RUS"], ["UKR"]), _event("AGREE", ["FRA"], ["DEU"], negated=True)])
    tally = Tally()
    score_article(gold, rows, tally)
    full = precision_recall(tally.full)
    assert (tally.full["tp_pred"], tally.full["fp"]) == (3, 1)  # ACCUSE USA->IRN is wrong
    assert full["recall"] == 1.0
    assert tally.source["fp"] == 0


def test_alternative_counts_for_the_required_triple_and_confusion():
    gold = _article(_record("ASSAULT", "CHN", "JPN", alternatives=[{"type": "THREATEN"}]),
                    _record("REJECT", "HUN", "EU"))
    tally = Tally()
    score_article(gold, row_triples([_event("THREATEN", ["CHN"], ["JPN"]), _event("REJECT", ["HUN"], [])]), tally)
    assert tally.full["tp"] == 1 and tally.full["fn"] == 1
    assert tally.confusion["REJECT: target EU coded as None"] == 1
    assert tally.target_present["without"] == 1


def test_target_present_counts_a_row_without_a_source():
    # an attack by no one named, on a named country: the row has its target
    gold = _article(_record("ASSAULT", None, "COL"), _record("ACCUSE", "USA", "CHN"), _record("CONSULT", "FRA", "DEU"))
    tally = Tally()
    score_article(gold, row_triples([_event("ASSAULT", [], ["COL"]), _event("ACCUSE", ["USA"], []),
                                     _event("CONSULT", ["DEU"], ["FRA"])]), tally)
    assert tally.target_present == {"with": 2, "without": 1}


def test_read_gold_folder(tmp_path):
    (tmp_path / "dev.articles.jsonl").write_text(json.dumps(
        {"id": "x", "half": "dev", "date": "2020-01-01", "title": "t", "text": "Text."}) + "\n")
    (tmp_path / "dev.jsonl").write_text(json.dumps({"id": "x", "events": [_record("ACCUSE", "USA", None)]}) + "\n")
    [article] = read_gold(tmp_path)
    assert article.required == {("ACCUSE", "USA", None): {("ACCUSE", "USA", None)}}
    assert article.named_targets == []


def test_read_gold_folder_takes_later_rounds(tmp_path):
    for folder, ident in ((tmp_path, "x"), (tmp_path / "round2", "y")):
        folder.mkdir(exist_ok=True)
        (folder / "heldout.articles.jsonl").write_text(json.dumps(
            {"id": ident, "half": "heldout", "date": "2020-01-01", "title": "t", "text": "Text."}) + "\n")
        (folder / "heldout.jsonl").write_text(json.dumps({"id": ident, "events": []}) + "\n")
    assert [a.id for a in read_gold(tmp_path)] == ["x", "y"]
    assert [a.id for a in read_gold(tmp_path / "heldout.jsonl")] == ["x"]


def test_read_gold_folder_of_its_own_draw_reads_tune_and_check(tmp_path):
    # gold/events/round3: a draw split into tune and check, read when the folder itself is given;
    # a subfolder's tune/check files (gold/events/rows: judged rows, another format) never are
    for folder, ident, half in ((tmp_path, "t", "tune"), (tmp_path, "c", "check"), (tmp_path / "rows", "r", "tune")):
        folder.mkdir(exist_ok=True)
        (folder / f"{half}.articles.jsonl").write_text(json.dumps(
            {"id": ident, "half": half, "date": "2020-01-01", "title": "t", "text": "Text."}) + "\n")
        (folder / f"{half}.jsonl").write_text(json.dumps({"id": ident, "events": []}) + "\n")
    assert sorted((a.id, a.half) for a in read_gold(tmp_path)) == [("c", "check"), ("t", "tune")]
