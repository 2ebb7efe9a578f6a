"""Read while writing: dashboard latency of `detente serve` while `detente ingest` writes
to the same database.

    .venv/bin/python benchmarks/serve_while_ingest.py --articles 10000
    .venv/bin/python benchmarks/serve_while_ingest.py --articles 1000 --workers 1   # a quick look

The corpus is the bundled sample corpus repeated with new ids until it holds ``--articles``
articles. A first small ingest makes the database; `detente serve` starts on it (and makes
the read snapshot); then `detente ingest` codes the corpus while ``--clients`` clients ask
for what the dashboard asks (stats, series, events of a dyad, dyads) as fast as they are
answered. Prints p50/p99 of the requests, errors, how many snapshots the server switched to,
and the ingest's wall time.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from itertools import cycle, islice
from pathlib import Path

import httpx
from api_load import _wait_up  # benchmarks/ is the script's own folder on sys.path

ROOT = Path(__file__).resolve().parents[1]
DETENTE = Path(sys.executable).with_name("detente")
PAGES = [("/api/stats", {}), ("/api/series", {"source": "USA", "target": "RUS", "both": "true"}),
         ("/api/series", {"source": "RUS", "by": "week"}), ("/api/dyads", {"limit": 20}),
         ("/api/events", {"source": "USA", "limit": 50}), ("/api/quotes", {"limit": 50})]


def corpus(path: Path, n: int) -> Path:
    rows = [json.loads(line) for f in sorted(ROOT.glob("samples/*/*.jsonl"))
            for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    with path.open("w", encoding="utf-8") as out:
        for i, row in enumerate(islice(cycle(rows), n)):
            out.write(json.dumps({**row, "id": f"w{i:06d}"}) + "\n")
    return path


def client(url: str, stop: threading.Event, times: list[float], errors: list[str], seed: int) -> None:
    rng = random.Random(seed)
    with httpx.Client(base_url=url, timeout=60) as http:
        while not stop.is_set():
            path, params = rng.choice(PAGES)
            params = {**params, "offset": rng.randrange(3)} if path == "/api/events" else params
            start = time.perf_counter()
            try:
                r = http.get(path, params=params)
                if r.status_code != 200:
                    errors.append(f"{r.status_code} {path}")
            except httpx.HTTPError as exc:
                errors.append(f"{type(exc).__name__} {path}")
            times.append(time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="detente-rw-"))
    db = tmp / "news.duckdb"
    subprocess.run([str(DETENTE), "ingest", str(corpus(tmp / "first.jsonl", 50)), "--db", str(db),
                    "--workers", "1", "--quiet"], check=True)
    src = corpus(tmp / "news.jsonl", args.articles)
    url = f"http://127.0.0.1:{args.port}"
    server = subprocess.Popen([str(DETENTE), "serve", "--db", str(db), "--port", str(args.port)],
                              stderr=subprocess.DEVNULL)
    try:
        _wait_up(url, server)
        stop, times, errors = threading.Event(), [], []
        threads = [threading.Thread(target=client, args=(url, stop, times, errors, k))
                   for k in range(args.clients)]
        for t in threads:
            t.start()
        start = time.perf_counter()
        ingest = subprocess.run([str(DETENTE), "ingest", str(src), "--db", str(db), "--workers",
                                 str(args.workers), "--quiet"], capture_output=True, text=True)
        wall = time.perf_counter() - start
        time.sleep(2)  # the server picks up the last snapshot
        stop.set()
        for t in threads:
            t.join()
        version = httpx.get(url + "/api/health").json().get("version")
        stats = httpx.get(url + "/api/stats").json()
    finally:
        server.terminate()
        server.wait(timeout=30)
    cuts = statistics.quantiles(times, n=100)
    print(f"ingest of {args.articles:,} articles ({args.workers} worker): exit {ingest.returncode}, "
          f"{wall:.0f} s; server switched snapshots {version} times; articles served at the end: "
          f"{stats.get('articles')}")
    print(f"{len(times):,} dashboard requests by {args.clients} clients during the ingest: "
          f"p50 {cuts[49] * 1000:.0f} ms, p99 {cuts[98] * 1000:.0f} ms, max {max(times) * 1000:.0f} ms, "
          f"errors {len(errors)} {sorted(set(errors))[:5]}")


if __name__ == "__main__":
    main()
