"""Round 32 second review (r32f) of f79's after-statement mends, mended by the lead
(``quotes/afterstatement.py``).

1. A quote with a clause of its own ("neglect by landlords who never cared ...") is the speaker's
   words, not a term, even as the object of a preposition (``_term``).
2. Only a raising passive ("is expected to", "is said to") makes its subject a voice of no one's;
   a purpose passive ("are intended to") keeps the quote the previous speaker's (``_voiced_subject``).
"""

from __future__ import annotations

import pytest

from detente import code

CASES = [
    ('Housing Minister Ana Verde said rents were far too high. The reform would end decades of "neglect by '
     'landlords who never cared about their tenants".', "neglect by landlords", "Ana Verde"),
    ('Ana Verde said the depot would close in May. The changes are intended to "protect the jobs" of the drivers.',
     "protect the jobs", "Ana Verde"),
    ('Tom Reed said the strike would go ahead. She is expected to face "tough questions" from MPs.',
     "tough questions", None),
    ('Tom Reed said the talks had failed. The decision ends years of "shuttle diplomacy" in the region.',
     "shuttle diplomacy", None),
]


@pytest.mark.parametrize(("text", "words", "speaker"), CASES, ids=[c[1] for c in CASES])
def test_after_statement(text, words, speaker):
    found = [q for q in code(text, date="2019-05-01").quotes if q.content.startswith(words)]
    if speaker is None:
        assert not found
    else:
        assert [q.speaker.name for q in found] == [speaker]
