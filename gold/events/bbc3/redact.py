"""Redact round 16's annotators' parts for the repository: the BBC texts stay outside it.

Run from the repository root: ``PYTHONPATH=src python gold/events/bbc3/redact.py [LOCAL_PARTS_DIR]``
(default ``/work/scratch/bbc3/work/parts``, where the annotators write ``<a-d>.<tune|check|twice>.jsonl``
with verbatim records, ``gold/FORMAT.md``). The articles are read from the files the committed
``{tune,check}.articles.jsonl`` name (SHA-256 checked, ``detente.evaluate.redaction.read_articles``,
as ``evaluate rows`` reads them); every part is written to ``parts/<same name>.jsonl`` here with each
record's sentence, trigger and sides' (and alternatives') words replaced by ``*_span`` offsets into
the article, or by a hash where they stand nowhere in it, and any run of 8 article words in a note
elided (``detente.evaluate.redaction.redact_record``). Stops, naming the part, the item and the
record's index, on an article it cannot read or a record whose sentence is not in its article.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from detente.evaluate.redaction import ELIDED, Unplaceable, read_articles, redact_record

HERE = Path(__file__).resolve().parent
LOCAL = Path("/work/scratch/bbc3/work/parts")
HALVES = ("tune", "check")
PART = re.compile(r"[a-z]\.(tune|check|twice)\.jsonl")


def texts(folder: Path = HERE) -> dict[str, str]:
    """Article id -> text, for every article of both halves; stops when one cannot be read."""
    expected = [json.loads(line)["id"] for half in HALVES
                for line in (folder / f"{half}.articles.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    out = {a["id"]: a["text"] for half in HALVES for a in read_articles(folder, half)}
    missing = [i for i in expected if i not in out]
    if missing:
        sys.exit(f"cannot read {len(missing)} articles ({', '.join(missing)}): see the warnings above")
    return out


def redact_part(src: Path, out: Path, articles: dict[str, str]) -> Counter:
    """Write the redacted ``src`` to ``out``; counts of records, hashed keys and elided notes."""
    counts: Counter = Counter()
    lines = []
    for n, line in enumerate(x for x in src.read_text(encoding="utf-8").splitlines() if x.strip()):
        item = json.loads(line)
        if item["id"] not in articles:
            sys.exit(f"{src.name} line {n + 1}: {item['id']} is not an article of this set")
        events = []
        for k, record in enumerate(item.get("events") or []):
            try:
                redacted, hashed = redact_record(record, articles[item["id"]])
            except Unplaceable as exc:
                sys.exit(f"{src.name} line {n + 1} ({item['id']}) record {k}: {exc}")
            counts["records"] += 1
            counts.update(f"hashed {key}" for key in hashed)
            counts["notes elided"] += ELIDED in (redacted.get("note") or "") and ELIDED not in (record.get("note") or "")
            events.append(redacted)
        lines.append(json.dumps({**item, "events": events}, ensure_ascii=False) + "\n")
        counts["items"] += 1
    out.write_text("".join(lines), encoding="utf-8")
    return counts


def main(argv: list[str]) -> None:
    local = Path(argv[0]) if argv else LOCAL
    parts = sorted(p for p in local.glob("*.jsonl") if PART.fullmatch(p.name))
    if not parts:
        sys.exit(f"no part in {local}")
    articles = texts()
    (HERE / "parts").mkdir(exist_ok=True)
    for src in parts:
        counts = redact_part(src, HERE / "parts" / src.name, articles)
        print(src.name, dict(sorted(counts.items())))


if __name__ == "__main__":
    main(sys.argv[1:])
