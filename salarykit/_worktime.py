"""Pay conventions: how many paid hours, days, weeks and payments make up a year of pay.

A :class:`WorkTime` is not a calendar. "Month" means one of the ``payments_per_year`` payments
of the monthly salary (so with 13薪 a year is 13 months of pay), "year" means
``hours_per_year`` paid hours, "week" ``hours_per_week`` and "day"
``hours_per_week / days_per_week``. Country presets live in ``salarykit/data/worktime.yaml``
with their sources named.

>>> fr = WorkTime.preset("FR")
>>> fr.hours_per_year, fr.payments_per_year
(Decimal('1607'), 12)
>>> WorkTime.preset("uk").name
'GB'
>>> WorkTime().hours_per_year
Decimal('2080')
"""

from __future__ import annotations

import dataclasses
import functools
from decimal import Decimal
from importlib import resources
from typing import Any

from ._errors import ConversionError

__all__ = ["WorkTime"]


def _dec(value: Any, field: str) -> Decimal:
    try:
        out = Decimal(str(value))
    except ArithmeticError as exc:
        raise ConversionError(f"WorkTime.{field} must be a number, got {value!r}") from exc
    if not out.is_finite() or out <= 0:
        raise ConversionError(f"WorkTime.{field} must be a positive number, got {value!r}")
    return out


@dataclasses.dataclass(frozen=True)
class WorkTime:
    """A pay convention (frozen, hashable).

    Give either ``weeks_per_year`` or ``hours_per_year``; the other is derived
    (``hours_per_year = hours_per_week × weeks_per_year``).

    >>> wt = WorkTime(hours_per_week=35, hours_per_year=1607, name="mine")
    >>> wt.weeks_per_year.quantize(Decimal("0.01"))
    Decimal('45.91')
    >>> wt.hours_per_day
    Decimal('7')
    >>> wt.with_payments(13).payments_per_year
    13
    >>> WorkTime(hours_per_week=0)
    Traceback (most recent call last):
    ...
    salarykit._errors.ConversionError: WorkTime.hours_per_week must be a positive number, got 0
    """

    hours_per_week: Decimal = Decimal(40)
    days_per_week: Decimal = Decimal(5)
    weeks_per_year: Decimal = None  # type: ignore[assignment]  # derived when None
    payments_per_year: int = 12
    name: str = "custom"
    source: str = ""
    hours_per_year: Decimal = None  # type: ignore[assignment]  # derived when None

    def __post_init__(self) -> None:
        hpw = _dec(self.hours_per_week, "hours_per_week")
        object.__setattr__(self, "hours_per_week", hpw)
        object.__setattr__(self, "days_per_week", _dec(self.days_per_week, "days_per_week"))
        if self.hours_per_year is not None:
            hpy = _dec(self.hours_per_year, "hours_per_year")
            object.__setattr__(self, "hours_per_year", hpy)
            if self.weeks_per_year is not None:
                wpy = _dec(self.weeks_per_year, "weeks_per_year")
                if abs(wpy * hpw - hpy) > hpy * Decimal("1e-20"):  # derived weeks are rounded
                    raise ConversionError(
                        f"WorkTime: hours_per_year {hpy} disagrees with "
                        f"{hpw} h × {wpy} weeks; give only one of them"
                    )
            object.__setattr__(self, "weeks_per_year", hpy / hpw)
        else:
            wpy = _dec(self.weeks_per_year if self.weeks_per_year is not None else 52, "weeks_per_year")
            object.__setattr__(self, "weeks_per_year", wpy)
            object.__setattr__(self, "hours_per_year", hpw * wpy)
        if (
            isinstance(self.payments_per_year, bool)
            or not isinstance(self.payments_per_year, int)
            or self.payments_per_year <= 0
        ):
            raise ConversionError(
                f"WorkTime.payments_per_year must be a positive integer, got {self.payments_per_year!r}"
            )

    @property
    def hours_per_day(self) -> Decimal:
        """Paid hours in a day: ``hours_per_week / days_per_week``."""
        return self.hours_per_week / self.days_per_week

    def with_payments(self, payments_per_year: int) -> WorkTime:
        """The same convention with another number of payments (a stated 13薪 wins)."""
        if payments_per_year == self.payments_per_year:
            return self
        return dataclasses.replace(self, payments_per_year=payments_per_year)

    def describe(self) -> str:
        """A one-line description used in provenance notes.

        >>> WorkTime.preset("US").describe()
        'worktime US: 40 h/week, 5 days/week, 2080 h/year, 12 payments'
        """
        hpy = _fmt(self.hours_per_year)
        return (
            f"worktime {self.name}: {_fmt(self.hours_per_week)} h/week, "
            f"{_fmt(self.days_per_week)} days/week, {hpy} h/year, {self.payments_per_year} payments"
        )

    # ------------------------------------------------------------------ presets
    @classmethod
    def preset(cls, name: str) -> WorkTime:
        """A named preset from ``salarykit/data/worktime.yaml`` (country code or variant name).

        >>> WorkTime.preset("BR").payments_per_year
        13
        >>> WorkTime.preset("XX")
        Traceback (most recent call last):
        ...
        salarykit._errors.ConversionError: no WorkTime preset 'XX'; presets: AU, BR, CA, CN, DE, DEFAULT, ES, FR, FR-MENSUEL, GB, IN, IT, JP, KR, PL, US
        """
        presets, aliases = _load()
        key = name.strip().upper()
        key = aliases.get(key, key)
        try:
            return presets[key]
        except KeyError:
            raise ConversionError(
                f"no WorkTime preset {name!r}; presets: {', '.join(sorted(presets))}"
            ) from None

    @classmethod
    def for_country(cls, country: str | None) -> WorkTime:
        """The preset of ``country``, or the neutral default when there is none.

        >>> WorkTime.for_country("FR").name, WorkTime.for_country("NZ").name
        ('FR', 'DEFAULT')
        """
        if country:
            presets, aliases = _load()
            key = country.strip().upper()
            key = aliases.get(key, key)
            if key in presets:
                return presets[key]
        return _load()[0]["DEFAULT"]

    @classmethod
    def presets(cls) -> dict[str, WorkTime]:
        """Every preset by name."""
        return dict(_load()[0])

    @classmethod
    def coerce(cls, value: WorkTime | str | None, country: str | None = None) -> tuple[WorkTime, str]:
        """Resolve a ``worktime=`` argument; returns the convention and why it was chosen.

        >>> WorkTime.coerce(None, "FR")[1]
        'preset of the salary country FR (assumed)'
        >>> WorkTime.coerce("US")[1]
        'asked'
        """
        if isinstance(value, WorkTime):
            return value, "asked"
        if isinstance(value, str):
            return cls.preset(value), "asked"
        if value is not None:
            raise ConversionError(f"worktime must be a WorkTime or a preset name, got {value!r}")
        wt = cls.for_country(country)
        if country and wt.name != "DEFAULT":
            return wt, f"preset of the salary country {country} (assumed)"
        return wt, "neutral default (assumed)"


def _fmt(value: Decimal) -> str:
    if value == value.to_integral_value():
        return f"{value.quantize(Decimal(1)):f}"
    return f"{value.quantize(Decimal('0.01')).normalize():f}"


@functools.lru_cache(maxsize=1)
def _load() -> tuple[dict[str, WorkTime], dict[str, str]]:
    import yaml

    text = resources.files("salarykit").joinpath("data/worktime.yaml").read_text(encoding="utf-8")
    raw = yaml.safe_load(text)
    aliases = {str(k).upper(): str(v).upper() for k, v in (raw.pop("aliases", None) or {}).items()}
    presets: dict[str, WorkTime] = {}
    for name, spec in raw.items():
        presets[str(name).upper()] = WorkTime(
            hours_per_week=Decimal(str(spec["hours_per_week"])),
            days_per_week=Decimal(str(spec["days_per_week"])),
            weeks_per_year=(
                Decimal(str(spec["weeks_per_year"])) if "weeks_per_year" in spec else None  # type: ignore[arg-type]
            ),
            hours_per_year=(
                Decimal(str(spec["hours_per_year"])) if "hours_per_year" in spec else None  # type: ignore[arg-type]
            ),
            payments_per_year=int(spec["payments_per_year"]),
            name=str(name).upper(),
            source=str(spec["source"]),
        )
    return presets, aliases
