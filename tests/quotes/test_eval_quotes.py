"""Evaluation gates on PolNeAR (skipped when ../shared/data is absent).

Floors sit a little under the figures measured on 2026-11-30 (docs/accuracy/quotes.md); a
drop below them fails. The fast gate scores the first 8 articles by name (~15 s); the full
test split (84 articles, ~40-90 s) is marked slow.
"""

from __future__ import annotations

import pytest

from detente.evaluate.quotes import evaluate, read_ann, read_gold, split_parts
from tests.conftest import shared_data


def test_brat_reader_resolves_spans_defined_after_use_and_discontinuous(tmp_path):
    # a relation that uses T3 before T3 is defined, a discontinuous content and a Content2
    text = 'Obama said "we will win," and added "it is done."'
    ann = tmp_path / "a_0000.ann"
    ann.write_text(
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
        "T1\tSource 0 5\tObama\nT2\tCue 6 10\tsaid\n"
        "T3\tContent 11 25;36 49\t\"we will win,\" \"it is done.\"\nT4\tAttribution 6 10\tsaid\n"
        "E2\tAttribution:T6 Content:T5 Content2:T7 Cue:T2\n"
        "T5\tContent 30 35\tadded\nT6\tAttribution 6 10\tsaid\nT7\tContent 36 49\t\"it is done.\"\n",
        encoding="utf-8")
    first, second = read_ann(ann, text)
    assert first.content == ((11, 25), (36, 49)) and first.direct and first.source == ((0, 5),)
    assert second.content == ((30, 35), (36, 49)) and not second.direct and second.source == ()


def test_fast_gate_on_eight_articles():
    gold = shared_data("quotes", "polnear_test")
    assert len(read_gold(gold)) == 84
    m = evaluate(gold, baseline=True, articles=8).metrics
    # measured 2026-11-30: direct .875 / speaker .894 (textacy .610); lenient .955 / .955;
    # all content overlap .674
    assert m["direct_content_overlap_f1"] >= 0.85
    assert m["direct_speaker_f1"] >= 0.87
    assert m["direct_lenient_content_overlap_f1"] >= 0.93
    assert m["all_content_overlap_f1"] >= 0.65
    assert m["direct_speaker_f1"] >= m["textacy_direct_speaker_f1"] + 0.20


@pytest.mark.slow
def test_full_polnear_test_split():
    gold = shared_data("quotes", "polnear_test")
    m = evaluate(gold, baseline=True).metrics
    # measured 2026-11-30: direct content overlap .900, speaker .873 (textacy .750 / .722);
    # lenient .935 / .904; all content overlap .674
    assert m["direct_content_overlap_f1"] >= 0.89
    assert m["direct_speaker_f1"] >= 0.86
    assert m["direct_lenient_content_overlap_f1"] >= 0.92
    assert m["direct_lenient_speaker_f1"] >= 0.89
    assert m["all_content_overlap_f1"] >= 0.66
    assert m["direct_speaker_f1"] >= m["textacy_direct_speaker_f1"] + 0.14


def test_dev_error_listing_never_shows_the_check_part():
    # the PolNeAR error table lists direct speaker errors of dev articles only
    docs = read_gold(shared_data("quotes", "polnear_test"))[:6]
    report = evaluate(shared_data("quotes", "polnear_test"), baseline=False, articles=6,
                      errors=True)
    check = {a.name for a in split_parts(docs)["check"]}
    table = next((t for t in report.tables if t.title.startswith("direct speaker errors")), None)
    assert table is None or not any(row[0] in check for row in table.rows)


def test_whole_puts_every_article_of_a_tune_folder_in_the_dev_part():
    # ``--whole`` (round 20): a tune folder such as a drawn part of PolNeAR's train split
    # (gold/quotes/polnear_train) is scored and its errors listed as one dev part
    docs = read_gold(shared_data("quotes", "polnear_test"))[:6]
    parts = split_parts(docs, whole=True)
    assert parts["dev"] == docs and parts["check"] == []
    assert split_parts(docs)["check"] == docs[1::2]  # the test folder's split is unchanged
