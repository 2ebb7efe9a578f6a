"""Tokenizer adjustments: infixes added to spaCy's English tokenizer where detente builds
its pipeline (``detente.nlp.load_nlp``), so every path (CLI, API, engines) tokenizes alike.

spaCy's English tokenizer leaves two forms of news text glued in one token:

- an abbreviation of capitals with periods joined by a hyphen to a participle, "U.S.-led",
  "U.K.-based" (its hyphen infix needs a letter before the hyphen), so the actors stage never
  sees "U.S." (a pair, "U.S.-China talks", is left glued: see the data file);
- a sentence-final period glued to the opening parenthesis of a credit, "Lebanon.(L'Orient",
  so the sentence does not end and the place is lost in the token.

It also ends a sentence at every blank line (``sentence_breaks``): spaCy's parser runs a
headline line with no full stop into the lead sentence after it, so the headline's noun
phrase became the lead verb's subject. The component ``paragraph_breaks`` marks the first
token after a blank line as a sentence start before the parser runs (spaCy's parser keeps
boundaries set before it); boundaries it does not set stay the parser's.

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
def sentence_breaks() -> re.Pattern:
    """The pattern of whitespace between two tokens that ends a sentence (a blank line).

    >>> bool(sentence_breaks().search("\\n\\n")), bool(sentence_breaks().search("\\n"))
    (True, False)
    """
    return re.compile(yaml_data("nlp", DATA_FILE)["sentence_breaks"]["paragraph"])


def mark_breaks(doc, pattern: re.Pattern):
    """``doc`` with the first token after each blank line marked as a sentence start."""
    text = doc.text
    end = None
    for token in doc:
        if token.is_space:
            continue
        if end is not None and token.i > 0 and pattern.search(text, end, token.idx):
            token.is_sent_start = True
        end = token.idx + len(token.text)
    return doc


PARAGRAPH_BREAKS = "paragraph_breaks"
"""The name of the component ``adjust`` puts first in the pipeline."""


def adjust(nlp: Any) -> None:
    """Add ``extra_infixes`` to ``nlp``'s tokenizer (after spaCy's own infixes) and the
    ``paragraph_breaks`` component before every other component."""
    from spacy.language import Language
    from spacy.util import compile_infix_regex

    infixes = list(nlp.Defaults.infixes or ()) + list(extra_infixes())
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    pattern = sentence_breaks()
    if not Language.has_factory(PARAGRAPH_BREAKS):
        Language.component(PARAGRAPH_BREAKS, func=lambda doc: mark_breaks(doc, sentence_breaks()))
    if PARAGRAPH_BREAKS not in nlp.pipe_names and pattern.pattern:
        nlp.add_pipe(PARAGRAPH_BREAKS, first=True)
