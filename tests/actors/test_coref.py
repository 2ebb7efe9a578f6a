"""Light coreference on real parses: pronouns by gender and salience, binding, definite
descriptions, appositions and repeated surnames. Each case says what it exercises."""

from __future__ import annotations


def _by_text(found):
    return {m.text: m for m in found}


def test_pronouns_follow_gender(mentions, user_resources):
    # "She" can only be the woman, "he" only the man (genders from the test roster)
    found = mentions("Ana Verde met Tomas Roble. She said he was wrong.", "2016-01-01",
                     user_resources)
    she, he = found[2], found[3]
    assert (she.label, she.antecedent, she.actor.name) == ("PRON", 0, "Ana Verde")
    assert (he.antecedent, he.actor.code) == (1, "ESPOPP")


def test_pronoun_prefers_the_previous_main_subject(mentions):
    # "He" in a new sentence is the previous sentence's subject, not the object
    found = mentions("Putin told Biden the talks were useful. He said more would follow.",
                     "2021-06-16")
    he = found[-1]
    assert he.text == "He" and found[he.antecedent].text == "Putin"
    assert he.actor.name == "Vladimir Putin"


def test_object_pronoun_is_not_its_own_clause_subject(mentions):
    # binding: "Trump refused to blame him" - "him" is Putin, not Trump
    found = mentions("Standing beside Putin in Helsinki in 2018, Trump refused to blame him "
                     "for meddling in the 2016 US election.", "2021-06-16")
    him = _by_text(found)["him"]
    assert him.actor.name == "Vladimir Putin"


def test_definite_descriptions_link_by_office(mentions):
    # "the chancellor" is Merkel and "the president" is Putin, by their offices on the date;
    # "she" then follows the chancellor
    found = mentions("Putin met Merkel. The chancellor said she was pleased, and the president "
                     "agreed.", "2015-01-01")
    texts = _by_text(found)
    assert texts["The chancellor"].actor.name == "Angela Merkel"
    assert texts["The chancellor"].rule.startswith("coref:definite>")
    assert texts["she"].actor.name == "Angela Merkel"
    assert texts["the president"].actor.name == "Vladimir Putin"


def test_the_kremlin_leader_is_the_russian_president(mentions):
    # a definite description with a seat of power: country from the seat, person by office
    found = mentions("Biden met Putin. The Kremlin leader said the talks were good.",
                     "2021-06-16")
    leader = _by_text(found)["The Kremlin leader"]
    assert (leader.actor.code, leader.actor.name) == ("RUSGOV", "Vladimir Putin")
    assert found[leader.antecedent].text == "Putin"


def test_description_without_antecedent_keeps_only_its_sector(mentions):
    # nothing to link to: "the minister" stays a government role with no country
    (minister,) = mentions("The minister resigned.")
    assert minister.antecedent is None
    assert (minister.actor.country, minister.actor.sector) == (None, "GOV")


def test_apposition_and_repeated_surname(mentions):
    # an unknown name beside a role takes the role's actor; its surname later does too
    found = mentions("Moscow's ambassador, Ivan Sidorenko, left. Washington later expelled "
                     "Sidorenko.", "2021-06-16")
    texts = _by_text(found)
    assert texts["Ivan Sidorenko"].actor.code == "RUSGOV"
    assert texts["Ivan Sidorenko"].actor.name == "Ivan Sidorenko"
    assert texts["Sidorenko"].actor.name == "Ivan Sidorenko"


def test_possessive_pronoun_gives_a_role_its_country(mentions):
    # "its ambassador": the ambassador of the country "its" refers to
    found = mentions("The United States recalled its ambassador in April.", "2021-06-16")
    assert _by_text(found)["ambassador"].actor.code == "USAGOV"


def test_pronoun_links_to_an_unresolved_named_person(mentions):
    # a name no dictionary knows is still the antecedent (the quotes stage reads its name),
    # and the pronoun does not jump to a resolved but wrong person instead
    found = mentions("Putin met Ivor Quillane. Quillane said he was pleased.", "2021-06-16")
    he = _by_text(found)["he"]
    assert found[he.antecedent].text == "Quillane"
    assert he.actor is None and he.rule == "coref:pronoun>unresolved"
