"""Check the second labelling pass of gold/tone/dev.jsonl against the dev candidates (JSON only).

dev.jsonl labelled dev candidate lines 0-319 first; the rest of the dev candidates were labelled
later (records 320-462 of dev.jsonl, once dev_rest.jsonl): one record per candidate line, in order, with the candidate's sentence, article id and date unchanged, half "dev",
a valid label, and label null exactly when about_relation is false (actors empty then).
Run: python gold/check_tone_dev.py   (exit status 1 and a message per problem on failure)
"""

import json
import sys
from pathlib import Path

TONE = Path(__file__).resolve().parent / "tone"
FIRST = 320
LABELS = {"positive", "neutral", "negative"}
FIELDS = ["sentence", "article_id", "date", "half", "about_relation", "label", "actors", "note"]


def problems(cand: dict, rec: dict, line: int) -> list[str]:
    """Every way one record departs from its candidate or from the label rules."""
    out = []
    if list(rec) != FIELDS:
        out.append(f"fields {list(rec)}")
    for key in ("sentence", "article_id", "date"):
        if rec.get(key) != cand[key]:
            out.append(f"{key} differs from the candidate")
    if rec.get("half") != "dev":
        out.append("half is not 'dev'")
    about, label = rec.get("about_relation"), rec.get("label")
    if not isinstance(about, bool):
        out.append("about_relation not a boolean")
    elif about and label not in LABELS:
        out.append(f"about_relation true but label {label!r}")
    elif not about and (label is not None or rec.get("actors")):
        out.append("about_relation false but label or actors set")
    if not isinstance(rec.get("actors"), list) or not isinstance(rec.get("note"), str):
        out.append("actors not a list or note not a string")
    return [f"candidate line {line}: {p}" for p in out]


def main() -> int:
    cands = [json.loads(x) for x in (TONE / "dev.candidates.jsonl").read_text().splitlines()]
    recs = [json.loads(x) for x in (TONE / "dev.jsonl").read_text().splitlines()][FIRST:]
    errors = []
    if len(recs) != len(cands) - FIRST:
        errors.append(f"{len(recs)} records after line {FIRST} for {len(cands) - FIRST} candidates")
    for offset, (cand, rec) in enumerate(zip(cands[FIRST:], recs, strict=False)):
        errors += problems(cand, rec, FIRST + offset)
    for e in errors:
        print(e)
    counts = {k: sum(r.get("label") == k for r in recs) for k in sorted(LABELS)}
    about = sum(bool(r.get("about_relation")) for r in recs)
    print(f"{len(recs)} records, about_relation {about}, {counts}, not about {len(recs) - about}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
