"""Quote attribution scored on PolNeAR (brat standoff), with textacy side by side.

Gold: each ``attributions/*.ann`` file holds Source/Cue/Content spans tied by an
``Attribution`` relation; an article annotated by several people has one file each (the
4-hex suffix). Counts are taken against each file of an article and averaged, then summed
over articles. Spans may be defined after the relation that uses them, may be
discontinuous (``s e;s e``) and a relation may carry a ``Content2``.

One attribution is one cue: detente's quotes that share a cue (a quote split around ``he
said``; a partial quote inside a reported clause) are one attribution with several content
segments, as in the gold; the same grouping is applied to textacy's triples. A system
attribution is direct when its first segment is a quoted span; a gold one when its content
starts with a quote mark. Direct quotes are scored twice: strictly (every system direct
attribution counts, the scoring of the textacy baseline in ``../shared/data/NOTES.md``) and
leniently (a system quote inside a gold reported clause that overlaps no gold direct quote
is left out); see ``scoped``.

Matching is one to one: content overlap pairs attributions whose content segments share a
character (largest overlap first); content exact compares the outer bounds after trimming
spaces, quote marks and end punctuation. Cue and speaker are scored over the overlap pairs:
a hit needs the system span to overlap the gold span; every system (gold) attribution that
has a cue or speaker and is not a hit is a false positive (negative).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from detente.evaluate import Report, Table, prf
from detente.nlp import span_at
from detente.records import Quote

Segments = tuple[tuple[int, int], ...]
QUOTE_OPENERS = "\"“‘'«"
TRIM = " \t\n\"'“”‘’«»,.;:!?—–-"
METRICS = ("content_overlap", "content_exact", "cue", "speaker")
ANN_NAME_RE = re.compile(r"^(?P<article>.+)_(?P<annotator>[0-9a-f]{4})\.ann$")


@dataclass(frozen=True)
class Attribution:
    """One attribution of gold or system: content segments, cue and source spans."""

    content: Segments
    cue: Segments = ()
    source: Segments = ()
    direct: bool = False


@dataclass
class GoldArticle:
    """An article's text and its annotation files (one list of attributions per annotator)."""

    name: str
    text: str
    annotations: dict[str, list[Attribution]] = field(default_factory=dict)


def _segments(spec: str) -> Segments:
    """``"12 20;25 30"`` -> ``((12, 20), (25, 30))``."""
    return tuple(sorted((int(a), int(b)) for a, b in (p.split() for p in spec.split(";"))))


def read_ann(path: Path, text: str) -> list[Attribution]:
    """Attributions of one brat file; reads every span first (some are used before defined)."""
    spans: dict[str, Segments] = {}
    relations: list[dict[str, list[str]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            spans[parts[0]] = _segments(parts[1].split(" ", 1)[1])
        elif line.startswith("E") and len(parts) >= 2:
            roles: dict[str, list[str]] = {}
            for arg in parts[1].split()[1:]:
                role, ref = arg.split(":", 1)
                roles.setdefault(role.rstrip("0123456789"), []).append(ref)
            relations.append(roles)
    out = []
    for roles in relations:
        content = tuple(sorted(s for ref in roles.get("Content", []) for s in spans.get(ref, ())))
        if not content:
            continue
        cue = tuple(s for ref in roles.get("Cue", []) for s in spans.get(ref, ()))
        source = tuple(s for ref in roles.get("Source", []) for s in spans.get(ref, ()))
        first = text[content[0][0]:content[0][1]].lstrip()
        out.append(Attribution(content, cue, source, first[:1] in QUOTE_OPENERS))
    return out


def read_gold(folder: Path) -> list[GoldArticle]:
    """Articles of a PolNeAR split (``text/NAME.txt`` + ``attributions/NAME_XXXX.ann``), by name."""
    articles: dict[str, GoldArticle] = {}
    for ann in sorted((folder / "attributions").glob("*.ann")):
        match = ANN_NAME_RE.match(ann.name)
        if match is None:
            continue
        name = match["article"]
        if name not in articles:
            text = (folder / "text" / f"{name}.txt").read_text(encoding="utf-8")
            articles[name] = GoldArticle(name, text)
        art = articles[name]
        art.annotations[match["annotator"]] = read_ann(ann, art.text)
    return [articles[k] for k in sorted(articles)]


def _overlap(a: Segments, b: Segments) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def _bounds(text: str, segs: Segments) -> tuple[int, int]:
    start, end = segs[0][0], max(e for _, e in segs)
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    return start, end


def _pairs(system: list[Attribution], gold: list[Attribution]) -> list[tuple[int, int]]:
    """One-to-one pairs of overlapping content, largest overlap first."""
    scored = [(_overlap(s.content, g.content), i, j)
              for i, s in enumerate(system) for j, g in enumerate(gold)]
    used_s: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _size, i, j in sorted((x for x in scored if x[0] > 0), reverse=True):
        if i not in used_s and j not in used_g:
            used_s.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


def count(text: str, system: list[Attribution], gold: list[Attribution]) -> dict[str, list[int]]:
    """``{metric: [tp, fp, fn]}`` for one article against one annotation file."""
    pairs = _pairs(system, gold)
    gold_bounds = {_bounds(text, g.content) for g in gold}
    exact = sum(1 for s in system if _bounds(text, s.content) in gold_bounds)
    out = {"content_overlap": [len(pairs), len(system) - len(pairs), len(gold) - len(pairs)],
           "content_exact": [exact, len(system) - exact, len(gold) - exact]}
    for metric, side in (("cue", "cue"), ("speaker", "source")):
        hits = sum(1 for i, j in pairs if getattr(system[i], side) and getattr(gold[j], side)
                   and _overlap(getattr(system[i], side), getattr(gold[j], side)) > 0)
        n_sys = sum(1 for s in system if getattr(s, side))
        n_gold = sum(1 for g in gold if getattr(g, side))
        out[metric] = [hits, n_sys - hits, n_gold - hits]
    return out


def group_quotes(quotes: Iterable[Quote]) -> list[Attribution]:
    """detente quotes -> attributions, one per cue (quotes without a cue stand alone)."""
    groups: dict[object, list[Quote]] = {}
    for n, q in enumerate(quotes):
        key = (q.cue_start, q.cue_end) if q.cue_start is not None else ("alone", n)
        groups.setdefault(key, []).append(q)
    out = []
    for members in groups.values():
        members.sort(key=lambda q: (q.start, -q.end))
        lead = members[0]
        cue = ((lead.cue_start, lead.cue_end),) if lead.cue_start is not None else ()
        sp = lead.speaker
        source = ((sp.start, sp.end),) if sp is not None and sp.start is not None else ()
        content = tuple(sorted((q.start, q.end) for q in members))
        direct = lead.direct or lead.content[:1] in QUOTE_OPENERS
        out.append(Attribution(content, cue, source, direct))
    return out


def _token_bounds(tokens, offset: int) -> Segments:
    if not tokens:
        return ()
    first, last = min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)
    return ((first + offset, last + offset),)


def textacy_attributions(doc, text: str, lemmatize) -> list[Attribution]:
    """textacy 0.13 ``direct_quotations`` run per paragraph on slices of the same parse.

    textacy raises on a text with an odd number of quote marks; that paragraph then yields
    nothing (as textacy gives it). Triples sharing a cue are one attribution.
    """
    from textacy.extract.triples import direct_quotations

    found: dict[tuple[int, int], list] = {}
    for para in re.finditer(r"[^\n]+", text):
        span = span_at(doc, para.start(), para.end())
        if span is None or not len(span):
            continue
        sub = lemmatize(span.as_doc())
        offset = span.start_char
        try:
            triples = list(direct_quotations(sub))
        except ValueError:
            continue
        for t in triples:
            cue = _token_bounds(t.cue, offset)
            found.setdefault(cue[0], []).append((t, offset))
    out = []
    for cue, triples in found.items():
        content = tuple(sorted(_token_bounds(t.content, off)[0] for t, off in triples))
        t, off = triples[0]
        out.append(Attribution(content, (cue,), _token_bounds(t.speaker, off), True))
    return out


@dataclass
class Tally:
    """Counts per metric summed over articles (each averaged over its annotators)."""

    counts: dict[str, list[float]] = field(
        default_factory=lambda: {m: [0.0, 0.0, 0.0] for m in METRICS})

    def add(self, text: str, system: list[Attribution], gold: list[Attribution], weight: float):
        for metric, (tp, fp, fn) in count(text, system, gold).items():
            row = self.counts[metric]
            row[0] += tp * weight
            row[1] += fp * weight
            row[2] += fn * weight

    def scores(self, metric: str) -> dict[str, float]:
        tp, fp, fn = self.counts[metric]
        return prf(tp, fp, fn)


def _parsed(articles: list[GoldArticle]) -> Iterator[tuple[GoldArticle, list[Quote], object]]:
    """Code every article once (the parse is kept for textacy)."""
    from detente.pipeline import code_articles
    from detente.readers import article_from_text

    inputs = [article_from_text(a.text, id=a.name, date="2016-11-01") for a in articles]
    for art, coded in zip(articles, code_articles(inputs, keep_doc=True), strict=True):
        yield art, coded.quotes, coded.doc


def _lemmatizer():
    """The pipeline's rule lemmatizer (textacy matches cue verbs by lemma; detente does not)."""
    from detente.nlp import load_nlp

    return load_nlp().get_pipe("lemmatizer")


SCOPES = ("direct", "direct_lenient", "all")
SCOPE_TITLES = {
    "direct": "direct quotes (gold content starts with a quote mark; every system direct "
              "attribution counts, as in ../shared/data/NOTES.md)",
    "direct_lenient": "direct quotes, lenient: a system quote inside a gold reported clause "
                      "that overlaps no gold direct quote is left out",
    "all": "all attributions",
}


def _inside(a: Attribution, b: Attribution) -> bool:
    size = sum(e - s for s, e in a.content)
    return size > 0 and _overlap(a.content, b.content) * 2 >= size


def scoped(system: list[Attribution], gold: list[Attribution], scope: str):
    """System and gold attributions of a scope.

    ``direct``: direct system attributions against gold direct ones. ``direct_lenient``: the
    same, leaving out a system quote that lies inside a gold reported clause and overlaps no
    gold direct quote (PolNeAR annotates ``said relations were "hard to say"`` as one
    indirect attribution, so a partial quote found alone is not an error there). ``all``:
    everything.
    """
    if scope == "all":
        return system, gold
    direct_gold = [g for g in gold if g.direct]
    direct_system = [s for s in system if s.direct]
    if scope == "direct":
        return direct_system, direct_gold
    reported = [g for g in gold if not g.direct]
    kept = [s for s in direct_system if any(_overlap(s.content, g.content) for g in direct_gold)
            or not any(_inside(s, g) for g in reported)]
    return kept, direct_gold


def split_parts(articles: list[GoldArticle], whole: bool = False) -> dict[str, list[GoldArticle]]:
    """Development part (even positions by name) and check part (odd positions); with ``whole``
    every article is in the development part (a folder that is tune material as a whole, such
    as a drawn part of PolNeAR's train split, ``gold/quotes/polnear_train``)."""
    if whole:
        return {"dev": list(articles), "check": []}
    return {"dev": articles[0::2], "check": articles[1::2]}


def _snippet(text: str, segs: Segments, width: int = 60) -> str:
    if not segs:
        return "-"
    start, end = segs[0][0], max(e for _, e in segs)
    body = " ".join(text[start:end].split())
    return body if len(body) <= width else f"{body[:width - 3]}..."


def speaker_errors(art: GoldArticle, system: list[Attribution]) -> list[list[str]]:
    """Direct-quote speaker errors of one article against its first annotation file: rows
    ``[article, kind, content, system speaker, gold speaker]`` (kind ``wrong``, ``missed``:
    a gold direct quote with a source that no system quote pairs, ``extra``: a system direct
    quote with a speaker that no gold direct quote pairs)."""
    gold_file = art.annotations[min(art.annotations)]
    mine, gold = scoped(system, gold_file, "direct")
    pairs = dict(_pairs(mine, gold))
    paired_gold = set(pairs.values())
    rows = []
    for i, s in enumerate(mine):
        j = pairs.get(i)
        if j is None:
            if s.source:
                rows.append([art.name, "extra", _snippet(art.text, s.content),
                             _snippet(art.text, s.source, 30), "-"])
            continue
        g = gold[j]
        if g.source and not (s.source and _overlap(s.source, g.source)):
            rows.append([art.name, "wrong", _snippet(art.text, g.content),
                         _snippet(art.text, s.source, 30), _snippet(art.text, g.source, 30)])
    rows += [[art.name, "missed", _snippet(art.text, g.content), "-",
              _snippet(art.text, g.source, 30)]
             for j, g in enumerate(gold) if j not in paired_gold and g.source]
    return rows


def _score(articles, baseline: bool, errors: list | None = None,
           whole: bool = False) -> dict[tuple[str, str, str], Tally]:
    """Tallies keyed by (system, scope, part); ``errors`` collects the dev part's direct
    speaker errors (``speaker_errors``), never the check part's."""
    parts = {a.name: part for part, arts in split_parts(articles, whole).items() for a in arts}
    systems = ("detente", "textacy") if baseline else ("detente",)
    tallies = {(s, sc, p): Tally() for s in systems for sc in SCOPES for p in ("all", "dev", "check")}
    lemmatize = _lemmatizer() if baseline else None
    for art, quotes, doc in _parsed(articles):
        outputs = {"detente": group_quotes(quotes)}
        if errors is not None and parts[art.name] == "dev":
            errors += speaker_errors(art, outputs["detente"])
        if baseline:
            outputs["textacy"] = textacy_attributions(doc, art.text, lemmatize)
        for system, attributions in outputs.items():
            weight = 1 / len(art.annotations)
            for scope, gold_file in ((sc, g) for sc in SCOPES for g in art.annotations.values()):
                mine, gold = scoped(attributions, gold_file, scope)
                for part in ("all", parts[art.name]):
                    tallies[(system, scope, part)].add(art.text, mine, gold, weight)
    return tallies


def evaluate(gold: Path | None = None, baseline: bool = True, articles: int | None = None,
             speakers: Path | None = None, errors: bool = False, whole: bool = False) -> Report:
    """Score detente's quotes (and textacy's, with ``baseline``) on a PolNeAR folder, and
    speaker accuracy per half on detente's own gold folder ``speakers`` (``gold/quotes``;
    ``errors`` lists the dev halves' wrong speakers, of both gold sets).

    ``articles`` limits the run to the first N articles by name (the fast test gate).
    ``whole`` counts every PolNeAR article in the dev part (and lists its errors with
    ``errors``): for tune material such as ``gold/quotes/polnear_train`` (never for the test
    folder, whose odd positions are the held-out check part).

    >>> report = evaluate(Path("../shared/data/quotes/polnear_test"), articles=2)  # doctest: +SKIP
    """
    report = Report(task="quotes", gold=", ".join(str(g) for g in (gold, speakers) if g))
    if gold is not None:
        _polnear(report, Path(gold), baseline, articles, errors, whole)
    if speakers is not None:
        from detente.evaluate.speakers import add_to

        add_to(report, Path(speakers), show_errors=errors)
    return report


def _polnear(report: Report, gold: Path, baseline: bool, articles: int | None,
             show_errors: bool = False, whole: bool = False) -> None:
    docs = read_gold(gold)
    if articles is not None:
        docs = docs[:articles]
    errors: list | None = [] if show_errors else None
    tallies = _score(docs, baseline, errors, whole)
    systems = sorted({k[0] for k in tallies})
    for scope in SCOPES:
        rows = []
        for system in systems:
            for metric in METRICS:
                s = tallies[(system, scope, "all")].scores(metric)
                report.metrics[f"{_prefix(system)}{scope}_{metric}_f1"] = s["f1"]
                rows.append([system, metric, s["precision"], s["recall"], s["f1"],
                             round(s["tp"], 1), round(s["fp"], 1), round(s["fn"], 1)])
        columns = ["system", "metric", "P", "R", "F1", "tp", "fp", "fn"]
        report.tables.append(Table(SCOPE_TITLES[scope], columns, rows))
    for part in ("dev", "check"):
        report.metrics[f"{part}_direct_speaker_f1"] = tallies[
            ("detente", "direct", part)].scores("speaker")["f1"]
    report.tables.append(_parts_table(tallies, systems))
    if errors:
        report.tables.append(Table("direct speaker errors, dev part only (first annotation file)",
                                   ["article", "kind", "content", "detente speaker",
                                    "gold speaker"], errors))
    report.notes += _notes(docs, baseline)


def _prefix(system: str) -> str:
    return "" if system == "detente" else f"{system}_"


def _parts_table(tallies, systems) -> Table:
    rows = []
    for part in ("dev", "check"):
        for system in systems:
            rows.append([part, system] + [
                tallies[(system, scope, part)].scores(metric)["f1"]
                for scope in ("direct", "all") for metric in ("content_overlap", "speaker")])
    return Table("F1 by part (dev = even positions by name, used to write the rules; "
                 "check = odd positions, held out)",
                 ["part", "system", "direct content overlap", "direct speaker",
                  "all content overlap", "all speaker"], rows)


def _notes(docs: list[GoldArticle], baseline: bool) -> list[str]:
    files = sum(len(a.annotations) for a in docs)
    notes = [f"{len(docs)} articles, {files} annotation files; counts are averaged over the "
             "annotation files of each article, then summed.",
             "One attribution per cue; content overlap pairs attributions one to one by largest "
             "character overlap; exact compares outer bounds trimmed of spaces, quote marks "
             "and end punctuation; cue and speaker count over the overlap pairs."]
    if baseline:
        notes.append("textacy 0.13 extract.triples.direct_quotations, one call per paragraph on "
                     "slices of the same parses (lemmas added by the pipeline's lemmatizer); a "
                     "paragraph with an odd number of quote marks yields nothing.")
    return notes
