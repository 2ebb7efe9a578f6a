"""Round 30 review r30c (branch f69): bugs of the merged round's actor rules, on made-up wording.

1. A verb before a party office word is no part of the office (``parties._office_before``): "The
   SNP thanked chairman | Ann Marsh", "Labour said chairman | Peter Cole" give the person no party
   office; the lower-case word of a two-word office must be a noun or an adjective ("elections
   chief", "deputy leader").
2. A party office word under an international body's name ("Opec general secretary <name>") is
   that body's official, not a party's: GOV under an intergovernmental body (as its
   secretary-general reads; the quotes stage makes the speaker IGO), in mentions and event rows.
"""

from __future__ import annotations

import detente

DATE = "2019-06-01"


def _mention(text: str, words: str):
    coded = detente.code(text, date=DATE)
    return next(m for m in coded.mentions if words in m.text)


def test_a_verb_before_an_office_word_makes_no_party_office():
    lead = "British MPs returned to Westminster on Monday. "
    for text in ("The SNP thanked chairman Ann Marsh of the BBC Trust, who said the review was "
                 "fair.",
                 "Labour said chairman Peter Cole had resigned.",
                 "The Tories sacked chairman Peter Cole on Friday."):
        coded = detente.code(lead + text, date=DATE)
        assert not any("office-before" in (m.rule or "") for m in coded.mentions), text
        assert not any("office-before" in ((q.speaker.actor.entry or "") if q.speaker and
                                           q.speaker.actor else "") for q in coded.quotes), text


def test_a_noun_before_an_office_word_still_makes_a_party_office():
    text = ('The Liberal Democrats want seats from the Conservatives. Others are targeted, Lib '
            "Dem's elections chief Lord Fenwick said.")
    mention = _mention(text, "Fenwick")
    assert mention.actor.entry == "office-before:elections chief+party:Lib Dem:GBR"


def test_a_general_secretary_of_an_international_body_is_its_official():
    for body, code in (("Opec", "OPEC"), ("Nato", "NATO"), ("African Union", "AU")):
        text = f"Oil prices rose on Monday. {body} general secretary Ali Demir said output would stay flat."
        mention = _mention(text, "Ali Demir")
        assert (mention.actor.country, mention.actor.sector) == (code, "GOV"), (body, mention)
    coded = detente.code("Oil prices rose on Monday. Opec general secretary Ali Demir said "
                         "output would stay flat.", date=DATE)
    speaker = coded.quotes[-1].speaker
    assert (speaker.actor.country, speaker.actor.sector) == ("OPEC", "IGO")


def test_an_event_row_of_an_international_body_official():
    coded = detente.code("Nato general secretary Ali Demir condemned Russia on Monday.", date=DATE)
    sources = [s for e in coded.events for s in e.source]
    assert sources and {(s.country, s.sector) for s in sources} == {("NATO", "GOV")}


def test_a_party_or_union_general_secretary_is_unchanged():
    mention = _mention('British unions are angry. TUC general secretary Brendan Barber said: '
                       '"This is wrong."', "Brendan Barber")
    assert mention.actor.sector == "LAB"
