"""Readers turn every input kind into Articles, and every bad input into one Rejection."""

from __future__ import annotations

import gzip
import io
import json
from datetime import date

import pytest

from detente.readers import read_inputs, read_stdin
from detente.records import Article, Rejection


def _one(path):
    records = list(read_inputs([path]))
    assert len(records) == 1, records
    return records[0]


def test_text_file_with_title_and_dateline(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Leaders meet in Geneva\n\nGENEVA, June 16, 2021 - Joe Biden met Vladimir Putin.\n")
    art = _one(p)
    assert isinstance(art, Article)
    assert art.title == "Leaders meet in Geneva"
    assert art.text.startswith("GENEVA")
    assert art.date == date(2021, 6, 16) and art.date_source == "dateline"
    assert len(art.id) == 16


def test_date_option_beats_inference_and_record_beats_option(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Talks were held in the capital this week between the two delegations. " * 4
                 + "A report dated March 3, 2019 was cited. Another of May 1, 2018 too.")
    assert _one(p).date_source == "text"
    art = list(read_inputs([p], date=date(2020, 1, 2)))[0]
    assert art.date == date(2020, 1, 2) and art.date_source == "option"
    j = tmp_path / "b.jsonl"
    j.write_text(json.dumps({"id": "x1", "date": "2021-06-16", "text": "Russia and Ukraine talked."}) + "\n")
    art = list(read_inputs([j], date=date(2020, 1, 2)))[0]
    assert art.date == date(2021, 6, 16) and art.date_source == "record" and art.id == "x1"


def test_stable_id_is_content_hash(tmp_path):
    (tmp_path / "a.txt").write_text("Russia and Ukraine agreed to talk.")
    (tmp_path / "b.txt").write_text("Russia and Ukraine agreed to talk.")
    a, b = list(read_inputs([tmp_path]))
    assert a.id == b.id


def test_jsonl_csv_and_gzip(tmp_path):
    rows = [{"id": f"r{i}", "date": "2020-01-0" + str(i + 1), "title": "T", "text": f"Text number {i}.",
             "url": "http://x", "source": "S"} for i in range(3)]
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    with gzip.open(tmp_path / "b.jsonl.gz", "wt") as f:
        f.write(json.dumps({"id": "g1", "text": "Gzipped text."}) + "\n")
    (tmp_path / "c.csv").write_text('id,date,title,text,url,source\nc1,2020-02-02,T,"Hello, world.",u,s\n')
    recs = list(read_inputs([tmp_path]))
    assert [r.id for r in recs] == ["r0", "r1", "r2", "g1", "c1"]
    assert all(isinstance(r, Article) for r in recs)
    assert recs[4].text == "Hello, world." and recs[0].source == "S"


def test_html_main_text_and_metadata(tmp_path):
    body = " ".join(["The foreign ministers of France and Germany met in Paris on Tuesday to discuss sanctions."] * 6)
    html = (f"<html><head><title>Ministers meet</title><meta property='article:published_time' "
            f"content='2022-03-01'></head><body><nav>Home | World</nav><article><h1>Ministers meet</h1>"
            f"<p>{body}</p><p>{body}</p></article><footer>Copyright</footer></body></html>")
    (tmp_path / "a.html").write_text(html)
    art = _one(tmp_path / "a.html")
    assert isinstance(art, Article), art
    assert "foreign ministers" in art.text and "Copyright" not in art.text
    assert art.date == date(2022, 3, 1) and art.date_source == "metadata"


@pytest.mark.parametrize("head", ["<title>Site | Envoy recalled</title>", ""])
def test_html_headline_goes_to_the_title_never_into_the_text(tmp_path, head):
    body = "Russia recalled its ambassador to Washington on Monday, the foreign ministry said."
    html = (f"<html><head>{head}</head><body><article><h1>Russia recalls envoy</h1><p>{body}</p>"
            f"<p>{body}</p></article></body></html>")
    (tmp_path / "a.html").write_text(html)
    art = _one(tmp_path / "a.html")
    assert art.text.startswith("Russia recalled its ambassador") and "envoy" not in art.text
    assert art.title in ("Russia recalls envoy", "Site | Envoy recalled")


def test_stdin_sniffs_the_kind():
    recs = list(read_stdin(stream=io.BytesIO(b"Russia recalled its ambassador.")))
    assert isinstance(recs[0], Article)
    recs = list(read_stdin(stream=io.BytesIO(b'{"id": "s1", "text": "Hi there."}\n')))
    assert recs[0].id == "s1"


def test_bad_inputs_each_give_one_clear_rejection(bad_folder):
    recs = list(read_inputs([bad_folder]))
    rejected = {r.origin.split("/")[-1]: r.reason for r in recs if isinstance(r, Rejection)}
    assert rejected == {
        "binary.txt": "binary file (contains NUL bytes), not text",
        "broken.jsonl:1": rejected["broken.jsonl:1"],
        "broken.jsonl:2": "record has no 'text' field",
        "empty.txt": "empty file",
        "french.txt": rejected["french.txt"],
        "latin1.txt": rejected["latin1.txt"],
        "missing.csv": rejected["missing.csv"],
        "nodate.jsonl:1": rejected["nodate.jsonl:1"],
        "noarticle.html": rejected["noarticle.html"],
        "huge.txt": rejected["huge.txt"],
        "notes.docx": rejected["notes.docx"],
    }
    assert rejected["broken.jsonl:1"].startswith("line 1 is not JSON")
    assert rejected["noarticle.html"].startswith("HTML page has no article text")
    assert rejected["french.txt"].startswith("not English")
    assert rejected["latin1.txt"].startswith("undecodable bytes")
    assert "lacks required column 'text'" in rejected["missing.csv"]
    assert "unparseable date" in rejected["nodate.jsonl:1"]
    assert rejected["huge.txt"].startswith("article too long")
    assert rejected["notes.docx"].startswith("unsupported file type")
    good = [r for r in recs if isinstance(r, Article)]
    assert [g.origin.split("/")[-1] for g in good] == ["broken.jsonl:3", "good.txt"]
