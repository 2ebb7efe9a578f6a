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


def test_defined_acronym_needs_its_bracket():
    """``acronyms.defined`` scans for the name only in a text with "(ACR)": same answers
    with the bracket spaced, absent, or for another acronym."""
    from detente.quotes.acronyms import defined

    text = "Jo Roe of the Harbour Safety Agency ( HSA ) spoke. The HSA said more."
    assert text[slice(*defined(text, "HSA"))] == "Harbour Safety Agency"
    assert defined("The HSA said more.", "HSA") is None
    assert defined(text, "HS") is None and defined(text, "NCA") is None


def test_only_country_is_every_country_asked():
    """``parties._only_country`` (one pass over the table) answers as ``_body_party`` asked
    of each country of the table."""
    from detente.quotes.parties import _body_party, _only_country, parties
    from detente.records import Speaker

    names = sorted({n for _, n in parties()})
    for name in names + [f"the {n}" for n in names[:40]] + ["Acme", "the", "", None]:
        found = {c for c, _ in parties() if _body_party(name, c) is not None}
        expected = found.pop() if len(found) == 1 else None
        assert _only_country(Speaker(text=name or "", name=name)) == expected, name


def test_companies_in_reads_the_columns_as_the_tokens():
    """``employers.companies_in`` reads words and runs of words from the text by the
    columns: the same companies as ``doc[i].text`` and ``doc[i:j].text`` give."""
    from detente.quotes.employers import LONGEST_COMPANY, companies, companies_in
    from detente.quotes.rolewords import Role

    name = next(n for n in companies() if " " in n)
    doc = load_nlp()(f"Jo Roe, a lawyer at {name} and an adviser to {name.split()[0]} Ltd, said no.")
    tokens = list(range(len(doc)))
    expected = []
    for i in tokens:
        if not doc[i].text[:1].isupper() or doc[i].ent_type_ == "PERSON":
            continue
        for n in range(LONGEST_COMPANY, 0, -1):
            if i + n <= len(doc) and doc[i:i + n].text in companies():
                expected.append((i, i + n - 1, Role("BUS", "body", doc[i:i + n].text)))
                break
    assert expected and companies_in(doc, tokens) == expected


def test_holds_a_token_is_any_token_offset_inside():
    """``countries._holds_a_token`` (bisection over the tokens' offsets) answers as
    ``any(start <= doc[i].idx < end for i in tokens)`` for every range of a made-up text."""
    from detente.quotes.countries import _holds_a_token

    doc = load_nlp()("The Ruritanian envoy to the Harbour Council of Eastmark, Jo Roe, said no.")
    rng = random.Random(5)
    for _ in range(40):
        tokens = rng.sample(range(len(doc)), rng.randrange(0, 6))
        holds = _holds_a_token(doc, tokens)
        for start in range(-1, len(doc.text) + 2, 3):
            for end in range(start, len(doc.text) + 3, 4):
                assert holds(start, end) == any(start <= doc[i].idx < end for i in tokens)
