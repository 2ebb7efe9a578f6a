"""Issue 14, round 26 (branch a48): a bare surname before the full name of the person it names.

``namesakes.named_later``: a headline or lede calls a person by surname and the body names him
or her in full later; when that full name is no roster person's (and no roster person of the
surname is named in full in the article), the bare surname is that person, not the roster's
namesake. Made-up sentences; the controls keep the roster person where the article gives no
other bearer of the name, or names the roster person in full.
"""

from __future__ import annotations

import detente
from tests.actors.conftest import mention_countries


def _first(found, word):
    return next(c for t, c in found if t.split()[-1] == word)


def test_a_headline_surname_is_the_person_the_body_names_in_full():
    found = mention_countries("Minister defends Campbell\n\nThe minister defended the former spin doctor Alastair "
                       "Campbell on Sunday. Mr Campbell is advising the party.", None)
    assert _first(found, "Campbell") != "CAN"


def test_a_headline_line_surname_before_another_given_name():
    # another roster surname, the full name in the body after a headline line (no closing stop)
    found = mention_countries("Fox attacks the plans\nTom Fox, a council leader in Leeds, said "
                       "the scheme would fail.", "2005-03-01")
    assert _first(found, "Fox") != "MEX"
    found = mention_countries("Critics round on McConnell over school plans\nTeachers said Jack McConnell had "
                       "ignored them.", "2005-03-01")
    assert _first(found, "McConnell") != "USA"


def test_control_a_lede_sentence_before_another_given_name_keeps_the_roster_person():
    # review of round 26 (f51): a later sentence or paragraph naming another bearer is no headline
    # ("... Trump said. / Melania Trump visited ...": a relative, not the leader's namesake)
    found = mention_countries("Fox attacked the plans on Monday. Liam Smith Fox, a council leader in Leeds, said "
                       "the scheme would fail.", "2005-03-01")
    assert _first(found, "Fox") == "MEX"
    found = mention_countries("Fox attacked the plans on Monday. \"They will fail,\" Fox said.\nAna Maria Fox "
                       "opened a clinic in Puebla.", "2005-03-01")
    assert _first(found, "Fox") == "MEX"


def test_control_a_bare_surname_with_no_other_bearer_stays_the_roster_person():
    found = mention_countries("Fox attacked the plans on Monday. The president said the scheme would fail.", "2005-03-01")
    assert _first(found, "Fox") == "MEX"


def test_control_the_roster_person_named_in_full_keeps_the_surname():
    # a relative of the roster person named later does not take the surname away from him
    found = mention_countries("Fox attacked the plans on Monday. Vicente Fox said his son Ana Maria Fox would "
                       "lead the campaign.", "2005-03-01")
    assert _first(found, "Fox") == "MEX"


def test_control_a_relative_named_in_the_same_sentence_leaves_the_roster_person():
    found = mention_countries("Gaddafi's youngest son, Saif al-Arab Gaddafi, is killed in an airstrike, "
                       "according to the Libyan government.", "2011-05-01")
    assert _first(found, "Gaddafi") == "LBY"


def test_control_a_role_before_the_surname_keeps_the_office_holder():
    found = mention_countries("President Fox spoke on Monday. Liam Smith Fox, a council leader, said the scheme "
                       "would fail.", "2005-03-01")
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
    assert _party("The complaint was filed by several Liberal Democrat councillors.") == [
        ("Liberal Democrat", "GBR", "PTY")]


def test_control_a_bare_party_word_after_a_place_stays_unplaced():
    # "Ohio," is another phrase and no party name: "Democrats" keeps no country (several countries' word)
    assert _party("In Ohio, Democrats won the seat.") == [("Democrats", None, None)]
    # a name spaCy already reads whole is unchanged
    assert _party("Labour and the Liberal Democrats clashed over the budget.") == [
        ("the Liberal Democrats", "GBR", "PTY")]


def _events(text: str, date="2024-01-01") -> list[tuple]:
    coded = detente.code(text, date=date)
    return [(e.type, [p.country for p in e.source], [p.country for p in e.target]) for e in coded.events]


def _speakers(text: str, date="2024-01-01") -> list[tuple]:
    coded = detente.code(text, date=date)
    return [(q.speaker.name, q.speaker.actor.country if q.speaker.actor else None)
            for q in coded.quotes if q.direct and q.speaker]


def test_review_a_relative_named_in_a_later_paragraph_keeps_the_roster_leader():
    # review of round 26 (f51): the merged a48 rule lost the row and gave the speaker China
    text = ('Trump criticised China on Monday. "They are cheating us," Trump said.\n'
            'Melania Trump visited a hospital in Ohio.')
    assert ("ACCUSE", ["USA"], ["CHN"]) in _events(text)
    assert _speakers(text) == [("Donald Trump", "USA")]
    text = ('Netanyahu criticised Iran on Monday. "Iran is a threat," Netanyahu said.\n'
            'Sara Netanyahu attended the ceremony.')
    assert _speakers(text) == [("Benjamin Netanyahu", "ISR")]


def test_review_an_honorific_before_the_surname_keeps_the_roster_person():
    text = ('Mr Johnson criticised the EU on Monday. "They are being unreasonable," Mr Johnson said.\n'
            'Carrie Johnson attended the event.')
    assert _speakers(text) == [("Boris Johnson", "GBR")]
    assert ("ACCUSE", ["GBR"], ["EU"]) in _events(text, date="2020-01-01")
    # a headline "Mr <Surname>" before another bearer's full name: the honorific protects it
    found = mention_countries("Mr Johnson attacks EU\n\nThe prime minister criticised the EU on Monday. Carrie "
                       "Johnson attended the event.", "2020-01-01")
    assert _first(found, "Johnson") == "GBR"


def test_review_a_later_bearer_introduced_as_a_relative_leaves_the_headline_surname():
    # a headline surname before "<Given> <Surname>, his father": a relative, not another person
    found = mention_countries("Johnson attacks EU\n\nThe prime minister criticised the EU on Monday. Stanley "
                       "Johnson, his father, backed him.", "2020-01-01")
    assert _first(found, "Johnson") == "GBR"
    found = mention_countries("Erdogan attacks Greece\n\nThe president criticised Greece on Monday. His wife "
                       "Emine Erdogan accompanied him.", "2020-01-01")
    assert _first(found, "Erdogan") == "TUR"
    # control: the same headline before a bearer with no kin word is that person (the a48 rule)
    found = mention_countries("Johnson attacks EU\n\nThe farmer criticised the EU on Monday. Stanley "
                       "Johnson, a dairy farmer, said prices had fallen.", "2020-01-01")
    assert _first(found, "Johnson") != "GBR"


def test_review_the_leader_named_in_full_with_a_middle_name_keeps_the_headline_surname():
    text = ('Obama criticises Russia\n\nBarack Hussein Obama said on Monday that Russia "broke the '
            'rules" in Ukraine.')
    assert ("ACCUSE", ["USA"], ["RUS"]) in _events(text)
    text = ('Trump threatens China\n\nDonald John Trump said on Monday that China "must pay" for its '
            'trade practices.')
    assert ("THREATEN", ["USA"], ["CHN"]) in _events(text)
