"""Bounded load on the HTTP API: builds a database, starts `detente serve`, fires N requests.

    .venv/bin/python benchmarks/api_load.py [--requests 2000] [--concurrency 16] [--articles 3000]
                                            [--cache 1024]

The database is made of coded-article records (the shape the pipeline writes) for a few
country pairs over three years, so the queries have realistic sizes. The mix follows what the
dashboard asks for: stats, series, events of a period, dyads, quotes, articles, locations.
Prints requests/s, p50, p99 and errors; exits 1 if any request failed.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path

import httpx
import psutil

from detente.records import Article, CodedArticle, Event, Location, Participant, Quote, Speaker
from detente.store import open_store

COUNTRIES = {"USA": "Washington", "RUS": "Moscow", "UKR": "Kyiv", "CHN": "Beijing", "DEU": "Berlin",
             "FRA": "Paris", "IRN": "Tehran", "GBR": "London"}
CITIES = {"USA": (38.9, -77.04), "RUS": (55.75, 37.62), "UKR": (50.45, 30.52), "CHN": (39.9, 116.4),
          "DEU": (52.52, 13.4), "FRA": (48.85, 2.35), "IRN": (35.69, 51.39), "GBR": (51.51, -0.13)}
VERBS = [("met", "CONSULT", "040", 1.0, 1), ("praised", "SUPPORT", "051", 3.4, 1),
         ("sent aid to", "AID", "070", 7.0, 2), ("accused", "ACCUSE", "112", -2.0, 3),
         ("threatened", "THREATEN", "130", -4.4, 3), ("attacked", "ASSAULT", "190", -10.0, 4)]


def _event(text: str, src: str, tgt: str, verb: tuple, day: date) -> Event:
    trigger, kind, cameo, goldstein, quad = verb
    a, b = COUNTRIES[src], COUNTRIES[tgt]
    t0 = text.index(trigger)
    lat, lon = CITIES[tgt]
    return Event(type=kind, cameo=cameo, goldstein=goldstein, quad=quad,
                 source=[Participant(text=a, country=src, sector="GOV", start=0, end=len(a))],
                 target=[Participant(text=b, country=tgt, sector="GOV", start=text.index(b, t0),
                                     end=text.index(b, t0) + len(b))],
                 sentence=0, start=0, end=len(text) - 1, trigger=trigger, trigger_start=t0,
                 trigger_end=t0 + len(trigger), evidence=text, rule="bench", date=day.isoformat(),
                 date_precision="day",
                 location=Location(name=COUNTRIES[tgt], country=tgt, lat=lat, lon=lon))


def build_db(path: Path, n_articles: int, seed: int = 7) -> Path:
    """A store with ``n_articles`` one-sentence articles, one event and one quote each."""
    rng = random.Random(seed)
    codes = list(COUNTRIES)
    coded = []
    for i in range(n_articles):
        src, tgt = rng.sample(codes[:4] if rng.random() < 0.7 else codes, 2)
        verb = rng.choice(VERBS)
        day = date(2019, 1, 1) + timedelta(days=rng.randrange(3 * 365))
        text = f"{COUNTRIES[src]} {verb[0]} {COUNTRIES[tgt]} on {day:%B %d}."
        quote = f"We stand by our partners in {COUNTRIES[tgt]}"
        full = f'{text} "{quote}," the minister said.'
        q0 = full.index(quote)
        coded.append(CodedArticle(
            article=Article(id=f"bench-{i:06d}", text=full, title=f"{src} and {tgt}", date=day,
                            url=f"https://bench.example/{i}", source=f"outlet-{i % 5}"),
            events=[_event(full, src, tgt, verb, day)],
            quotes=[Quote(content=quote, start=q0, end=q0 + len(quote), direct=True, cue="said",
                          speaker=Speaker(text="the minister", name=f"Minister of {src}"))]))
    with open_store(path) as store:
        for k in range(0, len(coded), 1000):
            store.write(coded[k:k + 1000])
    return path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _day(rng: random.Random) -> date:
    return date(2019, 1, 1) + timedelta(days=rng.randrange(3 * 365))


def _varied(rng: random.Random, n: int, n_articles: int) -> list[str]:
    """Every request different (random dyads, ranges, pages and a junk parameter): the
    response cache never hits."""
    codes = list(COUNTRIES)
    out = []
    for i in range(n):
        a, b = rng.sample(codes, 2)
        d0 = _day(rng)
        d1 = d0 + timedelta(days=rng.randrange(1, 400))
        path = rng.choice([
            f"/api/series?source={a}&target={b}&by=month&date_from={d0}&date_to={d1}",
            f"/api/events?source={a}&target={b}&both=true&date_from={d0}&date_to={d1}&limit=50",
            f"/api/events?country={a}&limit=50&offset={rng.randrange(0, 500)}",
            f"/api/dyads?country={a}&date_from={d0}&date_to={d1}",
            f"/api/quotes?speaker=Minister%20of%20{a}&limit=50&offset={rng.randrange(0, 100)}",
            f"/api/articles/bench-{rng.randrange(n_articles):06d}",
        ])
        out.append(path + ("&" if "?" in path else "?") + f"junk={i}")
    return out


def _expensive(rng: random.Random, n: int, n_articles: int) -> list[str]:
    """The heaviest requests the API accepts: daily series over up to ten years (the cap),
    weekly ones over the whole range, full event pages, every location."""
    codes = list(COUNTRIES)
    out = []
    for i in range(n):
        a = rng.choice(codes)
        d0 = date(2010, 1, 1) + timedelta(days=rng.randrange(365))
        out.append(rng.choice([
            f"/api/series?source={a}&by=day&date_from={d0}&date_to={d0 + timedelta(days=3600)}&n={i}",
            f"/api/series?source={a}&by=week&date_from=1990-01-01&date_to=2040-12-31&n={i}",
            f"/api/events?country={a}&limit=500&offset={rng.randrange(0, 1000)}",
            f"/api/locations?limit=2000&n={i}",
        ]))
    return out


def _paths(rng: random.Random, n: int, n_articles: int, kind: str = "cached") -> list[str]:
    if kind == "varied":
        return _varied(rng, n, n_articles)
    if kind == "expensive":
        return _expensive(rng, n, n_articles)
    mix = [lambda: "/api/stats", lambda: "/api/dyads?limit=20",
           lambda: "/api/series?source=USA&target=RUS&both=true&by=month",
           lambda: f"/api/series?source={rng.choice(list(COUNTRIES))}&by=quarter",
           lambda: "/api/events?source=USA&target=RUS&both=true&date_from=2020-03-01&date_to=2020-03-31",
           lambda: f"/api/events?country={rng.choice(list(COUNTRIES))}&limit=50&offset={rng.randrange(0, 200)}",
           lambda: "/api/quotes?speaker=Minister%20of%20RUS&limit=50",
           lambda: f"/api/articles/bench-{rng.randrange(n_articles):06d}",
           lambda: "/api/locations"]
    return [rng.choice(mix)() for _ in range(n)]


async def _get(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, path: str) -> int:
    """One GET on a kept-alive HTTP/1.1 connection; returns the status (body read and dropped)."""
    writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    length = 0
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":", 1)[1])
    await reader.readexactly(length)
    return status


async def _fire(port: int, paths: list[str], concurrency: int) -> tuple[list[float], list[str]]:
    """Send ``paths`` over ``concurrency`` kept-alive connections (a minimal HTTP/1.1 client,
    so the load generator takes little of the CPU the server needs)."""
    latencies: list[float] = []
    errors: list[str] = []
    queue: asyncio.Queue[str] = asyncio.Queue()
    for p in paths:
        queue.put_nowait(p)

    async def worker() -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=2**24)
        try:
            while not queue.empty():
                path = queue.get_nowait()
                t0 = time.perf_counter()
                try:
                    status = await asyncio.wait_for(_get(reader, writer, path), timeout=30)
                    if status != 200:
                        errors.append(f"{status} {path}")
                except (OSError, asyncio.IncompleteReadError, TimeoutError) as exc:
                    errors.append(f"{type(exc).__name__} {path}")
                    writer.close()
                    reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=2**24)
                latencies.append(time.perf_counter() - t0)
        finally:
            writer.close()

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return latencies, errors


def _wait_up(base: str, proc: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.time() + seconds
    while time.time() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited with {proc.returncode}")
        try:
            if httpx.get(base + "/api/stats", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.3)
    raise SystemExit("server did not come up")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--concurrency", type=int, default=16)
    ap.add_argument("--articles", type=int, default=3000)
    ap.add_argument("--mix", choices=("cached", "varied", "expensive"), default="cached",
                    help="cached: the dashboard's repeated requests; varied: every request "
                    "different; expensive: the heaviest accepted requests")
    ap.add_argument("--cache", type=int, default=1024,
                    help="the server's response cache size (0: every request hits DuckDB)")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="detente-load-"))
    t0 = time.perf_counter()
    db = build_db(tmp / "load.duckdb", args.articles)
    print(f"database: {args.articles} articles/events in {time.perf_counter() - t0:.1f} s ({db})")
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    detente = Path(sys.executable).with_name("detente")
    proc = subprocess.Popen([str(detente), "serve", "--db", str(db), "--port", str(port),
                             "--cache", str(args.cache)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=os.environ.copy())
    try:
        _wait_up(base, proc)
        paths = _paths(random.Random(11), args.requests, args.articles, args.mix)
        asyncio.run(_fire(port, paths[:100], args.concurrency))  # warm-up, not counted
        server = psutil.Process(proc.pid)
        cpu0 = sum(server.cpu_times()[:2])
        t1 = time.perf_counter()
        peak = [server.memory_info().rss]
        watching = threading.Event()

        def watch() -> None:
            while not watching.wait(0.2):
                peak.append(server.memory_info().rss)

        watcher = threading.Thread(target=watch, daemon=True)
        watcher.start()
        latencies, errors = asyncio.run(_fire(port, paths, args.concurrency))
        watching.set()
        watcher.join()
        wall = time.perf_counter() - t1
        cpu = sum(server.cpu_times()[:2]) - cpu0
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    ms = sorted(x * 1000 for x in latencies)
    p99 = ms[min(len(ms) - 1, int(0.99 * len(ms)))]
    print(f"{args.mix} mix, {len(ms)} requests, concurrency {args.concurrency}, cache {args.cache}: "
          f"{len(ms) / wall:.0f} requests/s, p50 {statistics.median(ms):.1f} ms, p99 {p99:.1f} ms, "
          f"errors {len(errors)}; server memory peak {max(peak) / 2**20:.0f} MiB")
    print(f"server CPU {cpu * 1000 / len(ms):.2f} ms per request -> about {len(ms) / cpu:.0f} "
          f"requests/s per free core; load average now {os.getloadavg()[0]:.1f} on "
          f"{os.cpu_count()} cores")
    for e in errors[:10]:
        print("  error:", e)
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
