"""Handles that spell out a person's name (detectors/person_handles.py): after "@", or as a
pasted DM's sender line; nicknames, shops, e-mail addresses, URLs and file or domain names are
no persons. All names synthetic; messages written for these tests."""

from __future__ import annotations

import pytest

from detectors import detect
from detectors.person_handles import handles, is_name_handle


def _names(text: str) -> list[str]:
    return [text[d.start : d.end] for d in detect(text, "nl") if d.entity == "PERSON"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Volg je @bram.hoekstra al? Hij post de roosters daar.", "bram.hoekstra"),
        ("cc @yara_mulder voor de planning van zaterdag", "yara_mulder"),
        ("@merel ben je er morgen om zeven?", "merel"),
        ("Insta: @esra.yilmaz (stuur maar een berichtje)", "esra.yilmaz"),
        ("Thanks to @nadia.haddad for the tip about the summer job!", "nadia.haddad"),
        ("Zie story van @Lotte_vd_Berg, daar staat de locatie", "Lotte_vd_Berg"),
        ("@mulder.sven heeft de sleutels", "mulder.sven"),
        ("jeroen_smit: klopt het dat we vrijdag vrij zijn?", "jeroen_smit"),
        ("Gisteren\nfleur.dekker\nhey! zag je vacature op insta", "fleur.dekker"),
        ("ok top\nkofi.asante:\nik kan vanaf juli", "kofi.asante"),
    ],
)
def test_handle_that_spells_a_name(text: str, expected: str) -> None:
    assert expected in [text[s:e] for s, e, _ in handles(text)]
    assert expected in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        # an e-mail address: a word before the "@"
        "Mail je cv naar sanne.jansen@voorbeeld.nl of bel even",
        # a nickname, a glued diminutive, a number in the name
        "Volg @djbeatz_013 voor de afterparty",
        "haha @lottieee jij weer",
        "@bigboss_010 zegt dat het doorgaat",
        # a shop, a team, a brand
        "Bestel bij @kapperdeschaar of @bakkerij.hoek",
        "@planning_team graag voor vrijdag laten weten",
        # a URL path and a domain or file name opening a line
        "https://voorbeeld.nl/@bram/profiel",
        "sanne.nl\nis mijn portfolio",
        "rapport_final.docx\nzit in de bijlage",
        # a date or year as a handle
        "@2026_planning staat online",
    ],
)
def test_no_person_handle(text: str) -> None:
    assert list(handles(text)) == []


def test_handle_parts_read_as_names() -> None:
    assert is_name_handle("yara_mulder") and is_name_handle("mulder.yara")
    assert not is_name_handle("weekend_vibes") and not is_name_handle("mulder_weekend")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # names on no list, given in full elsewhere in the same text
        ("Met vriendelijke groet,\n\nKwabena Owusu\n\nInsta: @owusu.kwabena", "owusu.kwabena"),
        ("Groeten, Tesfay Gebremedhin\n\ntesfay.gebremedhin\nHoi, nog even over mijn uren",
         "tesfay.gebremedhin"),
        ("Aanmelding van Djenairo Martina. Insta: @djenairo_m", "djenairo_m"),
        ("Groetjes,\nXiomara Statia (@statia.xiomara)", "statia.xiomara"),
        ("@zebedeus.oduya schreef: namens Zebedeus Oduya een vraag", "zebedeus.oduya"),
        ("Ik ben Marisol Cijntje.\nmarisol.cijntje:\nwanneer hoor ik iets?", "marisol.cijntje"),
        ("Vraag van Yordanos Tekle via @yordanos_t", "yordanos_t"),
        ("Contact: Sjaheen Ramdin (@ramdin.sjaheen)", "ramdin.sjaheen"),
    ],
)
def test_handle_of_a_name_the_text_gives(text: str, expected: str) -> None:
    assert expected in _names(text)


def test_handle_not_of_a_name_the_text_gives() -> None:
    # the text's name is one person, the handle a shop with no part of it
    text = "Ik ben Tesfay Gebremedhin en werk bij @snackbar.hoek"
    assert "snackbar.hoek" not in _names(text)


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("Spreker: Marloes Verhoeven (@marloesverhoeven, 12k volgers) opent de middag.",
         "marloesverhoeven"),
        ("Our guest Tomasz van der Linde posts as @tomaszvanderlinde88 on Instagram.",
         "tomaszvanderlinde88"),
        ("Bedankt Ilse de Boer! Tag haar gerust: @ilse_deboer", "ilse_deboer"),
    ],
)
def test_a_handle_that_glues_a_name_the_text_gives_in_full(text: str, handle: str) -> None:
    assert handle in _names(text)


def test_a_glued_handle_of_no_name_in_the_text_is_no_person() -> None:
    # the name the handle glues is nowhere in the text in full, and no name of ours
    text = "Kees Jansen deelde de post van @dijkstrabouwt en @groenerijders."
    names = _names(text)
    assert "dijkstrabouwt" not in names and "groenerijders" not in names
