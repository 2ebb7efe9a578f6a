"""Annotator c's part of the round-12 event gold (issue 13, round 24, branch g12c;
``gold/events/round12/parts/c.{tune,check,twice}.jsonl``): each part file is well formed -- one line per
item of ``deal.json["c"][part]`` in the deal's order, every sentence in its article, every trigger and side's
words in the sentence, known types and sectors, ``repeat_of`` pointing back to an earlier record -- and the
twice items are annotator a's first three tune and check items, as ``draw.py`` deals them."""

from __future__ import annotations

import json

import pytest
from tests.conftest import ROOT

from detente.actors.phoenix import SECTORS

FOLDER = ROOT / "gold" / "events" / "round12"
TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
         "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
FLAGS = ("negated", "reported", "optional")


def _lines(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _articles() -> dict[str, dict]:
    return {a["id"]: a for half in ("tune", "check") for a in _lines(FOLDER / f"{half}.articles.jsonl")}


def _deal() -> dict:
    return json.loads((FOLDER / "deal.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("part", ["tune", "check", "twice"])
def test_round12_part_c_records_are_well_formed(part):
    articles, ids = _articles(), _deal()["c"][part]
    lines = _lines(FOLDER / "parts" / f"c.{part}.jsonl")
    # an item left unannotated is absent, never half-annotated: the lines follow the deal's order
    assert [line["id"] for line in lines] == [i for i in ids if i in {line["id"] for line in lines}]
    assert len(lines) == len(ids)
    for line in lines:
        article = articles[line["id"]]
        if part != "twice":
            assert article["half"] == part
        for i, record in enumerate(line["events"]):
            assert record["sentence"] in article["text"] and record["trigger"] in record["sentence"]
            assert record["type"] in TYPES
            assert all(isinstance(record[flag], bool) for flag in FLAGS)
            for side in ("source", "target"):
                value = record[side]
                if value is not None:
                    assert value["sector"] is None or value["sector"] in SECTORS
                    assert value["text"] is None or value["text"] in record["sentence"]
            for alternative in record["alternatives"]:
                assert set(alternative) <= {"type", "source", "target"}
                assert alternative.get("type", "ACCUSE") in TYPES
            assert record["repeat_of"] is None or 0 <= record["repeat_of"] < i


def test_round12_part_c_twice_items_are_annotator_a_s_first_items():
    deal = _deal()
    assert deal["c"]["twice"] == deal["a"]["tune"][:3] + deal["a"]["check"][:3]
    assert not set(deal["c"]["twice"]) & (set(deal["c"]["tune"]) | set(deal["c"]["check"]))
