"""Throughput benchmark: bare spaCy against detente end to end, on 1 and 2 worker processes
and on Dask with 2 local workers, in one run; writes docs/performance.md.

    .venv/bin/python benchmarks/throughput.py            # >= 5,000 articles, all engines
    .venv/bin/python benchmarks/throughput.py --articles 600 --no-write   # a quick look

The corpus is the bundled sample corpus (``samples/*/*.jsonl``) repeated until it holds
``--articles`` articles, each copy with new ids (so every copy is coded, and each copy is a
near-duplicate of the first: the dedup stage is exercised too). Words are
``len(text.split())``, counted the same way for spaCy and detente.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from itertools import cycle, islice
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "performance.md"
GIB = 1024**3
BARE, BARE2, ONE, TWO, DASK = ("bare spaCy nlp.pipe", "bare spaCy nlp.pipe, 2 processes",
                                "detente 1 worker", "detente 2 workers", "detente Dask 2 workers")
"""The configurations measured, by name."""


@dataclass
class Result:
    """One measured configuration."""

    name: str
    articles: int
    words: int
    seconds: float
    steady_seconds: float | None = None
    """Seconds from the first committed batch to the end (start-up excluded)."""
    steady_words: int = 0
    peak_rss: dict[str, int] = field(default_factory=dict)
    first_rss: dict[str, int] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    writer_cpu: float = 0.0
    """CPU seconds of the writer process (this one) during the run."""
    worker_cpu: float = 0.0
    """CPU seconds of the worker processes (start-up included); 0 when coding ran here."""
    load: str = ""
    """1-minute load average before and after this configuration ran."""

    @property
    def words_per_cpu_second(self) -> float:
        return self.words / max(self.writer_cpu + self.worker_cpu, 1e-9)

    @property
    def rate(self) -> float:
        return self.words / self.seconds

    @property
    def steady_rate(self) -> float | None:
        if not self.steady_seconds:
            return None
        return self.steady_words / self.steady_seconds


def build_corpus(path: Path, n_articles: int) -> None:
    """The sample corpus cycled to ``n_articles`` records with new ids per copy, written to
    ``path`` line by line (``long_run.py`` writes 100,000 this way)."""
    records = []
    for sample in sorted(ROOT.glob("samples/*/*.jsonl")):
        with sample.open(encoding="utf-8") as f:
            records.extend(json.loads(line) for line in f if line.strip())
    with path.open("w", encoding="utf-8") as out:
        for i, rec in enumerate(islice(cycle(records), n_articles)):
            out.write(json.dumps(dict(rec, id=f"{rec['id']}~{i // len(records)}"), ensure_ascii=False) + "\n")


def machine() -> dict[str, str]:
    """What the figures were measured on."""
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu = platform.processor() or cpu
    import duckdb
    import spacy

    from detente.nlp import model_version
    from detente.pipeline import STAGES, spacy_exclusions

    declared = sorted({c for stage in STAGES for c in stage.spacy_components})
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                                text=True, timeout=10).stdout.strip() or "unknown"
    except OSError:
        commit = "unknown"
    return {"commit": commit, "declared": ", ".join(declared), "excluded": ", ".join(spacy_exclusions()) or "none",
            "cpu": cpu, "cores": str(os.cpu_count()), "ram": f"{psutil.virtual_memory().total / GIB:.1f} GiB",
            "python": platform.python_version(), "spacy": spacy.__version__, "model": model_version(),
            "duckdb": duckdb.__version__, "load": "{:.1f} {:.1f} {:.1f}".format(*os.getloadavg())}


def bench_bare(texts: list[str], batch_size: int) -> Result:
    """``nlp.pipe`` alone: same model, same excluded components and same batches (at most
    ``batch_size`` texts and ``nlp.MAX_BATCH_CHARS`` characters) as detente, with spaCy's own
    components (``stock=True``)."""
    from detente.engines.worker import cpu_seconds, peak_rss_bytes
    from detente.nlp import batches, load_nlp
    from detente.pipeline import spacy_exclusions

    nlp = load_nlp(spacy_exclusions(), stock=True)  # spaCy as it ships, not detente.nlp.rules
    list(nlp.pipe(texts[:64], batch_size=batch_size))  # warm-up
    load0, cpu0 = os.getloadavg()[0], cpu_seconds()
    t0 = time.perf_counter()
    for group in batches(texts, batch_size):
        for _ in nlp.pipe(group, batch_size=len(group)):
            pass
    seconds = time.perf_counter() - t0
    return Result(BARE, len(texts), sum(len(t.split()) for t in texts), seconds,
                  peak_rss={"this process": peak_rss_bytes()}, writer_cpu=cpu_seconds() - cpu0,
                  load=f"{load0:.1f} -> {os.getloadavg()[0]:.1f}")


def _bare_process(texts: list[str], batch_size: int, barrier, out) -> None:
    """One process of ``bench_bare_parallel``: load, warm up, wait for the others, parse."""
    from detente.engines.worker import cpu_seconds, peak_rss_bytes
    from detente.nlp import batches, load_nlp
    from detente.pipeline import spacy_exclusions

    nlp = load_nlp(spacy_exclusions(), stock=True)  # spaCy as it ships, not detente.nlp.rules
    list(nlp.pipe(texts[:64], batch_size=batch_size))  # warm-up
    barrier.wait()
    t0, cpu0 = time.perf_counter(), cpu_seconds()
    for group in batches(texts, batch_size):
        for _ in nlp.pipe(group, batch_size=len(group)):
            pass
    out.put((time.perf_counter() - t0, cpu_seconds() - cpu0, peak_rss_bytes()))


def bench_bare_parallel(texts: list[str], batch_size: int, processes: int = 2) -> Result:
    """``nlp.pipe`` alone in ``processes`` processes at once, each on every n-th text, timed
    from a common start (model loading excluded) to the last one's end: what this machine
    gives two CPU-bound spaCy processes, the ceiling of any 2-worker speed-up here."""
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")
    barrier, out = ctx.Barrier(processes), ctx.Queue()
    procs = [ctx.Process(target=_bare_process, args=(texts[k::processes], batch_size, barrier, out))
             for k in range(processes)]
    load0 = os.getloadavg()[0]
    for proc in procs:
        proc.start()
    done = [out.get() for _ in procs]
    for proc in procs:
        proc.join()
    return Result(BARE2 if processes == 2 else f"{BARE}, {processes} processes", len(texts),
                  sum(len(t.split()) for t in texts), max(d[0] for d in done),
                  peak_rss={f"process {k}": d[2] for k, d in enumerate(done)},
                  worker_cpu=sum(d[1] for d in done), load=f"{load0:.1f} -> {os.getloadavg()[0]:.1f}")


def bench_ingest(name: str, corpus: Path, folder: Path, *, engine: str, workers: int,
                 batch_size: int) -> Result:
    """One ``detente.ingest_paths`` run into a fresh database, timed from the call to the return."""
    from detente.engines import EngineStats
    from detente.ingest import ingest_paths

    stats = EngineStats()
    marks: list[tuple[float, int]] = []
    me = psutil.Process()
    load0, cpu0 = os.getloadavg()[0], sum(me.cpu_times()[:2])
    t0 = time.perf_counter()
    report = ingest_paths([corpus], db=folder / f"{name.replace(' ', '_')}.duckdb", engine=engine,
                    workers=workers, batch_size=batch_size, chunk_size=256, stats=stats,
                    progress=lambda r: marks.append((time.perf_counter(), r.words)))
    seconds = time.perf_counter() - t0
    result = Result(name, report.coded, report.words, seconds, peak_rss=dict(stats.peak_rss),
                    first_rss=dict(stats.first_rss), timings=dict(stats.timings),
                    writer_cpu=sum(me.cpu_times()[:2]) - cpu0,
                    worker_cpu=sum(cpu for w, cpu in stats.cpu.items() if not w.endswith(f":{os.getpid()}")),
                    load=f"{load0:.1f} -> {os.getloadavg()[0]:.1f}")
    if len(marks) > 1:
        result.steady_seconds = marks[-1][0] - marks[0][0]
        result.steady_words = marks[-1][1] - marks[0][1]
    return result


SLICES = 5
"""Bare spaCy and detente with one worker alternate over this many slices of the corpus."""


def combine(name: str, parts: list[Result]) -> Result:
    """One result from the results of consecutive slices (times and counts summed)."""
    timings: dict[str, float] = {}
    for part in parts:
        for stage, seconds in part.timings.items():
            timings[stage] = timings.get(stage, 0.0) + seconds
    peak: dict[str, int] = {}
    for part in parts:
        for who, rss in part.peak_rss.items():
            peak[who] = max(peak.get(who, 0), rss)
    steady = [p for p in parts if p.steady_seconds]
    return Result(name, sum(p.articles for p in parts), sum(p.words for p in parts),
                  sum(p.seconds for p in parts),
                  steady_seconds=sum(p.steady_seconds for p in steady) if steady else None,
                  steady_words=sum(p.steady_words for p in steady), peak_rss=peak,
                  first_rss=dict(parts[0].first_rss), timings=timings,
                  writer_cpu=sum(p.writer_cpu for p in parts), worker_cpu=sum(p.worker_cpu for p in parts),
                  load=f"{parts[0].load.split(' -> ')[0]} -> {parts[-1].load.split(' -> ')[-1]}")


def bench_bare_and_one(corpus: Path, folder: Path, batch_size: int,
                       slices: int = SLICES) -> tuple[Result, Result]:
    """Bare spaCy and detente with one worker, alternating over ``slices`` consecutive slices
    of the corpus (bare on slice 1, detente on slice 1, bare on slice 2, ...), summed. The
    machine's speed drifts with other people's work; alternating makes the drift weigh on both
    alike, so their ratio does not depend on which of them ran in a busier minute."""
    from detente.engines.worker import worker_resources
    from detente.readers import read_inputs
    from detente.records import Article

    lines = corpus.read_text(encoding="utf-8").splitlines(keepends=True)
    size = -(-len(lines) // slices)
    worker_resources(())  # stage data loaded before the in-process run, like the model
    bare, one = [], []
    for k in range(slices):
        part = folder / f"slice-{k}.jsonl"
        part.write_text("".join(lines[k * size:(k + 1) * size]), encoding="utf-8")
        texts = [a.text for a in read_inputs([part]) if isinstance(a, Article)]  # what ingest codes
        bare.append(bench_bare(texts, batch_size))
        one.append(bench_ingest(ONE, part, folder, engine="local", workers=1, batch_size=batch_size))
    return combine(BARE, bare), combine(ONE, one)


def run_all(n_articles: int, batch_size: int, with_dask: bool) -> tuple[list[Result], dict]:
    """Every configuration on the same corpus (bare spaCy and 1 worker alternating by slices,
    then the parallel ones, one after the other)."""
    from detente.readers import read_inputs
    from detente.records import Article

    with tempfile.TemporaryDirectory(prefix="detente-bench-") as tmp:
        folder = Path(tmp)
        corpus = folder / "corpus.jsonl"
        build_corpus(corpus, n_articles)
        texts = [a.text for a in read_inputs([corpus]) if isinstance(a, Article)]  # what ingest codes
        info = machine()
        bare, one = bench_bare_and_one(corpus, folder, batch_size)
        results = [bare, bench_bare_parallel(texts, batch_size), one]
        results.append(bench_ingest(TWO, corpus, folder, engine="local", workers=2, batch_size=batch_size))
        if with_dask:
            results.append(bench_ingest(DASK, corpus, folder, engine="dask", workers=2, batch_size=batch_size))
        info["load_after"] = "{:.1f} {:.1f} {:.1f}".format(*os.getloadavg())
    return results, info


def by_name(results: list[Result]) -> dict[str, Result]:
    return {r.name: r for r in results}


def ratios(results: list[Result]) -> dict[str, tuple[float, float]]:
    """``name -> (rate / bare spaCy, rate / 1 worker)`` on wall-clock words/s."""
    named = by_name(results)
    bare, one = named[BARE].rate, named[ONE].rate
    return {r.name: (r.rate / bare, r.rate / one) for r in results}


def format_table(results: list[Result]) -> str:
    """A Markdown table of the run (it prints well in a terminal too)."""
    rel = ratios(results)
    lines = ["| configuration | articles | words | seconds | words/s | steady words/s | x bare spaCy "
             "| x 1 worker | words per CPU-second | load (1 min) | peak RSS per worker | RSS after 1st chunk |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|"]
    for r in results:
        peak = max(r.peak_rss.values()) / GIB if r.peak_rss else 0.0
        first = max(r.first_rss.values()) / GIB if r.first_rss else None
        steady = f"{r.steady_rate:,.0f}" if r.steady_rate else "-"
        lines.append(f"| {r.name} | {r.articles:,} | {r.words:,} | {r.seconds:.1f} | {r.rate:,.0f} | "
                     f"{steady} | {rel[r.name][0]:.2f} | {rel[r.name][1]:.2f} | "
                     f"{r.words_per_cpu_second:,.0f} | {r.load} | {peak:.2f} GiB | "
                     + (f"{first:.2f} GiB |" if first else "- |"))
    return "\n".join(lines)


def format_stages(results: list[Result]) -> str:
    """Seconds per stage (summed over workers) of each detente run, and their shares."""
    order = stage_order()
    lines = ["| configuration | " + " | ".join(order) + " | writer CPU s |",
             "|---|" + "---:|" * (len(order) + 1)]
    for r in results:
        if not r.name.startswith("detente"):
            continue
        total = sum(r.timings.values()) or 1.0
        cells = [f"{r.timings.get(s, 0.0):.1f} ({100 * r.timings.get(s, 0.0) / total:.0f}%)"
                 for s in order]
        lines.append(f"| {r.name} | " + " | ".join(cells) + f" | {r.writer_cpu:.1f} |")
    return "\n".join(lines)


def stage_order() -> tuple[str, ...]:
    """``nlp`` (spaCy) and every pipeline stage, in pipeline order (tone included)."""
    from detente.pipeline import STAGES

    return ("nlp", *(stage.name for stage in STAGES))


DAY_ARTICLES = 200_000
"""A day of world news in English, for the projection (GDELT reads a few hundred thousand
articles a day in all languages; 200k English articles is the order of magnitude)."""
DAY_WORDS_PER_ARTICLE = 500


def projection(results: list[Result]) -> dict[str, float]:
    """What the measured rates mean for 16 cores and for a day of news.

    Workers scale with the measured 2-worker efficiency; one core is left to the writer,
    whose own cost (CPU seconds per article, measured) caps the whole.
    """
    one, two = by_name(results)[ONE], by_name(results)[TWO]
    per_worker = one.steady_rate or one.rate
    efficiency = min(1.0, (two.steady_rate or two.rate) / per_worker / 2)
    words_per_article = two.words / max(1, two.articles)
    writer_cap = two.articles / max(two.writer_cpu, 1e-9) * words_per_article
    workers15 = 15 * per_worker * efficiency
    sixteen = min(workers15, writer_cap)
    day_words = DAY_ARTICLES * DAY_WORDS_PER_ARTICLE
    verdict = ("more than 15 workers produce" if writer_cap > workers15
               else "less than 15 workers would produce: on 16 cores the writer is the limit")
    return {"per_worker": per_worker, "efficiency": efficiency, "writer_cap": writer_cap,
            "writer_verdict": verdict,
            "sixteen": sixteen, "day_hours_16": day_words / sixteen / 3600,
            "day_hours_1": day_words / per_worker / 3600,
            "writer_ms_per_article": 1000 * two.writer_cpu / max(1, two.articles)}


def write_doc(path: Path, info: dict, results: list[Result], table: str, stages: str,
              rel: dict[str, tuple[float, float]]) -> None:
    """docs/performance.md from this run's figures."""
    proj = projection(results)
    named = by_name(results)
    targets = [
        ("1 worker >= 0.85 x bare spaCy", rel[ONE][0], 0.85),
        ("2 workers >= 1.8 x 1 worker", rel[TWO][1], 1.8),
    ]
    if DASK in named:
        targets.append(("Dask 2 workers >= 1.6 x 1 worker", rel[DASK][1], 1.6))
    peak = max(max(r.peak_rss.values()) for r in results if r.peak_rss and r.name.startswith("detente")) / GIB
    targets.append(("peak memory per worker < 1 GiB", peak, None))
    rows = "\n".join(f"| {name} | {value:.2f}{' GiB' if limit is None else ''} | "
                      f"{'met' if (value < 1.0 if limit is None else value >= limit) else 'NOT met'} |"
                      for name, value, limit in targets)

    ceiling = named[BARE2].rate / named[BARE].rate
    text = DOC_TEMPLATE.format(info=info, table=table, stages=stages, rows=rows, p=proj,
                               ceiling=ceiling, half_ceiling=ceiling / 2, articles=named[ONE].articles, day=DAY_ARTICLES,
                               wpa=DAY_WORDS_PER_ARTICLE, when=time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


DOC_TEMPLATE = """# Performance

Written by `make bench` (`.venv/bin/python benchmarks/throughput.py`) on {when}; every figure
below comes from that one run. Words are `len(text.split())`.

## Machine

- CPU: {info[cpu]}, {info[cores]} cores visible; RAM {info[ram]}
- Python {info[python]}, spaCy {info[spacy]}, model {info[model]}, DuckDB {info[duckdb]};
  detente at commit {info[commit]}
- Load average when the run started: {info[load]}; when it ended: {info[load_after]}.
  The development machine is shared: several other processes were using the same cores
  during the run, so every rate is depressed, and the parallel ratios more than the
  single-process ones (a second worker competes with other people's work for the second core).

## Results ({articles:,} articles: the sample corpus repeated with new ids)

{table}

- *words/s* is wall clock from the `ingest_paths()` call to its return: reading the JSONL, skipping
  unchanged articles, parsing, every stage, near-duplicate detection and the DuckDB writes,
  plus starting the worker processes (spawn, import, model and stage data) for pool and Dask.
- *steady words/s* excludes start-up: from the first committed batch to the last.
- *x bare spaCy* divides by `nlp.pipe` alone over the same texts with the same model, the
  same components and the same batches (at most 32 texts and 100k characters). Bare spaCy is
  the pipeline as spaCy ships it; detente runs two of its rule components (attribute ruler,
  rule lemmatizer) as `detente.nlp.rules`' faster equivalents, whose output is identical
  (`tests/nlp/test_rules.py`; all 2,271 sample articles compared once). Bare spaCy and
  detente with 1 worker take turns over five slices of the corpus (bare on the first fifth,
  detente on the first fifth, bare on the second...), and each row sums its five parts, so a
  busier minute on the shared machine weighs on both alike. The stages
  declare {info[declared]}; excluded because no stage needs them: {info[excluded]}
  (`tests/engines/test_components.py` checks that excluded components change no output).
- *words per CPU-second* divides by the CPU time of every process of the configuration (the
  writer, plus the workers with their start-up). Unlike wall-clock rates it does not depend on
  how much of the shared machine other people were using: if it is about the same for 1 and
  2 workers, two workers cost no extra CPU per word and give about twice the words/s on two
  free cores.
- *load (1 min)* is the machine's load average before and after the configuration ran; on 2
  cores anything above 2 means our processes were sharing the CPU with other work.
- *peak RSS per worker* is the high-water mark of each worker process's memory (`VmHWM`;
  for the 1-worker and bare rows, of the benchmark process itself, which holds both runs);
  *after 1st chunk* is the same measure after that worker's first chunk: the
  difference is what a worker grew by over the run.

### Targets

| target | measured | |
|---|---:|---|
{rows}

*bare spaCy nlp.pipe, 2 processes* is the machine's own ceiling for the parallel targets: the
same parse in two processes at once, each on every other text, timed from a common start
with model loading excluded. It gave **{ceiling:.2f} x** one process in this run. No
2-worker configuration can beat what two bare spaCy processes get from these two cores, so
the 2-worker ratios above are best read against {ceiling:.2f}, not 2.

### Where the time goes (seconds summed over workers, share of coding time)

{stages}

`nlp` is spaCy's parse inside detente; the other columns are the coding stages in pipeline
order. *writer CPU s* is the CPU time of the one writer process (reading input, dedup,
DuckDB writes, unpickling results).

## What this means at scale

- One worker codes about **{p[per_worker]:,.0f} words/s**. Two workers reached
  {p[efficiency]:.0%} of linear scaling here (steady rates), where two bare spaCy processes
  reached {half_ceiling:.0%}: on these two cores a second process never gives a full second
  core's worth.
- The writer spends **{p[writer_ms_per_article]:.1f} ms of CPU per article**, so one writer keeps
  up with about {p[writer_cap]:,.0f} words/s ({p[writer_verdict]}).
- **16 cores** (15 workers and the writer, at the efficiency measured here): about
  **{p[sixteen]:,.0f} words/s**.
- **A day of world news** -- {day:,} English articles of ~{wpa} words, 100 million words --
  takes about **{p[day_hours_16]:.1f} hours on 16 cores** ({p[day_hours_1]:.0f} hours on one).
  Beyond that, the Dask engine spreads the same workers over several machines
  (`detente ingest --engine dask --scheduler tcp://HOST:8786`), with one writer per database.
- Memory: each worker holds the spaCy model and the stage data (gazetteer, dictionaries)
  and never more than its current chunk; the writer holds a chunk of results, the ids seen in
  the run and nothing of the corpus (input is read lazily, at most two chunks per worker are
  in flight), so memory per worker stays flat however long the run:
  [long-run.md](long-run.md) follows the memory of the workers and the writer over a
  100,000-article run (`benchmarks/long_run.py`).

## How a run is organised

- `detente ingest --workers N` (default: the number of cores) reads inputs lazily, skips
  articles already stored with the same content hash, and hands chunks of at most 64 articles
  (two `nlp.pipe` batches of 32) and 100k characters to N spawned worker processes. Each worker loads spaCy (without
  the components no stage declares) and the stage data once, runs `pipeline.code_articles`
  and sends back the coded articles without their spaCy `Doc`. With one worker, or an input
  of a single chunk, everything runs in the calling process with no pickling. A new chunk
  goes out as soon as any worker finishes one (at most two per worker at a time); finished
  chunks wait for their turn within a window of 16 per worker, so a chunk of long articles
  never leaves the other workers idle and results still arrive in input order.
- `--engine dask` runs the same `detente.engines.worker.code_chunk` on Dask workers: a
  `LocalCluster` of N single-threaded processes, or the cluster at `--scheduler
  tcp://HOST:PORT` (its workers need detente installed). The function and its cached loaders
  live in an importable module, so each worker loads the model once. Workers of a
  `LocalCluster` started for a run have Dask's statistical profiler off and do not get Dask's
  default `MALLOC_TRIM_THRESHOLD_=65536`, which made spaCy parse 12-25% slower here
  (`detente.engines.dask.LOCAL_WORKER_CONFIG`); start the workers of your own cluster the same way.
- One writer (the calling process) receives results in input order, assigns story ids and
  commits every `--commit-every` articles (default 256) in one DuckDB transaction with Arrow
  batches. `tests/engines/test_engines.py` checks that the pool and Dask give rows identical to
  one process.
- Resumable and exact: a batch is committed whole or not at all, and a re-run skips what is
  stored, so a run killed at any moment (even with SIGKILL) is finished by running it again,
  with every article stored once; the killed run's `runs` row is marked `interrupted` when the
  next run starts (DuckDB allows one writing process per database, so a row still `running` then
  belongs to a dead process). Pool workers exit when their parent dies.
  `tests/test_ingest.py` kills a real `detente ingest` and checks the counts.

## Duplicate stories

Syndicated copies and lightly edited versions of an article are grouped into stories: MinHash
signatures (128 affine permutations, as datasketch 2 computes them) over 4-word shingles of the body text, LSH with 25
bands of 5 rows (the banding optimum for a Jaccard threshold of 0.5), and a candidate counts
when the estimated Jaccard similarity is at least 0.5. `articles.story_id` and
`events.story_id` hold the id of the first article of the story; signatures and band keys are
stored (`story_signatures`, `story_bands`, migration 002) in the same transaction as the
article, so later runs join earlier stories. To count an event reported by ten copies once:

```sql
SELECT coalesce(story_id, article_id) AS story, type, cameo, source_country, target_country,
       event_date, count(*) AS mentions
FROM event_dyads
GROUP BY ALL
```
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--no-dask", action="store_true", help="Skip the Dask engine.")
    parser.add_argument("--no-write", action="store_true", help="Print only; leave docs/performance.md.")
    args = parser.parse_args()
    results, info = run_all(args.articles, args.batch_size, not args.no_dask)
    table, stages = format_table(results), format_stages(results)
    print(f"machine: {info}\n\n{table}\n\nseconds per stage:\n{stages}")
    if not args.no_write:
        write_doc(DOC, info, results, table, stages, ratios(results))
        print(f"\nwrote {DOC.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
