"""Who speaks through a document with no author at the cue (issue 14).

- ``issuer_before`` (round 22, moved from ``attribute.py``): a definite speech-cue document
  ("The proclamation said") is the one issued by the subject of the nearest issuing verb
  heading a sentence in the ``ISSUER_WINDOW`` sentences before ("Trump declared a national
  emergency"), when that subject is an office or a body; rule ``document>issuer``.
- ``author_before`` (round 27, branch q55): a definite document that is no speech cue ("the
  report urged", "reads the report", "The study says"; ``statements.AUTHORED_DOCUMENTS``)
  is the one whose author an earlier document noun of the ``ISSUER_WINDOW`` sentences names
  explicitly (``statements._document_author``: "A report by the Harbour Committee called
  for ...", "The study was conducted by the Elm Institute"); rule ``document>author-before``.
- ``its_owner`` (round 27, branch q55): a document owned by "its"/"their" ("says its
  report") right after a body spoke (``DOCUMENT_WINDOW`` sentences): that body; rule
  ``document>its-owner``.

The words at the cue stay the document's; the speaker's ``mention`` is the author's (the
antecedent evidence). Classes counted in ``gold/quotes/NOTES-q55.md``.
"""

from __future__ import annotations

from dataclasses import replace

from detente.quotes.cueless import PERSON_PRONOUNS
from detente.quotes.speakertokens import BODY_HEADS
from detente.quotes.statements import AUTHORED_DOCUMENTS, _document_author, statement_words
from detente.records import Speaker
from detente.resources import word_list

DOCUMENT_WINDOW = 2
"""Sentences after its author's last statement that "the ruling said" still names them."""
ISSUER_WINDOW = 4
"""Sentences back in which a document's issuer or author is looked for."""
ISSUING_VERBS = frozenset({"declare", "issue", "sign", "release", "publish", "proclaim",
                           "decree", "enact", "order"})
"""Verbs whose subject issues a document ("Trump declared a national emergency")."""
OWNING = word_list("quotes", "vocabulary.yaml", "owning_possessives")
"""Possessives by which a body owns a document ("its report")."""
DEFINITE = word_list("quotes", "vocabulary.yaml", "definite_determiners")
"""Determiners that make a document noun one named before ("the report")."""
NO_AUTHOR_ENTITIES = ("DATE", "TIME")
"""Entity types of a "from"-phrase that dates a document, naming no author ("a report from
Monday")."""


def a_body(speaker: Speaker | None) -> bool:
    """An office or a body: an actor with a sector other than a private person's."""
    return speaker is not None and speaker.actor is not None \
        and speaker.actor.sector not in (None, "CVL")


def document_speaker(builder, subject, found: Speaker, sentence: int) -> Speaker | None:
    """The author of the document ``subject`` heads when ``found`` (the speaker the subject
    itself gave) has no name and no actor: ``issuer_before`` for a definite speech-cue
    document, else ``author_before`` or ``its_owner`` for a document that is no cue; the
    words at the cue stay ``found``'s. None when nothing names the author."""
    if found.name or found.actor is not None or subject.pos_ != "NOUN" \
            or subject.dep_ != "nsubj":
        return None
    low = subject.lower_
    definite = _definite(subject)
    if low in statement_words():
        got = issuer_before(builder, subject, sentence) if any(
            c.lower_ == "the" and c.dep_ == "det" for c in subject.children) else None
    elif low in AUTHORED_DOCUMENTS:
        got = author_before(builder, subject, sentence) if definite \
            else its_owner(builder, subject, sentence)
    else:
        return None
    if got is None:
        return None
    if got.mention is None and got.rule.endswith("author-phrase"):
        return got  # no mention to point back to: the author's own words are the evidence
    return replace(got, text=found.text, start=found.start, end=found.end)


def issuer_before(builder, noun, sentence: int) -> Speaker | None:
    """The office or body that is the subject of the nearest issuing verb heading a sentence
    in the ``ISSUER_WINDOW`` sentences before ``noun`` (not one in an adjunct: "after the
    WHO declared a pandemic"); rule ``document>issuer``. The nearest issuing verb decides."""
    doc, coded = builder.coded.doc, builder.coded
    for tok in reversed(doc[:noun.i]):
        if sentence - coded.sentence_of(tok.idx) > ISSUER_WINDOW:
            return None
        if tok.pos_ != "VERB" or tok.dep_ != "ROOT" or tok.lemma_.lower() not in \
                ISSUING_VERBS or any(a <= tok.i < b for a, b in builder.quoted):
            continue
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        named = builder._named(subject)
        if named is None or not a_body(named[0]):
            return None
        return replace(named[0], rule=f"document>issuer+{named[0].rule}")
    return None


def author_before(builder, noun, sentence: int) -> Speaker | None:
    """The author the latest earlier document noun (outside quotes, ``ISSUER_WINDOW``
    sentences back) names explicitly ("A report by the Harbour Committee called for ...
    The report urged"; "The study was conducted by the Elm Institute. ... reads the
    report"), when that author is named (a person, an office or a body); rule
    ``document>author-before``. None when no earlier document names its author."""
    doc, coded = builder.coded.doc, builder.coded
    for tok in reversed(doc[:noun.i]):
        if sentence - coded.sentence_of(tok.idx) > ISSUER_WINDOW:
            return None
        if tok.pos_ != "NOUN" or tok.lower_ not in AUTHORED_DOCUMENTS \
                or any(a <= tok.i < b for a, b in builder.quoted):
            continue
        author = _document_author(tok)
        if author is not None and author.ent_type_ in NO_AUTHOR_ENTITIES:
            author = None  # "a report from Monday" is dated, not authored
        if author is None and _definite(tok):
            continue  # "The study accounts for ..." names no author: look further back
        if author is None or author.tag_ == "PRP$":
            return None  # "a new report published on Tuesday", "its own report": another one
        named = builder._named(author)
        got = named[0] if named is not None else phrase_body(builder, author)
        if got is not None:
            return replace(got, rule=f"document>author-before+{got.rule}")
    return None


def phrase_body(builder, author) -> Speaker | None:
    """A definite body the actors stage does not know, named by its own phrase without the
    article ("by the Harbour works committee": Harbour works committee; rule
    ``author-phrase``): its head a body head word (``speakertokens.BODY_HEADS``), a
    capitalised word before it; None otherwise ("by the committee", "by a panel")."""
    words = list(author.doc[author.left_edge.i:author.i + 1])
    if author.lower_ not in BODY_HEADS or len(words) < 3 \
            or words[0].lower_ != "the" or not any(t.is_title for t in words[1:-1]) \
            or any(t.pos_ in ("PRON", "PUNCT") for t in words):
        return None
    sentence = builder.coded.sentence_of(author.idx)
    found = builder.resolver.speaker(author, builder.recent, sentence)
    name = " ".join(t.text for t in words[1:])
    start, end = words[1].idx, author.idx + len(author)
    mention = builder.resolver.mention_at(start, end)  # the evidence: the author's mention
    if mention is None:  # or, with none, the author's own words
        return replace(found, text=name, name=name, start=start, end=end, rule="author-phrase")
    return replace(found, name=name, mention=mention, rule="author-phrase")


def its_owner(builder, noun, sentence: int) -> Speaker | None:
    """The body that spoke in the ``DOCUMENT_WINDOW`` sentences before a document owned by
    "its"/"their" ("The commission says ... "...," says its report"); rule
    ``document>its-owner``. A person who spoke last owns no "its" report, nor does a body
    when another body heads a sentence in between: None then."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    recent = builder.recent
    if owner is None or owner.lower_ not in OWNING or recent is None \
            or not recent.speaker.name or sentence - recent.sentence > DOCUMENT_WINDOW \
            or not a_body(recent.speaker) or _a_person(builder, recent.speaker) \
            or _other_body_between(builder, noun, recent):
        return None
    last = recent.speaker
    return replace(last, rule=f"document>its-owner+{last.rule}")


def _definite(noun) -> bool:
    """A document noun with a definite determiner ("the report", "this study")."""
    return any(c.lower_ in DEFINITE and c.dep_ == "det" for c in noun.children)


def _a_person(builder, speaker: Speaker) -> bool:
    """A speaker who is a person: "he"/"she" at the cue, or a PERSON mention."""
    mentions = builder.coded.mentions
    return speaker.text.lower() in PERSON_PRONOUNS or speaker.mention is not None \
        and mentions[speaker.mention].label == "PERSON"


def _other_body_between(builder, noun, recent) -> bool:
    """A body other than the last speaker is the subject of a sentence after the last
    speaker's sentence, before ``noun`` (outside quotes: "The World Bank disagreed.")."""
    coded, name = builder.coded, recent.speaker.name or ""
    for tok in reversed(coded.doc[:noun.i]):
        if coded.sentence_of(tok.idx) <= recent.sentence:
            return False
        if tok.dep_ == "nsubj" and tok.head.dep_ == "ROOT" and (
                tok.ent_type_ == "ORG" or tok.lower_ in BODY_HEADS) \
                and tok.text not in name and not any(a <= tok.i < b for a, b in builder.quoted):
            return True
    return False
