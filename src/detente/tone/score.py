"""Score a span of parsed text with the adapted VADER analyzer, keeping the words that moved it.

VADER splits on white space; here the words are spaCy's tokens (punctuation left out, so
``didn't`` is ``did`` + ``n't``, which VADER's negation test reads as a negation), which gives
every word its character offsets for the evidence and its part of speech, so that words inside
proper names (``United States``) carry no tone. Phrases of the news lexicon are joined into one
word before scoring.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from vaderSentiment.vaderSentiment import BOOSTER_DICT

from detente.nlp import columns, heads
from detente.records import Tone, ToneWord
from detente.tone.doc_tables import SKIP_POS as _SKIP_POS
from detente.tone.doc_tables import DocWords
from detente.tone.lexicon import PHRASE_JOINER, ToneLexicon
from detente.tone.model import Feature, ToneModel
from detente.tone.vader import compound as vader_compound
from detente.tone.vader import word_valence


@dataclass
class Words:
    """The words of a span as VADER's rules read them, with offsets. Duck-types VADER's
    ``SentiText`` (``words_and_emoticons``, ``is_cap_diff``)."""

    words_and_emoticons: list[str]
    """Each word as written (a phrase joined by ``_``)."""
    starts: list[int]
    """Offset of each word."""
    ends: list[int]
    """Offset after each word."""
    scored: list[bool]
    """False for words that carry no tone (inside proper names)."""
    tokens: list[int]
    """Index (in the ``Doc``) of each word's first token."""
    alpha: int
    """Alphabetic tokens in the span (the denominator of GDELT's tone)."""
    span: tuple[int, int] = (0, 0)
    """Character offsets of the whole span, punctuation included (VADER reads ``!`` and ``?``)."""
    is_cap_diff: bool = False


def span_words(text: str, cols, first: int, last: int, lexicon: ToneLexicon,
               table: DocWords | None = None) -> Words:
    """The words of tokens ``first``..``last - 1`` of a parsed document (``cols``: its
    ``nlp.columns``), with the news lexicon's phrases joined. ``table``: the document's
    ``doc_tables.doc_words``, read instead of the tokens (the same words)."""
    if table is not None:
        return _words_of(text, cols, first, last, lexicon, table)
    idx, length, lower, lemma, pos = cols.idx, cols.length, cols.lower, cols.lemma, cols.pos
    phrases, news, news_forms, skip_pos = lexicon.phrases, lexicon.news, lexicon.news_forms, lexicon.skip_pos
    words: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    scored: list[bool] = []
    tokens: list[int] = []
    i = first
    while i < last:
        tag = pos[i]
        if tag in _SKIP_POS:
            i += 1
            continue
        low, lem = lower[i], lemma[i]
        candidates = phrases.get(low) or phrases.get(lem)
        if not candidates:  # one token, no phrase (the common case, as below with n = 0)
            start_char = idx[i]
            end_char = start_char + length[i]
            words.append(lem if low not in news and lem in news_forms
                         else text[start_char:end_char])
            starts.append(start_char)
            ends.append(end_char)
            tokens.append(i)
            scored.append(tag not in skip_pos)
            i += 1
            continue
        phrase, end = _phrase_at(lower, lemma, i, last, candidates)
        n = end - i if phrase else 0
        if end < i + 1:
            end = i + 1
        start_char, end_char = idx[i], idx[end - 1] + length[end - 1]
        if phrase:
            words.append(PHRASE_JOINER.join(phrase))
        elif low not in news and lem in news_forms:
            words.append(lem)  # a news entry in another form ("recalls" -> "recall")
        else:
            words.append(text[start_char:end_char])
        starts.append(start_char)
        ends.append(end_char)
        tokens.append(i)
        scored.append(bool(n) or tag not in skip_pos)
        i = end
    return _finish(cols, first, last, words, starts, ends, scored, tokens)


def _finish(cols, first: int, last: int, words, starts, ends, scored, tokens) -> Words:
    alpha = sum(cols.alpha[first:last])
    caps = sum(map(str.isupper, words))
    span = (cols.idx[first], cols.idx[last - 1] + cols.length[last - 1]) if last > first else (0, 0)
    return Words(words, starts, ends, scored, tokens, alpha, span=span,
                 is_cap_diff=0 < len(words) - caps < len(words))


def _words_of(text: str, cols, first: int, last: int, lexicon: ToneLexicon, table: DocWords) -> Words:
    """``span_words`` from the document's one-word readings: slices of them between the words
    that may start a phrase, which are read as ``span_words`` reads them."""
    a, b = table.bounds(first, last)
    phrased = table.phrased
    p = bisect_left(phrased, a)
    if p == len(phrased) or phrased[p] >= b:  # no phrase can start here: the common case
        return _finish(cols, first, last, table.words[a:b], table.starts[a:b], table.ends[a:b],
                       table.scored[a:b], table.tokens[a:b])
    words, starts, ends, scored, tokens = [], [], [], [], []
    lower, lemma, idx, length, phrases = cols.lower, cols.lemma, cols.idx, cols.length, lexicon.phrases
    at = a
    while p < len(phrased) and phrased[p] < b:
        c = phrased[p]
        p += 1
        if c < at:  # inside the phrase before
            continue
        words += table.words[at:c]
        starts += table.starts[at:c]
        ends += table.ends[at:c]
        scored += table.scored[at:c]
        tokens += table.tokens[at:c]
        i = table.tokens[c]
        phrase, end = _phrase_at(lower, lemma, i, last, phrases.get(lower[i]) or phrases.get(lemma[i]))
        if not phrase:
            at = c
            continue
        words.append(PHRASE_JOINER.join(phrase))
        starts.append(idx[i])
        ends.append(idx[end - 1] + length[end - 1])
        scored.append(end > i or table.scored[c])
        tokens.append(i)
        at = bisect_left(table.tokens, end, c + 1)
    words += table.words[at:b]
    starts += table.starts[at:b]
    ends += table.ends[at:b]
    scored += table.scored[at:b]
    tokens += table.tokens[at:b]
    return _finish(cols, first, last, words, starts, ends, scored, tokens)


def _phrase_at(lower: list[str], lemma: list[str], i: int, last: int,
               candidates) -> tuple[tuple[str, ...] | None, int]:
    """The first (longest) lexicon phrase starting at token ``i`` and the token after it, or
    ``(None, i)``. Each phrase word matches a token's form or lemma; ``~`` matches up to
    ``MAX_GAP`` tokens ("recall ~ ambassador": "recalled its ambassador")."""
    for phrase in candidates or ():
        end = _match(phrase, 0, lower, lemma, i, last)
        if end:
            return phrase, end
    return None, i


MAX_GAP = 3

_CREDIT = re.compile(r"\s*(?:\([^()]*\)\s*)+")


def is_credit(text: str, cols, first: int, last: int) -> bool:
    """True when tokens ``first``..``last - 1`` are nothing but parenthesised source credits,
    the line a news item ends with: "(Reuters)", "(AFP via Google News)", "(NYT) (AP)". Such a
    span says nothing of a relation (the tagger even reads "AFP" as a verb), so it has no tone.

    >>> from detente.nlp import columns, load_nlp
    >>> doc = load_nlp()("(AFP via Google News)")
    >>> is_credit(doc.text, columns(doc), 0, len(doc))
    True
    """
    if last <= first or text[cols.idx[first]] != "(":
        return False
    end = cols.idx[last - 1] + cols.length[last - 1]
    return _CREDIT.fullmatch(text, cols.idx[first], end) is not None


def _match(phrase: tuple[str, ...], k: int, lower, lemma, i: int, last: int) -> int:
    if k == len(phrase):
        return i
    if phrase[k] == "~":
        for skip in range(MAX_GAP + 1):
            end = _match(phrase, k + 1, lower, lemma, i + skip, last)
            if end:
                return end
        return 0
    if i < last and phrase[k] in (lower[i], lemma[i]):
        return _match(phrase, k + 1, lower, lemma, i + 1, last)
    return 0


def valences(words: Words, lexicon: ToneLexicon, doc=None) -> list[float]:
    """One valence per word by VADER's own rules (``sentiment_valence``, ``_but_check``); with
    the parse, a word in background (``lexicon.background``) weighs ``background_weight``.
    The words are lower-cased once (``vader.word_valence``: VADER's rules over them)."""
    analyzer = lexicon.analyzer
    table = analyzer.lexicon
    items = words.words_and_emoticons
    lows = list(map(str.lower, items))
    scored, tokens, is_cap_diff = words.scored, words.tokens, words.is_cap_diff
    out = [0.0] * len(lows)  # a word of no lexicon entry has none
    last = len(lows) - 1
    for i in [i for i, low in enumerate(lows) if low in table]:
        low = lows[i]
        if not scored[i] or low in BOOSTER_DICT or (low == "kind" and i < last and lows[i + 1] == "of"):
            continue
        value = float(word_valence(table, items, lows, i, is_cap_diff))
        if doc is not None and value and in_background(doc, tokens[i], lexicon):
            value *= lexicon.background_weight
        out[i] = value
    if "but" not in lows:  # VADER's ``_but_check`` changes nothing then
        return out
    return analyzer._but_check(items, out)


def in_background(doc, i: int, lexicon: ToneLexicon) -> bool:
    """True when token ``i`` of ``doc`` sits in a clause or phrase that gives background to
    the sentence's main act rather than the act itself: an adverbial clause ("as Scottish
    officials consider his request") or a prepositional phrase of time or circumstance ("after
    breaking off relations", "since the civil war", "amid accusations", "before the anniversary
    of the invasion"). The dependency labels and prepositions are listed in ``tone.yaml``; the
    walk goes up the heads to the sentence's root."""
    head_of, cols = heads(doc), columns(doc)
    dep, lower = cols.dep, cols.lower
    for _ in range(MAX_HEAD_STEPS):
        if dep[i] in lexicon.background_deps:
            return True
        if dep[i] == "prep" and lower[i] in lexicon.background_preps:
            return True
        if head_of[i] == i:
            return False
        i = head_of[i]
    return False


MAX_HEAD_STEPS = 40
"""A guard on the walk up the heads (a parse is a tree: real walks are a few steps)."""


def lexicon_scores(words: Words, text: str, lexicon: ToneLexicon, doc=None) -> tuple[list[float], float]:
    """The valence of each word (``valences``) and VADER's compound score of the span."""
    found = valences(words, lexicon, doc)
    compound = 0.0
    if any(found):
        span_text = text[words.span[0]:words.span[1]]
        compound = float(vader_compound(lexicon.analyzer, found, span_text))
    return found, compound


def score_words(words: Words, text: str, lexicon: ToneLexicon, doc=None,
                scores: tuple[list[float], float] | None = None) -> Tone:
    """The tone of a span by the rules (``text``: the article text the offsets point into):
    compound score (VADER's ``score_valence``), label, counts and evidence. ``scores``: the
    span's ``lexicon_scores`` if already computed."""
    found, compound = scores or lexicon_scores(words, text, lexicon, doc)
    evidence = [
        ToneWord(text=text_of(words, i, text), start=words.starts[i], end=words.ends[i],
                 valence=v, entry=_entry(words.words_and_emoticons[i], lexicon))
        for i, v in enumerate(found) if v
    ]
    return Tone(score=compound, label=lexicon.label(compound),
                positive=sum(1 for v in found if v > 0), negative=sum(1 for v in found if v < 0),
                words=words.alpha, evidence=evidence)


def text_of(words: Words, i: int, text: str) -> str:
    """Word ``i`` (or phrase) as written in the article ``text``."""
    return text[words.starts[i]:words.ends[i]]


def _entry(word: str, lexicon: ToneLexicon) -> str:
    key = word.lower()
    entry = lexicon.news.get(key)
    return f"news:{entry}" if entry else "vader"


MODEL_EVIDENCE = 6
"""At most this many of the model's own features (words, main verb, events) in a span's evidence."""
MODEL_MIN_CONTRIBUTION = 0.05
"""A model feature is evidence when it moves the positive-vs-negative log-odds by at least this."""


def model_tone(rules: Tone, features: list[Feature], probabilities, model: ToneModel,
               text: str) -> Tone:
    """The span's tone as the model decides it: label its most probable class, score
    P(positive) - P(negative); counts (GDELT's tone) as the rules found them. Evidence: the
    lexicon's words (they move the model through its ``lex:`` and ``rules:`` features) and the
    model's word and event features that moved it most, one per stretch of text (``entry``
    ``model:<feature>+<feature>...``: "model:lemma:agree+verb:agree+root:agree+quad:1";
    ``valence`` their contribution to the log-odds of positive against negative)."""
    by_span: dict[tuple[int, int], list] = {}
    weights = model.weights
    for f in features:
        if f.start < 0:  # no text of its own (``lex:``, ``rules:``): no evidence
            continue
        w = weights.get(f.name)  # ``model.contribution(f)``, inline
        c = (w[0] - w[2]) * f.value if w else 0.0
        if c:
            by_span.setdefault((f.start, f.end), []).append((c, f.name))
    moved = sorted(((sum(c for c, _ in found), span, found) for span, found in by_span.items()),
                   key=lambda item: -abs(item[0]))
    extra = [ToneWord(text=text[start:end], start=start, end=end, valence=total,
                      entry="model:" + "+".join(name for _, name in found))
             for total, (start, end), found in moved[:MODEL_EVIDENCE]
             if abs(total) >= MODEL_MIN_CONTRIBUTION]
    evidence = sorted(rules.evidence + extra, key=lambda w: (w.start, w.entry))
    return Tone(score=probabilities[0] - probabilities[2], label=model.label(probabilities),
                positive=rules.positive, negative=rules.negative, words=rules.words,
                evidence=evidence)


def article_tone(parts: list[Tone], lexicon: ToneLexicon, probabilities=None) -> Tone:
    """An article's tone from its sentences': mean score over the sentences that have a tone
    (a score or evidence: a bare ``(Reuters)`` has none), summed counts (GDELT's tone follows).
    With the model (``probabilities``: each part's class probabilities) the label is the most
    probable class of their mean; by the rules, the thresholds on the mean score."""
    keep = [i for i, t in enumerate(parts) if t.words and (t.score or t.evidence)]
    score = sum(parts[i].score for i in keep) / len(keep) if keep else 0.0
    if probabilities is not None and keep:
        mean = [sum(probabilities[i][k] for i in keep) / len(keep) for k in range(3)]
        label = ToneModel.label(mean)
    else:
        label = lexicon.label(score)
    return Tone(score=score, label=label,
                positive=sum(t.positive for t in parts), negative=sum(t.negative for t in parts),
                words=sum(t.words for t in parts))
