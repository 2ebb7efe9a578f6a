"""The spaCy components the pipeline excludes are ones no stage uses: coding real articles
with them excluded gives exactly what the full pipeline gives."""

from __future__ import annotations

import json
from pathlib import Path

from detente.nlp import exclusions, load_nlp
from detente.pipeline import STAGES, _sentences, spacy_exclusions
from detente.readers import article_from_text
from detente.records import CodedArticle
from detente.resources import Resources

ROOT = Path(__file__).resolve().parents[2]
WIKINEWS = ROOT / "samples" / "wikinews_2019_2020" / "wikinews_2019_2020.jsonl"
WCEP = ROOT / "samples" / "wcep_2003_2025" / "wcep_2003_2025.jsonl"


def _articles():
    lines = WIKINEWS.read_text(encoding="utf-8").splitlines()[:4]
    lines += WCEP.read_text(encoding="utf-8").splitlines()[:30]
    for line in lines:
        obj = json.loads(line)
        yield article_from_text(obj["text"], date=obj["date"], id=obj["id"], title=obj["title"])


def _code_with(excluded: tuple[str, ...], resources: Resources) -> list[dict]:
    """The pipeline's per-article loop, on a model loaded with ``excluded`` components."""
    articles = list(_articles())
    out = []
    for article, doc in zip(articles, load_nlp(excluded).pipe(a.text for a in articles), strict=True):
        coded = CodedArticle(article=article, doc=doc, sentences=_sentences(doc))
        for stage in STAGES:
            stage.run(coded, resources)
        out.append(coded.to_dict())
    return out


def test_excluded_components_change_nothing():
    # 4 long and 30 short real articles coded by every stage with the full pipeline and with
    # the exclusions the stages' declarations allow: identical output, so nothing excluded
    # is read by any stage (a stage reading lemma_/pos_ must declare its component).
    excluded = spacy_exclusions()
    assert "lemmatizer" in excluded or "lemmatizer" in {c for s in STAGES for c in s.spacy_components}
    resources = Resources()
    assert _code_with(excluded, resources) == _code_with((), resources)


def test_exclusions_follow_component_dependencies():
    # Asking for the lemmatizer keeps what it reads (attribute ruler, tagger, tok2vec).
    assert set(exclusions(["parser", "ner", "lemmatizer"])).isdisjoint(
        {"lemmatizer", "attribute_ruler", "tagger", "tok2vec"})
    assert {"lemmatizer", "attribute_ruler", "tagger"} <= set(exclusions(["ner"]))


def test_a_grown_vocabulary_is_reloaded_and_parses_stay_the_same():
    # A long-running worker's spaCy vocabulary grows with every new string; past the limit the
    # pipeline is reloaded (a new object, back to its packaged vocabulary) and parses the same.
    from detente.nlp import parse, reload_if_grown

    texts = [a.text for a in _articles()][:6]
    excluded = spacy_exclusions()
    before = [[(t.dep_, t.head.i, t.ent_type_) for t in doc] for doc in parse(texts, disable=excluded)]
    old = load_nlp(excluded)
    assert not reload_if_grown(excluded)  # nowhere near a million new strings
    assert reload_if_grown(excluded, max_new=0)  # the parses above added strings
    fresh = load_nlp(excluded)
    assert fresh is not old and len(fresh.vocab.strings) < len(old.vocab.strings)
    after = [[(t.dep_, t.head.i, t.ent_type_) for t in doc] for doc in parse(texts, disable=excluded)]
    assert after == before


def test_worker_heap_is_frozen_and_a_reloaded_model_is_freed():
    # After loading, a worker's long-lived objects leave the collector's sight (gc.freeze), and
    # a model dropped for a grown vocabulary is still freed: the heap is unfrozen first, or the
    # old pipeline's reference cycles would stay frozen (some 6,000 objects per reload).
    import gc

    from detente.engines.worker import YOUNG_COLLECTION, _reload_model, settle_heap
    from detente.nlp import reload_if_grown

    excluded = spacy_exclusions()
    thresholds = gc.get_threshold()
    try:
        gc.unfreeze()  # earlier tests may have loaded (and frozen) workers in this process
        load_nlp(excluded)
        settle_heap()
        frozen = gc.get_freeze_count()
        assert frozen > 10_000
        assert gc.get_threshold() == (YOUNG_COLLECTION, *thresholds[1:])  # fewer young collections
        for k in range(2):
            load_nlp(excluded).vocab.strings.add(f"detente-test-string-{k}")
            assert reload_if_grown(excluded, max_new=0)
            _reload_model(excluded)
        assert gc.get_freeze_count() < frozen + 1_000
    finally:
        gc.unfreeze()
        gc.set_threshold(*thresholds)
