"""The one way the make_*.py scripts here write a word list: the script's docstring as '#'
comment lines (how the list was built, its source and licence), a blank line, one entry a line."""

from __future__ import annotations

from pathlib import Path


def write_list(path: Path, doc: str | None, values: list[str]) -> None:
    """Write ``values`` (already in their order) under ``doc`` as comments.

    >>> import tempfile
    >>> p = Path(tempfile.mkdtemp()) / "x.txt"
    >>> write_list(p, "Built from X.\\n\\nCC0.", ["a", "b"])  # doctest: +ELLIPSIS
    /...x.txt: 2 names
    >>> p.read_text(encoding="utf-8")
    '# Built from X.\\n#\\n# CC0.\\n\\na\\nb\\n'
    """
    header = (doc or "").strip().splitlines()
    lines = ["# " + line if line else "#" for line in header]
    path.write_text("\n".join([*lines, "", *values]) + "\n", encoding="utf-8")
    print(f"{path}: {len(values)} names")
