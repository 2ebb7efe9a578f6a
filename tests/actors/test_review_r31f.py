"""Review r31f of round 31 (f74's actor mends): the bugs it proved, mended (made-up wording).

1. ``resolver.pick_person``: with nobody of the name in office, an office starting after the
   day is no claim on it ("Lord Goldsmith" in 2008-2016 is the former attorney general, not the
   peer made in 2020).
2. ``appositions.office_over_gap``: a past office written with another word ("the Labour
   premier" of a former prime minister) or spoken of in the past ("premier during the crisis")
   is no current office.
3. ``matcher.of_another_country``: "warned the Royal Navy of China's response": the "of" is the
   verb's, the body stays the UK's.
4. ``seats._possessive``: "the governor of Georgia's spokesman" is the US governor's own; only
   a proper noun owned ("Georgia's Kakheti region") makes Georgia the country.
8. ``estimate._name_title``: a weekday after a titled name ("King Salman Sunday received ...") is
   a date, not a thing named after the person.
"""

from __future__ import annotations

import detente


def _speaker_actor(text: str, date: str | None):
    quotes = detente.code(text, date=date).quotes
    speaker = quotes[0].speaker if quotes else None
    actor = speaker.actor if speaker is not None else None
    return (speaker.name, actor.country, actor.sector, actor.entry or "") if actor else None


def _mention(text: str, date: str, start: str):
    found = [m for m in detente.code(text, date=date).mentions if m.text.startswith(start)]
    return (found[0].actor.country, found[0].actor.sector, found[0].actor.entry or "") \
        if found and found[0].actor else None


def test_a_name_goes_to_the_holder_of_an_office_started_by_the_day():
    for date in ("2008-03-01", "2012-03-01", "2016-03-01"):
        name, country, sector, entry = _speaker_actor(
            "Lord Goldsmith said the inquiry into the war should be held in public.", date)
        assert (name, country, sector) == ("Peter Goldsmith", "GBR", "ELI"), (date, entry)
    name, _, sector, _ = _speaker_actor("Lord Goldsmith told MPs the war was legal.", "2005-03-01")
    assert (name, sector) == ("Peter Goldsmith", "GOV")
    name, _, sector, _ = _speaker_actor("Lord Goldsmith said the climate pledges were vital.",
                                        "2021-03-01")
    assert (name, sector) == ("Zac Goldsmith", "GOV")
    name, _, sector, _ = _speaker_actor("Lord Goldsmith said the climate pledges were abandoned.",
                                        "2024-03-01")
    assert (name, sector) == ("Zac Goldsmith", "ELI")


def test_a_past_office_under_another_word_is_no_current_office():
    for text in ("Gordon Brown, the Labour premier, warned that the banks would need more help.",
                 "Gordon Brown, Britain's premier during the banking crisis, said the country must act."):
        country, sector, entry = _mention(text, "2021-03-01", "Gordon Brown")
        assert (country, sector) == ("GBR", "ELI"), (text, entry)
        assert "apposition" not in entry
    # a current office the roster lacks is still read from the apposition (review r31c)
    _, sector, entry = _mention("Keir Starmer, the prime minister, said the country must act.",
                                "2025-03-01", "Keir Starmer")
    assert sector == "GOV", entry


def test_a_country_s_possessive_after_of_leaves_the_body_its_own():
    for text in ("Beijing warned the Royal Navy of China's firm response if the carrier entered the strait.",
                 "The Kremlin accused the Royal Navy of Ukraine's provocations in the Black Sea."):
        rows = [(e.type, [p.country for p in e.target], [p.sector for p in e.target])
                for e in detente.code(text, date="2021-03-01").events]
        assert rows and rows[0][1:] == (["GBR"], ["MIL"]), (text, rows)
    # the body of another country is still that country's (review r31c)
    found = _mention("The Royal Navy of Oman seized a dhow.", "2009-05-01", "The Royal Navy")
    assert found[0] == "OMN"


def test_a_us_governor_s_own_people_stay_american():
    for text in ("The governor of Georgia's spokesman said the bill would be signed in Atlanta on Friday.",
                 "The governor of Georgia's spokeswoman said the veto would stand."):
        name, country, sector, entry = _speaker_actor(text, "2019-05-01")
        assert (country, sector) == ("USA", "GOV"), (text, entry)
    found = _mention("The governor of Georgia's Kakheti region resigned on Friday.", "2019-05-01",
                     "The governor")
    assert found[0] == "GEO"


def test_a_weekday_after_a_titled_name_still_dates_the_text():
    coded = detente.code("King Salman Sunday received the US envoy in Riyadh.")
    assert coded.date_estimate is not None
    assert any("king-salman" in e for e in coded.date_estimate.evidence)
    assert detente.code("Drivers crossed the King Fahd Causeway on Monday.").date_estimate is None
