"""The article's main country: the country its actor mentions name most.

Both stages that need it count the same way (``actors/coref.main_country`` over resolved
phrases, for an office the text gives without its country; ``quotes/context.main_country`` over
the finished mentions, for a speaker with a sector and no country): each stage keeps its own
filter of what may count, and ``most_named`` does the counting. Copies of one description of
one antecedent (rule ``coref:definite>...``, the same wording) count once together: "the
airline" said five times after "the Irish airline" is one more naming of Ireland, not five
(review r33d, bug 3; round 34's a67 for the actors stage, round 35's q74 for the quotes stage).
Unlike the withdrawn f84 mend, the copies still count once, as a second description would.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable

COPY_RULE = "coref:definite>"
"""Rule prefix of a definite description that copies its antecedent's actor ("the airline")."""


def most_named(namings: Iterable[tuple[str, str | None, Hashable]]) -> str | None:
    """The country named most by ``namings`` -- (country, rule, wording) of each mention that
    counts, in text order -- ties going to the first named. A copy (``COPY_RULE``) counts only
    the first time its rule and wording occur."""
    counts: dict[str, int] = {}
    copies: set[tuple[str, Hashable]] = set()
    for country, rule, wording in namings:
        if rule and rule.startswith(COPY_RULE):
            if (rule, wording) in copies:
                continue
            copies.add((rule, wording))
        counts[country] = counts.get(country, 0) + 1
    return max(counts, key=counts.get) if counts else None
