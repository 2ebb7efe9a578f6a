"""Round 22 of issue 14 (branch qm22, a code review of q46): a document that is no speech cue
(``authored_documents``: report, study, survey, note, transcript...) names only its explicit
author -- a possessive, a proper-noun compound, "from"/"by", or the agent or subject of an
authoring verb (``authoring``). The one who rejects, finds, obtains, funds or commissions it,
"a survey of 1,000 Americans" and an earlier mention of the same word are no author: the
document stays the speaker (as before q46). Every sentence here is made up."""

import pytest

import detente

DATE = "2024-03-05"


def _speakers(text: str, words: str) -> list:
    """The speakers of every quote (direct or indirect) whose content holds ``words``."""
    found = [q.speaker for q in detente.code(text, date=DATE).quotes if words in q.content]
    assert found, [q.content for q in detente.code(text, date=DATE).quotes]
    return found


NO_AUTHOR = [
    # (text, quoted words, word of the document, a wrong speaker q46 gave)
    ('Israel\'s defence minister Jo Roe rejected a UN report on Tuesday. According to the '
     'report, Israeli forces "deliberately targeted" aid workers.', "deliberately targeted",
     "report", "Roe"),
    ('The Kremlin dismissed the study as propaganda. According to the study, Russian troops '
     '"looted" 300 homes in Bucha.', "looted", "study", "Kremlin"),
    ('Police found a note which said the attack was "revenge for Gaza".', "revenge for Gaza",
     "note", "Police"),
    ('The Guardian has obtained a report which says the army "lost control" of the border.',
     "lost control", "report", "Guardian"),
    ('According to a survey of 1,000 Americans, most voters "do not trust" the Congress.',
     "do not trust", "survey", "Americans"),
    ('According to a study of 2,000 patients, the drug "cut deaths by half" in the trial.',
     "cut deaths by half", "study", "patients"),
    ('According to a transcript of the call, the minister was "deeply shaken" by the news.',
     "deeply shaken", "transcript", "call"),
    ('According to a report commissioned by the Interior Ministry, the police "failed the '
     'victims" that night.', "failed the", "report", "Ministry"),
    ('According to a study funded by the European Union, the river is "badly polluted" near '
     'the plant.', "badly polluted", "study", "European"),
]


@pytest.mark.parametrize("text, words, document, wrong", NO_AUTHOR, ids=lambda v: str(v)[:30])
def test_a_document_with_no_explicit_author_stays_the_speaker(text, words, document, wrong):
    for speaker in _speakers(text, words):
        assert speaker is not None and document in speaker.text.lower(), speaker
        assert wrong not in (speaker.name or "") and wrong not in speaker.text, speaker


EXPLICIT = [
    ('According to the Interior Ministry\'s report, the police "failed the victims" that '
     'night.', "failed the", "Interior Ministry"),
    ('According to a report from the Harbour Institute, the fleet will "shrink by a third" '
     'before 2030.', "shrink by a third", "Harbour Institute"),
    ('According to a study written by Professor Lena Marsh, the river is "badly polluted" '
     'near the plant.', "badly polluted", "Lena Marsh"),
    ('The Water Agency published a report which says "most of the wells are dry" by August.',
     "most of the wells", "Water Agency"),
    # plurals, as cues.tsv lists its nouns
    ('According to documents released by the Harbour Institute, the fleet will "shrink by a '
     'third" before 2030.', "shrink by a third", "Harbour Institute"),
]


@pytest.mark.parametrize("text, words, author", EXPLICIT, ids=lambda v: str(v)[:30])
def test_a_document_with_an_explicit_author_is_the_authors(text, words, author):
    speakers = _speakers(text, words)
    assert any(author in (s.name or "") for s in speakers), speakers


def test_control_a_statement_answered_is_still_the_answerers():
    """The answering-verb path stays for speech-cue nouns ("statement")."""
    text = ('Senator Jo Roe rejected the governor\'s statement on Monday: "This plan will not '
            'pass the Senate."')
    speakers = _speakers(text, "This plan will not")
    assert any("Roe" in (s.name or "") for s in speakers), speakers


def test_control_a_statement_which_says_is_its_issuers():
    """The object path stays for speech-cue nouns: "X released a statement which says"."""
    text = ('The Harbour Institute issued a statement which says the fleet will "shrink by a '
            'third" before 2030.')
    speakers = _speakers(text, "shrink by a third")
    assert any("Harbour Institute" in (s.name or "") for s in speakers), speakers


def test_control_a_tweet_sent_by_a_senator_is_the_senators():
    text = ('According to a tweet sent by Senator Dana Whitcombe, the committee "will not vote" '
            'on the bill this year.')
    speakers = _speakers(text, "will not vote")
    assert any("Dana Whitcombe" in (s.name or "") for s in speakers), speakers
