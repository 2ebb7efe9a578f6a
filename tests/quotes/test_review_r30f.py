"""Round 30's second review of the speaker mends (r30f): two bugs f69 left, on made-up wording.

1. ``quotes.anaphora._named_by_last_word`` took every date proper noun for a month, so "The
   movement said" lost the name of "the March 23 Movement": a date with a number is part of a name.
2. ``quotes.affiliation._a_title`` took any office "of" a body for a person's title, so "The Director
   of Public Prosecutions' Ann Marsh" was no longer named: only peerage and royal titles are."""

from __future__ import annotations

import detente
from tests.quotes.conftest import speaker_of_quote


def test_a_numbered_date_is_part_of_a_bodys_name():
    speaker = speaker_of_quote("The March 23 Movement seized the town of Bunagana on Sunday. The movement said "
                       "its fighters would hold the town.", "its fighters", "2022-06-14", direct=False)
    # round 35 (a68): the actors stage now links "The movement" to the named body itself
    # (``actors.name_heads``), so the speaker is the body's mention and takes its roster name, as
    # "The March 23 Movement said" does; before, the quotes stage's ``definite>named-body`` named it
    assert speaker.actor is not None and speaker.actor.entry == "org:m23", speaker
    assert speaker.name == "M23" and speaker.rule.startswith("coref:definite>"), speaker


def test_an_office_of_a_body_is_no_title():
    speaker = speaker_of_quote("The Director of Public Prosecutions' Ann Marsh said no charges would be brought.", "no charges", "2010-01-01", direct=False)
    assert speaker.name == "Ann Marsh" and "+affiliated" in speaker.rule, speaker


def test_a_royal_title_is_still_no_body():
    coded = detente.code("The Prince of Wales's Ann Marsh said the garden would open in May.", date="2010-01-01")
    assert not any("+affiliated" in (q.speaker.rule or "") for q in coded.quotes if q.speaker)
