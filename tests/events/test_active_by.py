"""``arguments.active_by``: whether a "by" child the parser calls a passive agent is a plain
preposition of an active clause ("the leaders spoke by telephone"). One test shared by
``arguments.subject_head`` (passive subjects mark a passive clause) and ``triggers`` (a passive
subject or a passive auxiliary does); made-up dependency shapes, no parser."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from detente.events.arguments import PASSIVE_SUBJECTS, active_by
from detente.events.triggers import ACTIVE_BY_PASSIVE_MARKS


def verb(*deps):
    return SimpleNamespace(children=[SimpleNamespace(dep_=d) for d in deps])


@pytest.mark.parametrize("deps, subject_head, triggers", [
    (("nsubj", "agent"), True, True),                   # "the leaders spoke by telephone"
    (("nsubjpass", "auxpass", "agent"), False, False),  # "Antonov was recalled by Moscow"
    (("agent",), False, False),                         # no subject: a reduced passive
    (("nsubj", "auxpass", "agent"), True, False),       # a misparsed passive: "was" keeps the agent for triggers
    (("nsubj", "csubjpass", "agent"), False, True),     # a clausal passive subject counts for subject_head
])
def test_active_by_per_caller(deps, subject_head, triggers):
    assert active_by(verb(*deps)) is subject_head
    assert active_by(verb(*deps), PASSIVE_SUBJECTS) is subject_head
    assert active_by(verb(*deps), ACTIVE_BY_PASSIVE_MARKS) is triggers
