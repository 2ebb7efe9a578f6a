"""Issue 14 round 28 (branch q56): speaker sectors in undated articles (made-up wording).

- ``parties.governing``: a party that never held national government is out of it on any day,
  dated article or not (a UKIP spokesman: OPP);
- ``undated.governing_undated``: with no article date, the head of government the article names
  dates it to that head's term; a party that governed throughout it is the government (its
  offices PTY), one that governed on no day of it the opposition (OPP);
- ``parties._entry_party``: a speaker named by a pronoun keeps the party the actors stage read
  into the actor it resolves to ("the Tory leader ... He said").
"""

from __future__ import annotations

from detente.quotes.parties import governing
from detente.quotes.undated import governing_undated
from detente.records import Actor, Mention
from tests.quotes.conftest import speaker_codes


def _head(entry: str, n: int = 1) -> list[Mention]:
    return [Mention("X", 0, 1, 0, "PERSON", Actor("GBR", "GOV", entry=entry))] * n


def test_a_party_that_never_governed_is_out_with_or_without_a_date():
    assert governing("GBR", "UKIP", None) is False
    assert governing("GBR", "UKIP", None, _head("roster:tony-blair#prime minister")) is False
    found = speaker_codes('Ministers met on Tuesday. A UKIP spokesman said: "Nobody asked the voters '
                      'about this at all."', None)
    assert [s for _, s, _ in found] == ["OPP"]


def test_an_undated_article_takes_its_head_of_governments_term():
    labour = (("1997-05-02", "2010-05-11"),)
    tories = (("1979-05-04", "1997-05-02"), ("2010-05-11", "2024-07-05"))
    blair = _head("roster:tony-blair#prime minister")
    assert governing_undated(labour, blair, "GBR") is True
    assert governing_undated(tories, blair, "GBR") is False
    # another country's head, no head, or a tie between two heads' readings: undecided
    assert governing_undated(tories, blair, "AUS") is None
    assert governing_undated(tories, [], "GBR") is None
    major = _head("roster:john-major#prime minister")
    assert governing_undated(tories, blair + major, "GBR") is None
    # a former head recalled once beside the present one named more often: the present one
    assert governing_undated(tories, blair * 3 + major, "GBR") is False


def test_an_opposition_spokesman_in_an_undated_article():
    text = ('Tony Blair spoke to voters in Leeds on Tuesday. A Liberal Democrat spokesman said: '
            '"The scheme is badly thought out."')
    assert ("GBR", "OPP") in [(c, s) for c, s, _ in speaker_codes(text, None)]
    # control: the same party in government on the article's date keeps its party office
    assert ("GBR", "OPP") not in [(c, s) for c, s, _ in speaker_codes(text, "2012-03-01")]
    # control: no date and no head of government named: undecided, the party's (PTY)
    bare = ('Voters in Leeds were asked on Tuesday. A Liberal Democrat spokesman said: '
            '"The scheme is badly thought out."')
    assert [s for _, s, _ in speaker_codes(bare, None)] == ["PTY"]


def test_a_pronoun_speaker_keeps_the_party_of_the_actor_it_resolves_to():
    found = speaker_codes('Tony Blair visited Leeds on Monday. The Tory leader was in Bristol. He said: '
                      '"Our plan is fully costed and fair."', None)
    assert [(c, s) for c, s, _ in found] == [("GBR", "OPP")]
    assert found[0][2].endswith("+party:Tory:OPP")


def test_an_undated_shadow_title_beats_the_rosters_guess():
    # with no date the roster gives its latest office (a later premiership); the text's own
    # "shadow" title says what the speaker is in this article
    text = ('The agency was criticised again on Monday. Theresa May, the Tory shadow work and '
            'pensions secretary, said: "Families have waited far too long for their money."')
    assert [s for _, s, _ in speaker_codes(text, None)] == ["OPP"]
    # control: dated inside the roster's office, the office stays
    assert [s for _, s, _ in speaker_codes(text, "2017-03-01")] == ["GOV"]
