"""The own-gold speaker scorer and speaker evidence."""

import detente
from detente.evaluate.speakers import (
    Counts,
    GoldDoc,
    GoldQuote,
    names_match,
    same_sector,
    score_doc,
)


def test_names_match_by_words():
    assert names_match("Donald Trump", "Trump")
    assert names_match("Tuilaepa Sailele Malielegaoi", "Tuilaepa")
    assert not names_match("Interpol", "Brian Hook")
    assert names_match(None, None) and not names_match("X Y", None)


def test_former_office_holder_reads_as_gov_or_cvl():
    assert same_sector("GOV", "ELI") and same_sector("CVL", "ELI")
    assert not same_sector("MIL", "ELI")


def test_civilian_sub_sector_reads_as_the_golds_cvl():
    # the annotation vocabulary has no EDU or HLH: an academic or a nurse is CVL there
    assert same_sector("CVL", "EDU") and same_sector("CVL", "HLH") and same_sector("EDU", "EDU")
    assert not same_sector("GOV", "EDU") and not same_sector("EDU", "CVL")


def test_score_doc_counts_a_missed_quote_as_wrong():
    text = '"We will talk," Biden said. Later "nothing" happened.'
    coded = detente.code(text, date="2021-06-16")
    gold = GoldDoc("x", "dev", "2021-06-16", text, (
        GoldQuote(1, 13, "Joe Biden", "USA", "GOV"), GoldQuote(35, 42, "Someone", None, None)))
    counts = Counts()
    score_doc(gold, coded.quotes, counts)
    assert (counts.gold, counts.found, counts.name, counts.actor) == (2, 1, 1, 1)
    assert (counts.country, counts.sector) == (1, 1)  # the missed quote is wrong on both


def test_score_doc_counts_country_and_sector_apart():
    text = '"We will talk," Biden said.'
    coded = detente.code(text, date="2021-06-16")
    gold = GoldDoc("x", "dev", "2021-06-16", text, (GoldQuote(1, 13, "Joe Biden", "USA", "MIL"),))
    counts = Counts()
    score_doc(gold, coded.quotes, counts)
    assert (counts.actor, counts.country, counts.sector) == (0, 1, 0)


def test_speaker_keeps_its_evidence():
    coded = detente.code('Joe Biden arrived. "We will talk again," he said.', date="2021-06-16")
    speaker = coded.quotes[0].speaker
    assert speaker.name == "Joe Biden"
    assert coded.mentions[speaker.mention].text == "Joe Biden"
    assert speaker.rule.startswith("coref:pronoun")


def _quotes(text, date="2020-01-05"):
    return [(q.content, q.speaker.name if q.speaker else None)
            for q in detente.code(text, date=date).quotes if q.direct]


def test_statement_introduced_by_a_colon_speaks_for_its_issuer():
    text = ('Earlier this week, Interpol made the following announcement: "Latest update: 3,728 '
            'cases have been reported since the outbreak began."')
    assert _quotes(text) == [("Latest update: 3,728 cases have been reported since the "
                              "outbreak began.", "Interpol")]


def test_post_after_a_clause_ending_in_a_colon():
    text = ('President Donald Trump took a parting shot on Twitter: "Oh no, really big political '
            'news, perhaps the biggest story in years!"')
    assert _quotes(text, "2019-09-21")[0][1] == "Donald Trump"


def test_statement_read_after_the_quote_goes_back_to_its_issuer():
    text = ('The Pentagon released a statement. "No troops were injured. We appreciate the quick '
            'response;" read the statement.')
    assert _quotes(text)[0][1] == "Pentagon"


def test_title_and_name_the_parser_split():
    text = ('On a press conference held in Saudi Arabia, US Special Representative for Iran '
            'Brian Hook said, "This is a political nature."')
    quote = detente.code(text, date="2020-07-02").quotes[0]
    assert quote.speaker.name == "Brian Hook"
    assert (quote.speaker.actor.country, quote.speaker.actor.sector) == ("USA", "GOV")


def test_pull_quote_and_a_colon_closing_the_paragraph_before():
    text = ('Hickenlooper spoke in Denver.\n\n"They remind me how much is at stake for our '
            'country. I intend to give that some serious thought."\n\n—John Hickenlooper\n\n'
            'AIP chairman Markham Robinson writes:\n"It is a long shot I will grant you, but '
            'our ticket may draw enough votes."')
    assert [name for _, name in _quotes(text, "2019-08-24")] == ["John Hickenlooper",
                                                                  "Markham Robinson"]


def test_a_role_with_a_name_beside_it_is_that_person():
    # invented sentences: the name in apposition wins over the role's dated holder
    text = ('Mary Smith, the Speaker of the House, spoke first. The Senate Minority Leader, '
            'Chuck Schumer, said on Friday "We made a plea to the president."')
    coded = detente.code(text, date="2019-01-07")
    speaker = next(q.speaker for q in coded.quotes if q.direct)
    assert speaker.name == "Chuck Schumer" and speaker.rule == "role+name-beside"
    text = ('In a statement, the current bishop, Allan Casicas, said "We grieve for him."')
    assert _quotes(text) == [("We grieve for him.", "Allan Casicas")]


def test_a_hyphenated_role_does_not_cut_the_speaker_off():
    text = '"What is important about it is this," said study co-author Professor Carl Lipo.'
    assert _quotes(text)[0][1] == "Carl Lipo"
    text = ('Another co-author, civil and environmental engineering professor Julian Marshall, '
            'said, "We have seen this before."')
    assert _quotes(text)[0][1] == "Julian Marshall"
    text = '"Our team has done it," study co-author Tak-Sing Wong said in a press release.'
    speaker = next(q.speaker for q in detente.code(text, date="2020-01-05").quotes if q.direct)
    assert speaker.name == "Tak-Sing Wong" and speaker.text == "study co-author Tak-Sing Wong"


def test_a_surname_the_tagger_missed_names_the_earlier_person():
    text = ('Shark expert Chris Fallows spoke to us. Fallows remarked, "In 18 years of working '
            'at Seal Island, this is the first time."')
    speaker = next(q.speaker for q in detente.code(text, date="2019-02-16").quotes if q.direct)
    assert speaker.name == "Chris Fallows" and speaker.rule in ("surname>entity", "mention")


def test_a_speaker_never_runs_over_a_paragraph_break():
    # a pull quote's attribution line ("—Troy Roberts") that the parser joined to the next
    # paragraph's subject
    text = ('The road was damaged by the fire.\n\n—Troy Roberts\n\nAnother eyewitness, Nicole '
            'Towarek, described extensive tire marks and "insane and awful" heat.')
    speaker = next(q.speaker for q in detente.code(text, date="2019-01-05").quotes if q.direct)
    assert "\n" not in speaker.text and speaker.name == "Nicole Towarek"


def test_inform_and_characterise_are_cues():
    text = ('"The party complies with the royal command," the party informed the press. '
            'Prosecutor John Bash characterized the attack as "designed to intimidate a civilian '
            'population."')
    quotes = _quotes(text, "2019-08-08")
    assert [c for c, _ in quotes] == ["The party complies with the royal command",
                                      "designed to intimidate a civilian population."]


def test_a_name_after_a_preposition_is_not_the_speaker_unless_set_off_by_commas():
    text = 'A spokesman for Prime Minister Boris Johnson said "We will not comment on that today."'
    assert _quotes(text, "2020-03-01")[0][1] != "Boris Johnson"
    text = ("The director of Argentina's Amnesty International, Mariela Belski, said the "
            'president had "heard the demands of women."')
    speaker = next(q.speaker for q in detente.code(text, date="2020-03-01").quotes if q.direct)
    assert speaker.name == "Mariela Belski" and speaker.actor.sector == "NGO"


def test_a_person_of_a_body_is_named_as_the_person():
    text = 'Jennifer Lu of Marriage Equality Coalition Taiwan said, "It is still not equality."'
    assert _quotes(text, "2019-05-17")[0][1] == "Jennifer Lu"


def test_documents_read_and_speak_for_their_issuer():
    text = ('The decree signed by the Pope read "The crimes of sexual abuse offend Our Lord and '
            'harm the community."')
    quotes = detente.code(text, date="2019-05-12").quotes
    speaker = next(q.speaker for q in quotes if q.direct)
    # since round 19 (q39) the span is the document's words, as PolNeAR marks the source, running on to the
    # issuer named inside it; the actor stays the issuer's
    assert speaker.text == "The decree signed by the Pope" and speaker.actor.sector == "REL"
    text = '"Huber was exceptionally respected and loved in every way", reads an AEW press release.'
    assert _quotes(text, "2020-12-28")[0][1] == "AEW"
    assert _quotes('He read "War and Peace" last summer.') == []


def test_an_armed_group_is_never_the_main_country():
    text = ('The United States withdrew. ISIS fighters attacked. IS claimed it. Senator Lindsey '
            'Graham said, "This is going to lead to the reemergence of ISIS."')
    speaker = next(q.speaker for q in detente.code(text, date="2019-10-08").quotes if q.direct)
    assert speaker.name == "Lindsey Graham" and speaker.actor.country == "USA"


def test_a_name_right_before_a_cue_the_parser_left_without_subject_speaks():
    text = ('On Saturday, Caloundra defeated Maroochydore.\n\n"I am [pretty happy with that]", '
            'Caloundra coach Geoff Ingram said.')
    assert _quotes(text, "2020-08-18")[0][1] == "Geoff Ingram"
    text = ('According to Agence France-Presse, the president of the Tunisian League for the '
            'Defence of Human Rights, Jamel Msallem, said, "We are for the freedom to wear '
            'what you want."')
    assert _quotes(text, "2019-07-08")[0][1] == "Jamel Msallem"


def test_a_participle_hung_on_a_verb_of_the_quote_climbs_to_the_quote_s_cue():
    text = ('Bank president Okey Oramah said the use of third-party currencies "costs Africa '
            'between $5 and $7 billion," further saying, "Beyond that, it also reduces trade."')
    assert [name for _, name in _quotes(text, "2019-07-10")] == ["Okey Oramah"] * 2


def test_a_block_quote_without_marks_takes_the_speaker_of_its_attribution_line():
    text = ('The court ruled on Friday.\n\nFor the reasons further stated below, it abstains from '
            'adjudicating this dispute and dismisses the suit.\n\n  – United States District '
            'Judge Victor Marrero, "Decision and Order"\n\nThe president appealed.')
    quotes = [q for q in detente.code(text, date="2019-10-10").quotes if q.direct]
    assert [(q.content[:16], q.speaker.name, q.rule) for q in quotes] == [
        ("For the reasons ", "Victor Marrero", "direct:block-quote;cue::")]
    # a pull quote's unspaced em-dash line after narration makes no quote of the narration
    text = ('The road was damaged.\n\nEmergency workers have indicated a homicide probe is '
            'ongoing today.\n\n—Troy Roberts')
    assert not [q for q in detente.code(text, date="2019-01-05").quotes if q.direct]


def test_the_outlet_after_a_comma_in_an_attribution_line_does_not_speak():
    text = ('The Coast Guard released the radio calls.\n\nRoger, is the vessel fully engulfed '
            'right now? And there is no escape hatch for any of the people on board?\n\n'
            '  – USCG dispatcher, CNN\n')
    quote = next(q for q in detente.code(text, date="2019-09-04").quotes if q.direct)
    assert quote.speaker.name == "USCG dispatcher"


def test_a_pronoun_speaks_as_the_name_on_its_way_to_an_appositive_role():
    text = ('Two Paris police officers were convicted of raping Emily Spanton, a Canadian '
            'tourist, in 2014. She told a guard, "they raped me and took my phone".')
    speaker = next(q.speaker for q in detente.code(text, date="2019-02-02").quotes if q.direct)
    assert speaker.name == "Emily Spanton"
    assert (speaker.actor.country, speaker.actor.sector) == ("CAN", "CVL")
