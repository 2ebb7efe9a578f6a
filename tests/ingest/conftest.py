from __future__ import annotations

import json

import pytest

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
