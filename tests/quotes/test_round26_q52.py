"""Round 26 of issue 14 (branch q52): a quote that runs over paragraphs in a text whose
paragraph breaks were lost (BBC News archive layout: each paragraph re-opens the mark and only
the last closes it, so the paragraphs read ``said: "One. "Two. "Three."``). Every later
paragraph keeps the speaker of the first (``continuation.reopened``, rule
``direct:continuation+reopened``), even over a cue of the next sentence. Every sentence is made up."""

from tests.quotes.conftest import direct_quotes, speaker_of_quote

DATE = "2005-02-01"


def test_every_later_paragraph_of_a_run_keeps_the_speaker():
    cases = [  # colon cue, three paragraphs
        ("Lighthouse keeper Mary Dunwoody told a gardening podcast: \"Tomatoes hate the sea "
         "wind more than anything. \"Grow them behind a wall of old nets. \"Mine ripened in "
         "August last year.\" The podcast returns in spring.", ["Grow them", "Mine ripened"],
         "Mary Dunwoody"),
        # a cue after the first paragraph, then two more; a question ends a paragraph
        ("\"The glue dries in an hour,\" model maker Tom Feaver said. \"Who has an hour to "
         "wait? \"I paint the hull while it sets.\" His ship took a prize.",
         ["I paint the hull"], "Tom Feaver"),
        # a pronoun cue after a named subject, four paragraphs, one with an exclamation
        ("Chess coach Ruth Abara spoke at the club dinner. She joked: \"The bishops in this "
         "club are always late for the first round. \"The knights arrive an hour early and "
         "complain about it! \"The pawns simply walk in from the car park together. \"The "
         "queens, of course, take taxis from the station.\" The museum did not comment.",
         ["The knights", "The pawns", "The queens"], "Ruth Abara"),
    ]
    for text, starts, name in cases:
        for words in starts:
            speaker = speaker_of_quote(text, words, DATE)
            assert speaker is not None and speaker.name == name, (words, speaker)
        found = {q.content.split()[0] for q in direct_quotes(text, DATE)}
        assert all(w.split()[0] in found for w in starts), found


def test_the_rule_is_named_on_the_quote():
    text = ("Council leader Ian Pryce said: \"The road will close in May. \"Drivers should "
            "plan other routes.\"")
    quote = next(q for q in direct_quotes(text, DATE) if q.content.startswith("Drivers"))
    assert quote.rule == "direct:continuation+reopened"
    assert quote.speaker.name == "Ian Pryce"


def test_a_closed_quote_or_a_term_does_not_run_on():
    # control: two closed quotes side by side -- the second has no cue and no speaker to go on
    text = ("Council leader Ian Pryce said: \"The road will close in May.\" \"Drivers should "
            "plan other routes,\" the police added.")
    speaker = speaker_of_quote(text, "Drivers", DATE)
    assert speaker is None or speaker.name != "Ian Pryce"
    # control: a term (no sentence end) next to another mark does not give a speaker on
    text = ("Ian Pryce called the scheme a \"shambles \"Tories\" had planned, reporters "
            "said. The vote is on Monday.")
    for quote in direct_quotes(text, DATE):
        assert not quote.rule.startswith("direct:continuation") or not quote.content.startswith("Tories")


def test_a_spokesperson_with_no_body_speaks_for_the_body_of_the_sentence_before():
    # ``bodies._body_before``: the organisation that is the subject of the sentence before
    cases = [
        ("The Harbour Users Association has bought a second ferry for the winter timetable. A "
         "spokesman said: \"She is older than most of our crew, but she floats.\"",
         "She is older", "Harbour Users Association"),
        ("The Royal Society of Beekeepers moved its spring show to a barn.\n\nA spokeswoman "
         "said: \"The bees prefer a dry floor and so do our judges.\"", "The bees prefer",
         "Royal Society of Beekeepers"),
        ("The Kite Flyers alliance painted its logo on a hill above the town. \"It can be "
         "seen from space. Well, from a plane,\" said spokesman Owen Tarrant.", "It can be seen",
         "Kite Flyers alliance"),
    ]
    for text, words, name in cases:
        speaker = speaker_of_quote(text, words, DATE)
        assert speaker is not None and speaker.name == name, (text, speaker)
        assert "body-before" in speaker.rule, speaker.rule


def test_a_spokesperson_of_a_person_a_country_or_a_named_body_is_not_moved():
    # controls: the sentence before has a person or a country for subject; the spokesperson
    # names their own body or person
    cases = [
        ("Tony Blair met the union leaders on Monday. A spokesman said: \"The talks were "
         "useful and will go on.\"", "The talks"),
        ("France rejected the offer on Friday. A spokeswoman said: \"The offer was far too "
         "small for us to take.\"", "The offer"),
        ("The Ramblers Trust opened a new path. A spokesman for Tony Blair said: \"The prime "
         "minister enjoyed the walk very much.\"", "The prime minister"),
    ]
    for text, words in cases:
        speaker = speaker_of_quote(text, words, DATE)
        assert speaker is None or "body-before" not in (speaker.rule or ""), (text, speaker)
    text = ("The council voted on Tuesday. Maria Lowe, a spokeswoman for the Tenants Union, "
            "said: \"We are very glad that it passed at last.\"")
    assert speaker_of_quote(text, "We are very glad", DATE).name == "Tenants Union"


# Review mends of q52 (round 26 merge review): every case below went wrong at 04ae9c7.


def _no_body_before(text: str, words: str):
    speaker = speaker_of_quote(text, words, DATE)
    assert speaker is None or "body-before" not in (speaker.rule or ""), (text, speaker)
    return speaker


def test_a_news_outlet_that_reported_is_no_spokespersons_body():
    # the sentence before tells what a news source reported (``reporting_before``), or its
    # subject is a news outlet (MED): the spokesperson is not the outlet's
    cases = [
        ("CNN reported that the senator would resign. A spokesperson said: \"The senator has no "
         "plans to resign.\"", "The senator"),
        ("The Times reported on Sunday that the health minister would resign. A spokeswoman "
         "said: \"The minister has no plans to step down.\"", "The minister"),
        ("The New York Times reported that the firm would close. A spokesman said: \"We do not "
         "comment on rumours.\"", "We do not"),
    ]
    for text, words in cases:
        speaker = _no_body_before(text, words)
        assert speaker is None or speaker.actor is None or speaker.actor.sector != "MED", speaker


def test_a_sentence_before_with_a_second_party_gives_no_body():
    # an object or prepositional object names another organisation or person: whose
    # spokesperson speaks is not told; a named spokesman keeps his own name
    text = ("Labour accused the Conservatives of lying. \"The claim is false,\" said spokesman "
            "John Reid.")
    assert _no_body_before(text, "The claim").name == "John Reid"
    cases = [
        ("The High Court ruled against Leeds City Council on Monday. A spokesman said: \"We are "
         "disappointed and we will appeal.\"", "We are disappointed"),
        ("The European Union fined Apple 13 billion euros on Tuesday. A spokesman said: \"We "
         "will appeal against this decision.\"", "We will appeal"),
        ("Microsoft sued Google on Monday. A spokeswoman said: \"We have not seen the lawsuit "
         "and cannot comment on it.\"", "We have not seen"),
    ]
    for text, words in cases:
        _no_body_before(text, words)


def test_the_subject_of_a_passive_keeps_the_spokesperson_over_its_agent():
    # control: "fined by X" -- the agent is no second party; the subject is the body
    cases = [
        ("The Co-operative Bank was fined 13 million pounds by the Financial Conduct Authority "
         "on Tuesday. A spokesman said: \"We will appeal against this decision.\"",
         "Co-operative Bank"),
        ("Tesco was fined 13 million pounds by the Competition Commission on Tuesday. A "
         "spokesman said: \"We will appeal against this decision.\"", "Tesco"),
    ]
    for text, name in cases:
        speaker = speaker_of_quote(text, "We will appeal", DATE)
        assert speaker is not None and speaker.name == name, (text, speaker)


def test_a_bare_surname_tagged_as_an_organisation_is_no_body():
    # one word with no known actor or company: a person's surname the tagger took for an
    # organisation; controls: a known organisation and a company of companies.tsv
    for text, words in [
        ("Assange appeared in court on Monday. A spokeswoman said: \"He is in poor health and "
         "should be freed.\"", "He is in poor health"),
        ("Kilroy-Silk appeared on television on Monday. A spokesman said: \"He is ready to "
         "fight the election.\"", "He is ready"),
    ]:
        _no_body_before(text, words)
    for text, words, name in [
        ("Greenpeace attacked the plan on Monday. A spokesman said: \"The plan is a disaster "
         "for the whole planet.\"", "The plan is", "Greenpeace"),
        ("Tesco posted record profits on Monday. A spokesman said: \"We had a very good "
         "year.\"", "We had a very", "Tesco"),
    ]:
        speaker = speaker_of_quote(text, words, DATE)
        assert speaker is not None and speaker.name == name, (text, speaker)


def test_no_body_is_taken_from_inside_a_long_quote():
    # five quoted sentences before the cue: the narrator's sentence is not reached, so no
    # organisation named inside the quote is the spokesperson's body
    text = ("Tesco posted record profits on Monday. \"We had a very good year. Google is our new "
            "partner in the online business. Prices fell. Staff numbers rose. Sales rose. Our "
            "customers are happy,\" said spokesman John Reid.")
    speaker = speaker_of_quote(text, "We had a very good year", DATE)
    assert speaker is not None and speaker.name != "Google", speaker


def test_a_reopened_paragraph_keeps_a_cue_of_its_own_sentence():
    # ``attribute``: the run goes on over a cue of a later sentence, not over one in the
    # reopened paragraph's own sentence ("..., according to Mary Jones")
    text = ("John Smith, the mayor of Leeds, said: \"We lost the vote in the council chamber "
            "today. \"It was a fair vote and the result stands,\" according to Mary Jones, the "
            "council leader.")
    assert speaker_of_quote(text, "It was a fair vote", DATE).name == "Mary Jones"


def test_a_body_named_with_of_keeps_its_whole_name():
    text = ("The ministry of defence confirmed the deal. A spokeswoman said: \"The contract is "
            "signed and the work starts now.\"")
    assert speaker_of_quote(text, "The contract", DATE).name == "ministry of defence"
