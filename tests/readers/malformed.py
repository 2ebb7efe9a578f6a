"""A generated corpus of malformed inputs: JSON lines, HTML, CSV, WARC, gzip and text in
other encodings, each damaged by seeded random mutations (byte flips, cuts, insertions,
NULs, deep nesting, lone surrogates, wrong encodings).

Line-based files put the damaged record between two valid neighbours on lines of their own,
so a test can check that the neighbours survive whatever happened to the middle line.
"""

from __future__ import annotations

import gzip
import json
import random
from dataclasses import dataclass, field
from pathlib import Path

SENTENCES = ["Russia and Ukraine agreed to hold talks in Geneva on Monday.",
             "NATO warned Russia about troops near the border.",
             "China criticized the United States over new tariffs.",
             "France and Germany signed a defence agreement in Paris."]
HTML = ("<html><head><title>{title}</title><meta name='date' content='2021-06-16'></head><body>"
        "<article><h1>{title}</h1><p>{text}</p><p>{text}</p></article></body></html>")
JUNK = [b"\x00", b"\xff\xfe", b"\xc3\x28", b"\xed\xa0\x80", b"\\ud800", b"{", b"}", b"[", b"]",
        b'"', b",", b"\n", b"\r", b"<", b">", b"&#0;", b"\xe2\x80\xa8", b"<![CDATA[", b"\x1f\x8b"]


@dataclass
class Corpus:
    folder: Path
    neighbours: list[str] = field(default_factory=list)
    """Ids of valid records placed around damaged ones; each must be stored."""
    files: int = 0


def mutate(data: bytes, rng: random.Random) -> bytes:
    """``data`` damaged by one to three random mutations."""
    out = bytearray(data)
    for _ in range(rng.randint(1, 3)):
        op = rng.randrange(7)
        at = rng.randrange(len(out) + 1) if out else 0
        if op == 0 and out:  # flip bits
            out[min(at, len(out) - 1)] ^= 1 << rng.randrange(8)
        elif op == 1:  # cut
            out = out[:at]
        elif op == 2:  # insert junk
            out[at:at] = rng.choice(JUNK) * rng.randint(1, 50)
        elif op == 3:  # delete a span
            del out[at:at + rng.randint(1, 40)]
        elif op == 4:  # duplicate a span
            out[at:at] = out[at:at + rng.randint(1, 200)]
        elif op == 5:  # deep nesting
            out[at:at] = b"[" * rng.choice([10, 1000, 100_000])
        else:  # random bytes
            out[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 30)))
    return bytes(out)


def _record(n: int, rng: random.Random) -> dict:
    return {"id": f"n{n}", "date": "2021-06-16", "title": f"Report {n}",
            "text": f"{rng.choice(SENTENCES)} Officials confirmed it on day {n}."}


def _middle(n: int, rng: random.Random) -> bytes:
    """A damaged JSON record, kept on one line (newlines replaced) so neighbours survive."""
    rec = _record(n, rng)
    rec["id"] = f"m{n}"
    raw = mutate(json.dumps(rec, ensure_ascii=rng.random() < 0.5).encode(), rng)
    return raw.replace(b"\n", b" ").replace(b"\r", b" ")


def build(folder: Path, n_inputs: int = 1000, seed: int = 15) -> Corpus:
    """Write ``n_inputs`` damaged inputs (plus their valid neighbours) under ``folder``."""
    rng = random.Random(seed)
    corpus = Corpus(folder)
    folder.mkdir(parents=True, exist_ok=True)
    makers = [_jsonl, _jsonl, _html, _csv, _warc, _gzip, _encoded, _text]
    for i in range(n_inputs):
        makers[i % len(makers)](corpus, i, rng)
        corpus.files += 1
    return corpus


def _neighbours(corpus: Corpus, i: int, rng: random.Random) -> tuple[bytes, bytes]:
    a, b = _record(2 * i, rng), _record(2 * i + 1, rng)
    corpus.neighbours += [a["id"], b["id"]]
    return json.dumps(a).encode(), json.dumps(b).encode()


def _jsonl(corpus: Corpus, i: int, rng: random.Random) -> None:
    before, after = _neighbours(corpus, i, rng)
    (corpus.folder / f"{i:04d}.jsonl").write_bytes(before + b"\n" + _middle(i, rng) + b"\n" + after + b"\n")


def _html(corpus: Corpus, i: int, rng: random.Random) -> None:
    page = HTML.format(title=f"Page {i}", text=" ".join(rng.sample(SENTENCES, 3))).encode()
    (corpus.folder / f"{i:04d}.html").write_bytes(mutate(page, rng))


def _csv(corpus: Corpus, i: int, rng: random.Random) -> None:
    rows = [_record(2 * i, rng), _record(2 * i + 1, rng)]
    body = "id,date,title,text\n" + "".join(f'{r["id"]},{r["date"]},"{r["title"]}","{r["text"]}"\n'
                                            for r in rows)
    (corpus.folder / f"{i:04d}.csv").write_bytes(mutate(body.encode(), rng))


def _warc(corpus: Corpus, i: int, rng: random.Random) -> None:
    page = HTML.format(title=f"Page {i}", text=" ".join(rng.sample(SENTENCES, 3))).encode()
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://example.com/{i}\r\n"
            f"WARC-Record-ID: <urn:uuid:{i:032x}>\r\nWARC-Date: 2021-06-16T00:00:00Z\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n")
    record = head.encode() + http + b"\r\n\r\n"
    data = mutate(record, rng)
    name = f"{i:04d}.warc"
    if rng.random() < 0.3:
        data, name = gzip.compress(data), name + ".gz"
    (corpus.folder / name).write_bytes(data)


def _gzip(corpus: Corpus, i: int, rng: random.Random) -> None:
    lines = b"".join(json.dumps(_record(10_000 + 5 * i + k, rng)).encode() + b"\n" for k in range(5))
    (corpus.folder / f"{i:04d}.jsonl.gz").write_bytes(mutate(gzip.compress(lines), rng))


def _encoded(corpus: Corpus, i: int, rng: random.Random) -> None:
    text = f"Réunion à Genève\n\n{rng.choice(SENTENCES)} «Talks» — naïve café {i}."
    encoding = rng.choice(["latin-1", "utf-16", "utf-32", "cp1252", "shift_jis", "utf-8-sig"])
    data = text.encode(encoding, errors="replace")
    if rng.random() < 0.5:
        data = mutate(data, rng)
    (corpus.folder / f"{i:04d}.txt").write_bytes(data)


def _text(corpus: Corpus, i: int, rng: random.Random) -> None:
    data = mutate(f"{rng.choice(SENTENCES)} {rng.choice(SENTENCES)}".encode(), rng)
    (corpus.folder / f"{i:04d}{rng.choice(['.txt', '', '.ndjson', '.htm'])}").write_bytes(data)
