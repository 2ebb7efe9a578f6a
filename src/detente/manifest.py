"""Rewrite each stage's ``data/MANIFEST.json`` from the files on disk (``make manifest``).

A file whose checksum changed gets its version bumped; the test suite fails when a manifest
and its files disagree, so a data change is always a deliberate, versioned one.
``python -m detente.manifest actors`` rewrites only the actors stage's manifest.
"""

from __future__ import annotations

import json
import sys

from detente.resources import MANIFEST_NAME, PACKAGE_ROOT, build_manifest, data_folders


def main(argv: list[str] | None = None) -> None:
    stages = (argv if argv is not None else sys.argv[1:])
    folders = [PACKAGE_ROOT / s / "data" for s in stages] if stages else data_folders()
    for folder in folders:
        manifest = build_manifest(folder)
        (folder / MANIFEST_NAME).write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n",
                                            encoding="utf-8")
        print(f"{folder / MANIFEST_NAME}: {len(manifest)} data files")


if __name__ == "__main__":
    main()
