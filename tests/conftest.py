"""Shared fixtures: the founding article, the gold-data folder, temp databases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED_DATA = ROOT.parent / "shared" / "data"
GENEVA = FIXTURES / "geneva-summit-2021.txt"
SAMPLES = ROOT / "samples"


@pytest.fixture(scope="session", autouse=True)
def _rules_without_the_row_verifier():
    """The rule tests measure the rules: the learned row verifier (switched on in
    ``semantics.yaml`` since round 23) is off for the session, so a made-up sentence's row is
    not dropped by a score trained on news; its own tests (``tests/events/test_verifier*.py``)
    set the switch themselves, and the evaluations measure it on the gold sets."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DETENTE_ROW_VERIFIER", "off")
        yield


@pytest.fixture(scope="session")
def geneva_text() -> str:
    return GENEVA.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def geneva_coded():
    """The founding article coded once for the whole session (date 2021-06-16)."""
    import detente
    from detente.readers.text import split_title

    title, body, _ = split_title(GENEVA.read_text(encoding="utf-8"))
    return detente.code(body, title=title, date="2021-06-16")


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory) -> Path:
    """The hand-built event corpus (tests/analysis/corpus.py) in a DuckDB file, written once;
    the series, export and server tests only read it."""
    from tests.analysis.corpus import write_corpus

    return write_corpus(tmp_path_factory.mktemp("corpus") / "corpus.duckdb")


@pytest.fixture
def store(corpus_db):
    """The event corpus opened read-only."""
    from detente.store import open_store

    with open_store(corpus_db, read_only=True) as s:
        yield s


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "test.duckdb"


def shared_data(*parts: str) -> Path:
    """Path under ../shared/data, or skip the test with the reason when it is absent."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"gold data {path} is absent (it lives in ../shared/data beside the repository)")
    return path


FRENCH = ("Le président de la République a annoncé mardi que le gouvernement allait présenter un projet "
          "de loi pour la réforme des retraites, qui sera débattu au Parlement dans les prochaines semaines.")


@pytest.fixture
def bad_folder(tmp_path):
    """A folder with one good article and one of each kind of bad input."""
    d = tmp_path / "inbox"
    d.mkdir()
    (d / "good.txt").write_text("Russia and the United States agreed to resume arms control talks.")
    (d / "empty.txt").write_text("")
    (d / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 100)
    (d / "latin1.txt").write_bytes("Fran\xe7ois Hollande met Angela Merkel.".encode("latin-1"))
    (d / "french.txt").write_text(FRENCH)
    (d / "noarticle.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    (d / "broken.jsonl").write_text("{not json\n" + json.dumps({"id": "n1", "title": "no text"}) + "\n"
                                    + json.dumps({"id": "ok1", "text": "Iran and Iraq signed a deal."}) + "\n")
    (d / "missing.csv").write_text("id,title\n1,hello\n")
    (d / "nodate.jsonl").write_text(json.dumps({"id": "d1", "date": "someday", "text": "Hi."}) + "\n")
    (d / "huge.txt").write_text("Sanctions were imposed. " * 900_000)
    (d / "notes.docx").write_bytes(b"PK\x03\x04")
    return d
