"""Round 22 of issue 14 (branch a46): a roster person's one-word name read inside another
person's name (``actors.namesakes``), and the Allied Democratic Forces' country. Every sentence
is made up."""

from tests.actors.test_round8 import _code


def _entries(found) -> list[str]:
    return [m.actor.entry for m in found if m.actor is not None and m.actor.entry]


def test_a_one_word_alias_after_another_given_name_is_a_namesake(mentions):
    for text in ("Fisheries Minister Budi Prabowo said the trawlers had been seized.",
                 "Police said Sinta Prabowo was released on Friday.",
                 "The court heard that Andi Mobutu had fled the province in March."):
        found = mentions(text, date="2021-03-01")
        assert not any("prabowo-subianto" in e or "mobutu" in e for e in _entries(found)), text


def test_the_roster_person_by_alias_title_or_full_name_stays(mentions):
    # controls: the alias alone, after a title or honorific, the full name, a demonym before it
    for text in ("Prabowo said the election would be held on time.",
                 "President Prabowo met the envoy in Jakarta.",
                 "Mr Prabowo left for Beijing on Sunday.",
                 "Indonesian President Prabowo Subianto met the envoy.",
                 "Indonesia's Prabowo met the envoy."):
        found = mentions(text, date="2025-03-01")
        assert any("prabowo-subianto" in e for e in _entries(found)), text


def test_a_bare_surname_before_a_full_roster_name_modifies_it(mentions):
    for text in ("Pope Francis met the Grand Imam of al-Azhar Ahmed el-Tayeb in Abu Dhabi.",
                 "The Grand Mufti of al-Azhar Ahmed el-Tayeb condemned the attack."):
        found = mentions(text, date="2019-02-04")
        entries = _entries(found)
        assert not any("masood-azhar" in e for e in entries), text
        assert any("ahmed-el-tayeb" in e for e in entries), text


def test_the_surname_alone_or_in_full_stays(mentions):
    # controls: the roster's own full name; a conjunction between the surname and the full name
    found = mentions("Masood Azhar addressed a rally in Bahawalpur.", date="2019-02-04")
    assert any("masood-azhar" in e for e in _entries(found))
    found = mentions("Masood Azhar and Ahmed el-Tayeb were named in the report.", date="2019-02-04")
    entries = _entries(found)
    assert any("masood-azhar" in e for e in entries) and any("ahmed-el-tayeb" in e for e in entries)


def test_the_allied_democratic_forces_are_ugandan_rebels(mentions):
    found = mentions("Allied Democratic Forces fighters raided a village near Beni.")
    assert _code(found, "Allied Democratic Forces") == "UGAREB"
    found = mentions("An Allied Democratic Forces commander was captured on Monday.")
    assert _code(found, "Allied Democratic Forces commander").startswith("UGA")


def test_a_war_named_by_a_country_is_no_actor_of_it(mentions):
    for text, word in (("The students protested in favour of ending the Iraq War on Monday.", "Iraq"),
                       ("She came to Britain after the Libyan Civil War.", "Libyan"),
                       ("Veterans of the Sri Lankan Civil War marched in Colombo.", "Sri Lankan"),
                       ("Victims of the Mexican Drug War were remembered.", "Mexican")):
        found = mentions(text)
        assert not any(word in m.text and m.actor is not None and m.actor.country
                       for m in found), text


def test_a_country_before_other_words_stays(mentions):
    # controls: the lower-case compound, a country acting, a people's forces
    assert _code(mentions("The Iraq war cost billions."), "Iraq") == "IRQ"
    assert _code(mentions("Iraq warned Kuwait on Monday."), "Iraq") == "IRQ"
    assert _code(mentions("Libyan forces withdrew from the town."), "Libyan forces") == "LBYMIL"
