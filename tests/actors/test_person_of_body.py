"""A person joined to an international body by "of" carries the body's actor, sector
included, and stays the person by name (issue 14, round 7b)."""

import detente


def _speaker(text):
    quotes = detente.code(text, date="2021-06-16").quotes
    assert len(quotes) == 1
    return quotes[0].speaker


def _mention(text, starts):
    coded = detente.code(text, date="2021-06-16")
    return next(m for m in coded.mentions if m.text.startswith(starts))


def test_an_unknown_person_of_an_igo_takes_its_sector():
    mention = _mention("Anna Berger of the International Monetary Fund said prices will rise.",
                       "Anna Berger")
    assert mention.actor.code == "IMFIGO" and mention.actor.name == "Anna Berger"


def test_the_speaker_is_the_person_with_the_bodys_actor():
    speaker = _speaker('"Prices will rise," said Anna Berger of the International Monetary '
                       'Fund.')
    assert speaker.name == "Anna Berger"
    assert speaker.actor.code == "IMFIGO"


def test_the_igo_sector_is_not_the_description_of_a_fund():
    speaker = _speaker('"Cases are rising," Mark Olsen of the World Health Organization said.')
    assert speaker.name == "Mark Olsen" and speaker.actor.code == "WHOIGO"


def test_a_spokesman_for_a_un_agency_speaks_for_it():
    speaker = _speaker('"Camps are full," a spokesman for the UN refugee agency said.')
    assert speaker.actor is not None and speaker.actor.sector == "IGO"


def test_a_person_of_a_seat_of_government_takes_its_sector():
    mention = _mention("Anna Berger of the Pentagon said the exercise was over.", "Anna Berger")
    assert mention.actor.country == "USA" and mention.actor.sector == "MIL"


def test_a_role_keeps_its_own_sector_under_an_international_body():
    mention = _mention("Arab League Secretary-General Omar Haddad said talks would resume.",
                       "Arab League")
    assert mention.actor is not None and mention.actor.sector != "IGO"


def test_a_person_of_a_company_no_table_knows_gets_no_body_sector():
    mention = _mention("Anna Berger of Zentrix Holdings said sales fell.", "Anna Berger")
    assert mention.actor is None or mention.actor.sector is None


def test_a_person_titled_by_an_international_body_carries_its_code():
    speaker = _speaker('"Prices will rise," said IMF chief economist Anna Berger.')
    assert speaker.name == "Anna Berger" and speaker.actor.code == "IMFIGO"

