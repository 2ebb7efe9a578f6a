"""Unknown names placed by what stands beside them (``actors/appositions.py``, issue 13 round
17): an organisation in apposition to a role phrase for a body, a person in apposition to a
noun of membership of a resolved body; later mentions of the name follow. Made-up sentences."""

from __future__ import annotations

import detente


def _code(text):
    return detente.code(text, date="2024-03-01")


def _actor(coded, text, nth=0):
    found = [m for m in coded.mentions if m.text.lower().endswith(text.lower())]
    actor = found[nth].actor if len(found) > nth else None
    return (actor.country, actor.sector) if actor is not None else None


def test_an_organisation_takes_the_body_role_beside_it_and_keeps_it_later():
    coded = _code("The Civic Alliance, a Kenyan opposition party, criticised the budget. "
                  "Later the Civic Alliance accused the finance minister of lying.")
    assert _actor(coded, "Civic Alliance") == ("KEN", "OPP")
    assert _actor(coded, "Civic Alliance", 1) == ("KEN", "OPP")
    assert any(e.type == "ACCUSE" and [p.country for p in e.source] == ["KEN"]
               and [p.country for p in e.target] == ["KEN"] for e in coded.events)


def test_its_acronym_defined_in_brackets_stands_for_it():
    coded = _code("The Popular Renewal Movement (PRM), Zambia's main opposition party, boycotted "
                  "the vote. On Tuesday the PRM accused the electoral commission of fraud.")
    assert _actor(coded, "PRM")[0] == "ZMB"
    assert any(e.type == "ACCUSE" and [p.country for p in e.source] == ["ZMB"] for e in coded.events)


def test_no_body_in_a_role_for_one_person():
    coded = _code("The Civic Alliance, a Kenyan opposition leader, criticised the budget.")
    assert _actor(coded, "Civic Alliance") is None


def test_a_member_of_a_placed_body_takes_its_country_and_later_mentions_too():
    coded = _code("Jan Novak, a member of the Czech Social Party, criticised the budget. "
                  "Novak later accused the finance minister of lying.")
    assert _actor(coded, "Jan Novak") == ("CZE", "PTY")
    assert _actor(coded, "Novak", 1) == ("CZE", "PTY")


def test_the_director_of_a_placed_body_named_after_the_title():
    coded = _code("The deputy director of the Maltese Fisheries Forum, Mira Delane, said the boat sank.")
    assert _actor(coded, "Mira Delane")[0] == "MLT"
    coded = _code("Mira Delane, deputy director of the Maltese Fisheries Forum, said the boat sank.")
    assert _actor(coded, "Mira Delane")[0] == "MLT"


def test_no_country_from_an_outsiders_noun():
    coded = _code("Jan Novak, a critic of the Czech government, criticised the budget. "
                  "Novak later accused the finance minister of lying.")
    assert _actor(coded, "Jan Novak") is None
    assert _actor(coded, "Novak", 1) is None


def test_no_country_from_a_body_with_none():
    coded = _code("Jan Novak, a member of the party, criticised the budget.")
    assert _actor(coded, "Jan Novak") is None


def test_a_persons_name_listed_under_a_body_is_a_person_for_pronouns():
    # a dictionary lists the movement's leader's name under the movement (Phoenix does)
    coded = _code("Speaking on television, Hassan Nasrallah warned that he would answer any raid.")
    pronoun = next(m for m in coded.mentions if m.text == "he")
    assert pronoun.actor is not None and pronoun.actor.country == "LBN"


def test_a_body_stays_a_body_for_pronouns():
    coded = _code("Hezbollah warned that it would answer any raid, but he denied it.")
    assert next(m for m in coded.mentions if m.text == "it").actor.country == "LBN"
    assert all(m.actor is None or m.actor.country is None for m in coded.mentions if m.text == "he")
