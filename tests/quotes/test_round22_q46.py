"""Round 22 of issue 14 (branch q46; the tune halves of gold/quotes/extra3 and of PolNeAR's
train split): a document that carries its author's words without being a speech cue (a
memo, a caption, a report, a study, a paper) is traced to its author where a speaker goes --
as the object of "according to" and as the antecedent of the relative pronoun a cue verb
has as subject. Every sentence here is made up."""

from tests.quotes.conftest import direct_quotes

DATE = "2021-05-01"


def _quote(text: str, words: str):
    return next((q for q in direct_quotes(text, DATE) if q.content.startswith(words)), None)


# "according to" a document with a named author: the author speaks.

def test_according_to_a_memo_posted_by_a_senator_is_the_senators():
    text = ('According to a memo posted online by Senator Dana Whitcombe, the committee '
            'dropped the vote because the governor did "not answer a single letter from us."')
    quote = _quote(text, "not answer")
    assert quote is not None and quote.speaker.name == "Dana Whitcombe"


def test_according_to_a_paper_written_by_a_professor_is_the_professors():
    text = ('According to a paper written by Professor Lena Marsh, the river delta is '
            '"sinking faster than any model predicted."')
    quote = _quote(text, "sinking faster")
    assert quote is not None and quote.speaker.name == "Lena Marsh"


def test_according_to_a_report_published_by_a_body_is_the_bodys():
    text = ('According to a report published by the Harbour Institute, the fleet will '
            '"shrink by a third before the end of the decade."')
    quote = _quote(text, "shrink by a third")
    assert quote is not None and "Harbour Institute" in quote.speaker.name


# The relative pronoun of a document: "the caption which reads", "a study that says".

def test_a_caption_which_reads_is_the_posters():
    text = ('Reporter Tom Gale shared a photograph on Sunday. Gale added a caption which reads, '
            '"The crowd waited four hours in the rain for the first bus."')
    quote = _quote(text, "The crowd waited")
    assert quote is not None and quote.speaker.name in ("Gale", "Tom Gale")


def test_a_study_that_says_is_the_publishers():
    text = ('The Water Agency released a study that says "most of the wells in the valley are '
            'dry by the end of August."')
    quote = _quote(text, "most of the wells")
    assert quote is not None and "Water Agency" in quote.speaker.name


# Controls.

def test_control_according_to_a_person_stays_the_persons():
    text = ('According to Senator Dana Whitcombe, the committee dropped the vote because the '
            'governor did "not answer a single letter from us."')
    quote = _quote(text, "not answer")
    assert quote is not None and quote.speaker.name == "Dana Whitcombe"


def test_control_a_memo_with_no_author_names_no_person():
    text = ('According to a memo seen by reporters, the committee dropped the vote because '
            'the governor did "not answer a single letter from us."')
    quote = _quote(text, "not answer")
    assert quote is None or quote.speaker.name != "Dana Whitcombe"
    assert quote is None or "reporters" not in (quote.speaker.name or "")
