"""A quote in a sentence whose cue is a parenthetical gains the sentence's reported clause (issue
14, round 36, branch q77; ``quotes/parenthetical.py``). PolNeAR annotates ``In contrast, Ms Lane
said, there seem to be more voters "who ..."`` as one reported attribution; detente keeps the
quoted words (the own gold counts them as a direct quote) and adds the clause with the same cue
and speaker. Near misses: a cue that heads its sentence after a lead-in (``At a rally, the senator
said, "..."``), ``told reporters, "..."``, a split quote. Every sentence is made up."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from detente.quotes.parenthetical import RULE, clause_across, embed_reported
from detente.records import Quote
from tests.quotes.conftest import added_clause
from tests.quotes.test_round35_q75 import _coded

FIRES = [  # (text, the quoted words, the words the clause opens with)
    ("In contrast, Ms Lane said, there seem to be more voters \"who will never change their "
     "minds.\"", "who will never change their minds.", "In contrast"),
    ("Even at best, they write, the reform of the banks has \"produced nothing of value.\"",
     "produced nothing of value.", "Even at best"),
    ("The rivals have been blocking the plan, he said, by spreading a \"false story about the "
     "costs\" that scares investors.", "false story about the costs", "The rivals"),
    ("Back then, the coach said, he found the boy \"very quiet and very polite,\" and also "
     "gifted.", "very quiet and very polite", "Back then"),
]
NEAR_MISSES = [  # (text, the quote): no clause is added across the cue
    ("At a rally in Ohio, the senator said, \"We will win this state.\"",
     "We will win this state."),
    ("In Paris, the minister told reporters, \"We will not resign over this.\"",
     "We will not resign over this."),
    ("Later, the chairman said in an interview, \"We lost the vote.\"", "We lost the vote."),
    ("\"We will win,\" the senator said, \"and we will win big.\"", "and we will win big."),
]


@pytest.mark.parametrize("text,words,opening", FIRES)
def test_a_quote_across_a_parenthetical_cue_gains_the_reported_clause(text, words, opening):
    [art] = _coded([text])
    quote = next(q for q in art.quotes if q.direct and q.content.strip() == words)
    clause = added_clause(art, quote, RULE, opening)
    assert not any(q is not clause and not q.direct and q.cue_start == quote.cue_start
                   for q in art.quotes)  # one reported clause for the cue
    assert embed_reported(art.quotes, art.doc, text) == art.quotes  # a second pass adds nothing


@pytest.mark.parametrize("text,words", NEAR_MISSES)
def test_a_cue_that_heads_its_sentence_or_a_split_quote_gains_no_clause(text, words):
    [art] = _coded([text])
    quote = next(q for q in art.quotes if q.direct and q.content.strip() == words)
    assert clause_across(quote, art.doc, text) is None
    assert not any((q.rule or "").startswith(f"{RULE}<") for q in art.quotes)


def test_no_parse_adds_nothing():
    [art] = _coded([FIRES[0][0]])
    quote = next(q for q in art.quotes if q.direct)
    assert clause_across(quote, None, FIRES[0][0]) is None


def _parsed(first: str, tag: str):
    """A hand-made parse of ``<first> letters , Smith said , " this is proof . "``: the cue
    ``said`` a ``parataxis`` on the main verb ``is``, the fronted words ``advcl`` (a lead-in) or
    ``prep`` on it; the quote ``this is proof .``."""
    words = [first, "letters", ",", "Smith", "said", ",", "\"", "this", "is", "proof", ".", "\""]
    heads = [8, 0, 4, 4, 8, 4, 8, 8, 8, 8, 8, 8]
    deps = ["advcl" if tag == "VBG" else "prep", "dobj" if tag == "VBG" else "pobj", "punct",
            "nsubj", "parataxis", "punct", "punct", "nsubj", "ROOT", "attr", "punct", "punct"]
    tags = [tag, "NNS", ",", "NNP", "VBD", ",", "``", "DT", "VBZ", "NN", ".", "''"]
    spaces = [True, False, True, True, False, True, False, True, True, False, False, False]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, heads=heads, deps=deps, tags=tags)
    text = doc.text
    cue = text.index("said")
    start = text.index("this")
    quote = Quote("this is proof.", start, start + len("this is proof."), True, cue="said",
                  cue_start=cue, cue_end=cue + 4, rule="direct:test")
    return quote, doc, text


def test_fronted_words_about_the_speaking_open_no_clause():
    quote, doc, text = _parsed("Holding", "VBG")  # ``Holding letters, Smith said, "..."``
    assert clause_across(quote, doc, text) is None
    quote, doc, text = _parsed("In", "IN")  # control: ``In letters, Smith said, "..."``
    assert clause_across(quote, doc, text) == (0, len(text))


def test_a_clause_that_opens_with_the_quote_or_lies_in_another_paragraph_gains_nothing():
    """``"this is proof," Smith said, today`` (a quote first: no words of the clause before the
    mark) and the same quote when the parse joins the paragraph before it to its clause."""
    vocab = spacy.blank("en").vocab
    words = ["\"", "this", "is", "proof", ",", "\"", "Smith", "said", ",", "today", "."]
    heads = [2, 2, 2, 2, 2, 2, 7, 2, 7, 2, 2]
    deps = ["punct", "nsubj", "ROOT", "attr", "punct", "punct", "nsubj", "parataxis", "punct",
            "npadvmod", "punct"]
    spaces = [False, True, True, False, False, True, True, False, True, False, False]
    doc = Doc(vocab, words=words, spaces=spaces, heads=heads, deps=deps)
    text = doc.text
    start, cue = text.index("this"), text.index("said")
    quote = Quote("this is proof", start, start + 13, True, cue="said", cue_start=cue,
                  cue_end=cue + 4, rule="direct:test")
    assert clause_across(quote, doc, text) is None
    words2 = ["Talks", "ended", ".", "\n"] + words
    heads2 = [1, 6, 1, 2] + [h + 4 for h in heads]
    deps2 = ["nsubj", "dep", "punct", "dep"] + deps
    doc2 = Doc(vocab, words=words2, spaces=[True, False, False, False] + spaces, heads=heads2,
               deps=deps2)
    text2 = doc2.text
    shift = text2.index("\"")
    quote2 = Quote("this is proof", start + shift, start + shift + 13, True, cue="said",
                   cue_start=cue + shift, cue_end=cue + shift + 4, rule="direct:test")
    assert doc2[6].left_edge.i == 0  # the parse joins the paragraphs
    assert clause_across(quote2, doc2, text2) is None
