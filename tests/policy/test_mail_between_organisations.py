"""`bsn-outside-hr` in an e-mail between two organisations (issue #15, stop 35).

A BSN in a payroll or HR record breaks no rule (SPEC), and an `other` document counts as one
by its HR words (hr_records.toml). An e-mail whose sender and recipient are at two different
organisations' domains has left the personnel file whatever HR words it holds: hours sent to
a client, a client's or an authority's mail about a worker. Mail within one organisation
(subdomains too) and mail from or to a personal mailbox (a worker writing to HR) stay HR
records. Which domains are the organisation's the policy says (bsn-outside-hr own_domains);
none named, no mail is judged by its addresses (mend35). All names, domains and numbers are made up; the BSNs pass the 11-check.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from scanner.extract.limits import Limits
from scanner.models import SourceItem
from scanner.policy.hr_record import HEADER_CHARS, _hr_records, between_organisations
from scanner.scan_item import ScanConfig, process_file

OUTSIDE = {
    "uren-naar-klant.txt": ("Van: salaris@werkbureau-noord.nl\nAan: inkoop@bouwbedrijf-dekker.nl\n"
                            "Onderwerp: urenstaat week 12\n\nDe werknemer Tom Smit (BSN "
                            "308204724) heeft 36 gewerkte uren; loonheffing is verwerkt.\n"),
    "employee-to-client.txt": ("From: hr@staffing-west.example.com\nTo: facilities@harbour-"
                               "logistics.nl\nSubject: new employee\n\nOur employee Anna "
                               "Kowalczyk starts on Monday, employee number 5521, payroll "
                               "BSN 983861079.\n"),
    "klant-naar-bureau.txt": ("Van: planning@kwekerij-zonneveld.nl\nAan: loonadministratie@"
                              "flexbureau.nl\nOnderwerp: urenregistratie\n\nUrenoverzicht van "
                              "werknemer Piet Bos, BSN 143684541, dienstrooster week 8.\n"),
    "belasting.txt": ("Van: loonheffingen@belastingdienst-voorbeeld.nl\nAan: salarisadministratie"
                      "@flexbureau.nl\nOnderwerp: controle 2025\n\nBij de controle bleek dat de werknemer "
                      "met BSN 582531950 te weinig loonheffing is ingehouden.\n"),
    "pensioen.txt": ("From: Pensioenfonds Uitzend <info@pensioen-uitzend.nl>\nTo: HR <hr@"
                     "flexbureau.nl>\nSubject: pensioenaangifte\n\nFor employee Lisa de Vries "
                     "(BSN 424075866) the payroll return for week 10 is missing.\n"),
}
INSIDE = {
    # one organisation, a subdomain of it
    "subdomein.txt": ("Van: hr@mail.flexbureau.nl\nAan: salaris@flexbureau.nl\nOnderwerp: "
                      "urenstaat\n\nWerknemer Kim Jansen, BSN 673663905, urenstaat maart "
                      "gecorrigeerd; loonheffing aangepast.\n"),
    # a worker writes to HR from a personal mailbox, at home or abroad
    "eigen-mailbox.txt": ("Van: kim.jansen@gmail.com\nAan: salarisadministratie@flexbureau.nl\n"
                          "Onderwerp: urenstaat\n\nMijn urenstaat van maart klopt niet, de "
                          "loonheffing is te hoog. Werknemer Kim Jansen, BSN 673663905.\n"),
    "mailbox-buitenland.txt": ("Van: i.popescu@yahoo.ro\nAan: salarisadministratie@"
                               "flexbureau.nl\nOnderwerp: urenstaat\n\nMijn urenstaat van "
                               "maart klopt niet, de loonheffing is te hoog. Werknemer Ioana "
                               "Popescu, BSN 673663905.\n"),
    "mailbox-uk.txt": ("From: s.hughes@hotmail.co.uk\nTo: payroll@flexbureau.nl\nSubject: "
                       "timesheet\n\nMy timesheet for March is wrong, the loonheffing is too "
                       "high. Employee Sam Hughes, BSN 673663905.\n"),
    # no addresses at all: read by its words, as before
    "urenstaat.txt": ("Urenstaat week 12\nWerknemer: Kim Jansen\nBSN: 673663905\nGewerkte uren: "
                      "36\nLoonheffing: verwerkt\n"),
}
# the organisation's own mail domains, as a DPO names them in the policy
OWN = ("werkbureau-noord.nl", "staffing-west.example.com", "flexbureau.nl")


def _policy(path: Path, own: tuple[str, ...] = OWN) -> Path:
    policy = path / "policy.toml"
    policy.write_text("[rules.bsn-outside-hr]\nown_domains = [" + ", ".join(
        f'"{d}"' for d in own) + "]\n", encoding="utf-8")
    return policy


def _rules(path: Path, text: str, policy: Path | None) -> tuple[str, bool, set[str]]:
    path.write_text(text, encoding="utf-8")
    item = SourceItem(path=str(path), member=None, size=path.stat().st_size,
                      modified=datetime(2026, 3, 1, tzinfo=UTC))
    cfg = ScanConfig(key=b"test-key-0123456789", policy_path=policy, limits=Limits(),
                     now=datetime(2026, 3, 2, tzinfo=UTC))
    (result, *_) = process_file(item, cfg)
    return (result.file.doc_type, result.file.hr_record,
            {r for f in result.findings if f.entity == "NL_BSN" for r in f.rules})


@pytest.mark.parametrize("name", sorted(OUTSIDE))
def test_a_bsn_in_mail_between_two_organisations_is_outside_hr(tmp_path: Path,
                                                                name: str) -> None:
    doc_type, hr_record, rules = _rules(tmp_path / name, OUTSIDE[name], _policy(tmp_path))
    assert doc_type == "other" and not hr_record
    assert "bsn-outside-hr" in rules


@pytest.mark.parametrize("name", sorted(OUTSIDE))
def test_without_own_domains_no_mail_is_judged_by_its_addresses(tmp_path: Path,
                                                                name: str) -> None:
    doc_type, hr_record, _ = _rules(tmp_path / name, OUTSIDE[name], None)
    assert doc_type == "other" and hr_record


@pytest.mark.parametrize("name", sorted(INSIDE))
def test_a_bsn_in_an_hr_record_within_the_organisation_breaks_no_rule(tmp_path: Path,
                                                                      name: str) -> None:
    doc_type, hr_record, rules = _rules(tmp_path / name, INSIDE[name], _policy(tmp_path))
    assert doc_type == "other" and hr_record
    assert "bsn-outside-hr" not in rules


# (sender, recipient, own domains, between organisations)
HEADERS = [
    ("salaris@werkbureau.nl", "inkoop@bouwbedrijf.nl", ("werkbureau.nl",), True),
    ("inkoop@bouwbedrijf.nl", "hr@planning.werkbureau.nl", ("werkbureau.nl",), True),
    ("hr@werkbureau.nl", "klant@bouwbedrijf.co.uk", ("werkbureau.nl",), True),
    # ours on both sides, a subdomain, or a second own domain
    ("hr@mail.werkbureau.nl", "salaris@werkbureau.nl", ("werkbureau.nl",), False),
    ("hr@werkbureau.nl", "hr@werkbureau-zuid.nl", ("werkbureau.nl", "werkbureau-zuid.nl"),
     False),
    # a personal mailbox under any country's suffix
    ("hr@werkbureau.nl", "ana@yahoo.ro", ("werkbureau.nl",), False),
    ("petar@abv.bg", "hr@werkbureau.nl", ("werkbureau.nl",), False),
    ("hr@werkbureau.nl", "sam@hotmail.co.uk", ("werkbureau.nl",), False),
    ("jan@gmail.com", "hr@werkbureau.nl", ("werkbureau.nl",), False),
    # neither side ours: two other organisations, or two under one two-part suffix
    ("a@klant.co.uk", "b@leverancier.co.uk", ("werkbureau.nl",), False),
    ("a@klant.nl", "b@leverancier.nl", ("werkbureau.nl",), False),
    # no own domain named: no guess
    ("salaris@werkbureau.nl", "inkoop@bouwbedrijf.nl", (), False),
]


@pytest.mark.parametrize(("sender", "recipient", "own", "between"), HEADERS)
def test_between_organisations(sender: str, recipient: str, own: tuple[str, ...],
                               between: bool) -> None:
    text = f"van: {sender}\naan: {recipient}\nonderwerp: uren\n\nde urenstaat.\n"
    assert between_organisations(text, own, _hr_records()) is between


def test_a_header_address_is_read_within_its_line_start() -> None:
    """A long word after "Van:" is read up to HEADER_CHARS, not searched for an address to
    its end (the pattern was quadratic in the word's length)."""
    far = f"van: {'a' * (HEADER_CHARS + 10)} x@bouwbedrijf.nl\naan: hr@werkbureau.nl\n"
    near = "van: Piet Smit x@bouwbedrijf.nl\naan: hr@werkbureau.nl\n"
    assert not between_organisations(far, ("werkbureau.nl",), _hr_records())
    assert between_organisations(near, ("werkbureau.nl",), _hr_records())
