"""Mail domains, offline: a public suffix (tldextract's bundled list) or a named host under a
reserved or internal top-level domain. Light (no Presidio): ``detectors.in_names`` masks
e-mail addresses in paths with it in the scan's parent process.

https://github.com/john-kurkowski/tldextract  ·  RFC 2606, RFC 6761, RFC 6762
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import tldextract


@lru_cache(maxsize=1)
def _extractor() -> tldextract.TLDExtract:
    # Imported here: tldextract brings requests and idna (0.16-0.19 CPU-s), and the scan's
    # parent imports this module through in_names and reports without needing it on most scans.
    import tldextract

    # No suffix_list_urls and no cache dir: tldextract uses the snapshot bundled in the
    # wheel and never opens a socket or writes a cache (tests/detectors/test_no_network.py).
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


# Names no registry hands out but mail systems use: reserved for documentation and tests
# (RFC 2606, RFC 6761), multicast/internal networks (RFC 6762, ICANN's .internal) and the
# usual internal Exchange domains. A person's address there is as personal as any other.
RESERVED_TLDS = frozenset(("example", "test", "invalid", "localhost", "local", "internal",
                           "intern", "lan", "corp", "home", "localdomain"))


def registrable(domain: str) -> str:
    """The domain's public suffix and the label before it (ICANN section of the bundled list,
    offline), else its last two labels.

    >>> registrable("mail.hotmail.co.uk"), registrable("hr.werkbureau.nl")
    ('hotmail.co.uk', 'werkbureau.nl')
    """
    domain = domain.lower().strip(".")
    return _extractor()(domain).top_domain_under_public_suffix or ".".join(domain.split(".")[-2:])


def has_public_suffix(domain: str) -> bool:
    """True when ``domain`` ends in a known public suffix (bundled list, offline).

    >>> has_public_suffix("voorbeeld.nl"), has_public_suffix("server.lokaal")
    (True, False)
    """
    parts = _extractor()(domain)
    return bool(parts.suffix and parts.domain)


def is_mail_domain(domain: str) -> bool:
    """A public domain, or a named host under a reserved or internal top-level domain.

    >>> is_mail_domain("bedrijf.local"), is_mail_domain("firma.example"), is_mail_domain("x.y")
    (True, True, False)
    """
    name, _, tld = domain.lower().rpartition(".")
    return has_public_suffix(domain) or (tld in RESERVED_TLDS and bool(name))
