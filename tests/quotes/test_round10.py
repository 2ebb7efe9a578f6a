"""Round 10 of issue 14: union leaders, candidates' campaigns and quotes whose owner the next
sentence names; every sentence here is made up."""

import detente
from tests.quotes.conftest import direct_speakers, sole_speaker

_speakers = direct_speakers
_speaker = sole_speaker


def _sector(text):
    actor = _speaker(text).actor
    return actor.sector if actor is not None else None


# A union's leader is labour, not government: the body they head wins over the role word.

def test_general_secretary_of_a_union_named_in_apposition():
    assert _sector('"Our members are angry," said Dara Quinlan, general secretary of the '
                   'Harbour Workers Union.') == "LAB"


def test_the_head_word_of_a_union_name_gives_its_kind():
    assert _sector('"Our members are angry," said Dara Quinlan, president of the National '
                   'Union of Lecturers.') == "LAB"


def test_a_union_named_without_the_word_union():
    assert _sector('"Our members are angry," said TUC general secretary Dara Quinlan.') == "LAB"
    assert _sector('"Our members are angry," said Unison general secretary Dara Quinlan.') \
        == "LAB"


def test_a_secretary_of_a_ministry_stays_government():
    assert _sector('"The budget is tight," said Dara Quinlan, permanent secretary of the '
                   'Finance Ministry.') == "GOV"


def test_the_european_union_is_no_trade_union():
    actor = _speaker('"The deal is fair," said Dara Quinlan, president of the European '
                     'Union\'s executive.').actor
    assert actor.sector != "LAB"


# A candidate's campaign speaks as a party body; a campaign group stays NGO.

def test_a_spokeswoman_for_a_candidates_campaign_is_party():
    speaker = _speaker('Owen Hartley led the polls. "The numbers are on our side," said Mirela '
                       'Voss, a spokeswoman for the Hartley campaign.')
    assert speaker.actor is not None and speaker.actor.sector == "PTY"


def test_his_campaign_manager_is_party():
    assert _sector('Senator Owen Hartley toured the state on Monday. "The numbers are on our '
                   'side," said Mirela Voss, his campaign manager.') == "PTY"


def test_a_campaign_spokesman_for_a_senator_is_party():
    assert _sector('"The numbers are on our side," said a campaign spokesman for Senator '
                   'Owen Hartley.') == "PTY"


def test_a_re_election_campaign_is_a_candidates():
    from detente.quotes.rolewords import political_campaign

    doc = detente.code("Mirela Voss runs the governor's re-election campaign.",
                       date="2021-03-01").doc
    assert political_campaign(next(t for t in doc if t.lower_ == "campaign"))
    doc = detente.code("Mirela Voss runs a road safety campaign.", date="2021-03-01").doc
    assert not political_campaign(next(t for t in doc if t.lower_ == "campaign"))


def test_a_campaign_group_stays_ngo():
    assert _sector('"The river is dying," said Mirela Voss of the Clean Rivers '
                   'Campaign.') == "NGO"


# A quote that is a sentence of its own, owned by the sentence after it.

def test_the_warning_came_from_a_named_person():
    speaker = _speaker('"The levee will not hold another night." The warning came from Ivo '
                       'Brandt, the county\'s flood officer.')
    assert speaker.name == "Ivo Brandt"


def test_that_was_the_verdict_of_a_named_person():
    speaker = _speaker('Crews worked through the night. "The levee will not hold another '
                       'night." That was the verdict of Ivo Brandt, the county\'s flood '
                       'officer.')
    assert speaker.name == "Ivo Brandt"


def test_the_remarks_were_made_by_a_named_person():
    speaker = _speaker('"The levee will not hold another night." The remarks were made by Ivo '
                       'Brandt on Monday.')
    assert speaker.name == "Ivo Brandt"


def test_a_sentence_about_a_fear_names_no_owner():
    assert _speakers('"The levee will not hold another night." That is the fear in the '
                     'valley.') == []


def test_the_quotes_stage_shares_the_actors_sector_adjectives():
    from detente.resources import Resources

    resources = Resources()
    lexicon = resources.get("quotes").lexicon
    assert lexicon.sector_adjectives == resources.get("actors").sector_adjectives
    assert lexicon.sector_adjectives["military"] == "MIL"


# Companies and their officers; prosecutors called attorneys; a body's name before a role.

def test_a_chief_technology_officer_is_business_not_military():
    assert _sector('"Stream is the future," wrote Mara Quell, the chief technology officer '
                   'of Zentrix.') == "BUS"


def test_a_senior_vice_president_is_business():
    assert _sector('"The lines are safe," said Senior vice president Mara Quell.') == "BUS"


def test_a_vice_president_alone_stays_government():
    assert _sector('"The vote was clear," said Vice President Mara Quell.') == "GOV"


def test_a_company_named_by_its_kind_is_business():
    speaker = _speaker('Software company Zentrix Hat announced the plan on Tuesday. "Stream is '
                       'the future," Zentrix Hat said.')
    assert speaker.actor is not None and speaker.actor.sector == "BUS"


def test_a_united_states_attorney_is_a_prosecutor():
    assert _sector('"He fed a cycle of addiction," said United States Attorney Mara '
                   'Quell.') == "JUD"


def test_a_district_attorney_is_a_prosecutor():
    assert _sector('"The law is clear," said District Attorney Mara Quell.') == "JUD"


def test_a_body_name_ends_before_the_role_that_follows_it():
    assert _sector('"The drug supply is safe," said Pharmacy Society President Mara '
                   'Quell.') == "NGO"


# Who the subject is when the parser takes a campus for it.

def test_the_campus_after_a_university_is_not_the_speaker():
    speaker = _speaker('Mara Quell of the University of Otago, Dunedin disagreed with these '
                       'findings: "The seeps are small and were always minor resources."')
    assert speaker.name == "Mara Quell"


# Pronouns: not a person named inside their own fronted adjunct; "it" and "they" are no one
# person; a pronoun has no title run.

def test_he_is_not_the_person_inside_his_own_fronted_adjunct():
    speaker = _speaker('To a packed hall in Leeds, Mr Hale accused his rival Tom Birch of '
                       'plotting cuts. Laying into the Conservative\'s record in government he '
                       'said: "We will never go back to those days."')
    assert speaker.name != "the Conservative" and "Birch" not in (speaker.name or "")


def test_it_is_not_the_person_who_spoke_last():
    speakers = _speakers('Sarah Quell praised the report. "The plan is dead," she said. "We '
                         'must act now," it said.')
    assert speakers[0].name == "Sarah Quell"
    assert speakers[1].name != "Sarah Quell"


def test_it_may_be_a_body_the_tagger_took_for_a_person():
    speakers = _speakers('Borsig Dortmund reported a loss. "We are in a difficult position," '
                         'said Borsig Dortmund. "Costs are too high," it said.')
    assert speakers[-1].name == speakers[0].name


def test_a_pronoun_takes_no_sector_from_the_words_before_it():
    speaker = _speaker('Mr Hale spoke in Leeds. Laying into the record in government he said: '
                       '"We will never go back to those days."')
    assert speaker.actor is None or speaker.actor.sector != "GOV"


# Quotes with no cue: a stated aim after "to"; a court's ruling in a conjunct.

def test_a_quoted_aim_after_to_is_the_subjects():
    speaker = _speaker('Mara Quell endorsed Tom Birch on Monday. She also expressed a desire to '
                       'work with Birch to "create a council that works for every street."')
    assert speaker.name == "Mara Quell"


def test_a_quoted_name_after_to_is_no_aim():
    assert _speakers('Mara Quell travelled to "Harbour Lights Festival" on Monday.') == []


def test_a_conjunct_shares_its_deciding_subject():
    from detente.quotes.cues import _decided_by_a_body

    doc = detente.code('The judge heard the case and ruled that the ban was lawful.',
                       date="2021-03-01").doc
    ruled = next(t for t in doc if t.lower_ == "ruled")
    assert ruled.dep_ == "conj" and _decided_by_a_body(ruled)
    doc = detente.code('The police heard the case and ruled out a link.', date="2021-03-01").doc
    assert not _decided_by_a_body(next(t for t in doc if t.lower_ == "ruled"))


# Nationality and residence descriptions.

def test_a_pronoun_linked_to_a_role_speaks_as_the_person_named_beside_it():
    speaker = _speaker('The attack in Madrid left three hurt, among them a Norwegian student, '
                       'Hanna Vik. "It was terrifying," she said.')
    assert speaker.name == "Hanna Vik"
    assert speaker.actor.country == "NOR"


def test_who_lives_in_a_city_gives_the_country():
    speaker = _speaker('The attack in Madrid left three hurt. "It was terrifying," said Hanna '
                       'Vik, who lives in Oslo.')
    assert speaker.actor.country == "NOR"


def test_who_was_in_a_city_gives_no_country_of_residence():
    speaker = _speaker('The attack in Madrid left three hurt. "It was terrifying," said Hanna '
                       'Vik, who was in Oslo on holiday.')
    assert speaker.actor.country == "ESP"


# Bodies: a state that speaks is its government; a body's kind given in apposition.

def test_a_country_that_speaks_is_its_government():
    speaker = _speaker('"We will not accept this," Zimbabwe said in a statement.')
    assert (speaker.actor.country, speaker.actor.sector) == ("ZWE", "GOV")


def test_a_region_that_speaks_is_not_made_a_government():
    speaker = _speaker('"We will not accept this," Texas said.')
    assert "state-speaks" not in (speaker.rule or "")


def test_a_company_named_in_apposition_by_its_kind():
    assert _sector('"Demand is unprecedented," said Marlow, the supermarket chain.') == "BUS"


def test_a_group_named_in_apposition_by_its_kind():
    assert _sector('"The river is dying," said Riverwatch, a local campaign group.') == "NGO"


def test_an_expletive_it_is_no_speaker():
    speaker = _speaker('Sarah Quell spoke on Monday. Ms Quell told the radio programme it was '
                       'wrong to fault the electorate, who were "more interested in politics '
                       'than ever before".')
    assert speaker.name == "Sarah Quell"
