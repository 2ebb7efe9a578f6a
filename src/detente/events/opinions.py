"""A speaker's stated opinion of another actor, told with no act word (issue 13, round 32, branch e96).

``"The German government has failed. It cannot be trusted," the French minister said``: no verb of
criticism, yet the speaker criticises Germany (PLOVER ACCUSE, CAMEO 111); ``the minister said the Greek
government had done an excellent job`` praises Greece (SUPPORT, CAMEO 051). ``judgements.py`` reads a
condemning adjective or noun only in the clause its saying verb governs; this rule reads every sentence
of what a speaker is quoted as saying (the quotes stage's attribution, direct and reported), so a
judgement in the second sentence of a long quote, or a judgement of a kind that module has no word for
(failure, distrust, praise), is coded too.

The speaker (with the actor the quotes stage resolved) is the source; the target is the actor the
judgement is predicated of -- the clause's subject when it is an actor ("Germany has failed"), or its
owner when the subject is an act or policy (``semantics.yaml judgements.judged_things``: "Germany's plan
is reckless", "the plan of the German government"). The word and its polarity come from
``data/opinions.yaml`` (and the negative words of ``judgements``). No row when the judged thing is no
actor's ("the situation is hopeless"), when the judged actor is the speaker's own side ("we have
failed"), or when the polarity is unclear (a negation, a modal, a question, a condition: "would be
wrong", "is not right", "if they fail", "when they fail"), when the clause is not the quote's own
assertion (someone else's claim, a denial: "Israel says X is corrupt", "claims that X failed are lies",
"denied that X had failed"); one row per quote and judged side (type and target country), and none
when a row of the same type, source and target is already coded in the quote's sentences. The rule
name is the row's evidence: ``opinion:<word>``.
"""

from __future__ import annotations

from functools import lru_cache

from detente.events.arguments import MentionIndex, actors_under
from detente.events.lexicon import semantics_file
from detente.nlp import span_at, span_of
from detente.records import Event, Mention, Participant, Quote
from detente.resources import yaml_data

__all__ = ["OPINION_RULE", "judgement", "opinion_rows"]

OPINION_RULE = "opinion"
"""Rule prefix of the rows this module writes (``opinion:fail``)."""
CODES = {"-": ("ACCUSE", "111"), "+": ("SUPPORT", "051")}
"""Polarity -> (PLOVER type, CAMEO code): criticise or denounce; praise or endorse."""
OWNED = frozenset({"by", "of"})
"""Prepositions through which an act or policy names its owner ("the plan of the government")."""
FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our"})
SPEAKER_PRONOUNS = frozenset({"i", "we", "he", "she"})
"""Subjects of a believing or saying verb inside a quote that are the speaker: "I think", and in
reported speech "she said she believed X was reckless" (review r32e)."""


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    spec = {k: frozenset(v) for k, v in yaml_data("events", "opinions.yaml").items()}
    judged = semantics_file()["judgements"]
    spec["negative_adjectives"] |= frozenset(judged["adjectives"])
    spec["negative_nouns"] = frozenset(judged["nouns"])
    spec["copulas"] = frozenset(judged["copulas"])
    spec["judged_things"] = frozenset(judged["judged_things"])
    return spec


def _subject(head):
    return next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _negated(*heads) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in ("never", "no") for h in heads for c in h.children)


def _modal(*heads) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in _words()["modals"] for h in heads for c in h.children)


def _conditional(head) -> bool:
    """A clause in a condition or a question of its own ("if they fail", "whether it was wrong"), or a
    general "when" clause ("when the army fails, the militias take over"): no assertion of its own."""
    node = head
    for _ in range(8):  # a few clauses up, never past the root
        if any(c.dep_ in ("mark", "advmod") and c.lower_ in _words()["conditions"] for c in node.children):
            return True
        if node.head.i == node.i or node.dep_ not in ("advcl", "ccomp", "conj", "xcomp"):
            return False
        node = node.head
    return False


def _predicate(token):
    """``(polarity, clause head)`` of a copula's adjective or noun predicate, else None."""
    words = _words()
    cop = token.head
    if token.dep_ not in ("acomp", "attr") or cop.lemma_.lower() not in words["copulas"]:
        return None
    word = token.lemma_.lower()
    if token.pos_ == "ADJ":
        polarity = "-" if word in words["negative_adjectives"] else "+" if word in words["positive_adjectives"] else None
    elif token.pos_ == "NOUN":
        good = any(c.dep_ == "amod" and c.lower_ in words["good_adjectives"] for c in token.children)
        polarity = None if word in words["outcome_nouns"] else "-" if word in words["negative_nouns"] else \
            "+" if word in words["news_nouns"] and good else None
    else:
        polarity = None
    if polarity is None or _negated(cop, token) or _modal(cop, token):
        return None
    if word in words["invitation_adjectives"] and any(c.dep_ == "xcomp" for c in token.children):
        return None  # "is welcome to attend": an invitation or a permission, not praise
    if token.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
        return None  # "was no mistake"
    return polarity, cop


def _verb_predicate(token):
    """``(polarity, clause head)`` of a verb that judges its subject: failure ("has failed", "let the
    country down"), distrust ("cannot be trusted", "has lost the trust of"), praise ("has done a good job"), else None."""
    words = _words()
    lemma = token.lemma_.lower()
    if token.pos_ not in ("VERB", "AUX"):
        return None
    if lemma in words["distrust_verbs"]:
        passive = any(c.dep_ == "auxpass" for c in token.children)
        return ("-", token) if passive and _negated(token) else None  # "cannot be trusted"
    if _negated(token) or _modal(token):
        return None
    if lemma in words["failure_verbs"] and not any(c.dep_ in ("xcomp", "ccomp") for c in token.children) \
            and not _attempted(token):
        return "-", token  # "has failed", "failed the voters"; not "failed to win", "failed in its bid to win"
    if lemma in words["letdown_verbs"] and any(c.lower_ == "down" or (c.dep_ in ("ccomp", "dobj") and any(
            g.lower_ == "down" for g in c.children)) for c in token.children):
        return "-", token  # the parser hangs "down" on the verb, or makes "farmers down" a small clause
    if lemma in words["loss_verbs"] and any(c.dep_ == "dobj" and c.lemma_.lower() in words["trust_nouns"]
                                            for c in token.children):
        return "-", token  # "has lost the trust of voters"
    if lemma in words["job_verbs"]:
        jobs = [c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in words["job_nouns"]]
        if any(a.dep_ == "amod" and a.lower_ in words["good_adjectives"] for j in jobs for a in j.children):
            return "+", token
    return None


def _attempted(token) -> bool:
    """A failure "in" an attempt ("failed in its bid to end the protests"): an outcome, like "failed to"."""
    return any(p.dep_ == "prep" and p.lower_ == "in" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in _words()["attempt_nouns"] for o in p.children)
        for p in token.children)


def _agent(head):
    """The "by" agent of a passive clause ("has been failed by the United Nations"), else None."""
    return next((o for a in head.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"), None)


def _distrust_noun(token):
    """``("-", clause head, judged)`` for a lack or loss of trust in an actor ("there is a lack of trust
    in the government", "voters have a lack of confidence in X"): the object of "in" is judged."""
    words = _words()
    if token.pos_ != "NOUN" or token.lemma_.lower() not in words["lack_nouns"]:
        return None
    trusts = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
              if o.dep_ == "pobj" and o.lemma_.lower() in words["trust_nouns"]]
    judged = [o for h in (token, *trusts) for p in h.children if p.dep_ == "prep" and p.lower_ == "in"
              for o in p.children if o.dep_ == "pobj"]
    head = token.head
    if not trusts or not judged or token.dep_ not in ("attr", "dobj", "nsubj") or _negated(head, token) or \
            _modal(head):
        return None
    return "-", head, judged[0]


def judgement(token):
    """``(polarity, clause head, judged token)`` when ``token`` is an asserted evaluative predicate of
    a clause with a subject (the judged token), or a lack of trust in someone, outside a question or a
    condition; else None."""
    found = _predicate(token) or _verb_predicate(token)
    if found is not None and token.lemma_.lower() in _words()["failure_verbs"] | _words()["letdown_verbs"] and \
            any(c.dep_ == "auxpass" for c in token.children):
        found = (*found, _agent(found[1]))  # a passive failure or letdown judges its agent, not the one failed
    elif found is not None:
        found = (*found, _subject(found[1]))
    else:
        found = _distrust_noun(token)
    if found is None or found[2] is None or _conditional(found[1]):
        return None
    if any(t.lower_ == "?" for t in token.sent):
        return None  # a question, rhetorical or not: no stated opinion
    return found


def _judged(subject, index: MentionIndex, word: str) -> list[Mention]:
    """The actor the judgement is of: the subject itself, or the owner of an act or policy subject.
    A failure verb judges only an actor subject that is no business ("the Italian plan has failed",
    "two banks failed": an outcome, not a judgement of an owner)."""
    found = index.at(subject)
    if word in _words()["failure_verbs"]:
        return [m for m in found or () if m.actor.sector != "BUS"]
    if found:
        return list(found)
    if subject.lemma_.lower() not in _words()["judged_things"]:
        return []
    return actors_under(subject, index, prepositions=OWNED)


def _source(quote: Quote) -> Participant:
    speaker, actor = quote.speaker, quote.speaker.actor
    return Participant(text=speaker.text, country=actor.country, sector=actor.sector, code=actor.code,
                       name=actor.name, start=speaker.start, end=speaker.end)


def _targets(judged: list[Mention], source: Participant) -> list[Participant]:
    out = []
    for m in judged:
        if m.actor.sector == "CVL" or m.text.lower() in FIRST_PERSON or \
                (m.actor.country, m.actor.sector) == (source.country, source.sector) or \
                (m.actor.country == source.country and m.actor.sector is None
                 and source.sector in (None, "GOV")):
            continue  # the speaker's own side (a government's own country too), or people, is no side judged
            # -- the opposition judging its own country is a side ("Pakistan is corrupt": review r32e)
        out.append(Participant(text=m.text, country=m.actor.country, sector=m.actor.sector, code=m.actor.code,
                               name=m.actor.name, start=m.start, end=m.end))
    return out


def _covered(events: list[Event], sentences: set[int], type_: str, source: Participant,
             targets: list[Participant]) -> bool:
    countries = {t.country for t in targets}
    return any(e.sentence in sentences and e.type == type_ and any(s.country == source.country for s in e.source)
               and any(t.country in countries for t in e.target) for e in events)


def _unsaid(doc, quote: Quote) -> bool:
    """A quote whose cue is negated, hedged or a denial ("did not say", "never said", "would say",
    "denied that")."""
    if quote.cue_start is None or quote.cue_end is None:
        return False
    cue = span_at(doc, quote.cue_start, quote.cue_end)
    return cue is not None and (_negated(cue.root) or _modal(cue.root)
                                or cue.root.lemma_.lower() in _words()["denial_verbs"])


def _nested(quote: Quote, quotes) -> bool:
    """A quote whose cue lies inside another quote's content ("said it was wrong to suggest that X had
    failed": the quotes stage gives "suggest" the outer speaker); the outer quote's path decides (``_hearsay``)."""
    cue = quote.cue_start
    return cue is not None and any(q is not quote and q.start <= cue < q.end for q in quotes)


def _hearsay(head, span) -> bool:
    """A clause that is not the quote's own assertion: on its path up (inside the quote) a clause of
    a noun ("claims that X is corrupt are lies", "a lie that X has failed") or the complement of a
    saying verb whose subject is someone else or no one ("Israel says X is corrupt", "wrong to suggest
    that X had failed"); "I think X has failed" stays the speaker's."""
    words, node = _words(), head
    for _ in range(12):
        parent = node.head
        if parent.i == node.i or not span.start <= parent.i < span.end:
            return False
        if node.dep_ in ("acl", "relcl", "ccomp") and parent.pos_ in ("NOUN", "PROPN"):
            if parent.lemma_.lower() in words["hearsay_nouns"]:
                return True
        elif node.dep_ == "ccomp" and parent.lemma_.lower() in words["hearsay_verbs"]:
            subject = _subject(parent)
            if subject is None or subject.lower_ not in SPEAKER_PRONOUNS:
                return True
        node = parent
    return False


def opinion_rows(coded, index: MentionIndex, lexicon, events: list[Event]) -> list[Event]:
    """One ACCUSE or SUPPORT row per quote whose speaker states an opinion of another actor (module
    docstring); ``events`` are the rows coded so far (a judgement already coded is not coded twice)."""
    from detente.events.coder import make_event  # the coder's one row builder
    from detente.events.triggers import Coding
    from detente.nlp import doc_text

    if index.speakers is None:
        return []
    doc, text = coded.doc, doc_text(coded.doc)
    numbers = {s.start: i for i, s in enumerate(doc.sents)}
    rows = []
    quotes = index.speakers.attributed()
    for quote in quotes:
        span = span_of(doc, quote)
        if span is None or _nested(quote, quotes):
            continue
        if _unsaid(doc, quote):
            continue  # "did not say the plan was reckless": no judgement reported (round 30's control)
        source = _source(quote)
        sentences = {numbers[t.sent.start] for t in span}
        for token in span:
            found = judgement(token)
            if found is None or _hearsay(found[1], span):
                continue
            targets = _targets(_judged(found[2], index, token.lemma_.lower()), source)
            type_, cameo = CODES[found[0]]
            if not targets or _covered(events + rows, sentences, type_, source, targets):
                continue  # a second judgement of the same side in this quote (rows) is coded once
            coding = Coding(type=type_, cameo=cameo, rule=f"{OPINION_RULE}:{token.lemma_.lower()}")
            rows.append(make_event(coding, [source], targets, (token.idx, token.idx + len(token)), token.sent,
                                   numbers[token.sent.start], lexicon, text))
    return rows
