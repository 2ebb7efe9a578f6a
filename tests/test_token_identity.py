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
