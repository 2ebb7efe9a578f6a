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


def test_score_doc_counts_a_missed_quote_as_wrong():
    text = '"We will talk," Biden said. Later "nothing" happened.'
    coded = detente.code(text, date="2021-06-16")
    gold = GoldDoc("x", "dev", "2021-06-16", text, (
        GoldQuote(1, 13, "Joe Biden", "USA", "GOV"), GoldQuote(35, 42, "Someone", None, None)))
    counts = Counts()
    score_doc(gold, coded.quotes, counts)
    assert (counts.gold, counts.found, counts.name, counts.actor) == (2, 1, 1, 1)


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
