"""Round 35 of issue 14 (branch q76): the speaker's name.

A person named in the fronted adjunct of the cue whose subject is a pronoun ("Speaking to Tom
Reed of the Herald, he said", "Asked by Tom Reed about ..., she said") is who the speaker
talked to, not the speaker: round 25's check (``speakertokens._in_own_adjunct``) now also
holds when the parser hung the cue on the quote as an inserted clause, and a recent speaker
named inside that adjunct is no antecedent of the pronoun (``fallback._pronoun_fallback``).

Every sentence is made up."""

from tests.quotes.conftest import speaker_of_quote

DATE = "2020-03-01"


def test_the_person_spoken_to_is_not_the_pronoun_s_speaker():
    cases = [
        # the parser makes "said" an inserted clause of the quote's verb, which takes
        # "Speaking to ..."
        ("On Monday, Prince Omar Haddad of Zandia accepted the blame for the failed bank. "
         "Speaking to Martin Smith of PBS, he said, \"It happened on my watch, and I take the "
         "blame.\"", "It happened on my watch"),
        # "Asked by X" makes X the speaker of a question just before the cue
        ("Governor Tom Reed defended the budget. Asked by Peter Hale about the deficit, he "
         "said: \"We have balanced the books.\"", "We have balanced the books"),
    ]
    for text, words in cases:
        speaker = speaker_of_quote(text, words, DATE)
        assert speaker is not None, text
        assert speaker.name not in ("Martin Smith", "Peter Hale"), (text, speaker)
        assert speaker.name in ("Prince Omar Haddad", "Omar Haddad", "Tom Reed"), (text, speaker)


def test_a_name_outside_the_adjunct_stays_the_antecedent():
    # near misses: the person is the subject of a sentence of their own, or the adjunct names
    # no one and the pronoun takes up the recent speaker
    for text, words, name in (
            ("Governor Tom Reed defended the budget. Peter Hale questioned it on Tuesday. He "
             "said, \"The books are not balanced.\"", "The books are not balanced", "Peter Hale"),
            ("\"We cut nothing,\" said Governor Tom Reed. Asked about the deficit, he said: "
             "\"We have balanced the books.\"", "We have balanced the books", "Tom Reed")):
        speaker = speaker_of_quote(text, words, DATE)
        assert speaker is not None and speaker.name == name, (text, speaker)


def test_an_adjunct_inside_the_quote_before_the_cue_does_not_count():
    from detente.nlp import parse
    from detente.quotes.speakertokens import _in_own_adjunct

    text = "\"After meeting Peter Hale, we agreed on the plan,\" she said."
    doc = next(parse([text]))
    pronoun = next(t for t in doc if t.lower_ == "she")
    start = text.index("Peter Hale")
    assert not _in_own_adjunct(pronoun, start)
    text = "Speaking to Peter Hale of the Herald, she said, \"We agreed on the plan.\""
    doc = next(parse([text]))
    pronoun = next(t for t in doc if t.lower_ == "she")
    assert _in_own_adjunct(pronoun, text.index("Peter Hale"))


def test_the_person_before_prefers_the_subject_of_the_sentence():
    text = ("The previous day, the broadcaster revealed that Governor Tom Reed accepted the blame "
            "for the arrest of Paul Ortega. Speaking to Martin Smith of PBS, he said, \"It "
            "happened on my watch.\"")
    speaker = speaker_of_quote(text, "It happened on my watch", DATE)
    assert speaker is not None and speaker.name == "Tom Reed", speaker
    assert speaker.rule.startswith("person-before"), speaker.rule


def test_only_a_subject_name_is_preferred():
    # near miss: the object's name, and a name in a prepositional phrase, are no subjects
    from detente.nlp import entities, parse
    from detente.quotes.fallback import _a_subject

    doc = next(parse(["Governor Tom Reed met Paul Ortega after the trial of Anna Lind."]))
    got = {e.text: _a_subject(e) for e in entities(doc) if e.label_ == "PERSON"}
    assert got == {"Tom Reed": True, "Paul Ortega": False, "Anna Lind": False}, got
