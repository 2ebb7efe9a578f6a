"""The sets whose article texts stay outside the repository (the BBC rounds, ``gold/events/bbc3`` on):
each set's ``redact.py`` and ``assemble.py`` call :func:`redact_main` and :func:`assemble_main` with its
folder. Redaction and restoring are ``detente.evaluate.redaction``'s; assembly and agreement
``gold/dealt.py``'s."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from dealt import lines
from dealt import main as dealt_main

from detente.evaluate.redaction import (
    ELIDED,
    SPAN,
    Unplaceable,
    read_articles,
    redact_record,
    restore_record,
)

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


def redact_main(here: Path, local_default: Path, argv: list[str]) -> None:
    """``redact.py`` of a redacted set ``here``: every local part of ``argv[0]`` (default ``local_default``)
    redacted into ``here/parts``."""
    local = Path(argv[0]) if argv else local_default
    parts = sorted(p for p in local.glob("*.jsonl") if PART.fullmatch(p.name))
    if not parts:
        sys.exit(f"no part in {local}")
    articles = texts(here)
    (here / "parts").mkdir(exist_ok=True)
    for src in parts:
        counts = redact_part(src, here / "parts" / src.name, articles)
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
