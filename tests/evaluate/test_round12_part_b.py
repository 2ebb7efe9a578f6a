"""Annotator b's part of the round-12 event gold (issue 13, round 24, branch g12b;
``gold/events/round12/parts/b.{tune,check,twice}.jsonl``): each part file is well formed and holds the
items of ``deal.json["b"]`` in the deal's order (the pattern of ``test_round11_records_are_well_formed``)."""

from __future__ import annotations

import json

import pytest
from tests.conftest import ROOT

from detente.actors.phoenix import SECTORS

FOLDER = ROOT / "gold" / "events" / "round12"
TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
         "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
KEYS = {"sentence", "trigger", "type", "source", "target", "negated", "reported", "optional", "alternatives",
        "repeat_of", "note"}


def _lines(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _texts() -> dict[str, str]:
    return {a["id"]: a["text"] for half in ("tune", "check") for a in _lines(FOLDER / f"{half}.articles.jsonl")}


@pytest.mark.parametrize("name", ["tune", "check", "twice"])
def test_round12_part_b_records_are_well_formed(name):
    path = FOLDER / "parts" / f"b.{name}.jsonl"
    if not path.exists():
        pytest.skip(f"{path.name} not written yet")
    deal = json.loads((FOLDER / "deal.json").read_text(encoding="utf-8"))["b"][name]
    texts, lines = _texts(), _lines(path)
    assert [line["id"] for line in lines] == deal
    for line in lines:
        text = texts[line["id"]]
        for i, record in enumerate(line["events"]):
            assert set(record) == KEYS
            assert record["sentence"] in text and record["trigger"] in record["sentence"]
            assert record["type"] in TYPES
            assert all(isinstance(record[flag], bool) for flag in ("negated", "reported", "optional"))
            for side in ("source", "target"):
                value = record[side]
                if value is not None:
                    assert value["sector"] is None or value["sector"] in SECTORS
                    assert value["text"] is None or value["text"] in record["sentence"]
            for alternative in record["alternatives"]:
                assert set(alternative) <= {"type", "source", "target"}
                assert alternative.get("type") is None or alternative["type"] in TYPES
            assert record["repeat_of"] is None or 0 <= record["repeat_of"] < i


def test_round12_part_b_lists_are_disjoint_and_from_the_draw():
    deal = json.loads((FOLDER / "deal.json").read_text(encoding="utf-8"))["b"]
    texts = _texts()
    ids = [i for name in ("tune", "check", "twice") for i in deal[name]]
    assert len(ids) == len(set(ids)) and set(ids) <= set(texts)
