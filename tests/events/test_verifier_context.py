"""The row verifier's parse features (issue 13 item 5, round 23): each side's relation to the
trigger, the trigger's negation, modal, question and if-clause, the objects and mentions on
neither side -- on made-up sentences, with controls."""

from __future__ import annotations

import pytest

from detente.events import verifier
from detente.events.lexicon import load_lexicon
from detente.events.verifier import ENV
from detente.events.verifier_context import Tokens, context_features
from detente.events.verifier_train import Row, Settings, _features, vocabulary
from detente.nlp import load_nlp
from detente.records import Event, Participant
from tests.events.conftest import code_one


@pytest.fixture
def recorded(monkeypatch):
    """The stage records every row's features (the verifier off)."""
    monkeypatch.setenv(ENV, "off")
    monkeypatch.setattr(verifier, "RECORDED", {})
    return verifier.RECORDED


def features_of(text: str, recorded: dict, type_: str = "ASSAULT") -> set[str]:
    events = [e for e in code_one(text, "2021-05-03").events if e.type == type_]
    assert events, f"no {type_} row in {text!r}"
    return set(recorded[id(events[0])][1])


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Russian troops attacked Ukrainian soldiers on Monday.", "subj", "obj"),  # active
    ("Ukrainian soldiers were attacked by Russian troops on Monday.", "pobj-by", "subj"),  # passive
    ("Russian troops bombed Ukrainian soldiers on Monday.", "subj", "obj"),  # another verb
])
def test_each_side_reads_its_relation_to_the_trigger(recorded, text, source, target):
    feats = features_of(text, recorded)
    assert f"source_rel:{source}" in feats and f"target_rel:{target}" in feats
    assert f"type+source_rel:ASSAULT+{source}" in feats


def test_a_conjunct_reads_as_its_first_conjunct(recorded):
    feats = features_of("Russia and Belarus attacked Ukrainian soldiers on Monday.", recorded)
    assert "source_rel:subj" in feats and not any(f.startswith("source_rel:") and f != "source_rel:subj"
                                                   for f in feats)


def test_the_row_features_stay_and_the_sentence_is_measured(recorded):
    feats = features_of("Russian troops attacked Ukrainian soldiers on Monday.", recorded)
    assert {"kind:verb", "type:ASSAULT", "same_type:<=0", "sentence_rows:<=1", "tokens:<=10"} <= feats
    assert any(f.startswith("family:") for f in feats)
    assert not feats & {"negation", "question", "conditional"}  # the control: a plain assertion


@pytest.fixture(scope="module")
def parsed():
    nlp = load_nlp()
    lexicon = load_lexicon()

    def run(text: str, trigger: str, source: str, target: str | None = None) -> set[str]:
        doc = nlp(text)

        def side(words):
            if words is None:
                return []
            start = text.index(words)
            return [Participant(text=words, country="AAA", start=start, end=start + len(words))]
        start = text.index(trigger)
        event = Event(type="ASSAULT", cameo="190", goldstein=-10.0, quad=4, source=side(source),
                      target=side(target), sentence=0, start=0, end=len(text), trigger=trigger,
                      trigger_start=start, trigger_end=start + len(trigger), evidence=text, rule="verb:attack")
        return set(context_features(event, [event], Tokens(doc), lexicon, []))
    return run


@pytest.mark.parametrize(("text", "feature"), [
    ("The army did not attack the village.", "negation"),
    ("The army never attacked the village.", "negation"),
    ("The army could attack the village.", "modal:speculative"),
    ("The army might shell the village.", "modal:speculative"),
    ("The army will attack the village.", "modal:other"),
    ("Did the army attack the village?", "question"),
    ("The army will attack the village if the talks fail.", "conditional"),
    ("If the talks fail, the army will shell the village.", "conditional"),
    ("The army will attack the village unless the rebels leave.", "conditional"),
])
def test_the_triggers_mood_is_read(parsed, text, feature):
    verb = next(w for w in ("attack", "shell") if w in text)
    assert feature in parsed(text, verb, "The army" if "The army" in text else "the army", "the village")


@pytest.mark.parametrize("text", ["The army attacked the village.", "The army shelled the village on Monday.",
                                  "The army attacked the village after the talks failed."])
def test_a_plain_act_has_no_mood(parsed, text):
    verb = "attacked" if "attacked" in text else "shelled"
    feats = parsed(text, verb, "The army", "the village")
    assert not feats & {"negation", "modal:speculative", "modal:other", "question", "conditional"}


def test_an_object_on_neither_side_is_seen(parsed):
    # "condemned the group" with no target: the object the row lacks
    feats = parsed("The minister condemned the group on Monday.", "condemned", "The minister")
    assert {"open_rel:obj", "target+open_rel:False+obj"} <= feats
    # "protested against the plan": a prepositional object left out
    assert "open_rel:pobj-against" in parsed("Farmers protested against the plan.", "protested", "Farmers")
    # the control: the object is the target
    assert not any(f.startswith("open_rel") for f in parsed("The minister condemned the group.", "condemned",
                                                            "The minister", "the group"))


def test_the_trainer_reads_the_recorded_features_and_leaves_families_out(recorded):
    event = next(e for e in code_one("Russian troops attacked Ukrainian soldiers.", "2021-05-03").events)
    assert "source_rel:subj" in _features(event)
    rows = [Row("a", "judged", ["source_rel:subj", "tokens:<=10", "type:ASSAULT"], 1)] * 3
    kept = vocabulary(rows, 1, Settings().drop)
    assert "source_rel:subj" in kept and "tokens:<=10" not in kept and "type:ASSAULT" in kept


def test_scoring_uses_the_parse_features(recorded, monkeypatch):
    text = "Russian troops attacked Ukrainian soldiers on Monday."
    kept = code_one(text, "2021-05-03").events
    model = verifier.RowVerifier(weights={"source_rel:subj": -50.0}, intercept=0.0)
    monkeypatch.setattr(verifier, "shipped", lambda: model)
    monkeypatch.setenv(ENV, "0.5")
    assert kept and not [e for e in code_one(text, "2021-05-03").events if e.type == "ASSAULT"]
