"""Docs are tested: every CLI command has help text and is documented; data files are
versioned in their manifests; the public API is listed."""

from __future__ import annotations

import json
from pathlib import Path

import click

import detente
from detente.cli import main
from detente.resources import MANIFEST_NAME, build_manifest, data_folders, list_data_files

ROOT = Path(__file__).resolve().parents[1]


def _commands(group: click.Group, prefix: str = ""):
    for name, cmd in group.commands.items():
        yield prefix + name, cmd
        if isinstance(cmd, click.Group):
            yield from _commands(cmd, prefix + name + " ")


def test_every_command_has_help_and_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    docs = readme + "".join(p.read_text(encoding="utf-8") for p in (ROOT / "docs").rglob("*.md"))
    for name, cmd in _commands(main):
        assert (cmd.help or "").strip(), f"`detente {name}` has no help text"
        assert f"detente {name}" in docs, f"`detente {name}` is not documented in README.md or docs/"


def test_readme_starts_with_the_two_commands():
    head = (ROOT / "README.md").read_text(encoding="utf-8")[:400]
    assert "make run" in head and "make test" in head


def test_data_manifests_match_the_files():
    # A data change must be deliberate: rerun `make manifest` and commit the new versions.
    for folder in data_folders():
        files = list_data_files(folder)
        if not files:
            continue
        manifest_path = folder / MANIFEST_NAME
        assert manifest_path.exists(), f"{folder} has data files but no {MANIFEST_NAME} (run make manifest)"
        recorded = json.loads(manifest_path.read_text(encoding="utf-8"))
        fresh = build_manifest(folder)
        assert {k: v["sha256"] for k, v in recorded.items()} == {k: v["sha256"] for k, v in fresh.items()}, (
            f"{manifest_path} is stale: run `make manifest`")


def test_public_api_is_listed():
    for name in ("code", "ingest_paths", "open_store", "read_events", "read_quotes", "read_summary"):
        assert name in detente.__all__ and callable(getattr(detente, name))


def test_no_root_name_shadows_a_subpackage():
    # detente.ingest, detente.events, ... are the subpackages, however they are imported
    import importlib
    import pkgutil

    for info in pkgutil.iter_modules(detente.__path__):
        module = importlib.import_module(f"detente.{info.name}")
        assert getattr(detente, info.name) is module, info.name
        assert info.name not in detente.__all__


def test_architecture_picture_shows_each_stage_contract():
    import re

    from detente.pipeline import STAGES

    text = (Path(__file__).resolve().parent.parent / "docs" / "architecture.md").read_text(encoding="utf-8")
    drawn = {}
    for line in text.splitlines():
        m = re.match(r"^\s+\|\s+(\w+)\s+([\w, ]+?)\s+->\s+(.+)$", line)
        if m:
            writes = re.sub(r"\([^)]*\)", "", m.group(3))
            drawn[m.group(1)] = ({w.strip() for w in m.group(2).split(",")},
                                 {w.strip() for w in writes.split(",") if w.strip()})
    assert drawn == {s.name: (set(s.reads), set(s.writes)) for s in STAGES}
