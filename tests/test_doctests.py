"""The examples in docstrings run: every module of src/detente, one test per module with
examples. An example that needs data this machine may lack (gold sets) carries ``+SKIP``."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import detente


def _modules() -> list[str]:
    names = ["detente"]
    for info in pkgutil.walk_packages(detente.__path__, prefix="detente."):
        names.append(info.name)
    return sorted(n for n in names if not n.endswith("__main__"))


def _with_examples(name: str) -> bool:
    try:
        module = importlib.import_module(name)
    except ModuleNotFoundError:  # an optional extra (dask, the server) not installed
        return False
    try:
        return any(t.examples for t in doctest.DocTestFinder().find(module))
    except ValueError:  # a malformed example: let its test fail, not the whole collection
        return True


@pytest.mark.parametrize("name", [n for n in _modules() if _with_examples(n)])
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"


def test_examples_are_found():
    assert "detente" in [n for n in _modules() if _with_examples(n)]
