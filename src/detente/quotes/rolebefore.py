"""A person named bare right after an unnamed holder of a role: the same person (issue 14,
round 31, q66).

News writing often names the holder of an office by the office first and by the bare name
next, with no title at the name:

- the role in one sentence and the name opening the next: "The chairman of the Harbour
  Traders' Federation said the plan was unwise. // Ann Hale said: ..." (Ann Hale chairs it) --
  only the head of a named body in this order: after "The judge said ..." or "The agriculture
  minister said ..." the next named person is mostly a bystander (review r31d);
- the name in the headline and the role in the lead: "Marsh: 'I was not consulted' // The
  transport secretary has denied ..." (Marsh is the transport secretary).

A reader takes the named person for the role's holder. A speaker whose actor is only the
private-person guess (``person:CVL``: no title, description or table gave them one) takes the
role's sector when the person's first mention and such a role are next to each other in this
order (role then name, or headline name then lead role): the role is the definite subject of
its sentence ("the chairman of ...", not "a chairman"), names no one, and its sentence names
no person; the name's sentence names no other person and does not speak of the role again
("Ann Hale said the chairman was wrong" is someone else). Rule ``+role-before``, evidence
``person:CVL+role-before:<description>``.

A capitalised head title opening the name's own sentence with no body of its own ("A report by
the Harbour Committee ... // Chairman Sir Jo Roe said:") heads the body the sentence before
names last (evidence ``role-before:bare-head:<title>><body entry>``; round 34, q73).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from detente.nlp import span_of
from detente.quotes.fast import Inside, char_ranges
from detente.records import Actor, Mention, Speaker

__all__ = ["role_before"]

PRIVATE_GUESS = "person:CVL"
"""``Actor.entry`` of a named person the article gives nothing but a name (``context``)."""
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
ROLE_PREPOSITIONS = frozenset({"of", "for", "at"})
"""Prepositions that join a role to the body it is of ("the chairman of the Federation")."""
BODY_EVIDENCE = ("body:", "company:", "org:")
"""Prefixes of ``describe`` evidence that name a body (review r31f, bug 5)."""


def role_before(speaker: Speaker, doc, mentions: list[Mention], quoted) -> Speaker:
    """``speaker`` with the sector of the unnamed role holder named just before (or, for a
    name in the headline, just after) their first mention; unchanged otherwise (see the
    module docstring)."""
    actor = speaker.actor
    if actor is None or actor.entry != PRIVATE_GUESS or not speaker.name or doc is None:
        return speaker
    sents = list(doc.sents)
    starts = [s.start_char for s in sents]
    inside = Inside(char_ranges(doc, quoted))
    surname = speaker.name.split()[-1]
    people = [m for m in mentions if m.label == "PERSON" and not inside(m.start)]
    first = next((m for m in people if m.text.split()[-1] == surname), None)
    if first is None:
        return speaker
    at = bisect_right(starts, first.start) - 1
    found = None
    for where in (at - 1, 1 if at == 0 else -1):
        if 0 <= where < len(sents) and where != at and found is None:
            found = _role_of(sents[where], sents[at], surname, people, doc, mentions)
            if found is not None and where < at and not found[3]:
                found = None  # "The judge said ... // Ann Hale said": a bystander (review r31d)
    if found is None and at > 0:
        found = _bare_head(sents[at], sents[at - 1], first, doc, mentions)
    if found is None:
        return speaker
    sector, country, evidence, _ = found
    new = Actor(actor.country or country, sector, name=actor.name,
                entry=f"{PRIVATE_GUESS}+role-before:{evidence}")
    return replace(speaker, actor=new, rule=f"{speaker.rule}+role-before")


def _role_of(role_sent, name_sent, surname: str, people: list[Mention], doc,
             mentions: list[Mention]) -> tuple[str, str | None, str, bool] | None:
    """(sector, country, evidence, head of a named body) of the definite role that is the
    subject of ``role_sent`` when the two sentences name no other person and ``name_sent``
    does not name the role again; None otherwise."""
    from detente.quotes.describe import describe
    from detente.quotes.rolewords import roles

    def named_in(sent):
        return [m for m in people if sent.start_char <= m.start < sent.end_char]

    if named_in(role_sent) or any(m.text.split()[-1] != surname for m in named_in(name_sent)):
        return None
    subject = next((t for t in role_sent if t.dep_ in SUBJECTS and t.head.i == role_sent.root.i),
                   None)
    if subject is None or subject.ent_type_ or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        return None
    phrase = next((r for r in roles(doc, list(range(subject.left_edge.i, subject.i + 1)))
                   if r[1] == subject.i), None)  # "the attorney general": not "general"
    role = phrase[2] if phrase is not None else None
    if role is None or role.kind not in ("person", "head"):
        return None
    if any(t.lemma_.lower() == subject.lemma_.lower() for t in name_sent):
        return None  # "Ann Hale said the chairman was wrong": the role is someone else
    tokens = list(range(subject.left_edge.i, subject.i + 1))
    for child in subject.children:
        if child.dep_ == "prep" and child.lower_ in ROLE_PREPOSITIONS:
            tokens += [t.i for t in child.subtree]
    if role.kind == "head":  # "the chairman of the Police Federation": the body's own actor
        body = _body_actor(doc, mentions, tokens)
        if body is not None and body.sector:
            return body.sector, body.country, f"head:{role.phrase}>{body.entry}", True
    if _held_by_another(doc, mentions, subject, surname):
        return None  # the tables name the office's holder that day, and it is someone else
    places = [m for m in mentions if m.label != "ROLE"]  # the role's own mention is no place
    desc = describe(doc, places, sorted(tokens))
    sector = desc.sector or role.sector
    if not sector or sector == "CVL":
        return None
    evidence = desc.evidence or f"role:{role.phrase}"
    # The head of a body only describe places ("the chairwoman of the Kenya Port Shippers'
    # Federation": body:federation) is a named body's head too; a bare head:secretary is not.
    named_body = role.kind == "head" and any(
        part.startswith(BODY_EVIDENCE) for part in evidence.split("+"))
    return sector, desc.country, evidence, named_body


def _held_by_another(doc, mentions: list[Mention], subject, surname: str) -> bool:
    """The actors stage read the role as a roster person ("The defence secretary" on a day the
    roster names its holder) whose surname is not the speaker's (review r31d)."""
    at = subject.idx
    for m in mentions:
        if m.label == "ROLE" and m.start <= at < m.end and m.actor is not None \
                and "roster:" in (m.actor.entry or "") and m.actor.name:
            return m.actor.name.split()[-1] != surname
    return False


def _body_actor(doc, mentions: list[Mention], tokens: list[int]) -> Actor | None:
    """The actor the actors stage gave the first organisation named among ``tokens``."""
    have = set(tokens)
    for m in mentions:
        if m.label == "ORG" and m.actor is not None:
            span = span_of(doc, m)
            if span is not None and span.start in have:
                return m.actor
    return None


def _bare_head(name_sent, body_sent, first: Mention, doc, mentions: list[Mention]
               ) -> tuple[str, str | None, str, bool] | None:
    """(sector, country, evidence, True) of the body the sentence before names last in its
    subject when the name's sentence opens with a capitalised head title of no body right before
    the name ("A report by the Harbour Committee ... // Chairman Sir Jo Roe said": the committee's
    chairman; issue 14 round 34, q73); None otherwise. A body named only as an object
    ("Protesters marched on the Home Office") is not the one the chairman heads (review r34c)."""
    from detente.quotes.rolewords import role_words

    opening = doc[name_sent.start]
    role = role_words().get(opening.lower_)
    if role is None or role.kind != "head" or not opening.is_title:
        return None
    span = span_of(doc, first)
    if span is None or span.start > name_sent.start + HONORIFIC_RUN or any(
            t.pos_ != "PROPN" for t in doc[name_sent.start + 1:span.start]):
        return None  # "Chairman Sir Jo Roe": only honorifics between the title and the name
    subject = _subject_chars(body_sent)
    bodies = [m for m in mentions if m.label == "ORG" and m.actor is not None and m.actor.sector
              and any(a <= m.start < b for a, b in subject)]
    if not bodies:
        return None
    body = bodies[-1].actor
    return body.sector, body.country, f"bare-head:{role.phrase}>{body.entry}", True


def _subject_chars(sent) -> list[tuple[int, int]]:
    """Character spans of the subject of ``sent``'s main verb, with a passive's agent ("A report
    by the committee criticised", "The plan was criticised by the committee"); when the parser
    made the subject's noun the root ("A report by the committee called ...", the verb an
    ``acl``), the noun's phrase without its clauses."""
    root = sent.root
    if root.pos_ in NOMINALS:
        return _phrase_chars(root)
    spans = []
    for c in root.children:
        if c.dep_ in SUBJECTS:
            spans += _phrase_chars(c)
        elif c.dep_ in ("csubj", "agent"):
            spans.append((c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)))
    return spans


def _phrase_chars(head) -> list[tuple[int, int]]:
    """Character spans of the noun phrase of ``head`` without its clauses (relative, ``acl``,
    ``advcl``: "A man who threw paint at the Home Office") and its prepositional phrases other
    than of / by ("Protesters outside the Home Office"): a body named there is not the doer."""
    dropped = {t.i for d in head.subtree if d.i != head.i and _dropped(d) for t in d.subtree}
    return [(t.idx, t.idx + len(t.text)) for t in head.subtree if t.i not in dropped]


def _dropped(token) -> bool:
    return token.dep_ in CLAUSES or token.dep_ == "prep" and token.lower_ not in OWN_PREPOSITIONS


NOMINALS = frozenset({"NOUN", "PROPN"})
CLAUSES = frozenset({"acl", "relcl", "advcl", "punct"})
OWN_PREPOSITIONS = frozenset({"of", "by"})
"""Prepositions that tie a body to the subject's noun ("A report by the committee", "The head
of the Home Office"); place phrases ("outside", "at") do not."""


HONORIFIC_RUN = 3
"""Tokens a bare head title may stand before the name's first token ("Chairman Sir Jo Roe")."""
