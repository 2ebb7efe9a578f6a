"""Round 22 merge review (issue 14): a44's kind noun before a body's name and its disease-control
centres held to their comments. Every sentence is made up."""

from detente import code

DATE = "2024-03-05"


def _speakers(text):
    article = code(text, date=DATE)
    return [(q.speaker.actor.country, q.speaker.actor.sector) if q.speaker and q.speaker.actor else None
            for q in article.quotes]


def test_a_verb_whose_object_is_the_name_is_no_kind_noun():
    """"Britain funds Zentrix": "funds" has a subject and the name as its object, so it is no kind
    noun tagged as a verb (a44 read it as NGO); "store chains Zentrix and Marlow" still is one."""
    assert _speakers('Britain funds Zentrix. "We will expand," Zentrix said.') == [("GBR", "CVL")]
    assert _speakers('German store chains Zentrix and Marlow said on Monday, "Prices will rise."') == \
        [("DEU", "BUS")]


def test_other_disease_control_centres_are_not_the_us_agency():
    """Bare "CDC" is the US agency (a44); the European, Taiwanese and Korean centres are their own."""
    assert _speakers('The European CDC said, "Cases are rising."') == [("EU", "IGO")]
    assert _speakers('The Taiwan CDC said, "Cases are rising."') == [("TWN", "GOV")]
    assert _speakers('The Korea CDC said, "Cases are rising."') == [("KOR", "GOV")]
    assert _speakers('The CDC said, "Cases are rising."') == [("USA", "GOV")]


def test_a_letter_seen_by_an_agency_is_not_the_agencys():
    """A speech-cue noun's "by"-agent of a verb of holding ("seen", "obtained") did not write it
    (q46's list, kept for cue nouns at the merge); "signed by" still names its writer."""
    article = code('According to a letter seen by Reuters, the minister will "never accept" the '
                   'plan.', date=DATE)
    names = [q.speaker.name for q in article.quotes if "never accept" in q.content]
    assert names and all("Reuters" not in (n or "") for n in names), names
    article = code('According to a letter signed by Senator Dana Whitcombe, the committee will '
                   '"never accept" the plan.', date=DATE)
    names = [q.speaker.name for q in article.quotes if "never accept" in q.content]
    assert names and any("Dana Whitcombe" in (n or "") for n in names), names
