"""Round 33 of issue 14 (branch q70): speaker names.

1. A quote left open whose next clear opener follows a colon or comma ('... the country. Later,
   Ms Roe said: "Voters ...'): the sentence that introduces the new quote is narration, not
   part of the open quote, which ends with the last sentence before it
   (``marks._narration_end``); the new quote's cue then names its speaker.
2. A party's portfolio spokesperson named in person ("Liberal Democrat health spokesman Tom
   Reed") is quoted as that politician, not the party (``portfolio.party_portfolio``); an
   unnamed one and a body's press spokesperson still speak for the body.
3. A roster speaker whose given name the article writes only in a short form ("Ken" for the
   roster's "Kenneth") is named as written (``writtennames.as_written``).
4. A bare "the committee" with no phrase naming the body in the window takes the body an earlier
   "the committee" in the window names (``anaphora._named_before_again``), so "It" after "The
   committee said" names the committee in a long article.
5. A run of sentences whose subject is the same "he"/"she" goes on about one person: the recent
   speaker the run follows is reached over it (``fallback._same_pronoun_run``), as when the
   actors stage linked the pronoun to a name inside a quote, which the resolver refuses.
6. A speech participle hung on a reported clause whose pronoun object stands for that clause's
   subject ("before the agency was ..., describing it as") is done by the reporter, the subject
   of the speech verb above (``bound.bound_participle_doer``): nobody describes themselves as "it".

Every sentence is made up."""

from detente.quotes.marks import find_quoted_spans
from tests.quotes.conftest import quote_rules

DATE = "2021-03-01"


def _spans(text: str) -> list[str]:
    return [text[s.start:s.end] for s in find_quoted_spans(text)]


def test_an_open_quote_ends_before_the_narration_that_introduces_the_next():
    text = ('Mayor Ana Roe said: "The plan is a good one. It will work for the town. Asked '
            'about the vote, Ms Roe said: "Voters are entitled to a say."')
    assert _spans(text) == ["The plan is a good one. It will work for the town.",
                            "Voters are entitled to a say."]
    found = [f for f in quote_rules(text, DATE) if f[0].startswith("Voters")]
    assert found and "Roe" in (found[0][1] or ""), quote_rules(text, DATE)


def test_an_opener_after_no_colon_or_comma_still_closes_the_open_quote_at_itself():
    text = 'He said "the plan is good. It works "and nobody doubts it" now.'
    assert _spans(text)[0] == "the plan is good. It works"


def test_an_opener_with_no_sentence_end_before_it_keeps_the_old_split():
    text = 'Mayor Ana Roe said: "The plan, she said: "is a good one."'
    assert _spans(text)[0] == "The plan, she said:"


def test_a_named_portfolio_spokesperson_of_a_party_speaks_in_their_own_name():
    for text, name in (
            ('Liberal Democrat health spokesman Tom Reed said the plan "would close wards". '
             'Mr Reed said patients deserved a "proper guarantee" of care.', "Tom Reed"),
            ('Labour education spokeswoman Ann Hale said: "Schools need more teachers now."',
             "Ann Hale"),
            ('Tory foreign affairs spokesman Tom Reed told reporters: "It is a mistake."',
             "Tom Reed"),
    ):
        found = quote_rules(text, DATE)
        assert found and all(f[1] == name for f in found), (text, found)


def test_an_unnamed_or_press_spokesperson_still_speaks_for_the_body():
    for text, name in (
            ('A Labour health spokesman said: "Schools need more teachers now."', "Labour"),
            ('Kremlin spokesman Dmitry Peskov said: "The talks were useful."', "Kremlin"),
            ('Chinese foreign ministry spokesman Geng Shuang said: "We oppose it."',
             "Chinese foreign ministry"),
    ):
        found = quote_rules(text, DATE)
        assert found and found[0][1] == name, (text, found)


def test_a_roster_speaker_is_named_as_the_article_writes_a_short_given_name():
    text = ('The former trade minister Ken Clarke thinks the club can recover. Mr Clarke told '
            'fans a title was "possible" next season.')
    assert [f[1] for f in quote_rules(text, DATE)] == ["Ken Clarke"]
    text = "Kenneth Clarke spoke first. " + text  # the table's form written: kept
    assert [f[1] for f in quote_rules(text, DATE)] == ["Kenneth Clarke"]


def test_a_short_form_is_only_a_given_name_that_opens_the_tables_one():
    from detente.quotes.writtennames import _written_form
    assert _written_form("Kenneth Clarke", {"Ken Clarke"}) == "Ken Clarke"
    assert _written_form("Alan Milburn", {"Al Milburn"}) is None  # too short to tell
    assert _written_form("Kenneth Clarke", {"Charles Clarke"}) is None  # another person


def test_a_chain_of_the_committee_reaches_back_past_the_window():
    from detente.nlp import load_nlp
    from detente.quotes.anaphora import _named_by_last_word

    early = " ".join(f"Worker {n} waited." for n in range(8))
    late = " ".join(f"Clerk {n} left." for n in range(6))
    text = ("A report by the Commons transport committee called for the agency to be closed. "
            + early + " The committee found that many cases were late. " + late
            + " The committee said the auditors should investigate.")
    noun = [t for t in load_nlp()(text) if t.text == "committee"][-1]
    assert _named_by_last_word(noun, lambda i: False, hops=0) is None  # the window alone
    assert _named_by_last_word(noun, lambda i: False).text == "Commons transport committee"
    text += ' It blamed the managers for a "host of failures" at the agency.'
    found = [f for f in quote_rules(text, DATE) if f[0] == "host of failures"]
    assert found and found[0][1] == "Commons transport committee", quote_rules(text, DATE)


def test_a_run_of_he_subjects_reaches_the_speaker_before_it():
    text = ('Tory leader Michael Hale told the conference his party would win. "My parents ran '
            'a corner shop. If the young Michael Hale applied to Oxford today, Tom Reed would '
            'hire me."\n\nAnd he stressed his plans for farmers and fishermen. He finished with '
            'a call to volunteers to campaign in every street. "Next spring we will look back '
            'on this week with pride."')
    found = [f for f in quote_rules(text, DATE) if f[0].startswith("Next spring")]
    assert found and found[0][1] == "Michael Hale", quote_rules(text, DATE)


def test_a_pronoun_after_a_run_of_other_subjects_stays_unnamed_by_the_far_speaker():
    text = ('Tory leader Michael Hale told the rally his side would win. "My parents ran a '
            'corner shop. Were the young Michael Hale at school now, Tom Reed would hire me."'
            "\n\nThe hall was full. Delegates cheered loudly. He closed by urging volunteers "
            'to knock on doors. "Next spring we will look back on this week with pride."')
    found = [f for f in quote_rules(text, DATE) if f[0].startswith("Next spring")]
    assert not any(f[2] == "direct:after-narration" for f in found), found  # not by "He"


def test_a_participle_whose_pronoun_object_is_its_clause_subject_belongs_to_the_reporter():
    text = ('Ann Hale warned that it could take a decade before the depot was "safe to use", '
            'describing it as "a wreck" and "beyond repair".')
    assert [f[1] for f in quote_rules(text, DATE)] == ["Ann Hale"] * 3, quote_rules(text, DATE)


def test_a_participle_with_no_bound_pronoun_keeps_its_clause_subject():
    from detente.nlp import load_nlp
    from detente.quotes.bound import bound_participle_doer
    from detente.quotes.cues import Cue, CueEntry

    doc = load_nlp()('Police said the man ran off, shouting "you will pay".')
    verb = next(t for t in doc if t.text == "shouting")
    cue = Cue(CueEntry("shout", "verb", "clause"), verb.i, verb.i + 1, verb.i)
    man = next(t for t in doc if t.text == "man")
    assert bound_participle_doer(doc, cue, man) is None
