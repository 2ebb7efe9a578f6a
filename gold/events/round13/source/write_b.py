"""Writer of annotator b's part of the round-13 event gold (issue 13, round 24, branch g13b): a copy of
round 11's writer (``gold/events/round11/source/write.py``: loads round 3's writer, which expands each
record's fragment to its sentence, checks that the trigger and each side's words stand in it and builds
the records of gold/FORMAT.md), pointed at this folder. It writes one line per item of a list of
``deal.json["b"]`` (tune, check or twice), in the deal's order, to ``parts/b.<list>.jsonl``; an item with
no record gets ``"events": []``. The records are in b_tune.py, b_check.py and b_twice.py (written by hand
from the texts)."""
import importlib.util
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("round13_b_writer", HERE.parent / "round3" / "source" / "write.py")
_writer = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_writer)
_writer.D = HERE
rec = _writer.rec


def write(name, ann, annotator="b"):
    """Write parts/<annotator>.<name>.jsonl: the items of deal.json[annotator][name] in order."""
    ids = json.loads((HERE / "deal.json").read_text(encoding="utf-8"))[annotator][name]
    texts = {}
    for half in ("tune", "check"):
        for line in (HERE / f"{half}.articles.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                art = json.loads(line)
                texts[art["id"]] = art["text"]
    assert set(ann) <= set(ids), set(ann) - set(ids)
    out = HERE / "parts" / f"{annotator}.{name}.jsonl"
    out.parent.mkdir(exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for i in ids:
            evs = [rec(texts[i], *r[:5], **(r[5] if len(r) > 5 else {})) for r in ann.get(i, [])]
            fh.write(json.dumps({"id": i, "events": evs}, ensure_ascii=False) + "\n")
    print(name, len(ids), sum(len(v) for v in ann.values()))
