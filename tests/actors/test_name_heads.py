"""Issue 14, round 35 (a68): a body named again by the head noun of its name
(``actors/name_heads.py``), on made-up wording: fires, and near misses."""

from __future__ import annotations

from detente import code
from detente.actors.name_heads import NAMED_BODY_HEADS


def _mention(doc, text):
    return next((m for m in doc.mentions if m.text == text), None)


def test_the_alliance_is_the_alliance_named_before():
    doc = code("The Countryside Alliance attacked the new law. The alliance urged ministers "
               "to think again.", date="2005-02-01")
    named, again = _mention(doc, "The Countryside Alliance"), _mention(doc, "The alliance")
    assert again is not None
    assert (again.actor.country, again.actor.sector) == (named.actor.country, named.actor.sector)
    assert again.rule == "coref:definite>" + named.rule
    assert doc.mentions[again.antecedent].text == named.text


def test_the_commission_is_the_commission_named_before():
    doc = code("Kenya's Electoral Commission said the vote would be held in May. The commission "
               "urged the parties to register their candidates.", date="2007-02-01")
    again = _mention(doc, "The commission")
    assert again is not None
    assert again.rule.startswith("coref:definite>")
    assert again.actor.sector == "GOV"


def test_no_earlier_name_no_mention():
    # near miss: nothing named before ends in "commission"
    doc = code("Kenya said the vote would be held in May. The commission urged the parties to "
               "register.", date="2007-02-01")
    assert _mention(doc, "The commission") is None


def test_two_different_bodies_with_the_head_leave_it_unread():
    # near miss: the Electoral Commission (a state's) and the European Commission: which one?
    doc = code("Britain's Electoral Commission met the European Commission in Brussels on "
               "Monday. The commission said new rules were needed.", date="2005-02-01")
    assert _mention(doc, "The commission") is None


def test_a_modified_or_indefinite_head_is_no_description():
    # near misses: "a commission" is a new body; "the new commission" is left alone
    doc = code("The Countryside Alliance attacked the law. Ministers set up a commission to "
               "study it. The new alliance of farmers protested.", date="2005-02-01")
    assert _mention(doc, "a commission") is None
    assert _mention(doc, "The new alliance") is None


def test_the_word_list_holds_bodies_not_rooms_or_parties():
    assert {"commission", "alliance", "association"} <= NAMED_BODY_HEADS
    assert not {"office", "party", "front", "service", "campaign"} & NAMED_BODY_HEADS


# Review r35b (branch f94): common-noun uses, a local body of the same head, and antecedents
# whose actor is not read from the body's name. Made-up wording.

def test_a_head_with_a_complement_is_a_common_noun():
    # finding 1: "the movement of goods" is no body; the target stays the place
    doc = code("Hamas, the Islamic Resistance Movement, fired rockets at Israel. Israel "
               "restricted the movement of goods into Gaza.", date="2015-03-03")
    assert _mention(doc, "the movement") is None
    rows = [e for e in doc.events if e.type == "COERCE"]
    assert rows and all((p.country, p.sector) == ("PSE", None) for e in rows for p in e.target)
    doc = code("The Palestinian Authority asked for talks. Congress gave the president the "
               "authority to attack Iran.", date="2015-03-03")
    assert _mention(doc, "the authority") is None
    doc = code("The Federal Reserve Board raised rates. Jane Doe left the board of the carmaker.",
               date="2015-03-03")
    assert _mention(doc, "the board") is None


def test_a_head_with_no_complement_is_still_the_body():
    # near misses: the same bodies named again by the bare head
    doc = code("Hamas, the Islamic Resistance Movement, fired rockets at Israel. The movement said "
               "it would fire more.", date="2015-03-03")
    assert _mention(doc, "The movement").actor.sector == "REB"
    doc = code("The Federal Reserve Board raised rates. The board said inflation was too high.",
               date="2015-03-03")
    assert _mention(doc, "The board").rule == "coref:definite>org:us-federal-reserve"


def test_a_body_of_the_same_head_in_another_place_is_not_the_named_one():
    # finding 2: the council "in Leeds" is a local one, not the UN Security Council
    doc = code("The UN Security Council met on Tuesday. In Leeds, the council criticised the "
               "government over bus fares.", date="2015-03-03")
    assert _mention(doc, "the council") is None
    assert not any(p.country == "UN" for e in doc.events for p in e.source)


def test_a_place_of_the_bodys_own_country_keeps_the_link():
    # near misses: no place in the sentence, or a place of the body's own country
    doc = code("The UN Security Council met on Tuesday. The council condemned the attacks.",
               date="2015-03-03")
    assert _mention(doc, "The council").rule == "coref:definite>org:un-security-council"
    doc = code("Kenya's Electoral Commission met on Monday. In Nairobi, the commission criticised "
               "the parties.", date="2015-03-03")
    assert (_mention(doc, "the commission").actor.country,
            _mention(doc, "the commission").actor.sector) == ("KEN", "GOV")


def test_an_antecedent_read_from_a_role_word_or_a_person_is_no_name():
    # finding 3: "Non-Government Organisation" is read by its role word "government", and
    # "President Trump's ... Council" by the president: neither actor is the body's own
    doc = code("Zara Kay founded Faithless Hijabi in 2018. She had never worked for a "
               "Non-Government Organisation before. The organisation criticised the Pakistani "
               "government.", date="2015-03-03")
    assert _mention(doc, "The organisation") is None
    assert not any(p.sector == "GOV" for e in doc.events for p in e.source)
    doc = code("President Trump's American Manufacturing Council met on Monday. Three chief "
               "executives resigned from the council.", date="2017-08-15")
    assert _mention(doc, "the council") is None
    # near miss: a role word that is the head itself names the body ("Electoral Commission")
    doc = code("Kenya's Electoral Commission said the vote would be held in May. The commission "
               "urged the parties to register.", date="2007-02-01")
    assert _mention(doc, "The commission").rule.startswith("coref:definite>role:electoral")


def test_an_indefinite_name_is_no_antecedent():
    # "a Free Software Foundation" style: an indefinite body is not the one "the <head>" names
    doc = code("She had worked for a Countryside Alliance before. The alliance urged ministers to "
               "think again.", date="2005-02-01")
    assert _mention(doc, "The alliance") is None
    doc = code("She had worked for the Countryside Alliance before. The alliance urged ministers "
               "to think again.", date="2005-02-01")
    assert _mention(doc, "The alliance") is not None


# Review r35e (branch f96): a state named as the target is no place of the body, and a clause
# set off by a comma describes the body, no complement. Made-up wording.

def test_a_state_acted_on_is_no_place_of_the_body():
    doc = code("The UN Security Council met on Monday. On Friday the council imposed an arms "
               "embargo on Syria.", date="2015-03-03")
    assert _mention(doc, "the council").rule == "coref:definite>org:un-security-council"
    assert any(p.country == "UN" for e in doc.events for p in e.source)
    doc = code("Kenya's Electoral Commission met on Friday. The commission accused Tanzania of "
               "interfering in the count.", date="2015-03-03")
    assert (_mention(doc, "The commission").actor.country,
            _mention(doc, "The commission").actor.sector) == ("KEN", "GOV")


def test_a_comma_set_clause_after_the_head_keeps_the_body():
    for aside in ("which was set up in 1945", "sitting in a closed session"):
        doc = code(f"The UN Security Council met on Monday. The council, {aside}, condemned the "
                   "Syrian bombing.", date="2015-03-03")
        assert _mention(doc, "The council").rule == "coref:definite>org:un-security-council"


def test_a_restrictive_clause_after_the_head_is_still_a_complement():
    # near miss: no comma, "the council that runs the city" is a common noun
    doc = code("The UN Security Council met on Monday. Voters elected the council that runs the "
               "city.", date="2015-03-03")
    assert _mention(doc, "the council") is None
