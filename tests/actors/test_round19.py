"""Round 19 of issue 14: peoples coded by the country they live in (ethnic groups, peoples of
shared homelands, compound demonyms), generic seats of power, a generic role of a national body,
and role nouns of CAMEO's agents dictionary. Every sentence is made up."""

from tests.actors.test_round8 import _code


def test_an_ethnic_group_takes_the_story_country(mentions):
    found = mentions("Ethnic Albanians vowed to fight for the hills, Kenyan officials said.")
    assert _code(found, "Albanians") == "KENCVL"
    assert next(m for m in found if m.text == "Albanians").actor.entry.endswith("+story:KEN")
    found = mentions("Thousands of ethnic Russians rallied against the Estonian government.")
    assert _code(found, "Russians") == "ESTCVL"
    # control: two countries named through actors, no story country
    found = mentions("Ethnic Albanians vowed to fight, Kenyan and Ugandan officials said.")
    assert _code(found, "Albanians") == "CVL"
    # control: a nationality noun without "ethnic" keeps its own country
    assert _code(mentions("Albanians protested, Kenyan officials said."), "Albanians") == "ALBCVL"


def test_a_shared_people_takes_the_story_country(mentions):
    found = mentions("Iraqi troops attacked Kurds in the north.")
    assert _code(found, "Kurds") == "IRQCVL"
    assert next(m for m in found if m.text == "Kurds").rule == "people:kurds+story:IRQ"
    assert _code(mentions("Sri Lankan troops killed twelve Tamil civilians."),
                 "Tamil civilians") == "LKACVL"
    assert _code(mentions("Indian police fired on Kashmiri protesters."),
                 "Kashmiri protesters") == "INDCVL"
    # controls: another country named (even as a place), or no state actor
    assert _code(mentions("Kurds protested in Berlin against Turkey."), "Kurds") is None
    assert _code(mentions("Turkish warplanes bombed Kurdish villages in northern Iraq."),
                 "Kurdish villages") == "IRQCVL"  # the place, not the attacker
    assert _code(mentions("Rebels killed fifty Hutu civilians."), "Hutu civilians") == "CVL"
    # faith words are no shared people
    assert _code(mentions("Croat forces expelled Muslims from the town."), "Muslims") is None


def test_compound_demonyms_name_the_state_lived_in(mentions):
    found = mentions("Bosnian Serb forces shelled Sarajevo.")
    assert _code(found, "Bosnian Serb forces") == "BIHMIL"
    assert not any(m.actor and m.actor.country == "SRB" for m in found)
    assert _code(mentions("Croatian Serb rebels attacked Zagreb."),
                 "Croatian Serb rebels") == "HRVREB"
    found = mentions("Greek Cypriot leaders rejected the Turkish Cypriot proposal.")
    assert _code(found, "Greek Cypriot leaders") == "CYPGOV"
    assert {m.actor.country for m in found if m.actor} == {"CYP"}
    assert _code(mentions("Zairean soldiers looted shops."), "Zairean soldiers") == "CODMIL"
    # controls: the single words keep their countries
    assert _code(mentions("Serb forces shelled the town."), "Serb forces") == "SRBMIL"
    assert _code(mentions("Greek officials met the press."), "Greek officials") == "GRCGOV"


def test_a_generic_seat_takes_the_country_word_before_it(mentions):
    found = mentions("Pakistan's Foreign Office rejected the claim.")
    assert _code(found, "Pakistan's Foreign Office") == "PAKGOV"
    assert next(m for m in found if m.text.startswith("Pakistan")).rule \
        == "seat:Foreign Office+country:PAK"
    assert _code(mentions("The German Foreign Office summoned the envoy."),
                 "The German Foreign Office") == "DEUGOV"
    assert _code(mentions("The Philippine Justice Department charged the suspects."),
                 "The Philippine Justice Department") == "PHLJUD"
    assert _code(mentions("The Austrian Chancellery issued a statement."),
                 "The Austrian Chancellery") == "AUTGOV"
    # controls: alone it keeps its country; a proper-name seat keeps its own
    assert _code(mentions("The Foreign Office issued a statement."),
                 "The Foreign Office") == "GBRGOV"
    assert _code(mentions("The Justice Department charged the suspects."),
                 "The Justice Department") == "USAJUD"


def test_a_generic_role_of_a_national_body_takes_its_sector(mentions):
    assert _code(mentions("Sinn Fein leader Gerry Adams met the press."),
                 "Sinn Fein leader") == "GBRPTY"
    assert _code(mentions("A Sinn Fein leader met the press."), "Sinn Fein leader") == "GBRPTY"
    # controls: an international body's official keeps IGO; a seat's its own sector
    assert _code(mentions("The UN official met the press."), "The UN official") == "UNIGO"
    assert _code(mentions("Pentagon officials met the press."), "Pentagon officials") == "USAMIL"


def test_role_nouns_of_the_agents_dictionary(mentions):
    assert _code(mentions("Nigeria's first lady visited a clinic."),
                 "Nigeria's first lady") == "NGAELI"
    assert _code(mentions("Kenya's first family attended the service."),
                 "Kenya's first family") == "KENELI"
    assert _code(mentions("A retired Egyptian general criticised the army."),
                 "retired Egyptian general") == "EGYELI"
    assert _code(mentions("Kenyan hijackers seized a plane."), "Kenyan hijackers") == "KENCRM"
    assert _code(mentions("Zimbabwean police beat opposition supporters in Harare."),
                 "opposition supporters") == "ZWEOPP"
    # controls: a serving general, a lady
    assert _code(mentions("An Egyptian general criticised the army."),
                 "Egyptian general") == "EGYMIL"


def test_biafran_separatists_by_name(mentions):
    found = mentions("Police arrested members of the Movement for the Actualization of the "
                     "Sovereign State of Biafra in Lagos.")
    assert any(m.actor and m.actor.code == "NGAREB" for m in found)
    assert _code(mentions("IPOB supporters marched in Enugu."), "IPOB") == "NGAREB"


def test_east_jerusalem_is_palestinian(mentions):
    found = mentions("Israeli police arrested two men in East Jerusalem.")
    assert _code(found, "East Jerusalem") == "PSECVL"
    # control: Jerusalem alone stays Israel's seat of government, and its place
    assert _code(mentions("Jerusalem rejected the plan."), "Jerusalem") == "ISRGOV"
    assert _code(mentions("Two men were arrested in Jerusalem."), "Jerusalem") == "ISRCVL"


def test_guards_and_secret_police_as_the_agents_dictionary_codes_them(mentions):
    found = mentions("The Iraqi Republican Guard attacked Kurds.")
    assert _code(found, "The Iraqi Republican Guard") == "IRQMIL"
    assert _code(found, "Kurds") == "IRQCVL"
    assert _code(mentions("The Zairean presidential guard fired on students."),
                 "The Zairean presidential guard") == "CODMIL"
    assert _code(mentions("Egyptian secret police arrested two men."),
                 "Egyptian secret police") == "EGYSPY"
    # control: police stay police
    assert _code(mentions("Egyptian police arrested two men."), "Egyptian police") == "EGYCOP"
