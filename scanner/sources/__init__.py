"""Sources yield SourceItems (files to scan); they never parse."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from scanner.models import FileError, SkippedEntry, SourceItem


def resolve(
    root: str, include: Sequence[str] = (), exclude: Sequence[str] = ()
) -> Iterator[SourceItem | FileError | SkippedEntry]:
    """Items under a PATH argument: a local path or an ``smb://`` URL."""
    if root.startswith("smb://"):
        from scanner.sources.smb import walk as walk_smb

        yield from walk_smb(root, include, exclude)
        return
    from scanner.sources.fileshare import walk

    yield from walk(root, include, exclude)
