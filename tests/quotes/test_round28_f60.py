"""Round 28 (branch f60): mends of the q57/q58 rules a read-only review proved wrong
(``gold/quotes/NOTES-f60.md``). Every sentence is made up."""

from detente import code
from tests.quotes.conftest import direct_quotes, speaker_of_quote

DATE = "2005-03-01"


def test_a_qualified_role_noun_takes_no_title_with_other_modifiers():
    # class: "the Tory leader" is not "Liberal Democrat leader <name>" (another qualifier,
    # inside the role window) nor "Scottish Tory leader <name>" (an extra modifier)
    text = ("Tory leader Michael Howard visited a school in Bristol on Monday. Liberal Democrat "
            "leader Charles Kennedy campaigned in Leeds. The Tory leader said: \"We will cut "
            "waste and lower taxes.\"")
    speaker = speaker_of_quote(text, "We will cut waste", DATE)
    assert speaker is not None and speaker.name == "Michael Howard", speaker
    text = ("Scottish Tory leader David McLetchie opened the conference in Perth on Friday.\n\n"
            "Michael Howard arrived on Saturday. Aides said the Tory leader was tired after the "
            "trip. He said: \"Britain needs a change of government.\"")
    speaker = speaker_of_quote(text, "Britain needs", DATE)
    assert speaker is None or speaker.name != "David McLetchie", speaker


def test_a_pronoun_for_a_qualified_role_noun_skips_another_partys_leader():
    text = ("Tory leader Michael Howard visited Bristol on Monday.\n\nLiberal Democrat leader "
            "Charles Kennedy campaigned in Leeds. Aides to the Tory leader said the trip went "
            "well. He told reporters: \"We will cut waste.\"")
    speaker = speaker_of_quote(text, "We will cut waste", DATE)
    assert speaker is None or speaker.name != "Charles Kennedy", speaker


def test_the_party_is_the_party_that_was_a_subject_not_an_object():
    # class: "The party" names the party the sentence before was about (its subject), not the
    # party it attacked
    text = ("The SNP attacked Labour over its record on pensions. The party said: \"Scotland "
            "deserves better than this.\"")
    speaker = speaker_of_quote(text, "Scotland deserves", DATE)
    assert speaker is not None and speaker.name == "SNP", speaker
    text = ("Labour attacked the Conservatives over their tax plans on Monday. The party said: "
            "\"These sums simply do not add up.\"")
    speaker = speaker_of_quote(text, "These sums", DATE)
    assert speaker is not None and speaker.name == "Labour", speaker


def test_a_role_of_its_own_country_takes_no_earlier_title_of_another():
    # class: "the president of <country>" is not "President <name>" named earlier
    text = ("President Franklin Roosevelt met Winston Churchill in 1941. The war went on.\n\n"
            "The president of Turkey said the talks would go on.")
    quotes = code(text, date=DATE).quotes
    said = [q for q in quotes if q.content.startswith("the talks")]
    assert said and said[0].speaker is not None, quotes
    assert said[0].speaker.name != "Franklin Roosevelt", said[0].speaker
    assert said[0].speaker.actor is not None and said[0].speaker.actor.country == "TUR"


def test_a_passive_cue_with_a_named_source_noun_keeps_its_quote():
    # class: an agentless passive cue whose quote is sourced by a statement noun ("in a
    # statement from <body>") is a quotation; the bare passive stays none
    text = ("The tax plans were dismissed as \"fantasy economics\" in a statement from the "
            "Treasury.")
    assert "fantasy economics" in [q.content for q in direct_quotes(text, DATE)]
    text = "The new director is described as \"a keen sailor\" of long standing."
    assert direct_quotes(text, DATE) == []


def test_it_never_names_a_person_titled_before():
    text = ("Foreign Minister Jane Roe met her Chinese counterpart in Beijing. The minister "
            "raised human rights. It said the talks had been frank.")
    quotes = code(text, date=DATE).quotes
    said = [q for q in quotes if q.content.startswith("the talks")]
    assert not said or said[0].speaker is None or said[0].speaker.name != "Foreign Minister", said


def test_a_statement_noun_elsewhere_in_the_window_rescues_no_passive_predicate():
    # control: the noun cue must hang on the passive cue ("dismissed ... in a statement"), not
    # sit in another phrase of the sentence
    text = ("After a brief statement on Monday, the new director is described as \"a keen "
            "sailor\" of long standing.")
    assert "a keen sailor" not in [q.content for q in direct_quotes(text, DATE)]
