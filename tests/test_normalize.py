"""Period conversion: worked examples of the issue, presets, errors and algebraic properties."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from salarykit import ConversionError, Period, Salary, WorkTime
from salarykit._normalize import period_factor

D = Decimal


def salary(low: str | None, high: str | None, currency: str, period: str, **kw: object) -> Salary:
    return Salary(
        low=None if low is None else D(low),
        high=None if high is None else D(high),
        currency=currency,
        period=Period(period),
        **kw,  # type: ignore[arg-type]
    )


def _q(value: Decimal | str | None) -> Decimal | None:
    """Compare at 1e-10: factors like 1/52 are exact to 28 digits, not infinitely."""
    return None if value is None else D(value).quantize(D("1e-10"))


# (text, salary as the parser reads it, target, worktime, expected low, expected high)
WORKED = [
    ("100 000 yuans/mois", salary("100000", "100000", "CNY", "month"), "year", None, "1200000", "1200000"),
    ("15-25K·13薪", salary("15000", "25000", "CNY", "month", payments_per_year=13), "year", None, "195000", "325000"),
    ("15-25K·13薪 with a 12-payment preset", salary("15000", "25000", "CNY", "month", payments_per_year=13), "year", "CN", "195000", "325000"),
    ("$25 - $30 an hour", salary("25", "30", "USD", "hour"), "year", "US", "52000", "62400"),
    ("Horaire de 11,65 Euros", salary("11.65", "11.65", "EUR", "hour"), "year", "FR", "18721.55", "18721.55"),
    ("Horaire de 11,65 Euros (mensualisé)", salary("11.65", "11.65", "EUR", "hour"), "month", "FR-MENSUEL", "1766.9166666667", "1766.9166666667"),
    ("£30,000 - £35,000 per annum", salary("30000", "35000", "GBP", "year"), "week", "GB", "576.9230769230769230769230769", "673.0769230769230769230769231"),
    ("£15 an hour, UK", salary("15", "15", "GBP", "hour"), "year", "GB", "29250", "29250"),
    ("Mensuel de 1800,00 Euros à 2000,00 Euros sur 12 mois", salary("1800", "2000", "EUR", "month", payments_per_year=12), "year", "ES", "21600", "24000"),
    ("2.000 € brutos al mes (14 pagas by the ES preset)", salary("2000", "2000", "EUR", "month"), "year", "ES", "28000", "28000"),
    ("R$ 5.000 por mês (13º salário)", salary("5000", "5000", "BRL", "month"), "year", "BR", "65000", "65000"),
    ("R$ 5.000 por mês → hourly = monthly / 220 (CLT divisor)", salary("5000", "5000", "BRL", "month"), "hour", "BR", "22.72727272727272727272727273", "22.72727272727272727272727273"),
    ("최저시급 10,030원 → 월 209시간", salary("10030", "10030", "KRW", "hour"), "month", "KR", "2096270", "2096270"),
    ("日薪 400 元", salary("400", "400", "CNY", "day"), "month", "CN", "8700", "8700"),
    ("€800 per week", salary("800", "800", "EUR", "week"), "year", None, "41600", "41600"),
    ("≥ 500,000 JPY a year (open)", salary("500000", None, "JPY", "year"), "month", "JP", "41666.66666666666666666666667", None),
    ("up to $40/h (open)", salary(None, "40", "USD", "hour"), "year", "US", None, "83200"),
]


@pytest.mark.parametrize(("text", "s", "target", "worktime", "low", "high"), WORKED, ids=[w[0] for w in WORKED])
def test_worked_examples(
    text: str, s: Salary, target: str, worktime: str | None, low: str | None, high: str | None
) -> None:
    out = s.to_period(target, worktime=worktime)
    assert _q(out.low) == _q(low)
    assert _q(out.high) == _q(high)
    assert out.period == Period(target)
    assert out.currency == s.currency
    step = out.provenance[-1]
    assert step.kind == "period" and step.from_unit == s.period.value and step.to_unit == target  # type: ignore[union-attr]
    name = worktime.upper() if worktime else "DEFAULT"
    assert step.source == f"WorkTime {name}"
    assert f"worktime {name}:" in step.note


def test_french_preset_is_stated() -> None:
    out = salary("11.65", "11.65", "EUR", "hour").annual(worktime="FR")
    note = out.provenance[-1].note
    assert "worktime FR" in note and "1607 h/year" in note and "(asked)" in note


def test_stated_payments_win_and_are_said() -> None:
    out = salary("15000", "25000", "CNY", "month", payments_per_year=13).annual()
    assert out.provenance[-1].factor == 13
    assert "13 payments stated by the salary" in out.provenance[-1].note
    assert out.payments_per_year == 13  # the fact stays; month ↔ year round-trips with it
    back = out.monthly()
    assert (back.low, back.high) == (D(15000), D(25000))


def test_country_preset_is_assumed_and_recorded() -> None:
    s = salary("11.65", "11.65", "EUR", "hour", country="FR")
    out = s.annual()
    assert out.low == D("18721.55")
    assert "preset of the salary country FR (assumed)" in out.provenance[-1].note
    assert "neutral default (assumed)" in salary("1", "1", "EUR", "hour").annual().provenance[-1].note


def test_shortcuts_and_same_period() -> None:
    s = salary("3000", "3000", "EUR", "month")
    assert s.monthly() is s
    assert s.annual().period is Period.YEAR
    assert s.hourly(worktime="US").low == D(3000) * 12 / 2080
    custom = WorkTime(hours_per_week=D(20), name="half")
    assert s.hourly(worktime=custom).low == D(3000) * 12 / (20 * 52)


@pytest.mark.parametrize(
    ("s", "message"),
    [
        (Salary(negotiable=True, text="salaire à négocier"), "negotiable"),
        (Salary(currency="EUR", period=Period.YEAR), "without amounts"),
        (Salary(low=D(50000), currency="EUR", text="50 000 €"), "no pay period"),
    ],
)
def test_unconvertible(s: Salary, message: str) -> None:
    with pytest.raises(ConversionError, match=message):
        s.annual()


def test_unknown_period_and_worktime() -> None:
    s = salary("1", "1", "EUR", "hour")
    with pytest.raises(ConversionError, match="unknown period 'fortnight'"):
        s.to_period("fortnight")
    with pytest.raises(ConversionError, match="no WorkTime preset"):
        s.annual(worktime="Mars")


def test_provenance_accumulates() -> None:
    s = salary("25", "30", "USD", "hour")
    out = s.to_period("day", worktime="US").to_period("year", worktime="US")
    assert [p.kind for p in out.provenance] == ["period", "period"]
    assert out.low == D(52000)


def test_factor_cache_and_exactness() -> None:
    us = WorkTime.preset("US")
    assert period_factor(us, Period.HOUR, Period.YEAR) == D(2080)
    assert period_factor(us, Period.WEEK, Period.DAY) == D("0.2")  # a weekly amount / 5 days
    assert period_factor(us, Period.MONTH, Period.YEAR) == D(12)
    assert period_factor.cache_info().hits >= 0
    before = period_factor.cache_info().hits
    period_factor(us, Period.HOUR, Period.YEAR)
    assert period_factor.cache_info().hits == before + 1


def test_to_quantity() -> None:
    q = salary("15000", "25000", "CNY", "month", payments_per_year=13).to_quantity()
    assert str(q.units) == "CNY / month"
    y = q.to("CNY / year")
    assert [round(v) for v in y.magnitude] == [195000, 325000]
    single = salary("25", "25", "USD", "hour").to_quantity(worktime="US")
    assert single.to("USD / year").magnitude == D(52000)
    assert salary("25", "30", "USD", "hour").to_quantity(bound="midpoint").magnitude == D("27.5")
    open_q = salary("500000", None, "JPY", "year").to_quantity()
    assert open_q.magnitude[1].is_nan()
    with pytest.raises(ConversionError, match="no high bound"):
        salary("500000", None, "JPY", "year").to_quantity(bound="high")
    with pytest.raises(ConversionError, match="no currency"):
        Salary(low=D(1), period=Period.YEAR).to_quantity()


def test_quantity_units_are_not_pint_calendar() -> None:
    # pint's calendar month is 1/12 of 365.25 days; ours is one payment of the convention
    q = salary("1", "1", "EUR", "month", payments_per_year=14).to_quantity()
    assert q.to("EUR / year").magnitude == D(14)


# ------------------------------------------------------------------------------ properties
PERIODS = list(Period)
worktimes = st.builds(
    WorkTime,
    hours_per_week=st.integers(1, 80).map(D),
    days_per_week=st.sampled_from([D(4), D(5), D("5.5"), D(6), D(7)]),
    weeks_per_year=st.integers(30, 53).map(D),
    payments_per_year=st.integers(12, 16),
)
amounts = st.decimals(min_value=D("0.01"), max_value=D("1e9"), places=2, allow_nan=False, allow_infinity=False)


@settings(max_examples=60, deadline=None)
@given(wt=worktimes, a=st.sampled_from(PERIODS), b=st.sampled_from(PERIODS), c=st.sampled_from(PERIODS))
def test_factors_compose(wt: WorkTime, a: Period, b: Period, c: Period) -> None:
    direct = period_factor(wt, a, c)
    via = period_factor(wt, a, b) * period_factor(wt, b, c)
    assert abs(via - direct) <= direct * D("1e-25")


@settings(max_examples=60, deadline=None)
@given(wt=worktimes, x=amounts)
def test_hour_month_year_equals_hour_year(wt: WorkTime, x: Decimal) -> None:
    s = Salary(low=x, high=x, currency="EUR", period=Period.HOUR)
    two_steps = s.to_period("month", worktime=wt).to_period("year", worktime=wt)
    one_step = s.to_period("year", worktime=wt)
    assert one_step.low is not None and two_steps.low is not None
    assert abs(two_steps.low - one_step.low) <= one_step.low * D("1e-24")


@settings(max_examples=60, deadline=None)
@given(wt=worktimes, x=amounts, a=st.sampled_from(PERIODS), b=st.sampled_from(PERIODS))
def test_round_trip(wt: WorkTime, x: Decimal, a: Period, b: Period) -> None:
    s = Salary(low=x, high=x, currency="EUR", period=a)
    back = s.to_period(b, worktime=wt).to_period(a, worktime=wt)
    assert back.low is not None
    assert abs(back.low - x) <= x * D("1e-24")


@settings(max_examples=60, deadline=None)
@given(
    wt=worktimes,
    x=amounts,
    y=amounts,
    a=st.sampled_from(PERIODS),
    b=st.sampled_from(PERIODS),
    open_side=st.sampled_from(["none", "low", "high"]),
)
def test_order_and_open_bounds_kept(
    wt: WorkTime, x: Decimal, y: Decimal, a: Period, b: Period, open_side: str
) -> None:
    low, high = min(x, y), max(x, y)
    s = Salary(
        low=None if open_side == "low" else low,
        high=None if open_side == "high" else high,
        currency="EUR",
        period=a,
    )
    out = s.to_period(b, worktime=wt)
    assert (out.low is None) == (s.low is None)
    assert (out.high is None) == (s.high is None)
    if out.low is not None and out.high is not None:
        assert out.low <= out.high


# ------------------------------------------------------------------- from text, via sk.parse
PARSED = [
    ("100 000 yuans/mois", None, "1200000", "1200000", "CNY"),
    ("15-25K·13薪", None, "195000", "325000", "CNY"),
    ("$25 - $30 an hour", "US", "52000", "62400", "USD"),
    ("Horaire de 11,65 Euros", "FR", "18721.55", "18721.55", "EUR"),
    ("Mensuel de 1800,00 Euros à 2000,00 Euros sur 12 mois", None, "21600", "24000", "EUR"),
    ("年収600万円～1,200万円", None, "6000000", "12000000", "JPY"),
]


@pytest.mark.parametrize(("text", "worktime", "low", "high", "currency"), PARSED, ids=[p[0] for p in PARSED])
def test_worked_examples_from_text(text: str, worktime: str | None, low: str, high: str, currency: str) -> None:
    import salarykit as sk

    out = sk.parse(text).annual(worktime=worktime)
    assert (out.low, out.high, out.currency, out.period) == (D(low), D(high), currency, Period.YEAR)


def test_french_hourly_from_text_states_the_preset() -> None:
    import salarykit as sk

    parsed = sk.parse("Horaire de 11,65 Euros")
    out = parsed.annual()  # no worktime: the parser's country hint picks the preset
    assert out.low == D("18721.55")
    note = out.provenance[-1].note
    assert "worktime FR" in note and "1607 h/year" in note
    assert "assumed" in note
