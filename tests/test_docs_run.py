"""The documentation runs: every shell line of README.md and docs/**/*.md that starts with
``detente`` (or pipes ``echo`` into it) is run against a small real database, and every
``python`` block is executed; a non-zero exit or a traceback fails the test.

Placeholders the docs use (``news.duckdb``, ``detente.duckdb``, ``path/to/news/``,
``big-folder/``, ``articles.jsonl``, ...) are mapped to the fixture corpus of
tests/docs_fixture.py, ingested once per session; files a command writes (``--out``,
``--plot``, ``> file``) go to a temporary folder. A relative path that is neither mapped nor
present fails the test, so a new placeholder must be added here. Commands over the full gold
sets or the whole sample corpus are marked slow; a Dask scheduler address and ``detente serve``
(a server that does not return; tests/server covers it) are the only lines not run.
"""

from __future__ import annotations

import re
import shlex
import shutil
import traceback
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from detente.cli import main
from tests.docs_fixture import build_inputs

ROOT = Path(__file__).resolve().parents[1]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
SHELL_INFO = {"", "sh", "bash", "shell", "console"}
DATABASES = {"news.duckdb", "detente.duckdb"}
INPUTS = {"path/to/news/": "folder", "big-folder/": "folder", "samples/": "folder",
          "feeds/": "feeds", "crawl.warc.gz": "warc", "articles.jsonl": "jsonl"}
OUTPUT_OPTIONS = {"--out", "--plot", "--db", "--new-out"}
NOT_RUN = {"tcp://": "needs a running Dask scheduler", "detente serve": "a server does not return"}
SLOW = ("detente evaluate", "samples/wikinews_2019_2020", "samples/wcep_2003_2025")
PATHLIKE = re.compile(r"/|\.(duckdb|jsonl|json|txt|html|csv|tsv|png|svg|parquet|gz|xml|yaml)$")


@dataclass(frozen=True)
class DocCommand:
    where: str
    line: str


def _blocks(path: Path):
    """(info string, first line number, lines) of each fenced block of a Markdown file."""
    info, start, lines = None, 0, []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("```"):
            if info is None:
                info, start, lines = line[3:].strip().lower(), n, []
            else:
                yield info, start, lines
                info = None
        elif info is not None:
            lines.append(line)


def _joined(lines: list[str]):
    """Lines with backslash continuations joined, with the offset of their first line."""
    buf, first = "", 0
    for i, line in enumerate(lines):
        if not buf:
            first = i
        if line.rstrip().endswith("\\"):
            buf += line.rstrip()[:-1] + " "
            continue
        yield first, buf + line
        buf = ""


def shell_commands() -> list[DocCommand]:
    found = []
    for path in DOCS:
        for info, start, lines in _blocks(path):
            if info not in SHELL_INFO:
                continue
            for offset, line in _joined(lines):
                text = line.strip()
                if text.startswith("detente ") or re.match(r"echo .*\|\s*detente ", text):
                    found.append(DocCommand(f"{path.relative_to(ROOT)}:{start + 1 + offset}", text))
    return found


def python_blocks() -> list[DocCommand]:
    return [DocCommand(f"{path.relative_to(ROOT)}:{start}", "\n".join(lines))
            for path in DOCS for info, start, lines in _blocks(path) if info == "python"]


def _params(items: list[DocCommand]):
    for item in items:
        marks = [pytest.mark.slow] if any(s in item.line for s in SLOW) else []
        yield pytest.param(item, marks=marks, id=item.where)


@pytest.fixture(scope="session")
def docs_corpus(tmp_path_factory) -> dict[str, Path]:
    """The fixture inputs and their database, ingested once."""
    import detente

    folder = tmp_path_factory.mktemp("docs-corpus")
    inputs = build_inputs(folder / "inputs")
    db = folder / "corpus.duckdb"
    report = detente.ingest_paths([inputs["folder"], inputs["warc"], inputs["feeds"]], db=db, workers=1)
    assert report.coded >= 10 and not report.rejected, report.to_dict()
    return {**inputs, "db": db}


@pytest.fixture
def workdir(docs_corpus, tmp_path) -> Path:
    """A folder holding a copy of the database under every name the docs give it."""
    for name in DATABASES:
        shutil.copy(docs_corpus["db"], tmp_path / name)
    return tmp_path


def _map(tokens: list[str], corpus: dict[str, Path], workdir: Path) -> list[str]:
    out = []
    for i, tok in enumerate(tokens):
        if tok in DATABASES:
            tok = str(workdir / tok)
        elif tok in INPUTS:
            tok = str(corpus[INPUTS[tok]])
        elif i and tokens[i - 1] in OUTPUT_OPTIONS:
            tok = str(workdir / Path(tok).name)
        elif not tok.startswith("-") and PATHLIKE.search(tok) and not (ROOT / tok).exists():
            pytest.fail(f"unmapped placeholder {tok!r}: add it to tests/test_docs_run.py")
        out.append(tok)
    return out


def _split(line: str) -> tuple[list[str], str | None, dict[str, str]]:
    """The detente arguments, stdin text (from ``echo ... |``) and redirections of a line."""
    tokens = shlex.split(line, comments=True)
    stdin = None
    if tokens[0] == "echo":
        bar = tokens.index("|")
        stdin, tokens = " ".join(tokens[1:bar]) + "\n", tokens[bar + 1:]
    redirects = {}
    for op in ("2>", ">"):
        if op in tokens:
            at = tokens.index(op)
            redirects[op] = tokens[at + 1]
            tokens = tokens[:at] + tokens[at + 2:]
    return tokens[1:], stdin, redirects


@pytest.mark.parametrize("command", list(_params(shell_commands())))
def test_documented_command_runs(command, docs_corpus, workdir, monkeypatch):
    for marker, why in NOT_RUN.items():
        if marker in command.line:
            pytest.skip(f"{command.line!r}: {why}")
    args, stdin, redirects = _split(command.line)
    args = _map(args, docs_corpus, workdir)
    monkeypatch.chdir(ROOT)  # the docs' relative paths (tests/fixtures, ../shared/data)
    res = CliRunner().invoke(main, args, input=stdin, catch_exceptions=True)
    for op, name in redirects.items():
        (workdir / Path(name).name).write_text(res.stdout if op == ">" else res.stderr)
    crash = res.exception if not isinstance(res.exception, SystemExit) else None
    tb = "".join(traceback.format_exception(crash)) if crash else ""
    assert crash is None and res.exit_code == 0, (
        f"{command.where}: `{command.line}` exited {res.exit_code}\n{res.output[-2000:]}\n{tb}")


def test_the_docs_hold_the_tour_commands():
    lines = [c.line for c in shell_commands()]
    assert len(lines) >= 20
    assert any("--country RUS --from" in line for line in lines)
    assert any("--actors" in line for line in lines)


@pytest.mark.parametrize("block", list(_params(python_blocks())))
def test_documented_python_runs(block, docs_corpus, workdir, monkeypatch):
    from detente.export import export_events
    from detente.store import open_store

    (workdir / "samples").symlink_to(docs_corpus["folder"], target_is_directory=True)
    with open_store(workdir / "detente.duckdb", read_only=True) as store:
        for fmt, name in (("parquet", "events.parquet"), ("csv", "events.csv"),
                          ("gdelt-tsv", "events.tsv"), ("jsonl-plover", "events.jsonl")):
            export_events(store, format=fmt, out=workdir / name)
    monkeypatch.chdir(workdir)
    exec(compile(block.line, block.where, "exec"), {"__name__": "__docs__"})
