"""Round 29 of issue 14 (branch f63): five bugs a read-only review (r29d) proved in the
round's merged quotes code, each on made-up wording.

1. A name a table knows before a body noun ("the Hamas movement", "the Labour group") keeps
   its own table's sector (REB, PTY), not the noun's NGO; "network" after a name (a
   broadcaster or an advocacy network) gives no sector by itself.
2. Of two head roles before a name ("President and CEO Tom Hale") the one nearest the name
   gives the sector: BUS, not the "president"'s GOV.
3. A head role's own "of" body gives the sector, not a body named later in the description
   ("chief executive of Acme Motors and a trustee of the Rivers Trust": BUS).
4. Singular "business" and "merchant" are no trade words ("the Merchant Navy Association", a
   veterans' body; "the Business and Professional Women's Federation"): NGO.
5. A cue inside another cue's reported clause whose subject is a person ("Aides said she
   insisted") is that person's speech act and still takes the quote before it.

Every sentence is made up."""

import detente
from tests.quotes.conftest import direct_quotes, sole_speaker

DATE = "2020-02-01"


def _sector(text: str) -> str | None:
    speaker = sole_speaker(text, DATE)
    return speaker.actor.sector if speaker is not None and speaker.actor is not None else None


def test_a_known_name_before_a_body_noun_keeps_its_table_sector():
    for text, sector in (
            ("Soldiers searched the village. \"We will answer this raid,\" the Hamas movement "
             "said in a statement.", "REB"),
            ("A border post was shelled. \"We did not shell it,\" the Hezbollah group said.",
             "REB"),
            ("The result was tight. \"We have carried the day,\" the Labour group said on "
             "Monday.", "PTY"),
            ("\"We will win this fight,\" the Fair Fares alliance said.", "NGO")):
        assert _sector(text) == sector, text


def test_a_name_before_network_gets_no_sector_from_it():
    for text in ("The channel ran the interview. \"We stand by the story,\" the CBS network said.",
                 "\"The numbers are wrong,\" said the Fox network in a statement."):
        assert _sector(text) != "NGO", text


def test_the_head_role_nearest_the_name_gives_the_sector():
    for text in ("Northwind Power President and CEO Tom Hale said the firm was cutting costs.",
                 "Northwind President and CEO Tom Hale said the firm was cutting costs."):
        quotes = detente.code(text, date=DATE).quotes
        assert quotes and quotes[0].speaker.actor.sector == "BUS", text


def test_a_head_role_takes_the_body_of_its_own_of_phrase():
    text = ("\"Orders dropped fast,\" said Tom Hale, chief executive of Acme Motors and a "
            "trustee of the Rivers Trust.")
    assert _sector(text) == "BUS"


def test_singular_business_and_merchant_name_no_trade():
    for text in (
            "\"The rules are unfair,\" said Ann Bell, chairwoman of the Business and "
            "Professional Women's Federation.",
            "\"Our members are angry,\" said Jim Kerr, secretary of the Merchant Navy "
            "Association."):
        assert _sector(text) == "NGO", text
    # the plurals still name firms of a trade
    assert _sector("\"Prices will rise,\" said Jane Roe, chief executive of the Federation "
                   "of Small Businesses.") == "BUS"


def test_an_inner_cue_with_a_person_subject_takes_the_quote_before_it():
    text = ("The senator left the room. \"We will not back this budget in any form.\" "
            "Aides said she insisted.")
    quote = next(q for q in direct_quotes(text, DATE) if q.content.startswith("We will not"))
    assert quote.cue == "insisted", quote.cue
    assert quote.speaker.actor is not None and quote.speaker.actor.sector == "LEG"


def test_an_inner_cue_with_no_person_subject_still_takes_no_quote():
    text = "\"We are ready.\" He added that the talks would continue."
    for quote in direct_quotes(text, DATE):
        assert quote.cue != "continue", quote
