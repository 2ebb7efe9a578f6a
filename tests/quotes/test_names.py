"""A person speaker's name without its title run or the place added after it."""

import detente
from detente.quotes.names import person_name


def test_title_words_before_a_given_name_are_not_the_name():
    assert person_name("Harlan County Fire Marshal Doug Reyes") == "Doug Reyes"


def test_a_place_after_a_full_name_is_not_the_name():
    assert person_name("Judy Marsh of Oxford") == "Judy Marsh"
    assert person_name("William Kerr of the Campaign for Clean Rivers") == "William Kerr"


def test_offices_and_bodies_keep_their_of():
    assert person_name("Archbishop of Canterbury") == "Archbishop of Canterbury"
    assert person_name("Secretary General of NATO") == "Secretary General of NATO"
    assert person_name("Mary Ann Smith") == "Mary Ann Smith"


def test_a_quoted_speaker_is_named_by_the_name_alone():
    coded = detente.code('"They were good, kind neighbours," said Harlan County Fire Marshal '
                         'Doug Reyes.', date="2017-01-01")
    assert [q.speaker.name for q in coded.quotes if q.direct] == ["Doug Reyes"]


def test_the_given_name_nearest_the_surname_starts_the_name():
    assert person_name("Santa Barbara County Sheriff Bill Brown") == "Bill Brown"
