"""Round 30 review r30b (branch f70): the bugs a read-only review proved in the merged round's
e88 and e91 rules, each pinned on made-up wording (gold/events/NOTES-f70.md).

- "approve" imposes a state of emergency or martial law only when the object is that state or law
  itself (``verb:approve+emergency`` obj=state&obj=emergency, ``verb:approve+martial``), not when
  "emergency" only modifies a loan, a budget or measures; a curfew approved is ``noun:curfew``.
  A restriction with no place covers the doer country's people, named by the restriction's own words.
- Only a noun after "after" / "following" can be what people died in: a verb there ("after being
  shot", "after criticising X") stays background (``semantics.is_background``).
- A relative clause performs the act it hangs on only when its gap is the light verb's own object:
  not a complement's ("has had to endure"), a label's ("called illegal") nor a stranded
  preposition's ("paid for") (``relatives.performing_clauses``).
- An own agent's post hung on the verb is read from "to" / "from" only: "at a meeting with X" is a
  partner (``targets.targets_of``).
- A relative passed over for its owner is a private person of the owner's country (``kin.kin_doers``).
- A named person freed with an employer phrase ("reporter X of the Y") is not taken as domestic.

Each case is made up and coded by the whole pipeline; the expected set is the text's whole output as
``(type, source country, target country or None)`` rows."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, code_one, rows

DATE = "2021-06-16"
CASES = [
    # bug 1: "emergency" as a modifier of the object imposes nothing
    ("The World Bank board approved an emergency loan of $2 billion to Kenya.", {("AID", "WB", "KEN")}),
    ("The Portuguese parliament approved emergency measures to raise taxes.", set()),
    ("The Spanish cabinet approved an emergency budget on Friday.", set()),
    # ... the state or the law itself does
    ("The Moldovan parliament approved a state of emergency for thirty days.", {("COERCE", "MDA", "MDA")}),
    ("The Georgian parliament approved martial law in four regions.", {("COERCE", "GEO", "GEO")}),
    # bug 2: a verb after "after" stays background
    ("A Mexican reporter died in the town of Tijuana on Friday after being stabbed near his office.", set()),
    ("A blogger was found dead in Dhaka days after criticising the Bangladeshi government.", set()),
    # bug 3: the clause's gap belongs to a complement, a label or a stranded preposition
    ("The raids that Armenia has had to endure from Azerbaijan became more frequent.", set()),
    ("The marches that the Cuban government has called illegal went on for a week.", set()),
    ("The bombings that Qatar has paid for have killed civilians.", set()),
    # ... intended: the light verb performs the act
    ("The raids that Turkish jets launched in northern Iraq killed ten civilians.", {("ASSAULT", "TUR", "IRQ")}),
    # bug 4: "at a meeting with X" is no post
    ("Greece recalled its two envoys at a meeting with Turkish officials in Athens.",
     {("SANCTION", "GRC", None), ("CONSULT", "GRC", "TUR")}),
    # bug 5: the relative acts as a private person of the owner's country
    ("The Egyptian president's daughter criticised Israel for the strike.", {("ACCUSE", "EGY", "ISR")}),
    ("The husband of the Chilean president praised the work of the Red Cross.", {("SUPPORT", "CHL", "ICRC")}),
    # smaller: a named person with an employer phrase is placed by the employer, not taken as domestic
    ("China freed reporter Anna Berg of the New York Times in an exchange.", {("RETREAT", "CHN", "USA")}),
    ("China freed reporter Anna Berg in an exchange.", {("RETREAT", "CHN", "CHN")}),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "round30f70", DATE)


@pytest.mark.parametrize("i", range(len(CASES)), ids=[c[0][:60] for c in CASES])
def test_case(coded, i):
    assert rows(coded[i]) == CASES[i][1]


def test_kin_doer_is_a_private_person_with_evidence():
    article = code_one("The Egyptian president's daughter criticised Israel for the strike.", DATE)
    (event,) = article.events
    (doer,) = event.source
    assert (doer.country, doer.sector) == ("EGY", "CVL")
    assert "daughter" in doer.text


def test_restriction_without_place_is_named_by_the_restriction():
    article = code_one("The Moldovan parliament approved a state of emergency for thirty days.", DATE)
    (event,) = article.events
    assert event.rule.startswith("verb:approve+emergency")
    assert [t.text for t in event.target] == ["state"]


def test_post_still_read_from_to():
    article = code_one("Greece recalled its ambassador to Ankara.", DATE)
    assert ("SANCTION", "GRC", "TUR") in rows(article)
