"""Period algebra: express a salary per hour, day, week, month or year.

The units come from a small pint registry of our own, defined from a :class:`WorkTime`
(pint's calendar ``month`` and ``year`` are not pay periods)::

    hour  = [paid_time]
    day   = hours_per_week / days_per_week  hour
    week  = hours_per_week hour
    year  = hours_per_year hour
    month = year / payments_per_year

The factors are computed exactly (fractions) once per (convention, from, to) and cached, so the
hot path is one ``Decimal`` multiplication per bound.

>>> from decimal import Decimal
>>> from salarykit import Salary
>>> s = Salary(low=Decimal(15000), high=Decimal(25000), currency="CNY", period="month",
...            payments_per_year=13)
>>> a = to_period(s, "year")
>>> a.low, a.high
(Decimal('195000'), Decimal('325000'))
>>> print(a.provenance[-1])
period: month → year ×13 (WorkTime DEFAULT) — worktime DEFAULT: 40 h/week, 5 days/week, 2080 h/year, 13 payments (neutral default (assumed)); 13 payments stated by the salary
"""

from __future__ import annotations

import functools
import threading
from decimal import Decimal
from fractions import Fraction
from typing import Any, Literal

from ._errors import ConversionError
from ._models import Period, Provenance, Salary
from ._worktime import WorkTime

__all__: list[str] = []  # Salary.to_period / annual / monthly / hourly / to_quantity are the API

_UNITS = ("hour", "day", "week", "month", "year")
_LOCK = threading.Lock()


def _frac(value: Decimal) -> str:
    f = Fraction(value)
    return f"{f.numerator}/{f.denominator}" if f.denominator != 1 else str(f.numerator)


def _definitions(wt: WorkTime) -> list[str]:
    return [
        "hour = [paid_time] = h",
        f"day = {_frac(wt.hours_per_week)} / {_frac(wt.days_per_week)} * hour",
        f"week = {_frac(wt.hours_per_week)} * hour",
        f"year = {_frac(wt.hours_per_year)} * hour",
        f"month = year / {wt.payments_per_year}",
    ]


@functools.lru_cache(maxsize=64)
def _registry(wt: WorkTime, exact: bool) -> Any:
    """A pint registry for one convention: exact (Fraction) for factors, Decimal for quantities."""
    import pint

    reg: Any = pint.UnitRegistry(None, non_int_type=Fraction if exact else Decimal)
    for line in _definitions(wt):
        reg.define(line)
    return reg


@functools.lru_cache(maxsize=4096)
def period_factor(wt: WorkTime, from_period: Period, to_period: Period) -> Decimal:
    """The multiplier from ``from_period`` to ``to_period`` under ``wt`` (cached).

    >>> period_factor(WorkTime.preset("US"), Period.HOUR, Period.YEAR)
    Decimal('2080')
    >>> period_factor(WorkTime.preset("FR"), Period.HOUR, Period.YEAR)
    Decimal('1607')
    >>> period_factor(WorkTime.preset("FR"), Period.MONTH, Period.HOUR)
    Decimal('0.007467330429371499688861232110')
    """
    if from_period == to_period:
        return Decimal(1)
    reg = _registry(wt, True)
    with _LOCK:  # pint registries are not documented as thread-safe
        # an amount per `from` times (how many `from` in one `to`) is the amount per `to`
        mag = reg.Quantity(Fraction(1), to_period.value).to(from_period.value).magnitude
    f = Fraction(mag)
    return Decimal(f.numerator) / Decimal(f.denominator)


def _period(value: Period | str) -> Period:
    try:
        return value if isinstance(value, Period) else Period(str(value).strip().lower())
    except ValueError:
        raise ConversionError(
            f"unknown period {value!r}; periods: {', '.join(_UNITS)}"
        ) from None


def _check(salary: Salary) -> Period:
    if not salary.has_amount:
        what = "a negotiable salary" if salary.negotiable else "a salary without amounts"
        raise ConversionError(f"cannot change the period of {what}: {salary.text or salary!s}")
    if salary.period is None:
        raise ConversionError(
            f"the salary has no pay period, so it cannot be converted: {salary.text or salary!s}"
            " (build it with period=... if you know it)"
        )
    return salary.period


def effective_worktime(salary: Salary, worktime: WorkTime | str | None) -> tuple[WorkTime, str]:
    """The convention to use for ``salary`` and a note saying where it and its payments came from."""
    wt, why = WorkTime.coerce(worktime, salary.country)
    stated = salary.payments_per_year
    if stated:
        wt = wt.with_payments(stated)
        how = f"{stated} payments stated by the salary"
    else:
        how = f"{wt.payments_per_year} payments from the convention"
    return wt, f"{wt.describe()} ({why}); {how}"


def to_period(
    salary: Salary, period: Period | str, *, worktime: WorkTime | str | None = None
) -> Salary:
    """``salary`` expressed per ``period``; see :meth:`Salary.to_period`.

    >>> from salarykit import Salary
    >>> s = Salary(low=Decimal("11.65"), currency="EUR", period="hour")
    >>> y = to_period(s, "year", worktime="FR")
    >>> y.low, y.high, y.period.value
    (Decimal('18721.55'), None, 'year')
    >>> "1607 h/year" in y.provenance[-1].note
    True
    >>> to_period(Salary(negotiable=True), "year")
    Traceback (most recent call last):
    ...
    salarykit._errors.ConversionError: cannot change the period of a negotiable salary: negotiable
    """
    target = _period(period)
    source = _check(salary)
    if source == target:
        return salary
    wt, note = effective_worktime(salary, worktime)
    factor = period_factor(wt, source, target)
    step = Provenance(
        kind="period",
        source=f"WorkTime {wt.name}",
        factor=factor,
        from_unit=source.value,
        to_unit=target.value,
        note=note,
    )
    return salary.model_copy(
        update={
            "low": None if salary.low is None else salary.low * factor,
            "high": None if salary.high is None else salary.high * factor,
            "period": target,
            "provenance": (*salary.provenance, step),
        }
    )


def _currency_unit(reg: Any, currency: str) -> str:
    code = currency.strip().upper()
    if not code.isalpha():
        raise ConversionError(f"not a currency code: {currency!r}")
    with _LOCK:
        if code not in reg:
            reg.define(f"{code} = [currency_{code}]")
    return code


def to_quantity(
    salary: Salary,
    *,
    bound: Literal["low", "high", "midpoint"] | None = None,
    worktime: WorkTime | str | None = None,
) -> Any:
    """The amounts as a pint Quantity in ``currency / period`` (our registry, ``Decimal`` magnitudes).

    A single amount gives a scalar; a range gives a 2-element object array ``[low, high]`` with
    ``Decimal('NaN')`` for an open bound; ``bound=`` picks one scalar.

    >>> from salarykit import Salary
    >>> q = to_quantity(Salary(low=Decimal(15000), currency="CNY", period="month",
    ...                        payments_per_year=13, high=Decimal(15000)))
    >>> q
    <Quantity(15000, 'CNY / month')>
    >>> q.to("CNY / year")
    <Quantity(195000.0000000000000000000000, 'CNY / year')>
    >>> r = to_quantity(Salary(low=Decimal(500000), currency="JPY", period="year"))
    >>> r.magnitude.tolist(), str(r.units)
    ([Decimal('500000'), Decimal('NaN')], 'JPY / year')
    """
    period = _check(salary)
    if not salary.currency:
        raise ConversionError(f"the salary has no currency: {salary.text or salary!s}")
    wt, _ = effective_worktime(salary, worktime)
    reg = _registry(wt, False)
    unit = f"{_currency_unit(reg, salary.currency)} / {period.value}"
    if bound is not None:
        value = salary.midpoint if bound == "midpoint" else getattr(salary, bound)
        if value is None:
            raise ConversionError(f"the salary has no {bound} bound: {salary!s}")
        return reg.Quantity(value, unit)
    if salary.low is not None and salary.low == salary.high:
        return reg.Quantity(salary.low, unit)
    import numpy as np

    nan = Decimal("NaN")
    mag = np.array(
        [nan if salary.low is None else salary.low, nan if salary.high is None else salary.high],
        dtype=object,
    )
    return reg.Quantity(mag, unit)
