"""Coreference reads a paragraph break as a sentence break."""

from detente.actors.coref import sentence_starts
from detente.nlp import parse


def test_a_paragraph_break_starts_a_sentence_after_a_closing_quote():
    doc = next(parse(['She said the plan was "bold."\n\nHe left.']))
    starts = sentence_starts(doc)
    he = next(t.i for t in doc if t.text == "He")
    assert starts[he] == he

