"""Annotator c's part of the round-13 event gold (issue 13, round 24, branch g13c;
``gold/events/round13/parts/c.{tune,twice,check}.jsonl``): the files are well formed, hold the items of
annotator c's deal in the order of ``deal.json``, and the required triples are as counted in
``gold/events/round13/notes/c.md`` (the pattern of ``test_round12_part_a.py``)."""

from __future__ import annotations

import json

import pytest
from tests.conftest import ROOT

from detente.actors.phoenix import SECTORS

FOLDER = ROOT / "gold" / "events" / "round13"
PARTS = ("tune", "twice", "check")
TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
         "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
FIELDS = {"sentence", "trigger", "type", "source", "target", "negated", "reported", "optional", "alternatives",
          "repeat_of", "note"}


def _lines(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _deal() -> dict:
    return json.loads((FOLDER / "deal.json").read_text(encoding="utf-8"))


def _articles() -> dict[str, dict]:
    return {a["id"]: a for half in ("tune", "check") for a in _lines(FOLDER / f"{half}.articles.jsonl")}


def _part(part: str) -> list[dict]:
    return _lines(FOLDER / "parts" / f"c.{part}.jsonl")


@pytest.mark.parametrize("part", PARTS)
def test_round13_part_c_records_are_well_formed(part):
    articles, lines = _articles(), _part(part)
    assert [g["id"] for g in lines] == _deal()["c"][part]  # every item of the deal, in its order
    for line in lines:
        article = articles[line["id"]]
        assert part == "twice" or article["half"] == part
        for i, record in enumerate(line["events"]):
            assert set(record) == FIELDS
            assert record["sentence"] in article["text"] and record["trigger"] in record["sentence"]
            assert record["type"] in TYPES
            for side in ("source", "target"):
                value = record[side]
                if value is not None:
                    assert value["sector"] is None or value["sector"] in SECTORS
                    assert value["text"] is None or value["text"] in record["sentence"]
            assert record["repeat_of"] is None or 0 <= record["repeat_of"] < i
            for alt in record["alternatives"]:
                assert set(alt) <= {"type", "source", "target"} and alt.get("type", "ACCUSE") in TYPES


def test_round13_part_c_twice_items_are_annotator_a_s_first_items():
    deal = _deal()
    assert deal["c"]["twice"] == deal["a"]["tune"][:2] + deal["a"]["check"][:2]
    own = set(deal["c"]["tune"]) | set(deal["c"]["check"])
    assert not own & set(deal["c"]["twice"])


def test_round13_part_c_required_triples_as_counted_in_the_notes():
    counts = {}
    for part in PARTS:
        triples = {(line["id"], r["type"], (r["source"] or {}).get("country"), (r["target"] or {}).get("country"))
                   for line in _part(part) for r in line["events"] if not r["optional"] and not r["negated"]}
        counts[part] = len(triples)
    assert counts == {"tune": 21, "twice": 4, "check": 9}
