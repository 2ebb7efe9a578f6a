"""What the gold draw scripts share: the sample corpus and its political-word list, the ids the
other gold sets already hold, the seeded and hash-decided draws and splits, and the writing of
the halves.

Each ``draw.py`` under ``gold/`` (and ``gold/select.py``) states its own draw in its docstring
and keeps its own choices (seed, sizes, which gold files it leaves out, how it splits); the
code it shares is here, moved unchanged, so that re-running a script draws the same articles
as before. Import it from a draw script with ``sys.path.append(<the gold folder>)`` (appended, so that
``gold/select.py`` never shadows the standard library's ``select``).
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "gold"
WIKINEWS = ROOT / "samples/wikinews_2019_2020/wikinews_2019_2020.jsonl"
WCEP = ROOT / "samples/wcep_2003_2025/wcep_2003_2025.jsonl"
REVIEW = ROOT / "docs/accuracy/events-round5-sample.txt"
POLITICAL = re.compile(
    r"\b(president|prime minister|minister|government|parliament|military|army|troops|police|"
    r"court|rebels?|militants?|protest\w*|sanction\w*|talks|summit|ambassador|embassy|"
    r"united nations|nato|european union|election|opposition|attack\w*|accus\w*|treaty)\b",
    re.I,
)
ID = re.compile(r"\b(?:wcep|wikinews)-\d{4}-\d{2}-\d{2}-\d+\b")


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def political_words(article: dict) -> int:
    return len(POLITICAL.findall(article["text"]))


def quotes_in(art: dict) -> int:
    return len(re.findall(r"[\"“]", art["text"])) // 2


# --- ids already in a gold set ---------------------------------------------------------------

def review_ids() -> set[str]:
    """The articles of the round-5 precision review (every row of them was read)."""
    return {line.strip() for line in REVIEW.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}


def written_ids(files: Iterable[Path]) -> set[str]:
    """Every sample-corpus article id written anywhere in ``files``."""
    ids: set[str] = set()
    for file in files:
        ids |= set(ID.findall(file.read_text(encoding="utf-8", errors="replace")))
    return ids


def row_ids(files: Iterable[Path], both: bool = True) -> set[str]:
    """The ``id`` and ``article_id`` of every row of the JSON-lines ``files``; with ``both``
    False, a row's ``id`` only, else its ``article_id`` (as the quote draws read them)."""
    ids: set = set()
    for file in files:
        for row in load(file):
            if not isinstance(row, dict):
                continue
            if both:
                ids |= {row[k] for k in ("id", "article_id") if isinstance(row.get(k), str) and row[k]}
            else:
                ids.add(row.get("id") or row.get("article_id") or "")
    return ids


def outside(folder: Path) -> Callable[[Path], bool]:
    """True for a file not under ``folder`` (a draw leaves its own files out)."""
    return lambda file: folder not in file.resolve().parents


# --- draws and splits ------------------------------------------------------------------------

def split(drawn: list, cut: int) -> dict[str, list]:
    return {"tune": drawn[:cut], "check": drawn[cut:]}


def shuffled_split(rng: random.Random, drawn: list, cut: int) -> dict[str, list]:
    """Shuffle ``drawn`` with the draw's seeded ``rng``; the first ``cut`` are ``tune``."""
    rng.shuffle(drawn)
    return split(drawn, cut)


def cascade(rng: random.Random, pools: list[list], size: int) -> list:
    """``size`` items: each pool in turn shuffled and drawn from until ``size`` are drawn."""
    drawn: list = []
    for pool in pools:
        rng.shuffle(pool)
        drawn += pool[: size - len(drawn)]
    return drawn


def ranked(rng: random.Random, pool: list, key: Callable) -> list:
    """``pool`` shuffled with the seed, then ranked by ``key`` (ties keep the shuffled order)."""
    rng.shuffle(pool)
    pool.sort(key=key)
    return pool


def sha1_parity(text: str) -> int:
    """0 or 1 by the parity of sha1(text) (``select.py``'s dev / held-out halves)."""
    return int(hashlib.sha1(text.encode()).hexdigest(), 16) % 2


def hash_halves(names: list[str], seed: str, per_half: int) -> dict[str, list[str]]:
    """Names in the order of sha1(seed + name); going down it, a name goes to ``tune`` when the
    first byte of its own sha1 is even and to ``check`` when odd, until each half holds
    ``per_half`` (the BBC draws)."""
    order = sorted(names, key=lambda n: hashlib.sha1((seed + n).encode()).hexdigest())
    halves: dict[str, list[str]] = {"tune": [], "check": []}
    for name in order:
        half = "tune" if hashlib.sha1(name.encode()).digest()[0] % 2 == 0 else "check"
        if len(halves[half]) < per_half:
            halves[half].append(name)
        if all(len(v) == per_half for v in halves.values()):
            break
    return halves


# --- writing the halves ----------------------------------------------------------------------

def article_row(a: dict, half: str) -> dict:
    return {"id": a["id"], "half": half, "date": a["date"], "title": a.get("title"), "text": a["text"]}


def write_half(path: Path, half: str, articles: list[dict], by_id: bool = True) -> list[dict]:
    """Write ``{half}.articles.jsonl`` rows (id, half, date, title, text), sorted by id unless
    ``by_id`` is False (then in drawn order); returns the articles in written order."""
    if by_id:
        articles = sorted(articles, key=lambda a: a["id"])
    with path.open("w", encoding="utf-8") as fh:
        for a in articles:
            fh.write(json.dumps(article_row(a, half), ensure_ascii=False) + "\n")
    return articles


def write_halves(folder: Path, halves: dict[str, list[dict]], by_id: bool = True) -> None:
    """Write every half into ``folder`` and print its path and size."""
    folder.mkdir(parents=True, exist_ok=True)
    for half, articles in halves.items():
        path = folder / f"{half}.articles.jsonl"
        write_half(path, half, articles, by_id)
        print(path.relative_to(ROOT) if ROOT in path.parents else path, len(articles))


def write_file_halves(here: Path, corpus: str, halves: dict[str, list[str]], prefix: str) -> None:
    """Write halves of corpus FILE NAMES (texts kept out of the repository): per file its id
    (``prefix`` + the name without ``.txt``), half, no date, its path relative to ``here`` and
    the SHA-256 of its bytes (the BBC draws)."""
    folder = (here / corpus).resolve()
    for half, picked in halves.items():
        with (here / f"{half}.articles.jsonl").open("w", encoding="utf-8") as fh:
            for name in sorted(picked):
                data = (folder / name).read_bytes()
                row = {"id": f"{prefix}{name.removesuffix('.txt')}", "half": half, "date": None,
                       "path": f"{corpus}/{name}", "sha256": hashlib.sha256(data).hexdigest()}
                fh.write(json.dumps(row) + "\n")
        print(half, len(picked), " ".join(sorted(picked)))


def draw_files_dealt(here: Path, corpus: str, seed: str, per_half: int, max_bytes: int, taken: Iterable[str],
                     names: tuple[str, ...], overlap: int, prefix: str) -> None:
    """An exhaustive gold draw of corpus FILES whose texts stay outside the repository (the BBC rounds,
    ``gold/events/bbc3`` on): the files of ``corpus`` (relative to ``here``) of at most ``max_bytes``
    bytes and not in the articles files under ``taken`` (folders relative to ``here``), split by
    :func:`hash_halves` with ``seed``, written by :func:`write_file_halves`, then dealt to ``names``
    (``dealt.deal``) into ``deal.json``. Reads file names and sizes only."""
    from dealt import deal

    folder = (here / corpus).resolve()
    used = {Path(json.loads(line)["path"]).name for sub in taken for half in ("tune", "check")
            for line in (here / sub / f"{half}.articles.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()}
    files = sorted(p.name for p in folder.glob("*.txt") if p.name not in used and p.stat().st_size <= max_bytes)
    halves = hash_halves(files, seed, per_half)
    write_file_halves(here, corpus, halves, prefix)
    ids = {half: [{"id": prefix + n.removesuffix(".txt")} for n in sorted(picked)] for half, picked in halves.items()}
    (here / "deal.json").write_text(json.dumps(deal(ids, names, overlap), indent=1) + "\n", encoding="utf-8")


def lay_out_from_sets(here: Path, corpus: str, sets: Iterable[str], names: tuple[str, ...], overlap: int) -> None:
    """A gold set on the articles of earlier file-drawn sets (the BBC quote sets on the BBC event sets'
    articles): each half the union of the ``sets``' same half (folders relative to ``here``), paths
    re-rooted on ``corpus`` (relative to ``here``), sorted by id; dealt to ``names`` (``dealt.deal``) into
    ``deal.json``. Reads the sets' articles files only (ids, paths, digests)."""
    from dealt import deal

    halves: dict[str, list[dict]] = {}
    for half in ("tune", "check"):
        rows = [{**row, "path": f"{corpus}/{Path(row['path']).name}"} for sub in sets
                for row in load(here / sub / f"{half}.articles.jsonl")]
        rows.sort(key=lambda r: r["id"])
        halves[half] = rows
        (here / f"{half}.articles.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        print(half, len(rows))
    (here / "deal.json").write_text(json.dumps(deal(halves, names, overlap), indent=1) + "\n", encoding="utf-8")


def quote_draw(here: Path, seed: int, size: int, taken: set[str], least_quotes: int, max_chars: int) -> None:
    """The quote gold draws (``gold/quotes/extra*/``): Wikinews articles not ``taken``, with at
    least ``least_quotes`` pairs of quote marks and under ``max_chars`` characters, sorted by id;
    the seed samples ``size`` of them, the first half ``tune``, the rest ``check`` (drawn order)."""
    pool = [a for a in load(WIKINEWS) if a["id"] not in taken and quotes_in(a) >= least_quotes
            and len(a["text"]) < max_chars]
    pool.sort(key=lambda a: a["id"])
    drawn = random.Random(seed).sample(pool, size)
    for name, arts in split(drawn, size // 2).items():
        path = here / f"{name}.articles.jsonl"
        write_half(path, name, arts, by_id=False)
        print(path.relative_to(ROOT), len(arts), len(pool), "in the pool,", len(taken), "ids taken")


def draw_current_events(folder: Path, seed: int, drawn: int, tune: int | None, max_chars: int = 3000,
                        min_words: int = 2) -> dict[str, list[dict]]:
    """Draw a round's Current Events items and split them (rounds 11-15's ``draw.py``): the items of
    ``samples/wcep_2003_2025/`` in no ``*.jsonl`` file under ``gold/`` (``folder`` and the tone gold
    aside), shorter than ``max_chars`` with at least ``min_words`` political words, shuffled with
    ``seed`` and ranked (items in no gold set at all first, then more political words); the first
    ``drawn`` split by a second shuffle of the same generator into ``tune`` items (half, rounded down,
    when None) and ``check``, written to ``{tune,check}.articles.jsonl`` and returned."""

    def used_ids(tone: bool) -> set[str]:
        return written_ids(f for f in sorted(GOLD.rglob("*.jsonl"))
                           if outside(folder)(f) and ((GOLD / "tone") in f.resolve().parents) == tone)

    rng = random.Random(seed)
    used = used_ids(tone=False)
    toned = used_ids(tone=True)
    fresh = [a for a in load(WCEP) if a["id"] not in used]
    words = {a["id"]: len(POLITICAL.findall(a["text"])) for a in fresh}
    pool = ranked(rng, [a for a in fresh if words[a["id"]] >= min_words and len(a["text"]) < max_chars],
                  key=lambda a: (a["id"] in toned, -words[a["id"]]))
    picked = pool[:drawn]
    print(WCEP.name, "unused", len(fresh), "qualifying", len(pool),
          "in no gold set", sum(a["id"] not in toned for a in pool),
          "drawn political words", [words[a["id"]] for a in picked],
          "drawn in no gold set", sum(a["id"] not in toned for a in picked))
    halves = shuffled_split(rng, picked, len(picked) // 2 if tune is None else tune)
    write_halves(folder, halves)
    return halves
