"""The learned argument model (issue 13 item 5, round 23): features off made-up parses, the
weights file, the fit's round trip, the switch and the hooks of the events stage."""

from __future__ import annotations

import hashlib
from pathlib import Path
from types import SimpleNamespace

import pytest

from detente.errors import ResourceError
from detente.events import argument_model
from detente.events.argument_model import (
    ENV,
    FILE_ENV,
    LOCATIVE_ENV,
    SIDES_ENV,
    ArgumentModel,
    candidates,
    dependency_path,
    read_model,
    sides,
    threshold,
    top,
)
from detente.events.argument_model_train import (
    ALL_TUNING,
    OWN_TUNING,
    Cand,
    Settings,
    label_of,
    model_of,
    write_model,
)
from detente.events.verifier_train import fit
from detente.records import Actor, Mention, Participant
from detente.resources import data_path
from tests.events.conftest import code_one

ROOT = Path(__file__).resolve().parents[2]



def mention(doc, words: str, country: str, sector: str | None = None, label: str = "GPE") -> Mention:
    start = doc.text.index(words)
    actor = Actor(name=words, country=country, sector=sector, code=country, entry="test")
    return Mention(text=words, start=start, end=start + len(words), sentence=0, label=label, actor=actor)


def pairs(doc, found: list[Mention]) -> list:
    """(token, mention) pairs of the mentions, as the events stage keeps them."""
    return [(doc.char_span(m.start, m.end, alignment_mode="expand").root, m) for m in found]


def trigger_of(doc, word: str):
    return next(t for t in doc if t.text == word)


def test_the_path_names_the_arcs_and_the_preposition(nlp):
    doc = nlp("Germany imposed sanctions on Iran over its nuclear programme.")
    up, down = dependency_path(trigger_of(doc, "sanctions"), trigger_of(doc, "Iran"))
    assert up == [] and down == ["prep:on", "pobj"]
    up, down = dependency_path(trigger_of(doc, "sanctions"), trigger_of(doc, "Germany"))
    assert up == ["dobj"] and down == ["nsubj"]


@pytest.mark.parametrize("text, trigger, target, last, prep", [
    ("Germany imposed sanctions on Iran.", "sanctions", "Iran", "pobj", "on"),  # noun, its preposition
    ("Sanctions against Iran were imposed by Germany.", "Sanctions", "Iran", "pobj", "against"),  # passive
    ("Germany and France condemned Russia and Belarus.", "condemned", "Russia", "dobj", "-"),  # coordination
    ("Russia was condemned by Germany on Monday.", "condemned", "Russia", "nsubjpass", "-"),  # passive subject
])
def test_candidate_features_read_the_relation_of_each_wording(nlp, text, trigger, target, last, prep):
    doc = nlp(text)
    cand = mention(doc, target, "XXX")
    found = candidates(trigger_of(doc, trigger), "SANCTION", 4, [], pairs(doc, [cand]), "verb:x~place", "target")
    assert len(found) == 1
    features = found[0][1]
    assert f"target|last:{last}" in features and f"target|prep:{prep}" in features
    assert "side:target" in features and "target|type:SANCTION" in features and "target|suffix:~place" in features
    assert top(features) != "-"


def test_candidates_leave_out_the_sources_and_the_trigger_and_compare_with_the_source(nlp):
    doc = nlp("German officials criticised Germany's envoy and Iran.")
    germans, germany, iran = mention(doc, "German", "DEU"), mention(doc, "Germany", "DEU"), mention(doc, "Iran", "IRN")
    src = [Participant(text="German", country="DEU", start=germans.start, end=germans.end)]
    found = candidates(trigger_of(doc, "criticised"), "ACCUSE", 3, src, pairs(doc, [germans, germany, iran]))
    named = {m.text: f for m, f in found}
    assert set(named) == {"Germany", "Iran"}  # the source's own mention is no candidate
    assert "target|same_country:True" in named["Germany"] and "target|same_country:False" in named["Iran"]
    assert "target|possessive" in named["Germany"] or "target|last:poss" in named["Germany"]
    unlocated = Mention(text="Iran", start=iran.start, end=iran.end, sentence=0, label="GPE", actor=None)
    assert candidates(trigger_of(doc, "criticised"), "ACCUSE", 3, src, pairs(doc, [unlocated])) == []  # control


def test_probability_and_the_best_candidate():
    model = ArgumentModel({"target|last:pobj": 3.0, "target|last:poss": -3.0}, 0.0)
    assert model.probability([]) == pytest.approx(0.5)
    assert model.probability(["target|last:pobj"]) > 0.95 > 0.05 > model.probability(["target|last:poss"])


def test_the_switch_sides_and_their_environment_overrides(monkeypatch):
    for name in (ENV, SIDES_ENV):
        monkeypatch.delenv(name, raising=False)
    assert threshold(None) is None and threshold({"enabled": False, "threshold": 0.4}) is None
    assert threshold({"enabled": True, "threshold": 0.4}) == 0.4
    assert sides(None) == {"target", "source"} and sides({"sides": ["target"]}) == {"target"}
    monkeypatch.setenv(ENV, "off")
    assert threshold({"enabled": True, "threshold": 0.4}) is None
    monkeypatch.setenv(ENV, "0.7")
    assert threshold({"enabled": False}) == 0.7
    monkeypatch.setenv(SIDES_ENV, "source")
    assert sides({"sides": ["target"]}) == {"source"}
    monkeypatch.setenv(ENV, "often")
    with pytest.raises(ResourceError):
        threshold(None)


def test_the_shipped_weights_file_has_its_provenance_and_reads():
    path = data_path("events", argument_model.MODEL_FILE)
    head = path.read_text(encoding="utf-8")[:4000]
    assert all(k in head for k in ("# source:", "# licence:", "# made:", "# settings:"))
    model = read_model(path)
    assert model.weights and all(n.startswith(("side:", "target|", "source|")) for n in model.weights)
    for file in OWN_TUNING:  # trained on the tuning halves only, named with their digests
        assert "check" not in file and "heldout" not in file
        digest = hashlib.sha256((ROOT / file).read_bytes()).hexdigest()[:16]
        assert f"{file} (sha256 {digest}...)" in head, f"{file} changed: make argument-model"


def test_every_tune_half_is_in_the_all_tuning_list_and_no_check_half():
    """Round 31 (branch m65): ``--all-tuning`` trains on every own tune half (rounds 12-15 and bbc3-bbc4
    joined; ``events/tuning.py``, shared with the other trainers); the shipped weights keep ``OWN_TUNING``
    (the retrained model lost on the unread halves). Never a check half, bbc5 or bbc6."""
    from detente.events import tuning

    assert ALL_TUNING == tuning.OWN_TUNING and set(OWN_TUNING) < set(ALL_TUNING)
    for file in ALL_TUNING:
        assert file.endswith(("/tune.jsonl", "/dev.jsonl")) and (ROOT / file).exists()
        assert "bbc5" not in file and "bbc6" not in file
    rounds = {p.parent.name for p in (ROOT / "gold/events").glob("round*/tune.jsonl")}
    assert rounds <= {Path(n).parent.name for n in ALL_TUNING}


def test_a_weights_file_without_an_intercept_is_refused(tmp_path):
    path = tmp_path / "bad.tsv"
    path.write_text("feature\tweight\nside:target\t0.5\n", encoding="utf-8")
    with pytest.raises(ResourceError):
        read_model(path)


def test_the_fit_is_deterministic_and_round_trips_byte_identical(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)  # the header names the training files by their repository paths
    cands = [Cand("a", "target:1:ASSAULT", ["side:target", "target|last:pobj"], 1),
             Cand("a", "target:1:ASSAULT", ["side:target", "target|last:poss"], 0),
             Cand("b", "source:2:ACCUSE", ["side:source", "source|last:nsubj"], 1),
             Cand("b", "source:2:ACCUSE", ["side:source", "source|last:dobj"], 0)] * 3
    settings = Settings(l2=0.1, min_count=2, iterations=300)
    first, second = tmp_path / "one.tsv", tmp_path / "two.tsv"
    for out in (first, second):
        w, b, vocab = fit(cands, settings)
        write_model(out, w, b, vocab, settings, cands, "made-up test")
    assert first.read_bytes() == second.read_bytes()
    model = read_model(first)
    assert model.probability(["side:target", "target|last:pobj"]) > 0.5 > \
        model.probability(["side:target", "target|last:poss"])
    assert model_of(*fit(cands, settings)).weights["target|last:pobj"] == \
        pytest.approx(model.weights["target|last:pobj"], abs=1e-4)


def test_labels_need_the_gold_side_in_the_same_sentence_and_an_accepted_triple():
    gold = SimpleNamespace(records=[{"sentence": "Iran was hit by Israel.", "type": "ASSAULT",
                                     "source": {"country": "ISR"}, "target": {"country": "IRN"}}])
    accepted = {("ASSAULT", "ISR", "IRN")}
    assert label_of(gold, accepted, "target", "Iran was hit by Israel.", "ASSAULT", ["ISR"], "IRN") == 1
    assert label_of(gold, accepted, "source", "Iran was hit by Israel.", "ASSAULT", [], "ISR") == 1
    assert label_of(gold, accepted, "target", "Iran was hit by Israel.", "ASSAULT", ["ISR"], "SYR") == 0
    assert label_of(gold, accepted, "target", "Another sentence.", "ASSAULT", ["ISR"], "IRN") == 0  # control
    assert label_of(gold, accepted, "target", "Iran was hit by Israel.", "COERCE", ["ISR"], "IRN") == 0


def test_the_stage_fills_an_empty_side_only_when_switched_on(monkeypatch, tmp_path):
    # "Britain criticised the decision, officials in Iran said": the rules attach no target to the
    # criticism; a model that likes every candidate fills it, named in the row's rule
    text = "Britain criticised the decision on Monday, a day after the vote in Iran."
    monkeypatch.setenv(ENV, "off")
    off = code_one(text, "2021-05-03").events
    assert not any("~argmodel" in e.rule for e in off)
    eager = tmp_path / "eager.tsv"
    eager.write_text("feature\tweight\n(intercept)\t5.0\n", encoding="utf-8")
    monkeypatch.setenv(FILE_ENV, str(eager))
    monkeypatch.setenv(ENV, "0.5")
    on = code_one(text, "2021-05-03").events
    filled = [e for e in on if "~argmodel:" in e.rule]
    assert filled and all(e.target for e in filled)
    assert all(e.rule.split("~argmodel:")[0] for e in filled)  # the lexicon entry still opens the rule
    monkeypatch.setenv(SIDES_ENV, "none")  # neither side may be filled: the rules' own rows
    assert [e.rule for e in code_one(text, "2021-05-03").events] == [e.rule for e in off]
    monkeypatch.setenv(ENV, "off")  # control: off, the rows are the rules' own
    assert [e.rule for e in code_one(text, "2021-05-03").events] == [e.rule for e in off]


def test_narrowed_keeps_only_acts_done_to_someone_and_not_a_place_read_doers_country():
    lexicon = SimpleNamespace(words={"need_target": frozenset({"ACCUSE", "ASSAULT", "SANCTION"})}, semantics={})
    doc = SimpleNamespace(text="Kenya Uganda")
    kenya, uganda = mention(doc, "Kenya", "KEN"), mention(doc, "Uganda", "UGA")
    found = [(kenya, ["side:target"]), (uganda, ["side:target"])]
    home = [Participant(text="Kenya", country="KEN")]
    assert argument_model.narrowed(found, "ACCUSE", "verb:accuse", home, lexicon) == found  # control
    for type_ in ("PROTEST", "MOBILIZE", "RESTRICT", "COERCE"):  # coded with no target: nothing to fill
        assert argument_model.narrowed(found, type_, "verb:strike", home, lexicon) == []
    for rule in ("verb:attack~place", "noun:clash~occurred", "verb:attack~place~unplaced"):
        assert argument_model.narrowed(found, "ASSAULT", rule, home, lexicon) == [(uganda, ["side:target"])]
    assert argument_model.narrowed(found, "ASSAULT", "verb:attack~anaphor", home, lexicon) == found  # control


@pytest.mark.parametrize("text", [
    "Dock workers went on strike in Nigeria on Monday over unpaid wages.",
    "Thousands of students joined the unrest in France on Tuesday.",
    "Lawyers held a protest outside the Supreme Court of Kenya on Friday.",
    "Students staged a sit-in at the French embassy in Dakar.",
    "Nurses and doctors marched through Nairobi demanding higher pay.",
])
def test_a_lone_actors_place_is_not_filled_as_its_target(monkeypatch, tmp_path, text):
    eager = tmp_path / "eager.tsv"  # a model that likes every candidate
    eager.write_text("feature\tweight\n(intercept)\t5.0\n", encoding="utf-8")
    monkeypatch.setenv(FILE_ENV, str(eager))
    monkeypatch.setenv(ENV, "0.5")
    monkeypatch.setenv(SIDES_ENV, "target")
    assert not any("~argmodel" in e.rule for e in code_one(text, "2021-05-03").events)


LOCATIVE = frozenset({"in", "at", "near"})


@pytest.mark.parametrize("text, trigger, target, reached", [
    ("In Thailand, foreign tourists were robbed by a gang and arrested.", "robbed", "Thailand", True),
    ("Foreign tourists were robbed by a gang and arrested in Thailand.", "arrested", "Thailand", True),
    ("Gunmen attacked a convoy near the Sudanese border on Monday.", "attacked", "Sudanese", True),
    ("Police detained two reporters at the Iranian embassy.", "detained", "Iranian", True),
    ("Militants shelled villages in northern Syria and in Lebanon.", "shelled", "Lebanon", True),
    # controls: an object, an against-object, a by-agent, a possessive are reached otherwise
    ("Police arrested a Thai national on Friday.", "arrested", "Thai", False),
    ("The minister launched a campaign against Russia.", "launched", "Russia", False),
    ("The ship was seized by Iran in the Gulf.", "seized", "Iran", False),
    ("Rebels attacked France's embassy.", "attacked", "France", False),
])
def test_a_candidate_reached_through_a_locative_preposition(nlp, text, trigger, target, reached):
    doc = nlp(text)
    found = candidates(trigger_of(doc, trigger), "ASSAULT", 4, [], pairs(doc, [mention(doc, target, "XXX")]))
    assert len(found) == 1
    assert argument_model.locative(found[0][1], LOCATIVE) is reached
    assert not argument_model.locative(found[0][1], frozenset())  # control: no words, nothing is locative


def test_the_locative_words_switch_and_narrowed_drops_them(monkeypatch):
    monkeypatch.delenv(LOCATIVE_ENV, raising=False)
    assert argument_model.locatives(None) == frozenset()
    assert argument_model.locatives({"locative": ["in", "at"]}) == {"in", "at"}
    monkeypatch.setenv(LOCATIVE_ENV, "off")
    assert argument_model.locatives({"locative": ["in"]}) == frozenset()
    monkeypatch.setenv(LOCATIVE_ENV, "in,near")
    assert argument_model.locatives(None) == {"in", "near"}
    doc = SimpleNamespace(text="Kenya Uganda")
    kenya, uganda = mention(doc, "Kenya", "KEN"), mention(doc, "Uganda", "UGA")
    found = [(kenya, ["side:target", "target|down:prep:in.pobj"]), (uganda, ["side:target", "target|down:dobj"])]
    lexicon = SimpleNamespace(words={"need_target": frozenset({"ASSAULT"})}, semantics={})
    assert argument_model.narrowed(found, "ASSAULT", "verb:rob", [], lexicon) == [found[1]]
    monkeypatch.setenv(LOCATIVE_ENV, "off")  # control: off, both stay
    assert argument_model.narrowed(found, "ASSAULT", "verb:rob", [], lexicon) == found


@pytest.mark.parametrize("text", [
    "In Thailand, foreign tourists were robbed by a gang and arrested.",
    "Two aid workers were kidnapped by gunmen in Mali on Sunday.",
    "Several journalists were beaten by police near the Egyptian border.",
])
def test_the_stage_does_not_fill_a_locative_place_as_the_target(monkeypatch, tmp_path, text):
    eager = tmp_path / "eager.tsv"  # a model that likes every candidate
    eager.write_text("feature\tweight\n(intercept)\t5.0\n", encoding="utf-8")
    monkeypatch.setenv(FILE_ENV, str(eager))
    monkeypatch.setenv(ENV, "0.5")
    monkeypatch.setenv(SIDES_ENV, "target")
    monkeypatch.setenv(LOCATIVE_ENV, "in,at,near")
    assert not any("~argmodel" in e.rule for e in code_one(text, "2021-05-03").events)
