"""Writer of the round-13 event gold (issue 13, round 24; three annotators a, b, c; written by annotator a, branch g13a): round 3's writer
(``gold/events/round3/source/write.py``: expands each record's fragment to its sentence, checks that the
trigger and each side's words stand in it) loaded as a module of its own, pointed at this folder, and
writing one annotator's part: ``parts/<annotator>.<part>.jsonl`` for the part ``tune``, ``check`` or
``twice`` of ``deal.json``, one line per annotated item in the order of the deal (gold/FORMAT.md). Every
item of ``ann`` must be in that part of the deal; an item left unannotated is absent from the file,
never half-written. The records are in ``<annotator>_<part>.py`` (written by hand from the texts)."""
import importlib.util
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("round13_writer", HERE.parent / "round3" / "source" / "write.py")
_writer = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_writer)
_writer.D = HERE
rec = _writer.rec


def articles() -> dict:
    """Every drawn item by id, both halves."""
    return {a["id"]: a for half in ("tune", "check")
            for a in map(json.loads, (HERE / f"{half}.articles.jsonl").read_text().splitlines())}


def write(annotator: str, part: str, ann: dict) -> None:
    ids = json.loads((HERE / "deal.json").read_text())[annotator][part]
    assert set(ann) <= set(ids), set(ann) - set(ids)
    arts = articles()
    out = HERE / "parts" / f"{annotator}.{part}.jsonl"
    out.parent.mkdir(exist_ok=True)
    with out.open("w") as fh:
        for i in ids:
            if i not in ann:
                continue
            evs = [rec(arts[i]["text"], *r[:5], **(r[5] if len(r) > 5 else {})) for r in ann[i]]
            fh.write(json.dumps({"id": i, "events": evs}, ensure_ascii=False) + "\n")
    left = [i for i in ids if i not in ann]
    print(annotator, part, len(ann), "items,", sum(len(v) for v in ann.values()), "records; left:", left)
