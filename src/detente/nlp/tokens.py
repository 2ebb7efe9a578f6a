"""Tokenizer adjustments: infixes added to spaCy's English tokenizer where detente builds
its pipeline (``detente.nlp.load_nlp``), so every path (CLI, API, engines) tokenizes alike.

spaCy's English tokenizer leaves two forms of news text glued in one token:

- an abbreviation of capitals with periods joined by a hyphen to a participle, "U.S.-led",
  "U.K.-based" (its hyphen infix needs a letter before the hyphen), so the actors stage never
  sees "U.S." (a pair, "U.S.-China talks", is left glued: see the data file);
- a sentence-final period glued to the opening parenthesis of a credit, "Lebanon.(L'Orient",
  so the sentence does not end and the place is lost in the token.

The patterns live in ``nlp/data/tokenizer.yaml`` (with provenance); its manifest version is
part of ``data_versions`` and so of ``pipeline.coder_fingerprint`` and ``nlp.model_version``:
a changed tokenizer makes stored articles re-code and parse caches miss.
"""

from __future__ import annotations

import re
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


def adjust(nlp: Any) -> None:
    """Add ``extra_infixes`` to ``nlp``'s tokenizer (after spaCy's own infixes)."""
    from spacy.util import compile_infix_regex

    infixes = list(nlp.Defaults.infixes or ()) + list(extra_infixes())
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
