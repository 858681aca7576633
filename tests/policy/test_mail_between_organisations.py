"""`bsn-outside-hr` in an e-mail between two organisations (issue #15, stop 35).

A BSN in a payroll or HR record breaks no rule (SPEC), and an `other` document counts as one
by its HR words (hr_records.toml). An e-mail whose sender and recipient are at two different
organisations' domains has left the personnel file whatever HR words it holds: hours sent to
a client, a client's or an authority's mail about a worker. Mail within one organisation
(subdomains too) and mail from or to a personal mailbox (a worker writing to HR) stay HR
records. All names, domains and numbers are made up; the BSNs pass the 11-check.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from scanner.extract.limits import Limits
from scanner.models import SourceItem
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
                      "loonstrook\n\nWerknemer Kim Jansen, BSN 673663905, loonstrook maart "
                      "gecorrigeerd; loonheffing aangepast.\n"),
    # a worker writes to HR from a personal mailbox
    "eigen-mailbox.txt": ("Van: kim.jansen@gmail.com\nAan: salarisadministratie@flexbureau.nl\n"
                          "Onderwerp: loonstrook\n\nMijn loonstrook van maart klopt niet, de "
                          "loonheffing is te hoog. Werknemer Kim Jansen, BSN 673663905.\n"),
    # no addresses at all: read by its words, as before
    "urenstaat.txt": ("Urenstaat week 12\nWerknemer: Kim Jansen\nBSN: 673663905\nGewerkte uren: "
                      "36\nLoonheffing: verwerkt\n"),
}


def _rules(path: Path, text: str) -> tuple[str, bool, set[str]]:
    path.write_text(text, encoding="utf-8")
    item = SourceItem(path=str(path), member=None, size=path.stat().st_size,
                      modified=datetime(2026, 3, 1, tzinfo=UTC))
    cfg = ScanConfig(key=b"test-key-0123456789", policy_path=None, limits=Limits(),
                     now=datetime(2026, 3, 2, tzinfo=UTC))
    (result, *_) = process_file(item, cfg)
    return (result.file.doc_type, result.file.hr_record,
            {r for f in result.findings if f.entity == "NL_BSN" for r in f.rules})


@pytest.mark.parametrize("name", sorted(OUTSIDE))
def test_a_bsn_in_mail_between_two_organisations_is_outside_hr(tmp_path: Path,
                                                                name: str) -> None:
    doc_type, hr_record, rules = _rules(tmp_path / name, OUTSIDE[name])
    assert doc_type == "other" and not hr_record
    assert "bsn-outside-hr" in rules


@pytest.mark.parametrize("name", sorted(INSIDE))
def test_a_bsn_in_an_hr_record_within_the_organisation_breaks_no_rule(tmp_path: Path,
                                                                      name: str) -> None:
    _, hr_record, rules = _rules(tmp_path / name, INSIDE[name])
    assert hr_record
    assert "bsn-outside-hr" not in rules
