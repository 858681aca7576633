"""PERSON: initials with a particle's letters and full stops ("T.v.O.", "J.v.d.B."), and
listed initials with full stops written again without them ("BV: ..."). Cases written
here."""

from __future__ import annotations

from detectors import detect


def _names(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang, document=True)
            if d.entity == "PERSON"]


def test_dotted_initials_with_a_particle_in_a_list_and_again() -> None:
    text = ("Werkoverleg installatieploeg 4 maart\n\nAanwezig: R.K. (voorzitter), A.B., "
            "J.v.d.B., S.O.\nNotulen: A.B.\n\nJ.v.d.B. meldt dat de steiger is afgekeurd. "
            "S.O. bestelt nieuwe kabelhaspels.\n")
    names = _names(text)
    assert names.count("J.v.d.B.") == 2


def test_dotted_initials_of_a_name_seen_in_full() -> None:
    text = ("Verslag bouwoverleg\nAanwezig: Joost van Oorschot, Meryem Aksoy, Sven Lind\n\n"
            "1. Planning\nJ.v.O. licht de planning van week 12 toe.\n")
    assert "J.v.O." in _names(text)


def test_listed_initials_with_stops_count_written_without_them() -> None:
    text = ("Toolbox meeting scaffolding, 9 March\n\nPresent: R.D. (chair), L.M., P.K., "
            "H.v.T., B.V.\nMinutes: L.M.\n\n- RD: new harness inspection from Monday.\n"
            "- PK and HvT still need the refresher course.\n"
            "- BV: order the harnesses via Jansen BV, not via the site office.\n")
    found = [(d.start, text[d.start:d.end]) for d in detect(text, "en", document=True)
             if d.entity == "PERSON"]
    names = [n for _, n in found]
    assert {"RD", "PK", "HvT", "BV"} <= set(names), names
    # a firm's legal form after its name is not B.V.'s initials
    assert (text.index("Jansen BV") + len("Jansen "), "BV") not in found


def test_dotted_initials_listed_after_other_initials() -> None:
    # "RS, M.B." is two people's initials, not a surname and its owner's initials
    text = ("Toolbox laadpalen, 3 maart\nAanwezig: JdG (voorzitter), RS, M.B., TV\n\n"
            "1. Rondvraag: M.B. vraagt naar winterjassen.\n")
    names = _names(text)
    assert names.count("M.B.") == 2, names
