"""The result models: :class:`Salary`, :class:`Period` and :class:`Provenance`.

A :class:`Salary` is what :func:`salarykit.parse` reads. It is immutable, hashable and
round-trips through JSON. Normalization methods (``annual()``, ``convert()``, ``to_ppp()``…)
return new salaries that record what was assumed in ``provenance``.
"""

from __future__ import annotations

import enum
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict

if TYPE_CHECKING:  # pragma: no cover
    import pint

    from ._rates import RateProvider
    from ._worktime import WorkTime

__all__ = ["Period", "Provenance", "Salary"]


class Period(str, enum.Enum):
    """A pay period.

    >>> Period("month") is Period.MONTH
    True
    >>> Period.YEAR == "year"
    True
    """

    HOUR = "hour"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"

    def __str__(self) -> str:
        return self.value


class Provenance(BaseModel):
    """One step of normalization and what it assumed.

    ``factor`` is the multiplier that was applied to the amounts; ``fallback`` is True when a
    fallback rule had to be used (a date outside the data, the latest year of a series…).
    """

    model_config = ConfigDict(frozen=True)

    kind: Literal["period", "rate", "ppp", "inflation", "change"]
    source: str
    factor: Decimal
    from_unit: str
    to_unit: str
    on: date | None = None
    year: int | None = None
    fallback: bool = False
    note: str = ""

    def __str__(self) -> str:
        text = f"{self.kind}: {self.from_unit} → {self.to_unit} ×{_significant(self.factor)} ({self.source}"
        if self.on is not None:
            text += f", {self.on.isoformat()}"
        if self.year is not None:
            text += f", {self.year}"
        text += ")"
        if self.fallback:
            text += " [fallback]"
        if self.note:
            text += f" — {self.note}"
        return text


def _significant(value: Decimal, digits: int = 8) -> str:
    """Write a factor for reading: at most ``digits`` significant digits, no exponent.

    Only the display is rounded; :attr:`Provenance.factor` keeps every digit.

    >>> _significant(Decimal("0.1368791033888188871941110153")), _significant(Decimal("12"))
    ('0.1368791', '12')
    >>> _significant(Decimal("1.07187282683202")), _significant(Decimal("2088"))
    ('1.0718728', '2088')
    """
    if value == value.to_integral_value() and abs(value) < Decimal(10) ** digits:
        return _plain(value)
    return _plain(Decimal(f"{value:.{digits}g}"))


def _plain(value: Decimal) -> str:
    """Write a Decimal without exponent or trailing zeros.

    >>> _plain(Decimal("7E+5")), _plain(Decimal("11.650")), _plain(Decimal("0.0001234"))
    ('700000', '11.65', '0.0001234')
    """
    if value == value.to_integral_value():
        return f"{value.quantize(Decimal(1)):f}"
    return f"{value.normalize():f}"


def _group(value: Decimal) -> str:
    """Write an amount for people: thousands grouped, at most 2 decimals.

    >>> _group(Decimal("1200000")), _group(Decimal("11.65")), _group(Decimal("2.5"))
    ('1,200,000', '11.65', '2.50')
    """
    if value == value.to_integral_value():
        return f"{value.quantize(Decimal(1)):,f}"
    return f"{value.quantize(Decimal('0.01')):,f}"


class Salary(BaseModel):
    """A salary (or salary range) read from text.

    >>> s = Salary(low=Decimal("700000"), high=Decimal("1200000"), currency="CNY",
    ...            period=Period.YEAR)
    >>> str(s)
    '700,000–1,200,000 CNY per year'
    >>> s.midpoint
    Decimal('950000')
    >>> Salary.model_validate_json(s.model_dump_json()) == s
    True
    >>> hash(s) == hash(s.model_copy())
    True
    """

    model_config = ConfigDict(frozen=True)

    low: Decimal | None = None
    high: Decimal | None = None
    currency: str | None = None
    period: Period | None = None
    payments_per_year: int | None = None
    approximate: bool = False
    negotiable: bool = False
    gross: bool | None = None
    statistic: str | None = None
    inferred: frozenset[str] = frozenset()
    span: tuple[int, int] | None = None
    text: str = ""
    lang: str | None = None
    country: str | None = None
    provenance: tuple[Provenance, ...] = ()

    # ----------------------------------------------------------------- reading helpers
    @property
    def midpoint(self) -> Decimal | None:
        """The middle of the range; the one known bound of an open range; None without amounts."""
        if self.low is not None and self.high is not None:
            return (self.low + self.high) / 2
        return self.low if self.low is not None else self.high

    @property
    def is_range(self) -> bool:
        """True when low and high are both known and differ."""
        return self.low is not None and self.high is not None and self.low != self.high

    @property
    def has_amount(self) -> bool:
        """True when at least one bound is known."""
        return self.low is not None or self.high is not None

    def amount_text(self) -> str:
        """The amounts as people write them, e.g. ``'≥ 500,000'`` or ``'~60,000'``."""
        if self.negotiable and not self.has_amount:
            return "negotiable"
        if self.low is None and self.high is None:
            return "?"
        if self.low is None:
            assert self.high is not None
            text = f"≤ {_group(self.high)}"
        elif self.high is None:
            text = f"≥ {_group(self.low)}"
        elif self.low == self.high:
            text = _group(self.low)
        else:
            text = f"{_group(self.low)}–{_group(self.high)}"
        return ("~" + text) if self.approximate else text

    def __str__(self) -> str:
        parts = [self.amount_text()]
        if self.currency:
            parts.append(self.currency)
        if self.period is not None:
            parts.append(f"per {self.period.value}")
        if self.payments_per_year:
            parts.append(f"× {self.payments_per_year} payments")
        return " ".join(parts)

    def __repr__(self) -> str:
        fields: list[str] = []
        for name in ("low", "high"):
            value = getattr(self, name)
            if value is not None:
                fields.append(f"{name}=Decimal('{_plain(value)}')")
        for name in ("currency", "period", "payments_per_year", "statistic", "gross"):
            value = getattr(self, name)
            if value is not None:
                fields.append(f"{name}={getattr(value, 'value', value)!r}")
        for name in ("approximate", "negotiable"):
            if getattr(self, name):
                fields.append(f"{name}=True")
        if self.inferred:
            fields.append(f"inferred={sorted(self.inferred)!r}")
        return f"Salary({', '.join(fields)})"

    # -------------------------------------------------------- normalization (issue 3)
    def to_period(self, period: Period | str, *, worktime: WorkTime | str | None = None) -> Salary:
        """This salary expressed per ``period`` under a pay convention (see :class:`WorkTime`).

        ``worktime`` is a :class:`WorkTime` or a preset name ("US", "FR"…); by default the
        preset of ``self.country``, else the neutral default. A stated ``payments_per_year``
        always wins over the convention. The convention used is named in the provenance.

        >>> s = Salary(low=Decimal(25), high=Decimal(30), currency="USD", period="hour")
        >>> s.annual(worktime="US").amount_text()
        '52,000–62,400'
        """
        from ._normalize import to_period

        return to_period(self, period, worktime=worktime)

    def annual(self, *, worktime: WorkTime | str | None = None) -> Salary:
        """Shortcut for ``to_period("year")``."""
        return self.to_period(Period.YEAR, worktime=worktime)

    def monthly(self, *, worktime: WorkTime | str | None = None) -> Salary:
        """Shortcut for ``to_period("month")``."""
        return self.to_period(Period.MONTH, worktime=worktime)

    def hourly(self, *, worktime: WorkTime | str | None = None) -> Salary:
        """Shortcut for ``to_period("hour")``."""
        return self.to_period(Period.HOUR, worktime=worktime)

    def to_quantity(
        self,
        *,
        bound: Literal["low", "high", "midpoint"] | None = None,
        worktime: WorkTime | str | None = None,
    ) -> pint.Quantity:  # type: ignore[type-arg]
        """The amounts as a pint Quantity in ``currency / period`` units of salarykit's registry.

        A single amount gives a scalar, a range a ``[low, high]`` array (``Decimal('NaN')`` for
        an open bound); ``bound=`` picks one value.
        """
        from ._normalize import to_quantity

        result: pint.Quantity = to_quantity(self, bound=bound, worktime=worktime)  # type: ignore[type-arg]
        return result

    def convert(
        self,
        currency: str,
        *,
        on: date | None = None,
        provider: RateProvider | None = None,
        fallback: bool = False,
    ) -> Salary:
        """This salary in another currency at the market rate of ``on`` (see :func:`convert`)."""
        from ._currency import convert

        return convert(self, currency, on=on, provider=provider, fallback=fallback)

    def to_ppp(
        self,
        year: int | None = None,
        *,
        country: str | None = None,
        on: date | None = None,
        provider: RateProvider | None = None,
        fallback: bool = False,
    ) -> Salary:
        """This salary in international dollars (``XPPP``) at purchasing-power parity (see :func:`to_ppp`)."""
        from ._ppp import to_ppp

        return to_ppp(self, year, country=country, on=on, provider=provider, fallback=fallback)

    def adjust_for_inflation(
        self,
        to_year: int,
        from_year: int | None = None,
        country: str | None = None,
        *,
        fallback: bool = False,
    ) -> Salary:
        """This salary in ``to_year`` money, using consumer-price inflation of ``country``."""
        from ._inflation import adjust_for_inflation

        return adjust_for_inflation(
            self, to_year, from_year=from_year, country=country, fallback=fallback
        )

    # ------------------------------------------------------------ notebooks (issue 6)
    def _repr_html_(self) -> str:
        """An HTML card for Jupyter (see :func:`salarykit._display.salary_html`)."""
        from ._display import salary_html

        return salary_html(self)
