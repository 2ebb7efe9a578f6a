"""The JSON contract of `detente code` on the founding article: shape and evidence."""

from __future__ import annotations

import json


def test_contract_shape(geneva_coded):
    d = json.loads(json.dumps(geneva_coded.to_dict()))
    assert list(d) == ["article", "sentences", "mentions", "events", "quotes", "times", "places", "tone", "date_estimate"]
    assert set(d["article"]) >= {"id", "title", "date", "date_source"}
    assert set(d["tone"]) >= {"score", "label", "avg_tone", "positive", "negative", "words"}
    text = geneva_coded.article.text
    for s in d["sentences"]:
        assert set(s) == {"index", "start", "end", "tone"} and 0 <= s["start"] < s["end"] <= len(text)
        assert s["tone"]["label"] in {"positive", "neutral", "negative"}
        for w in s["tone"]["evidence"]:
            assert s["start"] <= w["start"] < w["end"] <= s["end"] and w["valence"] != 0
    for m in d["mentions"]:
        assert text[m["start"]:m["end"]] == m["text"]
        assert m["actor"] is None or set(m["actor"]) >= {"country", "sector", "code", "name"}
    for e in d["events"]:
        assert {"type", "cameo", "goldstein", "quad", "mode", "context", "source", "target", "date",
                "date_precision", "location", "sentence", "start", "end", "trigger", "evidence",
                "rule"} <= set(e)
        sent = d["sentences"][e["sentence"]]
        assert e["evidence"] == text[sent["start"]:sent["end"]]
        assert text[e["trigger_start"]:e["trigger_end"]] == e["trigger"]
        assert e["rule"]
        assert e["tone"] == sent["tone"]["score"]
    for q in d["quotes"]:
        assert {"content", "start", "end", "direct", "cue", "speaker", "tone"} <= set(q)
        assert -1 <= q["tone"]["score"] <= 1
    for t in d["times"]:
        assert text[t["start"]:t["end"]] == t["text"]
    for p in d["places"]:
        assert text[p["start"]:p["end"]] == p["text"]
