"""Convert the PETRARCH2/Phoenix verb dictionary and discards into detente's own data files.

Run once when the source dictionaries change (``make cameo-lexicon``)::

    python -m detente.events.petrarch ../shared/data/dictionaries/petrarch2 \\
        ../shared/data/events/CAMEO2PLOVER-2021.txt src/detente/events/data

It writes ``cameo2_triggers.tsv`` (the verb patterns of ``CAMEO.2.0.txt`` as trigger entries in the
format of ``triggers.tsv``) and ``discards.tsv`` (the phrases of ``Phoenix.discards.txt``), each
with the MIT notice and provenance. How a verb block becomes entries:

- a pattern applies to the verb(s) its comment names (where it was originally found: ``# RUSH``),
  else to the block's first verb -- not to every synonym of the block, which in this file gives
  readings like "detain backing" -> ACCUSE; a verb with its own code (``ACCUSE [112]``) gives an
  entry with no requirement; multi-word verbs (``+ASK_FOR``) are skipped;
- a pattern ``- * OBJECT (PREP WORDS) [code]`` becomes requirements: the object's head word (the
  last word of a ``{multi word}`` phrase, every word of a ``&SYNONYM`` set) as ``obj=``, a
  preposition phrase as ``prep=head`` (``to=border``), a particle before the object as ``prt=``;
  patterns with words before the verb (subject context) are skipped, the parse gives the subject;
- the CAMEO code goes to PLOVER through CAMEO2PLOVER-2021.txt; codes with no PLOVER type or not in
  detente's ``cameo.tsv`` are dropped; a ``source:target`` code keeps the source's code.
Inflections are dropped: spaCy's lemmatizer gives the lemma the entries are keyed by.
"""

from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path

MIT = """# Derived from the PETRARCH2 dictionaries (https://github.com/openeventdata/petrarch2, commit
#   676801cd9cb2924bbbad09f86d15c9323e7097bf, data/dictionaries/{source}).
# The MIT License (MIT). Copyright (c) 2014 Open Event Data; Copyright (c) 2015 Open Event Data Alliance.
# Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
# associated documentation files (the "Software"), to deal in the Software without restriction,
# including without limitation the rights to use, copy, modify, merge, publish, distribute,
# sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is
# furnished to do so, subject to the following conditions: The above copyright notice and this
# permission notice shall be included in all copies or substantial portions of the Software.
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED.
"""

PREPOSITIONS = frozenset({"of", "from", "to", "on", "against", "with", "into", "over", "for", "in", "at",
                          "about", "by", "toward", "towards", "between", "under", "through", "across"})
PARTICLES = frozenset({"up", "down", "off", "out", "back", "away", "in", "on", "over", "aside", "forward"})
PATTERN = re.compile(r"^-\s*(?P<body>.*?)\s*\[(?P<code>[^\]]*)\]")
VERB = re.compile(r"^(?P<verb>[A-Z][A-Z'-]*)\s*(?:\{[^}]*\})?\s*(?:\[(?P<code>[^\]]*)\])?")


def synonym_sets(lines: list[str]) -> dict[str, list[str]]:
    """``&NAME`` -> its member words (lower case, multi-word members by their last word)."""
    sets: dict[str, list[str]] = {}
    current = None
    for line in lines:
        text = line.split("#")[0].strip()
        if text.startswith("&"):
            current = sets.setdefault(text.split()[0], [])
        elif text.startswith("+") and current is not None:
            current.append(text[1:].split()[0].split("_")[-1].lower())
        elif text.startswith("---"):
            break
    return sets


def plover_map(path: Path) -> dict[str, str]:
    """CAMEO code -> PLOVER type from CAMEO2PLOVER-2021.txt."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d+):\s*([A-Z]+)", line)
        if m:
            out[m.group(1)] = m.group(2)
    return out


def _words(token: str, sets: dict[str, list[str]]) -> list[str]:
    token = token.strip("{}")
    words = sets.get(token, []) if token.startswith("&") else [token.lower().split("_")[-1]]
    return [w for w in words if w and w not in PREPOSITIONS and w.replace("-", "").isalnum()
            and token not in ("$", "+", "%", "^")]


def requirements(body: str, sets: dict[str, list[str]]) -> str | None:
    """The ``requires`` column for a pattern body (``* POLICE (TO BORDER)`` -> ``obj=police&to=border``),
    or None when the pattern needs subject context or cannot be read."""
    before, star, after = body.partition("*")
    if not star or before.replace("$", "").replace("+", "").strip():
        return None
    parts: list[str] = []
    for prep in re.findall(r"\(([^)]*)\)", after):
        words = prep.split()
        if not words or words[0].lower() not in PREPOSITIONS:
            return None
        head = [w for t in re.findall(r"\{[^}]*\}|\S+", " ".join(words[1:])) for w in _words(t.split()[-1], sets)]
        parts.append(f"{words[0].lower()}={'|'.join(dict.fromkeys(head))}" if head else f"prep={words[0].lower()}")
    plain = re.sub(r"\([^)]*\)", " ", after)
    tokens = re.findall(r"\{[^}]*\}|\S+", plain)
    tokens = [t for t in tokens if t not in ("$", "+", "%", "^")]
    if tokens and tokens[0].lower() in PARTICLES and (len(tokens) > 1 or not parts):
        parts.insert(0, f"prt={tokens.pop(0).lower()}")
    if tokens:
        last = tokens[-1]
        head = _words(last.split()[-1] if last.startswith("{") else last, sets)
        if not head:
            return None
        parts.insert(0, f"obj={'|'.join(dict.fromkeys(head))}")
    return "&".join(parts) if parts else None


def _code(raw: str, plover: dict[str, str], known: set[str]) -> tuple[str, str] | None:
    code = raw.split(":")[0].strip()
    if code in ("---", "") or code not in known or code not in plover:
        return None
    return code, plover[code]


def convert_verbs(text: str, plover: dict[str, str], known: set[str]) -> list[list[str]]:
    """Rows (triggers.tsv columns) for every verb and pattern of the verb dictionary."""
    lines = text.splitlines()
    sets = synonym_sets(lines)
    rows: list[list[str]] = []
    verbs: list[str] = []
    patterns: list[tuple[str, str, str, set[str], str]] = []

    def flush() -> None:
        for req, code, typ, origin, body in patterns:
            for verb in [v for v in verbs if v in origin] or verbs[:1]:
                rows.append([f"cameo2:{verb} {body} [{code}]", "verb", verb, req, typ, code, "event", "-", "-"])

    start = next(i for i, line in enumerate(lines) if line.startswith("####### VERB PATTERNS"))
    for line in lines[start + 1:]:
        if line.startswith("---"):
            flush()
            verbs, patterns = [], []
            continue
        if line.startswith("- "):
            m = PATTERN.match(line)
            coded = _code(m.group("code"), plover, known) if m else None
            req = requirements(m.group("body"), sets) if m else None
            if coded and req:  # the comment names the verb(s) the pattern was found with
                origin = {w.lower() for w in re.findall(r"[A-Z][A-Z_'-]+", line.partition("#")[2])}
                patterns.append((req, *coded, origin, " ".join(m.group("body").split())))
            continue
        m = VERB.match(line)
        if m:
            verb = m.group("verb").lower()
            verbs.append(verb)
            coded = _code(m.group("code") or "", plover, known)
            if coded and verb not in NOT_BARE:
                rows.append([f"cameo2:{verb}", "verb", verb, "-", coded[1], coded[0], "event", "-", "-"])
    flush()
    return _unique(rows)


NOT_BARE = frozenset({
    "fail", "decline", "seek", "decide", "determine", "vote", "expect", "want", "aim", "express", "search",
    "dismiss", "monitor", "comply", "defect", "affirm", "rejoice", "compensate", "betray", "object", "decree",
    "order", "help", "renounce", "spy", "summon", "re-examine", "reexamine", "breach", "brand", "greet",
})
"""Verbs whose code without any pattern is kept out: alone they are mostly not acts between actors
("advisers expected", "failed to agree", "prices declined", "voted on Sunday")."""


def _unique(rows: list[list[str]]) -> list[list[str]]:
    seen, out = set(), []
    for row in rows:
        if (row[2], row[3]) not in seen:
            seen.add((row[2], row[3]))
            out.append(row)
    return out


NOT_DISCARDED = frozenset({
    "weeks ago", "months ago", "years ago", "fifty years ago", "weeks later", "months later", "years later",
    "landslide", "champion", "champions", "ebola", "h5n1", "bird flu", "avian flu", "avian influenza",
    "millennium", "nobel prize", "medical tests", "british empire", "napoleonic wars", "april 1942",
    "attack on pearl harbor", "here is a list of", "initial public offering", "international brand",
    "osaka district court", "mentally deranged man", "made a joke about having a bomb", "contracted cholera",
    # issue 13, third pass: history, disasters, diseases and politics that a political sentence names
    # as its setting ("murdered Polish officers during World War Two", "aid after the tsunami")
    "world war one", "world war i", "world war 1", "world war two", "world war ii", "world war 2",
    "second world war", "post world war ii", "world trade center", "tsunami", "typhoon", "tropical storm",
    "tropical depression", "widespread flood", "mudslide", "blizzard", "storm warning center", "polio",
    "dengue fever", "rift valley fever", "west nile fever", "west nile virus", "bacteria epidemic",
    "presidential debate", "presidential vote recount", "poll published", "pollution", "salman rushdie",
})
"""Discard phrases left out: time phrases, diseases and history that political news uses too (an
aid flight for an Ebola outbreak, "two years ago" before a real act); Phoenix drops the sentence."""


def convert_discards(text: str) -> list[list[str]]:
    """``[scope, phrase]`` rows: scope ``story`` for ``+`` lines, else ``sentence``."""
    rows = []
    for line in text.splitlines():
        phrase = line.split("#")[0].strip()
        if not phrase or phrase.isdigit() or " ".join(phrase.lstrip("+").split()).lower() in NOT_DISCARDED:
            continue
        scope = "story" if phrase.startswith("+") else "sentence"
        rows.append([scope, " ".join(phrase.lstrip("+").split()).lower()])
    return rows


def write(folder: Path, plover_path: Path, out: Path) -> None:
    """Write cameo2_triggers.tsv and discards.tsv into ``out``."""
    known = {line.split("\t")[0] for line in (out / "cameo.tsv").read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")}
    rows = convert_verbs((folder / "CAMEO.2.0.txt").read_text(encoding="utf-8", errors="replace"),
                         plover_map(plover_path), known)
    today = date.today().isoformat()
    header = MIT.format(source="CAMEO.2.0.txt") + (
        "# PLOVER types from CAMEO2PLOVER-2021.txt (PLOVER draft 0.8). how made: detente.events.petrarch "
        f"(module docstring). date: {today}\n# Columns as triggers.tsv; loaded after it, for lemmas "
        "triggers.tsv has no entry for, and after the hand entries of a lemma none of whose hand entries codes the "
        "bare verb (only patterns of a type those hand entries give).\n")
    body = "\t".join(["id", "pos", "lemma", "requires", "type", "cameo", "role", "negated", "targets"])
    (out / "cameo2_triggers.tsv").write_text(
        header + body + "\n" + "".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    discards = convert_discards((folder / "Phoenix.discards.txt").read_text(encoding="utf-8", errors="replace"))
    header = MIT.format(source="Phoenix.discards.txt") + (
        "# Phrases whose sentence (scope sentence) or whole story (scope story) holds no political event "
        "(sports, entertainment...).\n# how made: detente.events.petrarch (phrases of NOT_DISCARDED left out: "
        f"time phrases, diseases, history). date: {today}\n")
    (out / "discards.tsv").write_text(
        header + "scope\tphrase\n" + "".join("\t".join(r) + "\n" for r in discards), encoding="utf-8")


if __name__ == "__main__":  # pragma: no cover
    write(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))
