"""Round 11 of issue 14: a surname the tables give to someone else, pronouns of the other
gender, a party named in one country only, government departments; every sentence here is
made up."""

from detente.quotes.speakers import gender_of
from tests.quotes.conftest import direct_quotes, direct_speakers, sole_speaker

_speakers = direct_speakers
_speaker = sole_speaker


# A surname alone that a table resolves to someone else (a capital city, another country's
# president) is the person the article named in full before.

def test_a_titled_surname_that_is_a_city_is_the_person_named_before():
    speaker = _speaker('Retired teacher Dara Hague has lived in the village for forty years. '
                       'Mr Hague told the council the new road was "a disaster for every '
                       'family here".')
    assert speaker.name == "Dara Hague"
    assert "namesake" in speaker.rule


def test_a_bare_surname_that_is_a_city_is_the_person_named_before():
    speaker = _speaker('Retired teacher Dara Hague has lived in the village for forty years. '
                       '"The new road is a disaster for every family here," Hague said.')
    assert speaker.name == "Dara Hague"


def test_a_surname_with_no_one_named_before_keeps_its_reading():
    speaker = _speaker('"The new road is a disaster for every family here," Hague said.')
    assert "namesake" not in (speaker.rule or "")


# "he" and "she" never take a person whose name marks the other gender.

def test_gender_of_a_name():
    assert gender_of("Helen Linde") == "f"
    assert gender_of("Mr Calder") == "m"
    assert gender_of("Ms Dara Quinlan") == "f"
    assert gender_of("Linde") is None
    assert gender_of(None) is None


def test_he_after_a_woman_quoted_is_the_man_named_since():
    speakers = _speakers('Transport Secretary Helen Linde said the new timetable would start in '
                         'May. "We will keep the routes that work," Ms Linde said. Her plan '
                         'drew fire from the opposition transport spokesman Peter Calder. '
                         '"Passengers will wait longer on every line," he said.')
    assert speakers[0].name == "Helen Linde"
    assert speakers[-1].name == "Peter Calder"


def test_she_after_a_woman_quoted_stays_with_her():
    speakers = _speakers('Transport Secretary Helen Linde said the new timetable would start in '
                         'May. "We will keep the routes that work," Ms Linde said. Her plan '
                         'drew fire from the opposition transport spokesman Peter Calder. '
                         '"We will not back down," she said.')
    assert speakers[-1].name == "Helen Linde"


# A party that only one country's table lists names the country when the article gives none.

def test_a_party_of_one_country_gives_its_country():
    actor = _speaker('The Lib Dems said the new tax would be "a burden on every pensioner".',
                     date="2005-03-01").actor
    assert (actor.country, actor.sector) == ("GBR", "OPP")


def test_a_party_name_of_several_countries_gives_none():
    actor = _speaker('Labour said the new tax would be "a burden on every pensioner".',
                     date="2005-03-01").actor
    assert actor is None or actor.country is None


# A government department speaking under its name is government.

def test_a_department_named_as_speaker_is_government():
    speaker = _speaker('A Department for Coastal Affairs spokeswoman said: "The harbour will '
                       'reopen next week after repairs."')
    assert speaker.actor is not None and speaker.actor.sector == "GOV"


def test_a_university_department_is_not_a_government_department():
    speaker = _speaker('"The results surprised us all," said the department of physics at '
                       'Harwick University.')
    assert speaker.actor is None or speaker.actor.sector != "GOV"


# A characterising cue's "as" quote is the speaker's words even when it is one lower-case
# word; one capitalised word is a coined name.

def test_one_word_described_as_is_a_quote():
    quotes = direct_quotes('Radio host Mira Patel described the meeting as a "shambles."', "2021-03-01")
    assert [q.content.rstrip(".") for q in quotes] == ["shambles"]
    assert quotes[0].speaker.name == "Mira Patel"


def test_one_capitalised_word_described_as_is_a_name():
    assert direct_quotes('The release of the files, which Governor Reyes described as "Filegate," '
                   'angered the council.', "2021-03-01") == []


def test_known_as_is_no_quote():
    assert direct_quotes('The region is known as a "hotspot" for tourists.', "2021-03-01") == []


# A person titled or described as a deciding office rules, finds and holds in their words.

def test_a_titled_judge_rules():
    quotes = direct_quotes('Judge Ana Costa ruled the search was "unlawful and unreasonable" and '
                     'freed the men.', "2021-03-01")
    assert len(quotes) == 1 and quotes[0].speaker.name == "Ana Costa"


def test_a_titled_detective_finding_something_is_no_quote():
    assert direct_quotes('Detective Ana Costa found the car was "badly damaged" near the river.', "2021-03-01") == []


def test_a_countrys_department_with_no_sector_is_government():
    actor = _speaker('The Freedonian Department of Coastal Affairs declared: "The harbour is '
                     'closed until further notice."').actor
    assert actor is not None and actor.sector == "GOV"


def test_a_council_named_with_its_type_is_government():
    from detente.quotes.context import _government_body
    assert _government_body("Harwick City Council", []) == "council"
    assert _government_body("The Norwegian Refugee Council", []) is None
    assert _government_body("the Harwick University Department of Physics", []) is None



# A definite document with no author named is the one the subject of the nearest issuing
# main clause before issued.

EMERGENCY = ('On Friday, Freedonian President Ana Costa declared a state of emergency after the '
             'floods.\n\nThe move gives the government access to emergency funds, according to '
             'local media.\n\nThe proclamation specifically said "the flooding in the northern '
             'provinces constitutes a national emergency" and took effect at once.')


def test_a_proclamation_is_its_issuers():
    speaker = _speaker(EMERGENCY)
    assert speaker.name == "Ana Costa" and "document>issuer" in speaker.rule
    assert speaker.text == "The proclamation"  # the span stays the document's words


def test_an_issuing_verb_in_an_adjunct_issues_nothing():
    speaker = _speaker('Two days after the Harbour Authority declared the port closed, the '
                       'ships left.\n\nThe statement said "no vessel may enter until further '
                       'notice".')
    assert speaker.name is None


def test_a_private_persons_act_issues_no_document():
    speaker = _speaker('On Friday, the harbour workers declared a strike over pay.\n\nThe '
                       'statement said "our members have had enough of broken promises".')
    assert speaker.name is None



# A body speaking under a name of armed forces or police has that sector.

def test_a_task_force_speaking_under_its_name_is_military():
    speaker = _speaker('On Friday, the Combined Joint Task Force Operation Steady Harbour '
                       'released a statement saying "no troops were injured in the attack".')
    assert speaker.actor is not None and speaker.actor.sector == "MIL"


def test_force_names():
    from detente.quotes.context import _force_sector
    assert _force_sector("the Freedonian Navy") == "MIL"
    assert _force_sector("Northshire Constabulary") == "COP"
    assert _force_sector("Harwick Fire Brigade") is None
    assert _force_sector("a task force of volunteers") is None
