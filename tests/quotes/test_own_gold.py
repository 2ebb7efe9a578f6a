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
