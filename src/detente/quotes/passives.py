"""Quoted predicates of an agentless passive cue: words nobody in the text is said to speak.

"The new director is described as "a keen sailor"", "Mr Vale is reported to be "strongly
opposed"", "the rule was called "a disgrace"": the cue is a speech or characterising verb in
the passive with no "by" agent, and the quote is the predicate of its subject (after "as", after
"to be", or the verb's object predicate). The subject is what is described, not who speaks, and
no speaker is named, so ``direct.attribute`` does not make the quote a direct quotation
(issue 14, round 28). The agented form ("was described by the mayor as "a fine idea"") and the
relayed form ("was quoted as saying "..."", whose quote hangs on "saying") stay quotations.
"""

from __future__ import annotations

from detente.quotes.cues import Cue
from detente.resources import word_list

PREDICATE_DEPS = frozenset({"oprd", "attr", "acomp"})
"""Where the parser puts the predicate of a passive subject: "was called "a disgrace"" (oprd),
"is said to be "furious"" (acomp under the infinitive "be")."""


LEGAL_TEXTS = word_list("quotes", "vocabulary.yaml", "legal_texts")


def in_document(doc, cue: Cue) -> bool:
    """The passive cue has an "in" phrase naming a text ("is described in the bill as "..."",
    "was called in the draft law "...""): the quote is that text's wording, a quotation whose
    source is the document, not the unsaid predicate of ``unsaid_predicate`` (issue 14, round
    29). Texts: ``legal_texts``, ``authored_documents`` and the statement nouns of cues.tsv.

    >>> # "The levy is described in the bill as "a fair charge"": True for the cue "described"
    """
    from detente.quotes.statements import AUTHORED_DOCUMENTS, statement_words

    texts = LEGAL_TEXTS | AUTHORED_DOCUMENTS | statement_words()
    verb = doc[cue.head]
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            if any(o.dep_ == "pobj" and o.lower_ in texts for o in prep.children):
                return True
    return False


def _passive_without_agent(verb) -> bool:
    """A passive verb with no "by" phrase anywhere in its clause (the parser sometimes hangs a
    late "by the mayor" on the quoted noun)."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    return not any(t.lower_ == "by" and t.dep_ in ("agent", "prep") for t in verb.subtree)


def _predicate_of(root, verb) -> bool:
    """``root`` (a word of the quote whose head lies outside it) is the predicate of ``verb``'s
    passive subject: "as" + quote, the quote as object predicate, or "to be" + quote."""
    head = root.head
    if root.dep_ == "pobj":
        return head.lower_ == "as" and head.dep_ == "prep" and head.head.i == verb.i
    if root.dep_ not in PREDICATE_DEPS:
        return False
    if head.i == verb.i:
        return True
    return head.lemma_ == "be" and head.dep_ == "xcomp" and head.head.i == verb.i


def unsaid_predicate(doc, cue: Cue, first: int, last: int) -> bool:
    """True when the quote of tokens ``first``..``last`` is the quoted predicate of the
    agentless passive verb of ``cue`` ("is described as "a keen sailor"").

    >>> # "Mr Vale is reported to be "strongly opposed"": True for the cue "reported"
    """
    if cue.entry.kind in ("noun", "phrase"):
        return False
    verb = doc[cue.head]
    if not _passive_without_agent(verb):
        return False
    roots = [t for t in doc[first:last]
             if not first <= t.head.i < last and not (t.is_punct or t.is_space)]
    return bool(roots) and all(_predicate_of(t, verb) for t in roots)
