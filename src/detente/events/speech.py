"""The speaker of a direct quote, for acts told in the first person inside it.

In ``"We condemn the strikes. We will expel their ambassador," the Polish foreign minister said``
the doer of each act is "we": the speaker's side. The actors stage leaves first-person pronouns
unresolved and the quotes stage runs after the events stage, so for such a subject the coder asks
the quotes stage's own attribution (``quotes.attribute.build_quotes``) once per article -- only in
the articles that hold a first-person subject of a trigger inside quotation marks -- and takes the
located speaker of the direct quote that holds the pronoun (rule suffix ``~speaker``).
"""

from __future__ import annotations

from detente.events.quoted import holds_quote_mark
from detente.records import CodedArticle, Mention, Quote

FIRST_PERSON = frozenset({"we", "i"})
"""Subjects whose doer is the speaker of the quote they stand in."""
POLITICAL = frozenset({None, "GOV", "LEG", "JUD", "COP", "MIL", "SPY", "PTY", "OPP", "ELI", "REB", "UAF", "IGO", "NGO"})
"""Speakers whose first-person acts are political acts (a citizen's "I asked them" is not)."""


class Speakers:
    """The direct quotes of one article with a located speaker, read on first need."""

    def __init__(self, coded: CodedArticle, resources):
        self.coded, self.resources = coded, resources
        self.quotes: list[Quote] | None = None
        self.every: list[Quote] | None = None

    def of(self, token) -> list[Mention]:
        """The speaker for a first-person subject inside a direct quote, else []."""
        if token.lower_ not in FIRST_PERSON or not holds_quote_mark(token.doc[:token.i]):
            return []
        if self.quotes is None:
            self.quotes = self._read()
        for quote in self.quotes:
            if quote.start <= token.idx < quote.end:
                speaker = quote.speaker
                return [Mention(text=speaker.text, start=speaker.start, end=speaker.end, sentence=quote.sentence or 0,
                                label="SPEAKER", actor=speaker.actor, rule=speaker.rule)]
        return []

    def attributed(self) -> list[Quote]:
        """Every quote, direct or reported, with a located political speaker (``events.opinions``)."""
        if self.every is None:
            self.every = self._read(direct_only=False)
        return self.every

    def _read(self, direct_only: bool = True) -> list[Quote]:
        from detente.quotes.attribute import (
            article_quotes,  # the quotes stage's attribution, on need only (built once)
        )

        quotes = article_quotes(self.coded, self.resources.get("quotes").lexicon,
                                places=lambda: self.resources.get("places"))
        return [q for q in quotes if (q.direct or not direct_only) and q.speaker is not None and
                q.speaker.actor is not None and q.speaker.actor.country and q.speaker.actor.sector in POLITICAL
                and q.speaker.start is not None]
