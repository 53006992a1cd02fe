"""Inflation adjustment with consumer-price inflation of the salary's country.

The series is the World Bank indicator FP.CPI.TOTL.ZG (inflation, consumer prices, annual %),
from World Bank, World Development Indicators (CC BY 4.0), shipped as
``salarykit/data/inflation.csv``. An amount of year ``Y0`` is worth
``amount × Π (1 + inflation_y / 100)`` for ``y`` in ``Y0+1 … Y1`` in year ``Y1`` money (and the
inverse going back in time).

Missing years are never silently skipped: a gap inside a series raises
:class:`~salarykit.DataNotFoundError` naming the years; years after the end of the data raise
too, unless ``fallback=True``, which carries the latest known rate forward and records it.

>>> from decimal import Decimal
>>> from salarykit import Salary
>>> s = Salary(low=Decimal(40000), high=Decimal(40000), currency="USD", period="year")
>>> a = adjust_for_inflation(s, 2024, from_year=2022)
>>> round(a.low)
42875
>>> print(a.provenance[-1])
inflation: USD 2022 → USD 2024 ×1.0718728 (World Bank WDI FP.CPI.TOTL.ZG (CC BY 4.0), 2024) — country US (assumed from the currency USD); CPI inflation 2023 4.11634%, 2024 2.94953%
"""

from __future__ import annotations

from decimal import Decimal

from ._currency import PPP_CODE
from ._errors import ConversionError, DataNotFoundError
from ._models import Provenance, Salary
from ._ppp import load_table, resolve_country

__all__ = ["adjust_for_inflation"]

CPI_SOURCE = "World Bank WDI FP.CPI.TOTL.ZG (CC BY 4.0)"


def _reference_year(salary: Salary) -> int | None:
    """The money year a salary is known to be in: that of its latest PPP or inflation step."""
    for step in reversed(salary.provenance):
        if step.kind in ("ppp", "inflation") and step.year is not None:
            return step.year
    return None


def adjust_for_inflation(
    salary: Salary,
    to_year: int,
    from_year: int | None = None,
    country: str | None = None,
    *,
    fallback: bool = False,
) -> Salary:
    """``salary`` (money of ``from_year``) in money of ``to_year``, by consumer prices of ``country``.

    ``from_year`` defaults to the year of the salary's last PPP or inflation step; a salary
    without one needs it explicitly (there is no silent "this year"). International dollars
    (``XPPP``) are adjusted with United States consumer prices, the base of the PPP unit.
    The country is chosen as in :func:`salarykit.to_ppp` and recorded.

    >>> from salarykit import Salary
    >>> s = Salary(low=Decimal(30000), currency="EUR", period="year")
    >>> adjust_for_inflation(s, 2024, from_year=2023, country="FR").low
    Decimal('30599.7150000')
    >>> adjust_for_inflation(s, 2024)
    Traceback (most recent call last):
    ...
    salarykit._errors.ConversionError: from_year is unknown for ≥ 30,000 EUR per year: pass from_year=...
    >>> adjust_for_inflation(s, 2026, from_year=2024, country="FR")
    Traceback (most recent call last):
    ...
    salarykit._errors.DataNotFoundError: no consumer-price inflation for FR in 2025, 2026: the data covers 1990–2024 (pass fallback=True to carry the 2024 rate forward)
    """
    if not salary.has_amount:
        raise ConversionError(f"cannot adjust a salary without amounts: {salary.text or salary!s}")
    if from_year is None:
        from_year = _reference_year(salary)
        if from_year is None:
            raise ConversionError(
                f"from_year is unknown for {salary.text or salary!s}: pass from_year=..."
            )
        year_note = f"from {from_year}, the year of its PPP/inflation step"
    else:
        year_note = ""
    if to_year == from_year:
        return salary
    table = load_table("inflation.csv")
    if not country and not salary.country and (salary.currency or "").upper() == PPP_CODE:
        series, how = table["US"], "country US (international dollars follow US prices)"
    else:
        series, how = resolve_country(salary, country, table, "inflation")
    first, last = series.years
    lo, hi = sorted((from_year, to_year))
    years = range(lo + 1, hi + 1)
    missing = [y for y in years if y not in series.values]
    early = [y for y in missing if y <= last]
    late = [y for y in missing if y > last]
    if early:
        raise DataNotFoundError(
            f"no consumer-price inflation for {series.country} in "
            f"{', '.join(map(str, early))}: the data covers {first}–{last} with gaps"
        )
    if late and not fallback:
        raise DataNotFoundError(
            f"no consumer-price inflation for {series.country} in {', '.join(map(str, late))}:"
            f" the data covers {first}–{last} (pass fallback=True to carry the {last} rate forward)"
        )
    factor = Decimal(1)
    parts = []
    for y in years:
        pct = series.values.get(y, series.values[last])
        factor *= 1 + pct / 100
        parts.append(f"{y} {pct}%" + (f" (the {last} rate, carried forward)" if y > last else ""))
    if to_year < from_year:
        factor = 1 / factor
    cur = salary.currency or "?"
    note = "; ".join(x for x in (how, year_note, "CPI inflation " + ", ".join(parts)) if x)
    if salary.currency and salary.currency.upper() not in (series.currency, PPP_CODE):
        note += f"; amounts in {salary.currency} adjusted with {series.country} consumer prices"
    step = Provenance(
        kind="inflation",
        source=CPI_SOURCE,
        factor=factor,
        from_unit=f"{cur} {from_year}",
        to_unit=f"{cur} {to_year}",
        year=to_year,
        fallback=bool(late),
        note=note,
    )
    return salary.model_copy(
        update={
            "low": None if salary.low is None else salary.low * factor,
            "high": None if salary.high is None else salary.high * factor,
            "provenance": (*salary.provenance, step),
        }
    )
