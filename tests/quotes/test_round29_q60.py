"""Issue 14 round 29 (branch q60): speaker sector classes (made-up wording).

- a chief executive heads a body: named with one ("Rivermouth Wildlife Trust chief executive",
  "chief executive of the Northern Walkers Association"), the body's sector; alone, a firm's
  (BUS) as before;
- a trade association (a membership body of a trade's firms: "the Seaview Hotel Association",
  "Retail Traders Federation") speaks for business, BUS, not the NGO of its head word; a
  membership body of no trade ("the Seaview Walkers Association") stays NGO;
- a faith body (a council or board a faith word opens: "the Hindu Council of Britain") is REL;
  a party named by a faith word ("Christian Democratic Union") is not;
- a head role (a chief executive) of a named government office ("of the Environment Agency")
  takes the office's sector (GOV; COP for a police agency), not its own (BUS);
- a capitalised name closed by the lower-case body noun it modifies ("the Clean Rivers
  campaign") is a body of that noun's sector; a candidate's campaign stays the party's (PTY).
"""

from __future__ import annotations

import detente
from detente.quotes.bodynames import name_kind, trade_body


def _sectors(text: str) -> list[tuple[str | None, str]]:
    coded = detente.code(text, date="2021-03-04")
    return [(q.speaker.actor.sector, q.speaker.actor.entry or "")
            for q in coded.quotes if q.direct and q.speaker and q.speaker.actor]


def test_a_chief_executive_takes_the_sector_of_the_body_named_with_the_role():
    found = _sectors('Rivermouth Wildlife Trust chief executive Maria Bell said: "We will fight '
                     'this in the courts."')
    assert found and {s for s, _ in found} == {"NGO"}
    assert all("described:body:trust" in e for _, e in found)
    found = _sectors('Family Rights Association chief executive, Ann Bell, said the plans were '
                     '"deeply worrying for parents".')
    assert found and {s for s, _ in found} == {"NGO"}


def test_a_chief_executive_named_alone_or_of_a_firm_stays_business():
    assert {s for s, _ in _sectors('Chief executive Jo Park said sales were "strong".')} == {"BUS"}
    assert {s for s, _ in _sectors('Acme Motors chief executive Jo Park said sales were '
                                   '"strong".')} == {"BUS"}


def test_a_trade_association_speaks_for_business():
    found = _sectors('Tom Hale, of the Seaview Hotel Association, said: "Bookings have '
                     'collapsed this year."')
    assert found and {s for s, _ in found} == {"BUS"}
    assert all("trade-body:association>hotel" in e for _, e in found)
    found = _sectors('Retail Traders Federation director Ann Bell said the tax was "a disaster '
                     'for shops".')
    assert found and {s for s, _ in found} == {"BUS"}


def test_a_membership_body_of_no_trade_stays_a_voluntary_body():
    found = _sectors('Tom Hale, of the Seaview Walkers Association, said: "The paths must stay '
                     'open."')
    assert found and {s for s, _ in found} == {"NGO"}


def test_trade_body_reads_the_words_of_the_name_only():
    import spacy

    nlp = spacy.blank("en")
    assert trade_body(nlp("the Confederation of Shipping Industries said"), 1) == "shipping"
    assert trade_body(nlp("the Seaview Hotel Association said"), 3) == "hotel"
    assert trade_body(nlp("a hotel association said"), 2) is None  # lower case: no name
    assert trade_body(nlp("the Trades Union Federation said"), 3) is None
    assert trade_body(nlp("the Hotel Workers Federation said"), 3) is None  # staff: a union
    assert trade_body(nlp("the Retail Employees Association said"), 3) is None


def test_a_faith_body_speaks_for_a_religious_community():
    found = _sectors('The Hindu Council of Britain said the remarks were "deeply hurtful".')
    assert found and {s for s, _ in found} == {"REL"}
    assert all("name:council>hindu" in e for _, e in found)
    found = _sectors('The Jewish Board of Deputies said the remarks were "deeply hurtful".')
    assert found and {s for s, _ in found} == {"REL"}


def test_a_faith_word_in_a_party_or_union_name_is_no_faith_body():
    import spacy

    doc = spacy.blank("en")("The Christian Democratic Union said")
    assert name_kind(doc, list(doc[1:4])) is None


def test_a_name_closed_by_a_lower_case_body_noun_takes_the_nouns_sector():
    found = _sectors('The Clean Rivers campaign said the plan was "too little, too late".')
    assert found and {s for s, _ in found} == {"NGO"}
    assert all("name-before:campaign" in e for _, e in found)
    found = _sectors('Owen Hartley is running for mayor. The Hartley campaign said the poll was '
                     '"meaningless".')
    assert found and {s for s, _ in found} == {"PTY"}


def test_a_head_of_a_named_government_office_takes_the_offices_sector():
    found = _sectors('Tom Reed, chief executive of the Environment Agency, said the checks were '
                     '"thorough".')
    assert found and {s for s, _ in found} == {"GOV"}
    assert all("office:named agency" in e for _, e in found)
    found = _sectors('Tom Reed, chief executive of the National Crime Agency, said the checks '
                     'were "thorough".')
    assert found and {s for s, _ in found} == {"COP"}


def test_a_name_the_tagger_missed_keeps_the_head_role_of_its_first_full_mention():
    # a head role's evidence ("head:chief executive") is a person's title like "title:..."
    found = _sectors('The artwork is a gold toilet. Wendel Hare, chief executive of the palace, '
                     'valued it at millions. Wendel Hare said the toilet was "a comment on the '
                     'dream".')
    assert found and {s for s, _ in found} == {"BUS"}
