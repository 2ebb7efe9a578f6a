"""detente: read news, write event data -- who did what to whom, when, where, and who said what.

>>> import detente
>>> coded = detente.code("Russia and Ukraine agreed to resume talks.", date="2021-06-16")
>>> coded.to_dict()["article"]["date"]
'2021-06-16'

The functions here are named so that none shadows a subpackage: ``detente.ingest`` and
``detente.events`` are the packages, ``detente.ingest_paths`` and ``detente.read_events``
the functions. Nothing inside the package imports this module.
"""

from __future__ import annotations

from detente.interrupt import arm_for_console_script

arm_for_console_script()  # before the slow imports below: Ctrl-C at start-up exits quietly

from detente.errors import DetenteError  # noqa: E402
from detente.ingest import IngestReport, ingest_paths  # noqa: E402
from detente.pipeline import code, code_articles  # noqa: E402
from detente.records import CodedArticle  # noqa: E402
from detente.store import Store, open_store  # noqa: E402
from detente.store.reader import read_events, read_quotes, read_summary  # noqa: E402
from detente.version import __version__  # noqa: E402

__all__ = [
    "CodedArticle",
    "DetenteError",
    "IngestReport",
    "Store",
    "__version__",
    "code",
    "code_articles",
    "ingest_paths",
    "open_store",
    "read_events",
    "read_quotes",
    "read_summary",
]
