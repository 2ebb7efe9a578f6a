"""A pair of countries named again as "the two countries", "both governments", "the leaders of
the two nations" (issue 13, round 20).

News names a pair once ("Turkey and Greece had poor relations") and then acts through the pair
noun ("but the leaders of the two countries spoke by telephone", "both governments agreed to
cooperate"). The actors stage resolves no such noun; here a plural pair noun of semantics
``pair_nouns`` counted by "two" or "both" is both countries of the nearest text before it that
names countries -- earlier in its sentence, else the nearest of the two sentences before -- when
that text names exactly two (states, not organisations). Each country becomes a mention of the
noun (``pair:NOUN`` entry), so the noun's clause reads the two as joint sides, as it reads
"Turkey and Greece"; the noun's sector (GOV for governments and leaders, none for countries)
is the pair's. Nothing is placed when the nearest text names one country or three."""

from __future__ import annotations

from detente.events.lexicon import Lexicon
from detente.nlp import columns
from detente.records import Actor, Mention

COUNTING = frozenset({"two", "both"})
LOOKBACK = 2
"""Sentences before the pair noun's own that may name the pair."""


def pair_mentions(doc, index, lexicon: Lexicon) -> int:
    """Add the two countries as mentions of each pair noun of ``doc`` to ``index``; the count added."""
    nouns = lexicon.semantics["pair_nouns"]
    cols = columns(doc)  # lower-cased lemmas and tags, no Token per word
    lemma, tag = cols.lemma, cols.tag
    if not any(t == "NNS" and w in nouns for w, t in zip(lemma, tag, strict=True)):
        return 0  # no plural pair noun in the document
    sentences = list(doc.sents)
    added = 0
    for at, sentence in enumerate(sentences):
        for i in range(sentence.start, sentence.end):
            if tag[i] != "NNS" or lemma[i] not in nouns:
                continue
            token = doc[i]
            sector = nouns.get(token.lemma_.lower(), False)
            if sector is False or token.tag_ != "NNS" or index.at(token) or \
                    not any(c.lower_ in COUNTING and c.dep_ in ("nummod", "det", "predet") for c in token.children):
                continue
            pair = _pair(doc[sentence.start:token.i], index)
            if pair is None:  # the sentence names no country before the noun: look back
                pair = next((found for back in range(1, LOOKBACK + 1) if at - back >= 0
                             for found in [_pair(sentences[at - back], index)] if found is not None), None)
            if not pair:
                continue
            index.by_token[token.i] = [
                Mention(text=token.text, start=token.idx, end=token.idx + len(token.text), sentence=at, label="ROLE",
                        actor=Actor(country=code, sector=sector, entry=f"pair:{token.lemma_.lower()}"),
                        rule=f"pair:{token.lemma_.lower()}")
                for code in pair]
            added += 1
    return added


def _pair(span, index) -> list[str] | None:
    """The two countries a span names, in text order; [] when it names one or more than two;
    None when it names none (look further back)."""
    codes: list[str] = []
    for token in span:
        for mention in index.at(token):
            actor = mention.actor
            if actor is None or not actor.country or len(actor.country) != 3 or not actor.country.isupper():
                continue
            if actor.country not in codes:
                codes.append(actor.country)
    if not codes:
        return None
    return codes if len(codes) == 2 else []
