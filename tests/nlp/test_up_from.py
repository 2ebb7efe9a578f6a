"""``nlp.up_from``: the walk up the parse the events rules share (round 21): a token and its
heads, a step cap at most, ending at the root by index."""

from __future__ import annotations

from types import SimpleNamespace

from detente.nlp import up_from


def chain(n):
    """Tokens 0..n-1, each the head of the one after it (token 0 the root)."""
    tokens = [SimpleNamespace(i=i) for i in range(n)]
    for t in tokens:
        t.head = tokens[max(t.i - 1, 0)]
    return tokens


def test_the_walk_ends_at_the_root():
    tokens = chain(3)
    assert [t.i for t in up_from(tokens[2], 6)] == [2, 1, 0]


def test_the_walk_stops_at_its_step_cap():
    tokens = chain(10)
    assert [t.i for t in up_from(tokens[9], 3)] == [9, 8, 7]


def test_a_root_is_its_own_walk():
    tokens = chain(1)
    assert [t.i for t in up_from(tokens[0], 4)] == [0]
