"""Round 20 of issue 14 (the tune part of PolNeAR's train split, gold/quotes/polnear_train):
the speech cue "elaborated"; "he told me" after a quote; a participle hung on a reported
clause is the reporter's words; a nominal adjective the parser made the root ("the
43-year-old asked"); "went so far as to say"; a digest item's "HEADING - Name:" line; an
outlet quoting someone "as saying" before the quote; a quote with a hashtag is a post.
Every sentence here is made up."""

import detente
from tests.quotes.conftest import direct_quotes, speaker_of_quote, speaker_words

DATE = "2016-05-01"


# Cues: "elaborated" (bare).

def test_she_elaborated_is_a_cue_with_the_pronoun_at_it():
    text = ('Mayor Jo Roe met the press. "The way I see it," she elaborated, "nobody wins '
            'this vote."')
    quote = next(q for q in direct_quotes(text, DATE) if q.content.startswith("The way"))
    assert "cue:elaborate" in quote.rule
    assert speaker_words(text, quote.speaker) == "she" and quote.speaker.name == "Jo Roe"


def test_control_questioned_is_no_cue():
    # "question" was tried as a bare cue and dropped: it cost the train check part a speaker
    text = 'Jo Roe questioned the plan. Dana Hale said: "We will wait until spring."'
    quote = next(q for q in direct_quotes(text, DATE) if q.content.startswith("We will"))
    assert quote.speaker.name == "Dana Hale"
    assert not any("cue:question" in (q.rule or "") for q in detente.code(text).quotes)


# Climbing to the speaker.

REPORTED = ('Agent Dana Hale wrote a book about the campaign. Hale also wrote the agents knew '
            'about the plan, saying, "They did not tell anyone about it."')


def test_a_participle_on_a_reported_clause_is_the_reporters():
    speaker = speaker_of_quote(REPORTED, "They did not", DATE)
    assert speaker.name == "Dana Hale" and speaker_words(REPORTED, speaker) == "Hale"
    assert "reporting-clause" in speaker.rule


def test_control_a_participle_on_the_main_clause_is_its_subject():
    text = 'The agents knew about the plan, saying, "We did not tell anyone about it."'
    speaker = speaker_of_quote(text, "We did not", DATE)
    assert speaker_words(text, speaker) == "The agents"
    assert "reporting-clause" not in (speaker.rule or "")


def test_a_nominal_adjective_the_parser_made_root_speaks():
    text = '"What if the mayor had lessons?" the 43-year-old asked in the video.'
    speaker = speaker_of_quote(text, "What if", DATE)
    assert speaker_words(text, speaker) == "the 43-year-old"
    assert "nominal-adjective" in speaker.rule


def test_went_so_far_as_to_say_climbs_to_the_subject():
    text = 'The columnist Dana Hale went so far as to say: "The plant is finished."'
    speaker = speaker_of_quote(text, "The plant", DATE)
    assert speaker.name == "Dana Hale"
    assert "degree-phrase" in speaker.rule


# A digest item's heading, a spaced dash, then the source line and a colon.

HEADED = ('PLANT WORKERS CARE MORE ABOUT PAY THAN ABOUT HOURS IN THE NEW SURVEY OF THE STATE - '
          'Dana Hale and Jo Roe: "We found that workers rank pay above every other concern in '
          'the plant."')


def test_a_heading_dash_source_line_speaks_after_the_dash():
    quote = next(q for q in direct_quotes(HEADED, DATE) if q.content.startswith("We found"))
    assert quote.rule.startswith("direct:colon+heading")
    assert speaker_words(HEADED, quote.speaker) == "Dana Hale and Jo Roe"
    assert quote.speaker.name == "Dana Hale"


def test_control_a_source_line_without_a_dash_keeps_the_whole_line():
    text = 'Gerald F. Seib, The Wall Street Journal: "The plant will stay open until spring."'
    quote = next(q for q in direct_quotes(text, DATE) if q.content.startswith("The plant"))
    assert quote.rule.startswith("direct:colon;") and "heading" not in quote.rule
    assert quote.speaker.name == "Gerald F. Seib"


# "he told me" in the sentence after a question quote: the addressee is no reported words.

def test_he_told_me_after_a_question_quote_is_its_cue():
    text = ('Days after the arrest, Dan Roe volunteered to go. "Was I going to remain an '
            'academic, sitting in an ivory tower?" he told me.')
    quote = next(q for q in direct_quotes(text, DATE) if q.content.startswith("Was I"))
    assert "cue:tell" in quote.rule and speaker_words(text, quote.speaker) == "he"


def test_control_told_the_story_is_not_a_bare_cue():
    text = ('Days after the arrest, Dan Roe volunteered to go. "Was I going to remain an '
            'academic, sitting in an ivory tower?" Jo Hale told the story.')
    assert not any("cue:tell" in (q.rule or "") for q in direct_quotes(text, DATE))


# An outlet quoting someone "as saying" with the quote after: the outlet's words.

def test_a_tweet_quoting_someone_as_saying_before_the_quote_spans_the_tweet():
    text = ('Dan Gross tweeted as the mayor spoke. An early tweet quoted Mayor Jo Roe as saying '
            '"We need to act before the next flood comes!"')
    speaker = speaker_of_quote(text, "We need", DATE)
    assert speaker_words(text, speaker) == "An early tweet" and speaker.name == "Jo Roe"
    assert "relayed-by" in speaker.rule


def test_control_quoted_by_an_outlet_keeps_the_person():
    text = 'Mayor Jo Roe was quoted by the Courier as saying "We need to act before the flood."'
    speaker = speaker_of_quote(text, "We need", DATE)
    assert "relayed-by" not in (speaker.rule or "")


# A hashtag makes a capitalised quote a post, not a title.

def test_a_post_with_a_hashtag_is_speech():
    text = ('Mayor Jo Roe, who also campaigned in the state this week, tweeted, "Thank you Ohio! '
            '#Roe2016" on Friday afternoon.')
    quote = next(q for q in direct_quotes(text, DATE) if q.content.startswith("Thank you"))
    assert quote.speaker.name == "Jo Roe"


def test_control_a_capitalised_title_without_a_hashtag_is_no_quote():
    text = 'Mayor Jo Roe wrote a book called "Thank You Ohio And Good Night" last year.'
    assert not direct_quotes(text, DATE)


# Markup tags with quoted attribute values left in scraped text open no quote.

def test_a_markup_tags_attribute_values_are_no_quotes():
    from detente.quotes.marks import find_quoted_spans

    text = ('He posted it. <tweet tweet-author="@jo_roe" tweet-date="March 10, 2016">The plant '
            'is closing<tweet/>. Roe wrote, "It is closing."')
    assert [text[s.start:s.end] for s in find_quoted_spans(text)] == ["It is closing."]


def test_control_a_quoted_angle_bracket_is_still_a_quote():
    from detente.quotes.marks import find_quoted_spans

    text = 'The sign read "x > y" and "<b>" in bold.'
    assert [text[s.start:s.end] for s in find_quoted_spans(text)] == ["x > y", "<b>"]


# A clause that opens with its cue's own whole quote and runs on past it is the quote only.

def test_a_run_on_clause_after_a_whole_quote_is_no_indirect_quote():
    text = ('Additionally, Jo Roe said: "I have said repeatedly that using two accounts was a '
            'mistake," but in fact Roe used only one account.')
    quotes = detente.code(text).quotes
    assert [q.direct for q in quotes] == [True]
    assert quotes[0].speaker.name == "Jo Roe"


def test_control_a_partial_quote_inside_its_clause_keeps_the_clause():
    text = 'Mayor Jo Roe said "the plan" was dead after the vote.'
    assert any(not q.direct and "was dead" in q.content for q in detente.code(text).quotes)


# "shot back", "fired back", "hit back" as a retort.

def test_shot_back_after_a_quote_is_a_cue():
    text = ('Jo Roe attacked Dan Hale over the plant. "Jo wants to be a tough guy tonight," '
            'Hale shot back.')
    quote = next(q for q in direct_quotes(text, DATE) if q.content.startswith("Jo wants"))
    assert "cue:shoot back" in quote.rule and quote.speaker.name == "Dan Hale"


def test_control_shot_back_at_someone_is_no_cue():
    text = '"We will not close it," Mayor Jo Roe said. Police shot back at the gunmen.'
    assert not any("shoot back" in (q.rule or "") for q in detente.code(text).quotes)


# A relative pronoun's span runs from its antecedent's phrase to the pronoun.

def test_a_relative_pronoun_speaker_spans_its_antecedent_too():
    text = 'The plan was backed by Mayor Jo Roe, who said: "We will build it this year."'
    speaker = speaker_of_quote(text, "We will", DATE)
    assert speaker_words(text, speaker) == "Mayor Jo Roe, who" and speaker.name == "Jo Roe"
    assert speaker.rule.startswith("relative>")


def test_control_a_named_subject_keeps_its_own_span():
    text = 'Mayor Jo Roe said: "We will build it this year."'
    assert speaker_words(text, speaker_of_quote(text, "We will", DATE)) == "Mayor Jo Roe"


# A subject the parser found in the next paragraph: the name after the cue speaks.

PARAGRAPHS = ('Nancy Hale will be remembered for her devotion to her husband.\n\n'
              '"That\'s not to say that other first ladies weren\'t devoted to their husbands, '
              'but few can match Nancy Hale," says Myra Jones, a first lady historian and '
              'professor of communications at Rider University in Lawrenceville, N.J.\n\n'
              'The paradox of Nancy, says Carl Tan, historian at the National First Ladies '
              'Library, is that she was "one of the most powerful first ladies in the '
              'post-World War II era," not for her policy influence.')


def test_the_name_after_the_cue_wins_over_a_subject_in_the_next_paragraph():
    speaker = speaker_of_quote(PARAGRAPHS, "That's not", DATE)
    assert speaker.name == "Myra Jones" and "before-break" in speaker.rule


def test_control_the_next_paragraphs_quote_keeps_its_own_speaker():
    assert speaker_of_quote(PARAGRAPHS, "one of the most", DATE).name == "Carl Tan"


# A cue whose clause closes on a colon introduces what follows, not the quote before it.

AHEAD = ('Jo Tenney spoke to the radio show about her race.\n\n'
         '"It\'s going to be well over a million dollars by the time it\'s done," Tenney said '
         'about the money. "It\'s probably going to be close to two million dollars. This is '
         'what I\'m up against." She went on to say:\n\n'
         '"Incredibly, none of them will come out and support the nominee."')


def test_a_cue_ending_in_a_colon_is_not_the_cue_of_the_quote_before_it():
    quote = next(q for q in direct_quotes(AHEAD, DATE) if q.content.startswith("It's probably"))
    assert quote.rule == "direct:continuation"
    assert speaker_words(AHEAD, quote.speaker) == "Tenney"


def test_control_the_quote_after_the_colon_keeps_the_colon_cue():
    quote = next(q for q in direct_quotes(AHEAD, DATE) if q.content.startswith("Incredibly"))
    assert speaker_words(AHEAD, quote.speaker) == "She" and quote.speaker.name == "Jo Tenney"


def test_a_second_relative_pronoun_in_a_conjoined_clause_names_the_antecedent():
    text = ('The senator was rallying for a 70-year-old teacher named Jo Roe, who is running for '
            'Congress and who worked the crowd, praising "the senator\'s genuineness and '
            'integrity" as she spoke.')
    speaker = speaker_of_quote(text, "the senator's", DATE)
    assert speaker.name == "Jo Roe" and speaker.rule.startswith("relative>")
    assert speaker_words(text, speaker).startswith("Jo Roe, who")
