"""Round 28 of issue 14 (branch q58): a quote that is the predicate of an agentless passive cue
("is described as "..."", "is reported to be "..."", "was called "..."") is nobody's words in the
text -- the subject is what is described, no one is said to speak -- so it is no direct
quotation (``quotes/passives.py``). The agented form ("described by the mayor as "...""), a
late "by" phrase, the active form and the relayed "was quoted as saying "..."" stay quotations.
Every sentence is made up."""

from tests.quotes.conftest import direct_quotes

DATE = "2005-02-01"


def _contents(text: str) -> list[str]:
    return [q.content for q in direct_quotes(text, DATE)]


def test_the_predicate_of_an_agentless_passive_cue_is_no_quote():
    cases = [
        # "as" + quote: the characterisation of the subject
        "The new director is described as \"a keen sailor\" of long standing.",
        # "to be" + quote under a raising passive
        "Mr Vale, who is Methodist, is reported to be \"strongly opposed\" and has voted "
        "against the bill.",
        "The minister is said to be \"furious\" about the leak.",
        # the quote as object predicate of a passive naming verb
        "The new rule was called \"a disgrace\" on Monday.",
        # a long predicate: no speaker either
        "The harbour chief is reported to be \"deeply unhappy with the way the whole review "
        "was handled from the start\".",
    ]
    for text in cases:
        assert _contents(text) == [], (text, _contents(text))


def test_agented_active_and_relayed_forms_stay_quotes():
    cases = [
        ("The plan was described by the mayor as \"a fine idea\".", "a fine idea", "the mayor"),
        ("The mayor described the plan as \"a fine idea\".", "a fine idea", "The mayor"),
        ("The plan was described as \"a fine idea\" by the mayor.", "a fine idea", None),
        ("She was quoted as saying \"we will win\".", "we will win", "She"),
    ]
    for text, words, speaker in cases:
        found = [q for q in direct_quotes(text, DATE) if q.content.startswith(words)]
        assert len(found) == 1, (text, _contents(text))
        if speaker is not None:
            assert found[0].speaker is not None and found[0].speaker.text == speaker, \
                (text, found[0].speaker)


def test_a_reopened_paragraph_goes_on_after_a_quote_with_no_speaker():
    # a quote run over paragraphs whose breaks were lost ("...: "One. "Two.""): the second
    # paragraph is the same quote even when the first found no speaker (before round 28 it
    # was dropped as a quote with no cue)
    text = ("The letter was short and blunt: \"The bridge is a mistake. \"Nobody in the valley "
            "was asked about it.\"")
    found = direct_quotes(text, DATE)
    assert [q.content for q in found] == [
        "The bridge is a mistake.", "Nobody in the valley was asked about it."], found
    assert found[1].rule.startswith("direct:continuation"), found[1].rule
    assert found[1].speaker == found[0].speaker


def test_a_closed_quote_after_a_quote_with_no_speaker_is_not_run_on():
    # the re-opened mark is the evidence: two closed quotes in one paragraph stay apart
    text = "The sign read \"Keep out.\" \"Danger\" was painted below it in red letters."
    contents = _contents(text)
    assert "Danger" not in contents, contents
