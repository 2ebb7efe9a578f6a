"""Round 14 of issue 14: antecedents a speaker pronoun may not take, the actor of a person
named again, a party's portfolio spokesman, a speaker's employer, a company named in full
before, a surname that is also a capital, "Party leader", a lead that names its described
speaker in the next sentence, and dashed lists; every sentence here is made up."""

from detente.nlp import parse
from detente.quotes.speakers import SpeakerResolver
from detente.records import Actor, Mention
from tests.quotes.conftest import direct_quotes, direct_speakers, speaker_of_quote

DATE = "2005-02-01"


REGULATOR = (
    "Voters would elect their own area water regulator, under plans unveiled by the Greens.\n\n"
    'Party leader Peter Marsh said the new role would replace "sleepy" water boards. Karen Holt '
    'said: "It is a service. "These plans are wrong," she warned. Outlining his manifesto, Mr '
    'Marsh said elected regulators would be better. "The regulator will have the powers which '
    'existing boards have," he told a radio programme.')


# A pronoun's chain through a noun phrase inside a quote: the link is the quote's words.

def test_a_chain_through_a_quoted_description_is_not_the_speaker():
    speaker = speaker_of_quote(REGULATOR, "The regulator will", DATE)
    assert speaker.name == "Peter Marsh"


# "she warned" right after a named speaker's quote, the pronoun linked to an unnamed role.

def test_a_pronoun_linked_to_an_unnamed_role_takes_the_speaker_just_quoted():
    speaker = speaker_of_quote(REGULATOR, "These plans are wrong", DATE)
    assert speaker.name == "Karen Holt"


def test_a_body_just_quoted_is_no_he():
    text = ('The attacker, Tom Rudd, was released a week ago. Rudd, who was described as '
            '"dangerous" by the police, sent his friend messages. He told him once: "Take a '
            'knife and attack."')
    speaker = speaker_of_quote(text, "Take a knife", DATE)
    assert speaker.name is None or "police" not in speaker.name.lower()


# Principle C: "Mr Blair had been "hurt", he added" -- he is not Mr Blair.

def test_a_name_inside_the_reported_clause_is_not_the_pronoun():
    text = ('Labour MP Tom Reade said the campaign was "trying very hard". But Mr Blair had '
            'been "hurt" by the war, he added.')
    speaker = speaker_of_quote(text, "hurt", DATE)
    assert speaker.name == "Tom Reade"


def test_a_pronoun_inside_the_fronted_clause_may_be_the_speaker():
    text = ('Another actor, Lena Marsh, wanted the part for years. When she was cast, "I '
            'swear to you, I was speechless," she told an audience.')
    speaker = speaker_of_quote(text, "I swear", DATE)
    assert speaker.name == "Lena Marsh"


# The previous sentence's subject named again carries the actor of its first mention.

def test_a_person_named_again_takes_the_actor_of_the_latest_mention():
    text = "Tory spokesman David Dale spoke. Then he left."
    doc = next(parse([text]))
    mentions = [Mention("Tory spokesman David Dale", 0, 25, 0, "PERSON",
                        Actor("GBR", "OPP", name="David Dale"))]
    resolver = SpeakerResolver(doc, mentions, [])
    he = next(t for t in doc if t.lower_ == "he")
    index, actor = resolver.named_actor("David Dale", he)
    assert index == 0 and (actor.country, actor.sector) == ("GBR", "OPP")
    assert resolver.named_actor("Ann Roe", he) is None


def test_a_tagger_span_of_two_people_lends_no_actor():
    text = ('Senator Ann Roe of Ohio and Michael Berman led the race in the United States. '
            'Berman won the caucus in Guam. On Wednesday Berman endorsed his rival. "Today I am '
            'leaving the race," he said.')
    speaker = speaker_of_quote(text, "Today I am", DATE)
    assert speaker.actor is None or speaker.actor.sector != "LEG"


# "The MP" names the person just named again, and gives that person a legislator's sector.

def test_the_mp_is_the_person_named_just_before():
    text = ('Tom Reade said the campaign was "boring". Mr Reade predicted the campaign would '
            'start soon. The MP for Wexham said the prime minister had been "trying very hard" '
            'on trust.')
    speaker = speaker_of_quote(text, "trying very hard", DATE)
    assert speaker.name == "Tom Reade"
    assert speaker.actor.sector == "LEG"


# A party's portfolio spokesman named in person speaks as that politician (round 33, q70: the
# BBC quote gold names him; an unnamed "a Tory spokesman" still speaks for the party), with
# the party's sector, not for "home affairs".

def test_a_portfolio_spokesman_speaks_for_the_party():
    text = ('Home Secretary Charles Clarke wants new powers in Britain. The Tories and the '
            'Liberal Democrats oppose the bill in the Commons. Liberal Democrat home affairs '
            'spokesman Mark Oaten said: "We believe the judge should decide."')
    speaker = speaker_of_quote(text, "We believe", DATE)
    assert speaker.name == "Mark Oaten"
    assert speaker.actor.sector == "OPP"


# The body a person works for gives the sector: a company's economist, a charity's adviser.

def test_a_company_economist_is_business():
    speaker = speaker_of_quote('Output rose in November. Citigroup senior economist Ann Weir said '
                          'growth was "strong".', "strong", DATE)
    assert (speaker.actor.country, speaker.actor.sector) == ("USA", "BUS")


def test_an_economist_at_securities_house_is_business():
    speaker = speaker_of_quote('Jo Pike, an economist at Harlow Securities, said the recovery was '
                          '"slow".', "slow", DATE)
    assert speaker.actor.sector == "BUS"


def test_a_charity_adviser_is_ngo():
    speaker = speaker_of_quote('Oxfam senior policy adviser Tom Lyle said the plan had "failed".', "failed", DATE)
    assert speaker.actor.sector == "NGO"


def test_a_platform_run_into_a_name_is_no_employer():
    text = ('West held a rally in Charleston, South Carolina. The next day on Twitter West '
            'accused his wife of trying to "lock me up".')
    for speaker in direct_speakers(text, "2020-08-01"):
        assert speaker is None or speaker.actor is None or speaker.actor.sector != "BUS"


# A company named by the first words of the full name the article gave before.

def test_a_company_named_by_its_first_word():
    text = ('On Friday Harlow Motor Company announced the Department of Justice was '
            'investigating its testing. Harlow said the inquiry "does not involve defeat '
            'devices".')
    speaker = speaker_of_quote(text, "does not involve", "2019-04-28")
    assert speaker.actor.sector == "BUS"


# A surname that is also a capital city does not make the article's country.

def test_a_surname_that_is_a_capital_is_no_country_of_the_article():
    text = ('Former Conservative leader Tom Paris says he will not stand again in Britain.\n\nMr Paris '
            'told the Daily Telegraph he would find politics "boring". Mr Paris, who wrote a '
            'book, hopes to remain an MP. Mr Paris also said he wanted to write. Mr Paris '
            'replied: "No." Shadow education secretary Tim Cole said it would be a "huge '
            'boost" to the party.')
    speaker = speaker_of_quote(text, "huge", DATE)
    assert speaker.actor.country == "GBR"


# "Party leader", "Party chief executive": the party the article named before.

def test_party_leader_is_the_party_named_before_in_opposition():
    text = ('Voters in Britain would elect police commissioners, under plans unveiled by the '
            'Conservatives.\n\nParty leader Jack Hollis said the new role would replace '
            '"sleepy" police authorities.')
    speaker = speaker_of_quote(text, "sleepy", DATE)
    assert speaker.actor.sector == "OPP"


def test_party_chief_executive_is_no_company_officer():
    text = ('Voters in Britain go to the polls soon. The Liberal Democrats have appointed a '
            'new communications chief. Party chief executive Lord Benn said it was a '
            '"significant strengthening" of the team.')
    speaker = speaker_of_quote(text, "significant", DATE)
    assert speaker.actor.sector == "OPP"


def test_a_company_chief_executive_stays_business():
    text = ('Voters in Britain go to the polls soon. Siemens chief executive Ann Lowe said '
            'the vote was "good".')
    assert speaker_of_quote(text, "good", DATE).actor.sector == "BUS"


# A lead quoting "a Labour backbencher" names him in the next sentence.

LEAD = ('The Greens have been "a lot smarter" in the way they ran the campaign, a Labour '
        'backbencher has said.\n\nTom Reade said the long campaign "turned off voters". He '
        'wants a bigger role for Chancellor Gordon Brown. But Mr Reade argued: "He is the '
        'figure people trust."')


def test_the_lead_description_is_the_person_named_next():
    speaker = speaker_of_quote(LEAD, "a lot smarter", DATE)
    assert speaker.name == "Tom Reade"


def test_the_person_named_next_takes_the_lead_description_sector():
    assert speaker_of_quote(LEAD, "He is the figure", DATE).actor.sector == "LEG"


def test_a_backbencher_with_no_name_after_is_no_party():
    text = ('The Greens have been "a lot smarter" in the campaign, a Labour backbencher has '
            'said.\n\nThe election is due in May.')
    speaker = speaker_of_quote(text, "a lot smarter", DATE)
    assert speaker.name is None
    assert speaker.actor.sector == "LEG"


# Dashed list items are no block quotes.

def test_dashed_list_items_are_no_quotes():
    text = ('The minister presented the budget on Monday to parliament in the capital. In his '
            'budget the minister has:\n\n- Increased spending on primary education to 71bn '
            'rupees \n - Increased spending on health to 102bn rupees \n - Pledged 102bn rupees '
            'for tsunami victims \n\nThe Coast Guard ordered all boats to stay in port until the '
            'storm had passed the islands.\n  \u2013 USCG dispatcher, CNN')
    quotes = direct_quotes(text, DATE)
    assert [q.content[:9] for q in quotes] == ["The Coast"]
