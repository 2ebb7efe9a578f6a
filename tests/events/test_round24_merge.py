"""Round 24 merge (lead): joint doers of a non-mutual act (``partners.pairs_of`` / ``bilateral_object``)
and the partner an ending of ties or missions needs (``semantics.yaml partner_entries``), with the cases
the read-only review of the merged change proved (co-supporters paired, truces unpaired, "each other"
on a light verb missed, "NASA terminated the mission" coded a sanction). Made-up sentences."""

from __future__ import annotations

import pytest

from tests.events.conftest import text_rows

CASES = [
    # co-doers of a third thing are not each other's partners
    ("The draft resolution was supported by the United Kingdom, Spain, Cameroon and Chile.", set()),
    ("France and Germany supported the resolution.", set()),
    ("The United States and Britain praised the ceasefire.", set()),
    ("Qatar and Egypt supported the talks.", set()),
    # a bilateral instrument: the trigger noun itself, the entry's complement, the doers' own
    ("Armenia and Azerbaijan signed a truce.", {("RETREAT", "ARM", "AZE"), ("RETREAT", "AZE", "ARM")}),
    ("India and Pakistan reaffirmed the ceasefire.", {("RETREAT", "IND", "PAK"), ("RETREAT", "PAK", "IND")}),
    ("Russia and the United States extended the New START treaty for five years.",
     {("SUPPORT", "RUS", "USA"), ("SUPPORT", "USA", "RUS")}),
    # "each other" under the trigger, on the light verb, or possessive
    ("France and Germany supported each other.", {("SUPPORT", "FRA", "DEU"), ("SUPPORT", "DEU", "FRA")}),
    ("Japan and South Korea expressed solidarity with each other.",
     {("SUPPORT", "JPN", "KOR"), ("SUPPORT", "KOR", "JPN")}),
    ("Iran and Iraq freed each other's prisoners.", {("RETREAT", "IRN", "IRQ"), ("RETREAT", "IRQ", "IRN")}),
    # ending ties or missions needs a partner named
    ("NASA terminated the mission.", set()),
    ("NASA announced the termination of the mission.", set()),
    ("Mali terminated its military missions with France on Monday.", {("SANCTION", "MLI", "FRA")}),
    ("Niger terminated its military cooperation with France.", {("SANCTION", "NER", "FRA")}),
    # second review: a negated light verb names no changed act; the commercial sense of a concession;
    # a venue of foreign officials is no place an arrest happens
    ("Germany did not announce an increase in aid to Ukraine.", set()),
    ("Germany announced an increase in aid to Ukraine.", {("AID", "DEU", "UKR")}),
    ("Kenya's government gave tax concessions to foreign investors.", set()),
    ("The Guinean government extended the mining concession of Rio Tinto.", set()),
    ("Israel's concessions to the Palestinians angered settlers.", {("CONCEDE", "ISR", "PSE")}),
    ("The foreign ministers of India and Pakistan met in Doha, Qatar. Three men were later detained.",
     {("CONSULT", "IND", "PAK")}),
    ("Farmers from Poland and Germany marched in Brussels, Belgium, against trade rules. Twelve men were arrested.",
     {("PROTEST", "POL", None), ("PROTEST", "DEU", None), ("COERCE", "BEL", "BEL")}),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_joint_doers_and_partners(text, expected):
    assert text_rows(text, "2021-01-01") == expected
