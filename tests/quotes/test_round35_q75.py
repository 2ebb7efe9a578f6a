"""A partial quote nested in reported speech gains the reported clause around it (issue 14, round
35, branch q75; ``quotes/embedded.py``). PolNeAR annotates ``called the plan "a waste"`` as one
reported attribution; detente keeps the quoted fragment (the own gold counts it as a direct quote)
and adds the clause with the same cue and speaker. Near misses: what opens no clause -- the
addressee of ``told``, an adverb of the cue, words ended by a colon, a quote that is the whole
complement. Every sentence is made up."""

from __future__ import annotations

import pytest

from detente.pipeline import code_articles
from detente.quotes.embedded import RULE, embed_partial_quotes
from detente.readers import article_from_text
from tests.quotes.conftest import added_clause

FIRES = [  # (text, the fragment, the words the clause opens with)
    ("The governor has called for the agency to release the \"unedited\" tapes of the hearing.",
     "unedited", "for the agency"),
    ("Ms Ray boasted about how \"easy\" it had become to win the vote.", "easy", "about how"),
    ("The general noted the folly of sending \"a few hundred soldiers here\" into the valley.",
     "a few hundred soldiers here", "the folly"),
    ("Jones repeated his claim that the \"courts are rigged against us\" and left the stage.",
     "courts are rigged against us", "that the"),
]
NEAR_MISSES = [  # (text, the quote): no clause is added
    ("The minister told reporters on Monday, \"We will not resign over this.\"",
     "We will not resign over this."),
    ("The chairman told the local paper simply, \"We lost the vote.\"", "We lost the vote."),
    ("She wondered aloud \"why anyone would vote for such a plan.\"",
     "why anyone would vote for such a plan."),
    ("Then the coach added a warning: \"Nobody in this squad is safe from the axe.\"",
     "Nobody in this squad is safe from the axe."),
    ("The union leader said, \"We will not give in to threats from the board.\"",
     "We will not give in to threats from the board."),
]


def _coded(texts: list[str]):
    inputs = [article_from_text(t, id=str(n), date="2020-01-01") for n, t in enumerate(texts)]
    return list(code_articles(inputs, keep_doc=True))


@pytest.mark.parametrize("text,fragment,opening", FIRES)
def test_a_fragment_nested_in_reported_speech_gains_its_clause(text, fragment, opening):
    [art] = _coded([text])
    quote = next(q for q in art.quotes if q.direct and fragment in q.content)
    added_clause(art, quote, RULE, opening)


@pytest.mark.parametrize("text,words", NEAR_MISSES)
def test_an_addressee_an_adverb_a_colon_or_a_whole_complement_opens_no_clause(text, words):
    [art] = _coded([text])
    assert any(q.direct and q.content.strip() == words for q in art.quotes), \
        [(q.content, q.rule) for q in art.quotes]
    assert not any((q.rule or "").startswith(RULE) for q in art.quotes), \
        [(q.content, q.rule) for q in art.quotes]


def test_the_clause_is_added_once_and_nothing_without_a_parse():
    [art] = _coded([FIRES[2][0]])
    again = embed_partial_quotes(list(art.quotes), art.doc, art.article.text)
    assert again == art.quotes  # the fragment now lies inside its clause: not embedded twice
    plain = [q for q in art.quotes if not (q.rule or "").startswith(RULE)]
    assert embed_partial_quotes(plain, None, art.article.text) == plain
