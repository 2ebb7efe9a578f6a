"""Issue 14, round 26 (branch a48): a bare surname before the full name of the person it names.

``namesakes.named_later``: a headline or lede calls a person by surname and the body names him
or her in full later; when that full name is no roster person's (and no roster person of the
surname is named in full in the article), the bare surname is that person, not the roster's
namesake. Made-up sentences; the controls keep the roster person where the article gives no
other bearer of the name, or names the roster person in full.
"""

from __future__ import annotations

import detente


def _countries(text: str, date=None) -> list[tuple[str, str | None]]:
    coded = detente.code(text, date=date)
    return [(m.text, m.actor.country if m.actor else None) for m in coded.mentions]


def _first(found, word):
    return next(c for t, c in found if t.split()[-1] == word)


def test_a_headline_surname_is_the_person_the_body_names_in_full():
    found = _countries("Minister defends Campbell\n\nThe minister defended the former spin doctor Alastair "
                       "Campbell on Sunday. Mr Campbell is advising the party.")
    assert _first(found, "Campbell") != "CAN"


def test_a_lede_surname_before_another_given_name():
    # another roster surname, the full name one sentence later, in the lede's subject position
    found = _countries("Fox attacked the plans on Monday. Liam Smith Fox, a council leader in Leeds, said "
                       "the scheme would fail.", date="2005-03-01")
    assert _first(found, "Fox") != "MEX"
    found = _countries("Critics round on McConnell over school plans. Teachers said Jack McConnell had "
                       "ignored them.", date="2005-03-01")
    assert _first(found, "McConnell") != "USA"


def test_control_a_bare_surname_with_no_other_bearer_stays_the_roster_person():
    found = _countries("Fox attacked the plans on Monday. The president said the scheme would fail.",
                       date="2005-03-01")
    assert _first(found, "Fox") == "MEX"


def test_control_the_roster_person_named_in_full_keeps_the_surname():
    # a relative of the roster person named later does not take the surname away from him
    found = _countries("Fox attacked the plans on Monday. Vicente Fox said his son Ana Maria Fox would "
                       "lead the campaign.", date="2005-03-01")
    assert _first(found, "Fox") == "MEX"


def test_control_a_relative_named_in_the_same_sentence_leaves_the_roster_person():
    found = _countries("Gaddafi's youngest son, Saif al-Arab Gaddafi, is killed in an airstrike, "
                       "according to the Libyan government.", date="2011-05-01")
    assert _first(found, "Gaddafi") == "LBY"


def test_control_a_role_before_the_surname_keeps_the_office_holder():
    found = _countries("President Fox spoke on Monday. Liam Smith Fox, a council leader, said the scheme "
                       "would fail.", date="2005-03-01")
    assert _first(found, "Fox") == "MEX"


def _party(text: str) -> list[tuple[str, str | None, str | None]]:
    coded = detente.code(text)
    return [(m.text, m.actor.country if m.actor else None, m.actor.sector if m.actor else None)
            for m in coded.mentions if "Democrat" in m.text]


def test_a_party_name_the_tagger_split_is_read_whole():
    # parties.place_parties: "Liberal | Democrats" -- the words before the entity complete the name
    assert _party("In Rochdale, the Liberal Democrats won the seat.") == [("Liberal Democrats", "GBR", "PTY")]
    assert _party('"Liberal Democrats would abolish many quangos," he said.') == [
        ("Liberal Democrats", "GBR", "PTY")]
    assert _party("The case is being brought by local Liberal Democrat supporters.") == [
        ("Liberal Democrat", "GBR", "PTY")]


def test_control_a_bare_party_word_after_a_place_stays_unplaced():
    # "Ohio," is another phrase and no party name: "Democrats" keeps no country (several countries' word)
    assert _party("In Ohio, Democrats won the seat.") == [("Democrats", None, None)]
    # a name spaCy already reads whole is unchanged
    assert _party("Labour and the Liberal Democrats clashed over the budget.") == [
        ("the Liberal Democrats", "GBR", "PTY")]
