"""Round 8 of issue 14: general actor classes read off the PLOVER dev half's false countries
and sector misses; every sentence here is made up."""

from tests.actors.conftest import codes


def _code(found, starts):
    """``country+sector`` of the first mention starting so ("REB" with no country)."""
    actor = next(m.actor for m in found if m.text.startswith(starts))
    return f"{actor.country or ''}{actor.sector or ''}" if actor else None


def test_an_ethnic_nationality_word_gives_a_role_no_country(mentions):
    found = mentions("Ethnic Serbian militiamen attacked a police post near the border.")
    assert _code(found, "Serbian militiamen") == "REB"  # a sector, no country


def test_an_ethnic_group_takes_the_country_it_operates_in(mentions):
    found = mentions("Ethnic Serbian fighters operating in Croatia laid down their arms.")
    assert ("Serbian fighters operating in Croatia", "HRVREB") in codes(found)


def test_a_nationality_word_without_ethnic_still_gives_its_country(mentions):
    found = mentions("Serbian militiamen attacked a police post near the border.")
    assert _code(found, "Serbian militiamen") == "SRBREB"


def test_state_media_are_the_government(mentions):
    assert _code(mentions("The official Cuban news agency praised the harvest."),
                 "Cuban news agency") == "CUBGOV"
    assert _code(mentions("A state-run Iranian newspaper criticised the plan."),
                 "Iranian newspaper") == "IRNGOV"
    assert _code(mentions("State television showed the new bridge."), "State television") == "GOV"


def test_other_media_stay_media(mentions):
    assert _code(mentions("A Cuban newspaper praised the harvest."), "Cuban newspaper") == "CUBMED"
    assert _code(mentions("A privately owned newspaper praised the harvest."),
                 "newspaper") == "MED"


def test_a_title_of_an_international_body_makes_the_person_act_for_it(mentions):
    assert _code(mentions("U.N. mediator John Kerry met the two delegations on Monday."),
                 "U.N. mediator John Kerry") == "UNIGO"


def test_an_office_held_at_the_body_for_a_country_stays_the_countrys(mentions):
    assert _code(mentions("America's U.N. mediator John Kerry met the two delegations."),
                 "America's U.N. mediator") == "USAGOV"
    assert _code(mentions("UN ambassador John Kerry met the two delegations."),
                 "UN ambassador") == "USAGOV"
    assert _code(mentions("John Kerry met the two delegations on Monday."), "John Kerry") == "USAGOV"


def test_an_acronym_in_brackets_after_a_body_is_not_a_persons_initials(mentions):
    found = mentions("Farmers Cooperative Federation (AKK) members demanded lower fuel prices.")
    assert all(m.actor is None or m.actor.name != "Annegret Kramp-Karrenbauer" for m in found)


def test_a_persons_initials_after_their_name_are_still_the_person(mentions):
    found = mentions("Defence Minister Annegret Kramp-Karrenbauer (AKK) visited the troops.")
    assert _code(found, "AKK") == "DEUGOV"


def test_armed_men_named_by_their_faith_are_rebels(mentions):
    assert _code(mentions("Shiite forces in the south seized two villages."),
                 "Shiite forces") == "REB"
    assert _code(mentions("Iraqi forces seized two villages."), "Iraqi forces") == "IRQMIL"


def test_with_no_date_a_title_none_of_the_offices_has_gives_the_sector(mentions):
    assert _code(mentions("General Pervez Musharraf inspected the troops."),
                 "General Pervez Musharraf") == "PAKMIL"
    assert _code(mentions("President Pervez Musharraf inspected the troops."),
                 "President Pervez Musharraf") == "PAKGOV"


def test_with_a_date_the_office_held_on_it_decides(mentions):
    found = mentions("General Pervez Musharraf inspected the troops.", date="2005-06-01")
    assert _code(found, "General Pervez Musharraf") == "PAKGOV"


def test_a_person_in_apposition_to_an_office_of_a_body_acts_for_it(mentions):
    assert _code(mentions("John Kerry, the United Nations special envoy, demanded access."),
                 "John Kerry") == "UNIGO"
    assert _code(mentions("The UN special envoy, John Kerry, demanded access."),
                 "John Kerry") == "UNIGO"


def test_an_apposition_to_a_body_itself_or_an_accredited_office_does_not(mentions):
    assert _code(mentions("John Kerry, the UN ambassador, demanded access."),
                 "John Kerry") == "USAGOV"
    assert _code(mentions("John Kerry, the former senator, met the United Nations envoy."),
                 "John Kerry") == "USAGOV"


def test_activists_are_opposition_as_in_cameo(mentions):
    assert _code(mentions("Kenyan activists staged a rally outside the ministry."),
                 "Kenyan activists") == "KENOPP"
    assert _code(mentions("Kenyan protesters staged a rally outside the ministry."),
                 "Kenyan protesters") == "KENCVL"


def test_a_word_before_a_place_modifier_does_not_break_the_phrase(mentions):
    found = mentions("Reporters based in Muslim west Amman defied the ban.")
    assert _code(found, "Reporters") == "JORMED"
