"""The founding article (2021-06-16): every named person and "the Kremlin leader" resolved
to the right actor, and pronoun speakers linked for the quotes stage."""

from __future__ import annotations

import pytest

PEOPLE = {
    # surname: (canonical name, code on 2021-06-16)
    "Biden": ("Joe Biden", "USAGOV"),
    "Putin": ("Vladimir Putin", "RUSGOV"),
    "Trump": ("Donald Trump", "USAELI"),      # a former president in June 2021
    "Navalny": ("Alexei Navalny", "RUSOPP"),
    "Blinken": ("Antony Blinken", "USAGOV"),
    "Lavrov": ("Sergei Lavrov", "RUSGOV"),
    "Antonov": ("Anatoly Antonov", "RUSGOV"),  # through "Moscow's ambassador, Anatoly Antonov"
}


@pytest.mark.parametrize("surname", sorted(PEOPLE))
def test_every_mention_of_each_named_person_is_resolved(geneva_coded, surname):
    found = [m for m in geneva_coded.mentions if m.text.split()[-1] == surname]
    assert found, f"no mention of {surname}"
    for mention in found:
        assert mention.actor is not None, mention
        assert (mention.actor.name, mention.actor.code) == PEOPLE[surname], mention


def test_the_kremlin_leader_is_putin(geneva_coded):
    (leader,) = [m for m in geneva_coded.mentions if m.text.lower() == "the kremlin leader"]
    assert (leader.actor.name, leader.actor.code) == ("Vladimir Putin", "RUSGOV")
    assert geneva_coded.mentions[leader.antecedent].actor.name == "Vladimir Putin"


def test_he_said_links_to_the_speaker(geneva_coded):
    # "Putin, 68, ... said ... He said it was "hard to say"": the quotes stage reads this link
    text = geneva_coded.article.text
    start = text.index('He said it was "hard to say"')
    (he,) = [m for m in geneva_coded.mentions if m.start == start]
    assert he.label == "PRON" and he.actor.name == "Vladimir Putin"
    assert geneva_coded.mentions[he.antecedent].actor.name == "Vladimir Putin"


def test_metonyms_and_roles_of_the_article(geneva_coded):
    by_text = {}
    for m in geneva_coded.mentions:
        by_text.setdefault(m.text, m)
    assert by_text["Kyiv"].actor.code == "UKRGOV"
    assert by_text["Moscow's ambassador"].actor.code == "RUSGOV"
    assert by_text["the White House"].actor.code == "USAGOV"
    assert by_text["the Russian leader"].actor.name == "Vladimir Putin"


def test_its_after_russias_annexation_is_russia(geneva_coded):
    # "Russia's 2014 annexation of Crimea from Ukraine, its 2015 intervention in Syria"
    (its,) = [m for m in geneva_coded.mentions
              if m.text == "its" and "2015 intervention" in geneva_coded.article.text[m.start:m.end + 20]]
    assert its.actor.code == "RUS" and geneva_coded.mentions[its.antecedent].text == "Russia"
