"""Redact round 16's annotators' parts for the repository: the BBC texts stay outside it.

Run from the repository root: ``PYTHONPATH=src python gold/events/bbc3/redact.py [LOCAL_PARTS_DIR]``
(default ``/work/scratch/bbc3/work/parts``, where the annotators write ``<a-d>.<tune|check|twice>.jsonl``
with verbatim records, ``gold/FORMAT.md``). The articles are read from the files the committed
``{tune,check}.articles.jsonl`` name (SHA-256 checked, ``detente.evaluate.redaction.read_articles``,
as ``evaluate rows`` reads them); every part is written to ``parts/<same name>.jsonl`` here with each
record's sentence, trigger and sides' (and alternatives') words replaced by ``*_span`` offsets into
the article, or by a hash where they stand nowhere in it, and any run of 8 article words in a note
elided (``detente.evaluate.redaction.redact_record``; the steps are
``gold/redacted.py``'s, shared by the BBC sets). Stops, naming the part, the item and the
record's index, on an article it cannot read or a record whose sentence is not in its article.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.append(str(HERE.parents[1]))  # last: gold/select.py shadows no stdlib module
from redacted import redact_main  # noqa: E402

LOCAL = Path("/work/scratch/bbc3/work/parts")

if __name__ == "__main__":
    redact_main(HERE, LOCAL, sys.argv[1:])
