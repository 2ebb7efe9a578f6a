"""Worker memory at the largest accepted article: one article per fresh worker process.

    .venv/bin/python benchmarks/article_memory.py             # the shapes at the limits
    .venv/bin/python benchmarks/article_memory.py --chars 200000 --shapes short

Each shape is built to be as large as ingest accepts (``readers.checks`` limits: characters,
estimated sentences, words per sentence, longest word) and is checked to pass
``text_problem`` first. It is coded by ``engines.worker.code_chunk`` -- the unit every engine
runs -- in a spawned process that loads the model and data first; the worker's peak
resident memory (VmHWM) is read before and after the article. Prints one line per shape;
the limit to meet is 1.5 GiB per worker.
"""

from __future__ import annotations

import argparse
import multiprocessing
import time

from detente.readers.checks import (
    MAX_ARTICLE_CHARS,
    MAX_SENTENCE_WORDS,
    MAX_SENTENCES,
    text_problem,
)

GIB = 1024**3
NEWS = ("Russian President Vladimir Putin met his Turkish counterpart Recep Tayyip Erdogan in "
        "Ankara on Tuesday, where the two leaders agreed to expand trade and discussed the war "
        "in Syria, officials in Moscow said. ")
SHORT = "NATO warned Russia. "


def shape(name: str, chars: int) -> str:
    """An article of ``chars`` characters (or as many sentences as the limits allow)."""
    if name == "short":  # many short sentences: the most sentences per character
        text = SHORT * min(chars // len(SHORT), MAX_SENTENCES - 1)
    elif name == "news":  # ordinary news prose up to the character limit
        text = NEWS * min(chars // len(NEWS), MAX_SENTENCES - 1)
    elif name == "long-sentences":  # sentences at the words-per-sentence limit
        words = ("Russia and Ukraine and NATO and the EU " * MAX_SENTENCE_WORDS).split()[: MAX_SENTENCE_WORDS - 1]
        sentence = " ".join(words) + ". "
        text = sentence * max(1, chars // len(sentence))
    else:
        raise SystemExit(f"unknown shape {name!r}")
    return text[:chars]


def measure(text: str, queue) -> None:
    from detente.engines.worker import code_chunk, peak_rss_bytes, warm_worker
    from detente.pipeline import make_article

    warm_worker(())
    before = peak_rss_bytes()
    start = time.perf_counter()
    result = code_chunk([make_article(text, date="2021-06-16", id="big")], (), 32)
    coded = result.coded[0]
    outcome = type(coded).__name__ if not hasattr(coded, "reason") else f"Rejection: {coded.reason[:80]}"
    queue.put((before, result.peak_rss, time.perf_counter() - start, outcome))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=MAX_ARTICLE_CHARS)
    parser.add_argument("--shapes", default="short,news,long-sentences")
    args = parser.parse_args()
    ctx = multiprocessing.get_context("spawn")
    print(f"limits: {MAX_ARTICLE_CHARS:,} characters, {MAX_SENTENCES:,} sentences, "
          f"{MAX_SENTENCE_WORDS:,} words per sentence")
    for name in args.shapes.split(","):
        text = shape(name, args.chars)
        problem = text_problem(text)
        if problem:
            print(f"{name}: {len(text):,} characters rejected at ingest ({problem})")
            continue
        queue = ctx.Queue()
        proc = ctx.Process(target=measure, args=(text, queue))
        proc.start()
        before, peak, seconds, outcome = queue.get()
        proc.join()
        print(f"{name}: {len(text):,} characters, {len(text.split()):,} words -> {outcome}; "
              f"worker peak {peak / GIB:.2f} GiB (loaded: {before / GIB:.2f} GiB), {seconds:.0f} s")


if __name__ == "__main__":
    main()
