"""Tokenizer adjustments: infixes added to spaCy's English tokenizer where detente builds
its pipeline (``detente.nlp.load_nlp``), so every path (CLI, API, engines) tokenizes alike.

spaCy's English tokenizer leaves two forms of news text glued in one token:

- an abbreviation of capitals with periods joined by a hyphen to a participle, "U.S.-led",
  "U.K.-based" (its hyphen infix needs a letter before the hyphen), so the actors stage never
  sees "U.S." (a pair, "U.S.-China talks", is left glued: see the data file);
- a sentence-final period glued to the opening parenthesis of a credit, "Lebanon.(L'Orient",
  so the sentence does not end and the place is lost in the token.

It also ends a sentence after the article's headline line (``sentence_breaks``): spaCy's
parser runs a headline with no full stop into the lead sentence after it, so the headline's
noun phrase became the lead verb's subject. ``headline_end`` finds the headline (the first
paragraph, one short line that does not end a sentence); the component ``paragraph_breaks``
marks the first token after it as a sentence start before the parser runs (spaCy's parser
keeps boundaries set before it); every other boundary stays the parser's (a boundary at every
blank line cost more than it gained, gold/events/NOTES-sb27.md).

The patterns live in ``nlp/data/tokenizer.yaml`` (with provenance); its manifest version is
part of ``data_versions`` and so of ``pipeline.coder_fingerprint`` and ``nlp.model_version``:
a changed tokenizer makes stored articles re-code and parse caches miss.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from detente.resources import yaml_data

DATA_FILE = "tokenizer.yaml"


def extra_infixes() -> tuple[str, ...]:
    """The infix patterns of ``nlp/data/tokenizer.yaml``, in file order.

    >>> any("A-Z" in p for p in extra_infixes())
    True
    """
    patterns = yaml_data("nlp", DATA_FILE)["infixes"]
    for name, pattern in patterns.items():
        if not isinstance(pattern, str):
            raise ValueError(f"nlp/data/{DATA_FILE}: {name} is not a pattern")
        re.compile(pattern)  # a malformed pattern fails here, at load
    return tuple(patterns.values())


@cache
def sentence_breaks() -> dict:
    """The ``sentence_breaks`` entries of ``nlp/data/tokenizer.yaml``: the blank-line pattern
    (compiled), the headline's most words, its sentence-final characters and closing quotes."""
    entries = dict(yaml_data("nlp", DATA_FILE)["sentence_breaks"])
    entries["paragraph"] = re.compile(entries["paragraph"])
    return entries


def headline_end(text: str) -> int | None:
    """The offset just past the blank line that closes ``text``'s headline line, or None when
    the text opens with no headline: its first paragraph is more than one line, longer than a
    headline, or ends a sentence itself.

    >>> headline_end("Talks collapse in Geneva\\n\\nThe talks collapsed on Monday.")
    26
    >>> headline_end("The talks collapsed.\\n\\nBoth sides left.") is None
    True
    """
    entries = sentence_breaks()
    start = len(text) - len(text.lstrip())
    found = entries["paragraph"].search(text, start)
    if found is None:
        return None
    line = text[start:found.start()].strip()
    if not line or "\n" in line or len(line.split()) > entries["headline_words"]:
        return None
    last = line.rstrip(entries["closing_quotes"]).rstrip()
    if not last or last[-1] in entries["sentence_end"]:
        return None
    return found.end()


def mark_breaks(doc):
    """``doc`` with the first token after its headline line (``headline_end``) marked as a
    sentence start, and the token after it as none (round 27 review)."""
    end = headline_end(doc.text)
    if end is None:
        return doc
    for token in doc:
        if token.idx >= end and not token.is_space:
            if token.i > 0:
                token.is_sent_start = True
                if token.i + 1 < len(doc):  # the parser splits again after a lone first word
                    doc[token.i + 1].is_sent_start = False  # ('"', "Crisis | Russia | attacked ...")
            break
    return doc


PARAGRAPH_BREAKS = "paragraph_breaks"
"""The name of the component ``adjust`` puts first in the pipeline."""


def adjust(nlp: Any) -> None:
    """Add ``extra_infixes`` to ``nlp``'s tokenizer (after spaCy's own infixes) and the
    ``paragraph_breaks`` component (``mark_breaks``) before every other component."""
    from spacy.language import Language
    from spacy.util import compile_infix_regex

    infixes = list(nlp.Defaults.infixes or ()) + list(extra_infixes())
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    if not Language.has_factory(PARAGRAPH_BREAKS):
        Language.component(PARAGRAPH_BREAKS, func=mark_breaks)
    if PARAGRAPH_BREAKS not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_BREAKS, first=True)
