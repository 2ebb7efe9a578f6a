"""Issue 13, round 9: unnamed doers. An attacker the text does not place is a source with no
country (rule suffix ``~unnamed``, sector from its noun); the place rule keeps the place's country
only when the victims are of it. Each case is made up (never a gold sentence) and coded by the
whole pipeline; the expected set is the text's whole output as ``(type, source country, target
country or None)`` rows. The rows with a countryless source go through every export and are no
dyad of the series."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from detente.analysis import dyad_series, top_dyads
from detente.export import export_events
from detente.store import open_store
from tests.events.conftest import code_cases, rows

DATE = "2024-03-01"
CASES = [
    # an armed unnamed doer: no country, the victims placed by their own words
    ("Unidentified gunmen killed five Turkish soldiers on Monday.", {("ASSAULT", None, "TUR")}),
    ("Militants kidnapped two Chinese engineers.", {("ASSAULT", None, "CHN")}),
    # a bomb with no doer is the source's words, with no sector and no country
    ("A car bomb killed twelve Kenyan police officers.", {("ASSAULT", None, "KEN")}),
    # the place of an attack on foreigners does not place the attacker ...
    ("Two Turkish soldiers were killed by a roadside bomb in northern Syria.", {("ASSAULT", None, "TUR")}),
    ("Gunmen attacked a Turkish convoy in northern Syria on Monday.", {("ASSAULT", None, "TUR")}),
    # ... the place of an attack on its own forces places no doer either (round 17: the soldiers hit are
    # no context for the bomber's country; before, they made the bomber Syrian)
    ("Two Syrian soldiers were killed by a roadside bomb in northern Syria.", {("ASSAULT", None, "SYR")}),
    ("Gunmen abducted 30 students from a school in Kaduna, Nigeria.", {("ASSAULT", None, "NGA")}),  # round 12
    # an unplaced doer acting on no one placed writes no row
    ("Unidentified gunmen killed five soldiers on Monday.", set()),
    # not an attack: a protest's unplaced doers keep the sentence's one country
    ("Students protested against the Iranian government.", {("PROTEST", "IRN", "IRN")}),
]
CROWDS = [
    # a crowd is of the place it acts in, whoever its victims are (not an armed unnamed doer);
    # a crowd's violence is a riot, PROTEST 145 (round 12, events/riots.py; the conventions
    # count riots as PROTEST)
    ("Protesters stormed the Turkish embassy in Baghdad.", {("PROTEST", "IRQ", "TUR")}),
    ("An angry mob attacked a Chinese shop in Lusaka, Zambia.", {("PROTEST", "ZMB", "CHN")}),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "r9", DATE)


@pytest.mark.parametrize("number", range(len(CASES)), ids=[c[0][:40] for c in CASES])
def test_unnamed_doer(coded, number):
    assert rows(coded[number]) == CASES[number][1], [(e.type, e.rule) for e in coded[number].events]


@pytest.mark.parametrize("number", range(len(CROWDS)), ids=[c[0][:40] for c in CROWDS])
def test_a_crowd_keeps_the_place(number):
    [coded] = code_cases(CROWDS[number:number + 1], "r9crowd", DATE)
    assert rows(coded) == CROWDS[number][1], [(e.type, e.rule) for e in coded.events]


def test_the_row_keeps_the_doer_words_sector_and_rule(coded):
    [gunmen] = coded[0].events
    assert gunmen.rule.endswith("~unnamed") and gunmen.source[0].text.lower() == "gunmen"
    assert gunmen.source[0].country is None and gunmen.source[0].sector
    [militants] = coded[1].events
    assert militants.source[0].sector == "REB"
    [bomb] = coded[2].events
    assert bomb.source[0].text == "A car bomb" and bomb.source[0].sector is None
    assert bomb.evidence.startswith("A car bomb killed") and bomb.start <= bomb.source[0].start


@pytest.fixture(scope="module")
def store(coded, tmp_path_factory):
    path = tmp_path_factory.mktemp("unnamed") / "s.duckdb"
    with open_store(path) as s:
        s.write(coded)
    with open_store(path, read_only=True) as s:
        yield s


def test_exports_write_a_countryless_source(store, tmp_path):
    tsv = export_events(store, format="gdelt-tsv", out=tmp_path / "e.tsv")
    df = pd.read_csv(tmp_path / "e.tsv", sep="\t", dtype=str)
    assert tsv.rows == len(df) > 0
    assert (df.Actor1CountryCode.isna() & (df.Actor2CountryCode == "TUR")).any()
    export_events(store, format="jsonl-plover", out=tmp_path / "e.jsonl")
    records = [json.loads(line) for line in (tmp_path / "e.jsonl").read_text().splitlines()]
    unplaced = [r for r in records if r["source"] and not r["source"][0]["code"]]
    assert unplaced and all(r["recipient"] for r in unplaced)
    export_events(store, format="csv", out=tmp_path / "e.csv")
    assert pd.read_csv(tmp_path / "e.csv").source_country.isna().any()


def test_a_countryless_source_is_no_dyad(store):
    # the rows with a placed source here are domestic; those with none count in no dyad
    assert store.query("SELECT count(*) AS n FROM events")[0]["n"] == 8
    assert top_dyads(store) == []
    series = dyad_series(store, source="TUR", both=True, by="month")
    assert sum(p.events for p in series.points) == 0
