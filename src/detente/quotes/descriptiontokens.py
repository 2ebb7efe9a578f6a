"""Where a speaker's description is: the tokens ``describe`` reads a country and a sector from.

For a named person (``person_tokens``): the **title** run the name closes ("businessman and
Trump loyalist Stephen Schwarzman"), the words of the mention that are no name, an
**apposition** either way round ("Lisa Parry, a retired nurse,"), the **of/from** phrase after
the name ("Jennifer Lu of Marriage Equality Coalition Taiwan") and the place a relative clause
says they live in or come from ("who lives in Oslo"); never inside a quote, nor past the
name's paragraph. ``description_tokens`` gathers them at the mention that names the speaker,
at the first full mention of them (the root of its coreference chain, ``mention_chain``) and
at the first place the text writes a full name the tagger missed (``first_full_name``) and at
an earlier "<title> <surname>" no chain reaches (``titled_surname``, round 31); an
unnamed speaker's description is its own phrase and the place a participle puts it in
("evidence heard in court"). ``is_person`` tells a person from a body.

Moved unchanged from ``describe.py``; the helpers ``describe.py`` still calls lost their
underscore (``title_run``, ``around``, ``first_full_name``), and ``_chain`` is now
``mention_chain`` (``chain`` is a local name in ``description_tokens``).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from detente.nlp import columns, doc_text, span_at, span_of
from detente.quotes.fast import doc_memo
from detente.quotes.rolewords import role_words
from detente.records import Mention, Speaker
from detente.resources import word_list

TITLE_POS = frozenset({"NOUN", "PROPN", "ADJ", "CCONJ"})
"""Parts of speech of the title run a name closes ("businessman and Trump loyalist")."""
TITLE_RUN = 8
"""Tokens the title run may reach back."""
CUT = frozenset({"relcl", "acl", "advcl", "ccomp", "parataxis"})
"""Clauses inside a description that describe someone else ("a lawyer representing Spanton")."""


def title_run(doc, first: int, quoted) -> list[int]:
    """Token indices of the title run before token ``first`` in its sentence."""
    out: list[int] = []
    i = first - 1
    stop = doc[first].sent.start
    while i >= stop and len(out) < TITLE_RUN:
        tok = doc[i]
        if tok.pos_ not in TITLE_POS and tok.text not in ("-", "'s", "’s"):
            break
        if "\n" in tok.text or _inside(tok.idx, quoted):
            break
        out.append(i)
        i -= 1
    return sorted(out)


def _inside(offset: int, quoted) -> bool:
    return any(s <= offset < e for s, e in quoted)


def _phrase(token, skip: set[int]) -> list[int]:
    """The tokens of ``token``'s subtree, without clauses that describe someone else, without
    another person a relation noun names (``relation_of``) and without the tokens in ``skip``
    (the name itself)."""
    out, stack = [], [token]
    while stack:
        t = stack.pop()
        if t.i in skip:
            continue
        out.append(t.i)
        stack.extend(c for c in t.children if c.dep_ not in CUT and not relation_of(c))
    return out


RELATION_WORDS = word_list("quotes", "vocabulary.yaml", "relation_nouns")
KIN_WORDS = word_list("actors", "vocabulary.yaml", "kin_words")
RELATION_NOUNS = KIN_WORDS | RELATION_WORDS


def relation_of(prep) -> bool:
    """True for the "of" of a noun of kinship or personal relation (``kin_words``,
    ``relation_nouns``) whose object is a person's role: "a friend of the Tory leader", "the
    wife of the minister" relate the person described to that role's holder, someone else,
    whose sector is not theirs. Any other noun's "of" is kept ("a member of the party", "chief
    executive of the trust", "the office of the president", "a resident of Oslo"; issue 14
    round 30, branch q62)."""
    if prep.dep_ != "prep" or prep.lower_ != "of":
        return False
    noun = prep.head
    if noun.lower_ not in RELATION_NOUNS and noun.lemma_.lower() not in RELATION_NOUNS:
        return False
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and _role_kind(objects[0]) in ("person", "head")


def related_only(doc, start: int, end: int) -> bool:
    """True when the role mention at characters ``start:end`` is the object of a relation
    noun's "of" (``relation_of``): "Jo Roe, a friend of the Tory leader" is not the leader."""
    span = span_at(doc, start, end)
    return span is not None and len(span) > 0 and span.root.dep_ == "pobj" \
        and relation_of(span.root.head)


def around(doc, first: int, last: int) -> list[int]:
    """Appositions of the name (either way round) and the "of"/"from" phrase after it."""
    name = doc[first:last + 1]
    head = name.root
    skip = set(range(first, last + 1))
    out: list[int] = []
    for c in head.children:
        if c.dep_ == "appos" and c.i not in skip:
            out += _phrase(c, skip)
        if c.dep_ == "prep" and c.lower_ in ("of", "from") and c.i > last:
            out += _phrase(c, skip)
        if c.dep_ == "relcl" and c.i > last:  # "who lives in Oslo", "who is from Norway"
            out += [t.i for p in c.children if p.dep_ == "prep"
                    and p.lower_ in RESIDING.get(c.lemma_.lower(), ()) for t in p.subtree]
        if c.dep_ in ("relcl", "acl") and c.i > last:  # "now working on Labour's campaign"
            out += [t.i for p in c.children if p.dep_ == "prep"
                    and p.lower_ in WORKING.get(c.lemma_.lower(), ()) for t in p.subtree]
    if head.dep_ == "appos" and head.head.i not in skip and _role_kind(head.head) != "body":
        # "X's editorial director, Jo Doe"; not "According to police in Baytown, Jo Doe"
        out += _phrase(head.head, skip | {t.i for t in head.subtree})
    after = last + 1
    if after < len(doc) and doc[after].lower_ in ("of", "from") and after not in out:
        out += _phrase(doc[after], skip)  # the parser hung "from Kenya" on the verb
    if (second := second_subject(doc, head, after)) is not None:
        out += _phrase(second, skip)
    if (before := first_subject(doc, head)) is not None:
        out += _phrase(before, skip)
    if (group := group_subject(head)) is not None:
        out += _phrase(group, skip)
    return out


PLURAL_NOUNS = frozenset({"NNS", "NNPS"})


def group_subject(head):
    """The plural role a named person is one of when a "with" clause singles them out of the
    sentence's subject ("Republican senators attacked the bill, with Jo Roe of Ohio calling
    it ... and Al Poe of Utah calling it ...": "senators"; issue 14 round 34, q73); None when
    the name is no subject of such a clause, the name has a common noun of its own ("with parent
    Jo Roe calling", "Jo Roe, a parent, calling": not one of "Teachers"; review r34c) or the
    subject is no plural person role."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.tag_ != "VBG" or verb.dep_ not in GROUP_CLAUSES \
            or _own_noun(head):
        return None
    main = verb  # the second named is often parsed onto the first's clause
    while main.tag_ == "VBG" and main.dep_ in GROUP_CLAUSES:
        main = main.head.head if main.dep_ == "pcomp" and main.head.lower_ == "with" \
            else main.head
    if main.lower_ == "with" or not any(c.dep_ == "prep" and c.lower_ == "with"
                                        and c.i < head.i for c in main.children):
        return None
    return next((c for c in main.children if c.dep_ == "nsubj" and c.tag_ in PLURAL_NOUNS
                 and _role_kind(c) in ("person", "head") and _role_sector(c)), None)


def _own_noun(head) -> bool:
    """True when the name ``head`` carries a common noun of its own: before it in its phrase
    ("parent Jo Roe") or in apposition ("Jo Roe, a parent"). A noun inside a modifier is not
    the person's: one hanging on another word ("year" of "52-year-old") or closing a hyphenated
    compound ("term" of "first-term"), unless it is a person's role word."""
    return any(_noun_of_name(t) for t in head.subtree if t.i < head.i) or any(
        c.dep_ == "appos" and c.pos_ == "NOUN" for c in head.children)


def _noun_of_name(token) -> bool:
    if token.pos_ != "NOUN":
        return False
    if _role_kind(token) in ("person", "head"):
        return True
    hyphened = token.i > 0 and token.doc[token.i - 1].text == "-"
    return token.head.pos_ == "PROPN" and not hyphened


GROUP_CLAUSES = frozenset({"pcomp", "conj", "advcl"})
"""How a "with" clause's participle hangs: on "with" (``pcomp``), or on the clause before it."""


def _role_sector(token) -> str | None:
    role = role_words().get(token.lemma_.lower()) or role_words().get(token.lower_)
    return role.sector if role is not None else None


def first_subject(doc, head):
    """The head of a role phrase before a comma-enclosed name that the parser made another
    subject of the same verb, not the name's apposition ("Another peer meanwhile, Lord Roe,
    said": "peer" and "Roe" both subjects of "said"; round 33, q71); None when there is none,
    its head is no person's role, or it names a person of its own."""
    comma = head.left_edge.i - 1
    if head.dep_ != "nsubj" or comma < 1 or doc[comma].text != ",":
        return None
    for sibling in head.head.children:
        if sibling.dep_ != "nsubj" or sibling.i >= comma or sibling.right_edge.i != comma - 1:
            continue
        if _role_kind(sibling) != "person" or any(
                t.ent_type_ == "PERSON" for t in sibling.subtree):
            return None
        return sibling
    return None


def second_subject(doc, head, comma: int):
    """The head of a comma-enclosed description right after a subject's name that the parser
    made a second subject of the same verb, not an apposition ("Jo Roe, Tory shadow culture
    and sport secretary, said": "Roe" and "culture" both subjects of "said"; round 32, q69);
    None when there is none or the phrase names a person of its own."""
    if head.dep_ != "nsubj" or comma >= len(doc) - 1 or doc[comma].text != ",":
        return None
    for sibling in head.head.children:
        if sibling.dep_ != "nsubj" or sibling.i <= comma or sibling.left_edge.i != comma + 1:
            continue
        close = sibling.right_edge.i
        if not (doc[close].text == "," or close + 1 < len(doc) and doc[close + 1].text == ","):
            return None
        if any(t.ent_type_ == "PERSON" for t in doc[comma + 1:close + 1]):
            return None
        return sibling
    return None


RESIDING = {"live": ("in", "from"), "reside": ("in",), "hail": ("from",), "come": ("from",),
            "be": ("from",)}
"""Verbs of a relative clause on a person's name that say where they live or come from, with
the prepositions that name the place ("who lives in Oslo"; not "who was in Paris")."""
WORKING = {"work": ("for", "on", "at")}
"""Verbs of a relative clause or participle on a person's name that say whom they work for,
with the prepositions that name the body or its work ("now working on Labour's campaign",
"who works for the Red Cross"; round 33, q71): the person's affiliation."""
PLACING_PREPOSITIONS = frozenset({"in", "before"})


def _placed_in(token) -> list[int]:
    """The place a participle puts a speaking document or account in ("evidence heard in
    court", "papers filed before the tribunal"): its "in"/"before" phrase, which gives the
    unnamed speaker its body (JUD)."""
    out: list[int] = []
    for clause in token.children:
        if clause.dep_ == "acl" and clause.tag_ == "VBN":
            for prep in clause.children:
                if prep.dep_ == "prep" and prep.lower_ in PLACING_PREPOSITIONS:
                    out += [t.i for t in prep.subtree]
    return out


def _role_kind(token) -> str | None:
    role = role_words().get(token.lemma_.lower()) or role_words().get(token.lower_)
    return role.kind if role is not None else None


def person_tokens(doc, start: int, end: int, quoted) -> list[int]:
    """Token indices describing the person named at characters ``start:end``: the title run,
    the words of the span that are no name, appositions and the "of"/"from" phrase."""
    memo = doc_memo(doc, "person_tokens", quoted)  # asked again for each quote of a person
    if (start, end) in memo:
        return list(memo[start, end])
    span = span_at(doc, start, end)
    if span is None or len(span) == 0:
        return []
    named = [t.i for t in span if t.ent_type_ == "PERSON"]
    first, last = (named[0], named[-1]) if named else (span.start, span.end - 1)
    own = [t.i for t in span]  # "Cardinal" of "Cardinal Marc Ouellet"
    found = title_run(doc, span.start, quoted) + own + around(doc, first, last)
    low, high = _paragraph(doc, start, end)
    idx = columns(doc).idx  # ``doc[i].idx`` with no Token built
    memo[start, end] = sorted({i for i in found if low <= idx[i] < high
                               and not _inside(idx[i], quoted)})
    return list(memo[start, end])


def _paragraph(doc, start: int, end: int) -> tuple[int, int]:
    """Character bounds of the paragraph holding ``start:end`` (a heading or pull-quote line
    the parser ran into the name's sentence describes nobody in it)."""
    text = doc_text(doc)
    low = text.rfind("\n", 0, start) + 1
    high = text.find("\n", end)
    return low, high if high >= 0 else len(text)


def is_person(speaker: Speaker, mentions: list[Mention]) -> bool:
    """True when the speaker is a person: named by a PERSON mention, or a name the tagger
    missed (``proper-noun``) or the person named just before (``person-before``)."""
    return speaker.rule in ("person-before", "proper-noun") or (
        speaker.mention is not None and mentions[speaker.mention].label == "PERSON") or (
        "+surname>name" in (speaker.rule or "")) or (  # a name the tagger called an ORG
        "+surname-a-country" in (speaker.rule or ""))  # or a state ("Nikki Holland")


PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "who"})


def mention_chain(index: int, mentions: list[Mention]) -> list[int]:
    """``index`` and the antecedents it leads to (the first full mention last)."""
    out = [index]
    while mentions[out[-1]].antecedent is not None and len(out) < len(mentions):
        nxt = mentions[out[-1]].antecedent
        if nxt in out or not 0 <= nxt < len(mentions):
            break
        out.append(nxt)
    return out


def description_tokens(speaker: Speaker, doc, mentions: list[Mention], quoted) -> list[int]:
    """The description tokens of a named person (at the cue and along the mention chain)
    or of an unnamed speaker's own phrase."""
    if speaker.name is None:  # "The head" of "The head of the police's investigators"
        span = span_of(doc, speaker)
        if span is None or len(span) == 0:
            return []
        low, high = _paragraph(doc, speaker.start, speaker.end)
        found = _phrase(span.root, set()) + _placed_in(span.root)
        idx = columns(doc).idx  # ``doc[i].idx`` with no Token built
        return sorted(i for i in set(found) if low <= idx[i] < high and not _inside(idx[i], quoted))
    spans = [(speaker.start, speaker.end)] if speaker.start is not None \
        and (speaker.text or "").lower() not in PRONOUNS else []  # a pronoun has no title run
    if speaker.mention is not None:  # the mention at the cue and the first full mention
        chain = mention_chain(speaker.mention, mentions)
        spans += [(mentions[i].start, mentions[i].end) for i in {chain[0], chain[-1]}
                  if mentions[i].label == "PERSON" or is_person(speaker, mentions)]
    first = first_full_name(doc, speaker, quoted) if not is_person(speaker, mentions) else None
    if first is not None and first not in spans:  # the tagger missed the person (no chain):
        spans.append(first)  # "Jo Roe, chief executive of the club, ..."; later "Jo Roe said"
    titled = titled_surname(doc, speaker, quoted) if speaker.name else None
    if titled is not None and titled not in spans:  # "Science Minister Lord Fenwick" the
        spans.append(titled)  # tagger missed; later "David Fenwick said" (round 31, q66)
    found = {i for s, e in spans for i in person_tokens(doc, s, e, quoted)}
    if "+surname-a-country" in (speaker.rule or "") and speaker.mention is not None:
        own = mentions[speaker.mention]  # "Nikki Holland": her surname is no country of hers
        idx = columns(doc).idx
        found = {i for i in found if not own.start <= idx[i] < own.end}
    return sorted(found)


TITLES_BEFORE_SURNAME = frozenset({"sir", "dame", "dr", "professor", "prof"})
"""Titles that stand before a bare surname and name one person, beside the peerage's ranks
(``actors/data/vocabulary.yaml`` ``peerage_titles``, "lady" aside: also a knight's wife)."""
SURNAME_TITLE_RE = re.compile(r"\b([A-Z][a-z]+)\.? ([A-Z][\w'-]+)\b")


def titled_surname(doc, speaker: Speaker, quoted) -> tuple[int, int] | None:
    """Character span of the first "<title> <surname>" of a person speaker before their own
    span, outside quotes ("Science Minister Lord Fenwick", before "David Fenwick said"): the
    tagger missed it or ran the title into it, so no coreference chain reaches its title run;
    None otherwise. Titles: the peerage's ranks and ``TITLES_BEFORE_SURNAME``."""
    from detente.actors.parties import PEERAGE_TITLES

    surname = (speaker.name or "").split()[-1] if speaker.name else ""
    if not surname or speaker.start is None:
        return None
    text = doc_text(doc)
    for start, end, word in _surname_titles(doc, text, surname, speaker.start):
        title = word.lower()
        if title == "lady" or (title not in PEERAGE_TITLES and title not in TITLES_BEFORE_SURNAME):
            continue
        if not _inside(start, quoted):
            if _another_of_the_name(text, end, speaker, surname):
                return None
            return start, end
    return None


def _surname_titles(doc, text: str, surname: str, before: int) -> list[tuple[int, int, str]]:
    """(start, end, first word) of the ``SURNAME_TITLE_RE`` matches of
    ``finditer(text, 0, before)`` whose second word is ``surname``, in order, without
    scanning the text again for each speaker: the matches of the whole text are found once
    per document, and those ending by ``before`` are the scan's own (each match and the
    next attempt read no character past the match's end and the one after it); only the
    stretch after the last of them is scanned up to ``before``."""
    memo = doc_memo(doc, "surname_titles", text)
    table = memo.get(0)
    if table is None:
        by_surname: dict[str, list[tuple[int, int, str]]] = {}
        ends: list[int] = []
        for found in SURNAME_TITLE_RE.finditer(text):
            by_surname.setdefault(found.group(2), []).append(
                (found.start(), found.end(), found.group(1)))
            ends.append(found.end())
        table = memo[0] = (by_surname, ends)
    by_surname, ends = table
    done = bisect_right(ends, before)
    tail_from = ends[done - 1] if done else 0
    out = [m for m in by_surname.get(surname, ()) if m[1] <= tail_from]
    out += [(found.start(), found.end(), found.group(1))
            for found in SURNAME_TITLE_RE.finditer(text, tail_from, before)
            if found.group(2) == surname]
    return out


KIN_RE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][a-z]+['’]s)\s+([a-z]+)(?:\s+([a-z]+))?\b")
"""A kin noun owned: "his (estranged) son", "Fenwick's daughter" -- not "the mothers of the
children", nobody's family (review r31f, bug 8)."""
GIVEN_NAME_RE = re.compile(r"\b([A-Z][a-z]+) ([A-Z][\w'-]+)\b")


def _another_of_the_name(text: str, after: int, speaker: Speaker, surname: str) -> bool:
    """The speaker may be someone else of the titled person's family: a kin noun between the
    titled mention and the speaker ("... Lord Fenwick ... his estranged son. Tom Fenwick
    said"), or the surname written earlier with a given name other than the speaker's
    ("Lord Fenwick (Roy Fenwick) ... Tom Fenwick said"; review r31d)."""
    from detente.actors.tables import first_names

    if any(w.group(1) in KIN_WORDS or w.group(2) in KIN_WORDS
           for w in KIN_RE.finditer(text, after, speaker.start)):
        return True
    given = (speaker.name or "").split()[0].lower()
    return any(m.group(2) == surname and m.group(1).lower() in first_names()
               and m.group(1).lower() != given
               for m in GIVEN_NAME_RE.finditer(text, 0, speaker.start))


def first_full_name(doc, speaker: Speaker, quoted) -> tuple[int, int] | None:
    """Character span of the first place outside quotes where the text writes a person
    speaker's full name (two words or more, before the speaker's own span), or None."""
    name = speaker.name or ""
    if len(name.split()) < 2 or speaker.start is None:
        return None
    text = doc_text(doc)
    at = text.find(name)
    while 0 <= at < speaker.start:
        end = at + len(name)
        if not _inside(at, quoted) and (at == 0 or not text[at - 1].isalnum()) \
                and (end >= len(text) or not text[end].isalnum()):
            return at, end
        at = text.find(name, at + 1)
    return None
