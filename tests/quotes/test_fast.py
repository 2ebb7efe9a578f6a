"""The quotes stage's fast helpers give the answers of the spaCy-object way they replace."""

from __future__ import annotations

import random

from detente.nlp import load_nlp
from detente.quotes.fast import Inside, char_ranges


def test_char_ranges_match_tokens():
    doc = load_nlp()('The minister said "we will not retreat" and left. "Never," she added.')
    ranges = [(3, 9), (12, 13), (5, 5), (0, 1), (len(doc) - 2, len(doc))]
    expected = [(doc[a].idx, doc[b - 1].idx + len(doc[b - 1])) for a, b in ranges if b > a]
    assert char_ranges(doc, ranges) == expected


def test_inside_matches_any():
    rng = random.Random(7)
    for _ in range(300):
        ranges = []
        for _ in range(rng.randrange(0, 6)):
            s = rng.randrange(0, 60)
            ranges.append((s, s + rng.randrange(-3, 15)))  # empty and inverted ranges too
        inside = Inside(ranges)
        for x in range(-2, 80):
            assert inside(x) == any(s <= x < e for s, e in ranges), (ranges, x)


def test_inside_touching_ranges():
    inside = Inside([(5, 8), (0, 5)])
    assert [x for x in range(10) if inside(x)] == [0, 1, 2, 3, 4, 5, 6, 7]


def test_cue_word_positions_are_the_tokens_a_cue_can_start_at():
    from detente.nlp import columns
    from detente.quotes.cues import read_cues
    from detente.quotes.fast import cue_word_positions
    from detente.resources import data_path

    lexicon = read_cues(data_path("quotes", "cues.tsv"))
    doc = load_nlp()("According to the mayor, the plan failed. She said so in a statement, "
                     "and aides told reporters the vote was close.")
    lower = columns(doc).lower
    expected = [i for i in range(2, len(doc)) if lower[i] in lexicon.verbs
                or lower[i] in lexicon.nouns or lower[i] in lexicon.phrases]
    assert expected and cue_word_positions(lexicon, lower, 2, len(doc)) == expected
    assert cue_word_positions(lexicon, lower, 0, len(doc))[0] == 0  # "according"
    found = lexicon.find(doc, 0, len(doc))
    assert {c.start for c in found} <= set(cue_word_positions(lexicon, lower, 0, len(doc)))


def test_doc_memo_is_kept_per_owner():
    from detente.quotes.fast import doc_memo

    doc = load_nlp()("Talks resumed.")
    owner, other = [(0, 5)], [(0, 5)]
    memo = doc_memo(doc, "test", owner)
    memo["k"] = 1
    assert doc_memo(doc, "test", owner) == {"k": 1}
    assert doc_memo(doc, "test", other) == {}  # another object, even if equal: a fresh memo
    assert doc_memo(doc, "else", other) == {}


def test_person_tokens_and_describe_answer_again_as_the_first_time():
    from detente.quotes.describe import describe
    from detente.quotes.descriptiontokens import person_tokens

    text = ('Labour MP Jo Rowe, the party\'s housing spokeswoman, said "we will vote no". '
            '"It is wrong," Rowe added.')
    doc = load_nlp()(text)
    quoted = [(text.index('"we') + 1, text.index('no"') + 2)]
    start = text.index("Jo Rowe")
    first = person_tokens(doc, start, start + 7, quoted)
    assert first and person_tokens(doc, start, start + 7, quoted) == first
    first.append(999)  # the caller's copy: the memo keeps its own
    assert 999 not in person_tokens(doc, start, start + 7, quoted)
    tokens = person_tokens(doc, start, start + 7, quoted)
    assert describe(doc, [], tokens) == describe(doc, [], list(tokens))


def test_roles_answer_again_as_the_first_time():
    from detente.quotes.rolewords import roles

    doc = load_nlp()("The party's deputy leader and a union spokesman spoke.")
    tokens = list(range(len(doc)))
    first = roles(doc, tokens)
    assert first and roles(doc, tokens) == first
    first.clear()  # the caller's copy: the memo keeps its own
    assert roles(doc, tokens)


def test_forget_memos_drops_them_all():
    from detente.quotes.fast import doc_memo, forget_memos

    doc = load_nlp()("Talks resumed.")
    doc_memo(doc, "a", None)["k"] = 1
    doc_memo(doc, "b", None)["k"] = 2
    doc.user_data["other"] = 3
    forget_memos(doc)
    assert doc.user_data == {"other": 3}  # other keys stay
    assert doc_memo(doc, "a", None) == {} and doc_memo(doc, "b", None) == {}


def test_surname_titles_are_the_scan_up_to_each_offset():
    """``descriptiontokens._surname_titles`` (the whole text's matches, found once) gives
    what ``SURNAME_TITLE_RE.finditer(text, 0, before)`` gives, at every offset: a match cut
    at the offset ("Lord Fen|wickson"), a hyphen or apostrophe after the surname, a title
    with a full stop, and texts made up at random from those pieces."""
    from detente.quotes.descriptiontokens import SURNAME_TITLE_RE, _surname_titles

    class Doc:
        user_data: dict = {}

    def scan(text, surname, before):
        return [(f.start(), f.end(), f.group(1)) for f in SURNAME_TITLE_RE.finditer(
            text, 0, before) if f.group(2) == surname]

    pieces = ["Lord", "Dr.", "Sir", "Fenwick", "Fenwickson", "Fen-", "O'Neil", "fen", "Ann",
              " ", " ", ",", ".", "\n", "-", "'", "Éric"]
    rng = random.Random(13)
    texts = ["Science Minister Lord Fenwick met Dr. Fenwickson; later David Fenwick said no."]
    texts += ["".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randrange(25)))
              for _ in range(300)]
    for text in texts:
        doc = Doc()
        doc.user_data = {}
        for surname in ("Fenwick", "Fen", "Fenwickson", "O'Neil", "Ann"):
            for before in range(len(text) + 2):
                assert _surname_titles(doc, text, surname, before) == scan(text, surname, before)


def test_description_tokens_answer_again_as_the_first_time():
    """The memo of ``description_tokens`` answers a speaker as the first reading did, keeps
    its own copy, and tells apart speakers that differ in a field it reads (the rule's
    ``+surname-a-country``), not in one it does not (the rest of the rule)."""
    from detente.quotes.descriptiontokens import _description_tokens, description_tokens
    from detente.records import Mention, Speaker

    text = 'Green Party councillor Nia Holland, a retired nurse, said "no". "Never," Holland added.'
    doc = load_nlp()(text)
    start = text.index("Nia Holland")
    mentions = [Mention(text="Nia Holland", start=start, end=start + 11, sentence=0,
                        label="PERSON")]
    quoted = [(text.index('"no"') + 1, text.index('"no"') + 3)]
    speaker = Speaker(text="Nia Holland", name="Nia Holland", start=start, end=start + 11,
                      mention=0, rule="subject")
    first = description_tokens(speaker, doc, mentions, quoted)
    assert first == _description_tokens(speaker, doc, mentions, quoted) and first
    first.append(999)
    assert 999 not in description_tokens(speaker, doc, mentions, quoted)
    for rule in ("subject+described", "subject+surname-a-country", "proper-noun"):
        other = Speaker(text="Nia Holland", name="Nia Holland", start=start, end=start + 11,
                        mention=0, rule=rule)
        assert description_tokens(other, doc, mentions, quoted) \
            == _description_tokens(other, doc, mentions, quoted)
    unnamed = Speaker(text="a retired nurse", start=text.index("a retired"),
                      end=text.index("a retired") + 15)
    assert description_tokens(unnamed, doc, mentions, quoted) \
        == _description_tokens(unnamed, doc, mentions, quoted)
