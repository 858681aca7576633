"""The registrable domain of a mail address ("planning.werkbureau.co.uk" -> "werkbureau.co.uk"):
one label more than its public suffix. The suffixes are the Public Suffix List where the
system has one (Debian's `publicsuffix` package), else public_suffixes.txt."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

SYSTEM_LIST = Path("/usr/share/publicsuffix/public_suffix_list.dat")
FALLBACK = Path(__file__).with_name("public_suffixes.txt")


def registrable(domain: str) -> str:
    """The domain's public suffix and the label before it.

    >>> registrable("mail.hotmail.co.uk"), registrable("hr.werkbureau.nl")
    ('hotmail.co.uk', 'werkbureau.nl')
    """
    labels = domain.lower().strip(".").split(".")
    rules, wildcards, exceptions = _suffixes()
    for i in range(len(labels)):  # the longest suffix first
        suffix = ".".join(labels[i:])
        if suffix in exceptions:  # "!www.ck": the exception is registrable itself
            return suffix
        if suffix in rules or ".".join(labels[i + 1:]) in wildcards:
            return ".".join(labels[max(0, i - 1):])
    return ".".join(labels[-2:])


@lru_cache(maxsize=1)
def _suffixes() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(rules, wildcard parents, exceptions) of the list, ICANN and private sections."""
    path = SYSTEM_LIST if SYSTEM_LIST.is_file() else FALLBACK
    rules, wildcards, exceptions = set(), set(), set()
    for line in path.read_text(encoding="utf-8").splitlines():
        entry = line.strip().split(" ")[0].lower()
        if not entry or entry.startswith("//"):
            continue
        if entry.startswith("!"):
            exceptions.add(entry[1:])
        elif entry.startswith("*."):
            wildcards.add(entry[2:])
        else:
            rules.add(entry)
    return frozenset(rules), frozenset(wildcards), frozenset(exceptions)
