"""Writer of the round-11 event gold: round 3's writer (``gold/events/round3/source/write.py``:
expands each record's fragment to its sentence, checks that the trigger and each side's words
stand in it, writes {tune,check}.jsonl in gold/FORMAT.md), loaded as a module of its own and
pointed at this folder. The records are in tune.py and check.py (written by hand from the texts)."""
import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("round11_writer", HERE.parent / "round3" / "source" / "write.py")
_writer = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_writer)
_writer.D = HERE
write = _writer.write
