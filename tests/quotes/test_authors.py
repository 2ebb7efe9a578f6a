"""``quotes.authors`` (issue 14, round 27, branch q55): a document with no author at the cue
speaks for the author an earlier document noun names, or for the body that owns it as "its"
report (``gold/quotes/NOTES-q55.md``, class D). Every sentence is made up."""

from tests.quotes.conftest import speaker_of_quote

DATE = "2005-03-01"


def _speaker(text: str, words: str):
    return speaker_of_quote(text, words, DATE)


def test_a_report_speaks_for_the_author_an_earlier_report_names():
    # verbs and voices: "a report by X called for", "was published by X", "was conducted by
    # X" (study, then "the report"); the cue after or before the document
    cases = [
        ("A report by the Commons transport committee called for the rail regulator to be "
         "scrapped. The committee met on Tuesday. The report urged ministers to find \"a "
         "workable timetable\" by spring.", "a workable", "Commons transport committee"),
        ("A study was conducted by the Harwell Energy Institute last year. It looked at 40 "
         "towns. \"Heat pumps halve household bills in most cases,\" reads the report.",
         "Heat pumps", "Harwell Energy Institute"),
        ("The paper was published by the Royal Society of Chemistry on Monday. Its authors "
         "looked at river samples. \"Levels of nitrate have doubled since 1990,\" the paper "
         "says.", "Levels of", "Royal Society of Chemistry"),
    ]
    for text, words, name in cases:
        speaker = _speaker(text, words)
        assert speaker is not None and speaker.name is not None, (words, speaker)
        assert name in speaker.name, (words, speaker)
        assert speaker.rule.startswith("document>author-before"), speaker.rule
        assert text[speaker.start:speaker.end].lower().endswith(("report", "paper"))


def test_its_report_speaks_for_the_body_that_spoke_just_before():
    text = ("The Electoral Commission says spending limits should stay as they are. \"We do "
            "not believe a cap would be workable at present,\" says its report.")
    speaker = _speaker(text, "We do")
    assert speaker is not None and speaker.name and "Electoral Commission" in speaker.name
    assert speaker.rule.startswith("document>its-owner"), speaker.rule
    assert speaker.mention is not None  # the antecedent evidence: the body's mention
    assert text[speaker.start:speaker.end] == "its report"


def test_controls_a_document_whose_author_nothing_names_keeps_no_name():
    cases = [
        # no earlier document names its author
        ("Commuters waited for hours on Monday. The report urged ministers to find \"a "
         "workable timetable\" by spring.", "a workable"),
        # an earlier document's "by"-phrase that is no author ("seen by", "funded by")
        ("A report seen by the Daily Courier was leaked on Friday. The report warned of "
         "\"serious gaps in flood defences\" along the coast.", "serious gaps"),
        # "its report" after a person spoke, not a body
        ("Jane Hollis says spending limits should stay. \"We do not believe a cap would be "
         "workable,\" says its report.", "We do"),
    ]
    for text, words in cases:
        speaker = _speaker(text, words)
        rule = (speaker.rule or "") if speaker is not None else ""
        assert "document>author-before" not in rule and "document>its-owner" not in rule, \
            (words, speaker)


def test_control_an_indefinite_report_is_not_the_one_named_before():
    # "a report" is another document than the study before it: no earlier author
    text = ("A study was conducted by the Harwell Energy Institute last year. \"Bills fell by "
            "a third,\" said a report by the Kent Housing Trust.")
    speaker = _speaker(text, "Bills fell")
    assert speaker is not None and "Harwell" not in (speaker.name or "")
    assert "author-before" not in (speaker.rule or "")
