"""Gold sets coded by several annotators on dealt items (rounds 12-14 of the event gold, issue 13
rounds 24-25): the deal, the assembly of the owners' parts into the halves, and the agreement on the items
coded twice. Each round's ``draw.py`` draws, splits and deals with :func:`draw_dealt`; its annotators' writers
(``source/write*.py``) call :func:`write_part`; its ``assemble.py`` calls :func:`main`.

Deal: annotator ``k`` takes the items ``k, k+n, ...`` of each half (n annotators, by position in the
drawn order) and codes, blind, the first ``overlap`` items of each half of the next annotator's deal.

Assembly: ``parts/{name}.{tune,check}.jsonl`` hold each annotator's own items; they are written,
unchanged, into ``tune.jsonl`` and ``check.jsonl`` in the order of the ``*.articles.jsonl`` files, each
item from the annotator it was dealt to. An item missing from every part stops the assembly with its
id (a half-annotated set is never written).

Agreement: ``parts/X.twice.jsonl`` holds annotator X's blind coding of the next annotator's first
items. For each such item, the owner's records and X's records are filed as gold articles
(``detente.evaluate.articles.add_record``: required triples and the triples each accepts through
optional records and alternatives) and compared both ways as the evaluator scores a system: a
required (type, source country, target country) triple of one annotator "agrees" when it is among the
triples the other annotator's records accept (symmetric types either way round). Printed per pair and
pooled: the fraction of X's required triples the owner accepts (as a precision) and the fraction of
the owner's required triples X accepts (as a recall) -- the ceiling a coder scored by this gold meets.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

from detente.evaluate.articles import GoldArticle, add_record, keys

HALVES = ("tune", "check")


def deal(halves: dict[str, list[dict]], names: tuple[str, ...], overlap: int) -> dict[str, dict[str, list[str]]]:
    """Each annotator's own items per half, and the items it codes twice (the next annotator's
    first ``overlap`` items of each half)."""
    own = {name: {half: [a["id"] for a in arts[k::len(names)]] for half, arts in halves.items()}
           for k, name in enumerate(names)}
    out = {}
    for k, name in enumerate(names):
        nxt = own[names[(k + 1) % len(names)]]
        out[name] = {**own[name], "twice": [i for half in halves for i in nxt[half][:overlap]]}
    return out


def draw_dealt(folder: Path, seed: int, drawn: int, tune: int | None, names: tuple[str, ...], overlap: int,
               max_chars: int = 3000, min_words: int = 2) -> None:
    """Draw a round's Current Events items and split them (``drawlib.draw_current_events``), then deal
    them (:func:`deal`) into ``deal.json`` (rounds 12-15's ``draw.py``)."""
    from drawlib import draw_current_events

    halves = draw_current_events(folder, seed, drawn, tune, max_chars, min_words)
    (folder / "deal.json").write_text(json.dumps(deal(halves, names, overlap), indent=1) + "\n", encoding="utf-8")


def write_part(folder: Path, annotator: str, part: str, ann: dict) -> None:
    """Write ``folder/parts/<annotator>.<part>.jsonl`` from an annotator's hand-written records ``ann``
    (item id -> records as round 3's ``rec`` takes them): one line per annotated item of
    ``deal.json[annotator][part]``, in the deal's order; an item left unannotated is absent, never
    half-written. Round 3's writer (``gold/events/round3/source/write.py``: expands each record's
    fragment to its sentence, checks that the trigger and each side's words stand in it, builds the
    records of gold/FORMAT.md) is loaded as a module of its own, pointed at ``folder``."""
    spec = importlib.util.spec_from_file_location(f"{folder.name}_writer",
                                                  folder.parent / "round3" / "source" / "write.py")
    writer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(writer)
    writer.D = folder
    ids = json.loads((folder / "deal.json").read_text(encoding="utf-8"))[annotator][part]
    assert set(ann) <= set(ids), set(ann) - set(ids)
    texts = {a["id"]: a["text"] for half in HALVES for a in lines(folder / f"{half}.articles.jsonl")}
    out = folder / "parts" / f"{annotator}.{part}.jsonl"
    out.parent.mkdir(exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for i in (i for i in ids if i in ann):
            events = [writer.rec(texts[i], *r[:5], **(r[5] if len(r) > 5 else {})) for r in ann[i]]
            fh.write(json.dumps({"id": i, "events": events}, ensure_ascii=False) + "\n")
    print(annotator, part, len(ann), "of", len(ids), "items,", sum(len(v) for v in ann.values()), "records; left:",
          [i for i in ids if i not in ann])


def lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def filed(item: dict) -> GoldArticle:
    article = GoldArticle(item["id"], "", None, "")
    for record in item.get("events") or []:
        add_record(article, record)
    return article


def agree(one: GoldArticle, other: GoldArticle) -> tuple[int, int]:
    """(required triples of ``one`` that ``other`` accepts, required triples of ``one``)."""
    accepted = {k for t in other.accepted for k in keys(t)}
    return sum(bool({k for t in accepts for k in keys(t)} & accepted) for accepts in one.required.values()), \
        len(one.required)


def assemble(folder: Path, deal: dict, out: Path) -> None:
    """Write ``out/{tune,check}.jsonl`` from the owners' parts in ``folder/parts``."""
    for half in HALVES:
        owner = {i: name for name, own in deal.items() for i in own[half]}
        parts = {name: {d["id"]: d for d in lines(folder / "parts" / f"{name}.{half}.jsonl")}
                 for name in deal if (folder / "parts" / f"{name}.{half}.jsonl").exists()}
        order = [a["id"] for a in lines(folder / f"{half}.articles.jsonl")]
        missing = [i for i in order if i not in parts.get(owner[i], {})]
        if missing:
            sys.exit(f"{half}: no annotation yet for {len(missing)} items: {', '.join(missing)}")
        with (out / f"{half}.jsonl").open("w", encoding="utf-8") as fh:
            for i in order:
                fh.write(json.dumps(parts[owner[i]][i], ensure_ascii=False) + "\n")
        print(half, len(order), "items written")


def agreement(folder: Path, deal: dict) -> None:
    names = list(deal)
    pooled = [0, 0, 0, 0]
    for k, name in enumerate(names):
        owner = names[(k + 1) % len(names)]
        theirs = {d["id"]: d for half in HALVES for d in lines(folder / "parts" / f"{owner}.{half}.jsonl")}
        ours = lines(folder / "parts" / f"{name}.twice.jsonl")
        counts = [0, 0, 0, 0]
        for item in ours:
            mine, own = filed(item), filed(theirs[item["id"]])
            a, n = agree(mine, own)
            b, m = agree(own, mine)
            counts = [counts[0] + a, counts[1] + n, counts[2] + b, counts[3] + m]
        pooled = [p + c for p, c in zip(pooled, counts, strict=True)]
        print(f"{name} coding {owner}'s {len(ours)} items: {name}'s required accepted by {owner} "
              f"{counts[0]}/{counts[1]}, {owner}'s required accepted by {name} {counts[2]}/{counts[3]}")
    p, r = pooled[0] / max(pooled[1], 1), pooled[2] / max(pooled[3], 1)
    print(f"pooled: as precision {p:.3f} ({pooled[0]}/{pooled[1]}), as recall {r:.3f} ({pooled[2]}/{pooled[3]}), "
          f"F1 {2 * p * r / max(p + r, 1e-9):.3f}")


def main(folder: Path, argv: list[str]) -> None:
    """``assemble.py [OUT_DIR]``: the halves written to OUT_DIR (default: the round's folder), then
    the agreement printed."""
    deal_ = json.loads((folder / "deal.json").read_text(encoding="utf-8"))
    assemble(folder, deal_, Path(argv[0]) if argv else folder)
    agreement(folder, deal_)
