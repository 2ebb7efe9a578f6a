"""Round 29 of issue 14 (branch q61): two general classes of direct-quote attribution.

1. A quote that is the wording of a text named in an "in" phrase of an agentless passive cue
   ("The levy is described in the bill as "..."") is the text's words: it stays a quotation
   (rule ``direct:in-document``), with no speaker name -- a bill speaks for no one the
   sentence names. The bare agentless passive ("is described as "..."") stays no quote (q58).
2. A cue verb inside another cue's reported clause in the sentence after a quote ("He added
   that the talks would continue") is no speech act of its own: it does not take the quote
   before it (before: ``"continue"`` attributed the quote to "talks").

Every sentence is made up."""

from tests.quotes.conftest import direct_quotes

DATE = "2020-02-01"


def _one(text: str, words: str):
    found = [q for q in direct_quotes(text, DATE) if q.content.startswith(words)]
    assert len(found) == 1, (text, [q.content for q in direct_quotes(text, DATE)])
    return found[0]


def test_a_passive_cue_in_a_named_text_quotes_the_text():
    cases = [
        ("The new levy is described in the bill as \"a fair contribution from every "
         "household\".", "a fair contribution"),
        ("The fund is described in the leaked report as \"a slush fund for the well "
         "connected\".", "a slush fund"),
    ]
    for text, words in cases:
        quote = _one(text, words)
        assert quote.rule.startswith("direct:in-document"), (text, quote.rule)
        assert quote.speaker is None or not quote.speaker.name, (text, quote.speaker)


def test_other_parses_of_a_text_s_wording_stay_quotes():
    # the parser makes these quotes no "as" object or predicate of the passive, so they were
    # quotes before the round too; they stay so, with no speaker name
    for text, words in (
            ("The tower is called in the draft law \"a modest monument to civic pride\".",
             "a modest monument"),
            ("The rights are described in the charter as \"equal and inalienable for every "
             "resident\".", "equal and inalienable")):
        quote = _one(text, words)
        assert quote.speaker is None or not quote.speaker.name, (text, quote.speaker)


def test_the_bare_agentless_passive_stays_no_quote():
    for text in ("The new director is described as \"a keen sailor\" of long standing.",
                 "The new rule was called \"a disgrace\" on Monday."):
        assert [q.content for q in direct_quotes(text, DATE)] == [], text


def test_a_cue_inside_a_later_reported_clause_takes_no_quote():
    text = ("Paul Erk spoke to reporters after the vote. \"We are ready for any scenario.\" "
            "He added that the talks would continue.")
    quote = _one(text, "We are ready")
    assert quote.cue != "continue" and (quote.speaker is None
                                        or quote.speaker.text != "the talks"), quote
    assert quote.speaker is not None and quote.speaker.name == "Paul Erk", quote.speaker


def test_a_bare_cue_in_the_next_sentence_still_takes_the_quote():
    text = "\"We are ready for any scenario.\" Paul Erk continued."
    quote = _one(text, "We are ready")
    assert quote.speaker is not None and quote.speaker.name == "Paul Erk", quote.speaker


def test_a_short_quoted_sentence_goes_on_from_the_quote_before_it():
    # a quote of three words or fewer that is a sentence of its own right after a cued quote
    # is the same speaker going on, not a term (before round 29 it was dropped)
    cases = [
        ("\"It was a disaster,\" Ana Verde said on Monday. \"Total chaos.\"", "Total chaos."),
        ("\"It helps nobody,\" Ana Verde told the radio station. \"Nobody at all.\" She left "
         "soon after.", "Nobody at all."),
        ("\"We were not consulted,\" said Paul Erk. \"Not once!\"", "Not once!"),
    ]
    for text, words in cases:
        quote = _one(text, words)
        assert quote.rule.startswith("direct:continuation"), (text, quote.rule)
        assert quote.speaker is not None and quote.speaker.name in ("Ana Verde", "Paul Erk"), \
            (text, quote.speaker)


def test_a_short_quote_with_no_quote_before_it_or_inside_a_sentence_stays_no_quote():
    for text in ("The crowd gathered outside the hall. \"Total chaos.\" Police stood by.",
                 "Ana Verde named her dog \"Rex.\" It barks at night.",
                 "\"It was a disaster,\" Ana Verde said. The \"total chaos\" went on for days.",
                 "Ana Verde said it was a disaster. \"Total chaos.\""):
        quotes = [q.content for q in direct_quotes(text, DATE)]
        assert not any(c.lower().startswith(("total chaos", "rex")) for c in quotes), \
            (text, quotes)
