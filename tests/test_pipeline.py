"""The stage registry, the contract check at start-up, and a failing stage named in its
article's rejection."""

from __future__ import annotations

import pytest

from detente import pipeline
from detente.engines import worker
from detente.errors import PipelineError
from detente.readers import article_from_text
from detente.records import Rejection
from detente.stage import Stage, check_contracts


def _noop(coded, resources) -> None:
    return None


def test_registry_builds_every_stage_in_order():
    assert [s.name for s in pipeline.STAGES] == list(pipeline.STAGE_PACKAGES)


def test_reading_what_nobody_writes_fails_at_build():
    stages = [Stage("early", reads=("doc", "events"), writes=("mentions",), run=_noop),
              Stage("late", reads=("doc",), writes=("events",), run=_noop)]
    with pytest.raises(PipelineError, match="early reads 'events'"):
        check_contracts(stages)
    with pytest.raises(PipelineError, match="not a CodedArticle field"):
        check_contracts([Stage("typo", reads=("mention",), writes=(), run=_noop)])
    check_contracts(list(reversed(stages)))


def test_failing_stage_is_named_in_the_rejection(monkeypatch):
    def broken(coded, resources):
        raise ValueError("boom")

    # the last stage (places) breaks on every article
    stages = (*pipeline.STAGES[:-1], Stage("places", reads=("events",), writes=(), run=broken))
    monkeypatch.setattr(pipeline, "STAGES", stages)
    art = article_from_text("Russia and Ukraine agreed to talk.", date="2021-06-16", id="x1")
    result = worker.code_chunk([art], (), 32).coded[0]
    assert isinstance(result, Rejection)
    assert (result.stage, result.article_id) == ("places", "x1")
    assert result.reason == "places failed: ValueError: boom"
