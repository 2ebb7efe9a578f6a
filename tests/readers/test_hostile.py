"""Hostile inputs, one case each: nothing crashes, nothing vanishes.

Each case here once crashed a whole run or left no trace (issue #15). The readers must turn
every input into Articles or Rejections that name the file (and line or record), and the
valid records around a bad one must still come through. ``accounted`` checks the second
half of the promise: every file on disk under the input folder has a record of its own.
"""

from __future__ import annotations

import gzip
import importlib
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from detente.readers import read_file, read_inputs, read_stdin
from detente.records import Article, Rejection

GOOD = "Russia and Ukraine agreed to hold talks in Geneva on Monday, officials said."


def _line(**fields) -> str:
    return json.dumps({"text": GOOD, **fields}) + "\n"


def accounted(folder: Path, records: list[Article | Rejection]) -> None:
    """Every file and link under ``folder`` (hidden ones too) has a record of its own, or
    lies in a folder that was rejected as a whole."""
    origins = [r.origin for r in records]
    skipped = {r.origin for r in records if isinstance(r, Rejection)}
    for root, dirs, files in os.walk(os.fsencode(folder)):
        for name in files + [d for d in dirs if os.path.islink(os.path.join(root, d))]:
            path = os.path.join(root, name).decode("utf-8", "backslashreplace")
            parents = {str(p) for p in Path(path).parents}
            assert (any(o == path or o.startswith(path + ":") for o in origins)
                    or parents & skipped), f"{path} vanished"


def _read(folder: Path) -> list[Article | Rejection]:
    records = list(read_inputs([folder]))
    accounted(folder, records)
    return records


def _by_origin(records) -> dict[str, Article | Rejection]:
    return {Path(r.origin).name: r for r in records}


def test_symlink_loop_is_rejected_and_neighbours_read(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD)
    os.symlink(tmp_path, tmp_path / "back-to-top")          # a folder link back to its parent
    os.symlink(tmp_path / "self", tmp_path / "self")        # a link to itself (ELOOP)
    os.symlink(tmp_path / "gone.txt", tmp_path / "broken")  # a dangling link
    got = _by_origin(_read(tmp_path))
    assert isinstance(got["a.txt"], Article)
    assert "symlink loop" in got["back-to-top"].reason or "already visited" in got["back-to-top"].reason
    assert got["self"].reason.startswith("symlink loop")
    assert got["broken"].reason.startswith("broken symlink")
    loop = list(read_inputs([tmp_path / "self"]))
    assert [r.reason for r in loop] == ["symlink loop"]


def test_truncated_and_corrupt_gzip_keep_the_lines_before_the_damage(tmp_path):
    lines = "".join(_line(id=f"g{i}") for i in range(2000)).encode()
    whole = gzip.compress(lines)
    (tmp_path / "truncated.jsonl.gz").write_bytes(whole[: len(whole) * 3 // 4])
    (tmp_path / "corrupt.jsonl.gz").write_bytes(b"\x1f\x8b\x08\x00" + b"\xff" * 200)
    (tmp_path / "zz-after.jsonl").write_text(_line(id="after"))
    records = _read(tmp_path)
    truncated = [r for r in records if "truncated.jsonl.gz" in r.origin]
    assert isinstance(truncated[0], Article) and truncated[0].id == "g0"
    assert truncated[-1].reason.startswith("compressed file is truncated at line")
    assert len(truncated) > 100  # the readable part is kept
    corrupt = [r for r in records if "corrupt.jsonl.gz" in r.origin]
    assert len(corrupt) == 1 and "corrupt compressed data" in corrupt[0].reason
    assert records[-1].id == "after"


def test_json_nested_100000_deep_is_one_rejected_line(tmp_path):
    p = tmp_path / "deep.jsonl"
    p.write_text(_line(id="before") + "[" * 100_000 + "]" * 100_000 + "\n"
                 + '{"text": ' + "[" * 100_000 + "\n" + _line(id="after"))
    records = _read(tmp_path)
    assert [type(r).__name__ for r in records] == ["Article", "Rejection", "Rejection", "Article"]
    assert records[1].origin.endswith("deep.jsonl:2") and "nested too deeply" in records[1].reason


def test_lone_surrogates_id_rejected_url_source_text_repaired(tmp_path):
    p = tmp_path / "s.jsonl"
    p.write_text('{"id": "a\\ud800", "text": "' + GOOD + '"}\n'
                 + '{"id": "b", "url": "http://x/\\ud800", "source": "\\udc00Wire", '
                   '"title": "T\\ud801", "text": "' + GOOD + ' \\ud800"}\n')
    bad_id, repaired = _read(tmp_path)
    assert "not valid Unicode" in bad_id.reason and bad_id.origin.endswith("s.jsonl:1")
    assert repaired.url == "http://x/\ufffd" and repaired.source == "\ufffdWire"
    for value in (repaired.url, repaired.source, repaired.title, repaired.text, repaired.id):
        value.encode("utf-8")  # storable


def test_file_name_that_is_not_utf8_is_read_under_an_escaped_name(tmp_path):
    raw = os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt")
    with open(raw, "w") as f:
        f.write(GOOD)
    (art,) = _read(tmp_path)
    assert isinstance(art, Article) and art.origin.endswith("caf\\xe9.txt")
    art.origin.encode("utf-8")


def _warc_record(body: bytes, uri: str = "http://example.com/a") -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\n"
            f"WARC-Record-ID: <urn:uuid:{abs(hash(uri)):032x}>\r\n"
            f"WARC-Date: 2021-06-16T00:00:00Z\r\nContent-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(http)}\r\n\r\n").encode()
    return head + http + b"\r\n\r\n"


PAGE = ("<html><head><title>Talks</title></head><body><article><p>" + GOOD * 3
        + "</p></article></body></html>").encode()


def test_corrupt_truncated_and_empty_warc(tmp_path):
    good = _warc_record(PAGE, "http://example.com/1")
    (tmp_path / "corrupt.warc").write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 999\r\n\r\nHTTP")
    (tmp_path / "truncated.warc").write_bytes(good + _warc_record(PAGE, "http://example.com/2")[:300])
    (tmp_path / "empty.warc").write_bytes(b"")
    (tmp_path / "junk.warc.gz").write_bytes(b"\x1f\x8bnot really gzip")
    got = _read(tmp_path)
    by_file: dict[str, list] = {}
    for r in got:
        by_file.setdefault(Path(r.origin.split(":")[0]).name, []).append(r)
    assert all(isinstance(r, Rejection) for r in by_file["corrupt.warc"])
    first, *rest = by_file["truncated.warc"]
    assert isinstance(first, Article) and first.url == "http://example.com/1"
    assert rest and all(isinstance(r, Rejection) for r in rest)
    assert by_file["empty.warc"][0].reason.startswith("no articles in this file")
    assert "unreadable WARC record 1" in by_file["junk.warc.gz"][0].reason


def test_empty_files_dot_files_and_header_only_csv_are_each_rejected(tmp_path):
    (tmp_path / "empty.jsonl").write_text("")
    (tmp_path / "blank.jsonl").write_text("\n\n  \n")
    (tmp_path / "header.csv").write_text("id,date,title,text,url,source\n")
    (tmp_path / ".hidden.txt").write_text(GOOD)
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD").write_text("ref")
    got = _by_origin(_read(tmp_path))
    assert got["empty.jsonl"].reason == "empty file"
    assert got["blank.jsonl"].reason.startswith("no articles in this file")
    assert got["header.csv"].reason.startswith("no articles in this file")
    assert got[".hidden.txt"].reason.startswith("hidden file")
    assert got[".git"].reason.startswith("hidden file")


def test_unreadable_folder_is_rejected(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text(GOOD)
    (tmp_path / "b.txt").write_text(GOOD)
    locked.chmod(0)
    try:
        if os.geteuid() == 0:  # root reads anything: walk as an unprivileged user instead
            _read_as_nobody(tmp_path)
            return
        got = list(read_inputs([tmp_path]))
    finally:
        locked.chmod(0o755)
    assert [r.reason.split(":")[0] for r in got if isinstance(r, Rejection)] == ["unreadable folder"]
    assert [Path(r.origin).name for r in got if isinstance(r, Article)] == ["b.txt"]


def _read_as_nobody(folder: Path) -> None:
    """Root ignores permission bits: drop the capabilities that let it (setpriv)."""
    code = ("import sys; from detente.readers import read_inputs; "
            "rs = list(read_inputs([sys.argv[1]])); "
            "print([(type(r).__name__, r.origin.rsplit('/', 1)[-1], getattr(r, 'reason', '')) for r in rs])")
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: cannot make a folder unreadable")
    out = subprocess.run([setpriv, "--bounding-set=-dac_override,-dac_read_search", sys.executable,
                          "-c", code, str(folder)], capture_output=True, text=True, timeout=60,
                         env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert out.returncode == 0, out.stderr
    assert "('Rejection', 'locked', 'unreadable folder: Permission denied')" in out.stdout
    assert "('Article', 'b.txt', '')" in out.stdout


def test_short_texts_in_other_scripts_are_rejected(tmp_path):
    (tmp_path / "zh.txt").write_text("中国和俄罗斯同意在日内瓦举行会谈。")
    (tmp_path / "ja.txt").write_text("ロシアとウクライナは会談に合意した。")
    (tmp_path / "ru.txt").write_text("Россия и Украина договорились.")
    (tmp_path / "en.txt").write_text("NATO warned Russia.")
    got = _by_origin(_read(tmp_path))
    for name in ("zh.txt", "ja.txt", "ru.txt"):
        assert got[name].reason.startswith("not English (mostly non-Latin script)")
    assert isinstance(got["en.txt"], Article)


@pytest.mark.parametrize("value", ["2021-02-30", "2021-13-01", "2021-02-30T10:00:00Z"])
def test_impossible_record_dates_are_rejected(tmp_path, value):
    (tmp_path / "d.jsonl").write_text(_line(id="d", date=value) + _line(id="ok", date="2021-02-28"))
    bad, ok = _read(tmp_path)
    assert bad.reason.startswith(f"impossible date {value!r}")
    assert ok.date.isoformat() == "2021-02-28"


def test_impossible_feed_date_is_rejected(tmp_path):
    (tmp_path / "f.rss").write_text(
        '<rss version="2.0"><channel><title>Wire</title>'
        f"<item><title>A</title><pubDate>Tue, 30 Feb 2021 10:00:00 GMT</pubDate><description>{GOOD}</description></item>"
        f"<item><title>B</title><pubDate>Mon, 01 Mar 2021 10:00:00 GMT</pubDate><description>{GOOD}</description></item>"
        "</channel></rss>")
    bad, ok = _read(tmp_path)
    assert "impossible or unparseable date" in bad.reason and ok.date.isoformat() == "2021-03-01"


def test_an_over_long_line_is_skipped_without_reading_it_whole(tmp_path):
    from detente.readers import lines

    p = tmp_path / "long.jsonl"
    p.write_text(_line(id="a") + '{"text": "' + "x" * 5000 + '"}\n' + _line(id="c"))
    got = list(lines.read_lines(io.BytesIO(p.read_bytes()), str(p), None,
                                lambda ls, o, d: __import__("detente.readers.jsonl", fromlist=["x"])
                                .read_jsonl_lines(ls, o, d), max_bytes=1000))
    assert [getattr(r, "id", None) for r in got] == ["a", None, "c"]
    assert got[1].reason == "line 2 is longer than 1,000 bytes; not read"


def test_csv_keeps_going_after_a_malformed_row(tmp_path):
    import csv as csv_module

    from detente.readers import lines
    from detente.readers.csv import read_csv_lines

    big = "y" * 3000
    text = f'id,text\na,"{GOOD}"\nb,"{big}"\nc,"{GOOD}"\n'
    old = csv_module.field_size_limit(1000)
    try:
        got = list(lines.read_lines(io.BytesIO(text.encode()), "t.csv", None, read_csv_lines))
    finally:
        csv_module.field_size_limit(old)
    assert [getattr(r, "id", None) for r in got] == ["a", None, "c"]
    assert got[1].reason.startswith("malformed CSV")


def test_stdin_json_lines_are_streamed_and_text_is_size_limited(monkeypatch):
    readers = importlib.import_module("detente.readers")

    stream = io.BytesIO(b"".join(_line(id=f"s{i}").encode() for i in range(3)))
    assert [r.id for r in read_stdin(stream=stream)] == ["s0", "s1", "s2"]
    monkeypatch.setattr(readers, "MAX_FILE_BYTES", 100)
    (rej,) = read_stdin(stream=io.BytesIO(b"Plain text " * 20))
    assert rej.reason.startswith("stdin holds more than 100 bytes")


def test_a_reader_failure_rejects_its_file_and_the_run_goes_on(tmp_path, monkeypatch):
    readers = importlib.import_module("detente.readers")

    def broken(path, default_date):
        yield from ()
        raise AttributeError("'NoneType' object has no attribute 'x'")

    monkeypatch.setitem(readers.EXTRA_READERS, "warc", broken)
    (tmp_path / "a.warc").write_bytes(b"x")
    (tmp_path / "b.txt").write_text(GOOD)
    got = _read(tmp_path)
    assert got[0].reason.startswith("unreadable after 0 records: AttributeError")
    assert isinstance(got[1], Article)
    assert list(read_file(tmp_path / "b.txt"))[0].id == got[1].id
