"""`detente evaluate tone`: scores, the gold reader, and the gate on the dev half of gold/tone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from detente.cli import main
from detente.errors import UsageError
from detente.evaluate.tone import confusion, evaluate, read_gold, scores

GOLD = Path(__file__).resolve().parents[2] / "gold" / "tone"


def test_scores_are_accuracy_and_macro_f1_over_three_labels():
    gold = ["positive", "negative", "negative", "neutral"]
    pred = ["positive", "negative", "neutral", "neutral"]
    s = scores(gold, pred)
    assert s["accuracy"] == 0.75
    # F1: positive 1, negative 2/3, neutral 2/3
    assert s["macro_f1"] == pytest.approx((1 + 2 / 3 + 2 / 3) / 3, abs=1e-4)
    assert confusion(gold, pred)[1] == ["neutral", 0, 1, 0]


def test_rows_not_about_a_relation_are_not_scored(tmp_path):
    path = tmp_path / "dev.jsonl"
    rows = [{"sentence": "Russia and China signed a treaty.", "about_relation": True, "label": "positive"},
            {"sentence": "Greek elections were held.", "about_relation": False, "label": None}]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    assert [r.label for r in read_gold(path)] == ["positive"]
    path.write_text(json.dumps(rows[0] | {"label": "hostile"}), encoding="utf-8")
    with pytest.raises(UsageError, match="positive, neutral, negative"):
        read_gold(path)


def test_cli_scores_a_small_gold_beside_raw_vader(tmp_path):
    rows = [("Both sides called the talks constructive and fruitful.", "positive"),
            ("Russia expelled ten American diplomats.", "negative"),
            ("The two ministers met in Vienna on Tuesday.", "neutral")]
    (tmp_path / "dev.jsonl").write_text("\n".join(
        json.dumps({"sentence": s, "date": "2021-06-16", "about_relation": True, "label": lab})
        for s, lab in rows), encoding="utf-8")
    res = CliRunner().invoke(main, ["evaluate", "tone", "--gold", str(tmp_path), "--format", "json",
                                    "--founding", str(Path(__file__).resolve().parents[1] / "fixtures" / "geneva-summit-2021.txt")])
    assert res.exit_code == 0, res.output
    body = json.loads(res.stdout)
    assert body["metrics"]["dev_detente_accuracy"] == 1.0
    # raw VADER knows neither "constructive"/"fruitful" nor "expelled": it calls them neutral
    assert body["metrics"]["dev_vader_accuracy"] < 1.0
    titles = [t["title"] for t in body["tables"]]
    assert any(t.startswith("founding article") for t in titles)


@pytest.mark.skipif(not (GOLD / "dev.jsonl").exists(), reason="gold/tone/dev.jsonl is absent")
def test_gate_on_the_dev_half():
    # Floors a little under the figures in docs/accuracy/tone.md: a drop fails.
    m = evaluate(GOLD, halves=("dev",)).metrics
    assert m["dev_detente_macro_f1"] >= 0.67 and m["dev_detente_accuracy"] >= 0.76
    assert m["dev_detente_macro_f1"] > m["dev_vader_macro_f1"] + 0.1


def test_cli_half_scores_only_the_half_asked_for(tmp_path):
    row = {"sentence": "Russia expelled ten American diplomats.", "date": "2021-06-16",
           "about_relation": True, "label": "negative"}
    for half in ("dev", "heldout"):
        (tmp_path / f"{half}.jsonl").write_text(json.dumps(row), encoding="utf-8")
    founding = tmp_path / "founding.txt"
    founding.write_text("Summit\n\nThe two presidents met in Geneva.", encoding="utf-8")
    res = CliRunner().invoke(main, ["evaluate", "tone", "--gold", str(tmp_path), "--half", "dev",
                                    "--founding", str(founding), "--corpus-limit", "1",
                                    "--format", "json"])
    assert res.exit_code == 0, res.output
    metrics = json.loads(res.stdout)["metrics"]
    assert "dev_detente_macro_f1" in metrics
    assert not any(k.startswith("heldout") for k in metrics)
