"""Vectorized normalization of many salaries at once (``salarykit.bulk``).

The same operations as the :class:`~salarykit.Salary` methods — period, market rate, PPP,
inflation — on a :class:`SalaryBatch` of parallel numpy arrays. Each factor is looked up once
per distinct key (period and payments, currency and date, country and year) with the exact
scalar machinery, then applied to every row with numpy. What each key used is recorded in
:attr:`SalaryBatch.steps`.

Amounts are float64 here (``NaN`` for an open or unknown bound): bulk is for analysis of
millions of rows; use the ``Salary`` methods when you need ``Decimal`` exactness.

>>> from datetime import date
>>> import numpy as np
>>> from salarykit import bulk
>>> batch = bulk.SalaryBatch.from_arrays(
...     low=[15000, 25, 100000], high=[25000, 30, np.nan],
...     currency=["CNY", "USD", "CNY"], period=["month", "hour", "month"],
...     payments_per_year=[13, np.nan, np.nan])
>>> year = bulk.annualize(batch, worktime="US")
>>> year.low.tolist(), year.high.tolist()
([195000.0, 52000.0, 1200000.0], [325000.0, 62400.0, nan])
>>> usd = bulk.convert(year, "USD", on=date(2025, 2, 10))
>>> np.round(usd.low).tolist()
[26691.0, 52000.0, 164255.0]
>>> print(usd.steps[-1].entries[("CNY",)])  # doctest: +ELLIPSIS
rate: CNY → USD ×0.1368791 (ECB euro reference rates ..., 2025-02-10)
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

from ._errors import ConversionError, SalarykitError
from ._models import Period, Provenance, Salary
from ._rates import RateProvider
from ._worktime import WorkTime

__all__ = [
    "BulkStep",
    "SalaryBatch",
    "adjust_for_inflation",
    "annualize",
    "convert",
    "to_period",
    "to_ppp",
]

FloatArray = npt.NDArray[np.float64]
Errors = Literal["raise", "nan"]


@dataclasses.dataclass(frozen=True)
class BulkStep:
    """One bulk operation: what each distinct key used (``entries``) or why it failed (``errors``).

    ``by`` names the parts of the keys; ``rows`` counts the rows of each key.
    """

    operation: str
    by: tuple[str, ...]
    entries: Mapping[tuple[Any, ...], Provenance]
    errors: Mapping[tuple[Any, ...], str]
    rows: Mapping[tuple[Any, ...], int]

    def __str__(self) -> str:
        lines = [f"{self.operation} by {', '.join(self.by)}: {len(self.entries)} keys, {len(self.errors)} failed"]
        lines += [f"  {k}: {v}" for k, v in self.entries.items()]
        lines += [f"  {k}: ERROR {v}" for k, v in self.errors.items()]
        return "\n".join(lines)


def _strings(values: Any, n: int, name: str) -> npt.NDArray[np.str_]:
    """A string column; None/NaN become ``""``. Accepts lists, numpy arrays, pandas Series."""
    if values is None:
        return np.full(n, "", dtype="<U1")
    if isinstance(values, str):
        return np.full(n, values)
    out = np.asarray(values)
    if out.dtype.kind != "U":
        out = np.asarray(["" if v is None or v != v else str(v) for v in out.tolist()])
    if out.shape != (n,):
        raise ConversionError(f"{name} has {out.shape[0] if out.ndim else 1} values for {n} rows")
    return out


def _floats(values: Any, n: int, name: str) -> FloatArray:
    """A float column; None becomes NaN. Accepts lists, numpy arrays, pandas Series."""
    if values is None:
        return np.full(n, np.nan)
    try:
        out = np.asarray(values, dtype=np.float64)
    except (TypeError, ValueError):
        out = np.asarray([np.nan if v is None else float(v) for v in values], dtype=np.float64)
    if out.shape != (n,):
        raise ConversionError(f"{name} has {out.shape} values for {n} rows")
    return out


@dataclasses.dataclass(frozen=True)
class SalaryBatch:
    """Parallel arrays of salaries: ``low``/``high`` (float64, NaN = open or unknown),
    ``currency``, ``period``, ``payments_per_year`` (NaN = not stated) and ``country``
    (``""`` = unknown), plus the :class:`BulkStep` record of every operation applied."""

    low: FloatArray
    high: FloatArray
    currency: npt.NDArray[np.str_]
    period: npt.NDArray[np.str_]
    payments_per_year: FloatArray
    country: npt.NDArray[np.str_]
    steps: tuple[BulkStep, ...] = ()

    def __len__(self) -> int:
        return int(self.low.shape[0])

    @classmethod
    def from_arrays(
        cls,
        low: Any,
        high: Any = None,
        *,
        currency: Any = None,
        period: Any = None,
        payments_per_year: Any = None,
        country: Any = None,
    ) -> SalaryBatch:
        """Build a batch from array-likes (a single string is broadcast to every row).

        ``high=None`` means single amounts (``high = low``).
        """
        lo = _floats(low, len(low), "low")  # a pandas Series keeps its order, not its index
        n = lo.shape[0]
        hi = lo.copy() if high is None else _floats(high, n, "high")
        return cls(
            lo,
            hi,
            _strings(currency, n, "currency"),
            _strings(period, n, "period"),
            _floats(payments_per_year, n, "payments_per_year"),
            _strings(country, n, "country"),
        )

    @classmethod
    def from_salaries(cls, salaries: Iterable[Salary]) -> SalaryBatch:
        """Build a batch from :class:`Salary` objects (a list, a pandas Series…)."""
        items = list(salaries)
        nan = float("nan")
        return cls.from_arrays(
            [nan if s.low is None else float(s.low) for s in items],
            [nan if s.high is None else float(s.high) for s in items],
            currency=[s.currency or "" for s in items],
            period=[s.period.value if s.period is not None else "" for s in items],
            payments_per_year=[s.payments_per_year or nan for s in items],
            country=[s.country or "" for s in items],
        )

    def to_salaries(self) -> list[Salary]:
        """Back to :class:`Salary` objects (amounts as ``Decimal`` of the float values)."""
        out = []
        for i in range(len(self)):
            lo, hi = self.low[i], self.high[i]
            out.append(
                Salary(
                    low=None if np.isnan(lo) else Decimal(repr(float(lo))),
                    high=None if np.isnan(hi) else Decimal(repr(float(hi))),
                    currency=self.currency[i] or None,
                    period=Period(self.period[i]) if self.period[i] else None,
                    payments_per_year=None if np.isnan(self.payments_per_year[i]) else int(self.payments_per_year[i]),
                    country=self.country[i] or None,
                )
            )
        return out

    def to_frame(self) -> Any:
        """The arrays as a pandas DataFrame (columns low, high, currency, period,
        payments_per_year, country); needs pandas."""
        import pandas as pd

        return pd.DataFrame(
            {
                "low": self.low,
                "high": self.high,
                "currency": self.currency,
                "period": self.period,
                "payments_per_year": self.payments_per_year,
                "country": self.country,
            }
        )

    def _with(self, factor: FloatArray, step: BulkStep, **changes: Any) -> SalaryBatch:
        return dataclasses.replace(
            self, low=self.low * factor, high=self.high * factor, steps=(*self.steps, step), **changes
        )


def _batch(data: SalaryBatch | Iterable[Salary]) -> SalaryBatch:
    return data if isinstance(data, SalaryBatch) else SalaryBatch.from_salaries(data)


# Dense factorization beats sorting when the codes span a small range: a few array passes.
_DENSE_LIMIT = 1 << 24
# Columns with at most this many distinct values (found on a sample) are factorized by
# comparison instead of sorting strings.
_FEW = 64


def _factorize(col: npt.NDArray[Any]) -> tuple[npt.NDArray[Any], npt.NDArray[np.intp]]:
    """Distinct values of ``col`` (sorted) and the code of every row, avoiding full sorts."""
    n = col.shape[0]
    if n == 0:
        return col[:0], np.zeros(0, dtype=np.intp)
    if (col == col[0]).all():  # constant column: the common case
        return col[:1], np.zeros(n, dtype=np.intp)
    if col.dtype.kind in "iuM":
        ints = col.astype(np.int64) if col.dtype.kind != "M" else col.view(np.int64)
        lo, hi = int(ints.min()), int(ints.max())
        if hi - lo < _DENSE_LIMIT:
            present = np.zeros(hi - lo + 1, dtype=bool)
            shifted = ints - lo
            present[shifted] = True
            slots = np.flatnonzero(present)
            remap = np.cumsum(present, dtype=np.intp) - 1
            found = (slots + lo).astype(np.int64)
            values = found.view(col.dtype) if col.dtype.kind == "M" else found.astype(col.dtype)
            return values, remap[shifted]
    if col.dtype.kind == "U" and col.dtype.itemsize <= 12:
        packed = _pack_ascii(col)
        if packed is not None:
            found, codes = _factorize(packed)
            return _unpack_ascii(found, col.dtype), codes
    sample = np.unique(col[:: max(1, n // 4096)])
    if len(sample) <= _FEW:
        codes = np.full(n, -1, dtype=np.intp)
        for j, value in enumerate(sample):
            codes[col == value] = j
        rest = codes < 0
        if not rest.any():
            return sample, codes
    values, codes = np.unique(col, return_inverse=True)
    return values, codes.reshape(-1)


def _pack_ascii(col: npt.NDArray[np.str_]) -> npt.NDArray[np.int64] | None:
    """Strings of at most 3 ASCII characters (currency codes, countries, periods are longer…)
    packed 7 bits a character into one integer, so they factorize densely without sorting."""
    width = col.dtype.itemsize // 4
    chars = np.ascontiguousarray(col).view(np.uint32).reshape(col.shape[0], width)
    if width == 0 or int(chars.max()) >= 128:
        return None
    packed = np.zeros(col.shape[0], dtype=np.int64)
    for i in range(width):
        packed = (packed << 7) | chars[:, i].astype(np.int64)
    return packed


def _unpack_ascii(packed: npt.NDArray[Any], dtype: np.dtype[Any]) -> npt.NDArray[np.str_]:
    width = dtype.itemsize // 4
    out = []
    for value in packed.tolist():
        chars = [(value >> (7 * (width - 1 - i))) & 127 for i in range(width)]
        out.append("".join(chr(c) for c in chars if c))
    return np.asarray(out, dtype=dtype)


def _grouped(
    columns: Sequence[npt.NDArray[Any]],
) -> tuple[list[tuple[Any, ...]], npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    """Distinct keys over parallel columns, the key index of every row, and row counts."""
    n = columns[0].shape[0]
    combined = np.zeros(n, dtype=np.int64)
    uniques = []
    space = 1
    for col in columns:
        values, codes = _factorize(col)
        uniques.append(_pylist(values))
        space *= len(values)
        combined = combined * len(values) + codes
    if space <= _DENSE_LIMIT:
        counts_all = np.bincount(combined, minlength=space)
        keys_codes = np.flatnonzero(counts_all)
        remap = np.cumsum(counts_all > 0, dtype=np.intp) - 1
        inverse, counts = remap[combined], counts_all[keys_codes]
    else:
        keys_codes, inverse, counts = np.unique(combined, return_inverse=True, return_counts=True)
    keys = []
    for code in keys_codes.tolist():
        parts = []
        for values in reversed(uniques):
            parts.append(values[code % len(values)])
            code //= len(values)
        keys.append(tuple(reversed(parts)))
    return keys, inverse.reshape(-1), counts


def _pylist(values: npt.NDArray[Any]) -> list[Any]:
    """Python values of a factorized column (``datetime64[D]`` becomes ``datetime.date``)."""
    if values.dtype.kind == "M":
        values = values.astype("datetime64[D]")
    return list(values.tolist())


def _apply(
    batch: SalaryBatch,
    operation: str,
    by: tuple[str, ...],
    columns: Sequence[npt.NDArray[Any]],
    lookup: Callable[[tuple[Any, ...]], Provenance | None],
    errors: Errors,
    **changes: Any,
) -> SalaryBatch:
    if errors not in ("raise", "nan"):
        raise ValueError("errors must be 'raise' or 'nan'")
    if len(batch) == 0:
        return dataclasses.replace(batch, **changes)
    keys, inverse, counts = _grouped(columns)
    factors = np.empty(len(keys), dtype=np.float64)
    entries: dict[tuple[Any, ...], Provenance] = {}
    failed: dict[tuple[Any, ...], str] = {}
    for i, key in enumerate(keys):
        try:
            step = lookup(key)
        except SalarykitError as exc:
            if errors == "raise":
                raise
            failed[key] = str(exc)
            factors[i] = np.nan
            continue
        if step is None:
            factors[i] = 1.0
        else:
            entries[key] = step
            factors[i] = float(step.factor)
    record = BulkStep(operation, by, entries, failed, {k: int(c) for k, c in zip(keys, counts, strict=True)})
    return batch._with(factors[inverse], record, **changes)


# -------------------------------------------------------------------------------- periods
def to_period(
    data: SalaryBatch | Iterable[Salary],
    period: Period | str,
    *,
    worktime: WorkTime | str | None = None,
    errors: Errors = "raise",
) -> SalaryBatch:
    """Every salary per ``period``; keys: (period, payments, country when no ``worktime``).

    >>> b = SalaryBatch.from_arrays([11.65], currency="EUR", period="hour")
    >>> to_period(b, "year", worktime="FR").low.tolist()
    [18721.55]
    """
    from ._normalize import _period, effective_worktime, period_factor

    batch = _batch(data)
    target = _period(period)
    payments = np.nan_to_num(batch.payments_per_year, nan=0).astype(np.int64)
    columns: list[npt.NDArray[Any]] = [batch.period, payments]
    by: tuple[str, ...] = ("period", "payments_per_year")
    if worktime is None:
        columns.append(batch.country)
        by += ("country",)

    def lookup(key: tuple[Any, ...]) -> Provenance | None:
        source = key[0]
        if not source:
            raise ConversionError("no pay period")
        src = _period(source)
        if src == target:
            return None
        probe = Salary(
            low=Decimal(1), currency="", period=src,
            payments_per_year=key[1] or None, country=key[2] if len(key) > 2 and key[2] else None,
        )
        wt, note = effective_worktime(probe, worktime)
        return Provenance(
            kind="period", source=f"WorkTime {wt.name}", factor=period_factor(wt, src, target),
            from_unit=src.value, to_unit=target.value, note=note,
        )

    return _apply(batch, f"to_period({target.value})", by, columns, lookup, errors,
                  period=np.full(len(batch), target.value))


def annualize(
    data: SalaryBatch | Iterable[Salary], *, worktime: WorkTime | str | None = None, errors: Errors = "raise"
) -> SalaryBatch:
    """Shortcut for ``to_period(data, "year")``."""
    return to_period(data, Period.YEAR, worktime=worktime, errors=errors)


# ------------------------------------------------------------------------------ currencies
def _dates(on: Any, n: int) -> npt.NDArray[Any] | None:
    if on is None or isinstance(on, _dt.date):
        return None
    out = np.asarray(on, dtype="datetime64[D]")
    if out.shape != (n,):
        raise ConversionError(f"on has {out.shape} values for {n} rows")
    return out


def convert(
    data: SalaryBatch | Iterable[Salary],
    currency: str,
    *,
    on: _dt.date | Sequence[_dt.date] | npt.NDArray[Any] | None = None,
    provider: RateProvider | None = None,
    fallback: bool = False,
    errors: Errors = "raise",
) -> SalaryBatch:
    """Every salary in ``currency``; ``on`` is one date, one date per row, or None (latest).

    Rates are looked up once per distinct (currency, date).

    >>> from datetime import date
    >>> b = SalaryBatch.from_arrays([100, 200], currency=["EUR", "EUR"], period="year")
    >>> convert(b, "USD", on=[date(2025, 2, 7), date(2025, 2, 8)]).low.round(2).tolist()
    [103.77, 207.54]
    """
    from ._currency import quote_for, rate_step

    batch = _batch(data)
    target = currency.strip().upper()
    days = _dates(on, len(batch))
    columns: list[npt.NDArray[Any]] = [batch.currency]
    by: tuple[str, ...] = ("currency",)
    if days is not None:
        columns.append(days)
        by += ("date",)

    def lookup(key: tuple[Any, ...]) -> Provenance | None:
        source = key[0].upper()
        if not source:
            raise ConversionError("no currency")
        if len(key) > 1 and key[1] is None:
            raise ConversionError("no date for these rows (NaT)")
        if source == target:
            return None
        day: _dt.date | None = key[1] if len(key) > 1 else (on if isinstance(on, _dt.date) else None)
        return rate_step(quote_for(source, target, on=day, provider=provider, fallback=fallback))

    return _apply(batch, f"convert({target})", by, columns, lookup, errors,
                  currency=np.full(len(batch), target))


def to_ppp(
    data: SalaryBatch | Iterable[Salary],
    year: int | Sequence[int] | npt.NDArray[Any] | None = None,
    *,
    country: str | None = None,
    on: _dt.date | None = None,
    provider: RateProvider | None = None,
    fallback: bool = False,
    errors: Errors = "raise",
) -> SalaryBatch:
    """Every salary in international dollars (``XPPP``); keys: (currency, country[, year]).

    ``year`` is one year, one year per row (a panel: each salary at the PPP of its own year),
    or None (the latest year of each country's data).

    >>> b = SalaryBatch.from_arrays([50000, 50000], currency="EUR", period="year", country=["FR", "DE"])
    >>> to_ppp(b, 2024).low.round().tolist()
    [73396.0, 71341.0]
    >>> to_ppp(b, [2015, 2024]).steps[-1].by
    ('currency', 'country', 'year')
    """
    from ._ppp import to_ppp as one

    batch = _batch(data)
    columns: list[npt.NDArray[Any]] = [batch.currency, batch.country]
    by: tuple[str, ...] = ("currency", "country")
    per_row = year is not None and not isinstance(year, int)
    if per_row:
        years = np.asarray(year, dtype=np.int64)
        if years.shape != (len(batch),):
            raise ConversionError(f"year has {years.shape} values for {len(batch)} rows")
        columns.append(years)
        by += ("year",)

    def lookup(key: tuple[Any, ...]) -> Provenance | None:
        probe = Salary(low=Decimal(1), currency=key[0] or None, country=key[1] or None)
        used = int(key[2]) if per_row else year if isinstance(year, int) else None
        out = one(probe, used, country=country, on=on, provider=provider, fallback=fallback)
        if not out.provenance:
            return None
        return _combined(out)

    label = "per row" if per_row else year
    return _apply(batch, f"to_ppp({label})", by, columns, lookup, errors,
                  currency=np.full(len(batch), "XPPP"))


def adjust_for_inflation(
    data: SalaryBatch | Iterable[Salary],
    to_year: int,
    from_year: int | Sequence[int] | npt.NDArray[Any],
    *,
    country: str | None = None,
    fallback: bool = False,
    errors: Errors = "raise",
) -> SalaryBatch:
    """Every salary in ``to_year`` money; ``from_year`` is one year or one per row.

    >>> b = SalaryBatch.from_arrays([40000], currency="USD", period="year")
    >>> adjust_for_inflation(b, 2024, 2022).low.round().tolist()
    [42875.0]
    """
    from ._inflation import adjust_for_inflation as one

    batch = _batch(data)
    years = np.broadcast_to(np.asarray(from_year, dtype=np.int64), (len(batch),))
    columns = [batch.currency, batch.country, years]

    def lookup(key: tuple[Any, ...]) -> Provenance | None:
        probe = Salary(low=Decimal(1), currency=key[0] or None, country=key[1] or None)
        out = one(probe, to_year, from_year=int(key[2]), country=country, fallback=fallback)
        return out.provenance[-1] if out.provenance else None

    return _apply(batch, f"adjust_for_inflation({to_year})", ("currency", "country", "from_year"),
                  columns, lookup, errors)


def _combined(salary: Salary) -> Provenance:
    """One provenance entry for a chain (market rate then PPP) applied as one factor."""
    steps = salary.provenance
    if len(steps) == 1:
        return steps[0]
    factor = Decimal(1)
    for s in steps:
        factor *= s.factor
    last = steps[-1]
    return last.model_copy(
        update={
            "factor": factor,
            "from_unit": steps[0].from_unit,
            "fallback": any(s.fallback for s in steps),
            "note": " | ".join(str(s) for s in steps),
        }
    )
