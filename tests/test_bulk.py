"""Bulk operations agree with the scalar ones, look factors up once per key, and keep NaN bounds."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from salarykit import (
    ConversionError,
    Period,
    RateQuote,
    Salary,
    StaticRateProvider,
    UnsupportedCurrencyError,
    bulk,
)
from salarykit._rates import default_provider

D = Decimal

SALARIES = [
    Salary(low=D(15000), high=D(25000), currency="CNY", period=Period.MONTH, payments_per_year=13),
    Salary(low=D(100000), high=D(100000), currency="CNY", period=Period.MONTH),
    Salary(low=D(25), high=D(30), currency="USD", period=Period.HOUR),
    Salary(low=D("11.65"), high=D("11.65"), currency="EUR", period=Period.HOUR, country="FR"),
    Salary(low=D(30000), high=D(35000), currency="GBP", period=Period.YEAR),
    Salary(low=D(6000000), high=None, currency="JPY", period=Period.YEAR),
    Salary(low=None, high=D(2000), currency="EUR", period=Period.MONTH, country="ES"),
    Salary(low=D(20000), high=D(24000), currency="AED", period=Period.MONTH),
    Salary(low=D(800), high=D(900), currency="INR", period=Period.DAY),
]


def _close(a: float, b: Decimal | None) -> bool:
    if b is None:
        return bool(np.isnan(a))
    return bool(a == pytest.approx(float(b), rel=1e-12))


def test_annualize_matches_scalar() -> None:
    out = bulk.annualize(SALARIES)
    for i, s in enumerate(SALARIES):
        one = s.annual()
        assert _close(out.low[i], one.low) and _close(out.high[i], one.high), s
    assert set(out.period.tolist()) == {"year"}


@pytest.mark.parametrize("worktime", ["US", "FR", "KR", None])
def test_to_period_matches_scalar(worktime: str | None) -> None:
    for target in Period:
        out = bulk.to_period(SALARIES, target, worktime=worktime)
        for i, s in enumerate(SALARIES):
            one = s.to_period(target, worktime=worktime)
            assert _close(out.low[i], one.low) and _close(out.high[i], one.high), (s, target)


def test_convert_matches_scalar() -> None:
    day = date(2025, 2, 10)
    out = bulk.convert(bulk.annualize(SALARIES), "USD", on=day)
    for i, s in enumerate(SALARIES):
        one = s.annual().convert("USD", on=day)
        assert _close(out.low[i], one.low) and _close(out.high[i], one.high), s
    assert set(out.currency.tolist()) == {"USD"}


def test_convert_with_a_date_per_row() -> None:
    days = [date(2024, 1, 2 + i) for i in range(len(SALARIES))]
    out = bulk.convert(SALARIES, "EUR", on=days)
    for i, s in enumerate(SALARIES):
        one = s.convert("EUR", on=days[i])
        assert _close(out.low[i], one.low) and _close(out.high[i], one.high), s
    step = out.steps[-1]
    assert step.by == ("currency", "date")
    assert ("CNY", date(2024, 1, 2)) in step.entries


def test_to_ppp_matches_scalar() -> None:
    data = [s for s in SALARIES if s.currency != "EUR" or s.country]
    out = bulk.to_ppp(bulk.annualize(data), 2024)
    for i, s in enumerate(data):
        one = s.annual().to_ppp(2024)
        assert _close(out.low[i], one.low) and _close(out.high[i], one.high), s
    assert set(out.currency.tolist()) == {"XPPP"}


def test_inflation_matches_scalar() -> None:
    data = [s for s in SALARIES if s.currency != "EUR" or s.country]
    out = bulk.adjust_for_inflation(data, 2023, 2020)
    for i, s in enumerate(data):
        one = s.adjust_for_inflation(2023, from_year=2020)
        assert _close(out.low[i], one.low), s


class CountingProvider:
    """A provider that counts lookups."""

    name = "counting"

    def __init__(self) -> None:
        self.inner = default_provider()
        self.calls: list[tuple[str, str, date | None]] = []

    def rate(self, base: str, quote: str, on: date | None = None, *, fallback: bool = False) -> RateQuote:
        self.calls.append((base, quote, on))
        return self.inner.rate(base, quote, on, fallback=fallback)

    def currencies(self) -> frozenset[str]:
        return self.inner.currencies()

    def date_range(self) -> tuple[date, date]:
        return self.inner.date_range()


def test_one_lookup_per_distinct_key() -> None:
    rng = np.random.default_rng(7)
    n = 20000
    currencies = np.array(["CNY", "USD", "EUR", "GBP", "JPY"])[rng.integers(0, 5, n)]
    days = np.datetime64("2024-03-01") + rng.integers(0, 10, n).astype("timedelta64[D]")
    batch = bulk.SalaryBatch.from_arrays(rng.uniform(1, 1e5, n), currency=currencies, period="year")
    provider = CountingProvider()
    out = bulk.convert(batch, "USD", on=days, provider=provider)
    distinct = {(c, d) for c, d in zip(currencies.tolist(), days.astype(date).tolist(), strict=True) if c != "USD"}
    assert len(provider.calls) == len(distinct) == len(out.steps[-1].entries)
    assert sum(out.steps[-1].rows.values()) == n


def test_open_bounds_are_nan() -> None:
    out = bulk.annualize(SALARIES)
    assert np.isnan(out.high[5]) and not np.isnan(out.low[5])
    assert np.isnan(out.low[6]) and not np.isnan(out.high[6])


def test_errors_raise_or_nan() -> None:
    batch = bulk.SalaryBatch.from_arrays([1000, 2000, 3000], currency=["EUR", "TWD", ""], period="year")
    with pytest.raises(UnsupportedCurrencyError):
        bulk.convert(bulk.SalaryBatch.from_arrays([1.0], currency="TWD", period="year"), "USD")
    out = bulk.convert(batch, "USD", on=date(2025, 2, 10), errors="nan")
    assert not np.isnan(out.low[0]) and np.isnan(out.low[1]) and np.isnan(out.low[2])
    step = out.steps[-1]
    assert "TWD" in step.errors[("TWD",)] and step.errors[("",)] == "no currency"
    assert "ERROR" in str(step)
    with pytest.raises(ValueError, match="errors must be"):
        bulk.convert(batch, "USD", errors="ignore")  # type: ignore[arg-type]


def test_no_period() -> None:
    batch = bulk.SalaryBatch.from_arrays([1.0], currency="EUR")
    with pytest.raises(ConversionError, match="no pay period"):
        bulk.annualize(batch)


def test_inputs() -> None:
    pd = pytest.importorskip("pandas")
    series = pd.Series(SALARIES)
    assert len(bulk.annualize(series)) == len(SALARIES)
    with pytest.raises(ConversionError, match="values for 2 rows"):
        bulk.SalaryBatch.from_arrays([1, 2], currency=["EUR"])
    empty = bulk.convert(bulk.SalaryBatch.from_arrays([], currency=[], period=[]), "USD")
    assert len(empty) == 0
    static = bulk.convert(SALARIES[:3], "EUR", provider=StaticRateProvider({"CNY": "8", "USD": "1.25"}))
    assert static.low[1] == 12500.0


def test_to_salaries_round_trip() -> None:
    back = bulk.SalaryBatch.from_salaries(SALARIES).to_salaries()
    for a, b in zip(SALARIES, back, strict=True):
        assert (a.low, a.high, a.currency, a.period, a.payments_per_year, a.country) == (
            b.low, b.high, b.currency, b.period, b.payments_per_year, b.country
        )


@settings(max_examples=40, deadline=None)
@given(
    rows=st.lists(
        st.tuples(
            st.floats(1, 1e7),
            st.floats(1, 1e7),
            st.sampled_from(["CNY", "USD", "EUR", "GBP", "AED"]),
            st.sampled_from(list(Period)),
            st.sampled_from([None, "low", "high"]),
        ),
        min_size=1,
        max_size=30,
    )
)
def test_order_and_open_bounds(rows: list[tuple[Any, ...]]) -> None:
    low = [np.nan if o == "low" else min(a, b) for a, b, _, _, o in rows]
    high = [np.nan if o == "high" else max(a, b) for a, b, _, _, o in rows]
    batch = bulk.SalaryBatch.from_arrays(
        low, high, currency=[r[2] for r in rows], period=[r[3].value for r in rows]
    )
    out = bulk.convert(bulk.annualize(batch), "USD", on=date(2024, 5, 6))
    assert (np.isnan(out.low) == np.isnan(batch.low)).all()
    assert (np.isnan(out.high) == np.isnan(batch.high)).all()
    both = ~np.isnan(out.low) & ~np.isnan(out.high)
    assert (out.low[both] <= out.high[both]).all()


def test_pandas_columns_in_and_out() -> None:
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame(
        {
            "low": [15000.0, None, 25.0],
            "high": [25000.0, 2000.0, None],
            "currency": ["CNY", None, "USD"],
            "period": ["month", "month", "hour"],
        }
    )
    batch = bulk.SalaryBatch.from_arrays(df["low"], df["high"], currency=df["currency"], period=df["period"])
    assert batch.currency.tolist() == ["CNY", "", "USD"]
    assert np.isnan(batch.low[1]) and np.isnan(batch.high[2])
    out = bulk.annualize(batch, worktime="US").to_frame()
    assert list(out.columns) == ["low", "high", "currency", "period", "payments_per_year", "country"]
    assert out["low"].tolist()[0] == 180000.0 and out["period"].tolist() == ["year"] * 3


@settings(max_examples=60, deadline=None)
@given(
    values=st.one_of(
        st.lists(st.text(max_size=4), min_size=1, max_size=200),
        st.lists(st.sampled_from(["CNY", "USD", "", "EU", "€", "日元"]), min_size=1, max_size=200),
        st.lists(st.integers(-(2**40), 2**40), min_size=1, max_size=200),
        st.lists(st.integers(0, 50), min_size=1, max_size=200),
        st.lists(st.dates(), min_size=1, max_size=200),
    )
)
def test_factorize(values: list[Any]) -> None:
    from salarykit.bulk import _factorize

    col = np.asarray(values, dtype="datetime64[D]") if isinstance(values[0], date) else np.asarray(values)
    uniques, codes = _factorize(col)
    assert (uniques[codes] == col).all()
    assert uniques.tolist() == np.unique(col).tolist()


def test_ppp_panel_and_missing_dates() -> None:
    batch = bulk.SalaryBatch.from_arrays([50000.0, 50000.0, 300000.0], currency=["EUR", "EUR", "CNY"],
                                         period="year", country=["FR", "FR", ""])
    out = bulk.to_ppp(batch, [2015, 2024, 2024])
    for i, year in enumerate([2015, 2024, 2024]):
        one = batch.to_salaries()[i].to_ppp(year)
        assert _close(out.low[i], one.low)
    with pytest.raises(ConversionError, match="year has"):
        bulk.to_ppp(batch, [2024])
    days = np.array(["2025-02-10", "NaT", "2025-02-10"], dtype="datetime64[D]")
    conv = bulk.convert(batch, "USD", on=days, errors="nan")
    assert np.isnan(conv.low[1]) and not np.isnan(conv.low[2])
    assert "NaT" in next(iter(conv.steps[-1].errors.values()))
