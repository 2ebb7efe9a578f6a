"""Issue 13 round 32 (branch q69): a comma-enclosed description after a speaker's name that the
parser made a second subject of the cue, not an apposition, still describes the speaker
(``descriptiontokens.second_subject``). Made-up wording.

"<Name>, Tory shadow culture and sport secretary, said" can parse as two subjects of "said"
after another sentence; the description's words (the opposition word, the party) were lost for a
roster person the estimated span puts in no office, who then read as a private person."""

from __future__ import annotations

from tests.quotes.conftest import last_speaker

SPAN_SETTER = "Work and Pensions Secretary Alan Johnson opened a jobcentre in Leeds. "


def test_a_description_parsed_as_a_second_subject_describes_the_speaker():
    speaker = last_speaker(SPAN_SETTER + 'Theresa May, Tory shadow culture and sport secretary, said: '
                       '"The queues are far too long."', None)
    assert speaker.name == "Theresa May"
    assert (speaker.actor.country, speaker.actor.sector) == ("GBR", "OPP")
    assert "opposition:OPP" in speaker.actor.entry


def test_a_second_name_after_the_comma_is_no_description():
    speaker = last_speaker('The agency would improve. Jane Roe, John Doe said: "The queues are long."', None)
    assert speaker is None or speaker.actor is None or speaker.actor.sector != "OPP"
