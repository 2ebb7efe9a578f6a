"""Walking folders so that every entry ends as a file to read or a Rejection saying why not.

Nothing under a folder is passed over in silence: hidden entries (``.git``, ``.DS_Store``),
symlink loops, broken links, unreadable folders and special files (sockets, FIFOs) each get
one rejection naming the path. Symlinks are followed, to files and to folders, but a folder
already visited in this walk (same device and inode) is not entered twice, so a link back
to a parent cannot loop. File names that are not valid UTF-8 are shown with ``\\xNN``
escapes (``origin_of``), so they can be stored and printed.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from pathlib import Path

from detente.records import Rejection


def origin_of(path: str | os.PathLike) -> str:
    """A printable, storable name for ``path``: undecodable bytes become ``\\xNN``.

    >>> origin_of(os.fsdecode(b"news/bad\\xff.txt"))
    'news/bad\\\\xff.txt'
    """
    return os.fsencode(path).decode("utf-8", errors="backslashreplace")


def walk(folder: Path, *, seen: set[tuple[int, int]] | None = None) -> Iterator[Path | Rejection]:
    """Files under ``folder`` in sorted order (one directory listing at a time), and a
    Rejection for every entry that is not read."""
    seen = set() if seen is None else seen
    try:
        info = folder.stat()
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: os.fsencode(e.name))
    except OSError as exc:
        yield Rejection(origin=origin_of(folder), reason=f"unreadable folder: {exc.strerror or exc}")
        return
    key = (info.st_dev, info.st_ino)
    if key in seen:
        yield Rejection(origin=origin_of(folder), reason="folder already visited (a symlink loop "
                        "or a second link to it); not read twice")
        return
    seen.add(key)
    for entry in entries:
        yield from _entry(entry, seen)


def _entry(entry: os.DirEntry, seen: set[tuple[int, int]]) -> Iterator[Path | Rejection]:
    origin = origin_of(entry.path)
    if entry.name.startswith("."):
        yield Rejection(origin=origin, reason="hidden file or folder (name starts with '.'); not read")
        return
    try:
        if entry.is_symlink() and not os.path.exists(entry.path):
            target = os.readlink(entry.path)
            why = "symlink loop" if _loops(entry.path) else f"broken symlink (to {origin_of(target)})"
            yield Rejection(origin=origin, reason=f"{why}; not read")
        elif entry.is_dir():
            yield from walk(Path(entry.path), seen=seen)
        elif entry.is_file():
            yield Path(entry.path)
        else:
            yield Rejection(origin=origin, reason="not a regular file or folder (socket, FIFO or "
                            "device); not read")
    except OSError as exc:
        yield Rejection(origin=origin, reason=f"cannot read: {exc.strerror or exc}")


def _loops(path: str) -> bool:
    try:
        os.stat(path)
    except OSError as exc:
        return exc.errno == errno.ELOOP
    return False
