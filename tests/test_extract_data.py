"""The extraction vocabulary files: complete, well-formed and consistent."""

from __future__ import annotations

import itertools
import re
from decimal import Decimal
from importlib import resources
from typing import Any

import pytest
import yaml

from salarykit._extract_lexicon import languages, lexicon, markets, places, syntax

FOLDER = resources.files("salarykit").joinpath("data").joinpath("extract")
REQUIRED = [
    "code", "stopwords", "salary_words", "non_salary", "change_words", "kinds", "roles",
    "about_direction", "about_stop", "source_before", "months", "dates", "periods_context",
    "periods_after", "range", "bounds", "approximate",
]  # fmt: skip
LABELS = {"budget", "investment", "revenue", "valuation", "funding", "price", "fine", "profit"}
KINDS = {"maximum", "minimum", "mean", "median", "offer", "survey"}
PERIODS = {"hour", "day", "week", "month", "year"}


def _load(name: str) -> dict[str, Any]:
    data = yaml.safe_load(FOLDER.joinpath(name).read_text("utf-8"))
    assert isinstance(data, dict)
    return data


def test_at_least_the_six_languages_of_the_issue() -> None:
    assert {"en", "fr", "zh", "de", "es", "ja"} <= set(languages())


@pytest.mark.parametrize("code", languages())
def test_language_file(code: str) -> None:
    data = _load(f"{code}.yaml")
    for key in REQUIRED:
        assert key in data, f"{code}.yaml lacks {key}"
    assert data["code"] == code
    assert set(data["non_salary"]) <= LABELS
    assert set(data["kinds"]) <= KINDS
    assert set(data["periods_context"]) <= PERIODS and set(data["periods_after"]) <= PERIODS
    assert data["about_direction"] in ("left", "right")
    assert len(data["months"]) == 12
    # a word cannot be both pay and not pay
    pay = {str(w).lower() for w in data["salary_words"]}
    for label, words in data["non_salary"].items():
        assert not pay & {str(w).lower() for w in words}, (code, label)
    lexicon(code)  # compiles


def test_markets() -> None:
    mk = markets()
    _, table = places()
    for place in table.values():
        assert place.country in mk.currency, f"{place.name}: no currency for {place.country}"
    for currency, bands in mk.bands.items():
        spans = sorted(bands.values())
        for (lo1, hi1), (lo2, _) in itertools.pairwise(spans):
            assert lo1 < hi1 <= lo2, f"{currency}: bands overlap"
        assert set(bands) <= PERIODS
    assert mk.max_salary >= Decimal(10) ** 8


def test_currency_codes_are_iso() -> None:
    for word, code in syntax().currency_codes.items():
        assert re.fullmatch(r"[A-Z]{3}", code), word


def test_places_are_not_ambiguous() -> None:
    seen: dict[str, str] = {}
    for country, entry in _load("places.yaml")["countries"].items():
        for key in ("names", "cities", "organisations"):
            for name in entry.get(key) or ():
                assert seen.setdefault(str(name), country) == country, (
                    f"{name}: {seen[str(name)]} and {country}"
                )


@pytest.mark.parametrize("code", languages())
def test_magnitudes_agree_with_the_parser(code: str) -> None:
    """Every magnitude extraction finds in prose ("45 milliers d'euros", "40 miles de euros")
    is one the parser reads in that language, with the same value: extraction hands the
    figure's span to the parser, so a word only one of them knows is a figure lost. Magnitudes
    of money too large to be pay ("billions", "兆") only ever label budgets and need not be."""
    words = _load(f"{code}.yaml").get("magnitudes") or {}
    parser = resources.files("salarykit").joinpath("data").joinpath("lang")
    if not parser.joinpath(f"{code}.yaml").is_file():
        pytest.skip(f"the parser has no {code} lexicon")
    theirs = yaml.safe_load(parser.joinpath(f"{code}.yaml").read_text("utf-8"))
    base = yaml.safe_load(parser.joinpath("base.yaml").read_text("utf-8"))
    known = {
        str(k).lower(): Decimal(str(v))
        for k, v in {**(base.get("magnitudes") or {}), **(theirs.get("magnitudes") or {})}.items()
    }
    for word, value in words.items():
        if Decimal(str(value)) >= markets().max_salary:
            continue
        assert known.get(str(word).lower()) == Decimal(str(value)), (code, word)
