"""The trainers' grouped cross-validation folds (``events.tuning.grouped_folds``; s36 made the three
trainers' copies of the split one)."""

from __future__ import annotations

from detente.events.tuning import grouped_folds

GROUPS = [f"round3/tune/article-{i}" for i in range(11)]


def test_every_group_is_held_back_once():
    folds = grouped_folds(GROUPS, 5, 0)
    assert len(folds) == 5
    assert sorted(g for fold in folds for g in fold) == sorted(GROUPS)
    assert sorted(len(fold) for fold in folds) == [2, 2, 2, 2, 3]


def test_the_split_depends_on_the_seed_not_on_the_order_given():
    assert grouped_folds(GROUPS, 5, 1) == grouped_folds(reversed(GROUPS), 5, 1)
    assert grouped_folds(GROUPS, 5, 0) != grouped_folds(GROUPS, 5, 1)


def test_a_repeated_group_is_held_back_in_exactly_one_fold():
    """A group given twice is dealt once (review r36c): its rows are scored in one fold only."""
    for seed in range(5):
        folds = grouped_folds(["a", "a", "b", "c", "c", "c"], 3, seed)
        assert sorted(g for fold in folds for g in fold) == ["a", "b", "c"], (seed, folds)


def test_distinct_groups_are_dealt_as_before():
    # near miss: no repeat, the dealing is the sorted groups shuffled by the seed
    assert grouped_folds(["b", "a", "c"], 3, 0) == grouped_folds(["a", "b", "c"], 3, 0)
    assert sorted(g for fold in grouped_folds(GROUPS, 5, 0) for g in fold) == sorted(set(GROUPS))
