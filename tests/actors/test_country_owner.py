"""Issue 14, round 36 (a69): a role owned by "the country" / "that nation" takes the one
country the text names just before (``actors/country_owner.py``), on made-up wording: fires,
and near misses."""

from __future__ import annotations

from detente import code
from detente.actors.country_owner import STATE_ANAPHORS


def _mention(doc, text):
    return next((m for m in doc.mentions if m.text == text), None)


def test_the_countrys_commission_is_the_country_named_before():
    doc = code("Voters in Malawi went to the polls on Tuesday. The country's election commission "
               "rejected a complaint by the opposition.", date="2020-05-01")
    body = _mention(doc, "election commission")
    assert (body.actor.country, body.actor.sector) == ("MWI", "GOV")
    assert body.rule.endswith("+owner:MWI")


def test_the_government_of_that_country():
    doc = code("Bolivian bishops urged the government of that country to reopen the border "
               "crossings.", date="2020-05-01")
    government = _mention(doc, "the government")
    assert (government.actor.country, government.actor.sector) == ("BOL", "GOV")
    request = [e for e in doc.events if e.type == "REQUEST"]
    assert request and [(p.country, p.sector) for p in request[0].target] == [("BOL", "GOV")]


def test_the_nations_leadership_from_the_sentence_before():
    doc = code("Protesters in Tbilisi, Georgia, stormed the parliament building. An opposition "
               "leader vowed to topple the nation's leadership.", date="2003-11-22")
    leadership = _mention(doc, "leadership")
    assert leadership.actor.country == "GEO"


def test_two_countries_just_named_leave_it_unplaced():
    # near miss: "the country" could be either
    doc = code("Chile and Peru signed a border treaty on Monday. The country's army welcomed the "
               "deal.", date="2020-05-01")
    assert _mention(doc, "army").actor.country is None


def test_no_country_named_before_leaves_it_unplaced():
    # near miss: nothing named before the owner
    doc = code("The storm hit the coast on Monday. The country's health regulator banned the "
               "drug.", date="2020-05-01")
    assert _mention(doc, "regulator").actor.country is None


def test_a_country_or_another_country_is_no_anaphor():
    # near misses: "a country's" and "the neighbouring country's" name no state already named
    doc = code("Voters in Malawi went to the polls. A country's election commission must be free, "
               "and the neighbouring country's army stayed away.", date="2020-05-01")
    for text in ("election commission", "army"):
        mention = _mention(doc, text)
        assert mention is None or mention.actor.country != "MWI"


def test_a_role_with_its_own_country_keeps_it():
    # near miss: the role names its own country; the owner changes nothing
    doc = code("Voters in Malawi went to the polls. The country's Zambian ambassador praised the "
               "vote.", date="2020-05-01")
    ambassador = next(m for m in doc.mentions if "ambassador" in m.text)
    assert ambassador.actor.country == "ZMB"
    assert "+owner:" not in (ambassador.rule or "")


def test_the_word_list_holds_state_nouns_only():
    assert {"country", "nation"} <= STATE_ANAPHORS
    assert "state" not in STATE_ANAPHORS  # "the state's" is as often a US state


def test_the_state_doing_the_act_is_not_the_country_it_names():
    # r36a 1 (f100): "the country" is not the United States urging its leaders, but the state
    # named before, as ``referents.state_organ`` reads it
    doc = code("Mali's parliament was dissolved on Monday. The United States urged the country's "
               "leaders to hold elections.", date="2020-05-01")
    request = [e for e in doc.events if e.type == "REQUEST"]
    assert request and [p.country for p in request[0].target] == ["MLI"]
    assert request[0].source[0].country == "USA"


def test_a_body_of_the_people_may_urge_its_own_countrys_government():
    # near miss: a church, not the state, urges "the government of that country" -- its own
    doc = code("The Chilean Catholic Church urged the government of that country to keep receiving "
               "migrants.", date="2020-05-01")
    government = _mention(doc, "the government")
    assert (government.actor.country, government.actor.sector) == ("CHL", "GOV")
