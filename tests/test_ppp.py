"""Purchasing-power parity: worked example, country choice, years, data integrity."""

from __future__ import annotations

import csv
import importlib.util
import itertools
import pathlib
from datetime import date
from decimal import Decimal

import pytest

import salarykit as sk
from salarykit import ConversionError, DataNotFoundError, Period, Salary, StaticRateProvider
from salarykit._ppp import load_table

D = Decimal
ROOT = pathlib.Path(__file__).resolve().parent.parent


def yearly(low: str, high: str | None, currency: str, **kw: object) -> Salary:
    return Salary(
        low=D(low), high=None if high is None else D(high), currency=currency, period=Period.YEAR, **kw  # type: ignore[arg-type]
    )


def lcu(country: str, year: int) -> Decimal:
    return load_table("ppp.csv")[country].values[year]


def test_worked_example_cny_2024() -> None:
    """1 200 000 CNY a year in international dollars of 2024 (China's factor, assumed from CNY)."""
    monthly = Salary(low=D(100000), high=D(100000), currency="CNY", period=Period.MONTH)
    out = monthly.annual().to_ppp(2024)
    assert out.currency == "XPPP" and out.period is Period.YEAR
    assert abs(out.low - D(1200000) / lcu("CN", 2024)) < D("1e-18")  # type: ignore[operator]
    step = out.provenance[-1]
    assert step.kind == "ppp" and step.year == 2024 and not step.fallback
    assert (step.from_unit, step.to_unit) == ("CNY", "XPPP")
    assert "country CN (assumed from the currency CNY)" in step.note
    assert "World Bank" in step.source


@pytest.mark.parametrize(
    ("s", "country", "expected_country", "how"),
    [
        (yearly("50000", None, "USD"), None, "US", "assumed from the currency USD"),
        (yearly("50000", None, "GBP"), None, "GB", "assumed from the currency GBP"),
        (yearly("6000000", None, "JPY"), None, "JP", "assumed from the currency JPY"),
        (yearly("50000", None, "EUR", country="FR"), None, "FR", "the salary's country"),
        (yearly("50000", None, "EUR"), "de", "DE", "given"),
        (yearly("50000", None, "EUR", country="FR"), "ES", "ES", "given"),
    ],
)
def test_country_choice(s: Salary, country: str | None, expected_country: str, how: str) -> None:
    step = s.to_ppp(2023, country=country).provenance[-1]
    assert f"country {expected_country} ({how})" in step.note
    assert step.factor == 1 / lcu(expected_country, 2023)


def test_euro_countries_differ() -> None:
    s = yearly("50000", "60000", "EUR")
    values = {c: s.to_ppp(2024, country=c).low for c in ("FR", "DE", "ES", "IT", "PT", "GR")}
    assert len(set(values.values())) == len(values)
    assert values["PT"] > values["FR"]  # a euro buys more in Portugal


def test_shared_currency_needs_a_country() -> None:
    with pytest.raises(ConversionError, match=r"EUR is the currency of \d+ countries"):
        yearly("50000", None, "EUR").to_ppp(2024)
    with pytest.raises(ConversionError, match="XOF is the currency of"):
        yearly("5000000", None, "XOF").to_ppp(2024)


def test_other_currency_converted_at_market_first() -> None:
    s = yearly("60000", None, "USD", country="FR")
    out = s.to_ppp(2024)
    rate, ppp = out.provenance
    assert rate.kind == "rate" and (rate.from_unit, rate.to_unit) == ("USD", "EUR")
    assert rate.on == date(2024, 7, 1) and "before PPP" in rate.note
    assert ppp.from_unit == "EUR"
    assert abs(out.low - D(60000) * rate.factor / lcu("FR", 2024)) < D("1e-18")  # type: ignore[operator]
    fixed = s.to_ppp(2024, provider=StaticRateProvider({"USD": "1.25"}))
    assert fixed.provenance[0].factor == D("0.8")


def test_years() -> None:
    s = yearly("1000000", None, "INR")
    latest = s.to_ppp()
    assert latest.provenance[-1].year == 2024 and not latest.provenance[-1].fallback
    assert "latest year of the data (2024)" in latest.provenance[-1].note
    late = s.to_ppp(2031)
    assert late.provenance[-1].year == 2024 and late.provenance[-1].fallback
    assert "2031 is beyond the data" in late.provenance[-1].note
    with pytest.raises(DataNotFoundError, match="covers 2000–2024"):
        s.to_ppp(1995)


def test_missing_country() -> None:
    with pytest.raises(DataNotFoundError, match="Taiwan is absent"):
        yearly("1000000", None, "TWD").to_ppp(2024)
    with pytest.raises(ConversionError, match="no country is known for the currency XAU"):
        yearly("1", None, "XAU").to_ppp(2024)


def test_united_states_is_one_and_ppp_is_idempotent() -> None:
    out = yearly("100000", "120000", "USD").to_ppp(2024)
    assert (out.low, out.high) == (D(100000), D(120000))
    assert out.to_ppp(2024) is out
    assert sk.to_ppp(yearly("1", None, "USD"), 2024).currency == "XPPP"


def test_no_amount() -> None:
    with pytest.raises(ConversionError):
        Salary(negotiable=True, currency="CNY").to_ppp(2024)


# ------------------------------------------------------------------------------ data files
def _builder() -> object:
    spec = importlib.util.spec_from_file_location("build_worldbank", ROOT / "scripts" / "build_worldbank.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_data_files_are_generated_not_edited(shared_dir: pathlib.Path) -> None:
    built = _builder().build(shared_dir / "data")  # type: ignore[attr-defined]
    for name, text in built.items():
        committed = (ROOT / "salarykit" / "data" / name).read_text(encoding="utf-8")
        assert committed == text, f"salarykit/data/{name} differs from scripts/build_worldbank.py output"


def test_data_files_credit_the_world_bank() -> None:
    for name in ("ppp.csv", "inflation.csv"):
        head = (ROOT / "salarykit" / "data" / name).read_text(encoding="utf-8").splitlines()[0]
        assert "World Bank, World Development Indicators (CC BY 4.0)" in head


def test_series_are_in_the_current_currency(shared_dir: pathlib.Path) -> None:
    """Every change of currency in the World Bank table is continuous (no ×1000 jump):
    the whole series is in the country's current currency, as the build script assumes."""
    with (shared_dir / "data" / "ppp_gdp_world_bank.csv").open(encoding="utf-8") as fh:
        rows = sorted(csv.DictReader(fh), key=lambda r: (r["country"], int(r["year"])))
    for before, after in itertools.pairwise(rows):
        if before["country"] == after["country"] and before["currency"] != after["currency"] and before["currency"]:
            ratio = D(after["lcu_per_international_dollar"]) / D(before["lcu_per_international_dollar"])
            if after["country"] != "VE":  # hyperinflation: no bound holds year on year
                assert D("0.5") < ratio < D("2"), (before, after)  # redenominations are ×1000s


def test_worked_example_from_text() -> None:
    out = sk.parse("100 000 yuans/mois").annual().to_ppp(2024)
    assert abs(out.low - D(1200000) / lcu("CN", 2024)) < D("1e-18")  # type: ignore[operator]
    assert out.currency == "XPPP" and out.provenance[-1].year == 2024


def test_build_script_doctests() -> None:
    """scripts/ is outside the package, so its doctests are run here."""
    import doctest

    result = doctest.testmod(_builder(), optionflags=doctest.ELLIPSIS)  # type: ignore[arg-type]
    assert result.attempted > 0 and result.failed == 0


@pytest.mark.parametrize(
    ("currency", "country", "on"),
    [("USD", "FR", date(2024, 7, 1)), ("GBP", "DE", date(2023, 3, 15)), ("JPY", "CN", date(2022, 11, 30))],
)
def test_foreign_currency_is_the_same_as_converting_first(currency: str, country: str, on: date) -> None:
    s = yearly("70000", "90000", currency, country=country)
    direct = s.to_ppp(on.year, on=on)
    local = load_table("ppp.csv")[country].currency
    two_steps = s.convert(local, on=on).to_ppp(on.year)
    assert direct.low == two_steps.low and direct.high == two_steps.high
    assert [p.kind for p in direct.provenance] == ["rate", "ppp"]
