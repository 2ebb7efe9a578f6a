"""spaCy builds a new ``Token`` object on every access (``doc[i]``, ``token.head``), so an
identity test between tokens (``token.head is token``) is always false: a walk up the parse
meant to stop at the root runs on to its step cap instead. Tokens compare by index."""

import re
from pathlib import Path

import spacy

SRC = Path(__file__).resolve().parent.parent / "src" / "detente"
IDENTITY = re.compile(r"\.head is (not )?[A-Za-z_]|\bis (not )?[A-Za-z_][\w.]*\.head\b")


def test_spacy_tokens_are_not_identical_objects():
    doc = spacy.blank("en")("Talks resumed.")
    assert doc[0] is not doc[0] and doc[0] == doc[0]


def test_no_identity_tests_on_token_heads():
    found = [f"{path.relative_to(SRC)}:{n}: {line.strip()}"
             for path in sorted(SRC.rglob("*.py"))
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if IDENTITY.search(line) and "is None" not in line and "is not None" not in line]
    assert found == []


STAGES = ("actors", "dates", "events", "places", "quotes", "tone")
DOC_TEXT = re.compile(r"\bdoc\.text\b")


def test_stages_read_the_text_through_doc_text():
    # ``Doc.text`` joins every token again on each access (a millisecond per article): the
    # stages read ``nlp.doc_text`` (the parsed string, kept once) instead.
    found = [f"{path.relative_to(SRC)}:{n}: {line.strip()}"
             for stage in STAGES for path in sorted((SRC / stage).rglob("*.py"))
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if DOC_TEXT.search(line) and not line.lstrip().startswith((">>>", "#"))
             and "``doc.text``" not in line]
    assert found == []
