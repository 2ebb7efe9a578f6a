"""Round 9 of issue 14: speakers' countries and sectors by the gold conventions for officials
of international bodies and for the opposition; every sentence here is made up."""

import detente


def _speakers(text, date="2021-03-01"):
    return [q.speaker for q in detente.code(text, date=date).quotes if q.direct]


def _speaker(text, date="2021-03-01"):
    speakers = _speakers(text, date)
    assert len(speakers) == 1
    return speakers[0]


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
