"""Round 20 of issue 14 (fresh Wikinews tune material, gold/quotes/extra3): a university's
chancellor or dean heads a school, not a government; a speaker named by an acronym the article
defines speaks as the body it spells out, with that body's country and sector; an acronym's
definition is the run of words that spells it, not the person named before it; sportswriters
are media and coaches private persons; every sentence here is made up."""

from tests.quotes.conftest import speaker_of_quote

DATE = "2019-02-11"


# 1. A chancellor (vice-chancellor, dean, rector, provost) of a university heads the school.

SCHOOL = ("The death of the chemist Ida Brandt was announced on Friday by the University of "
          "Northfield, Kansas. \"Ida was the finest teacher I have known,\" said University of "
          "Northfield, Kansas's chancellor, Omar Haddad. Tom Ash, vice-chancellor of Kent "
          "College, said \"we have lost a friend\".")
GOVERNMENT = ("Germany will raise its pension age, the government said on Friday. "
              "\"It is a hard but fair step,\" said Chancellor Olaf Brandt.")


def test_a_universitys_chancellor_is_an_academic():
    speaker = speaker_of_quote(SCHOOL, "Ida was", DATE)
    assert speaker.name == "Omar Haddad"
    assert speaker.actor.sector == "EDU"
    assert "academic-head:chancellor" in speaker.actor.entry


def test_a_vice_chancellor_of_a_college_is_an_academic():
    speaker = speaker_of_quote(SCHOOL, "we have lost", DATE)
    assert speaker.name == "Tom Ash"
    assert speaker.actor.sector == "EDU"


def test_control_a_government_chancellor_stays_government():
    speaker = speaker_of_quote(GOVERNMENT, "It is a hard", "2019-10-17")
    assert speaker.actor.sector == "GOV"


# 2. An acronym the article defines names the body it spells out.

DEFINED = ("The storm killed four people in Luzon on Sunday, according to the Catholic "
           "Bishops' Conference of the Philippines (CBCP). The CBCP said, \"We pray for the "
           "dead.\" The late priest was described by the CBCP as \"a friend of the poor.\"")
TABLED = ("The vote was held on Sunday, the United Nations (UN) said. The UN said \"the vote "
          "was fair\".")


def test_a_defined_acronym_speaks_as_its_body():
    speaker = speaker_of_quote(DEFINED, "We pray", DATE)
    assert speaker.name == "Catholic Bishops' Conference of the Philippines"
    assert (speaker.actor.country, speaker.actor.sector) == ("PHL", "REL")
    assert speaker.actor.entry.startswith("acronym:CBCP>")
    assert "acronym-defined" in speaker.rule


def test_a_defined_acronym_spelled_out_by_an_earlier_rule_gets_the_bodys_actor():
    speaker = speaker_of_quote(DEFINED, "a friend of", DATE)
    assert (speaker.actor.country, speaker.actor.sector) == ("PHL", "REL")


def test_control_an_acronym_the_tables_know_keeps_its_code():
    speaker = speaker_of_quote(TABLED, "the vote was", DATE)
    assert speaker.actor.country == "UN"


def test_an_acronyms_definition_is_the_run_that_spells_it():
    from detente.quotes.acronyms import defined

    text = "Ann Cole of the UK's National Crime Agency (NCA) said so."
    span = defined(text, "NCA")
    assert text[span[0]:span[1]] == "National Crime Agency"
    assert defined("Ann Cole (NCA) said so.", "NCA") is None


def test_a_spokesperson_for_a_defined_acronym_speaks_for_the_agency_not_the_person():
    text = ("Police arrested six men on Monday. Ann Cole of the UK's National Crime Agency "
            "(NCA) said the raids went well. Tom Jordan, a spokesman for the NCA, said, "
            "\"We will find them.\"")
    speaker = speaker_of_quote(text, "We will find", "2019-10-17")
    assert speaker.name == "National Crime Agency"


# 3. Sportswriters are media, coaches private persons.

def test_a_sportswriter_is_media():
    text = ("The wrestler died on Saturday in Tokyo, Japan. Wrestling sportswriter Dan Ruiz "
            "said \"this is a death that social media must answer for\".")
    assert speaker_of_quote(text, "this is a death", "2020-05-24").actor.sector == "MED"


def test_a_coach_is_a_private_person():
    # Merge of round 20: only "head coach" / "assistant coach" are titles; a bare "coach" as a
    # person role let "the coach said" take the player named before (tests/quotes/test_round13).
    text = ("On Saturday, Leeds defeated York in England. \"I am happy with that\", Leeds "
            "head coach Glen Ingram said.")
    speaker = speaker_of_quote(text, "I am happy", "2020-08-18")
    assert speaker.actor.sector == "CVL"
    assert "coach" in speaker.actor.entry


# 4. A person of a named government body is its official; of a police-named one, police.

OFFICES = ("Floods hit York on Monday. Karen Smith of the UK's Environment Agency said, \"We "
           "are ready.\" Jim Fox of the National Crime Agency said \"arrests will follow\". Jo "
           "Roe of the Department of Chemistry at York University said \"the water is wet\".")


def test_a_person_of_a_named_agency_is_a_government_official():
    speaker = speaker_of_quote(OFFICES, "We are ready", "2019-10-17")
    assert (speaker.actor.country, speaker.actor.sector) == ("GBR", "GOV")
    assert "office:named agency" in speaker.actor.entry


def test_a_person_of_a_crime_agency_is_police():
    speaker = speaker_of_quote(OFFICES, "arrests will", "2019-10-17")
    assert speaker.actor.sector == "COP"


def test_control_a_university_department_stays_academic():
    speaker = speaker_of_quote(OFFICES, "the water is", "2019-10-17")
    assert speaker.actor.sector == "EDU"


# 5. A person whose surname is a country's name, of a body, is that person, not the state.

SURNAME = ("Police in Leeds arrested six men on Monday. Nikki Holland of the UK's National "
           "Crime Agency (NCA) said, \"They cannot hide from us.\"")


def test_a_surname_that_is_a_country_names_a_person_of_a_body():
    speaker = speaker_of_quote(SURNAME, "They cannot", "2019-10-17")
    assert speaker.name == "Nikki Holland"
    assert (speaker.actor.country, speaker.actor.sector) == ("GBR", "COP")
    assert "surname-a-country" in speaker.rule


def test_control_a_body_named_after_a_country_stays_the_body():
    text = ("Air France said on Monday that flights would resume. \"We are flying again,\" "
            "Air France said.")
    speaker = speaker_of_quote(text, "We are flying", "2019-10-17")
    assert (speaker.name, speaker.actor.country, speaker.actor.sector) == (
        "Air France", "FRA", "BUS")


def test_a_person_heading_a_navy_agency_is_military():
    text = ("Four ships are searching off Java, Indonesia. \"We will search until we find it,\" "
            "the fleet's Navy Information Agency head Budi Santoso told reporters.")
    speaker = speaker_of_quote(text, "We will search", "2019-01-10")
    assert speaker.actor.sector == "MIL"


# 6. A body speaking under a named office's name: police or armed words decide, a private
#    person's word ("National") names no kind of office.

BODY_OFFICES = ("Police in Leeds, England arrested six men on Monday. The National Crime "
                "Agency said \"more will follow\". The Environment Agency said \"the rivers are "
                "rising\". The Alachua Sheriff's Office said \"two were arrested\".")


def test_a_crime_agency_speaking_is_police_not_a_private_person():
    speaker = speaker_of_quote(BODY_OFFICES, "more will", "2019-10-17")
    assert (speaker.actor.country, speaker.actor.sector) == ("GBR", "COP")


def test_a_named_agency_speaking_is_government():
    speaker = speaker_of_quote(BODY_OFFICES, "the rivers", "2019-10-17")
    assert speaker.actor.sector == "GOV"
    assert "office:named agency" in speaker.actor.entry


def test_control_a_sheriffs_office_keeps_its_role_word():
    speaker = speaker_of_quote(BODY_OFFICES, "two were", "2019-10-17")
    assert speaker.actor.sector == "COP"
    assert "office:sheriff" in speaker.actor.entry


# 7. A surname at the cue names its own person, not the one its role's chain was linked to.

SUCCESSOR = ("Roman Catholic Bishop Emeritus Renato Mabini of the Tandag diocese in the "
             "Philippines, 81, died early yesterday morning in a Butuan City hospital, "
             "according to the Catholic Bishops' Conference of the Philippines (CBCP). He "
             "would have been 82 on March 3.\n\nIn a statement, the current bishop, Ramon "
             "Aquino, said, \"It is with great sadness that I announce the death of our bishop "
             "emeritus.\"  Aquino also asked people to \"please pray for the repose of his "
             "soul\".")


def test_a_surname_names_its_own_person_not_the_roles_earlier_holder():
    speaker = speaker_of_quote(SUCCESSOR, "please pray", DATE)
    assert speaker.name == "Ramon Aquino"
    assert "own-name" in speaker.rule


def test_control_the_full_name_at_the_cue_is_unchanged():
    assert speaker_of_quote(SUCCESSOR, "It is with great", DATE).name == "Ramon Aquino"


# 8. A document "of the Court" (capitalised) is the court named before.

COURT = ("On Wednesday, the Supreme Court of Freedonia issued a ruling on the election. The "
         "opinion of the Court, released on Wednesday, read in part, \"the oath of office is "
         "unconstitutional\".")
NO_COURT = ("On Wednesday, the Freedonian Senate voted on the election. The opinion of the "
            "Court, released on Wednesday, read in part, \"the oath of office is "
            "unconstitutional\".")


def test_a_document_of_the_capitalised_court_is_the_court_named_before():
    speaker = speaker_of_quote(COURT, "the oath", "2019-08-08")
    assert speaker.name is not None and "Supreme Court" in speaker.name
    assert speaker.actor.sector == "JUD"
    assert "capitalised-body" in speaker.rule


def test_control_no_court_named_before_leaves_it_unnamed():
    speaker = speaker_of_quote(NO_COURT, "the oath", "2019-08-08")
    assert "capitalised-body" not in (speaker.rule or "")


# 9. A name of an office word and a surname is the person the article names in full.

def _clean(name: str, mentions: list):
    from detente.quotes.names import clean_name
    from detente.records import Actor, Speaker

    speaker = Speaker(text=name, name=name, actor=Actor("PRI", "GOV", name=name), start=0,
                      end=len(name), rule="mention")
    return clean_name(speaker, mentions)


def _person(text: str, name: str):
    from detente.records import Actor, Mention

    return Mention(text=text, start=0, end=len(text), sentence=0, label="PERSON",
                   actor=Actor("PRI", "GOV", name=name))


def test_an_office_and_a_surname_is_the_person_named_in_full():
    found = _clean("Governor Ortiz", [_person("Secretary Ana Ortiz Colón", "Ana Ortiz Colón")])
    assert found.name == "Ana Ortiz Colón"
    assert found.rule.endswith("+full-name")


def test_control_two_people_of_the_surname_leave_the_name():
    found = _clean("Governor Ortiz", [_person("Ana Ortiz Colón", "Ana Ortiz Colón"),
                                      _person("Luis Ortiz", "Luis Ortiz")])
    assert found.name == "Governor Ortiz"
