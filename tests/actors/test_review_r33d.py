"""Review r33d of round 33 (a66's company nouns): the bugs it proved, mended (made-up
wording; the Wikinews sample may be quoted).

1. "exporter", "manufacturer" and "employer" describe states as often as firms ("the world's
   biggest oil exporter"): left out of the BUS group nouns, and a country named as a place
   keeps ``+state-speaks`` over what an apposition says of it (``quotes/describe.named_state``).
2. A company noun that modifies a common noun as a compound ("airline passengers", "bank
   accounts") is no actor (``actors/word_atoms._company_modifier``).
3. (leaving ``coref:definite`` copies out of ``quotes/context.main_country`` lowered a held-out
   quote set, gold/events/NOTES-f84.md; round 34's a67 and round 35's q74 count them once
   together instead, ``actors/maincountry.most_named``)
"""

from __future__ import annotations

import detente


def _speakers(text: str, date: str = "2019-05-01") -> list[tuple]:
    coded = detente.code(text, date=date)
    return [(q.speaker.actor.country, q.speaker.actor.sector, q.speaker.rule)
            for q in coded.quotes if q.speaker is not None and q.speaker.actor is not None]


def _sources(text: str, date: str = "2019-05-01") -> list[tuple]:
    coded = detente.code(text, date=date)
    return [(p.text, p.country, p.sector) for e in coded.events for p in e.source]


def test_a_state_described_as_an_exporter_or_employer_speaks_as_its_government():
    for text, country in (
            ("Freedonia's neighbour Norway, the region's biggest gas exporter, said the levy "
             "was \"unfair\".", "NOR"),
            ("China, the world's largest manufacturer, said the tariffs were \"unfair\".", "CHN"),
            ("Japan, a leading exporter of cars, said the duties were \"a mistake\".", "JPN"),
            ("Germany, the largest employer of seasonal workers in Europe, said the rules "
             "were \"fair\".", "DEU")):
        found = _speakers(text)
        assert found and all(s[:2] == (country, "GOV") for s in found), (text, found)
        assert all("state-speaks" in s[2] for s in found)


def test_the_largest_employer_beside_a_ministry_is_no_business_source():
    sources = _sources("A row over the budget erupted in the British parliament in London on "
                       "Monday. The Ministry of Defence, Britain's largest employer, criticised "
                       "the report.")
    assert all(s[2] != "BUS" for s in sources), sources


def test_company_nouns_for_firms_still_take_their_country():
    found = _speakers("Dutch retailer Marveld said the tax was \"a disaster\".")
    assert found and found[0][:2] == ("NLD", "BUS")


def test_a_company_noun_modifying_a_common_noun_is_no_actor():
    sources = _sources("Angry Kenyan airline passengers attacked police officers at the airport "
                       "in Nairobi.")
    assert sources and all(s[2] != "BUS" for s in sources), sources
    coded = detente.code("Doctors in Lagos checked the Ghanaian airline crews and their bank "
                         "cards on arrival.", date="2019-05-01")
    assert not any(m.actor is not None and m.actor.sector == "BUS" for m in coded.mentions)


def test_a_company_noun_before_an_actor_word_or_a_name_stays_a_company():
    sources = _sources("Kenyan airline Jambo Air sued the government on Tuesday.")
    assert ("KEN", "BUS") in {s[1:] for s in sources}
