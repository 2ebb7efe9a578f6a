"""Round 27 of issue 14 (branch q54): a short partial quote (three words or fewer) that the
parser hangs where a name could go (the object of a preposition on a noun, "including the
"..."") is the speaker's words when it lies inside the reported clause of the speech verb that
governs it, after that verb, with words of the clause before its opening mark (rule
``direct:in-reported-clause``, ``quotes/partial.py``), or when it is a verb phrase the parser
hung on a noun under a governing speech verb before it (rule ``direct:quoted-verb-phrase``). Titles, a clause before its cue, a quote
with no verb cue and one under a speech noun stay out. Every sentence is made up."""

from detente.evaluate.quotes import group_quotes
from tests.quotes.conftest import direct_quotes

DATE = "2005-02-01"
RULE = "direct:in-reported-clause"


def _partial(text: str) -> list:
    return [q for q in direct_quotes(text, DATE) if q.rule.startswith(RULE)]


def test_a_short_quote_inside_the_reported_clause_is_a_partial_quote():
    cases = [  # say, a preposition on a comparative's noun
        ("Council leader Ian Pryce said the new bridge would be busier than any other in "
         "\"recent memory\".", "recent memory", "Ian Pryce", "say"),
        # urge, object frame, "including" before the quote
        ("The inspectors urged the trust to draw up emergency plans, including the \"closure "
         "option\", before the winter.", "closure option", None, "urge"),
        # tell with an addressee and "that", the quote the object of "to" on a noun
        ("Union official Dev Patel told reporters that the pay offer was an insult to \"every "
         "nurse\" and would be rejected.", "every nurse", "Dev Patel", "tell"),
        # coordination: the second of two quoted phrases
        ("Ms Lowe insisted the village would stay open for \"the long haul\" and for \"every "
         "visitor\".", "every visitor", "Lowe", "insist"),
    ]
    for text, words, name, cue in cases:
        found = _partial(text)
        assert [q.content for q in found] == [words], (text, [q.content for q in found])
        assert found[0].rule == f"{RULE};cue:{cue}", found[0].rule
        speaker = found[0].speaker
        if name is not None:
            assert speaker is not None and name in (speaker.name or ""), (words, speaker)


def test_the_partial_quote_is_scored_with_its_reported_clause():
    # one attribution per cue: the clause leads, so a gold that codes the clause (PolNeAR)
    # reads the pair as reported speech, as before the rule
    text = ("Council leader Ian Pryce said the new bridge would be busier than any other in "
            "\"recent memory\".")
    import detente

    quotes = detente.code(text, date=DATE).quotes
    assert any(q.rule.startswith(RULE) for q in quotes)
    grouped = group_quotes(quotes)
    assert len(grouped) == 1 and not grouped[0].direct, grouped


def test_controls_stay_out():
    controls = [
        # a title of a work in the clause
        "Ms Lowe said she had read \"Bleak House\" twice.",
        # no speech verb at all
        "The new bridge was busier than any other in \"recent memory\" last year.",
        # a speech noun, not a verb (not built: PolNeAR codes it as reported speech)
        "Ms Lowe repeated her call for a \"fresh start\" at the council.",
        # a clause before its cue: the writer's scare quote the parser ran into it
        "The firm's \"losses\" are no secret: \"I love tax breaks,\" Mr Pryce said at the dinner.",
    ]
    for text in controls:
        assert _partial(text) == [], (text, [q.content for q in _partial(text)])


def test_a_quoted_verb_phrase_under_a_speech_verb_is_a_partial_quote():
    cases = [  # tell with an outlet and a possessive noun the parser takes as its object
        ("Farmer Ann Lowe told the radio people's lives \"revolved around farming\".",
         "revolved around farming", "Ann Lowe"),
        ("Grower Sam Pike told the paper the village's pubs \"survived on tourism\".",
         "survived on tourism", "Sam Pike"),
    ]
    for text, words, name in cases:
        found = [q for q in direct_quotes(text, DATE) if q.content == words]
        assert len(found) == 1, (text, [q.content for q in direct_quotes(text, DATE)])
        assert found[0].rule == "direct:quoted-verb-phrase;cue:tell", found[0].rule
        assert found[0].speaker is not None and name in (found[0].speaker.name or "")


def test_verb_phrase_controls_stay_out():
    controls = [
        "The group, \"fighting for freedom\", marched to the square on Sunday.",  # no cue
        "He said the song \"Born to Run\" was his favourite.",  # a title
    ]
    for text in controls:
        assert not any(q.rule.startswith("direct:quoted-verb-phrase")
                       for q in direct_quotes(text, DATE)), text


def test_a_name_a_term_or_a_gloss_in_the_reported_clause_is_no_partial_quote():
    # round 27 review (branch f55): a quote of title-cased words, one after a naming word
    # ("term", "slogan", "known as") or an opening bracket names or glosses; it is no quote
    cases = [
        "The president said he met leaders of \"Hamas\" last week.",
        "Officials said the rebels had seized the town of \"Kidal\".",
        "Police said the so-called 'Lions' gang had been broken up.",
        "The critic said a fan of \"Oasis\" would love the record.",
        "She said the band \"The Killers\" would play in Leeds.",
        "The bishop said the term \"genocide\" should not be used lightly.",
        "He argued the phrase \"axis of evil\" had made talks harder.",
        "She said the hashtag \"MeToo\" had spread fast.",
        "He said the campaign, anti-Brexit (\"British exit\") in spirit, would win.",
    ]
    for text in cases:
        assert _partial(text) == [], (text, [q.content for q in _partial(text)])
    # controls: the speaker's words in lower case and a hyphenated adjective stay quotes
    for text, words in (
            ("The minister claimed the talks could go on for \"years\".", "years"),
            ("Ms Lowe insisted the village would stay open for \"the long haul\" and for "
             "\"every visitor\".", "every visitor"),
    ):
        assert [q.content for q in _partial(text)] == [words], text
