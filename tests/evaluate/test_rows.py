"""Precision of judged event rows (``detente evaluate rows``): matching, new and gone rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.evaluate.rows import evaluate, judged_key, row_key, row_line, tally_half
from detente.records import Event, Participant

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "rows"


def _event(type_, sources, targets, start=0, negated=False):
    return Event(type=type_, cameo="010", goldstein=0.0, quad=1,
                 source=[Participant(text="x", country=c) for c in sources],
                 target=[Participant(text="x", country=c) for c in targets], sentence=0, start=start,
                 end=start + 5, trigger="x", trigger_start=start, trigger_end=start + 5, evidence="x",
                 rule="test", negated=negated)


def _judged(event, article="a", **verdict):
    line = row_line(article, event)
    line["verdict"] = {"type": True, "source": True, "target": True, **verdict}
    return line


def test_key_of_a_row_and_of_its_judged_line_agree():
    event = _event("ACCUSE", ["FRA"], ["RUS", None])
    assert judged_key(row_line("a", event)) == row_key("a", event)


def test_matched_new_gone_and_negated_rows():
    right = _event("ACCUSE", ["FRA"], ["RUS"])
    wrong = _event("ASSAULT", ["RUS"], [], start=10)
    judged = {judged_key(line): line for line in (
        _judged(right, words=False), _judged(wrong, target=False, words=True),
        _judged(_event("AID", ["USA"], ["UKR"], start=20)))}
    changed = _event("ACCUSE", ["FRA"], ["UKR"])  # same trigger, another target: a new row
    tally = tally_half([("a", [right, wrong, changed, _event("REJECT", ["IRN"], [], negated=True)])], judged)
    assert (tally.rows, tally.matched, len(tally.new)) == (3, 2, 1)
    assert tally.right["full"] == 1 and tally.right["type"] == 2 and tally.right["target"] == 1
    assert tally.gone["right"] == 1 and tally.gone["wrong"] == 0
    assert (tally.right["words"], tally.right["words_judged"]) == (1, 2)


def test_fixture_folder_is_recoded_and_scored():
    report = evaluate(FIXTURE, halves=("tune",))
    m = report.metrics
    assert m["tune_rows"] == 2 and m["tune_judged_matched"] == 2 and m["tune_new_rows"] == 0
    assert m["tune_full_precision"] == 1.0
    assert m["tune_gone_wrong"] == 1  # the judged row that placed Kharkiv in Russia is not written


def test_every_half_of_the_folder_is_found_first_draw_first(tmp_path):
    from detente.evaluate.rows import folder_halves

    for half in ("check2", "tune3", "check", "tune"):
        (tmp_path / f"{half}.articles.jsonl").write_text("", encoding="utf-8")
    (tmp_path / "tune3.jsonl").write_text("", encoding="utf-8")  # judged rows are no half of their own
    assert folder_halves(tmp_path) == ("tune", "check", "check2", "tune3")


def test_a_new_half_is_scored_by_default():
    report = evaluate(FIXTURE)  # the fixture folder holds only a tune half
    assert "tune_rows" in report.metrics and not any(k.startswith("check") for k in report.metrics)


def test_the_cli_refuses_a_half_the_folder_does_not_hold():
    from click.testing import CliRunner

    from detente.cli import main

    res = CliRunner().invoke(main, ["evaluate", "rows", "--judged", str(FIXTURE), "--half", "check2"])
    assert res.exit_code != 0 and "check2.articles.jsonl" in res.output


def test_a_check_half_lists_no_wrong_entries(tmp_path):
    import json

    lines = [json.loads(x) for x in (FIXTURE / "tune.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    for line in lines:
        line["verdict"] = {**line["verdict"], "type": False}  # every judged row wrong
    for half in ("tune", "check2"):
        (tmp_path / f"{half}.articles.jsonl").write_text((FIXTURE / "tune.articles.jsonl").read_text(encoding="utf-8"), encoding="utf-8")
        (tmp_path / f"{half}.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    report = evaluate(tmp_path)
    assert report.metrics["tune_full_precision"] == report.metrics["check2_full_precision"] == 0.0
    assert [t.title for t in report.tables] == ["Wrong judged rows by entry, tune half"]


def test_a_redacted_judged_line_matches_its_row_by_hashed_words():
    # gold/events/rows/bbc: the articles' text may not be copied, so a judged line keeps no
    # sentence or trigger and each side's words as a hash; it still matches the row it judged
    from detente.evaluate.rows import redact
    event = _event("ACCUSE", ["GBR"], ["GBR", None])
    line = redact(_judged(event, target=False))
    assert "sentence" not in line and "trigger" not in line
    assert all(p["text"].startswith("#") for p in line["source"] + line["target"])
    tally = tally_half([("a", [event])], {judged_key(line): line})
    assert (tally.matched, tally.right["full"], tally.right["type"]) == (1, 0, 1)
    other = _event("ACCUSE", ["GBR"], ["FRA"])
    assert tally_half([("a", [other])], {judged_key(line): line}).matched == 0


def test_an_article_read_from_a_path_only_when_its_digest_matches(tmp_path):
    import hashlib
    import json

    from detente.evaluate.rows import read_articles
    (tmp_path / "news.txt").write_text("Headline\n\nBody.\n", encoding="utf-8")
    digest = hashlib.sha256((tmp_path / "news.txt").read_bytes()).hexdigest()
    rows = [{"id": "a", "half": "tune", "path": "news.txt", "sha256": digest},
            {"id": "b", "half": "tune", "path": "news.txt", "sha256": "0" * 64},
            {"id": "c", "half": "tune", "path": "absent.txt"}]
    (tmp_path / "tune.articles.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    with pytest.warns(UserWarning):  # b and c skipped (``evaluate.redaction.ArticleSkipped``)
        assert [(a["id"], a["text"]) for a in read_articles(tmp_path, "tune")] == [("a", "Headline\n\nBody.\n")]
