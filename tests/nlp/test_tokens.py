"""detente.nlp.tokens: the glued forms spaCy's English tokenizer leaves ("U.S.-led",
"Lebanon.(Reuters") are split where detente builds its pipeline; ordinary words are not."""

from __future__ import annotations

import pytest

from detente.nlp import load_nlp, model_version
from detente.nlp.tokens import DATA_FILE, extra_infixes, headline_end
from detente.resources import data_versions


def _tokens(text: str, stock: bool = False) -> list[str]:
    return [t.text for t in load_nlp(stock=stock)(text)]


@pytest.mark.parametrize("text, pieces", [
    ("The U.S.-led coalition struck the town.", ["U.S.", "-", "led"]),
    ("A U.K.-based charity said so.", ["U.K.", "-", "based"]),
    ("The U.N.-brokered truce held.", ["U.N.", "-", "brokered"]),
    ("The U.S.A.-backed militia withdrew.", ["U.S.A.", "-", "backed"]),
])
def test_an_abbreviation_joined_by_a_hyphen_is_split(text, pieces):
    got = _tokens(text)
    start = got.index(pieces[0])
    assert got[start:start + 3] == pieces
    assert pieces[0] + "-" + pieces[2] in _tokens(text, stock=True)  # spaCy's own glues them


@pytest.mark.parametrize("text, pieces", [
    ("Strikes hit the south of Lebanon.(L'Orient Today)", ["Lebanon", ".", "(", "L'Orient"]),
    ("Both sides agreed to a truce.(Reuters)", ["truce", ".", "(", "Reuters"]),
    ("Troops left the U.S.(AP)", ["U.S.", "(", "AP"]),
])
def test_a_period_glued_to_an_opening_parenthesis_is_split(text, pieces):
    got = _tokens(text)
    start = got.index(pieces[0])
    assert got[start:start + len(pieces)] == pieces


def test_the_credit_after_a_glued_period_starts_a_new_sentence():
    doc = load_nlp()("Israeli jets struck villages in Lebanon.(L'Orient Today)")
    assert [t.text for t in list(doc.sents)[0]][-2:] == ["Lebanon", "."]


@pytest.mark.parametrize("text", [
    "It was a well-known anti-government group.",
    "The Russia-Ukraine talks and a self-styled leader.",
    "U.S.-China talks resumed at the U.S.-Mexican border.",  # a pair: left as spaCy has it
    "Col.-Gen. Ivanov spoke on 12.5 percent of votes (about 3.2 million).",
    "He said (in private) that the U.S. would act. (Reuters)",
    "Visit www.example.com(now) or e-mail a.b@example.org today.",
])
def test_controls_tokenize_as_spacy_does(text):
    assert _tokens(text) == _tokens(text, stock=True)


def test_a_us_led_coalition_is_a_usa_source():
    from detente.pipeline import code

    for text in ("The U.S.-led coalition struck Mosul on Monday.",
                 "U.S.-backed forces attacked Raqqa on Monday."):
        events = code(text, date="2020-01-06").events
        assert events, text
        assert [p.country for p in events[0].source] == ["USA"], text


def test_the_tokenizer_data_is_versioned_in_the_model_version_and_fingerprint():
    version = data_versions()[f"nlp/data/{DATA_FILE}"]
    assert model_version().endswith(f"+tokenizer{version}")
    assert extra_infixes() and all(isinstance(p, str) for p in extra_infixes())


# Round 27 (branch sb27): the article's headline line ends a sentence; no other blank line is forced.

@pytest.mark.parametrize("text, headline", [
    ("Minister under fire for ferry plan\n\nCampaigners condemned the plan on Monday.", "Minister under fire for ferry plan"),
    ("Schmidt wants pull-out timetable\n\nThe opposition leader said troops should leave.", "Schmidt wants pull-out timetable"),
    ("\n  Unions vow to fight pension changes  \n \nUnion leaders said on Tuesday they would strike.",
     "Unions vow to fight pension changes"),
    ("Blair: 'We will not back down'\n\nThe prime minister told MPs he would not back down.",
     "Blair: 'We will not back down'"),
])
def test_a_headline_line_is_a_sentence_of_its_own(text, headline):
    doc = load_nlp()(text)
    first = next(iter(doc.sents))
    assert first.text.strip() == headline
    assert headline_end(text) is not None and text[headline_end(text):].startswith(text.lstrip()[len(headline):].lstrip())


@pytest.mark.parametrize("text", [
    "The talks collapsed on Monday.\n\nBoth sides left Geneva.",  # the first paragraph ends a sentence
    "Who will lead the party?\n\nThe race opened on Monday.",
    "The judge rejected this argument:\n\nThe claim was unfounded.",
    "A caption line\nand a second line\n\nThe body begins here.",  # more than one line
    " ".join(["word"] * 30) + "\n\nThe body begins here.",  # too long for a headline
    "Talks collapse in Geneva",  # no blank line: no body after it
])
def test_no_headline(text):
    assert headline_end(text) is None


def test_only_the_headline_break_is_forced():
    import spacy

    from detente.nlp.tokens import mark_breaks

    text = "Minister under fire for ferry plan\n\nThe plan was condemned:\n\n the groups said it was wrong."
    doc = mark_breaks(spacy.blank("en")(text))
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts == ["Minister", "The"]  # the colon's blank line is left to the parser


@pytest.mark.parametrize("text, lead", [
    # round 27 review (f54): the parser split again right after the lead's first token
    ("Crisis\n\nRussia attacked Ukraine on Monday.", "Russia attacked Ukraine on Monday."),
    ("War in Ukraine\n\nRussia attacked Ukraine on Monday.", "Russia attacked Ukraine on Monday."),
    ("Merkel rejects claims\n\n\"We will not accept this,\" the chancellor said on Monday.",
     "\"We will not accept this,\" the chancellor said on Monday."),
])
def test_the_lead_is_not_split_after_its_first_token(text, lead):
    sents = [s.text.strip() for s in load_nlp()(text).sents]
    assert sents[1] == lead, sents


def test_the_lead_after_a_one_word_headline_is_coded():
    from tests.events.conftest import code_one, rows
    assert ("ASSAULT", "RUS", "UKR") in rows(code_one("Crisis\n\nRussia attacked Ukraine on Monday.", "2024-01-01"))
