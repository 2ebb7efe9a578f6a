"""Event locations: the place in the event's clause, the dateline, or none."""

from __future__ import annotations

from detente.places import to_place
from detente.places.locate import dateline_place, locate_event
from detente.places.resolve import resolve_names
from detente.places.toponyms import find_toponyms, is_metonym
from detente.records import Event


def _places(gaz, doc):
    tops = resolve_names(gaz, find_toponyms(doc, gaz))
    sentence_of = {t.start: i for i, s in enumerate(doc.sents) for t in [*tops] if s.start_char <= t.start < s.end_char}
    return [to_place(gaz, t, sentence=sentence_of[t.start], metonym=is_metonym(doc, t, gaz)) for t in tops]


def _event(doc, trigger: str, sentence: int = 0) -> Event:
    start = doc.text.index(trigger)
    return Event(type="CONSULT", cameo="040", goldstein=1.0, quad=1, source=[], target=[],
                 sentence=sentence, start=start, end=start + len(trigger), trigger=trigger,
                 trigger_start=start, trigger_end=start + len(trigger), evidence=doc.text, rule="test")


def test_talks_in_geneva(gaz, parse_one):
    # a locative preposition attached to the trigger's clause ("meet for talks in Geneva")
    doc = parse_one("Putin and Biden meet for talks in Geneva, Switzerland on June 16.")
    location, rule = locate_event(doc, _event(doc, "meet"), _places(gaz, doc), None)
    assert location.name == "Geneva" and location.country == "CHE" and rule == "clause:prep"
    assert abs(location.lat - 46.2) < 0.1 and abs(location.lon - 6.15) < 0.1


def test_attack_on_a_village_near_aleppo(gaz, parse_one):
    # two locative prepositions on the way: on a village, near Aleppo
    doc = parse_one("Rebels launched an attack on a village near Aleppo on Tuesday.")
    location, rule = locate_event(doc, _event(doc, "attack"), _places(gaz, doc), None)
    assert location.name == "Aleppo" and location.country == "SYR"


def test_topic_place_is_not_the_site(gaz, parse_one):
    # "concerns about troops near Ukraine": Ukraine is a topic of the rejection, not its site
    doc = parse_one("Putin dismissed concerns about troops near Ukraine's eastern border.")
    location, rule = locate_event(doc, _event(doc, "dismissed"), _places(gaz, doc), None)
    assert location is None and rule == "none"


def test_metonym_is_never_a_location(gaz, parse_one):
    # "Washington accused Moscow": neither capital is where the accusation happened
    doc = parse_one("Washington accused Moscow of meddling.")
    location, _ = locate_event(doc, _event(doc, "accused"), _places(gaz, doc), None)
    assert location is None


def test_dateline_is_the_fallback(gaz, parse_one):
    # a wire dateline gives the place of events whose clause names none
    doc = parse_one("KYIV (Reuters) - The two sides agreed to a ceasefire on Monday.")
    places = _places(gaz, doc)
    dateline = dateline_place(doc.text, places)
    assert dateline is not None and dateline.name == "Kyiv"
    location, rule = locate_event(doc, _event(doc, "agreed"), places, dateline)
    assert location.name == "Kyiv" and rule == "dateline"


def test_possessive_country_is_the_agent_not_the_site(gaz, parse_one):
    # "Turkey's apology": Turkey apologised; the apology did not happen "in Turkey"
    doc = parse_one("Relations improved after Turkey's apology for the downing of the jet.")
    location, _ = locate_event(doc, _event(doc, "apology"), _places(gaz, doc), None)
    assert location is None


def test_modifier_of_the_trigger(gaz, parse_one):
    # "the Geneva summit": a place modifying the trigger noun is where it happened
    doc = parse_one("The Geneva summit lasted less than four hours.")
    location, rule = locate_event(doc, _event(doc, "summit"), _places(gaz, doc), None)
    assert location.name == "Geneva" and rule == "clause:modifier"
