"""The learned quote filter (issue 14, round 26, branch q51): training is reproducible, the
model loads from the package, the switch does what it says, and with the filter on a word
mentioned or written rather than said is vetoed while attributed quotes stay. Every sentence is
made up."""

from __future__ import annotations

import pytest

from detente.errors import ResourceError
from detente.pipeline import code_articles
from detente.quotes import quote_filter
from detente.quotes.embedded import RULE as CLAUSE_AROUND
from detente.quotes.quote_filter import (
    ENV,
    MODE_ENV,
    RULE,
    VETOED_KEY,
    QuoteFilter,
    filter_quotes,
    read_model,
    scored,
    shipped,
    veto_mode,
)
from detente.quotes.quote_filter_train import Material, Settings, fit, write_model
from detente.readers import article_from_text
from detente.records import Quote

MENTIONED = [  # (text, the quoted word): a word shouted or written, no speech reported
    ("Under the law, a man cannot shout \"fire\" in a packed cinema.", "fire"),
    ("Students wrote \"peace\" on the wall of the embassy.", "peace"),
]
ATTRIBUTED = [  # (text, the quote's first words, its speaker): the controls
    ("\"The economy is strong,\" the minister told parliament on Monday.", "The economy",
     "the minister"),
    ("The minister told parliament: \"The economy is strong and growing.\"", "The economy",
     "The minister"),
    ("Asked about the strike, the union leader said, \"We will not give in to threats.\"",
     "We will not", "the union leader"),
    ("\"We will win this,\" Senator Mary Cole told reporters.", "We will win",
     "Senator Mary Cole"),
]


def _coded(texts: list[str]):
    inputs = [article_from_text(t, id=str(n), date="2020-01-01") for n, t in enumerate(texts)]
    return list(code_articles(inputs, keep_doc=True))


def test_the_shipped_model_loads_with_its_provenance():
    model = shipped()
    assert isinstance(model, QuoteFilter)
    assert model.weights and isinstance(model.intercept, float)
    from detente.resources import data_path

    head = [line for line in data_path("quotes", "quote_filter.tsv").read_text(
        encoding="utf-8").splitlines() if line.startswith("#")]
    text = "\n".join(head)
    for field in ("# source:", "# licence:", "# made:", "# settings:", "tune.names"):
        assert field in text, field


def test_the_switch_is_off_as_shipped_and_the_environment_overrides_it(monkeypatch):
    monkeypatch.delenv(ENV, raising=False)
    assert quote_filter.threshold() is None  # models.yaml: enabled false (NOTES-q51.md rule)
    assert quote_filter.threshold({"enabled": True, "threshold": 0.4}) == 0.4
    monkeypatch.setenv(ENV, "0.3")
    assert quote_filter.threshold() == 0.3
    monkeypatch.setenv(ENV, "off")
    assert quote_filter.threshold({"enabled": True}) is None
    monkeypatch.setenv(ENV, "maybe")
    with pytest.raises(ResourceError):
        quote_filter.threshold()
    monkeypatch.delenv(MODE_ENV, raising=False)
    assert veto_mode() == "drop"  # models.yaml: veto drop
    monkeypatch.setenv(MODE_ENV, "embed")
    assert veto_mode() == "embed"
    monkeypatch.setenv(MODE_ENV, "shred")
    with pytest.raises(ResourceError):
        veto_mode()


def test_on_words_switch_the_filter_on_and_a_threshold_lies_strictly_between_0_and_1(monkeypatch):
    # review of round 26 (branch f51): "1" was read as the threshold 1.0 (every quote vetoed),
    # "1.5" likewise, "nan" vetoed nothing and "-1" was accepted
    monkeypatch.delenv(MODE_ENV, raising=False)
    for word in ("1", "on", "ON", "true", "yes"):
        monkeypatch.setenv(ENV, word)
        assert quote_filter.threshold() == 0.5  # on at models.yaml's threshold
        assert quote_filter.threshold({"enabled": False, "threshold": 0.4}) == 0.4
    for word in ("0", "off", "false", "no"):
        monkeypatch.setenv(ENV, word)
        assert quote_filter.threshold({"enabled": True, "threshold": 0.4}) is None
    monkeypatch.setenv(ENV, "0.7")
    assert quote_filter.threshold() == 0.7  # control: a threshold inside (0, 1)
    for bad in ("1.5", "1.0", "nan", "-1", "0.0", "inf", "abc"):
        monkeypatch.setenv(ENV, bad)
        with pytest.raises(ResourceError, match="strictly between 0 and 1"):
            quote_filter.threshold()


def test_a_bad_veto_switch_fails_even_while_the_filter_is_off(monkeypatch):
    monkeypatch.setenv(ENV, "off")
    monkeypatch.setenv(MODE_ENV, "shred")
    with pytest.raises(ResourceError):
        quote_filter.threshold()
    monkeypatch.delenv(ENV)
    with pytest.raises(ResourceError):
        quote_filter.threshold()  # models.yaml: off
    monkeypatch.setenv(MODE_ENV, "embed")
    assert quote_filter.threshold() is None  # control: a good veto switch, filter off


def _quote(start, end, content, direct=True, cue_start=None, rule="direct:governing-cue"):
    return Quote(content=content, start=start, end=end, direct=direct, cue="said",
                 cue_start=cue_start, cue_end=None if cue_start is None else cue_start + 4,
                 rule=rule)


def test_off_keeps_every_quote_and_on_vetoes_with_the_rule_named(monkeypatch):
    text = "He said \"no\" and the clause said it was \"dead\" today."
    alone = _quote(9, 11, "no")
    clause = _quote(26, 53, "it was \"dead\" today", direct=False, cue_start=21,
                    rule="indirect:clause")
    inside = _quote(33, 37, "dead", cue_start=21)
    quotes = [alone, clause, inside]
    never = QuoteFilter(weights={}, intercept=-50.0)  # P = 0 for every quote
    monkeypatch.setenv(ENV, "off")
    assert filter_quotes(quotes, None, text, model=never) == quotes
    monkeypatch.setenv(ENV, "0.5")
    kept = filter_quotes(quotes, None, text, model=never)
    # the lone direct quote goes; the reported clause is never scored, nor the fragment inside
    # a reported clause of its own cue (it is that clause's words)
    assert kept == [clause, inside]
    assert not scored(clause, quotes) and not scored(inside, quotes) and scored(alone, quotes)


def test_vetoes_are_recorded_on_the_parse(monkeypatch):
    monkeypatch.setenv(ENV, "0.5")
    (coded,) = _coded([MENTIONED[0][0]])
    vetoed = coded.doc.user_data[VETOED_KEY]
    assert [q.content for q, *_ in vetoed] == ["fire"]
    quote, p, done = vetoed[0]
    assert quote.rule.startswith(f"{RULE}<direct:") and 0.0 <= p < 0.5 and done == "dropped"


def test_on_a_mentioned_word_is_vetoed_and_attributed_quotes_stay(monkeypatch):
    monkeypatch.setenv(ENV, "0.5")
    coded = _coded([t for t, _ in MENTIONED] + [t for t, *_ in ATTRIBUTED])
    for (text, word), art in zip(MENTIONED, coded[:len(MENTIONED)], strict=True):
        assert word not in [q.content for q in art.quotes], text
    for (text, words, speaker), art in zip(ATTRIBUTED, coded[len(MENTIONED):], strict=True):
        found = [q for q in art.quotes if q.direct and q.content.startswith(words)]
        assert len(found) == 1, (text, [q.content for q in art.quotes])
        assert found[0].speaker.text == speaker
        assert not found[0].rule.startswith(RULE)


def test_off_the_same_words_are_quotes(monkeypatch):
    """Control: the rules alone give the mentioned words as quotes, so the filter is what takes
    them out."""
    monkeypatch.setenv(ENV, "off")
    coded = _coded([t for t, _ in MENTIONED])
    for (text, word), art in zip(MENTIONED, coded, strict=True):
        assert word in [q.content for q in art.quotes], text
        assert VETOED_KEY not in art.doc.user_data


def _material() -> list[Material]:
    class Gold:
        def __init__(self, name):
            self.name = name
            self.annotations = {"a": []}

    rows = [(0, ["words:<=1", "has_verb:False", "before:word"], 0),
            (1, ["words:<=16", "has_verb:True", "first_upper:True"], 1),
            (2, ["words:<=8", "has_verb:True", "before:comma"], 1),
            (3, ["words:<=1", "has_verb:False", "after:word"], 0),
            (4, ["words:<=16", "has_verb:True", "before:comma", "first_upper:True"], 1)]
    return [Material(Gold(f"art{n}"), [], rows) for n in range(3)]


def test_training_is_reproducible(tmp_path):
    settings = Settings(min_count=1, iterations=500)
    first = fit(_material(), settings)
    second = fit(_material(), settings)
    assert first == second
    weights, intercept = first
    assert weights["has_verb:True"] > 0 > weights["has_verb:False"]
    out1, out2 = tmp_path / "one.tsv", tmp_path / "two.tsv"
    for out in (out1, out2):
        write_model(out, weights, intercept, settings, _material(), "made-up test rows")
    assert out1.read_text(encoding="utf-8") == out2.read_text(encoding="utf-8")
    model = read_model(out1)
    assert model.weights == weights and model.intercept == intercept
    assert model.probability(["words:<=16", "has_verb:True"]) > 0.5 > model.probability(
        ["words:<=1", "has_verb:False"])


def test_labels_count_direct_attributions_or_any_attribution():
    from detente.quotes.quote_filter_train import label

    class Gold:
        def __init__(self, direct):
            from types import SimpleNamespace

            self.annotations = {"a": [SimpleNamespace(direct=direct, content=((10, 40),))]}

    fragment = Quote(content="dead", start=20, end=24, direct=True)
    elsewhere = Quote(content="no", start=50, end=52, direct=True)
    assert label(fragment, Gold(direct=False)) == 0  # inside a reported attribution
    assert label(fragment, Gold(direct=False), "any") == 1
    assert label(fragment, Gold(direct=True)) == 1
    assert label(elsewhere, Gold(direct=True), "any") == 0


NEVER = QuoteFilter(weights={}, intercept=-50.0)
"""A stub model that vetoes every scored quote (P = 0), to test what a veto does."""


def test_embed_keeps_the_quote_and_adds_its_reported_clause(monkeypatch):
    """The pipeline already adds these clauses (``embedded.py``, round 35); taken out here, the
    filter's embed veto adds the same clause under its own rule."""
    monkeypatch.setenv(ENV, "off")
    texts = ["Lopez noted the folly of sending \"a few hundred soldiers here\" into the region.",
             "Kim explained the cost of keeping \"an army of lawyers on retainer\" for the firm.",
             "The mayor mentioned the danger of building \"another highway to nowhere\" there."]
    for art in _coded(texts):
        text = art.article.text
        direct = [q for q in art.quotes if q.direct]
        found = [q for q in art.quotes if not (q.rule or "").startswith(CLAUSE_AROUND)]
        kept = filter_quotes(found, art.doc, text, model=NEVER, cut=0.5, mode="embed")
        added = [q for q in kept if q.rule and q.rule.startswith(f"indirect:{RULE}<")]
        assert len(added) == 1, (text, [(q.content, q.rule) for q in kept])
        clause = added[0]
        quote = next(q for q in direct if clause.start < q.start and q.end <= clause.end)
        assert not clause.direct and clause.cue_start == quote.cue_start
        assert clause.speaker == quote.speaker and text[clause.start:clause.end] == clause.content
        assert quote in kept  # the direct quote stays (the own gold counts partial quotes)
        assert [d for *_, d in art.doc.user_data[VETOED_KEY]] == ["embedded"]


def test_embed_leaves_a_whole_quote_alone(monkeypatch):
    """Controls: a quote before its cue, or one that is its cue's whole complement, has no
    clause around it: nothing is added and nothing dropped."""
    monkeypatch.setenv(ENV, "off")
    texts = ["\"The economy is strong,\" the minister told parliament on Monday.",
             "Asked about the strike, the union leader said, \"We will not give in to threats.\""]
    for art in _coded(texts):
        kept = filter_quotes(list(art.quotes), art.doc, art.article.text, model=NEVER, cut=0.5,
                             mode="embed")
        assert kept == art.quotes, art.article.text
        assert {d for *_, d in art.doc.user_data[VETOED_KEY]} == {"kept"}
