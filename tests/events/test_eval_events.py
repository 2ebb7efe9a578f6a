"""Evaluation gates for the events stage (skipped when ../shared/data is absent).

Floors sit a little under the figures measured on 2026-11-30 and written to
docs/accuracy/events.md; a drop fails the suite. The fast gate runs on the first 80 PLOVER
records (both halves); the full runs are slow-marked (about 40 s together).
"""

from __future__ import annotations

import pytest

from detente.evaluate.events import (
    CODING,
    _cameo_consistent,
    country_class,
    evaluate,
    petrarch_actor_file,
    read_petrarch,
    read_plover,
    split_half,
)
from tests.conftest import shared_data

PLOVER = ("events", "PLOVER_GSR_CAMEO.json")
PETRARCH = ("events", "petrarch2_unittest")


def test_plover_reader_maps_old_labels_and_splits_deterministically():
    records = read_plover(shared_data(*PLOVER))
    assert len(records) == 322
    labels = {r.label for r in records}
    assert not labels & {"DEMAND", "DISAPPROVE", "FIGHT", "DOCUMENT"}
    assert sum(r.label == "INVESTIGATE" for r in records) == 9
    halves = {r.half for r in records}
    assert halves == {"dev", "heldout"}
    assert all(split_half(r.id) == r.half for r in records)


def test_international_codes_match_each_other():
    # gold writes IGO/NGO; detente writes UN, NATO, EU...: both are "international"
    assert country_class("IGO") == country_class("UN") == country_class("NATO")
    assert country_class("USA") == "USA" and country_class("USAGOV") == "USA"


def test_petrarch_records_and_actor_override(tmp_path):
    records = read_petrarch(shared_data(*PETRARCH))
    assert len(records) > 200 and all(r.codes for r in records)
    actors = petrarch_actor_file(shared_data(*PETRARCH), tmp_path / "actors.yaml").read_text()
    assert "code: ARN" in actors and "Minas Tirith" in actors


def test_petrarch_codings_in_either_quote_style_and_no_event_records():
    # the suite writes one source code in single quotes; its noevents records are read apart
    assert CODING.search("""<EventCoding sourcecode='"INJURY TOLL"' targetcode="OSG" eventcode="223">""")["code"] == "223"
    empty = read_petrarch(shared_data(*PETRARCH), no_events=True)
    assert empty and all(not r.codes for r in empty)


def test_cameo_consistent_codings_name_real_gold_codings():
    # every hand-judged (record id, code) pair exists among the gold codings it describes
    gold = {(r.id, code) for r in read_petrarch(shared_data(*PETRARCH)) for _, _, code in r.codes}
    consistent = _cameo_consistent()
    assert len(consistent) >= 20 and consistent <= gold


def test_fast_gate_on_the_first_80_plover_records():
    # measured 2026-12-04 (issue 13) on these 80 records: dev F1 .796 (46 records, source 1.0),
    # held-out F1 .767 (34 records, source .913); 2026-11-30: .899 / .733. Issue 13 codes no request,
    # accusation, attack... without a target, which costs type-only recall on these one-sentence records
    m = evaluate(shared_data(*PLOVER), limit=80).metrics
    assert m["dev_micro_f1"] >= 0.76 and m["heldout_micro_f1"] >= 0.70
    assert m["dev_source_country_accuracy"] >= 0.93 and m["heldout_source_country_accuracy"] >= 0.88


@pytest.mark.slow
def test_full_gate_on_all_plover_records():
    # measured 2026-12-04 (issue 13): dev F1 .790 (source .969, target .824), held-out F1 .698
    # (source .951, target .838); 2026-11-30: .858 / .739 with target accuracy .63 / .65
    m = evaluate(shared_data(*PLOVER)).metrics
    assert m["dev_micro_f1"] >= 0.76 and m["dev_source_country_accuracy"] >= 0.93
    assert m["heldout_micro_f1"] >= 0.66 and m["heldout_source_country_accuracy"] >= 0.9
    assert m["dev_target_country_accuracy"] >= 0.78 and m["heldout_target_country_accuracy"] >= 0.78


@pytest.mark.slow
def test_full_gate_on_petrarch2_records():
    # measured 2026-11-30: root accuracy .066 over all 349 codings (the suite's codes are mostly
    # WEIS), .60 on the 30 codings consistent with the CAMEO codebook, dyads .378
    m = evaluate(petrarch=shared_data(*PETRARCH)).metrics
    assert m["petrarch_root_accuracy"] >= 0.05
    assert m["petrarch_root_accuracy_consistent"] >= 0.5
    assert m["petrarch_dyad_accuracy"] >= 0.34
