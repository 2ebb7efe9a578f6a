"""Which antecedents a speaker pronoun may not take, and the actor of a person named again
(issue 14, round 14).

- ``AntecedentRules.link_through_quote``: a pronoun outside quotes whose coreference chain
  passes through a mention inside a quote ("he" > "The regulator" in the quote just before >
  "an area regulator" in the lead): the link went through words someone said, so it is not
  who speaks (``speakers._from_mention`` already refused a chain that *ends* in a quote).
- ``in_own_complement``: a subject pronoun of a reporting verb never names a person inside
  the clause it reports, fronted or not ("But Mr Blair had been "hurt", he added"; Principle C
  of binding theory holds under fronting): the speaker is someone else.
- ``unfit_antecedent``: a "he"/"she" linked to a place, or to the predicate noun of a copula
  ("Mr Holt became an MP at 27. He said": he is Mr Holt, not "an MP").
- ``AntecedentRules.speaker_over_role``: a "he"/"she" the actors stage linked to a role no
  name goes with ("their own area regulator"), right after a quote of a named speaker (the
  sentence before or its own): the speaker just quoted ("Jan Holt said: "..." "...," she
  warned").
- ``AntecedentRules.reporter_over_reported``: a "he"/"she" the actors stage linked to a
  person who is no subject in the sentence before, when that sentence's words were
  attributed to another named person ("Others on the list include Ana Roe and Tom Bell,
  campaign chief Mark Hale said. He said": Hale, not Roe or Bell): the reporter of the
  sentence before is its topic, not the people named in what was reported (round 30, q63);
  not when the pronoun's sentence names the act done to the linked person with the pronoun's own
  possessive ("He said he would appeal against his expulsion"; review r30c).
- ``AntecedentRules.named_actor``: the actor of a person named again by the previous-subject
  and person-before fallbacks (they gave the name only): the latest mention of that name
  before the pronoun, through its chain ("Tory spokesman David Dale warned ... "...," he
  told": GBR OPP as the first mention has it).

``AntecedentRules`` is mixed into ``speakers.SpeakerResolver``; it reads the resolver's
``doc``, ``mentions``, ``_quoted`` and ``_root``.
"""

from __future__ import annotations

from dataclasses import replace

from detente.actors.tables import first_names
from detente.nlp import span_of
from detente.records import Actor, Speaker

REPORTED_DEPS = frozenset({"ccomp", "parataxis"})
"""How a reporting verb hangs on the clause it reports, or that clause on it (a fronted
report: "X had been hurt, he added" parses the cue as the report's ccomp or parataxis)."""
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
PREDICATE_DEPS = frozenset({"attr", "oprd"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def last_mention_label(mentions, speaker) -> str | None:
    """The label of the mention that named ``speaker``; None when there is none."""
    at = speaker.mention
    return mentions[at].label if at is not None and 0 <= at < len(mentions) else None


class AntecedentRules:
    """Checks on a pronoun's coreference chain, and the actor of a person named again."""

    def _unfit_chain(self, found: int, index: int, subject) -> bool:
        """A pronoun's chain that passes through a quote, names someone inside the clause
        the pronoun reports, or links a "he"/"she" to a place or a predicate noun."""
        if not self._quoted(self.mentions[found]) and self.link_through_quote(found, index):
            return True
        first = self.mentions[found].antecedent
        chain = [m for m in (first, index) if m is not None and 0 <= m < len(self.mentions)]
        return any((self.mentions[m].label != "PRON"  # "When she was cast, "...", she told"
                    and in_own_complement(subject, self.mentions[m].start))
                   or unfit_antecedent(self.doc, self.mentions[m], subject) for m in chain)

    def _with_actor(self, speaker: Speaker, head) -> Speaker:
        """A person named again by a fallback, with the actor of the latest mention of
        that name (``named_actor``)."""
        got = self.named_actor(speaker.name, head)
        if got is None:
            return speaker
        return replace(speaker, actor=got[1], mention=got[0], rule=f"{speaker.rule}+actor")

    def link_through_quote(self, found: int, index: int) -> bool:
        """True when a mention between ``found`` (outside quotes) and its chain's root
        ``index`` lies inside a quote."""
        seen = {found}
        current = found
        while current != index:
            current = self.mentions[current].antecedent
            if current is None or current in seen or not 0 <= current < len(self.mentions):
                return False
            seen.add(current)
            if current != index and self._quoted(self.mentions[current]) \
                    and self.mentions[current].label != "PRON":
                return True  # a quoted pronoun ("I", "he") of the same chain is no new referent
        return False

    def speaker_over_role(self, named, head, recent, sentence: int):
        """The speaker just quoted (in ``head``'s sentence or the one before) for a
        "he"/"she" whose chain ended in an unnamed role, when that speaker is named and no
        name of theirs marks the other gender; None otherwise."""
        from detente.quotes.names import gender_of

        if head.lower_ not in ("he", "she") or recent is None or not recent.speaker.name \
                or sentence - recent.sentence > 1:
            return None
        wanted = {"he": "m", "she": "f"}[head.lower_]
        got = gender_of(recent.speaker.name)
        if got is not None and got != wanted:
            return None
        if last_mention_label(self.mentions, recent.speaker) != "PERSON" \
                and recent.speaker.name.split()[0].lower() not in first_names():
            return None  # "described as "knife-obsessed" by the police. He told her": no body
        if named.mention is not None and recent.speaker.start is not None and 0 <= \
                named.mention < len(self.mentions) \
                and self.mentions[named.mention].start > recent.speaker.start:
            return None  # the role was named after the speaker: "A party spokesman ..."
        last = recent.speaker
        return replace(named, name=last.name, actor=last.actor or named.actor,
                       mention=last.mention, rule="recent-speaker:over-role")

    def reporter_over_reported(self, named, head, recent):
        """The speaker of the sentence right before ``head``'s, for a "he"/"she" subject the
        actors stage linked to another person named in that sentence who is no subject
        there (an object or a list member of what was reported, where a parse that hung
        the reporter on the list left the sentence without a main subject); None otherwise
        (the same person, another gender, a speaker named elsewhere, a body)."""
        if head.lower_ not in ("he", "she") or head.dep_ not in SUBJECT_DEPS \
                or recent is None or not recent.speaker.name or named.mention is None \
                or not 0 <= named.mention < len(self.mentions) or head.sent.start == 0:
            return None
        last = recent.speaker
        if last.start == named.start and "over-reported" in (last.rule or ""):
            return replace(named, name=last.name, actor=last.actor or named.actor,
                           mention=last.mention, rule="recent-speaker:over-reported")  # the
            # same cue's other quote (its reported clause, then its quoted words)
        before = self.doc[head.sent.start - 1].sent
        linked = self.mentions[named.mention]
        inside = range(before.start_char, before.end_char)
        if last.start not in inside or linked.start not in inside or self._quoted(linked) \
                or _same_words(last.name, named.name or linked.text):
            return None
        span = span_of(self.doc, linked)
        if span is None or not len(span) or span.root.dep_ in SUBJECT_DEPS:
            return None
        if not any(m.label == "PERSON" and m.start in inside and _same_words(m.text, last.name)
                   for m in self.mentions):
            return None  # a body reported it: "he" is no body
        if _speaks_of_own_undergoing(head, span.root):
            return None  # "... expelled X, Z said. He said he would appeal against his expulsion"
        from detente.quotes.names import gender_of
        got = gender_of(last.name)
        if got is not None and got != {"he": "m", "she": "f"}[head.lower_]:
            return None
        return replace(named, name=last.name, actor=last.actor or named.actor,
                       mention=last.mention, rule="recent-speaker:over-reported")

    def named_actor(self, name: str | None, head) -> tuple[int, Actor] | None:
        """(mention index, actor) of the latest PERSON mention before ``head`` that names
        ``name`` (its last word), with the actor its chain resolved; None when there is none
        or no actor."""
        words = (name or "").split()
        if not words:
            return None
        best = None
        for i, m in enumerate(self.mentions):
            if m.start >= head.idx or m.label != "PERSON" or self._quoted(m):
                continue
            if m.text.split()[-1:] != words[-1:] and m.text != name:
                continue
            root = self.mentions[self._root(i)]
            actor = m.actor if m.actor is not None and m.actor.sector else root.actor
            if actor is not None and actor.name and words[-1] not in actor.name.split():
                continue  # "Senator Ann Roe and Tom Bell": the tagger's span, Roe's actor
            if actor is not None and (actor.country or actor.sector):
                if best is None or m.start > self.mentions[best[0]].start:
                    best = (i, actor)
        return best


OWN_POSSESSIVE = {"he": "his", "she": "her"}
NOMINAL_ENDINGS = ("ion", "ment", "al", "ing", "ure")
"""Endings of a noun that names a verb's act ("expulsion", "dismissal", "sacking", "arrest" is
the verb itself)."""


def _speaks_of_own_undergoing(pronoun, reported) -> bool:
    """True when ``pronoun``'s sentence names, with the pronoun's own possessive, the act the
    sentence before did to the person it linked ("The party expelled Tom Bell, its chairman said.
    He said he would appeal against his expulsion": his expulsion is the act done to Bell, who
    speaks; review r30c): a noun of that verb (the verb's word, or a noun of its first three
    letters with an ending of an act's noun). The reported person is then the speaker, as the
    actors stage linked him."""
    verb = reported
    for _ in range(4):  # "expelled councillors | Tom Bell and Joe Kerr": up to the verb
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ != "VERB":
        return False
    act = verb.lemma_.lower()
    own = OWN_POSSESSIVE.get(pronoun.lower_)
    for token in pronoun.sent:
        if token.lower_ != own or token.dep_ != "poss" or token.head.pos_ != "NOUN":
            continue
        noun = token.head.lemma_.lower()
        if noun == act or (noun[:3] == act[:3] and len(act) > 3 and noun.endswith(NOMINAL_ENDINGS)):
            return True
    return False


def _same_words(one: str, other: str) -> bool:
    """Every word of the shorter name is in the longer ("Hale", "Mark Hale")."""
    a, b = sorted((one.lower().split(), other.lower().split()), key=len)
    return bool(a) and all(w in b for w in a)


def in_own_complement(pronoun, start: int) -> bool:
    """True when the character ``start`` lies in the clause the pronoun's reporting verb
    reports: a ccomp of the verb, or the clause the verb hangs on as ccomp or parataxis
    when that clause comes first ("Mr Blair had been "hurt", he added")."""
    if pronoun.dep_ != "nsubj" or pronoun.lower_ not in ("he", "she"):
        return False
    verb = pronoun.head

    def inside(token) -> bool:
        return any(t.idx <= start < t.idx + len(t) for t in token.subtree)

    if any(c.dep_ == "ccomp" and inside(c) for c in verb.children):
        return True
    host = verb.head
    if verb.dep_ in REPORTED_DEPS and host.i != verb.i and host.i < pronoun.i:
        own = {t.i for t in verb.subtree}
        return any(t.idx <= start < t.idx + len(t) for t in host.subtree if t.i not in own
                   and t.i < pronoun.i)
    return False


def unfit_antecedent(doc, mention, pronoun) -> bool:
    """True when a "he"/"she" is linked to a place, or to a mention whose head is the
    predicate of a copula or of "became" ("an MP" in "became an MP")."""
    if pronoun.lower_ not in ("he", "she"):
        return False
    if mention.label in PLACE_LABELS:
        return True
    span = span_of(doc, mention)
    return span is not None and len(span) > 0 and span.root.dep_ in PREDICATE_DEPS
