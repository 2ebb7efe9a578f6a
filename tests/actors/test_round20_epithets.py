"""Round 20 of issue 14 (branch a41): fixed epithets of states ("the Jewish state", "the
Hermit Kingdom"), Denmark's regions, and the PETRARCH2 unit-test records read as actor gold.
Every sentence is made up."""

from pathlib import Path

from detente.evaluate.actors import read_gold
from tests.actors.test_round8 import _code


def test_a_fixed_epithet_names_its_state(mentions):
    found = mentions("The Hermit Kingdom fired two shells at Seoul on Thursday.")
    assert _code(found, "The Hermit Kingdom") == "PRK"
    assert next(m for m in found if m.text == "The Hermit Kingdom").rule == "country:PRK"
    assert _code(mentions("The Jewish state rejected the proposal."), "The Jewish state") == "ISR"
    found = mentions("Washington warned the Islamic Republic against enriching uranium.")
    assert _code(found, "the Islamic Republic") == "IRN"
    assert _code(mentions("Voters in the Emerald Isle rejected the treaty."),
                 "Voters in the Emerald Isle") == "IRLCVL"


def test_a_definite_epithet_needs_the(mentions):
    assert _code(mentions("The Islamic Republic rejected the offer."), "The Islamic Republic") \
        == "IRN"
    # controls: "a Jewish state", "an Islamic republic" are kinds of state, not Israel or Iran
    found = mentions("The 1947 plan proposed a Jewish state and an Arab state.")
    assert not any(m.actor and m.actor.country == "ISR" for m in found)
    found = mentions("The militants want an Islamic republic in Somalia.")
    assert not any(m.actor and m.actor.country == "IRN" for m in found)
    # the longer names still win: a country's official name, Iran's news agency
    found = mentions("The Islamic Republic of Pakistan protested on Monday.")
    assert _code(found, "The Islamic Republic of Pakistan") == "PAK"
    found = mentions("The Islamic Republic News Agency reported the talks.")
    assert _code(found, "The Islamic Republic News Agency") == "IRNMED"
    # (round 20 merge) the other epithets likewise: "a hermit kingdom" is a kind of state
    found = mentions("Myanmar was long a hermit kingdom.")
    assert not any(m.actor and m.actor.country == "PRK" for m in found)


def test_denmark_regions_are_denmark(mentions):
    assert _code(mentions("Storms flooded villages on Zealand and Funen."), "Zealand") == "DNKCVL"
    assert _code(mentions("Police in Jutland arrested two men."), "Police in Jutland") == "DNKCOP"
    # control: New Zealand is matched whole
    found = mentions("New Zealand troops arrived in Dili.")
    assert _code(found, "New Zealand troops") == "NZLMIL"
    assert not any(m.actor and m.actor.country == "DNK" for m in found)


XML = """<Validation><Sentences>
<Sentence date="19950101" id="T-1" category="ACTOR" sentence="true">
<EventCoding sourcecode="USAGOV" targetcode="LBY" eventcode="064"></EventCoding>
<Text>
The White House criticised Libya on Monday.
</Text>
</Sentence>
<Sentence date="19950101" id="T-2" category="DEMO" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>Arnor criticised Gondor.</Text>
</Sentence>
<Sentence date="19950101" id="T-3" category="DEMO" sentence="true">
<EventCoding sourcecode="ERI" targetcode="USA" eventcode="064"></EventCoding>
<Text>Eriador criticised the United States.</Text>
</Sentence>
<Sentence date="19950101" id="T-4" category="DISCARD" sentence="true">
<EventCoding noevents="True"></EventCoding>
<Text>Nothing happened.</Text>
</Sentence>
</Sentences></Validation>
"""


def test_petrarch_unit_test_records_are_read_as_actor_gold(tmp_path: Path):
    path = tmp_path / "records.xml"
    path.write_text(XML, encoding="utf-8")
    gold = read_gold(path)
    # only the record with real countries is kept: invented ones (ARN, GON), the suite's
    # ERI (Eriador, not Eritrea) and records with no coded event are left out
    assert [r.id for r in gold] == ["T-1"]
    assert gold[0].text == "The White House criticised Libya on Monday."
    assert [(a.code, a.sector) for a in gold[0].actors] == [("USA", "GOV"), ("LBY", None)]


def test_national_bodies_from_phoenix_are_their_state(mentions):
    found = mentions("The Lok Sabha passed the bill after a long debate.")
    assert _code(found, "The Lok Sabha") == "INDLEG"
    assert next(m for m in found if m.text == "The Lok Sabha").rule == "org:phoenix-body:lok-sabha"
    assert _code(mentions("Iran's Guardian Council barred the candidate."), "Iran's Guardian") \
        == "IRNGOV"
    assert _code(mentions("FEMA sent water to the flooded towns."), "FEMA") == "USAGOV"
    assert _code(mentions("The Senate Armed Services Committee questioned the general."),
                 "The Senate Armed Services Committee") == "USALEG"
    assert _code(mentions("Fighters of Ahrar al Sham captured the checkpoint."),
                 "Fighters of Ahrar al Sham") == "SYRREB"


def test_composed_and_known_names_keep_their_reading(mentions):
    assert _code(mentions("The Rajya Sabha adjourned."), "The Rajya Sabha") == "INDLEG"
    # controls: a name the resolver composes keeps its phrase and rule (a country word and a
    # role noun), a generic body takes the country before it, detente's own rows win
    found = mentions("A British marines unit landed at dawn.")  # "Royal Marines" is a named body since round 31
    assert _code(found, "British marines") == "GBRMIL"
    found = mentions("The Assad forces shelled the town.")
    assert next(m for m in found if m.text == "The Assad forces").rule.startswith("role:forces")
    assert _code(mentions("Pakistan's National Security Council met on Monday."),
                 "Pakistan") .startswith("PAK")
    found = mentions("The Philippine Defense Department denied the report.")
    assert _code(found, "The Philippine Defense Department") == "PHLMIL"
    found = mentions("Israeli troops and the IDF entered the village.")
    assert next(m for m in found if m.text == "the IDF").rule == "org:idf"


def test_unattributed_figure_leaves_out_the_reporting_source(resources):
    import detente
    from detente.actors import COUNTRY_CODES
    from detente.evaluate.actors import unattributed_classes

    tables, iso = resources.get("actors"), set(COUNTRY_CODES)
    coded = detente.code("Afghan rebels kidnapped Russian advisers, Thai police said.",
                         resources=resources)
    assert unattributed_classes(coded, tables, iso) == {"AFG", "RUS"}
    # control: a speaker before the content is the event's source and is kept
    coded = detente.code("Iran threatened to cut off electricity to Iraq.", resources=resources)
    assert unattributed_classes(coded, tables, iso) == {"IRN", "IRQ"}
