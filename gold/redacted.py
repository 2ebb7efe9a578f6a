"""The sets whose article texts stay outside the repository (the BBC rounds, ``gold/events/bbc3`` on, and
the quotes of ``gold/quotes/bbc``): each set's ``redact.py`` and ``assemble.py`` call :func:`redact_main` and
:func:`assemble_main` (quotes: :func:`assemble_quotes_main`) with its folder. Event records are redacted and
restored by ``detente.evaluate.redaction``; quote records by :func:`redact_quote` (their offsets are already
there); assembly is ``gold/dealt.py``'s, agreement dealt's for events and :func:`quote_agreement` for quotes."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from dealt import assemble as dealt_assemble
from dealt import lines
from dealt import main as dealt_main

from detente.evaluate.redaction import (
    ELIDED,
    SPAN,
    Unplaceable,
    elide,
    hash_words,
    occurrences,
    read_articles,
    redact_record,
    restore_record,
)
from detente.evaluate.speakers import names_match

HALVES = ("tune", "check")
PART = re.compile(r"[a-z]\.(tune|check|twice)\.jsonl")


def texts(folder: Path) -> dict[str, str]:
    """Article id -> text, for every article of both halves; stops when one cannot be read."""
    expected = [json.loads(line)["id"] for half in HALVES
                for line in (folder / f"{half}.articles.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    out = {a["id"]: a["text"] for half in HALVES for a in read_articles(folder, half)}
    missing = [i for i in expected if i not in out]
    if missing:
        sys.exit(f"cannot read {len(missing)} articles ({', '.join(missing)}): see the warnings above")
    return out


def redact_quote(quote: dict, text: str) -> tuple[dict, list[str]]:
    """A quote record (``gold/FORMAT.md``) without article words: the ``quote`` dropped (it is
    ``text[start:end]``, checked), ``speaker_text`` as ``speaker_text_span`` (its whole-word occurrence
    nearest the quote, outside it where there is one) or, standing nowhere in the article, as a hash; a note's runs of article words elided.
    The speaker's name is kept: a name, what the scorer compares."""
    start, end = quote["start"], quote["end"]
    if not 0 <= start < end <= len(text) or ("quote" in quote and text[start:end] != quote["quote"]):
        raise Unplaceable(f"the quote is not text[{start}:{end}] of its article")
    out = {k: v for k, v in quote.items() if k not in ("quote", "speaker_text")}
    hashed = []
    words = quote.get("speaker_text")
    if words:
        at = occurrences(words, text)
        outside = [i for i in at if i + len(words) <= start or i >= end]
        if at:
            i = min(outside or at, key=lambda i: abs(i - start))
            out["speaker_text" + SPAN] = [i, i + len(words)]
        else:
            out["speaker_text"] = hash_words(words.strip().lower())
            hashed.append("speaker_text")
    else:
        out["speaker_text"] = words
    if out.get("note"):
        out["note"] = elide(out["note"], text)
    return out, hashed


def restore_quote(quote: dict, text: str) -> dict:
    """:func:`redact_quote` undone: the quote's words and the speaker's from their offsets."""
    out = {**quote, "quote": text[quote["start"]:quote["end"]]}
    if span := out.pop("speaker_text" + SPAN, None):
        out["speaker_text"] = text[span[0]:span[1]]
    return out


def redact_part(src: Path, out: Path, articles: dict[str, str], key: str = "events") -> Counter:
    """Write the redacted ``src`` to ``out`` (``key``: its items' list of ``events`` or of ``quotes``);
    counts of records, hashed keys and elided notes."""
    redactor = redact_quote if key == "quotes" else redact_record
    counts: Counter = Counter()
    lines = []
    for n, line in enumerate(x for x in src.read_text(encoding="utf-8").splitlines() if x.strip()):
        item = json.loads(line)
        if item["id"] not in articles:
            sys.exit(f"{src.name} line {n + 1}: {item['id']} is not an article of this set")
        events = []
        for k, record in enumerate(item.get(key) or []):
            try:
                redacted, hashed = redactor(record, articles[item["id"]])
            except Unplaceable as exc:
                sys.exit(f"{src.name} line {n + 1} ({item['id']}) record {k}: {exc}")
            counts["records"] += 1
            counts.update(f"hashed {key}" for key in hashed)
            counts["notes elided"] += ELIDED in (redacted.get("note") or "") and ELIDED not in (record.get("note") or "")
            events.append(redacted)
        lines.append(json.dumps({**item, key: events}, ensure_ascii=False) + "\n")
        counts["items"] += 1
    out.write_text("".join(lines), encoding="utf-8")
    return counts


def redact_main(here: Path, local_default: Path, argv: list[str], key: str = "events") -> None:
    """``redact.py`` of a redacted set ``here``: every local part of ``argv[0]`` (default ``local_default``)
    redacted into ``here/parts`` (``key``: ``events`` or ``quotes``)."""
    local = Path(argv[0]) if argv else local_default
    parts = sorted(p for p in local.glob("*.jsonl") if PART.fullmatch(p.name))
    if not parts:
        sys.exit(f"no part in {local}")
    articles = texts(here)
    (here / "parts").mkdir(exist_ok=True)
    for src in parts:
        counts = redact_part(src, here / "parts" / src.name, articles, key)
        print(src.name, dict(sorted(counts.items())))



def restored(here: Path, out: Path) -> None:
    """Restore every record of ``out/{tune,check}.jsonl`` from its article; print how many."""
    texts = {a["id"]: a["text"] for half in HALVES for a in read_articles(here, half)}
    for half in HALVES:
        items = lines(out / f"{half}.jsonl")
        absent = [i["id"] for i in items if i["id"] not in texts]
        records = [(restore_record(r, texts[i["id"]]), r) for i in items if i["id"] in texts for r in i["events"]]
        spans = sum(json.dumps(r).count(SPAN + '"') for _, r in records)
        bad = [r for r, _ in records if r.get("trigger") and r.get("sentence")
               and not r["trigger"].startswith("#") and r["trigger"] not in r["sentence"]]
        print(f"{half}: {len(records)} records restored from {len(items) - len(absent)} articles "
              f"({spans} spans; triggers outside their sentence: {len(bad)}; articles absent: {len(absent)})")



def assemble_main(here: Path, argv: list[str]) -> None:
    """``assemble.py`` of a redacted set ``here``: the owners' redacted parts into the halves (``argv[0]``
    or ``here``), agreement on the items coded twice, then every record restored from its article."""
    dealt_main(here, argv)
    restored(here, Path(argv[0]) if argv else here)


def _paired(mine: list[dict], theirs: list[dict]) -> list[tuple[dict, dict]]:
    """Quotes of two annotators paired one to one by the largest overlap of their offsets."""
    pairs, used = [], set()
    for q in mine:
        best = max(((min(q["end"], t["end"]) - max(q["start"], t["start"]), k) for k, t in enumerate(theirs)
                    if k not in used), default=(0, -1))
        if best[0] > 0:
            used.add(best[1])
            pairs.append((q, theirs[best[1]]))
    return pairs


def quote_agreement(folder: Path, deal: dict) -> None:
    """On the items each annotator coded twice: quotes found by both (overlapping offsets) over each
    one's quotes, and of the quotes both found, the share whose speakers' names match (the scorer's
    ``names_match``; two null speakers match)."""
    names = list(deal)
    pooled = [0, 0, 0, 0]
    for k, name in enumerate(names):
        owner = names[(k + 1) % len(names)]
        theirs = {d["id"]: d for half in HALVES for d in lines(folder / "parts" / f"{owner}.{half}.jsonl")}
        n_mine = n_theirs = both = same = 0
        for item in lines(folder / "parts" / f"{name}.twice.jsonl"):
            mine, own = item["quotes"], theirs[item["id"]]["quotes"]
            pairs = _paired(mine, own)
            n_mine, n_theirs, both = n_mine + len(mine), n_theirs + len(own), both + len(pairs)
            same += sum(names_match(a.get("speaker"), b.get("speaker")) for a, b in pairs)
        pooled = [pooled[0] + n_mine, pooled[1] + n_theirs, pooled[2] + both, pooled[3] + same]
        print(f"{name} coding {owner}'s items: quotes {n_mine} / {n_theirs}, found by both {both}, "
              f"speaker names agreeing {same}/{both}")
    print(f"pooled: quotes {pooled[0]} / {pooled[1]}, found by both {pooled[2]}, "
          f"speaker names agreeing {pooled[3]}/{pooled[2]}")


def assemble_quotes_main(here: Path, argv: list[str]) -> None:
    """``assemble.py`` of a redacted quote set ``here``: the owners' redacted parts into the halves
    (``argv[0]`` or ``here``), agreement on the items coded twice, then every quote's offsets checked
    against its article."""
    out = Path(argv[0]) if argv else here
    deal = json.loads((here / "deal.json").read_text(encoding="utf-8"))
    dealt_assemble(here, deal, out)
    quote_agreement(here, deal)
    texts_ = {a["id"]: a["text"] for half in HALVES for a in read_articles(here, half)}
    for half in HALVES:
        items = lines(out / f"{half}.jsonl")
        quotes = [restore_quote(q, texts_[i["id"]]) for i in items if i["id"] in texts_ for q in i["quotes"]]
        print(f"{half}: {len(quotes)} quotes in {len(items)} articles, {sum(q['speaker'] is not None for q in quotes)} "
              f"with a named speaker; all restored from their articles")
