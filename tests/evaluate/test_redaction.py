"""Gold whose article texts stay outside the repository (``detente.evaluate.redaction``): the one
article loader of the judged rows and the exhaustive gold, records redacted to spans and restored,
``evaluate events`` on such a set, and the guard on ``gold/events/bbc3/``-``bbc6/``."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
import sys
from pathlib import Path

import pytest

from detente.evaluate.redaction import (
    ELIDED,
    ArticleSkipped,
    Unplaceable,
    elide,
    hash_words,
    read_articles,
    redact_record,
    restore_record,
    runs,
)

ROOT = Path(__file__).resolve().parents[2]
BBC3 = ROOT / "gold" / "events" / "bbc3"
TEXT = ("Talks fail\n\nFrance accused Germany of spying on its ministers on Monday. "
        "The two governments later agreed to meet in Brussels, officials said.\n")


def _write_lines(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def _path_article(folder: Path, ident: str = "a", half: str = "tune", text: str = TEXT, digest: str | None = None):
    (folder / f"{ident}.txt").write_text(text, encoding="utf-8")
    return {"id": ident, "half": half, "date": None, "path": f"{ident}.txt",
            "sha256": digest or hashlib.sha256((folder / f"{ident}.txt").read_bytes()).hexdigest()}


def _record(sentence, trigger, type_, src, tgt, **extra):
    return {"sentence": sentence, "trigger": trigger, "type": type_,
            "source": {"country": src[0], "sector": "GOV", "text": src[1]} if src else None,
            "target": {"country": tgt[0], "sector": "GOV", "text": tgt[1]} if tgt else None,
            "negated": False, "reported": False, "optional": False, "alternatives": [], "repeat_of": None,
            "note": "", **extra}


ACCUSE = _record("France accused Germany of spying on its ministers on Monday.", "accused", "ACCUSE",
                 ("FRA", "France"), ("DEU", "Germany"))
AGREE = _record("The two governments later agreed to meet in Brussels, officials said.", "agreed to meet", "CONSULT",
                ("FRA", "The two governments"), ("DEU", None),
                alternatives=[{"type": "AGREE"}, {"source": {"country": "DEU", "text": "The two governments"}}],
                note="both governments: one record per pair")


# the shared loader

def test_the_judged_rows_and_the_gold_read_articles_through_one_loader():
    from detente.evaluate import redaction, rows
    assert rows.read_articles is redaction.read_articles
    assert rows.hash_words is redaction.hash_words


def test_an_article_is_read_from_its_path_when_its_digest_matches(tmp_path):
    _write_lines(tmp_path / "tune.articles.jsonl", [_path_article(tmp_path), {"id": "t", "text": "Inline."}])
    assert [(a["id"], a["text"]) for a in read_articles(tmp_path, "tune")] == [("a", TEXT), ("t", "Inline.")]


def test_an_absent_or_different_file_is_skipped_with_a_warning_naming_it(tmp_path):
    rows = [_path_article(tmp_path, "a", digest="0" * 64), {"id": "b", "half": "tune", "path": "absent.txt"}]
    _write_lines(tmp_path / "tune.articles.jsonl", rows)
    with pytest.warns(ArticleSkipped) as caught:
        assert read_articles(tmp_path, "tune") == []
    messages = [str(w.message) for w in caught]
    assert any("a.txt" in m and "sha256" in m for m in messages)
    assert any("absent.txt" in m and "absent" in m for m in messages)


# redaction and restoring

def _values(value):
    if isinstance(value, dict):
        return [x for v in value.values() for x in _values(v)]
    if isinstance(value, list):
        return [x for v in value for x in _values(v)]
    return [value]


@pytest.mark.parametrize("record", [ACCUSE, AGREE])
def test_a_record_redacted_keeps_no_words_and_restores_to_the_original(record):
    redacted, hashed = redact_record(record, TEXT)
    assert hashed == []
    assert "sentence" not in redacted and "trigger" not in redacted and "text" not in redacted["source"]
    s, e = redacted["sentence_span"]
    assert TEXT[s:e] == record["sentence"]
    assert s <= redacted["trigger_span"][0] < redacted["trigger_span"][1] <= e  # inside its sentence
    assert not any(isinstance(v, str) and len(v.split()) > 1 and v in TEXT
                   for v in _values({k: v for k, v in redacted.items() if k != "note"}))
    assert restore_record(redacted, TEXT) == record
    assert list(restore_record(redacted, TEXT)) == list(record)  # keys in their places
    assert restore_record(json.loads(json.dumps(redacted)), TEXT) == record  # as written to a file


def test_words_found_only_elsewhere_in_the_article_get_a_span_there():
    # the side names the actor by an earlier mention (not in this sentence): offsets outside the sentence
    record = {**AGREE, "source": {"country": "FRA", "sector": "GOV", "text": "France"}}
    redacted, hashed = redact_record(record, TEXT)
    assert hashed == [] and redacted["source"]["text_span"][1] < redacted["sentence_span"][0]
    assert restore_record(redacted, TEXT) == record


def test_words_that_stand_nowhere_in_the_article_are_hashed():
    record = {**ACCUSE, "trigger": "accused ... of", "target": {"country": "DEU", "sector": "GOV", "text": "Berlin"}}
    redacted, hashed = redact_record(record, TEXT)
    assert sorted(hashed) == ["text", "trigger"]
    assert redacted["trigger"] == hash_words("accused ... of") and redacted["target"]["text"] == hash_words("berlin")
    restored = restore_record(redacted, TEXT)
    assert restored == {**record, "trigger": hash_words("accused ... of"),
                        "target": {**record["target"], "text": hash_words("berlin")}}
    assert restored["source"] == record["source"] and restored["sentence"] == record["sentence"]


def test_a_record_whose_sentence_is_not_in_its_article_cannot_be_placed():
    with pytest.raises(Unplaceable):
        redact_record({**ACCUSE, "sentence": "France accused Italy of spying."}, TEXT)


def test_a_note_quoting_eight_article_words_is_elided_and_a_short_quote_kept():
    quoted = "the act is 'accused Germany of spying on its ministers on Monday' (reported)"
    assert elide(quoted, TEXT) == f"the act is '{ELIDED}' (reported)"
    short = "'accused Germany of spying': ACCUSE, not COERCE"
    assert elide(short, TEXT) == short
    redacted, _ = redact_record({**ACCUSE, "note": quoted}, TEXT)
    assert redacted["note"] == f"the act is '{ELIDED}' (reported)"


def test_the_round_redactor_writes_parts_the_gold_reader_restores(tmp_path):
    from detente.evaluate.articles import read_gold
    spec = importlib.util.spec_from_file_location("gold_redacted", BBC3.parents[1] / "redacted.py")
    redactor = importlib.util.module_from_spec(spec)
    sys.path.append(str(BBC3.parents[1]))  # gold/dealt.py, which redacted.py imports
    try:
        spec.loader.exec_module(redactor)
    finally:
        sys.path.remove(str(BBC3.parents[1]))
    local, folder = tmp_path / "local", tmp_path / "set"
    local.mkdir()
    folder.mkdir()
    _write_lines(folder / "tune.articles.jsonl", [_path_article(folder)])
    _write_lines(folder / "check.articles.jsonl", [])
    _write_lines(local / "a.tune.jsonl", [{"id": "a", "events": [ACCUSE, AGREE]}])
    counts = redactor.redact_part(local / "a.tune.jsonl", folder / "tune.jsonl", redactor.texts(folder))
    assert counts["records"] == 2 and counts["items"] == 1
    assert "France accused" not in (folder / "tune.jsonl").read_text(encoding="utf-8")
    [article] = read_gold(folder)
    assert article.records == [ACCUSE, AGREE]
    assert article.sentences[("ACCUSE", "FRA", "DEU")] == ACCUSE["sentence"]
    _write_lines(local / "a.tune.jsonl", [{"id": "a", "events": [{**ACCUSE, "sentence": "Not there."}]}])
    with pytest.raises(SystemExit, match="a.tune.jsonl line 1 \\(a\\) record 0"):
        redactor.redact_part(local / "a.tune.jsonl", folder / "tune.jsonl", redactor.texts(folder))


# evaluate events on a redacted set

def test_evaluate_events_scores_a_redacted_path_set_as_its_verbatim_twin(tmp_path):
    from detente.evaluate.articles import evaluate
    verbatim, redacted = tmp_path / "verbatim", tmp_path / "redacted"
    for folder in (verbatim, redacted):
        folder.mkdir()
    text2 = "Rebels attacked a police station in Kabul, killing three officers, Afghan officials said.\n"
    records = {"a": [ACCUSE, AGREE],
               "b": [_record(text2.strip(), "attacked", "ASSAULT", ("AFG", "Rebels"), ("AFG", "a police station"))]}
    texts = {"a": TEXT, "b": text2}
    _write_lines(verbatim / "tune.articles.jsonl", [{"id": i, "half": "tune", "date": None, "text": t}
                                                    for i, t in texts.items()])
    _write_lines(verbatim / "tune.jsonl", [{"id": i, "events": r} for i, r in records.items()])
    _write_lines(redacted / "tune.articles.jsonl", [_path_article(redacted, i, text=t) for i, t in texts.items()])
    _write_lines(redacted / "tune.jsonl", [{"id": i, "events": [redact_record(r, texts[i])[0] for r in rs]}
                                           for i, rs in records.items()])
    assert "accused" not in (redacted / "tune.jsonl").read_text(encoding="utf-8")
    one, other = evaluate(verbatim, show_errors=True), evaluate(redacted, show_errors=True)
    assert one.metrics == other.metrics and one.metrics["tune_required"] == 3
    assert [t.rows for t in one.tables] == [t.rows for t in other.tables]
    (redacted / "b.txt").unlink()  # a missing file: its article is skipped, with the warning
    with pytest.warns(ArticleSkipped, match="b.txt"):
        assert evaluate(redacted).metrics["tune_articles"] == 1


# the guard on the committed BBC sets (rounds 16 and 17)

def _bbc_articles(folder: Path) -> list[dict]:
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ArticleSkipped)
        return [a for half in ("tune", "check") for a in read_articles(folder, half)]


@pytest.mark.parametrize("name", ["events/bbc3", "events/bbc4", "events/bbc5", "events/bbc6", "quotes/bbc", "quotes/bbc5",
                                  "quotes/bbc6"])
def test_no_committed_bbc_file_holds_eight_consecutive_words_of_its_articles(name):
    folder = BBC3.parents[1] / name
    articles = _bbc_articles(folder)
    expected = sum(1 for half in ("tune", "check") for line in
                   (folder / f"{half}.articles.jsonl").read_text(encoding="utf-8").splitlines() if line.strip())
    if len(articles) < expected:
        pytest.skip(f"only {len(articles)} of the {expected} BBC articles readable: ../shared/data (the BBC News "
                    "dataset, local only) is absent or differs, so the guard cannot compare")
    article_runs = set().union(*(runs(a["text"]) for a in articles))
    files = [f for f in folder.rglob("*") if f.is_file() and "__pycache__" not in f.parts]
    leaks = {str(f.relative_to(ROOT)): n for f in files
             if (n := len(runs(f.read_text(encoding="utf-8", errors="replace")) & article_runs))}
    assert leaks == {}


def test_the_guard_sees_a_leak():
    # the guard's own check, on made-up text: eight words copied, across punctuation and case, are seen
    text = "The minister said on Tuesday that the talks would resume next week in Geneva."
    assert runs("notes: THE MINISTER said, on Tuesday that the talks ...") & runs(text)
    assert not runs("the minister said on Tuesday that talks") & runs(text)
    assert re.search(r"\w", ELIDED) and not runs(ELIDED * 3) & runs(text)


# quote gold kept outside the repository (gold/quotes/bbc)

QTEXT = ('Minister resigns\n\n"I have done nothing wrong," the minister said. Mr Smith added: "I will fight on."\n'
         'His party called it "a sad day".\n')


def _quote(fragment: str, speaker, speaker_text, country="GBR", sector="GOV") -> dict:
    start = QTEXT.index(fragment)
    return {"quote": fragment, "start": start, "end": start + len(fragment), "speaker": speaker,
            "speaker_text": speaker_text, "speaker_kind": "person", "speaker_country": country,
            "speaker_sector": sector, "note": ""}


def _gold_redacted():
    spec = importlib.util.spec_from_file_location("gold_redacted_q", BBC3.parents[1] / "redacted.py")
    module = importlib.util.module_from_spec(spec)
    sys.path.append(str(BBC3.parents[1]))
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(BBC3.parents[1]))
    return module


def test_a_quote_record_loses_its_words_and_gets_them_back():
    red = _gold_redacted()
    quote = _quote("I will fight on.", "John Smith", "Mr Smith")
    redacted, hashed = red.redact_quote(quote, QTEXT)
    assert "quote" not in redacted and "speaker_text" not in redacted and hashed == []
    assert redacted["speaker"] == "John Smith" and redacted["start"] == quote["start"]
    assert red.restore_quote(redacted, QTEXT) == quote
    # words standing nowhere in the article are hashed; a record whose offsets do not hold its quote stops
    redacted, hashed = red.redact_quote({**quote, "speaker_text": "the Home Office"}, QTEXT)
    assert hashed == ["speaker_text"] and redacted["speaker_text"].startswith("#")
    with pytest.raises(red.Unplaceable):
        red.redact_quote({**quote, "start": quote["start"] + 1}, QTEXT)


def test_speaker_gold_on_path_articles_scores_as_its_verbatim_twin(tmp_path):
    from detente.evaluate.speakers import read_half
    red = _gold_redacted()
    quotes = [_quote("I have done nothing wrong,", "John Smith", "the minister"),
              _quote("I will fight on.", "John Smith", "Mr Smith"), _quote("a sad day", None, "His party", sector="PTY")]
    verbatim, redacted = tmp_path / "verbatim", tmp_path / "redacted"
    verbatim.mkdir()
    redacted.mkdir()
    _write_lines(verbatim / "tune.articles.jsonl", [{"id": "q", "half": "tune", "date": None, "text": QTEXT}])
    _write_lines(verbatim / "tune.jsonl", [{"id": "q", "quotes": quotes}])
    _write_lines(redacted / "tune.articles.jsonl", [_path_article(redacted, "q", text=QTEXT)])
    _write_lines(redacted / "tune.jsonl", [{"id": "q", "quotes": [red.redact_quote(q, QTEXT)[0] for q in quotes]}])
    assert "fight" not in (redacted / "tune.jsonl").read_text(encoding="utf-8")
    assert read_half(redacted, "tune") == read_half(verbatim, "tune") != []


def test_words_are_placed_as_whole_words_where_they_stand_so():
    from detente.evaluate.redaction import occurrences
    text = "The chairman said he would resign. There he stood."
    assert occurrences("he", text) == [text.index(" he ") + 1, text.index("There he") + 6]
    assert occurrences("he", text, 0, 30) == [text.index(" he ") + 1]
    assert occurrences("chair", text) == [text.index("chairman")]  # no whole-word occurrence: the plain one
    redacted, _ = redact_record(_record("The chairman said he would resign.", "said", "ACCUSE",
                                        ("GBR", "he"), None), text)
    assert redacted["source"]["text_span"] == [text.index(" he ") + 1, text.index(" he ") + 3]


def test_an_article_with_neither_text_nor_path_is_a_clear_error(tmp_path):
    _write_lines(tmp_path / "tune.articles.jsonl", [{"id": "x", "half": "tune"}])
    with pytest.raises(ValueError, match="article x .* neither a text nor a path"):
        read_articles(tmp_path, "tune")
