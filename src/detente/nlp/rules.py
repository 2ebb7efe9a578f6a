"""Faster stand-ins for two of spaCy's rule components, with the same output.

In the English pipeline the ``attribute_ruler`` (tag -> POS and morphology, a few lemma
exceptions) and the rule ``lemmatizer`` are plain Python lookups, yet together they took a
fifth of the parse on news (2.2 s and 1.8 s of 20 s for 600 sample articles, measured with
``benchmarks/throughput.py``'s corpus): the ruler runs spaCy's general ``Matcher`` over every
token for its 179 one- and two-token patterns, and the lemmatizer caches only the words it
could not return early, so every singular noun and infinitive is worked out again.

- ``FastAttributeRuler`` matches the same patterns with dictionary lookups on the token's
  lower-case form, tag or dependency and applies every match exactly as spaCy does (in rule
  order, so a later rule's attributes win, with spaCy's ``set_token_attrs``). It supports the
  pattern forms spaCy's English pipelines use (exact values, ``IN``, ``NOT_IN``, ``REGEX`` on string
  attributes, ``IS_*`` flags, one token per pattern element); a pipeline with any other form
  keeps spaCy's own component (``install`` returns without it).
- ``FastLemmatizer`` works out the lemma once per (word, POS, morphology) -- the inputs
  its rules read -- and remembers the answer for every word, bounded at ``MAX_CACHED``. A new
  word goes through ``RuleTables``: spaCy's rule lemmatizer step for step, with each part of
  speech's word index as a set where spaCy scans a list (the sample corpus's 27,166 distinct
  keys: 11.8 s in spaCy's ``rule_lemmatize``, 0.8 s here).

``tests/nlp/test_rules.py`` checks that every token attribute of parsed sample articles is
identical with spaCy's components and with these; ``benchmarks/throughput.py`` compares detente
against spaCy's own pipeline (``load_nlp(stock=True)``), never against this one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

import numpy
from spacy.attrs import IDS
from spacy.language import Language
from spacy.tokens._retokenize import set_token_attrs

STRING_KEYS = frozenset({"ORTH", "LOWER", "NORM", "TAG", "POS", "DEP", "LEMMA", "ENT_TYPE"})
"""Token attributes a supported pattern may test by value (hashes in ``Doc.to_array``)."""
ALIASES = {"TEXT": "ORTH"}
INDEX_ORDER = ("LOWER", "ORTH", "NORM", "TAG", "DEP", "POS", "LEMMA", "ENT_TYPE")
"""The attribute a pattern is filed under: the first of these its first token tests exactly."""
MAX_CACHED = 500_000
"""Lemmas remembered before the lemmatizer's cache starts again (memory stays bounded)."""


class Unsupported(ValueError):
    """A pattern form the fast ruler does not implement (the pipeline keeps spaCy's)."""


class Test:
    """One token test of a pattern: ``key`` compared with a value, a set or a regex."""

    __slots__ = ("key", "kind", "value")

    def __init__(self, key: str, value: Any, strings) -> None:
        self.key = key
        if key.startswith("IS_"):
            if not isinstance(value, bool):
                raise Unsupported(f"{key}: {value!r}")
            self.kind, self.value = "flag", int(value)
        elif key not in STRING_KEYS:
            raise Unsupported(key)
        elif isinstance(value, str):
            self.kind, self.value = "eq", strings.add(value)
        elif isinstance(value, dict) and len(value) == 1 and set(value) <= {"IN", "NOT_IN"}:
            (op, values), = value.items()
            self.kind = "in" if op == "IN" else "not_in"
            self.value = frozenset(strings.add(v) for v in values)
        elif isinstance(value, dict) and set(value) == {"REGEX"}:
            self.kind, self.value = "regex", re.compile(value["REGEX"])
        else:
            raise Unsupported(f"{key}: {value!r}")

    def passes(self, got: int, strings) -> bool:
        """Whether a token whose ``key`` is ``got`` (a hash or a 0/1 flag) passes."""
        if self.kind in ("eq", "flag"):
            return got == self.value
        if self.kind == "in":
            return got in self.value
        if self.kind == "not_in":
            return got not in self.value
        return self.value.search(strings[got]) is not None


class Pattern:
    """One pattern of one rule: a test list per token, the rule's number and target index."""

    __slots__ = ("rule", "tokens", "index")

    def __init__(self, rule: int, tokens: list[list[Test]], index: int) -> None:
        self.rule, self.tokens, self.index = rule, tokens, index

    def match_at(self, cols: dict[str, list[int]], i: int, n: int, strings) -> int | None:
        """The token the rule writes to when the pattern matches at ``i``, else None."""
        end = i + len(self.tokens)
        if end > n:
            return None
        for k, tests in enumerate(self.tokens):
            for test in tests:
                if not test.passes(cols[test.key][i + k], strings):
                    return None
        target = (i if self.index >= 0 else end) + self.index
        return target if i <= target < end else None


def _file(patterns: list[Pattern]) -> tuple[dict[str, dict[int, list[Pattern]]], list[Pattern]]:
    """Patterns filed under a value their first token must have (by ``INDEX_ORDER``); those
    with none (only ``NOT_IN``, regexes or flags) come back in a list to try everywhere."""
    index: dict[str, dict[int, list[Pattern]]] = {}
    always: list[Pattern] = []
    for pattern in patterns:
        test = _exact_test(pattern.tokens[0])
        if test is None:
            always.append(pattern)
            continue
        table = index.setdefault(test.key, {})
        for value in ([test.value] if test.kind == "eq" else test.value):
            table.setdefault(value, []).append(pattern)
    return index, always


def _exact_test(tests: list[Test]) -> Test | None:
    """The test filing a token of a pattern: the first of ``INDEX_ORDER`` it tests by value."""
    first = {t.key: t for t in tests}
    return next((first[k] for k in INDEX_ORDER if k in first and first[k].kind in ("eq", "in")), None)


def _file_anywhere(patterns: list[Pattern]) -> list[tuple[str, int, dict[int, list[Pattern]]]]:
    """Patterns of several tokens filed under a value one of their tokens must have -- the
    first token that tests one by value (``_exact_test``) -- as ``(key, offset, table)``: a
    pattern matches at ``i`` only where token ``i + offset`` has one of its values, so it is
    tried only there. A pattern with no such token is filed under offset -1 (tried everywhere)."""
    tables: dict[tuple[str, int], dict[int, list[Pattern]]] = {}
    for pattern in patterns:
        offset, test = next(((k, t) for k, tests in enumerate(pattern.tokens)
                             if (t := _exact_test(tests)) is not None), (-1, None))
        table = tables.setdefault((test.key if test is not None else "", offset), {})
        for value in ([] if test is None else [test.value] if test.kind == "eq" else test.value):
            table.setdefault(value, []).append(pattern)
        if test is None:
            table.setdefault(-1, []).append(pattern)
    return [(key, offset, table) for (key, offset), table in tables.items()]


def compile_patterns(ruler, strings) -> list[Pattern]:
    """The ruler's patterns as ``Pattern``s, in rule order; ``Unsupported`` for other forms."""
    out = []
    for rule, entry in enumerate(ruler.patterns):
        for pattern in entry["patterns"]:
            if not isinstance(pattern, list) or not pattern:
                raise Unsupported(f"rule {rule}: {pattern!r}")
            tokens = []
            for spec in pattern:
                if "OP" in spec:
                    raise Unsupported(f"rule {rule}: OP")
                tokens.append([Test(ALIASES.get(k.upper(), k.upper()), v, strings)
                               for k, v in spec.items()])
            out.append(Pattern(rule, tokens, entry["index"]))
    return out


class _StandIn:
    """A component standing in for spaCy's ``wrapped``: documents one at a time through
    ``__call__``, and every other attribute (labels, patterns, ``lemmatize``...) from it."""

    wrapped: Any

    def pipe(self, docs: Iterable, batch_size: int = 128) -> Iterator:
        for doc in docs:
            yield self(doc)

    def __getattr__(self, name: str) -> Any:
        if name == "wrapped":  # not set yet (copying, unpickling): no recursion
            raise AttributeError(name)
        return getattr(self.wrapped, name)


class FastAttributeRuler(_StandIn):
    """spaCy's ``AttributeRuler`` matched by lookups (see the module docstring).

    A one-token pattern's verdict depends only on the token's own values of the attributes
    the patterns test, so the rules matching a token are worked out once per distinct tuple
    of those values (a handful of thousands in a corpus) and remembered; the few longer
    patterns are looked up by their first token. A token's matching rules are applied as one
    merged set of attributes (later rules win, as when spaCy applies them one by one)."""

    def __init__(self, ruler) -> None:
        self.wrapped = ruler
        strings = ruler.vocab.strings
        patterns = compile_patterns(ruler, strings)
        self.singles = [p for p in patterns if len(p.tokens) == 1]
        self.longer = [p for p in patterns if len(p.tokens) > 1]
        self.single_keys = sorted({t.key for p in self.singles for t in p.tokens[0]})
        self.keys = sorted({t.key for p in patterns for tests in p.tokens for t in tests})
        self.anywhere = _file_anywhere(self.longer)
        self.single_index, self.single_always = _file(self.singles)
        self.rules_of: dict[tuple, tuple[int, ...]] = {}
        self.merged: dict[tuple[int, ...], dict] = {}

    def _single_rules(self, values: tuple, strings) -> tuple[int, ...]:
        """Rules whose one-token patterns a token with these ``single_keys`` values passes."""
        got = dict(zip(self.single_keys, values, strict=True))
        candidates = list(self.single_always)
        for key, table in self.single_index.items():
            candidates.extend(table.get(got[key], ()))
        return tuple(sorted({p.rule for p in candidates
                             if all(t.passes(got[t.key], strings) for t in p.tokens[0])}))

    def matches(self, doc) -> dict[int, list[int]]:
        """``{token: rules to apply to it, in spaCy's order}`` for every matched token."""
        n = len(doc)
        if not n:
            return {}
        array = doc.to_array([IDS[k] for k in self.keys])
        cols = dict(zip(self.keys, array.T.tolist() if len(self.keys) > 1 else [array.tolist()],
                        strict=True))
        strings = doc.vocab.strings
        if len(self.rules_of) > MAX_CACHED:
            self.rules_of.clear()
        rows = list(zip(*(cols[k] for k in self.single_keys), strict=True))
        known = list(map(self.rules_of.get, rows))  # one lookup per token, in C
        if None in known:
            for i, rules in enumerate(known):
                if rules is None:
                    values = rows[i]
                    rules = self.rules_of.get(values)
                    if rules is None:
                        rules = self.rules_of[values] = self._single_rules(values, strings)
                    known[i] = rules
        found = {i: list(rules) for i, rules in enumerate(known) if rules}
        self._longer_matches(cols, n, strings, found)
        return found

    def _longer_matches(self, cols, n: int, strings, found: dict[int, list[int]]) -> None:
        """Patterns of several tokens, tried only where the token they are filed under
        (``_file_anywhere``) has one of their values; ``_add`` keeps each token's rules in rule
        order, so the order in which matches are found does not matter."""
        for key, offset, table in self.anywhere:
            if offset < 0:
                starts = [(i, table[-1]) for i in range(n)]
            else:
                starts = [(j - offset, table[v]) for j, v in enumerate(cols[key]) if v in table
                          and j >= offset]
            for i, patterns in starts:
                for pattern in patterns:
                    self._add(pattern, cols, i, n, strings, found)

    @staticmethod
    def _add(pattern: Pattern, cols, i: int, n: int, strings, found) -> None:
        target = pattern.match_at(cols, i, n, strings)
        if target is not None:
            rules = found.setdefault(target, [])
            if pattern.rule not in rules:
                rules.append(pattern.rule)
                rules.sort()  # spaCy applies matches by rule number: later rules win

    def _merged(self, rules: tuple[int, ...]) -> dict:
        attrs = self.merged.get(rules)
        if attrs is None:
            attrs = {}
            for rule in rules:
                attrs.update(self.wrapped.attrs[rule])
            self.merged[rules] = attrs
        return attrs

    def __call__(self, doc):
        for i, rules in self.matches(doc).items():
            set_token_attrs(doc[i], self._merged(tuple(rules)))
        return doc



class FastLemmatizer(_StandIn):
    """spaCy's rule lemmatizer with every answer remembered (see the module docstring)."""

    def __init__(self, lemmatizer) -> None:
        from spacy.errors import Errors

        if not lemmatizer._validated:  # the tables spaCy's own call would check first
            lemmatizer._validate_tables(Errors.E1004)
        self.wrapped = lemmatizer
        self.cache: dict[tuple[int, int, int], int] = {}
        self.rules = RuleTables(lemmatizer) if _plain_rule_mode(lemmatizer) else None

    def __call__(self, doc):
        if not len(doc):
            return doc
        overwrite = self.wrapped.overwrite
        rows = doc.to_array([IDS["ORTH"], IDS["POS"], IDS["MORPH"], IDS["LEMMA"]]).tolist()
        if len(self.cache) > MAX_CACHED:
            self.cache.clear()
        strings = doc.vocab.strings
        lemmas = []
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if lemma and not overwrite:
                lemmas.append(lemma)  # kept as it is
                continue
            key = (orth, pos, morph)
            found = self.cache.get(key)
            if found is None:
                token = doc[i]
                lemma = self.rules.lemma(token) if self.rules is not None else self.wrapped.lemmatize(token)[0]
                found = self.cache[key] = strings.add(lemma)
            lemmas.append(found)
        doc.from_array([IDS["LEMMA"]], numpy.array(lemmas, dtype=numpy.uint64))  # one write, no Token per word
        return doc


def _plain_rule_mode(lemmatizer) -> bool:
    """Whether ``lemmatizer`` lemmatizes with spaCy's own ``rule_lemmatize`` (English's only
    overrides ``is_base_form``, which ``RuleTables`` calls as it is)."""
    from spacy.pipeline import Lemmatizer

    return lemmatizer.mode == "rule" and type(lemmatizer).rule_lemmatize is Lemmatizer.rule_lemmatize


class RuleTables:
    """spaCy's ``Lemmatizer.rule_lemmatize`` (first answer) with each part of speech's word
    index as a set. spaCy keeps an index as a list (57,528 nouns) and tests every candidate
    form against it with ``in``: a linear scan, most of a new word's lemmatizing time (the
    answers are cached, but news brings new words all the time). Set membership of the same
    strings answers the same, so the lemma is the same; every other step is spaCy's, in
    spaCy's order. Tested against ``rule_lemmatize`` on every token of sample articles."""

    def __init__(self, lemmatizer) -> None:
        self.wrapped = lemmatizer
        self.by_pos: dict[str, tuple[bool, frozenset[str], dict, list]] = {}

    def _tables(self, univ_pos: str) -> tuple[bool, frozenset[str], dict, list]:
        tables = self.by_pos.get(univ_pos)
        if tables is None:
            lookups = self.wrapped.lookups
            index_table = lookups.get_table("lemma_index", {})
            exc_table = lookups.get_table("lemma_exc", {})
            rules_table = lookups.get_table("lemma_rules", {})
            any_table = any((index_table.get(univ_pos), exc_table.get(univ_pos), rules_table.get(univ_pos)))
            tables = self.by_pos[univ_pos] = (any_table, frozenset(index_table.get(univ_pos, {})),
                                              exc_table.get(univ_pos, {}), rules_table.get(univ_pos, {}))
        return tables

    def lemma(self, token) -> str:
        """``rule_lemmatize(token)[0]``, the lemma spaCy's component writes."""
        univ_pos = token.pos_.lower()
        if univ_pos in ("", "eol", "space"):  # spaCy's early answers (and its warning)
            return self.wrapped.rule_lemmatize(token)[0]
        string = token.text
        if self.wrapped.is_base_form(token):
            return string.lower()
        any_table, index, exceptions, rules = self._tables(univ_pos)
        if not any_table:
            return string if univ_pos == "propn" else string.lower()
        orig, string = string, string.lower()
        forms: list[str] = []
        oov_forms: list[str] = []
        for old, new in rules:
            if string.endswith(old):
                form = string[: len(string) - len(old)] + new
                if not form:
                    pass
                elif form in index:
                    forms.insert(0, form)
                elif not form.isalpha():
                    forms.append(form)
                else:
                    oov_forms.append(form)
        forms = list(dict.fromkeys(forms))
        for form in exceptions.get(string, []):
            if form not in forms:
                forms.insert(0, form)
        if not forms:
            forms.extend(oov_forms)
        return forms[0] if forms else orig


def install(nlp: Language) -> list[str]:
    """Put the fast components in place of spaCy's (same names, same positions); returns the
    names replaced. A component of another kind (a lookup lemmatizer, a ruler with pattern
    forms ``FastAttributeRuler`` does not implement) is left as it is."""
    replaced = []
    for i, (name, component) in enumerate(nlp._components):  # spaCy has no public swap
        fast = _fast(component)  # keeping a component's name and place
        if fast is not None:
            nlp._components[i] = (name, fast)
            replaced.append(name)
    return replaced


def _fast(component) -> Any | None:
    from spacy.pipeline import AttributeRuler, Lemmatizer

    if isinstance(component, AttributeRuler):
        try:
            return FastAttributeRuler(component)
        except Unsupported:
            return None
    if isinstance(component, Lemmatizer) and component.mode == "rule":
        return FastLemmatizer(component)
    return None
