"""Round 9 of issue 14: speakers' countries and sectors by the gold conventions for officials
of international bodies and for the opposition; every sentence here is made up."""

from tests.quotes.conftest import direct_speakers, sole_speaker

_speakers = direct_speakers
_speaker = sole_speaker


def test_a_spokesperson_of_an_intergovernmental_body_is_igo():
    speaker = _speaker('"The grain quota stands," said a spokesperson for the European '
                       'Commission.')
    assert (speaker.actor.country, speaker.actor.sector) == ("EU", "IGO")
    assert speaker.rule.endswith("+igo-official")


def test_a_representative_of_a_un_agency_is_igo_not_a_legislator():
    speaker = _speaker('"The wells are dry," said Mara Quell, the UNICEF representative in '
                       'the province.')
    assert (speaker.actor.country, speaker.actor.sector) == ("UN", "IGO")


def test_a_national_official_keeps_the_government_sector():
    speaker = _speaker('"The wells are dry," said a spokesperson for the Kenyan interior '
                       'ministry.')
    assert (speaker.actor.country, speaker.actor.sector) == ("KEN", "GOV")


def test_the_body_code_wins_over_the_place_an_igo_official_serves():
    speaker = _speaker('"The convoys are stuck," said Mara Quell, the UN aid coordinator for '
                       'Chad.')
    assert (speaker.actor.country, speaker.actor.sector) == ("UN", "IGO")


def test_a_place_still_gives_the_country_of_an_ngo_worker():
    speaker = _speaker('"The convoys are stuck," said Mara Quell, Oxfam\'s country director '
                       'in Chad.')
    assert speaker.actor.country == "TCD"


def _actor(text, date="2019-06-01"):
    actor = _speaker(text, date).actor
    return actor.country, actor.sector


def test_a_shadow_minister_is_opposition():
    assert _actor('MPs met in London. "The budget is a fantasy," said shadow home secretary '
                  'Rowan Pell.') == ("GBR", "OPP")


def test_an_opposition_lawmaker_is_opposition():
    assert _actor('"The vote was rigged," said Ines Varga, an opposition lawmaker in '
                  'Caracas.') == ("VEN", "OPP")


def test_shadow_as_a_plain_noun_changes_nothing():
    speaker = _speaker('MPs met in London. "We live in the shadow of the crisis," said '
                       'Conservative MP Rowan Pell.', "2019-06-01")
    assert speaker.actor.sector == "LEG" and "+opposition" not in speaker.rule


def test_a_party_out_of_government_makes_its_politicians_opposition():
    text = 'MPs met in London. "The budget is a fantasy," said Labour deputy leader Rowan Pell.'
    assert _actor(text, "2019-06-01") == ("GBR", "OPP")
    assert _actor(text, "2008-06-01") == ("GBR", "PTY")  # Labour governed: the party's office


def test_a_legislator_of_the_governing_party_stays_a_legislator():
    assert _actor('MPs met in London. "The budget is sound," said Conservative MP Rowan '
                  'Pell.') == ("GBR", "LEG")


def test_a_party_spokesperson_speaks_for_the_party():
    speaker = _speaker('MPs met in London. "The budget is a fantasy," a Labour spokesman '
                       'said.', "2019-06-01")
    assert speaker.name == "Labour" and speaker.actor.sector == "OPP"


def test_a_party_named_by_possessive_or_of_phrase():
    assert _actor('MPs met in London. "The budget is a fantasy," said Rowan Pell, '
                  'Labour\'s deputy leader.') == ("GBR", "OPP")
    assert _actor('The vote in Canberra was close. "This bill is a disgrace," said Rowan Pell '
                  'of the Labor Party.') == ("AUS", "OPP")


def test_a_party_is_read_in_its_own_country_only():
    # "Liberal" governs Canada in 2019; the same word is no party of the UK table
    assert _actor('MPs met in Ottawa, Canada. "The budget is sound," said Liberal leader '
                  'Rowan Pell.') == ("CAN", "PTY")


def test_the_parties_table_reads_and_its_periods_are_ordered():
    from detente.quotes.parties import governing, parties

    table = parties()
    assert table and all(len(country) == 3 for country, _ in table)
    for periods in table.values():
        for start, end in periods:
            assert len(start) == 10 and (not end or start < end)
    import datetime as dt
    assert governing("GBR", "Tory", dt.date(2019, 1, 1)) is True
    assert governing("GBR", "SNP", dt.date(2019, 1, 1)) is False
    assert governing("USA", "Republican", dt.date(2019, 1, 1)) is None


def test_a_hong_kong_activist_of_the_roster_is_hkg():
    assert _actor('"The square will fill again," said Joshua Wong.', "2019-10-01")[0] == "HKG"


def test_a_minister_of_the_governing_party_stays_government():
    assert _actor('MPs met in London. "The budget is sound," a Labour minister said.',
                  "2008-06-01") == ("GBR", "GOV")


def test_a_party_speaking_under_its_name():
    speaker = _speaker('MPs met in London. "The budget is a fantasy," the Liberal Democrats '
                       'said in a statement.', "2019-06-01")
    assert (speaker.actor.country, speaker.actor.sector) == ("GBR", "OPP")


def test_a_civil_office_ending_in_general_is_no_soldier():
    for title in ("director general", "inspector general", "surgeon general"):
        speaker = _speaker(f'"The figures are wrong," said {title} Rowan Pell.')
        assert speaker.actor.sector == "GOV", title
    assert _speaker('"The troops are ready," said Major General Rowan Pell.').actor.sector == "MIL"


def test_unnamed_private_persons_take_cvl_and_the_articles_country():
    for phrase in ("witnesses said", "one survivor told reporters", "a lawyer for the family "
                   "said"):
        speaker = _speaker(f'Shelling hit Aleppo, Syria, on Monday. "The road is cut," {phrase}.')
        assert (speaker.actor.country, speaker.actor.sector) == ("SYR", "CVL"), phrase


def test_a_private_noun_modifying_a_body_is_no_role():
    # "victim" and "parent" are not in the list: "victim group" is a body, not a victim
    speaker = _speaker('"The church must pay," said Rowan Pell of the victim group Clergy '
                       'Watch.')
    assert speaker.actor is None or speaker.actor.sector != "CVL"


def test_a_company_spokesperson_speaks_for_the_company():
    speaker = _speaker('"We removed the posts," a Twitter spokesperson said.')
    assert speaker.name == "Twitter" and (speaker.actor.country, speaker.actor.sector) == (
        "USA", "BUS")


def test_an_unknown_company_is_no_government_by_its_spokesperson():
    speaker = _speaker('Markets fell in Tokyo, Japan. "Sales fell," said a spokesman for '
                       'Zentrix Airways.')
    assert (speaker.actor.country, speaker.actor.sector) == ("JPN", "BUS")
    speaker = _speaker('"Sales fell," said a spokesman for Zentrix Capital.')
    assert speaker.actor is None or speaker.actor.sector != "GOV"


def test_a_government_body_no_table_knows_keeps_its_spokespersons_government():
    speaker = _speaker('Floods hit York, England. "The river is rising," a spokesman for the '
                       'Waterways Agency said.')
    assert speaker.actor.sector == "GOV"


def test_a_surname_links_to_a_full_name_the_tagger_missed():
    speaker = _speaker('The race was held in Berlin, Germany. Kenyan runner Eli Kotut won. '
                       '"I am happy," Kotut said.')
    assert speaker.name == "Eli Kotut" and speaker.rule.count("+surname>name") == 1
    assert (speaker.actor.country, speaker.actor.sector) == ("KEN", "CVL")


def test_a_surname_does_not_link_to_a_body_name():
    speaker = _speaker('The vote was held in Berlin, Germany. The Free Democratic Party won. '
                       '"I am happy," Party said.')
    assert "+surname>name" not in (speaker.rule or "")


def test_a_definite_nationality_names_the_person_just_named():
    speaker = _speaker('The match was in Madrid, Spain. Juan Perez scored twice. "It was a '
                       'great night," the Argentine told reporters.')
    assert speaker.name == "Juan Perez" and speaker.actor.country == "ARG"
    assert speaker.rule.startswith("definite>person-before")


def test_a_definite_nationality_with_no_person_before_stays_unnamed():
    speaker = _speaker('The match was in Madrid, Spain. "It was a great night," the Argentine '
                       'told reporters.')
    assert speaker.actor.country == "ARG" and "person-before" not in (speaker.rule or "")


def test_an_attorney_general_is_government_a_prosecutor_a_court_officer():
    assert _actor('The suit was filed in Sacramento, California. "The rule is unlawful," '
                  'said state Attorney General Rowan Pell.')[1] == "GOV"
    assert _actor('The trial opened in Tehran, Iran. "The accused will answer," said '
                  'prosecutor Rowan Pell.')[1] == "JUD"


def test_an_anonymous_source_speaks_from_the_articles_country():
    speaker = _speaker('Talks resumed in Moscow, Russia. "The deal is close," a source told '
                       'the news site.')
    assert (speaker.actor.country, speaker.actor.sector) == ("RUS", None)
    speaker = _speaker('Fighting went on in Aden, Yemen. "The port is shut," a military source '
                       'said.')
    assert (speaker.actor.country, speaker.actor.sector) == ("YEM", "MIL")
    assert speaker.rule.endswith("anonymous-source")


def test_the_vatican_speaking_as_a_body_is_religious():
    speaker = _speaker('The Pope met pilgrims in Rome. "Peace is possible," a Vatican spokesman '
                       'said.')
    assert (speaker.actor.country, speaker.actor.sector) == ("VAT", "REL")
