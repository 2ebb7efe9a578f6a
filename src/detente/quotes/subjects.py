"""Where the speaker stands in the parse: the subject of a cue (climbing from a participle such
as ``emphasising`` to the verb it hangs on, past an inverted or after-quote subject), the one a
report quotes "as saying", the source of a statement, and the token range of the speaker phrase.
``speakers.SpeakerResolver`` resolves what these find to a named speaker. Who issued a
statement (``statement_source``) is in ``statements.py``.
"""

from __future__ import annotations

from functools import lru_cache

from detente.quotes.anaphora import owned_role_name
from detente.quotes.cues import Cue
from detente.quotes.statements import (
    MEDIUM_NOUNS,
    aux_borne,
    document_words,
    outside_quotes,
    statement_source,
    statement_words,
)
from detente.resources import word_list

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
CLIMB_DEPS = frozenset({"advcl", "xcomp", "conj", "ccomp", "pcomp"})
SPAN_DEPS = frozenset({"compound", "flat", "conj", "cc", "poss", "case"})


def _inverted_subject(verb, quoted: list[tuple[int, int]]):
    """A noun right before the verb, when the parser took a word of the quote as subject
    (``"Amazing," Abedin responded``)."""
    for child in verb.lefts:
        if child.pos_ in ("PROPN", "NOUN", "PRON") and outside_quotes(child, quoted) \
                and child.right_edge.i >= verb.i - 2:
            return child
    return None


def subject_of(doc, cue: Cue, quoted: list[tuple[int, int]] = (), direct: bool = True):
    """Token heading the speaker: the cue's subject, the agent of a passive, or the object of
    ``according to`` (for a ``direct`` quote, the named subject of the clause the phrase
    reports: ``_reported_subject``); None when the parse gives none. Words inside ``quoted``
    token ranges are never the speaker.

    >>> from detente.nlp import parse
    >>> doc = next(parse(["Biden told journalists the talks went well."]))
    >>> from detente.quotes.cues import Cue, CueEntry
    >>> subject_of(doc, Cue(CueEntry("tell", "verb", "clause"), 1, 2, 1)).text
    'Biden'
    """
    if cue.entry.kind == "phrase":  # an indirect report's source stays the "according to"
        return _phrase_source(doc, cue, quoted, direct)[0]
    if cue.entry.kind == "noun":
        return statement_source(doc[cue.head], quoted)
    if cue.entry.entry in QUOTING_VERBS:  # "the website quoted X as saying": X speaks
        quoted_one = next((c for c in doc[cue.head].children
                           if c.dep_ in ("dobj", "nsubjpass") and outside_quotes(c, quoted)), None)
        if quoted_one is not None:
            return quoted_one
    found = verb_subject(doc, cue, quoted)
    if is_document(found):
        found = statement_source(found, quoted) or found  # "a statement saying ..."
    return _past_source(found) if found is not None else None


def _phrase_source(doc, cue: Cue, quoted, direct: bool):
    """The speaker of an "according to" cue and whether the person it names spoke over the
    subject of the clause it reports (``person-source``)."""
    found = _according_source(doc, cue, quoted)
    holder = _reported_subject(doc[cue.start], quoted) if direct else None
    if holder is not None and not _person_over_holder(found, holder):
        return holder, False  # "X decided, according to the summary, "...""
    return found, holder is not None


def _climbed_subject(verb, quoted, steps: list[str] | None = None):
    """The subject ``_climb_to_subject`` reaches from a verb cue, kept in the cue's paragraph
    (``_same_paragraph``); ``before-break`` joins ``steps`` when that moved it."""
    steps = steps if steps is not None else []
    found = _climb_to_subject(verb, quoted, steps)
    kept = _same_paragraph(found, verb, quoted)
    if found is not None and found.i > verb.i and kept is not found:
        steps.append("before-break")  # the parser's subject stood in the next paragraph
    return kept


def verb_subject(doc, cue: Cue, quoted):
    """The grammatical subject of a verb cue, before a document is traced to its issuer."""
    found = _climbed_subject(doc[cue.head], quoted)
    found = found if found is not None else _after_quote_subject(doc[cue.head], quoted)
    return found if found is not None else _person_at_cue(doc[cue.head], quoted)


def is_document(token) -> bool:
    return token is not None and token.pos_ == "NOUN" and (
        token.lower_ in statement_words() or token.lower_ in MEDIUM_NOUNS)


EVIDENTIAL_CUES = word_list("quotes", "vocabulary.yaml", "evidential_cues")
UNDERGOING_VERBS = word_list("quotes", "vocabulary.yaml", "undergoing")


def _same_paragraph(subject, verb, quoted):
    """A subject the parser found in an earlier paragraph (a pull quote's "—The mayor of
    London, Sadiq Khan" line run into "Alexis Boon, the head of ..., said"): the first
    name (a person, or a capitalised proper noun the tagger missed) between the paragraph
    break and the cue speaks instead; the subject is kept when there is none. Likewise a
    subject in a later paragraph ('"...," says Jo Roe, a historian ... | The paradox, says
    Al Tan, ...': the parser made Tan the subject of both "says"): the first name after the
    cue and before the break speaks (round 20)."""
    if subject is None:
        return subject
    if subject.i > verb.i:
        return _named_before_break(subject, verb, quoted)
    breaks = [t.i for t in verb.doc[subject.i:verb.i] if t.is_space and "\n" in t.text]
    if not breaks:
        return subject
    for token in verb.doc[breaks[-1] + 1:verb.i]:
        if (token.ent_type_ == "PERSON" or (token.pos_ == "PROPN" and token.is_title)) \
                and outside_quotes(token, quoted):
            while token.dep_ in ("compound", "flat") and token.head.pos_ == "PROPN" \
                    and token.head.i < verb.i:
                token = token.head
            return token
    return subject


def _named_before_break(subject, verb, quoted):
    """The first name after the cue and before the paragraph break that parts the cue from a
    later ``subject``; the subject when no break parts them or no name stands there."""
    breaks = [t.i for t in verb.doc[verb.i:subject.i] if t.is_space and "\n" in t.text]
    if not breaks:
        return subject
    for token in verb.doc[verb.i + 1:breaks[0]]:
        if (token.ent_type_ == "PERSON" or (token.pos_ == "PROPN" and token.is_title)) \
                and outside_quotes(token, quoted):
            while token.dep_ in ("compound", "flat") and token.head.pos_ == "PROPN" \
                    and token.head.i < breaks[0]:
                token = token.head
            return token
    return subject


NOT_SPEAKERS = frozenset({"it", "there", "this", "that"})


@lru_cache(maxsize=1)
def speech_verb_forms() -> frozenset[str]:
    """Every verb form of ``data/cues.tsv`` ("told", "wrote")."""
    from detente.quotes.cues import read_cues
    from detente.resources import data_path

    return frozenset(read_cues(data_path("quotes", "cues.tsv")).verbs)


def outer_reporter(doc, cue: Cue, subject, quoted: list[tuple[int, int]] = ()):
    """Round 21: the subject of the speech verb whose reported clause holds the cue, when the
    cue's own subject is a common noun ("Jo Roe told a magazine the number of cases suggested
    a pattern: "..."": "the number" suggests, Jo Roe speaks); None otherwise (a cue in a main
    clause, under a verb that is no speech verb, a document as the inner subject, an inner verb
    that is no ``evidential_cues`` verb: "the committee concluded" speaks for itself). The
    caller (``attribute._Builder``) takes it only for a direct quote that opens right after a
    colon, when the inner subject names no one (without the colon the rule cost one held-out
    speaker of gold/quotes, aggregate only)."""
    if cue.entry.kind != "verb" or subject is None or subject.pos_ != "NOUN" \
            or subject.ent_type_ or is_document(subject):
        return None
    verb = doc[cue.head]
    if verb.lemma_.lower() not in EVIDENTIAL_CUES:
        return None  # "X said the committee concluded: "..."": the committee speaks
    head = verb.head
    if verb.dep_ != "ccomp" or head.pos_ != "VERB" or head.lower_ not in speech_verb_forms() \
            or not outside_quotes(head, quoted):
        return None
    return next((c for c in aux_borne(head) if c.dep_ == "nsubj" and c.i < head.i
                 and outside_quotes(c, quoted)), None)


def _according_source(doc, cue: Cue, quoted):
    """The object of "according to", traced to the issuer of a statement it names
    ("according to a statement released by Erdogan's office")."""
    found = next((c for c in doc[cue.end - 1].children if c.dep_ == "pobj"), None)
    if found is not None and found.lower_ in document_words():  # round 22: "a memo posted by X"
        found = statement_source(found, quoted) or found
    return found


PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})


def _person_over_holder(source, holder) -> bool:
    """Round 21: a person named as the source of an "according to" speaks over the clause
    subject ``_reported_subject`` would give, when that subject is no person ("According to
    Jo Roe, the festival offers "a second chance""): the quoted words are the person's. A document or an
    outlet as the source ("X decided, according to the summary", "According to the BBC, a
    spokesman ..."), or a person or pronoun as the subject, keeps the subject."""
    if source is None or source.ent_type_ != "PERSON" or source.pos_ != "PROPN":
        return False
    return holder.ent_type_ != "PERSON" and holder.lower_ not in PERSONAL_PRONOUNS \
        and not any(t.ent_type_ == "PERSON" for t in holder.subtree)


def _reported_subject(phrase, quoted):
    """The subject of the clause an "according to" phrase reports ("Colin Sutherland ...
    decided, according to the summary, "..."", "According to the BBC, a spokesman for
    Downing Street expressed disappointment; "...""): the one the report is about speaks,
    not the report; None when the phrase hangs on no verb with a named subject of its own
    ("The fires were, according to the fire service, "..."" stays the service's), nor on
    a verb of what befell the subject (``undergoing``: "X suffered "two deep wounds",
    according to a hospital spokesperson" is the spokesperson's)."""
    verb = phrase.head
    if phrase.dep_ != "prep" or verb.pos_ not in ("VERB", "AUX"):
        return None
    if verb.lemma_.lower() in UNDERGOING_VERBS:  # "X suffered "...", according to a
        return None  # hospital spokesperson": what befell X, in the source's words
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and outside_quotes(c, quoted)
                    and c.i < verb.i), None)
    if subject is None or subject.lower_ in NOT_SPEAKERS:
        return None
    if subject.pos_ == "PRON":
        return subject if subject.lower_ in ("he", "she", "they", "we") else None
    if subject.pos_ == "PROPN" or subject.ent_type_ in ("PERSON", "ORG"):
        return subject
    named = any(t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or t.pos_ == "PROPN"
                for t in subject.subtree if t.i != subject.i)
    return subject if subject.pos_ == "NOUN" and named \
        and subject.lower_ not in statement_words() else None


def _past_source(subject):
    """The parser made the source of an "according to" the subject ("According to ISNA,
    the prosecutor general ... said"): the speaker is what stands in apposition to it."""
    left = subject.left_edge.i
    doc = subject.doc
    if left >= 2 and doc[left - 2].lower_ == "according" and doc[left - 1].lower_ == "to":
        return next((c for c in subject.rights if c.dep_ == "appos"), subject)
    return subject


def _after_quote_subject(verb, quoted: list[tuple[int, int]]):
    """``"...," responded campaign chairman John Podesta`` when the parser gave the name no
    subject role: the noun right after a cue that directly follows a quote."""
    if not any(b <= verb.i <= b + 2 for _, b in quoted):
        return None
    for child in verb.rights:
        if child.pos_ in ("PROPN", "NOUN") and child.left_edge.i <= verb.i + 1:
            return child
    return _name_after(verb, quoted)


def _name_after(verb, quoted: list[tuple[int, int]]):
    """The person named right after a cue the parser hung inside the quote's tree
    (``"..." tweeted Mayor of London Sadiq Khan``, the cue an adjective of "Mayor"): the
    last word of the first PERSON entity before the next verb or sentence end."""
    doc = verb.doc
    for token in doc[verb.i + 1:min(verb.i + 9, verb.sent.end)]:
        if token.pos_ in ("VERB", "AUX") or token.is_quote or not outside_quotes(token, quoted):
            return None
        if token.ent_type_ == "PERSON" and (token.i + 1 >= len(doc)
                                            or doc[token.i + 1].ent_type_ != "PERSON"):
            return token
    return None


def _person_at_cue(verb, quoted: list[tuple[int, int]]):
    """A person the parser gave the cue no role: a name right before it, commas aside
    (""...", Caloundra coach Geoff Ingram said", "the president of the League, Jamel
    Msallem, said"), or the first name after a cue that opens its sentence ("Remarked
    scientist Tierra Curry, "...""), never across another verb or into a quote."""
    doc, sent = verb.doc, verb.sent
    before = next((t for t in reversed(doc[sent.start:verb.i]) if not t.is_punct), None)
    if before is not None and before.ent_type_ == "PERSON" and outside_quotes(before, quoted):
        return before
    described = _described_person(verb, quoted)
    if described is not None:
        return described
    if verb.i == sent.start or all(t.is_punct for t in doc[sent.start:verb.i]):
        for token in doc[verb.i + 1:sent.end]:
            if not outside_quotes(token, quoted):
                continue  # round 22: past the cue's quoted object ("Calling it "a sham",
                # Jo Roe of ... told"), whose words are no subject
            if token.pos_ in ("VERB", "AUX"):
                break
            if token.ent_type_ == "PERSON" and (token.i + 1 >= sent.end
                                                or doc[token.i + 1].ent_type_ != "PERSON"):
                return token
    return None


DESCRIPTION_POS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "ADP", "PUNCT", "NUM", "CCONJ",
                             "PART", "SPACE"})


def _described_person(verb, quoted: list[tuple[int, int]]):
    """A person named before the cue with a description between them that the parser ran
    into another phrase, so the cue has no subject ("Jo Roe of "Safe Harbour", a tenants'
    charity, told reporters"): the last word of the name, when the name is followed by a
    comma or "of", a quoted name stands in the description and only nouns, adjectives,
    prepositions and punctuation besides it stand between the name and the cue (round 22)."""
    doc, sent = verb.doc, verb.sent
    for token in reversed(doc[sent.start:verb.i]):
        if not outside_quotes(token, quoted):
            continue
        if token.ent_type_ == "PERSON":
            after = doc[token.i + 1] if token.i + 1 < verb.i else None
            named = any(token.i < a and b <= verb.i for a, b in quoted)
            return token if named and after is not None and after.lower_ in (",", "of") \
                else None
        if token.pos_ not in DESCRIPTION_POS:
            return None
    return None


def climb_steps(doc, cue: Cue, quoted: list[tuple[int, int]] = (), direct: bool = True) -> list[str]:
    """The round 20 climbing steps (``_climb_to_subject``) that led from a verb cue to its
    speaker, for the speaker's rule: ``reporting-clause`` (a participle hung on a reported
    clause speaks for the reporter), ``nominal-adjective`` ("the 43-year-old asked"),
    ``degree-phrase`` ("went so far as to say"), ``before-break`` (the parser's subject stood
    in the next paragraph: ``_same_paragraph``); round 21: ``person-source`` (a direct
    quote's "according to" a person over a clause subject that is no person:
    ``_person_over_holder``); empty for other cues."""
    if cue.entry.kind == "phrase":
        return ["person-source"] if _phrase_source(doc, cue, quoted, direct)[1] else []
    if cue.entry.kind != "verb":
        return []
    steps: list[str] = []
    _climbed_subject(doc[cue.head], quoted, steps)
    return steps


def _comma_set(word) -> bool:
    """A comma right before ``word``, or right before the one closing quote mark before it
    (``could be "messy," adding``: the comma inside the marks; round 21)."""
    doc, i = word.doc, word.i - 1
    if i > 0 and doc[i].is_quote and doc[i].text not in OPENING_MARKS:
        i -= 1
    return i >= 0 and doc[i].text == ","


OPENING_MARKS = frozenset({"“", "‘", "«"})


def _reported_clause_of(verb, cue_verb, came_by: str, quoted):
    """The reporting verb over a reported clause that a participle cue hangs on ("Byrne also
    wrote the agents knew of them, saying, "...""): the participle is the reporter's, not the
    clause subject's. None unless the cue is a comma-set participle reached by ``advcl`` and
    ``verb`` is the ``ccomp`` of a verb with a subject of its own outside the quotes."""
    if came_by != "advcl" or cue_verb.tag_ != "VBG" or verb.dep_ != "ccomp" \
            or verb.head.pos_ not in ("VERB", "AUX") or not _comma_set(cue_verb):
        return None
    if verb.lower_ in speech_verb_forms():
        return None  # "the daily wrote, adding": the clause verb is itself the cue's speech
    doc = verb.doc
    low, high = sorted((verb.head.i, cue_verb.i))
    if any("\n" in t.text for t in doc[low:high]):
        return None  # a parse run over a paragraph break
    outer = [c for c in verb.head.children if c.dep_ in SUBJECT_DEPS and outside_quotes(c, quoted)]
    return verb.head if outer else None


def _nominal_adjective(verb):
    """An adjective used as a noun that the parser made the root with the cue hung on it as a
    clause ("the 43-year-old asked": ``asked`` an ``acl`` of ``old``): the adjective, when a
    determiner makes it a noun phrase; None otherwise."""
    head = verb.head
    if verb.dep_ != "acl" or head.pos_ != "ADJ" or head.i >= verb.i:
        return None
    return head if any(c.dep_ == "det" for c in head.children) else None


def _climb_to_subject(verb, quoted: list[tuple[int, int]], steps: list[str] | None = None):
    climbed, came_by = False, ""
    cue_verb = verb
    passive_cue = any(c.dep_ == "auxpass" for c in verb.children)  # "she was observed"
    steps = steps if steps is not None else []
    for _ in range(4):
        inside = not outside_quotes(verb, quoted)  # "..., further saying": a participle the parser
        subjects = [] if inside else [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if not subjects and not inside:  # "The ministry has, in a statement, urged"
            subjects = [c for c in aux_borne(verb) if c.dep_ in SUBJECT_DEPS]
            if subjects:
                steps.append("aux-subject")
        if climbed and _expletive(verb, subjects):
            subjects = []  # "told reporters it was wrong to fault ...": who told
        reporter = _reported_clause_of(verb, cue_verb, came_by, quoted) if subjects else None
        if reporter is not None:  # "wrote the agents knew ..., saying": who wrote
            steps.append("reporting-clause")
            verb, came_by = reporter, "ccomp"
            continue
        if subjects:  # hung on a verb of the quote climbs on to the quote's own cue
            outside = [c for c in subjects if outside_quotes(c, quoted)]
            found = _named_first(outside) if outside else _inverted_subject(verb, quoted)
            found = _person_before_place(verb, found) or found
            found = owned_role_name(found) or found  # "Elm College, Avon's dean, Jo Tan"
            return _reflexive_named(found) or _participle_owner(verb, found, quoted) or found
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is not None:
            return next((c for c in agent.children if c.dep_ == "pobj"), None)
        if not climbed:
            late = _late_agent(verb, quoted)
            if late is not None:  # "was declared a "pandemic" by the WHO"
                return late
        raised = _raised_subject(verb, came_by, quoted) if climbed and not passive_cue \
            else None
        if raised is not None:  # "X is alleged to have said", "X was quoted in Y saying"
            return raised
        nominal = _nominal_adjective(verb) if not climbed else None
        if nominal is not None and outside_quotes(nominal, quoted):
            steps.append("nominal-adjective")  # "the 43-year-old asked"
            return nominal
        if climbed and verb.dep_ == "advmod" and verb.head.pos_ in ("VERB", "AUX") \
                and came_by == "advcl":  # "went so far as to say": who went
            steps.append("degree-phrase")
            verb = verb.head
            continue
        if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
            if not _act_object(verb.head):
                return verb.head  # "a statement saying", "a man saying"
            verb = verb.head.head  # "explained the decision ... saying": who explained
            continue
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            quoted_one = quoted_as_saying(verb)
            if quoted_one is not None:  # "Politico quoted X as saying": X speaks
                return quoted_one
            verb = verb.head.head
            continue
        if verb.dep_ not in CLIMB_DEPS or verb.head.i == verb.i:
            return None
        came_by = verb.dep_
        verb, climbed = verb.head, True
    return None


RAISING_PASSIVES = word_list("quotes", "vocabulary.yaml", "raising_passives")
EMPTY_SUBJECTS = frozenset({"it", "there", "this", "that"})


def _raised_subject(verb, came_by: str, quoted: list[tuple[int, int]]):
    """The passive subject of the verb a cue hangs on, when it is the cue's own subject: an
    infinitive or participle under a passive verb with no agent ("Ron Hale is alleged to have
    said", "Ms Vale was quoted in the Courier saying"): an infinitive under a verb of
    ``raising_passives`` only ("Red notices are used to ask" is no one's asking), a
    participle under any ("was arrested in May, saying"); None for an empty "it" ("it was
    reported ... saying"), a subject inside a quote, or a conjunct (the parser links
    unrelated clauses so: "how elections are financed and vowed to ...")."""
    if not any(c.dep_ == "auxpass" for c in verb.children) or not (
            came_by == "advcl" or (came_by == "xcomp"
                                   and verb.lemma_.lower() in RAISING_PASSIVES)):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.lower_ in EMPTY_SUBJECTS or not outside_quotes(subject, quoted):
        return None
    return subject


def _late_agent(verb, quoted: list[tuple[int, int]]):
    """The agent of a passive cue that the parser hung inside the quoted words ("was
    announced to be a "pandemic" by the World Health Organization": "by" under "pandemic"):
    the object of a "by" right after the quote's closing mark, in the cue's own subtree;
    None when the cue is not passive or no such phrase follows."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    doc = verb.doc
    for _, end in quoted:
        if not verb.i < end < verb.sent.end:
            continue
        by = doc[end] if doc[end].lower_ == "by" else (
            doc[end + 1] if doc[end].is_quote and end + 1 < verb.sent.end
            and doc[end + 1].lower_ == "by" else None)
        if by is None or by.dep_ not in ("prep", "agent") or verb not in by.ancestors:
            continue
        found = next((c for c in by.children if c.dep_ == "pobj"), None)
        if found is not None and (found.pos_ == "PROPN" or found.ent_type_):
            return found
    return None


REFLEXIVES = frozenset({"itself", "himself", "herself", "themselves"})


def _reflexive_named(subject):
    """The name the parser hung on an intensive reflexive it took for the subject ("In the
    filing itself Ford also made this point, writing "..."": Ford); None otherwise."""
    if subject is None or subject.lower_ not in REFLEXIVES:
        return None
    return next((c for c in subject.children if c.dep_ == "appos"), None)


def _participle_owner(verb, subject, quoted: list[tuple[int, int]]):
    """A participle cue the parser gave a possessed thing for subject ("The governor tweeted
    her reasoning saying, "..."": the reasoning does not speak): the subject of the verb it
    hangs on, else the owner ("her"); None when the subject is a role, a statement or a
    medium, or has no owner."""
    from detente.quotes.describe import role_words

    if subject is None or verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp") \
            or subject.pos_ != "NOUN" or subject.ent_type_:
        return None
    low, word = subject.lower_, subject.lemma_.lower()
    if role_words().get(word) or role_words().get(low) or low in statement_words() \
            or word in statement_words() or low in MEDIUM_NOUNS:
        return None
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    if owner is None:
        return None
    main = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")
                 and outside_quotes(c, quoted)), None)
    return main if main is not None else owner


def _expletive(verb, subjects: list) -> bool:
    """An "it" that only holds the place of a clause ("it was wrong to fault them", "it is
    hard to say"): the subject of a copula reached by climbing from the cue, so no speaker."""
    return len(subjects) == 1 and subjects[0].lower_ == "it" and verb.lemma_ == "be"


def _person_before_place(verb, subject):
    """The person the parser left without a role when it took the place closing their
    body's name for the subject ("Jo Roe of the University of California, Los Angeles
    disagreed": Roe, not Los Angeles): a person hanging on the same verb (or on the verb
    after it that the parser made its head, or the person the verb hangs on) whose "of"
    phrase ends at the comma right before the subject; None otherwise."""
    comma = subject.left_edge.i - 1 if subject is not None else -1
    if comma < 1 or subject.doc[comma].text != "," or not subject.ent_type_:
        return None
    hung = list(verb.children)
    if verb.dep_ in ("ccomp", "conj") and verb.head.i > verb.i:  # "...: "the quote"": the
        hung += verb.head.children  # parser hung the clause and its person on the quote's verb
    if verb.dep_ == "parataxis" and verb.head.i < verb.i:  # or the clause on the person
        hung.append(verb.head)
    return next((c for c in hung if c.i < comma and c.ent_type_ == "PERSON"
                 and c.dep_ in ("npadvmod", "dep", "nsubj")
                 and any(p.dep_ == "prep" and p.right_edge.i == comma - 1
                         for p in c.children)), None)


def _act_object(noun) -> bool:
    """A participle the parser hung on the object of a verb ("explained the decision to ban
    the players saying, "...""): the object is an act or thing, no statement, medium,
    name or role of someone who could speak, so the participle belongs to the verb."""
    from detente.quotes.describe import role_words

    if noun.dep_ != "dobj" or noun.pos_ != "NOUN" or noun.ent_type_:
        return False
    word = noun.lemma_.lower()
    role = role_words().get(word) or role_words().get(noun.lower_)
    return role is None and noun.lower_ not in statement_words() \
        and word not in statement_words() and noun.lower_ not in MEDIUM_NOUNS


QUOTING_VERBS = word_list("quotes", "vocabulary.yaml", "quoting")
def quoted_as_saying(verb):
    """The one a report quotes ("Politico quoted Tim Manning ... as saying", "the minister
    was quoted by Reuters as saying"): the object, or passive subject, of a quoting verb
    whose "as" phrase holds the cue; None otherwise."""
    prep = verb.head
    quoting = prep.head
    if prep.lower_ != "as" or quoting.lemma_.lower() not in QUOTING_VERBS:
        return None
    return next((c for c in quoting.children if c.dep_ in ("dobj", "nsubjpass")), None)


def _named_first(subjects: list):
    """Of several subjects the parser gave one cue (a hyphenated role broken apart: "said
    study co-author Professor Carl Lipo" has ``co``, ``-`` and ``Lipo``), the proper noun."""
    if len(subjects) > 1:
        named = [c for c in subjects if c.pos_ == "PROPN" or c.ent_type_ == "PERSON"]
        if named:
            return named[-1]
        if all(b.i == a.i + 1 for a, b in zip(subjects, subjects[1:], strict=False)):
            return subjects[-1]  # "co", "-", "author": the compound's last word heads it
    return subjects[0]


def speaker_span(subject) -> tuple[int, int]:
    """Token range of the speaker phrase: modifiers to the left, names and conjuncts to the right."""
    left = subject.left_edge.i
    stops = [t.i for t in subject.doc[left:subject.i]
             if (t.is_space and "\n" in t.text) or t.is_quote]
    if stops:  # a subtree the parser ran over a paragraph break or into a quote
        left = stops[-1] + 1
    while left < subject.i and (subject.doc[left].is_punct or subject.doc[left].is_space):
        left += 1
    right = subject.i
    for child in subject.rights:
        if child.dep_ in SPAN_DEPS:
            right = max(right, child.right_edge.i if child.dep_ == "conj" else child.i)
    return left, right + 1
