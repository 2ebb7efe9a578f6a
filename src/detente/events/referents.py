"""Targets named in an earlier sentence (issue 13, round 15): the clause of the act names its other
side only by a word that refers back -- a pronoun ("Japan condemned it"), a country anaphor ("the
United States condemned the country for the test", "NATO warned the regime"). A light rule, not
coreference: the last compatible actor.

- The referent is the doer of the article's latest act by another party told in the previous two
  sentences (the act condemned, or the country that did it: "North Korea fired two missiles. Japan
  condemned it" -> North Korea); else, when the previous sentence names exactly one located country
  other than the source's, that country ("Iran's new missile was shown on television. The US
  condemned the country" -> Iran).
- Only for acts aimed at someone (``REFERRED_TYPES``): a meeting's or an attack's "it" is as often
  a place or a thing.
- Only an unresolved word: a pronoun the actors stage resolved is a side already, and a sentence
  that names another country itself is left to ``context.context_targets`` (``~sentence``).

Rule suffix ``~referent``. Figures: docs/accuracy/events.md, issue 13 round 15.

An apology has no object to refer back with: its partner, the side wronged just before, is found by
``offended.offended_side`` from here (round 33, suffix ``~antecedent``, ``side_suffix``).
"""

from __future__ import annotations

from detente.events.arguments import MentionIndex, participant
from detente.events.context import nominal_argument
from detente.events.lexicon import Lexicon
from detente.events.offended import is_apology, offended_side
from detente.events.triggers import Candidate
from detente.records import Participant

REFERRED_TYPES = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN", "SANCTION", "SUPPORT", "APPEAL"})
"""Acts whose object pronoun or country anaphor is the other side, not a thing or a place."""

PRONOUNS = frozenset({"it", "them", "this"})
"""Object pronouns that refer back to an actor or to an act (and so to its doer)."""

DEFINITE = frozenset({"the", "this", "that"})

LOOKBACK = 2
"""How many sentences back the doer of an earlier act may be told."""


def side_suffix(cand: Candidate) -> str:
    """The rule suffix of a target ``earlier_side`` found: ``~antecedent`` for an apology's wronged
    side (``offended``), else ``~referent``."""
    return "~antecedent" if is_apology(cand) else "~referent"


def referring_word(cand: Candidate, index: MentionIndex, lexicon: Lexicon):
    """The trigger's object when it only refers back: an unresolved object pronoun ("condemned it")
    or a definite country anaphor ("the country", "the regime"), else None."""
    argument = next((c for c in cand.token.children if c.dep_ == "dobj"), None)  # "warned the country against"
    if argument is None:
        argument = nominal_argument(cand, lexicon.words["instrument_nouns"])
    if argument is None or index.at(argument) or argument.i in index.unresolved:
        return None
    word = argument.lower_
    if argument.pos_ == "PRON" and word in PRONOUNS and argument.dep_ in ("dobj", "pobj"):
        return argument
    if argument.lemma_.lower() in lexicon.words["country_anaphors"] and \
            any(c.dep_ == "det" and c.lower_ in DEFINITE for c in argument.children) and \
            not any(c.dep_ in ("amod", "compound", "prep", "poss") for c in argument.children):
        return argument  # "the country", not "a neighbouring country", "the country's parliament"
    return None


STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD"})
"""Organs of a state a generic noun names ("the government", "the authorities", "the army")."""


def state_organ(cand: Candidate, src: list[Participant], sentence_index: int, earlier: list,
                index: MentionIndex, lexicon: Lexicon) -> list[Participant]:
    """The country of an unplaced state organ a state or an international body acts on: in "Police
    arrested dozens in Caracas. The United States criticised the government", a country (or the EU)
    does not criticise its own government: "the government" is that of the country the story is
    about -- the last compatible country (``last_country``). Only for a source named as a state or
    an international body (no sector, or IGO), and an object the actors stage typed but did not place."""
    if cand.entry.type not in REFERRED_TYPES or not src or any(p.sector not in (None, "IGO") for p in src):
        return []
    argument = next((c for c in cand.token.children if c.dep_ == "dobj"), None)
    if argument is None:
        argument = nominal_argument(cand, lexicon.words["instrument_nouns"])
    mention = index.unresolved.get(argument.i) if argument is not None else None
    if mention is None or mention.actor is None or mention.actor.sector not in STATE_SECTORS:
        return []
    own = {p.country for p in src}
    if any(m.actor.country not in own for t in argument.sent for m in index.at(t)):
        return []  # the sentence names another country: the sentence rules decide
    country = last_country(argument.sent, own, sentence_index, earlier, index)
    if country is None:
        return []
    return [Participant(text=mention.text, country=country, sector=mention.actor.sector,
                        start=mention.start, end=mention.end)]


def last_country(sentence, own: set, sentence_index: int, earlier: list, index: MentionIndex) -> str | None:
    """The country of the latest earlier act of the previous two sentences with a located side
    outside ``own`` (its source first), else the one such country the previous sentence names."""
    for event in reversed(earlier):
        if event.negated or not sentence_index - LOOKBACK <= event.sentence < sentence_index:
            continue
        for side in (event.source, event.target):
            countries = [p.country for p in side if p.country and p.country not in own and len(p.country) == 3]
            if countries:
                return countries[0]
    if sentence.start == 0:
        return None
    previous = sentence.doc[sentence.start - 1].sent
    others = {m.actor.country for t in previous for m in index.at(t)
              if m.actor.country not in own and len(m.actor.country) == 3}
    return next(iter(others)) if len(others) == 1 else None


def earlier_side(cand: Candidate, src: list[Participant], sentence_index: int, earlier: list,
                 index: MentionIndex, lexicon: Lexicon) -> list[Participant]:
    """The last compatible actor an object that refers back stands for (module docstring), else []."""
    if cand.entry.type not in REFERRED_TYPES or not src:
        return []
    if is_apology(cand):  # "X insulted Norway. He later apologised": the side wronged (round 33)
        return offended_side(cand, src, sentence_index, earlier, index)
    word = referring_word(cand, index, lexicon)
    if word is None:
        return []
    own = {p.country for p in src}
    sentence = word.sent
    if any(m.actor.country not in own for t in sentence for m in index.at(t)):
        return []  # the sentence names another side itself: the sentence rules decide
    for event in reversed(earlier):
        if event.negated or not sentence_index - LOOKBACK <= event.sentence < sentence_index:
            continue
        doers = [p for p in event.source if p.country and p.country not in own]
        if doers:
            return doers
    if sentence.start == 0:
        return []
    previous = sentence.doc[sentence.start - 1].sent
    others: dict[str, object] = {}
    for token in previous:
        for mention in index.at(token):
            if mention.actor.country not in own:
                others.setdefault(mention.actor.country, mention)
    if len(others) != 1:
        return []
    return [participant(next(iter(others.values())))]
