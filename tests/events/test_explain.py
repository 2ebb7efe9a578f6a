"""The miss-cause diagnostic (e46): ``detente.events.explain`` records, for each sentence, every
candidate trigger and where it was dropped; ``detente explain`` prints it; ``evaluate events``
counts the missed gold triples by cause. Made-up sentences only."""

from __future__ import annotations

import json
import sys

import pytest
from click.testing import CliRunner

import detente.events as stage
from detente.cli import main
from detente.evaluate.articles import evaluate
from detente.events.explain import explain, recording
from tests.events.conftest import code_one

DATE = "2024-03-01"


@pytest.fixture(scope="module")
def traced():
    text = ("Russia and Ukraine agreed to resume talks. Russia may attack Ukraine next year. "
            "The Kenyan president discussed his role. Two Kenyan police officers were killed in the attack. "
            "Did China invade Taiwan? The weather was fine. The Kenyan army distributed leaflets.")
    return explain(text, date=DATE)


def _fates(sentence) -> dict[str, str]:
    return {c.lemma: c.fate for c in sentence.candidates}


def test_a_written_row_and_its_inner_trigger(traced):
    fates = _fates(traced[0])
    assert fates["agree"] == "row" and fates["talk"] == "inner"
    assert [e.type for c in traced[0].candidates for e in c.rows] == ["AGREE"]


def test_a_guard_of_decide_is_named(traced):
    assert _fates(traced[1]) == {"attack": "decide: semantics.is_speculative"}


def test_a_drop_in_the_sentence_loop_names_its_test(traced):
    assert _fates(traced[2])["discuss"].startswith("code_sentence: not tgt and {coding.type, cand.entry.id} & words['partners_needed']")


def test_no_source_says_what_stands_in_the_doers_place(traced):
    assert _fates(traced[3])["kill"] == "no source: passive, no agent"


def test_sentences_the_stage_never_coded(traced):
    assert [(s.status, s.names) for s in traced[4:6]] == [("skipped", ""), ("no actor", "nothing")]


def test_a_lexicon_word_without_its_complement(traced):
    statuses = {w[2]: w[3] for w in traced[6].words}
    assert statuses["distribute"] == "complement missing"
    assert statuses["leaflet"] == "not in lexicon"


def test_recording_changes_no_row_and_leaves_nothing_behind():
    text = "Russia recalled its ambassador to Washington after the United States imposed sanctions."
    before = {name: getattr(stage, name) for name in ("code_sentence", "skipped", "story_act", "place_homes")}
    plain = [e.to_dict() for e in code_one(text, DATE).events]
    with recording() as rec:
        traced = [e.to_dict() for e in code_one(text, DATE, id="traced").events]
    assert traced == plain and rec.articles["traced"].sentences[0].status == "coded"
    assert {name: getattr(stage, name) for name in before} == before  # off again: the stage's own functions
    assert sys.gettrace() is None or "explain" not in type(sys.gettrace()).__module__


def test_the_explain_command():
    res = CliRunner().invoke(main, ["explain", "Russia may attack Ukraine next year.", "--date", DATE],
                             catch_exceptions=False)
    assert res.exit_code == 0
    assert "attack Ukraine (verb attack, ASSAULT): decide: semantics.is_speculative" in res.stdout
    res = CliRunner().invoke(main, ["explain", "-", "--format", "json"], input="Russia and Ukraine agreed to resume talks.",
                             catch_exceptions=False)
    [sentence] = json.loads(res.stdout)
    assert [(c["lemma"], c["fate"]) for c in sentence["candidates"]] == [("agree", "row"), ("talk", "inner")]


def test_evaluate_counts_missed_triples_by_cause(tmp_path):
    texts = {"a": "Russia may attack Ukraine next year.", "b": "The weather was fine in Kenya yesterday, Kenyan officials said.",
             "c": "Russia and Ukraine agreed to resume talks."}
    gold = {"a": [{"sentence": texts["a"], "trigger": "attack", "type": "ASSAULT",
                   "source": {"country": "RUS"}, "target": {"country": "UKR"}}],
            "b": [{"sentence": texts["b"], "trigger": "was fine", "type": "SUPPORT",
                   "source": {"country": "KEN"}, "target": None}],
            "c": [{"sentence": texts["c"], "trigger": "agreed", "type": "AGREE",
                   "source": {"country": "RUS"}, "target": {"country": "UKR"}}]}
    (tmp_path / "dev.articles.jsonl").write_text(
        "".join(json.dumps({"id": k, "date": DATE, "text": t}) + "\n" for k, t in texts.items()))
    (tmp_path / "dev.jsonl").write_text("".join(json.dumps({"id": k, "events": g}) + "\n" for k, g in gold.items()))
    report = evaluate(tmp_path, show_errors=True, tracing=recording)
    [coarse] = [t for t in report.tables if t.title.startswith("Miss causes, dev")]
    [detail] = [t for t in report.tables if t.title.startswith("Miss causes in detail, dev")]
    assert dict(map(tuple, detail.rows)) == {"decide: semantics.is_speculative": 1, "no trigger: not in lexicon": 1}
    assert dict(map(tuple, coarse.rows)) == {"decide": 1, "no trigger": 1}
    [errors] = [t for t in report.tables if t.title.startswith("Dev half errors")]
    assert any("[decide: semantics.is_speculative]" in row[0] for row in errors.rows)  # the dev list names it
