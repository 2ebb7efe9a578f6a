"""Writer of the round-3 event gold: expands each record's fragment to its sentence, checks that
the trigger and each side's words stand in it, and writes {tune,check}.jsonl in gold/FORMAT.md.
The records themselves are in tune.py and check.py (written by hand from the texts alone)."""
import json, re
from pathlib import Path
D = Path(__file__).resolve().parents[1]

def sentence(text, frag):
    i = text.find(frag)
    assert i >= 0, frag
    assert text.find(frag, i + 1) < 0, ('twice', frag)
    starts = [0] + [m.end() for m in re.finditer(r'(?<=[.!?"\)])\s+(?=[A-Z"])|\n+', text)]
    s = max(x for x in starts if x <= i)
    ends = [m.start() + 1 for m in re.finditer(r'[.!?](?=["\)]?(\s|$))', text) if m.start() + 1 > i + len(frag) - 1]
    e = min(ends) if ends else len(text)
    while e < len(text) and text[e] in '"\'':
        e += 1
    return text[s:e].strip()

def side(v):
    if v is None: return None
    c, s, t = (list(v) + [None, None, None])[:3]
    return {"country": c, "sector": s, "text": t}

def rec(text, frag, trig, typ, src, tgt, *, opt=False, neg=False, rep=False, alts=(), repeat=None, note=""):
    sent = sentence(text, frag)
    assert trig in sent, (trig, sent)
    for v in (src, tgt):
        if v and v[2]: assert v[2] in sent, (v[2], sent)
    return {"sentence": sent, "trigger": trig, "type": typ, "source": side(src), "target": side(tgt),
            "negated": neg, "reported": rep, "optional": opt,
            "alternatives": [dict(zip(("type", "source", "target"), a)) if len(a) == 3 else a for a in alts],
            "repeat_of": repeat, "note": note}

def write(half, ann):
    arts = [json.loads(l) for l in (D / f'{half}.articles.jsonl').read_text().splitlines()]
    ids = [a['id'] for a in arts]
    assert set(ann) <= set(ids), set(ann) - set(ids)
    with (D / f'{half}.jsonl').open('w') as fh:
        for a in arts:
            evs = [rec(a["text"], *r[:5], **(r[5] if len(r) > 5 else {})) for r in ann.get(a['id'], [])]
            fh.write(json.dumps({"id": a['id'], "events": evs}, ensure_ascii=False) + '\n')
    print(half, len(arts), sum(len(v) for v in ann.values()))
