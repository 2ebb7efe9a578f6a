"""Issue 14 round 35 (branch q74): the quotes stage's main country counted as the actors stage's.
Made-up wording.

``quotes/context.main_country`` (the country a speaker with a sector and no country of their own
takes) and ``actors/coref.main_country`` (the holder of an office the text gives without its
country) count through one helper, ``actors/maincountry.most_named``: copies of one description
of one antecedent ("the airline" after "the Irish airline") count once together, as round 34's
a67 made the actors stage count them; each stage keeps its own filter of what may count.

A police officer with no country of their own whom no paragraph sets serves the police force
the article named before them, when the forces it named are all of one country
(``countries.named_force_country``, read by ``countries.set_in_place``: ``+context:named-force``),
not the article's main country.
"""

from __future__ import annotations

import detente
from detente.actors.maincountry import COPY_RULE, most_named
from detente.quotes.context import main_country
from detente.quotes.countries import named_force_country
from detente.records import Actor, Mention

COPIES = ("The Irish airline said on Monday it would cut flights. The airline blamed fuel costs. "
          "The airline said staff would be told. British unions criticised the cuts in Britain. "
          "The British government said it would help.\n\n")
NAMED_TWICE = ("Ireland said on Monday it would cut taxes. Ireland's finance ministry said the cuts "
               "would start in May. Britain said nothing.\n\n")
ANALYST = 'Aviation analyst Jane Morton said: "The cuts were always coming."'


def _analyst(text: str):
    coded = detente.code(text, date="2009-05-05")
    speaker = next(q.speaker for q in coded.quotes if q.speaker and q.speaker.name == "Jane Morton")
    return coded, speaker


def test_copies_of_one_description_count_once_for_a_speakers_country():
    # IRL: the airline (1) and its two copies (once together: 2); GBR: three namings. Counted per
    # copy, IRL tied GBR and, named first, gave the analyst Ireland.
    coded, speaker = _analyst(COPIES + ANALYST)
    assert [m.rule for m in coded.mentions].count(COPY_RULE + "role:airline+demonym:Irish") == 2
    assert (speaker.actor.country, speaker.actor.sector) == ("GBR", "CVL")
    assert speaker.rule.endswith("+context:main-country")
    assert main_country(coded.mentions) == "GBR"


def test_a_country_named_twice_by_name_still_counts_twice():
    # near miss: two namings by name are no copies (rule "country:IRL", "role:ministry+...")
    coded, speaker = _analyst(NAMED_TWICE + ANALYST)
    assert speaker.actor.country == "IRL"
    assert main_country(coded.mentions) == "IRL"


def _mention(text: str, country: str, rule: str, label: str = "ROLE") -> Mention:
    return Mention(text=text, start=0, end=len(text), sentence=0, label=label,
                   actor=Actor(country, "BUS", entry=rule), rule=rule)


def test_copies_of_two_descriptions_count_once_each():
    copy = COPY_RULE + "role:airline+demonym:Irish"
    mentions = [_mention("the Irish airline", "IRL", "role:airline+demonym:Irish"),
                _mention("The airline", "IRL", copy), _mention("the airline", "IRL", copy),
                _mention("the carrier", "IRL", copy), _mention("the carrier", "IRL", copy),
                _mention("Britain", "GBR", "country:GBR", "GPE"),
                _mention("British", "GBR", "demonym:British", "NORP"),
                _mention("London", "GBR", "region:London", "GPE")]
    # IRL: the name, "the airline" once (either case), "the carrier" once = 3; GBR 3, named later
    assert main_country(mentions) == "IRL"
    # without "the carrier": IRL 2 (its two "airline" copies once together), GBR 3
    assert main_country(mentions[:3] + mentions[5:]) == "GBR"


def test_most_named_counts_what_it_is_given():
    assert most_named([]) is None
    assert most_named([("FRA", "country:FRA", None), ("DEU", "country:DEU", None),
                       ("DEU", "country:DEU", None)]) == "DEU"
    copies = [("FRA", COPY_RULE + "x", "the firm")] * 3
    assert most_named(copies + [("DEU", "country:DEU", None)] * 2) == "DEU"
    assert most_named([("FRA", "country:FRA", None), ("DEU", "country:DEU", None)]) == "FRA"


FORCE = ("West Mercia Police said on Monday they had arrested a man over the theft of a painting "
         "from a museum.\n\n")
ABROAD = ("The painting was a gift from America. The American collector who owned it said "
          "nothing. The United States embassy declined to comment. An American dealer valued it "
          "at five million US dollars.\n\n")
OFFICER = ('Officers arrested a second man later. "We are continuing to investigate," said '
           "Detective Inspector Tom Reeve.")


def _officer(text: str):
    coded = detente.code(text, date="2019-09-18")
    return coded, next(q.speaker for q in coded.quotes
                       if q.speaker and q.speaker.name == "Tom Reeve")


def test_an_officer_serves_the_police_force_named_before():
    # the article names the USA most; its one named force is British
    coded, speaker = _officer(FORCE + ABROAD + OFFICER)
    assert (speaker.actor.country, speaker.actor.sector) == ("GBR", "COP")
    assert speaker.rule.endswith("+context:named-force")
    assert named_force_country(coded.mentions, speaker.start) == "GBR"


def test_forces_of_two_countries_leave_the_main_country():
    # near miss: a British force and an American one; the officer keeps the main country
    text = FORCE.replace("museum.", "museum. The FBI said it was helping.") + ABROAD + OFFICER
    coded, speaker = _officer(text)
    assert speaker.actor.country == "USA"
    assert speaker.rule.endswith("+context:main-country")
    assert named_force_country(coded.mentions, speaker.start) is None


def test_a_force_named_only_after_the_officer_is_not_read():
    # near miss: the force comes after the quote
    coded, speaker = _officer(ABROAD + OFFICER + "\n\nWest Mercia Police later charged a man.")
    assert speaker.actor.country == "USA"
    assert speaker.rule.endswith("+context:main-country")


def test_a_government_speaker_does_not_take_a_police_forces_country():
    # near miss: only police officers are read by the named force
    coded = detente.code(FORCE + ABROAD + 'Officers arrested a man. "We will help," said a '
                         "government spokesman.", date="2019-09-18")
    found = [q.speaker for q in coded.quotes if q.speaker and q.speaker.actor
             and q.speaker.actor.sector == "GOV"]
    assert all("named-force" not in (s.rule or "") for s in found)


# Review r35b (branch f94): a force named inside quoted words, and a foreign force named in
# passing before the officer's paragraph. Made-up wording.

SHOOTING = ("A gunman killed five people at a shopping mall in Texas on Sunday. President Obama "
            "said America was in mourning, and the White House urged Congress to act on guns.")


def _detective(text: str):
    coded = detente.code(text, date="2013-06-01")
    return next(q.speaker for q in coded.quotes if q.speaker and q.speaker.actor
                and q.speaker.actor.sector == "COP")


def test_a_force_named_in_the_officers_own_quote_is_not_theirs():
    speaker = _detective(SHOOTING + '\n\n"He was not known to the British police," a detective '
                         "told reporters on Monday.")
    assert (speaker.actor.country, speaker.actor.sector) == ("USA", "COP")
    assert speaker.rule.endswith("+context:main-country")


def test_a_foreign_force_in_the_background_is_not_the_officers():
    speaker = _detective(SHOOTING + " The gunman had been arrested by Mexican police in 2009."
                         "\n\nA detective told reporters on Monday that the weapon had been bought "
                         "legally.")
    assert (speaker.actor.country, speaker.actor.sector) == ("USA", "COP")
    assert speaker.rule.endswith("+context:main-country")


def test_a_force_named_in_the_officers_paragraph_still_counts():
    # near miss: the foreign force is named in the detective's own paragraph, outside quotes
    speaker = _detective(SHOOTING + "\n\nThe gunman had been arrested by Mexican police in 2009, "
                         "a detective told reporters on Monday.")
    # near miss: a force named in the officer's own paragraph (read there as its setting);
    # the force named in the lead keeps serving its officer (test above: West Mercia Police)
    assert (speaker.actor.country, speaker.actor.sector) == ("MEX", "COP")
    assert "main-country" not in speaker.rule


def test_quoted_words_and_the_paragraph_are_read_from_offsets():
    mentions = [_mention("Texas", "USA", "region:Texas", "GPE"),
                Mention(text="British police", start=100, end=114, sentence=1, label="ROLE",
                        actor=Actor("GBR", "COP", entry="x"), rule="role:police+demonym:British")]
    assert named_force_country(mentions, 200, paragraph=150) is None  # the USA is named first
    assert named_force_country(mentions, 200, paragraph=90) == "GBR"
    assert named_force_country(mentions, 200, quoted=[(95, 120)], paragraph=90) is None


# Review r35e (branch f96): a nationality named first ("a British tourist") is no place that
# makes the one named force background. Made-up wording.

def test_a_victims_nationality_does_not_make_the_named_force_background():
    coded = detente.code('A German cyclist was killed in a crash in Tuscany on Friday.\n\nItalian '
                         'police detained the driver of a lorry.\n\n"The driver was not hurt," a '
                         "police officer told reporters.", date="2013-06-01")
    speaker = next(q.speaker for q in coded.quotes if q.speaker and q.speaker.actor
                   and q.speaker.actor.sector == "COP")
    assert (speaker.actor.country, speaker.actor.sector) == ("ITA", "COP")
    assert speaker.rule.endswith("+context:named-force")


def test_the_first_place_not_the_first_nationality_decides():
    # near miss kept: a place of another country named before the force (test of f94 above)
    mentions = [_mention("British", "GBR", "demonym:British", "NORP"),
                Mention(text="Spanish police", start=100, end=114, sentence=1, label="ROLE",
                        actor=Actor("ESP", "COP", entry="x"), rule="role:police+demonym:Spanish")]
    assert named_force_country(mentions, 200, paragraph=150) == "ESP"  # no place named
    texas = _mention("Texas", "USA", "region:Texas", "GPE")
    assert named_force_country([texas] + mentions, 200, paragraph=150) is None
