"""The learned trigger model (issue 13 item 5, round 24, branch l4): features off made-up parses,
the weights file and its provenance, the fit's determinism, the labels, the switch, and the events
stage with a forced-on model whose rows still pass the guards."""

from __future__ import annotations

import hashlib
from pathlib import Path
from types import SimpleNamespace

import pytest

from detente.errors import ResourceError
from detente.events import trigger_model
from detente.events.trigger_model import (
    ENV,
    FILE_ENV,
    TriggerModel,
    candidate_features,
    read_model,
    threshold,
)
from detente.events.trigger_model_train import (
    TUNING,
    Cand,
    Settings,
    fit_all,
    label_of,
    write_model,
)
from detente.records import Actor, Mention
from detente.resources import data_path
from tests.events.conftest import code_one

ROOT = Path(__file__).resolve().parents[2]
DATE = "2021-05-03"



def _index(doc, named: dict[str, str]):
    """A stand-in for the events stage's mention index: the words of ``named`` are actors."""
    found = {}
    for words, country in named.items():
        start = doc.text.index(words)
        actor = Actor(name=words, country=country, sector=None, code=country, entry="test")
        mention = Mention(text=words, start=start, end=start + len(words), sentence=0, label="GPE", actor=actor)
        for t in doc.char_span(start, start + len(words), alignment_mode="expand"):
            found.setdefault(t.i, []).append(mention)
    return SimpleNamespace(at=lambda t: found.get(t.i, []))


@pytest.mark.parametrize("text, word, subj, obj, extra", [
    ("Germany pinged Iran on Monday.", "pinged", "germany", "iran", "sides_same_country:False"),  # active
    ("Iran was pinged by Germany.", "pinged", "germany", "iran", "passive"),  # passive: agent doer, subject undergoer
    ("Germany and France pinged Iran.", "pinged", "germany", "iran", "obj_actor:True"),  # coordinated doers
    ("Germany will not ping Iran.", "ping", "germany", "iran", "negated"),  # negation marked
])
def test_candidate_features_read_lemma_relations_actors_and_marks(nlp, text, word, subj, obj, extra):
    from detente.events.lexicon import load_lexicon

    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    index = _index(doc, {w: c for w, c in (("Germany", "DEU"), ("Iran", "IRN"), ("France", "FRA")) if w in text})
    features = candidate_features(token, index, load_lexicon(), 2)
    assert "lemma:ping" in features and "pos:verb" in features
    assert f"subj:{subj}" in features and f"obj:{obj}" in features and extra in features
    assert "subj_actor:True" in features


def test_the_model_scores_an_event_and_picks_the_best_type():
    model = TriggerModel(("event", "ACCUSE", "ASSAULT"),
                         {"(intercept)": (0.0, 0.0, 0.0), "lemma:ping": (4.0, 3.0, -3.0)})
    score, type_ = model.predict(["lemma:ping"])
    assert score > 0.95 and type_ == "ACCUSE"
    score, _ = model.predict(["lemma:other"])  # control: an unknown word is a coin toss
    assert score == pytest.approx(0.5)


def test_the_switch_and_its_environment_override(monkeypatch):
    monkeypatch.delenv(ENV, raising=False)
    assert threshold(None) is None and threshold({"enabled": False, "threshold": 0.9}) is None
    assert threshold({"enabled": True, "threshold": 0.9}) == 0.9
    monkeypatch.setenv(ENV, "off")
    assert threshold({"enabled": True, "threshold": 0.9}) is None
    monkeypatch.setenv(ENV, "0.8")
    assert threshold({"enabled": False}) == 0.8
    monkeypatch.setenv(ENV, "often")
    with pytest.raises(ResourceError):
        threshold(None)


def test_the_shipped_switch_is_off():
    from detente.events.lexicon import semantics_file

    block = semantics_file()["trigger_model"]
    assert block["enabled"] is False  # gold/events/trigmodel/RULE.md: OFF unless the rule says ON


def test_the_shipped_weights_file_has_its_provenance_and_reads():
    path = data_path("events", trigger_model.MODEL_FILE)
    head = path.read_text(encoding="utf-8")[:4000]
    assert all(k in head for k in ("# source:", "# licence:", "# made:", "# settings:"))
    model = read_model(path)
    assert model.columns[0] == "event" and len(model.columns) > 2 and model.weights
    for file in TUNING:  # trained on the tuning halves only, named with their digests
        assert "check" not in file and "heldout" not in file
        digest = hashlib.sha256((ROOT / file).read_bytes()).hexdigest()[:16]
        assert f"{file} (sha256 {digest}...)" in head, f"{file} changed: make trigger-model"


def test_a_weights_file_without_its_header_is_refused(tmp_path):
    path = tmp_path / "bad.tsv"
    path.write_text("(intercept)\t0.5\n", encoding="utf-8")
    with pytest.raises(ResourceError):
        read_model(path)


def test_the_fit_is_deterministic_and_round_trips_byte_identical(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)  # the header names the training files by their repository paths
    cands = [Cand("a", ["lemma:ping", "obj_actor:True"], 1, "ACCUSE"),
             Cand("a", ["lemma:meet", "obj_actor:True"], 1, "CONSULT"),
             Cand("b", ["lemma:year", "obj_actor:False"], 0, ""),
             Cand("b", ["lemma:house", "obj_actor:False"], 0, "")] * 3
    settings = Settings(l2=0.1, min_count=2, iterations=300)
    first, second = tmp_path / "one.tsv", tmp_path / "two.tsv"
    for out in (first, second):
        columns, table = fit_all(cands, settings)
        write_model(out, columns, table, settings, cands, "made-up test")
    assert first.read_bytes() == second.read_bytes()
    model = read_model(first)
    assert model.columns == ("event", "ACCUSE", "CONSULT")
    assert model.predict(["lemma:ping", "obj_actor:True"])[0] > 0.5 > model.predict(["lemma:year"])[0]
    assert model.predict(["lemma:ping"])[1] == "ACCUSE" and model.predict(["lemma:meet"])[1] == "CONSULT"


def test_labels_need_the_word_in_a_required_records_trigger_of_the_same_sentence():
    sentence = "Germany pinged Iran over its programme."
    gold = SimpleNamespace(records=[
        {"sentence": sentence, "trigger": "pinged Iran", "type": "ACCUSE"},
        {"sentence": sentence, "trigger": "over its programme", "type": "COERCE", "optional": True},
        {"sentence": sentence, "trigger": "programme", "type": "THREATEN", "negated": True}])
    assert label_of(gold, sentence, "pinged") == "ACCUSE"
    assert label_of(gold, sentence, "programme") == ""  # optional and negated records teach nothing
    assert label_of(gold, "Another sentence.", "pinged") == ""  # control: another sentence


@pytest.fixture()
def forced(monkeypatch, tmp_path):
    """A tiny always-yes model: every candidate word is an ACCUSE trigger."""
    eager = tmp_path / "eager.tsv"
    eager.write_text("feature\tevent\tACCUSE\tASSAULT\n(intercept)\t8.0\t5.0\t-5.0\n", encoding="utf-8")
    monkeypatch.setenv(FILE_ENV, str(eager))
    monkeypatch.setenv(ENV, "0.5")
    return monkeypatch


@pytest.mark.parametrize("text", [
    "Germany pinged Iran on Monday.",  # active
    "Iran was pinged by Germany on Monday.",  # passive
    "Germany and France pinged Iran on Monday.",  # coordinated doers
])
def test_the_stage_codes_an_unknown_word_only_when_switched_on(forced, text):
    rows = [e for e in code_one(text, DATE).events if "~trigmodel" in e.rule]
    assert rows and all(e.rule.startswith("model:ping~trigmodel") and e.type == "ACCUSE" for e in rows)
    assert any(e.source and e.source[0].country == "DEU" for e in rows)  # sides by the argument rules
    assert any(e.target and e.target[0].country == "IRN" for e in rows)
    forced.setenv(ENV, "off")  # control: off, no row of the model
    assert not any("~trigmodel" in e.rule for e in code_one(text, DATE).events)


@pytest.mark.parametrize("text", [
    "Germany did not ping Iran on Monday.",  # negation
    "Did Germany ping Iran on Monday?",  # a question
    "If Germany pings Iran, the talks will end.",  # a conditional
])
def test_a_forced_on_model_still_passes_the_guards(forced, text):
    assert not any("~trigmodel" in e.rule for e in code_one(text, DATE).events if not e.negated)


def test_a_lexicon_trigger_is_never_proposed_again(forced):
    # "criticised" is the lexicon's: the model adds nothing at its token
    events = code_one("Germany criticised Iran on Monday.", DATE).events
    assert events and not any(e.rule.startswith("model:criticise") for e in events)
