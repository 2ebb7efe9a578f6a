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
