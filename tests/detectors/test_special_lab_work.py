"""SPECIAL_HEALTH: a condition named as a lab's work or a test's subject ("HIV-screening van
donormateriaal", "a Parkinson's disease lab", "diabetes assays") is a field of work, not the
writer's or anyone's health (rules.toml exclude_after); the same condition said of a person
stays health data. Cases written here; special-doctype-rules-38 showed the kind."""

from __future__ import annotations

import pytest

from detectors import detect


def _health(text: str, lang: str) -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == "SPECIAL_HEALTH"]


@pytest.mark.parametrize(("text", "lang"), [
    (("Ik werkte drie jaar als analist op het virologielab (hepatitis-screening van "
     "bloeddonaties)."), "nl"),
    ("Stage: acht maanden in een diabeteslab, waar ik insuline-assays opzette.", "nl"),
    ("I spent a year in a multiple sclerosis lab running cell cultures.", "en"),
    ("My thesis work covered tuberculosis screening of migrant workers at the GGD.", "en"),
])
def test_a_condition_as_lab_work_is_no_health_data(text: str, lang: str) -> None:
    assert _health(text, lang) == []


@pytest.mark.parametrize(("text", "lang"), [
    ("Ik heb hepatitis B en werk sinds 2020 in het lab.", "nl"),
    ("I was diagnosed with multiple sclerosis last year; the lab job suits me.", "en"),
])
def test_a_condition_of_a_person_beside_lab_work_stays(text: str, lang: str) -> None:
    assert _health(text, lang) != []
