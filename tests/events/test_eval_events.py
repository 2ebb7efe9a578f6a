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
    # measured 2026-12-04 (issue 13, second pass) on these 80 records: dev F1 .822 (46 records,
    # source 1.0), held-out F1 .774 (34 records, source .917); first pass .796 / .767; 2026-11-30:
    # .899 / .733. Acts with no target attached are coded only when the sentence names no other side
    m = evaluate(shared_data(*PLOVER), limit=80).metrics
    assert m["dev_micro_f1"] >= 0.76 and m["heldout_micro_f1"] >= 0.70
    assert m["dev_source_country_accuracy"] >= 0.93 and m["heldout_source_country_accuracy"] >= 0.88


@pytest.mark.slow
def test_full_gate_on_all_plover_records():
    # measured 2026-12-04 (issue 13, second pass): dev F1 .817 (source .964, target .764), held-out
    # F1 .721 (source .943, target .788); first pass .790 / .698 (target .824 / .838); 2026-11-30:
    # .858 / .739 with target accuracy .63 / .65. Target accuracy is taken over the true positives: the
    # rows coded again with an empty target (the sentence names no other side) count as wrong there
    m = evaluate(shared_data(*PLOVER)).metrics
    assert m["dev_micro_f1"] >= 0.79 and m["dev_source_country_accuracy"] >= 0.93
    assert m["heldout_micro_f1"] >= 0.69 and m["heldout_source_country_accuracy"] >= 0.9
    assert m["dev_target_country_accuracy"] >= 0.74 and m["heldout_target_country_accuracy"] >= 0.76


@pytest.mark.slow
def test_full_gate_on_petrarch2_records():
    # measured 2026-11-30: root accuracy .066 over all 349 codings (the suite's codes are mostly
    # WEIS), .60 on the 30 codings consistent with the CAMEO codebook, dyads .378
    m = evaluate(petrarch=shared_data(*PETRARCH)).metrics
    assert m["petrarch_root_accuracy"] >= 0.05
    assert m["petrarch_root_accuracy_consistent"] >= 0.5
    assert m["petrarch_dyad_accuracy"] >= 0.34


def _event(type_, rule="verb:test", trigger="x"):
    from detente.records import Event, Participant

    return Event(type=type_, cameo="010", goldstein=0.0, quad=1, source=[Participant(text="A", country="USA")],
                 target=[], sentence=0, start=0, end=1, trigger=trigger, trigger_start=0, trigger_end=1,
                 evidence="x", rule=rule)


def test_dev_errors_list_misses_and_extra_types_of_the_dev_half_only():
    # round 28 (e81): `evaluate events --gold PLOVER... --errors` lists the dev records whose coded
    # types miss the gold type or add another; exact records and every held-out record stay out
    from detente.evaluate.events import GoldRecord, dev_errors

    def record(id_, label, half, accepts=None):
        return GoldRecord(id=id_, text=f"text {id_}", label=label, accepts=frozenset(accepts or {label}),
                          sources=frozenset(), targets=frozenset(), half=half, trigger="w")

    records = [record("exact", "AGREE", "dev"), record("missed", "ACCUSE", "dev"),
               record("extra", "AGREE", "dev"), record("nothing", "PROTEST", "dev"),
               record("held", "AGREE", "heldout"),
               record("investigate", "INVESTIGATE", "dev", {"ACCUSE", "REQUEST", "COERCE"})]
    found = [[_event("AGREE")], [_event("REQUEST", "verb:urge", "urged")], [_event("AGREE"), _event("CONSULT")],
             [], [], [_event("ACCUSE")]]
    table = dev_errors(records, found)
    assert [row[0] for row in table.rows] == ["missed", "extra", "nothing"]
    assert table.rows[0][1:4] == ["ACCUSE", "w", "REQUEST (verb:urge, urged)"]
    assert table.rows[2][3] == "none"
