"""Headline present tense the tagger read as a noun (issue 13, round 12).

News summaries and headlines tell acts in the present tense: "A Moscow court sentences the
opposition leader to 19 years", "South Korea's parliament votes to impeach the president". The
tagger often takes the third-person verb for a plural noun ("sentences", "votes") and the parser
then builds one long noun phrase with no verb at all: no subject, no object, no act. A reader
sees the verb at once; the parser sees it too when the same word is in the past tense ("A Moscow
court sentenced ..."), which is never a noun.

``repair_headlines`` finds such sentences -- no verb or auxiliary anywhere, and a plural noun
right after a noun whose verb reading is a verb the events lexicon knows -- parses the sentence
again with that one word put in the past tense, and, when the new parse has a single root and
reads the word as a verb, copies the new heads, relations, tags and lemmas into the article's
parse (the word itself becomes a present-tense verb, ``VBZ``, with its verb lemma). Words,
offsets and entities are untouched, so the actors stage's mentions stay valid.

The same repair serves a one-word actor name the tagger read as a verb ("ECOWAS imposed
sanctions on Niger": "ECOWAS" a gerund, the sentence's real verb a modifier): the sentence is
parsed again with a one-word proper name in its place, and the name keeps its own text as lemma.
"""

from __future__ import annotations

from functools import cache

from spacy.attrs import DEP, HEAD, LEMMA, POS, TAG
from spacy.tokens import Doc

from detente.events.fast import verb_lemmas
from detente.nlp import COLUMNS_KEY, HEADS_KEY, SENT_SPANS_KEY, SENTS_KEY, columns, span_of

PARSE_ATTRS = [HEAD, DEP, TAG, POS, LEMMA]
"""Token attributes copied from the new parse."""
REPARSE_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")
"""The pipeline components that give a parse (entities are kept from the first pass)."""
VOWELS = frozenset("aeiou")


def past_form(lemma: str) -> str:
    """A regular past tense of ``lemma`` ("vote" -> "voted", "ban" -> "banned", "rally" ->
    "rallied"); irregular verbs get the regular form, which the tagger still reads as a verb.

    >>> [past_form(w) for w in ("sentence", "ban", "rally", "attack", "visit", "open", "shell")]
    ['sentenced', 'banned', 'rallied', 'attacked', 'visited', 'opened', 'shelled']
    """
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in VOWELS:
        return lemma[:-1] + "ied"
    if sum(c in VOWELS for c in lemma) == 1 and len(lemma) >= 3 and lemma[-1] not in VOWELS | {"w", "x", "y"} and \
            lemma[-2] in VOWELS and lemma[-3] not in VOWELS:
        return lemma + lemma[-1] + "ed"  # one syllable ending consonant-vowel-consonant ("ban", "stop")
    return lemma + "ed"


def headline_verb(sentence, verbs: frozenset[str]) -> tuple[int, str] | None:
    """``(token index, verb lemma)`` of the word a verbless sentence hides its verb in: the first
    plural noun after a noun (the subject's head) whose verb reading is in ``verbs``. In a sentence
    with a verb elsewhere (a participle: "A car bomb detonates near a market, killing nine") only
    the root may hide it (round 14)."""
    verbless = not any(t.pos_ in ("VERB", "AUX") for t in sentence)
    for token in sentence:
        if not verbless and token.dep_ != "ROOT":
            continue
        if token.i == sentence.start or token.tag_ != "NNS" or not token.lower_.endswith("s"):
            continue
        before = token.doc[token.i - 1]
        if before.pos_ not in ("NOUN", "PROPN") or token.i + 1 >= sentence.end:
            continue
        lemma = next((w for w in verb_lemmas(token)[1:] if w in verbs), None)
        if lemma is not None:
            return token.i, lemma
    return None


def base_verb_root(sentence, verbs: frozenset[str]) -> int | None:
    """The index of a plural subject's present-tense verb the tagger read as an adverb or
    adjective at the root ("Anti-government protests erupt across Romania": "erupt" RB), when the
    word is a verb of ``verbs`` and follows a plural noun (round 14)."""
    root = sentence.root
    if root.tag_ not in ("RB", "JJ") or root.i == sentence.start or root.lower_ not in verbs:
        return None
    before = root.doc[root.i - 1]
    return root.i if before.tag_ in ("NNS", "NNPS") and before.dep_ in ("nsubj", "nsubjpass") else None


def base_verb_noun(sentence, verbs: frozenset[str]) -> int | None:
    """The index of a plural subject's present-tense verb the tagger read as a singular noun in a
    sentence whose root is no verb ("Police in Uganda arrest opposition leader X": "arrest" a
    compound noun):
    the first base-form word of ``verbs`` right after a noun, with a plural noun before it, or
    right after a proper name joined to another by "and" (round 14). The new parse must read it as a verb (``repair_headlines``)."""
    plural = joint = False
    cols = columns(sentence.doc)  # the words' tags, read without a Token per word
    tag, lower, pos, dep = cols.tag, cols.lower, cols.pos, cols.dep
    for i in range(sentence.start, sentence.end):
        if i > sentence.start and tag[i] in ("NN", "VB") and lower[i] in verbs and \
                (plural and pos[i - 1] in ("NOUN", "PROPN") or joint and pos[i - 1] == "PROPN"):
            return i
        plural = plural or tag[i] in ("NNS", "NNPS") or lower[i] in PLURAL_NOUNS
        joint = joint or (dep[i] == "cc" and lower[i] == "and")  # "India and Pakistan exchange fire"
    return None


PLURAL_NOUNS = frozenset({"police"})
"""Plural nouns the tagger may tag singular ("Police fire tear gas at ...")."""


NAME_STAND_IN = "Ghana"
"""A one-word proper name the tagger never reads as a verb, put in place of a name it did."""
NAME_LABELS = frozenset({"ORG", "GPE", "PERSON", "NORP"})
"""Mention labels of names (an organisation's acronym, a country, a person)."""


def verb_name(sentence, names: set[int]) -> int | None:
    """The index of a one-word name the tagger read as a verb: a token of an actor's name (in
    ``names``) tagged VERB or AUX, in capitals or capitalised ("ECOWAS imposed sanctions on Niger":
    "ECOWAS" as a gerund, "imposed" as a modifier of "sanctions")."""
    for token in sentence:
        if token.i in names and token.pos_ in ("VERB", "AUX") and token.text[:1].isupper() and \
                (token.i == sentence.start or token.text.isupper()):
            return token.i
    return None


def repair_headlines(doc, nlp, verbs: frozenset[str], names: set[int] = frozenset()) -> int:
    """Re-parse each verbless sentence of ``doc`` whose verb hides in a plural noun, and each
    sentence where a one-word name of an actor (token indices ``names``) was read as a verb (see
    the module); returns how many sentences took the new parse."""
    cols = columns(doc)  # a cheap look first: most sentences have a verb and no name read as one
    found = []
    for sentence in doc.sents:
        start, end = sentence.start, sentence.end
        verbless = not any(p in ("VERB", "AUX") for p in cols.pos[start:end])
        root = sentence.root.i  # one Token for the sentence's root; its tags are read from the columns
        noun_root = not verbless and cols.tag[root] == "NNS"  # "A bomb detonates ..., killing nine"
        if (verbless or noun_root) and "NNS" in cols.tag[start:end] and \
                (hit := headline_verb(sentence, verbs)) is not None:
            found.append((sentence, hit[0], past_form(hit[1]), "VERB", "VBZ", hit[1]))
        elif cols.tag[root] in ("RB", "JJ") and (at := base_verb_root(sentence, verbs)) is not None or \
                (cols.pos[root] not in ("VERB", "AUX") and (at := base_verb_noun(sentence, verbs)) is not None):
            found.append((sentence, at, past_form(doc[at].lower_), "VERB", "VBP", doc[at].lower_))
        elif not verbless and any(cols.pos[i] in ("VERB", "AUX") for i in names if start <= i < end) and \
                (at := verb_name(sentence, names)) is not None:
            found.append((sentence, at, NAME_STAND_IN, "PROPN", "NNP", doc[at].text))
    if not found:
        return 0
    array = doc.to_array(PARSE_ATTRS)
    repaired = 0
    for sentence, at, stand_in, pos, tag, lemma in found:
        words = [t.text for t in sentence]
        words[at - sentence.start] = stand_in
        new = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in sentence])
        for name, component in nlp.pipeline:
            if name in REPARSE_COMPONENTS:
                new = component(new)
        word = new[at - sentence.start]
        if word.pos_ != pos or sum(t.dep_ == "ROOT" for t in new) != 1:
            continue
        rows = new.to_array(PARSE_ATTRS)
        rows[at - sentence.start, 2] = doc.vocab.strings.add(tag)
        rows[at - sentence.start, 4] = doc.vocab.strings.add(lemma)
        array[sentence.start:sentence.end] = rows
        repaired += 1
    if repaired:
        doc.from_array(PARSE_ATTRS, array)
        for key in (COLUMNS_KEY, HEADS_KEY, SENTS_KEY, SENT_SPANS_KEY):  # the columns, heads and sentences read before are stale
            doc.user_data.pop(key, None)
    return repaired


def headline_nlp():
    """The pipeline the articles are parsed with (loaded once per process, shared)."""
    from detente.nlp import load_nlp

    return load_nlp(_parse_exclusions())


@cache
def _parse_exclusions() -> tuple[str, ...]:
    """``pipeline.spacy_exclusions()`` (fixed once the stages are built), worked out once: the
    stage asks for the pipeline on every article."""
    from detente.pipeline import spacy_exclusions  # the pipeline imports this stage

    return spacy_exclusions()


_VERBS: dict[int, frozenset[str]] = {}


def headline_verbs(lexicon) -> frozenset[str]:
    """The verbs a hidden headline verb may be: every verb of the trigger lexicon, the light, the
    reporting and the occurrence verbs (worked out once per lexicon)."""
    if id(lexicon) not in _VERBS:
        verbs = {lemma for pos, lemma in lexicon.triggers if pos == "verb"}
        _VERBS[id(lexicon)] = frozenset(verbs | lexicon.words["light_verbs"] | lexicon.words["reporting"] |
                                        lexicon.words["occurrence_verbs"])
    return _VERBS[id(lexicon)]


def mention_tokens(doc, mentions) -> set[int]:
    """Token indices of one-word names the actors stage resolved to an actor."""
    out = set()
    for mention in mentions:
        if mention.actor is None or mention.label not in NAME_LABELS:
            continue
        span = span_of(doc, mention)
        if span is not None and len(span) == 1:
            out.add(span.start)
    return out


HEADLINE_CONTEXT = "~context"
"""The rule suffix of a doer whose country was read from the one country its sentence names
(``sources.sole_country``)."""


def headline_rows(events: list, home: str | None = None, words: dict | None = None) -> list:
    """The rows of the article's headline line (``nlp.tokens.headline_end``) a reader keeps
    (round 27, branch sb27, gold/events/NOTES-sb27.md): all but those whose doer was given the one
    country the headline names (rule suffix ``~context``) when that country is not the story's
    own (``home``, ``homes.story_countries``). A headline names the foreign country its story is
    about after a bare surname the actors stage left unresolved ("Smith wants Syria pull-out
    timetable", "Jones scorns 'Monaco' taunt"): the country is the topic, not the caller's.

    Round 27 review (``semantics.yaml headline_rows``): with no story country a doer of a sector that
    acts at home (protesters, police, courts) keeps its row ("Protesters storm Iraqi parliament");
    and an armed doer of a hostile act given its target's country is dropped whatever the story
    country: the country came from the object ("Jets strike Syrian airport", Israeli jets)."""
    words = words or {}
    return [e for e in events if HEADLINE_CONTEXT not in e.rule or not (
        _topic_doer(e, home, words) or _object_country(e, words))]


def _topic_doer(event, home: str | None, words: dict) -> bool:
    if home is not None:
        return any(p.country != home for p in event.source)
    return not all(p.sector in words.get("home_sectors", ()) for p in event.source)


def _object_country(event, words: dict) -> bool:
    return event.type in words.get("hostile_types", ()) and \
        any(p.sector in words.get("armed_sectors", ()) for p in event.source) and \
        bool({p.country for p in event.source} & {p.country for p in event.target})
