"""Rounds 16-19's event gold on 4 x 40 BBC politics articles (``gold/events/bbc3/`` to ``bbc6/``): texts
outside the repository, records redacted (``detente.evaluate.redaction``), four annotators' parts assembled
(``gold/dealt.py`` through ``gold/redacted.py``). The texts are needed only where a test says so (it skips
without them)."""

from __future__ import annotations

import json
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from detente.evaluate.articles import GoldArticle, add_record
from detente.evaluate.redaction import SPAN, TEXT_KEYS, ArticleSkipped, read_articles

ROOT = Path(__file__).resolve().parents[2]
SETS = ("bbc3", "bbc4", "bbc5", "bbc6")
HALVES = ("tune", "check")
REQUIRED = {"bbc3": {"tune": 50, "check": 44}, "bbc4": {"tune": 50, "check": 45}, "bbc5": {"tune": 48, "check": 60},
            "bbc6": {"tune": 67, "check": 50}}
"""Unique required (type, source, target) triples per half, as each set's NOTES.md counts them."""


def _lines(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def _folder(name: str) -> Path:
    return ROOT / "gold" / "events" / name


def _deal(name: str) -> dict:
    return json.loads((_folder(name) / "deal.json").read_text(encoding="utf-8"))


def _walk(value, path=()):
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _walk(v, (*path, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _walk(v, (*path, i))
    else:
        yield path, value


PARTS = [(name, p.name) for name in SETS for p in sorted((_folder(name) / "parts").glob("*.jsonl"))]


@pytest.mark.parametrize("name", SETS)
def test_the_articles_are_named_by_path_and_digest_only(name):
    for half in HALVES:
        for article in _lines(_folder(name) / f"{half}.articles.jsonl"):
            assert "text" not in article and article["path"].endswith(".txt") and len(article["sha256"]) == 64
            assert article["half"] == half and article["id"].startswith("bbc-politics-")


def test_the_sets_share_no_file():
    ids = [a["id"] for name in SETS for half in HALVES for a in _lines(_folder(name) / f"{half}.articles.jsonl")]
    assert len(ids) == len(set(ids)) == 40 * len(SETS)


@pytest.mark.parametrize(("name", "part"), PARTS)
def test_every_committed_record_is_redacted(name, part):
    for item in _lines(_folder(name) / "parts" / part):
        for record in item["events"]:
            for path, value in _walk(record):
                key = next((k for k in reversed(path) if isinstance(k, str)), "")
                if key in TEXT_KEYS:  # words are never kept: a span, or a hash where they stand nowhere
                    assert value is None or (isinstance(value, str) and value.startswith("#")), (part, path)
            spans = [(p, v) for p, v in _walk(record) if any(isinstance(k, str) and k.endswith(SPAN) for k in p)]
            assert all(isinstance(v, int) and v >= 0 for _, v in spans)
            if "sentence_span" in record and "trigger_span" in record:
                (s, e), (ts, te) = record["sentence_span"], record["trigger_span"]
                assert s <= ts < te <= e


@pytest.mark.parametrize("name", SETS)
@pytest.mark.parametrize("half", HALVES)
def test_halves_are_the_owners_parts_in_draw_order(name, half):
    folder, deal = _folder(name), _deal(name)
    articles, gold = _lines(folder / f"{half}.articles.jsonl"), _lines(folder / f"{half}.jsonl")
    assert len(articles) == 20 and [a["id"] for a in articles] == [g["id"] for g in gold]
    by_id = {g["id"]: g for g in gold}
    for owner in deal:
        assert all(by_id[p["id"]] == p for p in _lines(folder / "parts" / f"{owner}.{half}.jsonl"))
    assert sorted(i for own in deal.values() for i in own[half]) == sorted(by_id)


@pytest.mark.parametrize("name", SETS)
def test_required_triples_as_counted_in_the_notes(name):
    counts = {}
    for half in HALVES:
        articles = []
        for item in _lines(_folder(name) / f"{half}.jsonl"):
            article = GoldArticle(item["id"], half, None, "")
            for record in item["events"]:
                add_record(article, record)
            articles.append(article)
        counts[half] = sum(len(a.required) for a in articles)
    assert counts == REQUIRED[name]


@pytest.mark.parametrize("name", SETS)
def test_assembly_reproduces_the_halves(name, tmp_path):
    folder = _folder(name)
    out = subprocess.run([sys.executable, str(folder / "assemble.py"), str(tmp_path)], capture_output=True,
                         text=True, check=True, env={"PYTHONPATH": str(ROOT / "src"), "PATH": ""}).stdout
    assert "pooled:" in out
    for half in HALVES:
        assert (tmp_path / f"{half}.jsonl").read_bytes() == (folder / f"{half}.jsonl").read_bytes()


def _readable(folder: Path) -> int:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ArticleSkipped)
        return len([a for half in HALVES for a in read_articles(folder, half)])


@pytest.mark.parametrize("name", SETS)
def test_the_records_restore_from_the_local_articles(name):
    from detente.evaluate.articles import read_gold
    folder = _folder(name)
    if (present := _readable(folder)) < 40:
        pytest.skip(f"only {present} of the 40 BBC articles readable (../shared/data, local only)")
    articles = read_gold(folder)
    assert len(articles) == 40
    for article in articles:
        for record in article.records:
            assert record["sentence"] in article.text
            assert record["trigger"].startswith("#") or record["trigger"] in record["sentence"]


GATES = {
    "bbc3": {"tune_full_precision": 0.5483, "tune_full_recall": 0.36, "check_full_precision": 0.5365,
             "check_full_recall": 0.3863},
    "bbc4": {"tune_full_precision": 0.5714, "tune_full_recall": 0.34, "check_full_precision": 0.5121,
             "check_full_recall": 0.4222},
    "bbc5": {"tune_full_precision": 0.6428, "tune_full_recall": 0.2916, "check_full_precision": 0.6666,
             "check_full_recall": 0.3},
    "bbc6": {"tune_full_precision": 0.7446, "tune_full_recall": 0.403, "check_full_precision": 0.5,
             "check_full_recall": 0.3},
}
"""main's code on each set at round 27's end (666c595d; docs/accuracy/events.md): a change lowering one is reported
and the floor moved with the reason in the commit (round 27's sentence boundary cost bbc5's check half one triple)."""


@pytest.mark.slow
@pytest.mark.parametrize("name", SETS)
def test_gate(name):
    from detente.evaluate.articles import evaluate
    folder = _folder(name)
    if (present := _readable(folder)) < 40:
        pytest.skip(f"only {present} of the 40 BBC articles readable (../shared/data, local only)")
    m = evaluate(folder).metrics
    assert {k: m[k] >= floor for k, floor in GATES[name].items()} == {k: True for k in GATES[name]}


# the quote gold on the BBC articles: gold/quotes/bbc (event rounds 16-17's articles), gold/quotes/bbc5 (round 18's), gold/quotes/bbc6 (round 19's)

QUOTE_SETS = {"bbc": ("bbc3", "bbc4"), "bbc5": ("bbc5",), "bbc6": ("bbc6",)}
"""Each quote set and the event sets whose articles it codes."""
QUOTE_COUNTS = {"bbc": {"tune": 280, "check": 315}, "bbc5": {"tune": 146, "check": 160},
                "bbc6": {"tune": 142, "check": 139}}
"""Direct quotes per half, as each set's NOTES.md counts them."""
QUOTE_AGREEMENT = {"bbc": "pooled: quotes 59 / 59", "bbc5": "pooled: quotes 35 / 35",
                   "bbc6": "pooled: quotes 75 / 75"}


def _quotes(name: str) -> Path:
    return ROOT / "gold" / "quotes" / name


@pytest.mark.parametrize("name", QUOTE_SETS)
def test_the_quote_halves_are_the_event_sets_articles(name):
    for half in HALVES:
        mine = {a["id"]: a["sha256"] for a in _lines(_quotes(name) / f"{half}.articles.jsonl")}
        events = {a["id"]: a["sha256"] for sub in QUOTE_SETS[name]
                  for a in _lines(_folder(sub) / f"{half}.articles.jsonl")}
        assert mine == events and all("text" not in a for a in _lines(_quotes(name) / f"{half}.articles.jsonl"))


@pytest.mark.parametrize("name", QUOTE_SETS)
@pytest.mark.parametrize("half", HALVES)
def test_the_quote_halves_are_the_owners_parts_and_hold_no_words(name, half):
    folder = _quotes(name)
    deal = json.loads((folder / "deal.json").read_text(encoding="utf-8"))
    gold = _lines(folder / f"{half}.jsonl")
    assert [g["id"] for g in gold] == [a["id"] for a in _lines(folder / f"{half}.articles.jsonl")]
    by_id = {g["id"]: g for g in gold}
    for owner in deal:
        assert all(by_id[p["id"]] == p for p in _lines(folder / "parts" / f"{owner}.{half}.jsonl"))
    quotes = [q for g in gold for q in g["quotes"]]
    assert len(quotes) == QUOTE_COUNTS[name][half]
    assert all("quote" not in q and (q.get("speaker_text") is None or q["speaker_text"].startswith("#"))
               for q in quotes)
    assert all(0 <= q["start"] < q["end"] for q in quotes)


@pytest.mark.parametrize("name", QUOTE_SETS)
def test_the_quote_assembly_reproduces_the_halves(name, tmp_path):
    folder = _quotes(name)
    out = subprocess.run([sys.executable, str(folder / "assemble.py"), str(tmp_path)], capture_output=True,
                         text=True, check=False, env={"PYTHONPATH": str(ROOT / "src"), "PATH": ""})
    if _readable(folder) < 40 * len(QUOTE_SETS[name]):
        pytest.skip("the BBC articles are not readable here (../shared/data, local only)")
    assert out.returncode == 0, out.stderr
    assert QUOTE_AGREEMENT[name] in out.stdout
    for half in HALVES:
        assert (tmp_path / f"{half}.jsonl").read_bytes() == (folder / f"{half}.jsonl").read_bytes()


QUOTE_GATES = {
    "bbc": {"own_tune_speaker_name_accuracy": 0.7786, "own_check_speaker_name_accuracy": 0.7556},
    # bbc5 tune name .7671 -> .760 at round 29: q59's estimated dates cost 2 of 146 tune names on this unread set
    # (docs/accuracy/quotes.md, round 29; no rule writer read its texts to win them back)
    "bbc5": {"own_tune_speaker_name_accuracy": 0.760, "own_check_speaker_name_accuracy": 0.7312},
    "bbc6": {"own_tune_speaker_name_accuracy": 0.7464, "own_check_speaker_name_accuracy": 0.7482},
}
"""Round 26's merged code on each quote set (each NOTES.md): no change may lower them."""


@pytest.mark.slow
@pytest.mark.parametrize("name", QUOTE_SETS)
def test_quote_gate(name):
    from detente.evaluate import Report
    from detente.evaluate.speakers import add_to
    folder = _quotes(name)
    if _readable(folder) < 40 * len(QUOTE_SETS[name]):
        pytest.skip("the BBC articles are not readable here (../shared/data, local only)")
    report = Report(task="quotes", gold=str(folder))
    add_to(report, folder)
    m = report.metrics
    gate = QUOTE_GATES[name]
    assert {k: m[k] >= floor for k, floor in gate.items()} == {k: True for k in gate}
