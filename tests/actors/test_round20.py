"""Round 20 of issue 14: a nationality's person nouns are its civilians, pro-democracy and
anti-government people are the opposition, and people backing someone out of office are the
opposition. Every sentence is made up."""

from tests.actors.test_round8 import _code


def test_a_nationality_before_a_person_noun_is_its_civilians(mentions):
    found = mentions("Israeli troops shot dead a Palestinian youth near the checkpoint.")
    assert _code(found, "Palestinian") == "PSECVL"
    assert next(m for m in found if m.text == "Palestinian").rule == "demonym:Palestinian"
    assert _code(mentions("A Kenyan court jailed a British man for fraud."), "British") == "GBRCVL"
    assert _code(mentions("Two Iraqi boys were wounded by a roadside bomb."), "Iraqi") == "IRQCVL"
    assert _code(mentions("A Japanese woman was kidnapped on Monday."), "Japanese") == "JPNCVL"
    # controls: the nouns are no actor of their own; a country's troops keep their sector
    found = mentions("A man was killed when police opened fire in the market.")
    assert not any(m.text.lower().endswith("man") for m in found)
    assert _code(mentions("Iraqi soldiers searched the house."), "Iraqi soldiers") == "IRQMIL"
    assert _code(mentions("The Iraqi plan was rejected."), "Iraqi") == "IRQ"


def test_pro_democracy_and_anti_government_people_are_the_opposition(mentions):
    assert _code(mentions("Pro-democracy activists in Burma called for a boycott."),
                 "Pro-democracy activists") == "MMROPP"
    assert _code(mentions("Anti-government activists in Bangkok were arrested."),
                 "Anti-government activists") == "THAOPP"
    assert _code(mentions("A Chinese democracy activist was jailed for ten years."),
                 "Chinese democracy activist") == "CHNOPP"
    found = mentions("Burmese pro-democracy leader Aung San Suu Kyi urged sanctions.")
    assert _code(found, "Burmese") == "MMROPP"  # the office the text names, not her later one
    assert next(m for m in found if m.text.startswith("Burmese")).rule.endswith(
        "+title:pro-democracy leader")
    # control: a leader the text gives no such title keeps the roster's office
    assert _code(mentions("Burmese leader Aung San Suu Kyi urged sanctions."), "Burmese") \
        == "MMRGOV"


def test_backers_of_someone_out_of_office_are_the_opposition(mentions):
    found = mentions("Supporters of opposition leader Raila Odinga protested in Nairobi.")
    assert _code(found, "Supporters") == "KENOPP"
    assert next(m for m in found if m.text.startswith("Supporters")).rule.startswith(
        "role:supporters+")
    # controls: backers of an office-holder or a body are no phrase of their own; the one
    # backed is still the mention
    found = mentions("Supporters of President Mwai Kibaki rallied in Nairobi.")
    assert not any(m.text.startswith("Supporters") for m in found)
    assert _code(found, "President Mwai Kibaki") == "KENGOV"
    assert _code(mentions("Hamas supporters marched in Gaza."), "Hamas") == "PSEREB"


def test_a_person_apposed_to_their_former_office_is_out_of_office(mentions):
    found = mentions("Nawaz Sharif, the former prime minister, was arrested.")
    assert _code(found, "Nawaz Sharif") == "PAKELI"
    assert next(m for m in found if m.text == "Nawaz Sharif").rule.endswith("+former-apposition")
    assert _code(found, "the former prime minister") == "PAKELI"
    assert _code(mentions("Nelson Mandela, the former South African president, urged calm."),
                 "Nelson Mandela") == "ZAFELI"
    # controls: a past office that is not the roster's one leaves the person in office
    assert _code(mentions("Vladimir Putin, a former KGB officer, met the envoy."),
                 "Vladimir Putin") == "RUSGOV"
    assert _code(mentions("Nawaz Sharif, the prime minister, was arrested."), "Nawaz Sharif") \
        == "PAKGOV"


def test_exiled_opposition_stays_the_opposition(mentions):
    assert _code(mentions("Exiled Iraqi opposition leaders met in London."),
                 "Exiled Iraqi opposition leaders") == "IRQOPP"
    assert _code(mentions("Exiled opposition leader Benazir Bhutto returned to Pakistan."),
                 "Exiled opposition leader") == "PAKOPP"
    # controls: an exiled office-holder and a former opposition leader are out of office (ELI)
    assert _code(mentions("The exiled Haitian president called for calm."),
                 "The exiled Haitian president") == "HTIELI"
    assert _code(mentions("Former opposition leader Raila Odinga met the envoy."),
                 "Former opposition leader") == "KENELI"


def test_prisoners_of_war_and_political_prisoners(mentions):
    assert _code(mentions("Iran released Iraqi prisoners of war."), "Iraqi prisoners") == "IRQMIL"
    assert _code(mentions("Chinese political detainees were released."),
                 "Chinese political detainees") == "CHNOPP"
    # controls: other captives stay civilians
    assert _code(mentions("Iraqi prisoners were freed."), "Iraqi prisoners") == "IRQCVL"
    assert _code(mentions("Iraqi prisoners of the war in the north were freed."),
                 "Iraqi prisoners") == "IRQCVL"
