"""The learned row verifier (issue 13, round 15): its weights file, inference, switch and trainer."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from detente.errors import ResourceError
from detente.events import verifier
from detente.events.verifier import ENV, RowVerifier, read_model, row_features, threshold, verify
from detente.events.verifier_train import (
    JUDGED,
    OWN_TUNING,
    Row,
    Settings,
    dropped,
    fit,
    judged_rows,
    model_of,
    write_model,
)
from detente.records import Event, Participant
from detente.resources import data_path
from tests.events.conftest import code_one

ROOT = Path(__file__).resolve().parents[2]


def event(type_="ASSAULT", rule="verb:attack", source=(("the army", "ARM", "MIL", 0),),
          target=(("Freedonia", "FRE", None, 30),), negated=False, sentence=1, quote=None) -> Event:
    """A made-up row: sides as (text, country, sector, offset); the trigger at offsets 15-22."""
    def side(items):
        return [Participant(text=t, country=c, sector=s, start=o, end=o + len(t)) for t, c, s, o in items]
    return Event(type=type_, cameo="190", goldstein=-10.0, quad=4, source=side(source), target=side(target),
                 sentence=sentence, start=0, end=40, trigger="attacked", trigger_start=15, trigger_end=23,
                 evidence="The army has attacked Freedonia.", rule=rule, negated=negated, quote=quote)


def test_features_read_the_rule_suffixes_the_sides_and_their_distance():
    feats = row_features(event(rule="verb:attack~place~unplaced"))
    assert {"kind:verb", "type:ASSAULT", "suffix:~place", "suffix:~unplaced", "source_country:True",
            "target_country:True", "same_country:False", "source_before:True", "target_gap:<=10",
            "quote:False", "sentence:<=1"} <= set(feats)
    # a place on both sides ("clashes in Jenin"), and a side with no country
    same = row_features(event(source=(("Jenin", None, None, 0),), target=(("Jenin", "PSE", None, 30),)))
    assert "same_words" in same and "sourceless:ASSAULT" in same and "source_country:False" in same
    # no target: no target features, the type's no-target feature
    bare = row_features(event(target=()))
    assert "targets:<=0" in bare and "type+target:ASSAULT+False" in bare
    assert not any(f.startswith("target_") for f in bare)


def test_probability_and_keep_drop_only_low_non_negated_rows():
    model = RowVerifier(weights={"same_words": -4.0, "type:ASSAULT": 1.0}, intercept=0.0)
    assert model.probability([]) == pytest.approx(0.5)
    assert model.probability(["type:ASSAULT"]) == pytest.approx(1 / (1 + 2.718281828 ** -1.0), rel=1e-6)
    good = event()
    bad = event(source=(("Jenin", None, None, 0),), target=(("Jenin", "PSE", None, 30),))
    refused = event(type_="REJECT", negated=True, source=(("Jenin", None, None, 0),),
                    target=(("Jenin", "PSE", None, 30),))
    assert model.keep([good, bad, refused], 0.5) == [good, refused]  # a negated row is never scored
    assert model.scores([refused]) == [None]


def test_the_switch_and_its_environment_override(monkeypatch):
    monkeypatch.delenv(ENV, raising=False)
    assert threshold(None) is None and threshold({"enabled": False, "threshold": 0.4}) is None
    assert threshold({"enabled": True, "threshold": 0.4}) == 0.4
    monkeypatch.setenv(ENV, "off")
    assert threshold({"enabled": True, "threshold": 0.4}) is None
    monkeypatch.setenv(ENV, "0.35")
    assert threshold({"enabled": False}) == 0.35
    monkeypatch.setenv(ENV, "sometimes")
    with pytest.raises(ResourceError):
        threshold(None)


def test_the_shipped_switch_is_off_and_keeps_the_measured_threshold(monkeypatch):
    monkeypatch.delenv(ENV, raising=False)  # round 23 merge: off (gold-scored halves only lost right rows)
    from detente.events.lexicon import semantics_file

    spec = semantics_file()["row_verifier"]
    assert threshold(spec) is None
    assert spec["threshold"] == pytest.approx(0.16)


def test_verify_leaves_every_row_when_off(monkeypatch):
    monkeypatch.setenv(ENV, "off")
    rows = [event(), event(target=())]
    assert verify(rows, {"enabled": True, "threshold": 0.99}) is rows


def test_the_weights_file_has_its_provenance_and_reads():
    path = data_path("events", verifier.MODEL_FILE)
    head = path.read_text(encoding="utf-8")[:3000]
    assert all(k in head for k in ("# source:", "# licence:", "# made:", "# settings:"))
    model = read_model(path)
    families = {name.split(":", 1)[0] for name in model.weights}
    assert families <= {"kind", "type", "mode", "quote", "sentence", "sources", "targets", "suffix",
                        "source_country", "source_sector", "source_gap", "source_before", "target_country",
                        "target_sector", "target_gap", "target_before", "same_country", "type+same_country",
                        "type+target", "same_words", "sourceless",
                        # round 23: the parse features the cross-validation kept (verifier_context.py)
                        "source_rel", "target_rel", "negation", "modal", "question", "conditional", "trigger"}
    assert not families & set(Settings().drop)  # the families left out have no weight
    for folder, halves in JUDGED:  # the shipped weights name the judged files they were trained on
        for half in halves:
            file = ROOT / folder / f"{half}.jsonl"
            if file.exists():
                digest = hashlib.sha256(file.read_bytes()).hexdigest()[:16]
                assert f"{folder}/{half}.jsonl (sha256 {digest}...)" in head, f"{file} changed: make event-model"
    if "own" in Settings().sources:  # round 25: the own gold tune halves train it too
        for name in OWN_TUNING:
            digest = hashlib.sha256((ROOT / name).read_bytes()).hexdigest()[:16]
            assert f"{name} (sha256 {digest}...)" in head, f"{name} changed: make event-model"


def test_the_training_material_is_tune_halves_only_and_takes_every_annotated_round():
    """Round 25: rounds 6 and 8-13's tune halves and the BBC judged tune halves joined (round 31: rounds
    14-15 and bbc3-bbc4's gold tune halves); no check or held-out
    half is ever a training file, and every round with a gold tune half is read."""
    names = list(OWN_TUNING) + [f"{folder}/{half}" for folder, halves in JUDGED for half in halves]
    assert not [n for n in names if "check" in n or "heldout" in n]
    rounds = {p.parent.name for p in (ROOT / "gold/events").glob("round*/tune.jsonl")}
    # round 31 (branch m65): rounds 14 and 15 and the bbc3 and bbc4 tune halves joined; bbc5 and bbc6
    # (the round's untouched measures) never
    assert rounds <= {Path(n).parent.name for n in OWN_TUNING}
    assert {"bbc3", "bbc4"} <= {Path(n).parent.name for n in OWN_TUNING}
    assert not [n for n in names if "bbc5" in n or "bbc6" in n]
    assert {"gold/events/rows/bbc", "gold/events/rows/bbc2"} <= {folder for folder, _ in JUDGED}
    assert Settings().sources == ("judged", "own") and Settings().min_count == 5


def test_judged_rows_match_a_judged_file_whose_sides_are_hashed(tmp_path, monkeypatch):
    """A BBC judged file keeps the sides' words hashed (``evaluate.rows.redact``): the trainer matches
    its rows through the hashed key, as the evaluator does (before round 25 it found none)."""
    import json

    from detente.evaluate.rows import code_half, redact, row_line

    monkeypatch.setenv(ENV, "off")
    articles = [{"id": "made-up-1", "text": "The Russian army attacked Ukraine on Monday.", "date": "2021-05-03"},
                {"id": "made-up-2", "text": "Police in Kenya arrested twelve protesters in Nairobi.",
                 "date": "2021-05-03"}]
    lines = []
    for n, (article_id, events) in enumerate(code_half(articles)):
        for e in events:
            line = redact(row_line(article_id, e)) if n == 0 else row_line(article_id, e)
            ok = n == 0  # the first article's rows right, the second's wrong
            lines.append({**line, "verdict": {"type": ok, "source": ok, "target": ok, "words": None}})
    assert lines and lines[0]["source"][0]["text"].startswith("#")
    (tmp_path / "tune.articles.jsonl").write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    (tmp_path / "tune.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    rows = judged_rows(tmp_path, ("tune",))
    assert len(rows) == len(lines)
    assert {r.group.rsplit("/", 1)[1]: r.label for r in rows} == {"made-up-1": 1, "made-up-2": 0}
    assert all(r.detail for r in rows)


def test_dropped_lists_held_back_rows_below_the_cut_once_per_row():
    right = Row("a", "own", [], 1, detail="verb:attack ASSAULT RUS->UKR")
    wrong = Row("b", "judged", [], 0, detail="verb:call CONSULT USA->-")
    lines = dropped([(right, 0.3), (wrong, 0.1), (wrong, 0.12), (right, 0.5)], 0.2)
    assert lines == ["judged\twrong\t2\tb\tverb:call CONSULT USA->-\t0.110"]


def test_a_weights_file_without_an_intercept_is_refused(tmp_path):
    path = tmp_path / "bad.tsv"
    path.write_text("# made up\nfeature\tweight\ntype:ASSAULT\t0.5\n", encoding="utf-8")
    with pytest.raises(ResourceError):
        read_model(path)
    path.write_text("feature\tweight\ntype:ASSAULT\t0.5\textra\n", encoding="utf-8")
    with pytest.raises(ResourceError):
        read_model(path)


def test_the_fit_is_deterministic_learns_the_signal_and_round_trips_through_the_file(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)  # the header names the training files by their repository paths
    rows = [Row("a", "judged", ["same_words", "type:ASSAULT"], 0), Row("b", "judged", ["type:ASSAULT"], 1),
            Row("c", "judged", ["type:AGREE"], 1), Row("d", "judged", ["same_words", "type:AGREE"], 0)] * 3
    settings = Settings(l2=0.1, min_count=2, iterations=300)
    w1, b1, vocab = fit(rows, settings)
    w2, b2, _ = fit(rows, settings)
    assert (w1 == w2).all() and b1 == b2
    model = model_of(w1, b1, vocab)
    assert model.weights["same_words"] < 0
    assert [model.probability(r.features) >= 0.5 for r in rows[:4]] == [False, True, True, False]
    out = tmp_path / "row_verifier.tsv"
    write_model(out, w1, b1, vocab, settings, rows, "made-up test")
    again = read_model(out)
    assert again.intercept == pytest.approx(b1, abs=1e-4)
    assert again.weights["same_words"] == pytest.approx(model.weights["same_words"], abs=1e-4)


def test_the_stage_applies_the_switch_to_coded_rows(monkeypatch):
    text = "The Russian army attacked Ukraine on Monday."
    monkeypatch.setenv(ENV, "off")
    kept = code_one(text, "2021-05-03").events
    assert kept, "the made-up attack should code a row"
    monkeypatch.setenv(ENV, "1.01")  # no probability reaches it: every row goes
    assert code_one(text, "2021-05-03").events == []
    monkeypatch.setenv(ENV, "0")
    assert [e.rule for e in code_one(text, "2021-05-03").events] == [e.rule for e in kept]
