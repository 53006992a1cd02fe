"""Purchasing-power parity: salaries in international dollars.

The factors are the World Bank PPP conversion factors, GDP (local currency units per
international $, indicator PA.NUS.PPP), from World Bank, World Development Indicators
(CC BY 4.0), shipped as ``salarykit/data/ppp.csv`` (built by ``scripts/build_worldbank.py``).

Results are in the currency code ``"XPPP"`` (international dollars): a 4-letter code that no
ISO 4217 currency can clash with, and that :func:`salarykit.convert` refuses, because an
international dollar is a purchasing-power unit, not money that trades. The country and the
year used are in the provenance.

PPP belongs to a country, not a currency (euro countries differ). The country is taken from
``country=``, else from ``Salary.country``, else assumed from the currency when one country
issues it (CNY → CN, USD → US: the first two letters of an ISO 4217 code are its issuer's
ISO 3166 code); a shared currency such as EUR or XOF has no default and raises.

>>> from decimal import Decimal
>>> from salarykit import Salary
>>> s = Salary(low=Decimal(1200000), high=Decimal(1200000), currency="CNY", period="year")
>>> p = to_ppp(s, 2024)
>>> p.currency, round(p.low)
('XPPP', 339698)
>>> print(p.provenance[-1])
ppp: CNY → XPPP ×0.28308171 (World Bank WDI PA.NUS.PPP (CC BY 4.0), 2024) — country CN (assumed from the currency CNY); 3.532549 CNY per international $
"""

from __future__ import annotations

import csv
import dataclasses
import functools
from datetime import date
from decimal import Decimal
from importlib import resources

from ._currency import PPP_CODE, quote_for, rate_step
from ._errors import ConversionError, DataNotFoundError
from ._models import Provenance, Salary
from ._rates import RateProvider

__all__ = ["to_ppp"]

PPP_SOURCE = "World Bank WDI PA.NUS.PPP (CC BY 4.0)"


@dataclasses.dataclass(frozen=True)
class Series:
    """One country's yearly series from a World Bank table."""

    country: str
    currency: str  # the unit the whole series is in (its latest currency)
    values: dict[int, Decimal]

    @property
    def years(self) -> tuple[int, int]:
        return min(self.values), max(self.values)


@functools.lru_cache(maxsize=4)
def load_table(name: str) -> dict[str, Series]:
    """A World Bank table of ``salarykit/data`` by country (read once)."""
    text = resources.files("salarykit").joinpath(f"data/{name}").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    table: dict[str, Series] = {}
    for row in csv.DictReader(lines):
        series = table.get(row["country"])
        if series is None:
            series = table[row["country"]] = Series(row["country"], row["currency"], {})
        series.values[int(row["year"])] = Decimal(row["value"])
    return table


def resolve_country(
    salary: Salary, country: str | None, table: dict[str, Series], what: str
) -> tuple[Series, str]:
    """The series of the country to use and a note saying how it was chosen."""
    if country:
        code, how = country.strip().upper(), "given"
    elif salary.country:
        code, how = salary.country.strip().upper(), "the salary's country"
        if "country" in salary.inferred:
            how += ", inferred by the parser"
    else:
        cur = (salary.currency or "").upper()
        users = sorted(c for c, s in table.items() if s.currency == cur)
        if cur[:2] in users:
            code = cur[:2]
        elif len(users) == 1:
            code = users[0]
        elif not users and len(cur) == 3 and cur.isalpha() and not cur.startswith("X"):
            code = cur[:2]  # the issuer, absent from the table: reported just below
        elif users:
            raise ConversionError(
                f"{cur} is the currency of {len(users)} countries ({', '.join(users)}), and"
                f" {what} depends on the country: pass country=..."
            )
        else:
            raise ConversionError(
                f"no country is known for the currency {cur or '(none)'}: pass country=..."
            )
        how = f"assumed from the currency {cur}"
    series = table.get(code)
    if series is None:
        raise DataNotFoundError(
            f"no World Bank {what} data for country {code!r}"
            + (" (Taiwan is absent from World Bank data)" if code == "TW" else "")
        )
    return series, f"country {code} ({how})"


def to_ppp(
    salary: Salary,
    year: int | None = None,
    *,
    country: str | None = None,
    on: date | None = None,
    provider: RateProvider | None = None,
    fallback: bool = False,
) -> Salary:
    """``salary`` in international dollars (``"XPPP"``) at the PPP factor of ``country`` and ``year``.

    ``year=None`` uses the latest year of the country's data; a year beyond the data uses the
    latest year and records a fallback; a year before the data, or a gap, raises
    :class:`~salarykit.DataNotFoundError`. A salary not in the country's currency is first
    converted at the market rate of ``on`` (default: 1 July of the PPP year), recorded.

    >>> from salarykit import Salary
    >>> s = Salary(low=Decimal(50000), high=Decimal(60000), currency="EUR", period="year")
    >>> fr, de = to_ppp(s, 2024, country="FR"), to_ppp(s, 2024, country="DE")
    >>> round(fr.low), round(de.low)
    (73396, 71341)
    >>> to_ppp(s, 2024)
    Traceback (most recent call last):
    ...
    salarykit._errors.ConversionError: EUR is the currency of 23 countries (AD, AT, BE, ...), and PPP depends on the country: pass country=...
    >>> late = to_ppp(s, 2030, country="FR")
    >>> late.provenance[-1].year, late.provenance[-1].fallback
    (2024, True)
    """
    if not salary.has_amount:
        raise ConversionError(f"cannot convert a salary without amounts: {salary.text or salary!s}")
    if not salary.currency:
        raise ConversionError(f"the salary has no currency: {salary.text or salary!s}")
    if salary.currency.upper() == PPP_CODE:
        return salary
    series, how = resolve_country(salary, country, load_table("ppp.csv"), "PPP")
    first, last = series.years
    used_fallback = False
    if year is None:
        used, how = last, how + f"; latest year of the data ({last})"
    elif year > last:
        used, used_fallback = last, True
        how += f"; {year} is beyond the data: latest year {last} used"
    elif year < first:
        raise DataNotFoundError(
            f"no PPP factor for {series.country} in {year}: the data covers {first}–{last}"
        )
    else:
        used = year
    if used not in series.values:
        raise DataNotFoundError(
            f"no PPP factor for {series.country} in {used} (gap in the World Bank series {first}–{last})"
        )
    lcu = series.values[used]
    steps: list[Provenance] = []
    low, high = salary.low, salary.high
    if salary.currency.upper() != series.currency:
        day = on or date(used, 7, 1)
        quote = quote_for(salary.currency, series.currency, on=day, provider=provider, fallback=fallback)
        step = rate_step(quote)
        steps.append(step.model_copy(update={"note": "; ".join(
            x for x in (step.note, f"to {series.currency}, the currency of {series.country}, before PPP") if x
        )}))
        low = None if low is None else low * quote.rate
        high = None if high is None else high * quote.rate
    factor = 1 / lcu
    steps.append(
        Provenance(
            kind="ppp",
            source=PPP_SOURCE,
            factor=factor,
            from_unit=series.currency,
            to_unit=PPP_CODE,
            year=used,
            fallback=used_fallback,
            note=f"{how}; {lcu} {series.currency} per international $",
        )
    )
    return salary.model_copy(
        update={
            "low": None if low is None else low * factor,
            "high": None if high is None else high * factor,
            "currency": PPP_CODE,
            "provenance": (*salary.provenance, *steps),
        }
    )
