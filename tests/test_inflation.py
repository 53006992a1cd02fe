"""Inflation adjustment with World Bank consumer-price inflation."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import salarykit as sk
from salarykit import ConversionError, DataNotFoundError, Period, Salary
from salarykit._ppp import load_table

D = Decimal


def yearly(low: str, high: str | None, currency: str, **kw: object) -> Salary:
    return Salary(
        low=D(low), high=None if high is None else D(high), currency=currency, period=Period.YEAR, **kw  # type: ignore[arg-type]
    )


def cpi(country: str, year: int) -> Decimal:
    return 1 + load_table("inflation.csv")[country].values[year] / 100


@pytest.mark.parametrize(
    ("s", "from_year", "to_year", "country", "factor_country", "years"),
    [
        (yearly("40000", "45000", "USD"), 2022, 2024, None, "US", [2023, 2024]),
        (yearly("300000", None, "CNY"), 2019, 2024, None, "CN", [2020, 2021, 2022, 2023, 2024]),
        (yearly("35000", None, "EUR", country="FR"), 2020, 2023, None, "FR", [2021, 2022, 2023]),
        (yearly("35000", None, "EUR"), 2021, 2022, "DE", "DE", [2022]),
        (yearly("6000000", None, "JPY"), 2000, 2001, None, "JP", [2001]),
    ],
)
def test_forward(
    s: Salary, from_year: int, to_year: int, country: str | None, factor_country: str, years: list[int]
) -> None:
    out = s.adjust_for_inflation(to_year, from_year=from_year, country=country)
    factor = D(1)
    for y in years:
        factor *= cpi(factor_country, y)
    assert out.low == s.low * factor  # type: ignore[operator]
    step = out.provenance[-1]
    assert step.kind == "inflation" and step.factor == factor and step.year == to_year
    assert (step.from_unit, step.to_unit) == (f"{s.currency} {from_year}", f"{s.currency} {to_year}")
    assert f"country {factor_country}" in step.note


def test_backward_is_the_inverse() -> None:
    s = yearly("50000", None, "USD")
    there = s.adjust_for_inflation(2024, from_year=2015)
    back = there.adjust_for_inflation(2015, from_year=2024)
    assert abs(back.low - D(50000)) < D("1e-18")  # type: ignore[operator]


def test_same_year_is_unchanged() -> None:
    s = yearly("50000", None, "USD")
    assert s.adjust_for_inflation(2024, from_year=2024) is s


def test_from_year_required_unless_known() -> None:
    with pytest.raises(ConversionError, match="from_year is unknown"):
        yearly("50000", None, "USD").adjust_for_inflation(2024)
    ppp = yearly("100000", None, "CNY").to_ppp(2022)
    out = ppp.adjust_for_inflation(2024)  # international dollars of 2022 → US prices
    step = out.provenance[-1]
    assert "from 2022, the year of its PPP/inflation step" in step.note
    assert "international dollars follow US prices" in step.note
    assert step.factor == cpi("US", 2023) * cpi("US", 2024)


def test_beyond_the_data() -> None:
    s = yearly("45000", None, "EUR", country="FR")
    with pytest.raises(DataNotFoundError, match="in 2025: the data covers 1990–2024"):
        s.adjust_for_inflation(2025, from_year=2023)
    out = s.adjust_for_inflation(2025, from_year=2023, fallback=True)
    step = out.provenance[-1]
    assert step.fallback and "2025" in step.note and "carried forward" in step.note
    assert step.factor == cpi("FR", 2024) * cpi("FR", 2024)


def test_gap_inside_a_series_raises() -> None:
    table = load_table("inflation.csv")
    gaps = [
        (c, y)
        for c, series in table.items()
        for y in range(series.years[0], series.years[1])
        if y not in series.values
    ]
    assert gaps, "the World Bank series has gaps (e.g. countries in war or hyperinflation)"
    country, year = gaps[0]
    s = yearly("1000", None, table[country].currency, country=country)
    with pytest.raises(DataNotFoundError, match=f"{year}"):
        s.adjust_for_inflation(year + 1, from_year=year - 1)


def test_shared_currency_needs_a_country() -> None:
    with pytest.raises(ConversionError, match="pass country="):
        yearly("45000", None, "EUR").adjust_for_inflation(2024, from_year=2020)


def test_module_function() -> None:
    out = sk.adjust_for_inflation(yearly("1", None, "GBP"), 2024, from_year=2023)
    assert out.low == cpi("GB", 2024)


@settings(max_examples=50, deadline=None)
@given(
    a=st.integers(1991, 2024),
    b=st.integers(1991, 2024),
    x=st.decimals(min_value=D(1), max_value=D("1e8"), places=2),
    country=st.sampled_from(["US", "FR", "JP", "GB", "IN"]),
)
def test_round_trip_and_order(a: int, b: int, x: Decimal, country: str) -> None:
    s = Salary(low=x, high=x * 2, currency="USD", period=Period.YEAR)
    there = s.adjust_for_inflation(b, from_year=a, country=country)
    assert there.low is not None and there.high is not None and there.low <= there.high
    back = there.adjust_for_inflation(a, from_year=b, country=country)
    assert abs(back.low - x) <= x * D("1e-20")  # type: ignore[operator]
