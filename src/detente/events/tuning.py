"""The own gold's tuning halves every learned events model trains on (build time only).

One list for the three trainers (``verifier_train``, ``argument_model_train``,
``trigger_model_train``), so a new tune half is added once and ``make event-model``,
``make argument-model`` and ``make trigger-model`` all read it. Only dev and tune halves: never a
check or held-out half, and never the round's untouched measures (``bbc5``, ``bbc6``). A BBC
article kept outside the repository whose file is absent is skipped (``evaluate.articles.read_gold``).
"""

from __future__ import annotations

import random
from collections.abc import Iterable

BEFORE_ROUND31 = ("gold/events/dev.jsonl", "gold/events/round2/dev.jsonl", "gold/events/round3/tune.jsonl",
                  "gold/events/round4/tune.jsonl", "gold/events/round5/tune.jsonl", "gold/events/round6/tune.jsonl",
                  "gold/events/round8/tune.jsonl", "gold/events/round9/tune.jsonl", "gold/events/round10/tune.jsonl",
                  "gold/events/round11/tune.jsonl", "gold/events/round12/tune.jsonl",
                  "gold/events/round13/tune.jsonl")
"""The tuning halves of rounds up to 25 (the verifier's and trigger model's list until round 31)."""

ROUND31 = ("gold/events/round14/tune.jsonl", "gold/events/round15/tune.jsonl", "gold/events/bbc3/tune.jsonl",
           "gold/events/bbc4/tune.jsonl")
"""Added in round 31 (branch m65, issue 13 item 5): the round-14 and round-15 tune halves and the
bbc3 and bbc4 TUNE halves (their check halves, bbc5 and bbc6 stay unread)."""

OWN_TUNING = BEFORE_ROUND31 + ROUND31
"""Every own gold tuning half, in a fixed order (the trainers are deterministic in it)."""

__all__ = ["BEFORE_ROUND31", "OWN_TUNING", "ROUND31", "group_prefix", "grouped_folds", "in_files"]


def group_prefix(file: str) -> str:
    """The trainers' group prefix of a tuning file's articles (``round3/tune``; ``events/dev``)."""
    parts = file.rsplit("/", 2)
    return f"{parts[-2]}/{parts[-1].removesuffix('.jsonl')}"


def in_files(group: str, files: tuple[str, ...]) -> bool:
    """Whether an article group (``round3/tune/<id>``) comes from one of ``files``; ``--train-before31``
    trains the cross-validation folds on the earlier list only, to compare with the same held-back folds."""
    return group.rsplit("/", 1)[0] in {group_prefix(f) for f in files}


def grouped_folds(groups: Iterable[str], folds: int, seed: int) -> list[set[str]]:
    """The held-back groups of each fold of the trainers' grouped cross-validation: the groups
    (articles, records) sorted, shuffled by ``seed`` and dealt out in turn, so an article's rows
    are never both trained on and scored; a group given twice is dealt once, so it is held back in
    exactly one fold (review r36c).

    >>> grouped_folds(["a", "b", "c"], 3, 0) == grouped_folds(["c", "b", "a"], 3, 0)
    True
    """
    order = sorted(set(groups))
    random.Random(seed).shuffle(order)
    return [set(order[k::folds]) for k in range(folds)]
