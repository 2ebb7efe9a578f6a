"""Round 14 of the event gold (issue 13, round 25, branch g14b): annotator b's part files
(``gold/events/round14/parts/b.{tune,twice,check}.jsonl``) are well formed -- ids in the deal's order, each
sentence in the item's text, the trigger in the sentence, known types and sectors, the sides' text in the
sentence, ``repeat_of`` pointing back -- and hold the required triples counted in ``notes/b.md``. Round 14 has
two annotators (a, b), so it is not a row of ``test_dealt_gold.py``'s three-annotator parametrization."""

from __future__ import annotations

import json

import pytest
from tests.conftest import ROOT

from detente.actors.phoenix import SECTORS
from detente.evaluate.articles import GoldArticle, add_record

FOLDER = ROOT / "gold" / "events" / "round14"
TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
         "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
FIELDS = {"sentence", "trigger", "type", "source", "target", "negated", "reported", "optional", "alternatives",
          "repeat_of", "note"}
# part: (items, records, required non-negated records, unique required (item, type, source, target) triples)
COUNTS = {"tune": (7, 14, 12, 10), "twice": (4, 10, 5, 5), "check": (7, 13, 11, 10)}


def _lines(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _articles() -> dict[str, dict]:
    return {a["id"]: a for half in ("tune", "check") for a in _lines(FOLDER / f"{half}.articles.jsonl")}


@pytest.mark.parametrize("part", COUNTS)
def test_part_is_well_formed_and_in_deal_order(part):
    deal = json.loads((FOLDER / "deal.json").read_text(encoding="utf-8"))["b"]
    articles, lines = _articles(), _lines(FOLDER / "parts" / f"b.{part}.jsonl")
    assert [g["id"] for g in lines] == deal[part]
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


def test_twice_items_are_a_s_first_items_and_none_of_b_s_own():
    deal = json.loads((FOLDER / "deal.json").read_text(encoding="utf-8"))
    assert deal["b"]["twice"] == deal["a"]["tune"][:2] + deal["a"]["check"][:2]
    assert not (set(deal["b"]["tune"]) | set(deal["b"]["check"])) & set(deal["b"]["twice"])


@pytest.mark.parametrize("part", COUNTS)
def test_counts_as_in_the_notes(part):
    lines = _lines(FOLDER / "parts" / f"b.{part}.jsonl")
    records = [r for line in lines for r in line["events"]]
    required = [r for r in records if not r["optional"] and not r["negated"]]
    triples = {(line["id"], r["type"], (r["source"] or {}).get("country"), (r["target"] or {}).get("country"))
               for line in lines for r in line["events"] if not r["optional"] and not r["negated"]}
    assert (len(lines), len(records), len(required), len(triples)) == COUNTS[part]
    # the scorer files the same required triples (symmetric types aside, none of which repeats here)
    filed = 0
    for line in lines:
        article = GoldArticle(line["id"], "", None, "")
        for record in line["events"]:
            add_record(article, record)
        filed += len(article.required)
    assert filed == COUNTS[part][3]
