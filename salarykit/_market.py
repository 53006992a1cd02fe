"""Market reference figures: :class:`Reference` (one row) and :class:`MarketData` (a table).

A reference says what it describes (role, sector, employer, place, country), which statistic it
is (``mean``, ``median``, a percentile ``p10``…``p90``, ``min``, ``max`` or an ``offer``), the
amount (one ``value``, or a ``low``/``high`` range whose ends may be open), the currency and pay
period, the date or period it refers to (``"2024"``, ``"2024-H1"``, ``"2024-Q2"``, ``"2024-05"``,
``"2024-05-31"`` or an interval ``"2024-01/2024-06"``) and where it comes from.

Tables load from CSV, JSON, records or a pandas DataFrame and are validated row by row: a bad
row raises :class:`~salarykit.MarketDataError` naming the row (1-based, header excluded) and
the field.

>>> md = MarketData.builtin()
>>> nlp = md.get("cn-nlp-2024h1")
>>> nlp.value, nlp.currency, nlp.period.value, nlp.date, nlp.year
(Decimal('24007'), 'CNY', 'month', '2024-H1', 2024)
>>> len(md.filter(country="CN", statistic="mean"))
4

Rows of one *group* (same description, currency, period, date and source — or the same explicit
``group`` id) that give percentiles form a distribution used to place a salary:

>>> dist = MarketData.from_records([
...     {"role": "data analyst", "statistic": s, "value": v, "currency": "EUR",
...      "period": "year", "country": "FR", "date": "2024", "source": "example"}
...     for s, v in [("p25", 38000), ("median", 42000), ("p75", 48000)]])
>>> [(p, str(v)) for p, v in dist.distribution()]
[(25, '38000'), (50, '42000'), (75, '48000')]
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import itertools
import json
import math
import os
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from importlib import resources
from typing import TYPE_CHECKING, Any, overload

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator, model_validator

from ._errors import MarketDataError
from ._models import Period, Provenance, Salary

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["MarketData", "Reference"]

#: columns of a reference table, in the order :meth:`MarketData.to_frame` and ``to_csv`` write
COLUMNS: tuple[str, ...] = (
    "id",
    "role",
    "aliases",
    "sector",
    "employer",
    "place",
    "country",
    "statistic",
    "value",
    "low",
    "high",
    "currency",
    "period",
    "date",
    "approximate",
    "inferred",
    "group",
    "source",
    "notes",
)

_NAMED_STATISTICS = {"mean", "median", "min", "max", "offer"}
# column values other tools write for a pay period (table vocabulary, not salary text)
_PERIOD_SYNONYMS = {
    "hourly": "hour",
    "daily": "day",
    "weekly": "week",
    "monthly": "month",
    "yearly": "year",
    "annual": "year",
    "annually": "year",
}
_PERCENTILE_RE = re.compile(r"^p(\d{1,2})$")
# what a named statistic is as a percentile of the distribution it belongs to
_STATISTIC_PERCENTILE = {"median": 50, "min": 0, "max": 100}

_YEAR = r"(?P<y>\d{4})"
_DATE_FORMS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"^{_YEAR}$"), "year"),
    (re.compile(rf"^{_YEAR}-H(?P<h>[12])$", re.I), "half"),
    (re.compile(rf"^{_YEAR}-Q(?P<q>[1-4])$", re.I), "quarter"),
    (re.compile(rf"^{_YEAR}-(?P<m>\d{{2}})$"), "month"),
    (re.compile(rf"^{_YEAR}-(?P<m>\d{{2}})-(?P<d>\d{{2}})$"), "day"),
)


def _month_end(year: int, month: int) -> dt.date:
    if month == 12:
        return dt.date(year, 12, 31)
    return dt.date(year, month + 1, 1) - dt.timedelta(days=1)


def _one_date_span(text: str) -> tuple[dt.date, dt.date]:
    for pattern, kind in _DATE_FORMS:
        m = pattern.match(text)
        if m is None:
            continue
        year = int(m["y"])
        if kind == "year":
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        if kind == "half":
            first = 1 if m["h"] == "1" else 7
            return dt.date(year, first, 1), _month_end(year, first + 5)
        if kind == "quarter":
            first = 3 * int(m["q"]) - 2
            return dt.date(year, first, 1), _month_end(year, first + 2)
        month = int(m["m"])
        if kind == "month":
            if not 1 <= month <= 12:
                break
            return dt.date(year, month, 1), _month_end(year, month)
        day = dt.date(year, month, int(m["d"]))  # raises ValueError on 2024-02-30
        return day, day
    raise ValueError(
        f"{text!r} is not a date or period: use YYYY, YYYY-H1, YYYY-Q2, YYYY-MM, YYYY-MM-DD "
        "or an interval start/end"
    )


def date_span(text: str) -> tuple[dt.date, dt.date]:
    """First and last day of a reference date or period.

    >>> date_span("2024-H1")
    (datetime.date(2024, 1, 1), datetime.date(2024, 6, 30))
    >>> date_span("2024-02")
    (datetime.date(2024, 2, 1), datetime.date(2024, 2, 29))
    >>> date_span("2023-07/2024-Q2")
    (datetime.date(2023, 7, 1), datetime.date(2024, 6, 30))
    """
    text = text.strip()
    if "/" in text:
        first, _, last = text.partition("/")
        start, _ = _one_date_span(first.strip())
        _, end = _one_date_span(last.strip())
        if end < start:
            raise ValueError(f"interval {text!r} ends before it starts")
        return start, end
    return _one_date_span(text)


def _to_decimal(value: Any) -> Decimal | None:
    """Read an amount from a table cell, as spreadsheets export them.

    Spaces and apostrophes group thousands; with both ``.`` and ``,`` the last one is the
    decimal mark; a lone comma is a decimal mark unless it is followed by exactly three digits
    ("1,200" is 1200, "42000,50" is 42000.50); several dots group thousands ("1.200.000").

    >>> _to_decimal("24 007"), _to_decimal("1,200,000"), _to_decimal(239000.0), _to_decimal("")
    (Decimal('24007'), Decimal('1200000'), Decimal('239000'), None)
    >>> _to_decimal("1.234,56"), _to_decimal("42000,50"), _to_decimal("1'200'000"), _to_decimal("1.200.000")
    (Decimal('1234.56'), Decimal('42000.50'), Decimal('1200000'), Decimal('1200000'))
    """
    if value is None or isinstance(value, bool):
        if isinstance(value, bool):
            raise ValueError("a boolean is not an amount")
        return None
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        if math.isnan(value):
            return None
        if math.isinf(value):
            raise ValueError("an infinite amount")
        result = Decimal(repr(value))
        if result == result.to_integral_value() and result.adjusted() < 20:
            return result.quantize(Decimal(1))  # 239000.0 -> 239000
        return result
    text = re.sub(r"[\s\u00a0\u202f'’]", "", str(value))
    if not text or text.lower() in {"nan", "none", "null"}:
        return None
    if "," in text and "." in text:
        decimal_mark = "," if text.rfind(",") > text.rfind(".") else "."
        grouping = "." if decimal_mark == "," else ","
        text = text.replace(grouping, "").replace(",", ".")
    elif "," in text:
        text = (
            text.replace(",", "")
            if re.fullmatch(r"-?\d{1,3}(,\d{3})+", text)
            else text.replace(",", ".")
        )
    elif re.fullmatch(r"-?\d{1,3}(\.\d{3}){2,}", text):
        text = text.replace(".", "")
    try:
        result = Decimal(text)
    except InvalidOperation:
        raise ValueError(f"{value!r} is not a number") from None
    if not result.is_finite():
        raise ValueError(f"{value!r} is not a finite number")
    return result


@functools.cache
def _known_currencies() -> frozenset[str]:
    from babel.numbers import list_currencies

    return frozenset(list_currencies())


def _is_blank(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and not value.strip()


class Reference(BaseModel):
    """One market figure: what it describes, the statistic, the amount, when, and the source.

    >>> r = Reference(role="IT staff", country="cn", statistic="mean", value="11000",
    ...               currency="cny", period="month", date="2024-H1", source="seed 003")
    >>> r.country, r.currency, r.midpoint, r.percentile
    ('CN', 'CNY', Decimal('11000'), None)
    >>> print(r)
    IT staff (CN, 2024-H1): mean 11,000 CNY per month [seed 003]
    >>> r.to_salary()
    Salary(low=Decimal('11000'), high=Decimal('11000'), currency='CNY', period='month', statistic='mean')
    >>> Reference(statistic="p90", value=1, currency="EUR", period="year").percentile
    90
    """

    model_config = ConfigDict(frozen=True)

    id: str | None = None
    role: str | None = None
    aliases: tuple[str, ...] = ()
    sector: str | None = None
    employer: str | None = None
    place: str | None = None
    country: str | None = None
    statistic: str = "mean"
    value: Decimal | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    currency: str
    period: Period
    date: str | None = None
    approximate: bool = False
    inferred: frozenset[str] = frozenset()
    group: str | None = None
    source: str = ""
    notes: str = ""
    provenance: tuple[Provenance, ...] = ()

    # ------------------------------------------------------------------ validation
    @field_validator("id", "role", "sector", "employer", "place", "group", "date", mode="before")
    @classmethod
    def _blank_is_none(cls, value: Any) -> Any:
        if _is_blank(value):
            return None
        return str(value).strip() if isinstance(value, str) else value

    @field_validator("source", "notes", mode="before")
    @classmethod
    def _blank_is_empty(cls, value: Any) -> Any:
        return "" if _is_blank(value) else value

    @field_validator("value", "low", "high", mode="before")
    @classmethod
    def _amount(cls, value: Any) -> Decimal | None:
        amount = _to_decimal(value)
        if amount is not None and amount < 0:
            raise ValueError("an amount cannot be negative")
        return amount

    @field_validator("country", mode="before")
    @classmethod
    def _country(cls, value: Any) -> str | None:
        if _is_blank(value):
            return None
        text = str(value).strip().upper()
        if not re.fullmatch(r"[A-Z]{2}", text):
            raise ValueError(f"{value!r} is not an ISO 3166 alpha-2 country code (e.g. CN, US, FR)")
        return text

    @field_validator("currency", mode="before")
    @classmethod
    def _currency(cls, value: Any) -> str:
        if _is_blank(value):
            raise ValueError("a currency is required (ISO 4217 code, e.g. CNY)")
        text = str(value).strip().upper()
        if not re.fullmatch(r"[A-Z]{3}", text) or text not in _known_currencies():
            raise ValueError(f"{value!r} is not an ISO 4217 currency code (e.g. CNY, USD, EUR)")
        return text

    @field_validator("period", mode="before")
    @classmethod
    def _period(cls, value: Any) -> Any:
        if _is_blank(value):
            raise ValueError("a pay period is required: hour, day, week, month or year")
        text = str(getattr(value, "value", value)).strip().lower()
        text = _PERIOD_SYNONYMS.get(text, text)
        if text not in {p.value for p in Period}:
            raise ValueError(f"{value!r} is not a pay period: hour, day, week, month or year")
        return text

    @field_validator("statistic", mode="before")
    @classmethod
    def _statistic(cls, value: Any) -> str:
        if _is_blank(value):
            return "mean"
        text = str(value).strip().lower()
        text = {"average": "mean", "avg": "mean", "minimum": "min", "maximum": "max"}.get(
            text, text
        )
        m = _PERCENTILE_RE.match(text)
        if m is not None:
            n = int(m[1])
            if not 1 <= n <= 99:
                raise ValueError(f"percentile {value!r} must be between p1 and p99")
            return f"p{n}"
        if text not in _NAMED_STATISTICS:
            raise ValueError(
                f"{value!r} is not a statistic: mean, median, min, max, offer or p1…p99"
            )
        return text

    @field_validator("approximate", mode="before")
    @classmethod
    def _flag(cls, value: Any) -> Any:
        if _is_blank(value):
            return False
        if isinstance(value, str):
            text = value.strip().lower()
            if text in {"true", "yes", "1", "y"}:
                return True
            if text in {"false", "no", "0", "n"}:
                return False
            raise ValueError(f"{value!r} is not true/false")
        return value

    @field_validator("aliases", mode="before")
    @classmethod
    def _aliases(cls, value: Any) -> Any:
        if _is_blank(value):
            return ()
        if isinstance(value, str):
            return tuple(part.strip() for part in re.split(r"[;|]", value) if part.strip())
        return value

    @field_validator("inferred", mode="before")
    @classmethod
    def _inferred(cls, value: Any) -> Any:
        if _is_blank(value):
            return frozenset()
        if isinstance(value, str):
            return frozenset(part.strip() for part in re.split(r"[;,|]", value) if part.strip())
        return value

    @field_validator("date")
    @classmethod
    def _date(cls, value: str | None) -> str | None:
        if value is not None:
            date_span(value)
        return value

    @model_validator(mode="after")
    def _amounts(self) -> Reference:
        if self.value is None and self.low is None and self.high is None:
            raise ValueError("no amount: give value, or low and/or high")
        if self.value is not None and (self.low is not None or self.high is not None):
            raise ValueError("give either value or low/high, not both")
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError(f"low {self.low} is above high {self.high}")
        return self

    # -------------------------------------------------------------------- reading
    @property
    def bounds(self) -> tuple[Decimal | None, Decimal | None]:
        """``(low, high)``; a single ``value`` gives ``(value, value)``.

        >>> Reference(value=11000, currency="CNY", period="month").bounds
        (Decimal('11000'), Decimal('11000'))
        """
        if self.value is not None:
            return self.value, self.value
        return self.low, self.high

    @property
    def midpoint(self) -> Decimal:
        """The value, the middle of the range, or the one known bound of an open range.

        >>> Reference(low=700000, high=1200000, currency="CNY", period="year").midpoint
        Decimal('950000')
        """
        low, high = self.bounds
        if low is not None and high is not None:
            return (low + high) / 2
        result = low if low is not None else high
        assert result is not None  # the validator guarantees an amount
        return result

    @property
    def percentile(self) -> int | None:
        """The percentile this statistic stands for (``median`` → 50, ``p90`` → 90), or None.

        ``min`` and ``max`` are 0 and 100 only inside a distribution; here they give None.
        """
        m = _PERCENTILE_RE.match(self.statistic)
        if m is not None:
            return int(m[1])
        return 50 if self.statistic == "median" else None

    @property
    def span(self) -> tuple[dt.date, dt.date] | None:
        """First and last day of :attr:`date`, or None when undated."""
        return date_span(self.date) if self.date else None

    @property
    def mid_date(self) -> dt.date | None:
        """The middle day of the reference period (used for exchange rates by default)."""
        span = self.span
        if span is None:
            return None
        return span[0] + (span[1] - span[0]) / 2

    @property
    def year(self) -> int | None:
        """The year of :attr:`mid_date` (used as the PPP and inflation year by default)."""
        mid = self.mid_date
        return mid.year if mid is not None else None

    @property
    def group_key(self) -> tuple[Any, ...]:
        """Rows with the same key form one distribution."""
        if self.group is not None:
            return ("group", self.group)
        return (
            self.role,
            self.sector,
            self.employer,
            self.place,
            self.country,
            self.currency,
            self.period,
            self.date,
            self.source,
        )

    def describe(self) -> str:
        """What the figure is about.

        >>> Reference(role="IT staff", country="CN", date="2024-H1", value=1, currency="CNY",
        ...           period="month").describe()
        'IT staff (CN, 2024-H1)'
        """
        what = self.role or self.sector or self.employer or "reference"
        context = [x for x in (self.place, self.country, self.date) if x]
        return f"{what} ({', '.join(context)})" if context else what

    def amount_text(self) -> str:
        """The amount as people write it.

        >>> Reference(low=900000, currency="USD", period="year").amount_text()
        '≥ 900,000'
        >>> Reference(value=60000, approximate=True, currency="CNY", period="month").amount_text()
        '~60,000'
        """
        low, high = self.bounds
        return Salary(low=low, high=high, approximate=self.approximate).amount_text()

    def to_salary(self) -> Salary:
        """This figure as a :class:`~salarykit.Salary` (statistic, country and flags kept)."""
        low, high = self.bounds
        return Salary(
            low=low,
            high=high,
            currency=self.currency,
            period=self.period,
            approximate=self.approximate,
            statistic=self.statistic,
            inferred=self.inferred,
            country=self.country,
            text=self.describe(),
            provenance=self.provenance,
        )

    def to_record(self) -> dict[str, Any]:
        """A flat dict with the :data:`COLUMNS` (amounts as Decimal, flags as bool).

        >>> rec = MarketData.builtin().get("cn-aigc-new-2023-06").to_record()
        >>> rec["value"], rec["approximate"], rec["inferred"], rec["low"]
        (Decimal('60000'), True, 'currency', None)
        """
        data = self.model_dump(exclude={"provenance"})
        data["period"] = self.period.value
        data["inferred"] = ";".join(sorted(self.inferred))
        data["aliases"] = "; ".join(self.aliases)
        return {name: data[name] for name in COLUMNS}

    def __str__(self) -> str:
        amount = self.amount_text()
        text = (
            f"{self.describe()}: {self.statistic} {amount} {self.currency} per {self.period.value}"
        )
        return f"{text} [{self.source}]" if self.source else text


def _field_of(error: ValidationError) -> str | None:
    for detail in error.errors():
        loc = detail.get("loc") or ()
        if loc:
            return str(loc[0])
    return None


def _message_of(error: ValidationError) -> str:
    detail = error.errors()[0]
    message = str(detail.get("msg", "invalid"))
    return message.removeprefix("Value error, ")


class MarketData(Sequence[Reference]):
    """An immutable table of :class:`Reference` rows.

    Build it from references, records, CSV, JSON or a DataFrame; filter it; join tables with
    ``+``; find the reference that best matches a salary with :meth:`match`.

    >>> mine = MarketData.from_records([{"id": "fr-dev", "role": "software developer",
    ...     "country": "FR", "statistic": "median", "value": "45 000", "currency": "EUR",
    ...     "period": "year", "date": "2024", "source": "my survey"}])
    >>> both = MarketData.builtin() + mine
    >>> both.get("fr-dev").value
    Decimal('45000')
    >>> MarketData.from_records([{"statistic": "mean", "value": "abc", "currency": "EUR",
    ...                           "period": "year"}])
    Traceback (most recent call last):
    ...
    salarykit._errors.MarketDataError: row 1, field value: 'abc' is not a number
    """

    __slots__ = ("_groups", "_rows")

    def __init__(self, references: Iterable[Reference] = ()) -> None:
        rows = tuple(references)
        for i, row in enumerate(rows, start=1):
            if not isinstance(row, Reference):
                raise MarketDataError(
                    f"expected a Reference, got {type(row).__name__}; use MarketData.from_records",
                    row=i,
                )
        seen: dict[str, int] = {}
        for i, row in enumerate(rows, start=1):
            if row.id is not None:
                if row.id in seen:
                    raise MarketDataError(
                        f"duplicate id {row.id!r} (first at row {seen[row.id]})", row=i, field="id"
                    )
                seen[row.id] = i
        self._rows = rows
        self._groups: dict[tuple[Any, ...], MarketData] | None = None  # built on first use

    # ------------------------------------------------------------------ sequence
    @overload
    def __getitem__(self, index: int) -> Reference: ...
    @overload
    def __getitem__(self, index: slice) -> MarketData: ...
    def __getitem__(self, index: int | slice) -> Reference | MarketData:
        if isinstance(index, slice):
            return MarketData(self._rows[index])
        return self._rows[index]

    def __len__(self) -> int:
        return len(self._rows)

    def __iter__(self) -> Iterator[Reference]:
        return iter(self._rows)

    def __add__(self, other: Iterable[Reference]) -> MarketData:
        return MarketData((*self._rows, *other))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, MarketData) and self._rows == other._rows

    def __hash__(self) -> int:
        return hash(self._rows)

    def __repr__(self) -> str:
        return f"<MarketData: {len(self)} references>"

    def _repr_html_(self) -> str:
        from html import escape

        head = "".join(f"<th>{escape(c)}</th>" for c in COLUMNS)
        body = "".join(
            "<tr>"
            + "".join(
                f"<td>{escape('' if v is None else str(v))}</td>" for v in r.to_record().values()
            )
            + "</tr>"
            for r in self._rows
        )
        return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"

    # ------------------------------------------------------------------ loading
    @classmethod
    def from_records(
        cls, records: Iterable[Mapping[str, Any]], *, first_row: int = 1
    ) -> MarketData:
        """Validate dicts (column name → cell) into a table; errors name the row and field.

        Unknown columns are refused so that a typo ("curency") is not silently dropped.
        ``first_row`` is the number reported for the first record (1 by default).
        """
        known = set(COLUMNS) | {"provenance"}
        rows: list[Reference] = []
        for i, record in enumerate(records, start=first_row):
            if not isinstance(record, Mapping):
                raise MarketDataError(f"expected a mapping, got {type(record).__name__}", row=i)
            unknown = sorted(str(k) for k in record if k not in known)
            if unknown:
                raise MarketDataError(
                    f"unknown column {unknown[0]!r}; known columns: {', '.join(COLUMNS)}",
                    row=i,
                    field=unknown[0],
                )
            try:
                rows.append(Reference.model_validate(dict(record)))
            except ValidationError as exc:
                raise MarketDataError(_message_of(exc), row=i, field=_field_of(exc)) from None
        return cls(rows)

    @classmethod
    def from_csv(cls, source: str | os.PathLike[str] | io.TextIOBase) -> MarketData:
        """Read a CSV file (path or open text file) whose header names :data:`COLUMNS`.

        Blank cells are missing values; rows are numbered from 1 after the header. The
        delimiter (``,``, ``;`` or tab) is the one the header uses most; amounts may use a
        decimal comma and grouping spaces, dots or apostrophes, as spreadsheets export them.

        >>> text = "role,statistic,value,currency,period\\nIT staff,mean,11000,CNY,month\\n"
        >>> MarketData.from_csv(io.StringIO(text))[0].value
        Decimal('11000')
        >>> bad = "role,statistic,value,currency,period\\nIT staff,mean,11000,CNY,fortnight\\n"
        >>> MarketData.from_csv(io.StringIO(bad))
        Traceback (most recent call last):
        ...
        salarykit._errors.MarketDataError: row 1, field period: 'fortnight' is not a pay period: hour, day, week, month or year
        """
        if isinstance(source, io.TextIOBase):
            return cls._from_csv_text(source.read())
        with open(source, encoding="utf-8-sig", newline="") as handle:
            return cls._from_csv_text(handle.read())

    @classmethod
    def _from_csv_text(cls, text: str) -> MarketData:
        text = text.lstrip("\ufeff")
        header = text.split("\n", 1)[0]
        # spreadsheets in comma-decimal locales export ";"-separated files; tabs come from pastes
        delimiter = max((",", ";", "\t"), key=header.count)
        reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
        records: list[dict[str, Any]] = []
        for i, row in enumerate(reader, start=1):
            if None in row:
                raise MarketDataError("more cells than columns in the header", row=i)
            records.append({k.strip(): v for k, v in row.items() if k is not None})
        return cls.from_records(records)

    @classmethod
    def from_json(cls, source: str | os.PathLike[str] | io.TextIOBase) -> MarketData:
        """Read JSON: a list of objects, or ``{"references": [...]}``; a path, a file or text.

        >>> MarketData.from_json('[{"statistic": "max", "value": 100000, "currency": "CNY",'
        ...                      ' "period": "month"}]')[0].statistic
        'max'
        """
        if isinstance(source, io.TextIOBase):
            text = source.read()
        elif isinstance(source, str) and source.lstrip()[:1] in ("[", "{"):
            text = source
        else:
            with open(source, encoding="utf-8") as handle:
                text = handle.read()
        try:
            data = json.loads(text, parse_float=Decimal)
        except json.JSONDecodeError as exc:
            raise MarketDataError(f"invalid JSON: {exc}") from None
        if isinstance(data, dict):
            data = data.get("references")
        if not isinstance(data, list):
            raise MarketDataError('expected a JSON list of references or {"references": [...]}')
        return cls.from_records(data)

    @classmethod
    def from_frame(cls, frame: pd.DataFrame) -> MarketData:
        """Read a pandas DataFrame with :data:`COLUMNS` as columns (NaN cells are missing).

        >>> import pandas as pd
        >>> frame = pd.DataFrame({"role": ["IT staff"], "value": [11000.0], "currency": ["CNY"],
        ...                       "period": ["month"], "low": [float("nan")]})
        >>> MarketData.from_frame(frame)[0].bounds
        (Decimal('11000'), Decimal('11000'))
        """
        records = frame.astype(object).where(frame.notna(), None).to_dict("records")
        return cls.from_records([{str(k): v for k, v in r.items()} for r in records])

    @classmethod
    def builtin(cls) -> MarketData:
        """The figures stated in the seed articles, each row sourced to its seed file.

        >>> md = MarketData.builtin()
        >>> md.get("us-ai-engineer-entry-2024").value
        Decimal('239000')
        >>> sorted({r.source.split()[0] for r in md})
        ['000_7dc1ccf9239f4e52.txt', '002_93268586799659a2.txt', '003_42076b30d9d9f568.txt']
        """
        return _builtin()

    # ------------------------------------------------------------------ writing
    def to_records(self) -> list[dict[str, Any]]:
        """One dict per row (see :meth:`Reference.to_record`).

        >>> MarketData.builtin().to_records()[2]["role"]
        'IT staff'
        """
        return [r.to_record() for r in self._rows]

    def to_frame(self) -> pd.DataFrame:
        """A pandas DataFrame with one row per reference and the :data:`COLUMNS`.

        Amounts stay ``Decimal`` (object columns); add ``.astype(float)`` for plotting.

        >>> MarketData.builtin().to_frame().loc[0, ["id", "value", "currency"]].tolist()
        ['cn-nlp-2024h1', Decimal('24007'), 'CNY']
        """
        import pandas as pd

        frame: pd.DataFrame = pd.DataFrame(self.to_records(), columns=list(COLUMNS))
        return frame

    def to_csv(self) -> str:
        """The table as CSV text that :meth:`from_csv` reads back.

        >>> md = MarketData.builtin()
        >>> MarketData.from_csv(io.StringIO(md.to_csv())) == md
        True
        """
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=list(COLUMNS), lineterminator="\n")
        writer.writeheader()
        for record in self.to_records():
            writer.writerow(
                {
                    k: ("" if v is None else str(v).lower() if isinstance(v, bool) else str(v))
                    for k, v in record.items()
                }
            )
        return out.getvalue()

    def to_json(self) -> str:
        """The table as a JSON list that :meth:`from_json` reads back (amounts as strings).

        >>> md = MarketData.builtin()
        >>> MarketData.from_json(md.to_json()) == md
        True
        """
        return json.dumps(
            [
                {k: (str(v) if isinstance(v, Decimal) else v) for k, v in r.items()}
                for r in self.to_records()
            ],
            ensure_ascii=False,
            indent=1,
        )

    # ------------------------------------------------------------------ querying
    def get(self, id: str) -> Reference:
        """The reference with this ``id`` (KeyError naming the known ids otherwise).

        >>> MarketData.builtin().get("cn-it-2024h1").value
        Decimal('11000')
        """
        for row in self._rows:
            if row.id == id:
                return row
        known = ", ".join(r.id for r in self._rows if r.id)
        raise KeyError(f"no reference with id {id!r}; known: {known}")

    def filter(
        self,
        *,
        role: str | None = None,
        sector: str | None = None,
        employer: str | None = None,
        place: str | None = None,
        country: str | None = None,
        statistic: str | None = None,
        currency: str | None = None,
        date: str | dt.date | None = None,
    ) -> MarketData:
        """Rows that match every condition given.

        Text conditions (role, sector, employer, place) match case-insensitively as a substring;
        country, statistic and currency match exactly; ``date`` keeps rows whose period overlaps
        the given date or period.

        >>> md = MarketData.builtin()
        >>> [r.id for r in md.filter(role="deep learning", date="2024")]
        ['cn-deep-learning-2024h1']
        """

        def contains(needle: str | None, haystack: str | None) -> bool:
            return needle is None or (haystack is not None and needle.lower() in haystack.lower())

        span: tuple[dt.date, dt.date] | None = None
        if isinstance(date, dt.date):
            span = (date, date)
        elif date is not None:
            span = date_span(date)
        rows = []
        for r in self._rows:
            if not (
                contains(role, r.role)
                and contains(sector, r.sector)
                and contains(employer, r.employer)
                and contains(place, r.place)
            ):
                continue
            if country is not None and r.country != country.upper():
                continue
            if statistic is not None and r.statistic != statistic.lower():
                continue
            if currency is not None and r.currency != currency.upper():
                continue
            if span is not None:
                own = r.span
                if own is None or own[1] < span[0] or own[0] > span[1]:
                    continue
            rows.append(r)
        return MarketData(rows)

    def groups(self) -> list[MarketData]:
        """The table split into groups (see :attr:`Reference.group_key`), in order of appearance.

        >>> len(MarketData.builtin().groups())
        9
        """
        return list(self._group_index().values())

    def _group_index(self) -> dict[tuple[Any, ...], MarketData]:
        if self._groups is None:
            buckets: dict[tuple[Any, ...], list[Reference]] = {}
            for r in self._rows:
                buckets.setdefault(r.group_key, []).append(r)
            self._groups = {key: MarketData(rows) for key, rows in buckets.items()}
        return self._groups

    def group_of(self, reference: Reference) -> MarketData:
        """The rows of this table in the same group as ``reference``.

        >>> md = MarketData.builtin()
        >>> [r.id for r in md.group_of(md.get("cn-it-2024h1"))]
        ['cn-it-2024h1']
        """
        return self._group_index().get(reference.group_key, MarketData())

    def distribution(self) -> list[tuple[int, Decimal]]:
        """``(percentile, value)`` points given by this table, sorted by percentile.

        Percentile rows (``p10``…``p90``) and ``median`` count; ``min`` and ``max`` count as the
        0th and 100th percentiles. Only single-value rows of one currency and period are used;
        a table mixing groups raises ``ValueError`` (split it with :meth:`groups`).

        >>> rows = [{"statistic": s, "value": v, "currency": "EUR", "period": "yearly"}
        ...         for s, v in [("min", 30000), ("p10", 34000), ("median", 42000), ("mean", 44000)]]
        >>> [(p, int(v)) for p, v in MarketData.from_records(rows).distribution()]
        [(0, 30000), (10, 34000), (50, 42000)]
        """
        if len({(r.currency, r.period) for r in self._rows}) > 1:
            raise ValueError("a distribution needs one currency and period; split with groups()")
        points: dict[int, Decimal] = {}
        for r in self._rows:
            if r.value is None:
                continue
            pct = (
                r.percentile if r.percentile is not None else _STATISTIC_PERCENTILE.get(r.statistic)
            )
            if pct is None:
                continue
            if pct in points and points[pct] != r.value:
                raise ValueError(f"two different values for percentile {pct} in one group")
            points[pct] = r.value
        result = sorted(points.items())
        for (p1, v1), (p2, v2) in itertools.pairwise(result):
            if v2 < v1:
                raise ValueError(f"percentiles decrease: p{p1}={v1} > p{p2}={v2}")
        return result

    def match(
        self,
        role: str | None = None,
        *,
        place: str | None = None,
        country: str | None = None,
        date: str | dt.date | None = None,
        statistic: str | None = None,
        limit: int | None = None,
    ) -> list[tuple[float, Reference]]:
        """References scored against a description, best first (see :func:`match_score`).

        >>> md = MarketData.builtin()
        >>> score, best = md.match("NLP engineer natural language processing", country="CN")[0]
        >>> best.id, round(score, 2)
        ('cn-nlp-2024h1', 0.63)
        """
        scored = [
            (match_score(r, role=role, place=place, country=country, date=date), r)
            for r in self._rows
            if statistic is None or r.statistic == statistic.lower()
        ]
        order = sorted(range(len(scored)), key=lambda i: (-scored[i][0], i))
        result = [scored[i] for i in order]
        return result[:limit] if limit is not None else result

    def best_match(
        self,
        role: str | None = None,
        *,
        place: str | None = None,
        country: str | None = None,
        date: str | dt.date | None = None,
        statistic: str | None = None,
        min_score: float = 0.0,
    ) -> Reference | None:
        """The best scoring reference, or None when no row scores above ``min_score``.

        >>> MarketData.builtin().best_match("deep learning researcher", place="Beijing").id
        'deepseek-agi-researcher-2025'
        """
        found = self.match(
            role, place=place, country=country, date=date, statistic=statistic, limit=1
        )
        if not found or found[0][0] <= min_score:
            return None
        return found[0][1]


# ---------------------------------------------------------------------- matching
#: Weights of :func:`match_score`; they sum to 1 so a perfect match scores 1.0.
ROLE_WEIGHT = 0.6
COUNTRY_WEIGHT = 0.15
PLACE_WEIGHT = 0.1
DATE_WEIGHT = 0.15
#: a reference this many days away from the asked date gets no date credit
DATE_HORIZON_DAYS = 3 * 365

_WORD_RE = re.compile(r"[^\W\d_]+|\d+", re.UNICODE)
_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


@functools.lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    from ._compare import load_verdicts, verdict_languages

    words: set[str] = set()
    for lang in verdict_languages():
        words.update(w.lower() for w in load_verdicts(lang).get("stopwords", ()))
    return frozenset(words)


@functools.lru_cache(maxsize=4096)
def tokens(text: str) -> frozenset[str]:
    """Content words of a role description: lower-cased, stop words dropped, CJK as bigrams.

    >>> sorted(tokens("Chercheur en apprentissage profond"))
    ['apprentissage', 'chercheur', 'profond']
    >>> sorted(tokens("深度学习研究员"))
    ['习研', '学习', '度学', '深度', '研究', '究员']
    """
    stop = _stopwords()
    result: set[str] = set()
    for word in _WORD_RE.findall(text.lower()):
        if _CJK_RE.search(word):
            chars = [c for c in word if _CJK_RE.match(c)]
            if len(chars) == 1:
                result.add(chars[0])
            result.update(a + b for a, b in itertools.pairwise(chars))
        elif word not in stop and (len(word) > 1 or word.isdigit()):
            result.add(word)
    return frozenset(result)


def match_score(
    reference: Reference,
    *,
    role: str | None = None,
    place: str | None = None,
    country: str | None = None,
    date: str | dt.date | None = None,
) -> float:
    """How well ``reference`` fits a description, from 0 (nothing in common) to 1.

    The score adds, for each criterion that is given:

    * role — ``ROLE_WEIGHT`` × the share of the query's content words (see :func:`tokens`) found
      in the reference's role, aliases (other names, in any language), sector and employer; an
      acronym in the query also matches the initials of the reference's role, sector and
      employer ("NLP" ↔ "natural language processing");
    * country — ``COUNTRY_WEIGHT`` when equal;
    * place — ``PLACE_WEIGHT`` × the share of the place's words found in the reference's place;
    * date — ``DATE_WEIGHT`` × (1 − days between the two periods / ``DATE_HORIZON_DAYS``),
      0 beyond the horizon; overlapping periods are 0 days apart.

    Criteria not given add nothing, so scores are comparable within one query only.

    >>> r = MarketData.builtin().get("cn-it-2024h1")
    >>> match_score(r, role="IT staff", country="CN", date="2024-03")
    0.9
    >>> match_score(r, role="nurse", country="FR")
    0.0
    """
    score = 0.0
    if role:
        query = tokens(role)
        target_text = " ".join(
            x for x in (reference.role, reference.sector, reference.employer) if x
        )
        target = tokens(target_text).union(*(tokens(a) for a in reference.aliases))
        if query:
            initials = "".join(
                w[0] for w in _WORD_RE.findall(target_text.lower()) if w not in _stopwords()
            )
            hits = sum(
                1
                for w in query
                if w in target
                or (len(w) >= 2 and w in initials and w.isalpha() and not _CJK_RE.search(w))
            )
            score += ROLE_WEIGHT * hits / len(query)
    if country and reference.country == country.upper():
        score += COUNTRY_WEIGHT
    if place and reference.place:
        wanted = tokens(place)
        if wanted:
            score += PLACE_WEIGHT * len(wanted & tokens(reference.place)) / len(wanted)
    if date is not None and reference.span is not None:
        asked = (date, date) if isinstance(date, dt.date) else date_span(date)
        own = reference.span
        gap = max(0, (asked[0] - own[1]).days, (own[0] - asked[1]).days)
        score += DATE_WEIGHT * max(0.0, 1 - gap / DATE_HORIZON_DAYS)
    return round(score, 6)


@functools.lru_cache(maxsize=1)
def _builtin() -> MarketData:
    text = resources.files("salarykit").joinpath("data/references.csv").read_text(encoding="utf-8")
    return MarketData._from_csv_text(text)
