"""Currency conversion of salaries: worked example, provenance, errors and properties."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import numpy as np
import pytest
from currency_converter import CurrencyConverter
from hypothesis import given, settings
from hypothesis import strategies as st

import salarykit as sk
from salarykit import ConversionError, Period, RateNotFoundError, Salary, StaticRateProvider

D = Decimal


def yearly(low: str | None, high: str | None, currency: str) -> Salary:
    return Salary(
        low=None if low is None else D(low),
        high=None if high is None else D(high),
        currency=currency,
        period=Period.YEAR,
    )


@pytest.fixture(scope="module")
def cc() -> CurrencyConverter:
    return CurrencyConverter()


def test_worked_example_cny_to_usd(cc: CurrencyConverter) -> None:
    """100 000 yuans/mois → 1 200 000 CNY a year → USD at the ECB cross rate of 2025-02-10."""
    monthly = Salary(low=D(100000), high=D(100000), currency="CNY", period=Period.MONTH, text="100 000 yuans/mois")
    usd = monthly.annual().convert("USD", on=date(2025, 2, 10))
    expected = cc.convert(1200000, "CNY", "USD", date=date(2025, 2, 10))
    assert usd.currency == "USD" and usd.period is Period.YEAR
    assert float(usd.low) == pytest.approx(expected, rel=1e-12)  # type: ignore[arg-type]
    assert usd.low == usd.high and isinstance(usd.low, Decimal)
    period, rate = usd.provenance
    assert period.kind == "period" and period.factor == 12
    assert rate.kind == "rate" and (rate.from_unit, rate.to_unit) == ("CNY", "USD")
    assert rate.on == date(2025, 2, 10) and not rate.fallback
    assert rate.factor * D(1200000) == usd.low
    assert "ECB" in rate.source


@pytest.mark.parametrize(
    ("currency", "target", "day"),
    [("GBP", "EUR", date(2024, 3, 15)), ("JPY", "USD", date(2023, 8, 1)), ("EUR", "INR", date(2025, 1, 2))],
)
def test_module_level_convert_matches_currencyconverter(
    cc: CurrencyConverter, currency: str, target: str, day: date
) -> None:
    out = sk.convert(yearly("30000", "35000", currency), target, on=day)
    assert float(out.low) == pytest.approx(cc.convert(30000, currency, target, date=day), rel=1e-12)  # type: ignore[arg-type]
    assert float(out.high) == pytest.approx(cc.convert(35000, currency, target, date=day), rel=1e-12)  # type: ignore[arg-type]


def test_latest_date_is_recorded() -> None:
    out = yearly("1", "1", "EUR").convert("USD")
    step = out.provenance[-1]
    assert step.on is not None and step.note == "latest rate of the data"


def test_weekend_is_recorded() -> None:
    step = yearly("1", "1", "EUR").convert("USD", on=date(2025, 2, 8)).provenance[-1]
    assert step.on == date(2025, 2, 7) and "no ECB fixing" in step.note and not step.fallback


def test_fallback_opt_in_is_recorded() -> None:
    far = date.today() + timedelta(days=3650)
    with pytest.raises(RateNotFoundError, match="pass fallback=True"):
        yearly("1", "1", "EUR").convert("USD", on=far)
    step = yearly("1", "1", "EUR").convert("USD", on=far, fallback=True).provenance[-1]
    assert step.fallback and "[fallback]" in str(step)


def test_pegged_currency() -> None:
    out = yearly("240000", "300000", "AED").convert("SAR", on=date(2025, 2, 10))
    assert abs(out.low - D(240000) * D("3.75") / D("3.6725")) < D("1e-18")  # type: ignore[operator]
    assert "Central Bank of the UAE" in out.provenance[-1].note


def test_static_provider_and_same_currency() -> None:
    table = StaticRateProvider({"USD": "1.25"}, name="HR table 2025")
    s = yearly("40000", None, "EUR")
    out = s.convert("usd", provider=table)
    assert out.low == D("50000.00") and out.high is None and out.currency == "USD"
    assert out.provenance[-1].source == "HR table 2025"
    assert s.convert("EUR") is s


@pytest.mark.parametrize(
    ("s", "message"),
    [
        (Salary(low=D(1), period=Period.YEAR), "no currency"),
        (Salary(negotiable=True, currency="EUR"), "negotiable"),
        (Salary(currency="EUR", period=Period.YEAR), "without amounts"),
    ],
)
def test_unconvertible(s: Salary, message: str) -> None:
    with pytest.raises(ConversionError, match=message):
        s.convert("USD")


def test_international_dollars_are_not_a_market_currency() -> None:
    with pytest.raises(ConversionError, match="purchasing-power unit"):
        yearly("1", "1", "XPPP").convert("USD")


# ------------------------------------------------------------------------------ properties
CURRENCIES = ["EUR", "USD", "JPY", "GBP", "CNY", "INR", "BRL", "KRW", "PLN", "AED", "SAR", "XOF", "HKD"]
days = st.dates(min_value=date(2010, 1, 1), max_value=date(2025, 12, 31))
amounts = st.decimals(min_value=D("0.01"), max_value=D("1e9"), places=2, allow_nan=False, allow_infinity=False)


@settings(max_examples=80, deadline=None)
@given(a=st.sampled_from(CURRENCIES), b=st.sampled_from(CURRENCIES), day=days, x=amounts)
def test_round_trip(a: str, b: str, day: date, x: Decimal) -> None:
    s = yearly(str(x), str(x), a)
    back = s.convert(b, on=day).convert(a, on=day)
    assert back.low is not None
    assert abs(back.low - x) <= x * D("1e-20")


@settings(max_examples=80, deadline=None)
@given(
    a=st.sampled_from(CURRENCIES),
    b=st.sampled_from(CURRENCIES),
    day=days,
    x=amounts,
    y=amounts,
    open_side=st.sampled_from(["none", "low", "high"]),
)
def test_order_and_open_bounds(a: str, b: str, day: date, x: Decimal, y: Decimal, open_side: str) -> None:
    low, high = min(x, y), max(x, y)
    s = Salary(
        low=None if open_side == "low" else low,
        high=None if open_side == "high" else high,
        currency=a,
        period=Period.MONTH,
    )
    out = s.convert(b, on=day).annual(worktime="US")
    assert (out.low is None) == (s.low is None) and (out.high is None) == (s.high is None)
    if out.low is not None and out.high is not None:
        assert out.low <= out.high


def test_worked_example_from_text(cc: CurrencyConverter) -> None:
    usd = sk.parse("100 000 yuans/mois").annual().convert("USD", on=date(2025, 2, 10))
    assert float(usd.low) == pytest.approx(cc.convert(1200000, "CNY", "USD", date=date(2025, 2, 10)), rel=1e-12)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "on",
    [date(2025, 2, 10), "2025-02-10", np.datetime64("2025-02-10")],
)
def test_date_like_values(on: object) -> None:
    from datetime import datetime

    s = yearly("1", "1", "EUR")
    for value in (on, datetime(2025, 2, 10, 17, 45)):
        assert s.convert("USD", on=value).provenance[-1].on == date(2025, 2, 10)  # type: ignore[arg-type]
    with pytest.raises(ConversionError, match="not a date"):
        s.convert("USD", on="10/02/2025")  # type: ignore[arg-type]
