"""Assemble round 16's four annotators' redacted parts (``redact.py`` writes them into ``parts/``)
into the gold halves and measure their agreement on the 8 items coded twice (``gold/dealt.py`` says
how; the agreement compares countries and types, which redaction leaves as they are). Then every
record of the halves gets its words back from its article (``detente.evaluate.redaction``, as
``evaluate events`` restores them), which checks that each span lies in the article the record
belongs to. Run from the repository root after ``redact.py``:
``PYTHONPATH=src python gold/events/bbc3/assemble.py [OUT_DIR]`` (OUT_DIR: where the halves go;
default this folder)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.append(str(HERE.parents[1]))  # last: gold/select.py shadows no stdlib module
from dealt import HALVES, lines, main  # noqa: E402

from detente.evaluate.redaction import SPAN, read_articles, restore_record  # noqa: E402


def restored(out: Path) -> None:
    """Restore every record of ``out/{tune,check}.jsonl`` from its article; print how many."""
    texts = {a["id"]: a["text"] for half in HALVES for a in read_articles(HERE, half)}
    for half in HALVES:
        items = lines(out / f"{half}.jsonl")
        absent = [i["id"] for i in items if i["id"] not in texts]
        records = [(restore_record(r, texts[i["id"]]), r) for i in items if i["id"] in texts for r in i["events"]]
        spans = sum(json.dumps(r).count(SPAN + '"') for _, r in records)
        bad = [r for r, _ in records if r.get("trigger") and r.get("sentence")
               and not r["trigger"].startswith("#") and r["trigger"] not in r["sentence"]]
        print(f"{half}: {len(records)} records restored from {len(items) - len(absent)} articles "
              f"({spans} spans; triggers outside their sentence: {len(bad)}; articles absent: {len(absent)})")


if __name__ == "__main__":
    main(HERE, sys.argv[1:])
    restored(Path(sys.argv[1]) if sys.argv[1:] else HERE)
