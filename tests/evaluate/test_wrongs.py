"""The wrong-row causes (``detente.evaluate.wrongs``): made-up articles, gold records and rows."""

from __future__ import annotations

import json

from detente.evaluate.articles import (
    SYMMETRIC,
    GoldArticle,
    Tally,
    add_record,
    add_wrong_causes,
    evaluate,
)
from detente.records import Event, Participant

TEXT = ("Ruritania shelled Borduria on Monday. Officials met in the capital. "
        "The minister praised the weather in Elbonia.")
S1, S2, S3 = TEXT.split(". ")[0] + ".", "Officials met in the capital.", "The minister praised the weather in Elbonia."


def _p(country, text=None, sector="GOV"):
    return Participant(text=text or country, country=country, sector=sector)


def _event(type_, sources, targets, sentence_text, *, index=0, rule="verb:x", mode=None, quote=None):
    at = TEXT.index(sentence_text)
    return Event(type=type_, cameo="010", goldstein=0.0, quad=1, source=sources, target=targets,
                 sentence=index, start=at, end=at + 5, trigger="x", trigger_start=at + 2, trigger_end=at + 4,
                 evidence=sentence_text, rule=rule, mode=mode, quote=quote)


def _record(type_, src, tgt, sentence, **flags):
    return {"type": type_, "sentence": sentence, "source": {"country": src},
            "target": {"country": tgt} if tgt else None, **flags}


def _causes(records, events):
    article = GoldArticle("a", "dev", None, TEXT)
    for r in records:
        add_record(article, r)
    tally = Tally()
    add_wrong_causes(article, events, tally)
    return dict(tally.wrongs)


def test_duplicate_pair_and_second_row():
    gold = [_record("ASSAULT", "AAA", "BBB", S1)]
    assert _causes(gold, [_event("ASSAULT", [_p("AAA")], [_p("BBB"), _p("CCC")], S1)]) == \
        {"duplicate: extra pair of a right row": 1}
    assert _causes(gold, [_event("ASSAULT", [_p("AAA")], [_p("BBB")], S1),
                          _event("ASSAULT", [_p("AAA")], [_p("DDD")], S1)]) == {"duplicate: second row of the sentence": 1}
    # control: a right row alone is no wrong row
    assert _causes(gold, [_event("ASSAULT", [_p("AAA")], [_p("BBB")], S1)]) == {}


def test_target_classes():
    gold = [_record("ASSAULT", "AAA", "BBB", S1)]
    assert _causes(gold, [_event("ASSAULT", [_p("AAA")], [], S1)]) == {"target: empty, gold names one": 1}
    assert _causes(gold, [_event("ASSAULT", [_p("AAA")], [_p("CCC")], S1)]) == {"target: another country, another actor": 1}
    assert _causes(gold, [_event("ASSAULT", [_p("AAA")], [_p("AAA")], S1)]) == \
        {"target: another country, the source's own country": 1}
    assert _causes(gold, [_event("ASSAULT", [_p("AAA")], [_p("CCC", "Springfield", None)], S1)]) == \
        {"target: another country, a place": 1}
    assert _causes([_record("ASSAULT", "AAA", None, S1)], [_event("ASSAULT", [_p("AAA")], [_p("CCC")], S1)]) == \
        {"target: gold names none": 1}


def test_source_classes():
    gold = [_record("ASSAULT", "AAA", "BBB", S1)]
    assert _causes(gold, [_event("ASSAULT", [_p(None)], [_p("BBB")], S1)]) == {"source: no country": 1}
    assert _causes(gold, [_event("ASSAULT", [_p("BBB")], [_p("AAA")], S1)]) == \
        {"source: gold target as source (sides reversed)": 1}
    assert _causes(gold, [_event("ASSAULT", [_p("BBB")], [], S1)]) == {"source: gold target as source": 1}
    assert _causes(gold, [_event("ASSAULT", [_p("CCC", "a car bomb", None)], [_p("BBB")], S1)]) == \
        {"source: a weapon stand-in": 1}
    assert _causes(gold, [_event("ASSAULT", [_p("CCC", "Springfield", None)], [_p("BBB")], S1)]) == \
        {"source: a place stand-in": 1}
    # control: a country named by its own name is no place stand-in
    assert _causes(gold, [_event("ASSAULT", [_p("FRA", "France", None)], [_p("BBB")], S1)]) == {"source: other": 1}


def test_other_type_is_a_confusion_by_type_pair_and_symmetric_mirror():
    gold = [_record("ASSAULT", "AAA", "BBB", S1)]
    assert _causes(gold, [_event("COERCE", [_p("AAA")], [_p("BBB")], S1)]) == {"other type: ASSAULT -> COERCE": 1}
    assert "CONSULT" in SYMMETRIC
    assert _causes([_record("CONSULT", "AAA", "BBB", S2)], [_event("CONSULT", [_p("BBB")], [_p("AAA")], S2)]) == {}


def test_negated_other_event_and_spurious_families():
    assert _causes([_record("ASSAULT", "AAA", "BBB", S1, negated=True)],
                   [_event("ASSAULT", [_p("AAA")], [_p("BBB")], S1)]) == {"negated in gold": 1}
    assert _causes([_record("CONSULT", "AAA", "DDD", S1)], [_event("ASSAULT", [_p("AAA")], [_p("BBB")], S1)]) == \
        {"other event of the sentence: CONSULT -> ASSAULT": 1}
    # no gold record in the sentence: the rule kind and the guard family
    assert _causes([], [_event("SUPPORT", [_p("EEE")], [], S3, index=2, rule="verb:praise")]) == \
        {"spurious: verb, non-event sense": 1}
    assert _causes([], [_event("SUPPORT", [_p("EEE")], [], S3, index=2, mode="intend")]) == \
        {"spurious: verb, hypothetical/future/conditional": 1}
    assert _causes([], [_event("SUPPORT", [_p("EEE")], [], S3, index=2, quote=0)]) == {"spurious: verb, quote": 1}
    assert _causes([], [_event("CONSULT", [_p("EEE")], [], S2, index=1, rule="noun:meeting")]) == \
        {"spurious: noun, non-event sense": 1}


def test_evaluate_prints_the_wrong_row_table(tmp_path):
    texts = {"a": "Ruritania's army attacked Borduria on Monday.", "b": "France and Germany agreed to resume talks."}
    gold = {"a": [{"sentence": texts["a"], "trigger": "attacked", "type": "ASSAULT",
                   "source": {"country": "FRA"}, "target": {"country": "DEU"}}], "b": []}
    (tmp_path / "dev.articles.jsonl").write_text(
        "".join(json.dumps({"id": k, "date": "2024-03-01", "text": t}) + "\n" for k, t in texts.items()))
    (tmp_path / "dev.jsonl").write_text("".join(json.dumps({"id": k, "events": g}) + "\n" for k, g in gold.items()))
    report = evaluate(tmp_path)
    [coarse] = [t for t in report.tables if t.title.startswith("Wrong-row causes, dev")]
    assert dict(map(tuple, coarse.rows)).get("spurious", 0) >= 1  # the agreement has no gold record
    assert sum(n for _, n in coarse.rows) == report.metrics["dev_full_rows"] - round(
        report.metrics["dev_full_precision"] * report.metrics["dev_full_rows"])


def test_route_is_the_rule_suffixes_without_the_trigger_words():
    from detente.evaluate.wrongs import route

    assert route(_event("ASSAULT", [_p("AAA")], [], S1, rule="verb:kill~place~unplaced")) == "~place~unplaced"
    assert route(_event("AGREE", [_p("AAA")], [], S1, rule="verb:agree>noun:ceasefire")) == "direct"
    article = GoldArticle("a", "dev", None, TEXT)
    add_record(article, _record("ASSAULT", "AAA", "BBB", S1))
    tally = Tally()
    add_wrong_causes(article, [_event("ASSAULT", [_p("AAA")], [], S1, rule="verb:shell~context")], tally)
    assert tally.wrong_routes == {("target", "~context"): 1}
