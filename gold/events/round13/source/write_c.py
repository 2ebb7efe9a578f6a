"""Writer of annotator c's part of the round-13 event gold (issue 13, round 24, branch g13c): round 11's
writer pattern -- round 3's writer (``gold/events/round3/source/write.py``: expands each record's fragment to
its sentence with round 3's splitter, checks that the trigger and each side's words stand in it) loaded as a
module of its own -- writing ``parts/c.{tune,check,twice}.jsonl``: one line per item of ``deal.json["c"][part]``,
in the deal's order, ``{"id", "events": [...]}`` (an empty list for an item with no event). The records are in
c_tune.py, c_check.py and c_twice.py (written by hand from the texts). Annotators a and b write their own
writers (a: ``write.py``; b: ``write_b.py``), so no two branches write the same file."""
import importlib.util
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("round13_writer_c", HERE.parent / "round3" / "source" / "write.py")
_writer = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_writer)
_writer.D = HERE
ANNOTATOR = "c"


def write(part, ann):
    arts = {}
    for half in ("tune", "check"):
        for line in (HERE / f"{half}.articles.jsonl").read_text(encoding="utf-8").splitlines():
            a = json.loads(line)
            arts[a["id"]] = a
    ids = json.loads((HERE / "deal.json").read_text(encoding="utf-8"))[ANNOTATOR][part]
    assert list(ann) == [i for i in ids if i in ann], "items out of deal order"
    assert set(ann) <= set(ids), set(ann) - set(ids)
    (HERE / "parts").mkdir(exist_ok=True)
    with (HERE / "parts" / f"{ANNOTATOR}.{part}.jsonl").open("w", encoding="utf-8") as fh:
        for i in ids:
            if i not in ann:  # an item left unannotated is absent, never half-annotated
                continue
            text = arts[i]["text"]
            evs = [_writer.rec(text, *r[:5], **(r[5] if len(r) > 5 else {})) for r in ann[i]]
            fh.write(json.dumps({"id": i, "events": evs}, ensure_ascii=False) + "\n")
    print(part, len(ann), "of", len(ids), "items,", sum(len(v) for v in ann.values()), "records")
