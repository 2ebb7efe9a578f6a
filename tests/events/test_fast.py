"""``events.fast``: column-level shortcuts give the answers of the Token-level rules."""

from __future__ import annotations

import pytest

from detente.events.arguments import MentionIndex
from detente.events.fast import may_trigger
from detente.events.lexicon import POS_OF_SPACY, load_lexicon
from detente.events.triggers import find_candidates, match
from detente.nlp import columns, load_nlp
from detente.pipeline import spacy_exclusions

TEXTS = (
    "The ministers of Freedonia and Sylvania signed a trade accord on Tuesday, officials said.",
    "Rebels shelled the outskirts of Port Emerald, killing three villagers and wounding nine.",
    "A Valdoran court sentences the opposition leader to ten years; protesters rally in the capital.",
    "Police in Brightwater arrest two activists after demonstrations over fuel prices erupt.",
    "The council voted to impose sanctions, demanding the release of the detained journalists.",
)


@pytest.fixture(scope="module")
def parsed():
    nlp = load_nlp(spacy_exclusions())
    return load_lexicon(), [nlp(text) for text in TEXTS]


def test_a_word_may_trigger_only_if_match_can_find_it(parsed):
    lexicon, docs = parsed
    skipped = kept = 0
    for doc in docs:
        index, cols = MentionIndex(doc, []), columns(doc)
        for token in doc:
            if token.pos_ not in POS_OF_SPACY:
                continue
            if may_trigger(lexicon.triggers, cols.lower[token.i], cols.lemma[token.i]):
                kept += 1
            else:
                skipped += 1
                assert match(token, lexicon, index) is None, token.text
    assert skipped and kept  # the test sees both kinds of word


def test_every_trigger_word_may_trigger(parsed):
    lexicon, _ = parsed
    assert all(may_trigger(lexicon.triggers, word, word) for _, word in lexicon.triggers)
    assert not may_trigger(lexicon.triggers, "zqxjv", "zqxjv")


def test_find_candidates_same_as_matching_every_word(parsed):
    lexicon, docs = parsed
    for doc in docs:
        index = MentionIndex(doc, [])
        for sentence in doc.sents:
            every = [c for c in (match(t, lexicon, index) for t in sentence if t.pos_ in POS_OF_SPACY) if c]
            assert [(c.token.i, c.entry) for c in find_candidates(sentence, lexicon, index)] == \
                [(c.token.i, c.entry) for c in every]


def _base_verb_noun_by_tokens(sentence, verbs):
    """``headlines.base_verb_noun`` as written with a ``Token`` per word (the reference)."""
    from detente.events.headlines import PLURAL_NOUNS

    plural = joint = False
    for token in sentence:
        before = token.doc[token.i - 1] if token.i > sentence.start else None
        if before is not None and token.tag_ in ("NN", "VB") and token.lower_ in verbs and \
                (plural and before.pos_ in ("NOUN", "PROPN") or joint and before.pos_ == "PROPN"):
            return token.i
        plural = plural or token.tag_ in ("NNS", "NNPS") or token.lower_ in PLURAL_NOUNS
        joint = joint or (token.dep_ == "cc" and token.lower_ == "and")
    return None


HEADLINES = (
    "Police in Brightwater arrest opposition leader after rally",
    "Freedonia and Sylvania exchange fire across the river",
    "Protesters attack convoy near Port Emerald",
    "Anti-government protests erupt across Valdora",
    "Valdoran court sentences journalist to prison",
)


def test_base_verb_noun_from_columns_as_from_tokens(parsed):
    from detente.events.headlines import base_verb_noun, headline_verbs

    lexicon, _ = parsed
    nlp = load_nlp(spacy_exclusions())
    verbs = headline_verbs(lexicon)
    answers = []
    for text in HEADLINES + TEXTS:
        for sentence in nlp(text).sents:
            answers.append(base_verb_noun(sentence, verbs))
            assert answers[-1] == _base_verb_noun_by_tokens(sentence, verbs), sentence.text
    assert any(a is not None for a in answers) and None in answers


def test_holds_token_as_any_over_the_range():
    from detente.events.fast import holds_token

    by_token = {2: ["m"], 3: ["m"], 7: [], 11: ["m"], 20: ["m"]}
    held = sorted(i for i, found in by_token.items() if found)
    for start in range(0, 24):
        for end in range(start, 25):
            assert holds_token(held, start, end) == any(by_token.get(i) for i in range(start, end)), (start, end)
    assert not holds_token([], 0, 10)


def test_story_act_reads_lemmas_as_tokens_do(parsed):
    from detente.events import story_act

    lexicon, docs = parsed
    verbs = lexicon.words["story_act_verbs"]
    answers = []
    for doc in docs:
        index = MentionIndex(doc, [])
        for sentence in doc.sents:
            assert not story_act(sentence, index, lexicon)  # no story country: never
            index.story[sentence.start] = ("FRE", "home:article")
            answers.append(story_act(sentence, index, lexicon))
            assert answers[-1] == any(t.lemma_.lower() in verbs for t in sentence)
    assert True in answers and False in answers


REPORTED = (
    "Burmese troops captured a stronghold on the border, Thai police said.",
    "According to officials in Port Emerald, rebels shelled the market.",
    "The Valdoran ministry claimed responsibility for the raid, a spokesman said.",
    "A report by the Sylvanian council concluded that the army had fired on protesters.",
    "Ministers of Freedonia told reporters that the talks with Sylvania would resume.",
)


def _reporter_part_by_tokens(token, lexicon):
    """``context.reporter_part`` as written with a ``Token`` per step (the reference)."""
    current = token
    for _ in range(8):
        head = current.head
        if current.dep_ == "nsubj" and head.lemma_.lower() in lexicon.words["reporting"] and \
                not any(c.dep_ == "dobj" for c in head.children):
            return True
        if current.dep_ == "nsubj" and head.lemma_.lower() in lexicon.words["clause_reporting"] and \
                any(c.dep_ == "ccomp" for c in head.children):
            return True
        if current.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
            return True
        if head.i == current.i:
            return False
        current = head
    return False


def test_reporter_part_from_arrays_as_from_tokens(parsed):
    from detente.events.context import reporter_part

    lexicon, _ = parsed
    nlp = load_nlp(spacy_exclusions())
    answers = []
    for text in REPORTED + TEXTS:
        for token in nlp(text):
            answers.append(reporter_part(token, lexicon))
            assert answers[-1] == _reporter_part_by_tokens(token, lexicon), (text, token.text)
    assert True in answers and False in answers


def test_only_responsible_and_behind_open_a_blaming_clause(parsed):
    from detente.events.blame import _blaming_clause

    lexicon, _ = parsed
    nlp = load_nlp(spacy_exclusions())
    texts = ("Freedonia said Sylvania was responsible for the attack on the pipeline.",
             "The minister said the Valdoran army was behind the bombing of the bridge.",
             "Sylvania holds Freedonia responsible for the killing of its envoy.", *TEXTS)
    opened = 0
    for text in texts:
        doc = nlp(text)
        index = MentionIndex(doc, [])
        for token in doc:
            clause = _blaming_clause(token, lexicon, index)
            opened += clause is not None
            if token.lemma_.lower() != "responsible" and token.lower_ != "behind":
                assert clause is None, (text, token.text)
    assert opened


def _random_texts(words, count=1500, seed=7):
    import random

    rnd = random.Random(seed)
    pieces = [*words, "x", "the", "-", " ", "s", "ss", ".", "3-1", "Ⅻ", "ſ", "K", "é", "“", "—", "İ", "_"]
    for _ in range(count):
        out = []
        for _ in range(rnd.randint(1, 12)):
            word = rnd.choice(pieces)
            word = word.upper() if rnd.random() < 0.3 else word.title() if rnd.random() < 0.3 else word
            out.append(word + rnd.choice(["", " ", "  ", "-", "s", "s ", "\n", ",", "'s "]))
        yield "".join(out)


def test_whole_words_found_as_findall_lower_cased():
    import re

    from detente.events.fast import _consuming, whole_words_found
    from detente.events.spurious import _sports_pattern, _story_spec

    sports = _sports_pattern()
    assert _consuming(sports) is not None  # the fast search applies to the sports words
    words = sorted(_story_spec()["sports_words"])
    made_up = re.compile(r"(?<![\w-])(world\s+cup|goal|one\-day\s+match|set)s?(?![\w-])", re.IGNORECASE)
    texts = [*_random_texts(words), *_random_texts(["world cup", "goal", "one-day match", "set", "sets"]),
             "Two GOALS in the World  Cup; goalkeeper, own-goal, goal", "", "goal", "-goal", "Goals-",
             "The Kelvin sign: \u212aick-off and \u017fet", "İstanbul set a record"]
    hits = 0
    for pattern in (sports, made_up):
        for text in texts:
            found = whole_words_found(pattern, text)
            assert found == [m.lower() for m in pattern.findall(text)], (pattern.pattern[:40], text)
            hits += bool(found)
    assert hits > 100


def test_whole_words_found_falls_back_on_other_patterns():
    import re

    from detente.events.fast import _consuming, whole_words_found

    for pattern in (re.compile(r"(?<![\w-])(goal)s?(?![\w-])"),  # case-sensitive
                    re.compile(r"(?<![\w-])(Goal)s?(?![\w-])", re.IGNORECASE),  # a capital
                    re.compile(r"(?<![\w-])(goal\.)s?(?![\w-])", re.IGNORECASE),  # ends in a non-word
                    re.compile(r"(?<![\w-])(go(?:al|ol))s?(?![\w-])", re.IGNORECASE)):  # a group
        assert _consuming(pattern) is None
        assert whole_words_found(pattern, "A goal. Goals, GOAL. goal.s gool") == \
            [m.lower() for m in pattern.findall("A goal. Goals, GOAL. goal.s gool")]


def _object_words_by_tokens(token):
    """``triggers.object_words`` as written with a ``Token`` per word (the reference)."""
    words = {token.lemma_.lower(), token.lower_}
    if token.lemma_.lower() == "access":
        words.update(pobj.lemma_.lower() for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "to"
                     for pobj in prep.children if pobj.dep_ == "pobj")
    for child in token.children:
        if child.dep_ in ("compound", "amod", "nmod"):
            words.update((child.lemma_.lower(), child.lower_))
        elif child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    words.update((pobj.lemma_.lower(), pobj.lower_))
                    words.update(c.lemma_.lower() for c in pobj.children if c.dep_ in ("compound", "amod"))
    return words


def test_object_words_from_arrays_as_from_tokens():
    from detente.events.triggers import object_words

    nlp = load_nlp(spacy_exclusions())
    texts = ("Sylvania blocked access to the social networks of the opposition.",
             "The envoy delivered tons of emergency food aid and a mission of armed observers.",
             "Freedonia sent a peacekeeping force to the border town.", *TEXTS, *REPORTED)
    sizes = []
    for text in texts:
        for token in nlp(text):
            sizes.append(len(object_words(token)))
            assert object_words(token) == _object_words_by_tokens(token), (text, token.text)
    assert max(sizes) >= 4  # modifiers and "of" objects were read


def test_mention_index_from_columns_as_from_tokens():
    from detente.records import Actor, Mention

    nlp = load_nlp(spacy_exclusions())
    text = "The Freedonian Constitution and the Sylvanian army met protesters of Valdora in Port Emerald."
    doc = nlp(text)

    def mention(words, country, label="ORG"):
        start = text.index(words)
        actor = Actor(country=country, sector="GOV") if country is not None else None
        return Mention(words, start, start + len(words), 0, label, actor=actor)

    mentions = [mention("Freedonian Constitution", "FRE"), mention("Sylvanian army", "SYL"),
                mention("protesters", None, "ROLE"), mention("Valdora", "VAL", "GPE"),
                mention("Port Emer", "VAL", "GPE")]  # a span ending inside a word: expanded
    documents = frozenset({"constitution"})
    index = MentionIndex(doc, mentions, documents=documents)
    by_token, unresolved = {}, {}
    for m in mentions:  # the reference: a Token per word of each span
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span[-1].lower_ in documents:
            continue
        if m.actor is None or not m.actor.country:
            unresolved.update((t.i, m) for t in span)
            continue
        for t in span:
            by_token.setdefault(t.i, []).append(m)
    assert index.by_token == by_token and index.unresolved == unresolved
    assert by_token and unresolved and not any(doc[i].lower_ == "constitution" for i in by_token)
