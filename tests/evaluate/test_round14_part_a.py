"""Annotator a's part of the round-14 event gold (issue 13, round 25, branch g14a; ``gold/dealt.py``): each of
``parts/a.{tune,twice,check}.jsonl`` is well formed (ids in the deal's order, every record's sentence in the
item's text, trigger in the sentence, known types and sectors, sides' text in the sentence, ``repeat_of``
pointing back), the twice items are annotator b's first 2 tune and 2 check items, and the required triples are
as counted in ``gold/events/round14/notes/a.md``. (Round 14 has two annotators and its halves are assembled by
the lead, so it is not in ``test_dealt_gold.py``'s three-annotator parametrization.)"""

from __future__ import annotations

import json

import pytest
from tests.conftest import ROOT

from detente.actors.phoenix import SECTORS

FOLDER = ROOT / "gold" / "events" / "round14"
TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
         "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
FIELDS = {"sentence", "trigger", "type", "source", "target", "negated", "reported", "optional", "alternatives",
          "repeat_of", "note"}
PARTS = ("tune", "twice", "check")
# required (non-optional, non-negated) unique (item, type, source country, target country) triples, and records
COUNTS = {"tune": (9, 21), "twice": (4, 5), "check": (7, 10)}


def _lines(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _deal() -> dict:
    return json.loads((FOLDER / "deal.json").read_text(encoding="utf-8"))


def _articles() -> dict[str, dict]:
    return {a["id"]: a for half in ("tune", "check") for a in _lines(FOLDER / f"{half}.articles.jsonl")}


@pytest.mark.parametrize("part", PARTS)
def test_part_is_well_formed_and_in_deal_order(part):
    articles = _articles()
    lines = _lines(FOLDER / "parts" / f"a.{part}.jsonl")
    assert [g["id"] for g in lines] == _deal()["a"][part]
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


def test_twice_items_are_annotator_bs_first_and_not_as_own():
    deal = _deal()
    assert deal["a"]["twice"] == deal["b"]["tune"][:2] + deal["b"]["check"][:2]
    assert not (set(deal["a"]["tune"]) | set(deal["a"]["check"])) & set(deal["a"]["twice"])


@pytest.mark.parametrize("part", PARTS)
def test_required_triples_and_records_as_counted_in_the_notes(part):
    lines = _lines(FOLDER / "parts" / f"a.{part}.jsonl")
    triples = {(line["id"], r["type"], (r["source"] or {}).get("country"), (r["target"] or {}).get("country"))
               for line in lines for r in line["events"] if not r["optional"] and not r["negated"]}
    assert (len(triples), sum(len(line["events"]) for line in lines)) == COUNTS[part]
