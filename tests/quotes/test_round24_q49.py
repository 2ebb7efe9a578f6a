"""Round 24 of issue 14 (branch q49): classes of direct-quote speaker errors counted on the
tune parts of PolNeAR's train split (gold/quotes/NOTES-q49.md). Every sentence is made up.

- manner-of-speaking verbs missing from the cue lexicon, in the manner frame (scoff, boom,
  sneer, bellow: 'scoffed Jo Roe', 'and then boomed, "..."'; "question" was left out);
- "as X put it" (frame ``as-put``): the cue of the quote it introduces, its subject speaks;
- a headline "Name: 'Title-Cased Words'": the named person's words, though title-cased.
"""

from tests.quotes.conftest import direct_quotes, speaker_of_quote

DATE = "2016-03-01"


def _name(text: str, words: str) -> str | None:
    speaker = speaker_of_quote(text, words, DATE)
    return speaker.name if speaker is not None else None


# -- manner-of-speaking verbs (bare frame) -------------------------------------------------

def test_scoffed_and_boomed_in_both_orders():
    text = ("The skaters meet at the park every evening. \"Silly boys acting like they have "
            "never seen a girl before,\" scoffed Ana Ruiz, 22, who founded the group.")
    assert _name(text, "Silly boys") == "Ana Ruiz"
    text = ("Mayor Tom Hale thanked his home state and then boomed, \"Today you proved once "
            "again that there is no place like home.\"")
    assert _name(text, "Today you") == "Tom Hale"
    text = ("\"This is a scandal and a disgrace to the council,\" Tom Hale sneered at the "
            "meeting on Monday.")
    assert _name(text, "This is") == "Tom Hale"


def test_control_a_manner_verb_with_an_object_or_no_speech():
    text = ("Jo Roe questioned the figures on Monday. \"The budget will balance next year and "
            "we will hire more teachers,\" the finance minister, Al Tan, said later.")
    assert _name(text, "The budget") == "Al Tan"
    text = ("The economy boomed in the 1990s. \"We built more houses than ever before in the "
            "region,\" said Al Tan, a builder.")
    assert _name(text, "We built") == "Al Tan"


def test_control_a_manner_verb_reporting_a_clause_with_a_partial_quote():
    text = ("The union met on Monday. Jo Roe scoffed at the idea that the plan was \"fair to the "
            "workers in the north and the south of the county\" at all.")
    assert not [q for q in direct_quotes(text, DATE)
                if q.cue is not None and "question" in str(q.cue).lower()]


# -- "as X put it" ---------------------------------------------------------------------------

def test_as_a_named_person_put_it_before_the_quote():
    text = ("Many senators fear a long fight over the court. As Ana Ruiz, a professor of law at "
            "Yale, put it, \"Senate leaders should remember that a compromise candidate today "
            "may be far better for them than the one they may get later.\"")
    assert _name(text, "Senate leaders") == "Ana Ruiz"
    text = ("The merger would give the firm scale. As the chief executive, Tom Hale, put it in "
            "his memo to employees explaining the deal, \"Imagine a world where we are no "
            "longer looking up at the giants of our industry.\"")
    assert _name(text, "Imagine a") == "Tom Hale"


def test_as_put_it_after_the_quote_and_a_pronoun():
    text = ("Tom Hale spoke to the board on Monday. \"We are not a small company any more, and "
            "we should stop acting like one,\" as he put it.")
    assert _name(text, "We are") == "Tom Hale"


def test_control_as_put_it_speaks_only_for_the_quote_after_it_in_its_sentence():
    text = ("\"We will win this seat and the next one too,\" said Jo Roe on Monday. As Al Tan "
            "put it later, \"Nobody can stop us now, not even the weather in the north.\"")
    assert _name(text, "We will") == "Jo Roe"
    assert _name(text, "Nobody can") == "Al Tan"


def test_control_put_it_with_no_as_is_no_cue():
    text = ("Jo Roe took the award and put it on the shelf. \"It was the best night of my "
            "life and I will never forget it,\" said Al Tan, her coach.")
    assert _name(text, "It was") == "Al Tan"
    text = ("Jo Roe wrote the report. She put it on the table before the vote. \"Nobody in "
            "this room has read the whole thing yet, I am sure,\" Al Tan said.")
    assert _name(text, "Nobody in") == "Al Tan"


# -- a headline "Name: 'Title-Cased Words'" ----------------------------------------------------

def test_a_headline_gives_the_named_person_a_title_cased_quote():
    text = ("Ted Roe: \u2018Hitting A Reporter Is A Fireable Offense.\u2019\n\n"
            "DECATUR, Ill. \u2014 Sen. Ted Roe weighed in on the allegations on Tuesday.")
    assert _name(text, "Hitting A") == "Ted Roe"
    text = ("Maria Lopez: \u2018We Will Not Back Down\u2019\n\n"
            "Sen. Maria Lopez visited a morning show to discuss her remarks.")
    assert _name(text, "We Will") == "Maria Lopez"


def test_control_a_headline_quote_that_words_follow_is_left_alone():
    text = ("Maria Lopez: \u2018Of Course\u2019 Her Rival Is Qualified To Be Governor.\n\n"
            "Sen. Maria Lopez visited a morning show to discuss her remarks.")
    assert not [q for q in direct_quotes(text, DATE) if q.content.startswith("Of Course")]


def test_control_a_title_after_a_colon_in_the_body_or_a_work_in_the_headline():
    text = ("Festival: \u2018The Long Night\u2019 Wins The Top Prize.\n\n"
            "The film by Ana Ruiz won on Sunday.")
    assert not [q for q in direct_quotes(text, DATE) if q.content.startswith("The Long")]
    text = ("The film won on Sunday.\n\nAna Ruiz: \u2018The Long Night\u2019 at the "
            "festival.\n\nShe thanked the jury.")
    assert not [q for q in direct_quotes(text, DATE) if q.content.startswith("The Long")]
