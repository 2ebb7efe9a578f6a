"""``quotes.authors`` (issue 14, round 27, branch q55): a document with no author at the cue
speaks for the author an earlier document noun names, or for the body that owns it as "its"
report (``gold/quotes/NOTES-q55.md``, class D). Every sentence is made up."""

from tests.quotes.conftest import speaker_of_quote

DATE = "2005-03-01"


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
        speaker = speaker_of_quote(text, words, DATE)
        assert speaker is not None and speaker.name is not None, (words, speaker)
        assert name in speaker.name, (words, speaker)
        assert speaker.rule.startswith("document>author-before"), speaker.rule
        assert text[speaker.start:speaker.end].lower().endswith(("report", "paper"))


def test_its_report_speaks_for_the_body_that_spoke_just_before():
    text = ("The Electoral Commission says spending limits should stay as they are. \"We do "
            "not believe a cap would be workable at present,\" says its report.")
    speaker = speaker_of_quote(text, "We do", DATE)
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
        speaker = speaker_of_quote(text, words, DATE)
        rule = (speaker.rule or "") if speaker is not None else ""
        assert "document>author-before" not in rule and "document>its-owner" not in rule, \
            (words, speaker)


def test_control_an_indefinite_report_is_not_the_one_named_before():
    # "a report" is another document than the study before it: no earlier author
    text = ("A study was conducted by the Harwell Energy Institute last year. \"Bills fell by "
            "a third,\" said a report by the Kent Housing Trust.")
    speaker = speaker_of_quote(text, "Bills fell", DATE)
    assert speaker is not None and "Harwell" not in (speaker.name or "")
    assert "author-before" not in (speaker.rule or "")


# Review mends (round 27, branch f56: a read-only review of branch q55)

def test_a_dated_document_names_no_author():
    # a "from"-phrase that is a date or time dates the document: no author, no speaker name
    cases = [
        ("A study in the Hartley Journal from January found rising obesity. \"Obesity has "
         "doubled since 1990,\" the study says.", "Obesity has"),
        ("A report from Monday found widespread fraud in the province. \"Fraud cost "
         "billions,\" reads the report.", "Fraud cost"),
    ]
    for text, words in cases:
        speaker = speaker_of_quote(text, words, DATE)
        assert speaker is None or speaker.name not in ("January", "Monday"), (words, speaker)
        assert speaker is None or "author-before" not in (speaker.rule or ""), speaker


def test_control_a_from_phrase_body_still_authors_the_document():
    text = ("A report from Amnesty International found abuses in prisons. \"Aid must reach "
            "civilians now,\" the report urged.")
    speaker = speaker_of_quote(text, "Aid must", DATE)
    assert speaker is not None and "Amnesty" in (speaker.name or ""), speaker
    assert speaker.rule.startswith("document>author-before"), speaker.rule


def test_an_indefinite_or_owned_document_between_stops_the_search():
    # "a new report" or "its own report" between is another document: not the older author's
    cases = [
        ("A report by Amnesty International was released on Monday. It documented abuses in "
         "prisons. Separately, a new report published on Tuesday found rising hunger. \"Aid "
         "must reach civilians now,\" the report urged.", "Aid must"),
        ("A report by Amnesty International was released on Monday. The World Food Programme "
         "released its own report on Tuesday. \"Aid must reach civilians now,\" the report "
         "urged.", "Aid must"),
    ]
    for text, words in cases:
        speaker = speaker_of_quote(text, words, DATE)
        assert speaker is None or "Amnesty" not in (speaker.name or ""), (words, speaker)


def test_control_a_definite_authorless_document_between_is_looked_past():
    text = ("A report by Amnesty International was released on Monday. The report covers 40 "
            "prisons. \"Aid must reach civilians now,\" the report urged.")
    speaker = speaker_of_quote(text, "Aid must", DATE)
    assert speaker is not None and "Amnesty" in (speaker.name or ""), speaker


def test_its_report_is_no_persons_nor_a_body_followed_by_another():
    cases = [
        # a person (with an office's sector) spoke last
        ("President Joe Biden spoke on Monday. \"We will act,\" Biden said. \"The economy is "
         "strong,\" says its report.", "The economy", "Biden"),
        # another body heads a sentence between
        ("The Electoral Commission says spending limits should stay as they are. The Treasury "
         "disagreed on Tuesday. \"We do not believe a cap would be workable,\" says its report.",
         "We do", "Electoral Commission"),
    ]
    for text, words, name in cases:
        speaker = speaker_of_quote(text, words, DATE)
        assert speaker is None or name not in (speaker.name or ""), (words, speaker)


def test_an_author_phrase_speaker_points_back_to_the_author():
    text = ("A report by the Harbour works committee called for the rail regulator to be "
            "scrapped. The committee met on Tuesday. The report urged ministers to find \"a "
            "workable timetable\" by spring.")
    speaker = speaker_of_quote(text, "a workable", DATE)
    assert speaker is not None and speaker.rule.endswith("author-phrase"), speaker
    assert speaker.mention is not None or text[speaker.start:speaker.end] == speaker.name
