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


def _indirect(text: str) -> list:
    import detente
    return [q for q in detente.code(text, date=DATE).quotes if not q.direct]


# A reported clause that opens with a quoted fragment holds the fragment's opening mark.

def test_a_clause_opening_with_a_quoted_fragment_holds_its_opening_mark():
    text = 'Ms. Vale said "perhaps" the contracts signed that year "deserve a second look."'
    clause = [q for q in _indirect(text) if "contracts" in q.content]
    assert clause and clause[0].content.startswith('"perhaps"')


def test_control_a_clause_with_a_quote_inside_starts_at_its_own_words():
    text = 'Ms. Vale said the contracts signed that year "deserve a second look."'
    clause = [q for q in _indirect(text) if "contracts" in q.content]
    assert clause and clause[0].content.startswith("the contracts")


# A person named before a cue with a description the parser ran into another phrase (a quoted
# body name in it), so the cue has no subject: the person speaks.

def test_a_described_person_with_a_quoted_body_name_speaks_both_quotes():
    for text, name in (
            ('Calling it as "just a gesture", Lena Ford of "Stand with us", a support charity '
             'for victims, told Reuters "the apology came far too late for the families".',
             "Lena Ford"),
            ('Describing the plan as "pure theatre", Ada Lind of "Fix our roads", a drivers\' '
             'group, told reporters "the money will run out before the first bridge is mended".',
             "Ada Lind"),
            ('Calling it "a hollow promise", Omar Reyes of "Keep it open", a library campaign '
             'group, told the BBC "the council has not listened to a single reader".',
             "Omar Reyes")):
        quotes = direct_quotes(text, DATE)
        assert len(quotes) == 2, text
        assert all(q.speaker.name == name for q in quotes), text


def test_control_a_cue_with_its_own_subject_keeps_it():
    text = ('Lena Ford of "Stand with us", a support charity, met the bishop; the bishop told '
            'Reuters "the apology was sincere and long overdue".')
    quote = _quote(text, "the apology was sincere")
    assert quote is not None and quote.speaker.name != "Lena Ford"


def test_control_a_short_quote_shouted_inside_the_subject_keeps_its_own_cue():
    text = 'A man who shouted "Fire!" told the police he had seen smoke in the hall.'
    quote = _quote(text, "Fire")
    assert quote is not None
