"""The places stage on the founding article (Geneva summit, 2021-06-16), through the pipeline."""

from __future__ import annotations


def _places(coded, text):
    return [p for p in coded.places if p.text == text]


def test_geneva_resolves_to_switzerland(geneva_coded):
    # every "Geneva" of the article is Geneva, Switzerland (container + one sense per document)
    genevas = _places(geneva_coded, "Geneva")
    assert genevas
    for place in genevas:
        assert (place.name, place.country, place.feature) == ("Geneva", "CHE", "city")
        assert abs(place.lat - 46.2) < 0.05 and abs(place.lon - 6.15) < 0.05
        assert place.geonames_id == 2660646 and not place.metonym


def test_capitals_as_actors_are_metonyms(geneva_coded):
    # "Washington's concerns" and "Moscow's ambassador" are governments, still resolved for display
    text = geneva_coded.article.text
    for name, after in (("Washington", "'s concerns"), ("Moscow", "'s ambassador")):
        [place] = [p for p in _places(geneva_coded, name) if text[p.end:].startswith(after)]
        assert place.metonym and place.lat is not None


def test_places_to_visit_are_not_metonyms(geneva_coded):
    # "no invitations to Washington or Moscow": destinations, not actors
    text = geneva_coded.article.text
    start = text.index("invitations to Washington or Moscow")
    near = [p for p in geneva_coded.places if start < p.start < start + 40]
    assert {p.text for p in near} == {"Washington", "Moscow"}
    assert not any(p.metonym for p in near)


def test_summit_talks_are_located_in_geneva(geneva_coded):
    # the meeting events of the opening sentences ("meet for talks in Geneva") happen in Geneva
    located = [e for e in geneva_coded.events if e.type == "CONSULT" and e.location]
    assert any(e.location.name == "Geneva" and e.location.country == "CHE" for e in located)


def test_no_event_is_located_at_a_metonym(geneva_coded):
    # metonym places are never event locations (offsets of metonyms vs the chosen place)
    metonym_names = {(p.name, p.sentence) for p in geneva_coded.places if p.metonym}
    for event in geneva_coded.events:
        if event.location:
            assert (event.location.name, event.sentence) not in metonym_names or any(
                p.name == event.location.name and p.sentence == event.sentence and not p.metonym
                for p in geneva_coded.places)


def test_places_are_cheap_relative_to_parsing(geneva_text):
    # the stage is index lookups: far less time than spaCy takes to parse the same article
    import time

    from detente.nlp import parse
    from detente.places import run
    from detente.records import Article, CodedArticle
    from detente.resources import Resources

    resources = Resources()
    resources.get("places")
    start = time.process_time()
    doc = next(parse([geneva_text]))
    parse_seconds = time.process_time() - start
    coded = CodedArticle(article=Article(id="g", text=geneva_text), doc=doc)
    start = time.process_time()
    run(coded, resources)
    assert time.process_time() - start < parse_seconds / 3
    assert coded.places
