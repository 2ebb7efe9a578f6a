"""Speaker and quote rules of the seventh round of issue 14, each on made-up sentences of its
class."""

import detente


def _direct(text, date="2005-03-10"):
    return [(q.content, q.speaker.name if q.speaker else None)
            for q in detente.code(text, date=date).quotes if q.direct]


def test_a_lower_case_phrase_quoted_after_a_preposition_of_a_verb_is_the_speaker_s():
    got = _direct('Mr Patel said he was proud of the town\'s "brave fire crews" but worried '
                  'about funding.')
    assert ("brave fire crews", "Patel") in got
    got = _direct('The union accused officials of a "shameful betrayal" of its members.')
    assert [c for c, _ in got] == ["shameful betrayal"]


def test_a_quoted_term_after_a_noun_or_a_naming_word_is_no_quote():
    assert _direct('The files revealed talk of a "cash for access" scheme, Mr Lee said.') == []
    assert _direct('She warned of the so-called "grey zone" tactics in the strait.') == []


def test_a_role_word_after_a_person_s_title_is_a_surname():
    got = _direct('Ms King said she was "delighted" at the result.')
    assert got == [("delighted", "Ms King")]
    mentions = detente.code("Mr Bishop told reporters he would stay.", date="2005-03-10").mentions
    assert all(not (m.actor and m.actor.entry == "role:bishop") for m in mentions)


def test_who_after_a_person_closing_a_list_of_titles_is_that_person():
    got = _direct('The plan was backed by Energy, Climate and Water Minister Petra Olsen who '
                  'said: "Every home will see lower bills within two years."')
    assert got[0][1] == "Petra Olsen"


def test_a_spokesperson_of_a_body_cut_at_its_head_word_names_the_whole_body():
    got = _direct('A Department for Culture and Heritage spokesman said: "The museum will '
                  'reopen in the spring."')
    assert got[0][1] == "Department for Culture and Heritage"


def test_an_unnamed_spokesperson_speaks_for_the_body_that_is_the_clause_s_subject():
    got = _direct('The Foreign Office rejected the claims, with a spokesperson saying: "These '
                  'reports are entirely without foundation."')
    assert got[0][1] == "The Foreign Office" or got[0][1] == "Foreign Office"


def test_a_party_word_inside_a_longer_party_name_gives_no_country():
    def country(text):
        quote = next(q for q in detente.code(text, date="2005-03-10").quotes if q.direct)
        return quote.speaker.actor.country if quote.speaker.actor else None

    assert country('Social Democrat chairwoman Anna Berg said the cuts were "a disgrace to '
                   'the nation".') != "USA"
    assert country('Republican Senator Tom Ross said the cuts were "a disgrace to the '
                   'nation".') == "USA"


def test_a_quote_paragraph_with_no_cue_after_a_reported_statement_is_its_speaker_s():
    text = ("The shelters need more beds before winter, Anna Dorn said.\n"
            "\u201cWe turned away forty people last week alone. That cannot go on.\u201d\n")
    assert _direct(text) == [("We turned away forty people last week alone. That cannot go "
                              "on.", "Anna Dorn")]


def test_a_quote_paragraph_after_a_paragraph_of_narration_is_not_the_reporter_s():
    text = ("The shelters need more beds before winter, Anna Dorn said. The city has not "
            "answered.\n\u201cWe turned away forty people last week alone. That cannot go "
            "on.\u201d\n")
    assert [s for _, s in _direct(text)] != ["Anna Dorn"]


def test_a_party_member_named_by_the_party_word_is_the_person_just_quoted():
    text = ('Sen. Paul Hardy told reporters on Monday that he had doubts about the deal.\n'
            '"What about the jobs that will be lost in the mills?" the Ohio Republican asked '
            'after the vote.\n')
    assert _direct(text)[0][1] == "Paul Hardy"


def test_a_description_that_adds_to_a_quote_running_over_sentences_is_its_speaker():
    text = ('"The port is ready. The cranes are new. The staff are trained. The ships will '
            'come," Nora Diaz told the radio station.\n'
            '"We have waited ten years for this day," the shipping magnate added.\n')
    assert [s for _, s in _direct(text)][-1] == "Nora Diaz"


def test_a_person_s_spokesperson_speaks_in_their_own_name():
    got = _direct('Trump\'s spokesman Hal Brooks tweeted that there would be "no '
                  'announcements on the post until next week at the earliest."', "2016-12-10")
    assert got[0][1] == "Hal Brooks"


def test_a_given_name_alone_is_the_speaker_named_in_full_before():
    text = ('"The first boxes arrive next week. The crop is good," said Marta Kowal, a fruit '
            'trader in Gdansk.\n'
            '"Because of a better harvest, we expect slightly lower prices," Marta continues.\n')
    assert [s for _, s in _direct(text)] == ["Marta Kowal", "Marta Kowal"]


def test_a_definite_ruling_speaks_for_the_court_that_spoke_just_before():
    text = ('No reasonable juror could have convicted the men, the appeals court said.\n'
            '"The defendants did not commit a crime," the written ruling said. "They are '
            'free to go home."\n')
    got = _direct(text)
    assert len(got) == 2 and all(s and "court" in s for _, s in got)


def test_a_quote_paragraph_after_a_sentence_announcing_a_post_is_the_poster_s():
    text = ('Mayor Lena Ortiz repeated the warning in a tweet on Sunday morning.\n'
            '"Stay off the roads tonight unless your trip is an emergency."\n')
    assert _direct(text, "2019-01-10") == [
        ("Stay off the roads tonight unless your trip is an emergency.", "Lena Ortiz")]


def test_a_person_s_title_word_inside_a_body_s_name_gives_no_sector():
    coded = detente.code('"Every bed is full," said Dr. Ana Ruiz, medical director of the '
                         'Springfield General Hospital Burns Unit.', date="2017-01-01")
    speaker = next(q.speaker for q in coded.quotes if q.direct)
    assert speaker.actor is None or speaker.actor.sector != "MIL"


def test_a_party_s_portfolio_spokesperson_speaks_for_the_party_not_the_portfolio():
    got = _direct("The Rural Party's health spokeswoman Eva Lind said: \"The clinics must stay "
                  "open every night of the week.\"")
    assert got[0][1] == "The Rural Party" or got[0][1] == "Rural Party"


def test_a_profile_quote_after_a_sentence_about_a_given_name_is_the_speaker_named_in_full():
    text = ('"We will question them first," said Sir Peter Vance, the police chief.\n'
            'Peter looked at the files on his desk. "The options are clear to all of us."\n')
    assert [s for _, s in _direct(text)][-1] == "Peter Vance"


def _all(text, date="2005-03-10"):
    return [(q.speaker.name if q.speaker else None,
             q.speaker.actor.sector if q.speaker and q.speaker.actor else None)
            for q in detente.code(text, date=date).quotes]


def test_a_person_role_right_after_an_unknown_speaker_names_them_with_its_sector():
    text = ('The new fishing quotas are fair and "very clear", Hanna Berg has said.\n\n'
            'The fisheries minister said the boats would be inspected every month.')
    assert _all(text)[-1] == ("Hanna Berg", "GOV")


def test_a_quoted_heading_after_a_reported_statement_is_no_quote_of_its_speaker():
    text = ("Two villages were cut off by the floods, Lars Berg told state radio.\n"
            "'My family is terrified'\n"
            "Rescue teams reached the villages on Sunday.\n")
    assert all(s != "Lars Berg" for _, s in _direct(text))


def test_a_titled_surname_is_the_person_named_in_full_before():
    text = ('Tom Reed will stand against Labour MP Anna King at the next election.\n'
            'Ms King said she was "delighted" at the chance.')
    assert _direct(text) == [("delighted", "Anna King")]
