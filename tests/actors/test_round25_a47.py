"""Round 25 of issue 14 (branch a47): a roster person whose name news writes with hyphens where the
roster has spaces, or with spaces where it has hyphens (``actors.spellings``). Every sentence is
made up."""


def _entries(found) -> list[str]:
    return [m.actor.entry for m in found if m.actor is not None and m.actor.entry]


def _country(found, text: str) -> str | None:
    for m in found:
        if text in m.text and m.actor is not None:
            return m.actor.country
    return None


def test_a_hyphen_where_the_roster_has_a_space(mentions):
    for text, name, country in (
            ("Troops loyal to Jean-Bertrand Aristide left the capital.", "Aristide", "HTI"),
            ("A portrait of Mohammad Zia-Ul-Haq hung in the hall.", "Zia-Ul-Haq", "PAK")):
        found = mentions(text, date="2018-05-01")
        assert _country(found, name) == country, text
        assert any(e.startswith("roster:") for e in _entries(found)), text


def test_a_space_where_the_roster_has_a_hyphen(mentions):
    for text, name, country in (
            ("Miguel Diaz Canel addressed the assembly.", "Canel", "CUB"),
            ("Francois Philippe Champagne met his counterpart.", "Champagne", "CAN"),
            ("Lee Jae Myung led the opposition rally.", "Myung", "KOR")):
        found = mentions(text, date="2022-05-01")
        assert _country(found, name) == country, text


def test_names_the_roster_lacks_stay_unknown(mentions):
    # controls: a hyphenated private person, a roster name already spelt as the roster does, and a
    # particle's hyphen the roster does not list (left exact: no roster entry by the fallback)
    found = mentions("Jean-Luc Moreau, a baker, said the bread ran out.", date="2018-05-01")
    assert _country(found, "Moreau") is None
    assert not any(e.startswith("roster:") for e in _entries(found))
    found = mentions("Kim Jong-un inspected the missile site.", date="2018-05-01")
    assert _country(found, "Kim Jong-un") == "PRK"
    found = mentions("Tamim bin Hamad al-Thani met the envoy.", date="2018-05-01")
    assert not any("tamim" in e for e in _entries(found))


def test_international_bodies_by_their_own_codes(mentions):
    for text, name, country in (
            ("Caribbean Community leaders met in Georgetown on Friday.", "Caribbean Community", "CARICOM"),
            ("Caricom suspended the member state's voting rights.", "Caricom", "CARICOM"),
            ("The International Air Transport Association warned of higher fares.",
             "International Air Transport Association", "IATA"),
            ("IATA said passenger numbers had doubled.", "IATA", "IATA"),
            ("The Organization for Security and Co-operation in Europe sent monitors.", "Security", "OSCE")):
        found = mentions(text, date="2020-01-01")
        assert _country(found, name) == country, text
        assert any("org:" in (m.rule or "") for m in found), text


def test_a_body_the_tables_lack_stays_unknown(mentions):
    # controls: a made-up association with "Transport" and "Community" in its name; a national
    # official keeps his government's sector (no international body's code is a country's)
    found = mentions("The Northern Transport Community Association called for new buses.", date="2020-01-01")
    assert not any("org:" in (m.rule or "") for m in found)
    found = mentions("A U.S. official said the talks would resume.", date="2020-01-01")
    assert [m.actor.sector for m in found if m.actor and m.actor.country == "USA"] == ["GOV"]


def test_a_police_force_named_for_its_region_has_its_country(mentions):
    for text, name, country in (
            ("Thames Valley Police officers detained the suspect at the scene.", "Thames Valley", "GBR"),
            ("The man was later charged by Hampshire Constabulary.", "Hampshire", "GBR"),
            ("West Midlands Police said two men had been arrested.", "West Midlands", "GBR"),
            ("Police Scotland opened an inquiry into the crash.", "Police Scotland", "GBR"),
            ("A spokesman for the Capitol Police said the officer was hurt.", "Capitol Police", "USA")):
        found = mentions(text, date="2020-01-01")
        assert _country(found, name) == country, text
        assert any("org:" in (m.rule or "") for m in found), text


def test_police_of_a_place_the_list_leaves_out_keep_their_reading(mentions):
    # controls: a US state's police (region table), and a force whose name is also a US city's
    found = mentions("New Hampshire State Police said the man was arrested.", date="2020-01-01")
    assert _country(found, "New Hampshire") == "USA"
    found = mentions("Cleveland Police said the man was released.", date="2020-01-01")
    assert not any("org:" in (m.rule or "") for m in found)
