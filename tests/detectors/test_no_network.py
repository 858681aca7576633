"""Detection never opens a socket: tldextract uses its bundled public-suffix snapshot."""

from __future__ import annotations

import socket

import pytest

from detectors import contact, detect


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise NetworkUsed("detection tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


@pytest.mark.parametrize(
    "text",
    [
        "E-mail: jan.jansen@voorbeeld.nl, s.devries@mail.example.co.uk",
        "Contact info@bedrijf.amsterdam of kandidaat@uni.ac.be",
    ],
)
def test_detect_opens_no_socket(no_network: None, text: str) -> None:
    contact._extractor.cache_clear()  # a fresh TLDExtract, as in a new worker
    found = [d.entity for d in detect(text, "nl")]
    assert found.count("EMAIL_ADDRESS") == 2
