"""The import graph of src/detente has no circles, at module level nor between packages.

Every import counts: module level, inside functions (lazy) and under ``TYPE_CHECKING``. An
import hidden in a function is still a dependency; it only moves the failure to run time.
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted((SRC / "detente").rglob("*.py"))}


def _targets(node: ast.AST, here: str, is_package: bool, known: set[str]) -> set[str]:
    """The detente modules one import statement loads."""
    if isinstance(node, ast.Import):
        return {a.name for a in node.names if a.name.split(".")[0] == "detente"}
    if not isinstance(node, ast.ImportFrom):
        return set()
    base = node.module or ""
    if node.level:
        package = here.split(".") if is_package else here.split(".")[:-1]
        package = package[: len(package) - node.level + 1]
        base = ".".join(package + ([base] if base else []))
    if base.split(".")[0] != "detente":
        return set()
    out = set()
    for alias in node.names:
        sub = f"{base}.{alias.name}"
        out.add(sub if sub in known else base)
    return out


def import_graph() -> dict[str, set[str]]:
    """Module -> the detente modules it imports (a submodule import also loads its parents)."""
    modules = _modules()
    known = set(modules)
    graph: dict[str, set[str]] = {m: set() for m in modules}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            for target in _targets(node, name, path.name == "__init__.py", known):
                while target and target not in known:
                    target = target.rpartition(".")[0]
                if target and target != name:
                    graph[name].add(target)
    return graph


def _package(module: str) -> str:
    parts = module.split(".")
    return ".".join(parts[:2])


def package_graph(graph: dict[str, set[str]]) -> dict[str, set[str]]:
    """detente.X -> the detente.Y packages its modules import. The root package (the public
    API, which re-exports) may import anything but nothing may import it."""
    out: dict[str, set[str]] = {}
    for module, targets in graph.items():
        out.setdefault(_package(module), set()).update(
            _package(t) for t in targets if _package(t) != _package(module))
    return out


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one node (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                found.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_graph_sees_imports():
    graph = import_graph()
    assert "detente.pipeline" in graph["detente"]
    assert "detente.store" in graph["detente.store.reader"]


def test_cycle_finder_finds_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_module_cycles():
    assert cycles(import_graph()) == []


def test_no_package_cycles():
    assert cycles(package_graph(import_graph())) == []


def test_nothing_imports_the_root_package():
    graph = import_graph()
    assert sorted(m for m, targets in graph.items() if "detente" in targets) == []


STAGE_PACKAGES = ("detente.actors", "detente.events", "detente.quotes", "detente.dates", "detente.places")


def test_evaluators_call_public_stage_functions():
    # an evaluator imports a stage package, never one of its modules (the package's __all__
    # is what it may rely on)
    graph = import_graph()
    reaching = {m: sorted(t for t in targets if t.startswith(tuple(p + "." for p in STAGE_PACKAGES)))
                for m, targets in graph.items() if m.startswith("detente.evaluate")}
    assert {m: t for m, t in reaching.items() if t} == {}
