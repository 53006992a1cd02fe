"""pandas support: the ``.salary`` accessor on Series.

``import salarykit`` never imports pandas. Importing this module (``import salarykit.pandas``)
is what registers the accessor, the way pandas extensions do::

    import pandas as pd
    import salarykit.pandas  # noqa: F401  (registers Series.salary)

    ads = pd.Series(["15-25K·13薪", "£30,000 - £35,000 per annum", None, "15-25K·13薪"])
    ads.salary.parse(lang="zh", country="CN")   # one row per ad, parsed once per distinct string
    ads.salary.annual().salary                  # …

Every method parses each *distinct* string once (job-ad columns repeat heavily) and computes
each distinct (salary, date) normalization once, then spreads the results over the rows.
A row that cannot be read gives a row of nulls whose ``error`` column says why, never an
exception that loses the column — unless ``errors="raise"``.

The work is described by small frozen, picklable objects (:class:`SalaryPipeline`) with no
global state, so the same logic runs unchanged in Dask or Spark worker processes
(see :mod:`salarykit.dask`).

>>> import pandas as pd
>>> from decimal import Decimal
>>> from salarykit import Salary
>>> col = pd.Series([Salary(low=Decimal(25000), high=Decimal(30000), currency="CNY",
...                         period="month"), None])
>>> col.salary.parse()[["low", "high", "currency", "period", "error"]]
       low     high currency period          error
0  25000.0  30000.0      CNY  month            NaN
1      NaN      NaN      NaN    NaN  missing value
"""

from __future__ import annotations

import dataclasses
import importlib
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal

import numpy as np
import pandas as pd

from ._errors import ConversionError, SalarykitError

if TYPE_CHECKING:  # pragma: no cover
    from ._compare import Comparison
    from ._models import Salary
    from ._worktime import WorkTime

__all__ = [
    "COLUMNS",
    "Compare",
    "Convert",
    "ParseOptions",
    "SalaryFrameAccessor",
    "SalaryPipeline",
    "SalarySeriesAccessor",
    "ToPPP",
    "ToPeriod",
]

Errors = Literal["coerce", "raise"]
Amounts = Literal["float", "decimal"]

#: the columns of every result frame, in order
COLUMNS: tuple[str, ...] = (
    "low",
    "high",
    "currency",
    "period",
    "payments_per_year",
    "approximate",
    "negotiable",
    "gross",
    "statistic",
    "inferred",
    "error",
)
#: extra column of normalized frames: every assumption made, one per line
PROVENANCE_COLUMN = "assumptions"
#: extra columns of comparison frames
COMPARE_COLUMNS: tuple[str, ...] = (
    "ratio", "ratio_low", "ratio_high", "difference", "percentile", "verdict",
)  # fmt: skip

# A progress bar is only worth drawing when the work takes more than a second or so; parse runs
# at tens of thousands of distinct strings per second, so below this many there is no bar.
_PROGRESS_MIN_ITEMS = 20_000

# Below this many (value, date) pairs the scalar path is as fast as setting up the arrays.
_BULK_MIN_PAIRS = 2_000

_MISSING = "missing value"
_EMPTY = "empty string"


# --------------------------------------------------------------------------- the steps
@dataclasses.dataclass(frozen=True)
class ParseOptions:
    """How strings are read: the hints given to :func:`salarykit.parse`."""

    lang: str | None = None
    country: str | None = None
    currency: str | None = None

    def read(self, value: Any) -> Salary:
        """Read one cell: a string (or number) is parsed, a Salary is passed through."""
        from ._models import Salary

        if isinstance(value, Salary):
            return value
        parse = importlib.import_module("salarykit._parse").parse  # looked up at call time
        text = value if isinstance(value, str) else str(value)
        salary: Salary = parse(text, lang=self.lang, country=self.country, currency=self.currency)
        return salary


@dataclasses.dataclass(frozen=True)
class ToPeriod:
    """Express the salary per ``period`` under a pay convention (:meth:`Salary.to_period`)."""

    period: str
    worktime: Any = None  # WorkTime | str | None (kept Any: WorkTime is loaded lazily)

    def apply(self, salary: Salary, on: date | None) -> Salary:
        return salary.to_period(self.period, worktime=self.worktime)


@dataclasses.dataclass(frozen=True)
class Convert:
    """Convert to ``currency`` at the market rate of ``on`` (or of each row's own date)."""

    currency: str
    on: date | None = None
    options: tuple[tuple[str, Any], ...] = ()

    def apply(self, salary: Salary, on: date | None) -> Salary:
        return salary.convert(self.currency, on=self.on or on, **dict(self.options))


@dataclasses.dataclass(frozen=True)
class ToPPP:
    """Convert to international dollars at purchasing-power parity (:meth:`Salary.to_ppp`)."""

    year: int | None = None
    country: str | None = None
    options: tuple[tuple[str, Any], ...] = ()

    def apply(self, salary: Salary, on: date | None) -> Salary:
        year = self.year if self.year is not None else (on.year if on is not None else None)
        return salary.to_ppp(year, country=self.country, **dict(self.options))


@dataclasses.dataclass(frozen=True)
class Compare:
    """Compare the salary with a reference (:func:`salarykit.compare`)."""

    reference: Any
    basis: str = "market"
    on: date | None = None
    worktime: Any = None
    options: tuple[tuple[str, Any], ...] = ()

    def apply(self, salary: Salary, on: date | None) -> Any:
        compare = importlib.import_module("salarykit._compare").compare
        return compare(
            salary,
            self.reference,
            basis=self.basis,
            on=self.on or on,
            worktime=self.worktime,
            **dict(self.options),
        )


Step = ToPeriod | Convert | ToPPP | Compare


@dataclasses.dataclass(frozen=True)
class SalaryPipeline:
    """Parse a column of salary strings, then apply normalization steps, distinct values once.

    A pipeline is a plain frozen dataclass: picklable, with no global state, so it can be
    shipped to Dask or Spark workers and called on each partition.

    >>> import pandas as pd
    >>> from decimal import Decimal
    >>> from salarykit import Salary
    >>> s = Salary(low=Decimal(1800), high=Decimal(2000), currency="EUR", period="month")
    >>> pipe = SalaryPipeline()
    >>> frame = pipe(pd.Series([s, s, "", None]))
    >>> frame["low"].tolist(), frame["error"].tolist()
    ([1800.0, 1800.0, nan, nan], [nan, nan, 'empty string', 'missing value'])
    """

    options: ParseOptions = ParseOptions()
    steps: tuple[Step, ...] = ()
    errors: Errors = "coerce"
    amounts: Amounts = "float"
    progress: bool | None = False

    def __post_init__(self) -> None:
        if self.errors not in ("coerce", "raise"):
            raise ValueError(f"errors must be 'coerce' or 'raise', not {self.errors!r}")
        if self.amounts not in ("float", "decimal"):
            raise ValueError(f"amounts must be 'float' or 'decimal', not {self.amounts!r}")
        if any(isinstance(step, Compare) for step in self.steps[:-1]):
            raise ValueError("a comparison can only be the last step")

    # ----------------------------------------------------------------------- schema
    @property
    def compares(self) -> bool:
        return bool(self.steps) and isinstance(self.steps[-1], Compare)

    def columns(self) -> tuple[str, ...]:
        """The columns of the frame this pipeline returns."""
        cols = COLUMNS
        if self.steps:
            cols = (*cols, PROVENANCE_COLUMN)
        if self.compares:
            cols = (*cols, *COMPARE_COLUMNS)
        return cols

    def meta(self) -> pd.DataFrame:
        """An empty frame with the result's columns and dtypes (Dask's ``meta``)."""
        return _frame([], self, pd.RangeIndex(0))

    # ------------------------------------------------------------------------- work
    def __call__(
        self,
        values: pd.Series | Sequence[Any],
        on: Any = None,
        *,
        known: Mapping[Any, Any] | None = None,
    ) -> pd.DataFrame:
        """Run on a column; ``on`` is one date for all rows, or one date per row.

        ``known`` is what :meth:`read_distinct` returned for (some of) the column's values,
        e.g. computed once for a whole Dask column: those values are not read again.
        """
        series = values if isinstance(values, pd.Series) else pd.Series(list(values), dtype=object)
        keys, items = _plan(series, on)
        # with a date per row, the steps that do not depend on the date (reading, periods) are
        # still done once per distinct value, not once per (value, date) pair
        shared: dict[Any, Any] = dict(known) if known else {}
        if self._vectorizable(items):
            return self._bulk(items, shared, series.index, keys)
        results = [self._one(v, when, shared) for v, when in _progress(items, self.progress)]
        return _frame(results, self, series.index, keys)

    def read_distinct(self, values: Iterable[Any]) -> dict[Any, Any]:
        """The date-free part of the work (reading, then the leading period changes) for each
        distinct value: a Salary, or the exception that value gives (nulls and blank strings,
        which need no reading, are left out). ``__call__(..., known=...)`` takes it back.

        >>> pipe = SalaryPipeline(steps=(ToPeriod("year"),))
        >>> known = pipe.read_distinct(["25-30K元/月", "lorem ipsum", "", None, "25-30K元/月"])
        >>> sorted(known)
        ['25-30K元/月', 'lorem ipsum']
        >>> known["25-30K元/月"].period.value, type(known["lorem ipsum"]).__name__
        ('year', 'SalaryParseError')
        >>> pipe(pd.Series(["25-30K元/月", None]), known=known)["low"].tolist()
        [300000.0, nan]
        """
        head = dataclasses.replace(self, steps=self.steps[: self._lead()], progress=False)
        shared: dict[Any, Any] = {}
        for value in values:
            if not _is_null(value) and value not in shared:
                head._one(value, None, shared)  # fills ``shared`` (or raises with errors="raise")
        return shared

    def _lead(self) -> int:
        """How many leading steps do not depend on the date (period changes)."""
        lead = 0
        while lead < len(self.steps) and isinstance(self.steps[lead], ToPeriod):
            lead += 1
        return lead

    def _vectorizable(self, items: list[tuple[Any, date | None]]) -> bool:
        """Dated steps over many (value, date) pairs go through :mod:`salarykit.bulk`: one rate
        or PPP lookup per distinct (currency, date), applied with numpy."""
        rest = self.steps[self._lead() :]
        return (
            self.amounts == "float"
            and bool(rest)
            and all(isinstance(step, Convert | ToPPP) and not step.options for step in rest)
            and len(items) >= _BULK_MIN_PAIRS
            and len({when for _, when in items}) > 1
        )

    def _bulk(
        self,
        items: list[tuple[Any, date | None]],
        shared: dict[Any, Any],
        index: pd.Index,
        keys: np.ndarray,
    ) -> pd.DataFrame:
        """The dated steps on parallel arrays of every (value, date) pair (see ``_vectorizable``).

        The date-free part (reading, period) is done once per distinct value with the scalar
        API; each rate or PPP factor once per distinct key by :mod:`salarykit.bulk`; pairs
        without a date take the scalar path (latest rate, latest PPP year).
        """
        from . import bulk

        lead = self._lead()
        head = dataclasses.replace(self, steps=self.steps[:lead])
        dated = [i for i, (v, when) in enumerate(items) if v is not None and when is not None]
        undated = [i for i, (v, when) in enumerate(items) if v is None or when is None]
        frames = []
        if undated:
            results = [self._one(*items[i], shared) for i in undated]
            frames.append(_frame(results, self, pd.RangeIndex(len(undated))))
        if dated:
            values = list(dict.fromkeys(items[i][0] for i in dated))
            position = {v: k for k, v in enumerate(values)}
            pending: list[tuple[Any, date | None]] = [(v, None) for v in values]
            base = [head._one(v, None, shared) for v, _ in _progress(pending, self.progress)]
            value_frame = _frame(base, self, pd.RangeIndex(len(values)))
            pair_value = np.fromiter((position[items[i][0]] for i in dated), np.intp, len(dated))
            day_list: list[date] = [items[i][1] for i in dated]  # type: ignore[misc]
            frames.append(
                self._bulk_pairs(bulk, base, value_frame, pair_value, day_list, lead)
            )
        combined = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
        for name in combined.columns:  # concat turns categoricals with other categories to object
            if combined[name].dtype == object:
                combined[name] = _labels(combined[name].tolist())
        where = np.empty(len(items), dtype=np.intp)
        where[np.array(undated + dated, dtype=np.intp)] = np.arange(len(items))
        out: pd.DataFrame = combined.take(where[keys])
        out.index = index
        return out

    def _bulk_pairs(
        self,
        bulk: Any,
        base: list[tuple[Any, Salary | None, str | None]],
        value_frame: pd.DataFrame,
        pair_value: np.ndarray,
        day_list: list[date],
        lead: int,
    ) -> pd.DataFrame:
        """The frame of the dated pairs, from the frame of their values and bulk factors."""
        empty = _empty_salary()
        values_batch = bulk.SalaryBatch.from_salaries([s or empty for _, s, _ in base])
        batch = dataclasses.replace(
            values_batch,
            **{f: getattr(values_batch, f)[pair_value]
               for f in ("low", "high", "currency", "period", "payments_per_year", "country")},
        )  # fmt: skip
        distinct_days: dict[date, int] = {}
        day_codes = np.fromiter((distinct_days.setdefault(d, len(distinct_days)) for d in day_list),
                                np.intp, len(day_list))  # fmt: skip
        days = np.array(list(distinct_days), dtype="datetime64[D]")[day_codes]
        value_errors = np.array([e for _, _, e in base], dtype=object)
        errors = value_errors[pair_value]
        value_texts = np.array(["\n".join(str(p) for p in s.provenance) if s else "" for _, s, _ in base],
                               dtype=object)  # fmt: skip
        notes: list[np.ndarray] = []
        for step in self.steps[lead:]:
            before = batch
            columns: dict[str, Any] = {"currency": before.currency, "country": before.country,
                                       "date": days}  # fmt: skip
            if isinstance(step, Convert):
                on: Any = step.on if step.on is not None else days
                batch = bulk.convert(batch, step.currency, on=on, errors="nan")
            elif isinstance(step, ToPPP):
                years: Any = step.year
                if years is None:
                    years = days.astype("datetime64[Y]").astype(np.int64) + 1970
                    columns["year"] = years
                batch = bulk.to_ppp(batch, years, country=step.country, errors="nan")
            else:  # pragma: no cover - excluded by _vectorizable
                raise TypeError(f"no bulk form for {step!r}")
            record = batch.steps[-1]
            codes, uniques = _key_codes([columns[name] for name in record.by])
            shown = np.empty(len(uniques), dtype=object)
            failed = np.empty(len(uniques), dtype=object)
            for k, key in enumerate(uniques):
                entry = record.entries.get(key)
                shown[k] = str(entry) if entry is not None else None
                message = record.errors.get(key)
                failed[k] = f"{record.operation}: {message}" if message is not None else None
            step_errors = failed[codes]
            errors = np.where(pd.isna(errors) & pd.notna(step_errors), step_errors, errors)
            notes.append(shown[codes])
        if self.errors == "raise":
            for message in errors[pd.notna(errors) & pd.isna(value_errors[pair_value])]:
                raise ConversionError(str(message))
        bad = pd.notna(errors)
        texts = value_texts[pair_value]
        assumptions: list[Any] = texts.tolist()
        for extra in notes:
            assumptions = [(a + "\n" + b if a else b) if b else a
                           for a, b in zip(assumptions, extra.tolist(), strict=True)]  # fmt: skip
        frame = value_frame.take(pair_value).reset_index(drop=True)
        low = np.where(bad, np.nan, batch.low)
        high = np.where(bad, np.nan, batch.high)
        frame["low"], frame["high"] = low, high
        currency = batch.currency.astype(object)
        currency[bad] = None
        frame["currency"] = _labels(currency.tolist())
        frame["error"] = _labels(errors.tolist())
        assumptions_array = np.array(assumptions, dtype=object)
        assumptions_array[bad] = None
        frame[PROVENANCE_COLUMN] = _labels(assumptions_array.tolist())
        for name in ("period", "payments_per_year", "approximate", "negotiable", "gross",
                     "statistic", "inferred"):  # fmt: skip
            if bad.any():
                frame.loc[bad, name] = None
        result: pd.DataFrame = frame[list(self.columns())]
        return result

    def _one(
        self, value: Any, when: date | None, shared: dict[Any, Any] | None = None
    ) -> tuple[Any, Salary | None, str | None]:
        """(final result, normalized salary, error text) for one distinct cell."""
        if value is None:
            return None, None, _MISSING
        if isinstance(value, str) and not value.strip():
            if self.errors == "raise":
                from ._errors import SalaryParseError

                raise SalaryParseError(value, _EMPTY)
            return None, None, _EMPTY
        lead = 0  # the leading steps that do not depend on the date
        while lead < len(self.steps) and isinstance(self.steps[lead], ToPeriod):
            lead += 1
        try:
            known = shared.get(value) if shared is not None else None
            if isinstance(known, Exception):
                raise known.with_traceback(None)  # shared: no traceback piling up
            if known is not None:
                salary = known
            else:
                try:
                    salary = self.options.read(value)
                    for step in self.steps[:lead]:
                        salary = step.apply(salary, None)
                except (SalarykitError, ValueError, LookupError) as exc:
                    if shared is not None:
                        shared[value] = exc
                    raise
                if shared is not None:
                    shared[value] = salary
            result: Any = salary
            for step in self.steps[lead:]:
                result = step.apply(salary, when)
                # a comparison's frame shows the salary as compared: normalized, with its steps
                salary = getattr(result, "salary", salary) if isinstance(step, Compare) else result
        except (SalarykitError, ValueError, LookupError) as exc:
            if self.errors == "raise":
                raise
            return None, None, f"{type(exc).__name__}: {exc}"
        return result, salary, None


def _empty_salary() -> Salary:
    """A placeholder for rows that could not be read (no amount, no currency)."""
    from ._models import Salary

    return Salary()


# ---------------------------------------------------------------------- distinct values
def _is_null(value: Any) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float) and value != value


def _as_date(value: Any) -> date | None:
    if _is_null(value):
        return None
    if isinstance(value, pd.Timestamp | datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str | np.datetime64):
        day: date = pd.Timestamp(value).date()
        return day
    raise TypeError(f"not a date: {value!r}")


def _plan(series: pd.Series, on: Any) -> tuple[np.ndarray, list[tuple[Any, date | None]]]:
    """Row keys and the distinct (value, date) pairs they point to.

    >>> keys, items = _plan(pd.Series(["a", "b", "a", None]), None)
    >>> keys.tolist(), items
    ([0, 1, 0, 2], [('a', None), ('b', None), (None, None)])
    """
    n = len(series)
    # factorize the column as it is stored (Arrow strings, categoricals, objects): converting a
    # million cells to Python objects first would cost more than the whole parse
    codes, uniques = pd.factorize(series, use_na_sentinel=True)
    values: list[Any] = list(uniques)
    if (codes < 0).any():  # every null kind (None, NaN, NA) shares one slot
        codes = np.where(codes < 0, len(values), codes)
        values.append(None)
    if on is None or isinstance(on, date | str | pd.Timestamp):
        when = _as_date(on)
        return codes.astype(np.intp), [(v, when) for v in values]
    if isinstance(on, pd.Series) and not on.index.equals(series.index):
        if not (on.index.is_unique and series.index.is_unique):
            raise ValueError("`on` has another index than the column, with repeated labels")
        on = on.reindex(series.index)  # aligned on the index, as pandas does
    dates = on if isinstance(on, pd.Series) else pd.Series(np.asarray(on, dtype=object), dtype=object)
    if len(dates) != n:
        raise ValueError(f"`on` has {len(dates)} dates for {n} rows")
    date_codes, date_uniques = pd.factorize(dates, use_na_sentinel=True)
    date_values = [_as_date(d) for d in date_uniques]
    if (date_codes < 0).any():
        date_codes = np.where(date_codes < 0, len(date_values), date_codes)
        date_values.append(None)
    pair = codes.astype(np.int64) * len(date_values) + date_codes
    keys, pairs = pd.factorize(pair)
    value_at, date_at = (pairs // len(date_values)).tolist(), (pairs % len(date_values)).tolist()
    items = [(values[a], date_values[b]) for a, b in zip(value_at, date_at, strict=True)]
    return keys.astype(np.intp), items


def _interactive() -> bool:
    if "ipykernel" in sys.modules:
        return True
    stream = sys.stderr
    return bool(getattr(stream, "isatty", lambda: False)())


def _progress(
    items: list[tuple[Any, date | None]], progress: bool | None
) -> Iterable[tuple[Any, date | None]]:
    show = progress if progress is not None else (
        len(items) >= _PROGRESS_MIN_ITEMS and _interactive()
    )
    if not show:
        return items
    from tqdm.auto import tqdm

    return tqdm(items, desc="salarykit", unit="distinct", total=len(items))  # type: ignore[no-any-return]


# ------------------------------------------------------------------------- the frame
def _frame(
    results: list[tuple[Any, Salary | None, str | None]],
    pipe: SalaryPipeline,
    index: pd.Index,
    keys: np.ndarray | None = None,
) -> pd.DataFrame:
    """The result frame: one row per distinct item, then spread over the rows by ``keys``."""
    to_amount: Callable[[Decimal | None], Any]
    if pipe.amounts == "float":
        to_amount = _float
        amount_dtype: Any = "float64"
    else:
        to_amount = _decimal
        amount_dtype = object
    salaries = [s for _, s, _ in results]
    cols: dict[str, Any] = {
        "low": pd.array([to_amount(s.low if s else None) for s in salaries], dtype=amount_dtype),
        "high": pd.array([to_amount(s.high if s else None) for s in salaries], dtype=amount_dtype),
        "currency": _labels([s.currency if s else None for s in salaries]),
        "period": _labels([s.period.value if s and s.period else None for s in salaries]),
        "payments_per_year": pd.array(
            [s.payments_per_year if s else None for s in salaries], dtype="Int64"
        ),
        "approximate": pd.array([s.approximate if s else None for s in salaries], dtype="boolean"),
        "negotiable": pd.array([s.negotiable if s else None for s in salaries], dtype="boolean"),
        "gross": pd.array([s.gross if s else None for s in salaries], dtype="boolean"),
        "statistic": _labels([s.statistic if s else None for s in salaries]),
        "inferred": _labels([",".join(sorted(s.inferred)) if s else None for s in salaries]),
        "error": _labels([e for _, _, e in results]),
    }
    if pipe.steps:
        cols[PROVENANCE_COLUMN] = _labels([_assumptions(s) for s in salaries])
    if pipe.compares:
        comparisons = [r for r, _, _ in results]
        for name in COMPARE_COLUMNS:
            values = [_comparison_field(c, name) for c in comparisons]
            if name == "verdict":
                cols[name] = _labels(values)
            else:
                cols[name] = pd.array([_float(v) for v in values], dtype="float64")
    distinct: pd.DataFrame = pd.DataFrame(cols, columns=list(pipe.columns()))
    if keys is None:
        distinct.index = index
        return distinct
    out: pd.DataFrame = distinct.take(keys)
    out.index = index
    return out


def _assumptions(salary: Any) -> str | None:
    if salary is None:
        return None
    return "\n".join(str(p) for p in salary.provenance)


def _key_codes(columns: Sequence[np.ndarray]) -> tuple[np.ndarray, list[tuple[Any, ...]]]:
    """The distinct keys over parallel columns, as salarykit.bulk writes them (Python values,
    dates as ``datetime.date``), and the key index of every row.

    >>> codes, keys = _key_codes([np.array(["EUR", "CNY", "EUR"]), np.array([1, 2, 1])])
    >>> codes.tolist(), keys
    ([0, 1, 0], [('EUR', 1), ('CNY', 2)])
    """
    combined = np.zeros(len(columns[0]), dtype=np.int64)
    parts: list[list[Any]] = []
    for column in columns:
        codes, uniques = pd.factorize(column)
        if column.dtype.kind == "M":
            python = np.asarray(uniques, dtype="datetime64[D]").tolist()
        else:
            python = np.asarray(uniques).tolist()
        parts.append(python)
        combined = combined * max(len(python), 1) + codes
    codes, distinct = pd.factorize(combined)
    keys = []
    for code in distinct.tolist():
        key = []
        for python in reversed(parts):
            key.append(python[code % len(python)])
            code //= len(python)
        keys.append(tuple(reversed(key)))
    return codes, keys


def _objects(values: list[Any]) -> np.ndarray:
    array = np.empty(len(values), dtype=object)
    array[:] = values
    return array


def _labels(values: Sequence[Any]) -> Any:
    """A text column as a categorical: result columns repeat a few distinct texts over millions
    of rows, so rows hold small codes (cheap to spread, to store and to send between workers).

    >>> _labels(["a", None, "b", "a", float("nan")]).codes.tolist()
    [0, -1, 1, 0, -1]
    """
    array = np.empty(len(values), dtype=object)
    array[:] = values
    codes, uniques = pd.factorize(array, use_na_sentinel=True)  # None, NaN and NA are null
    # categories always of object dtype, so that partitions (some all null) concatenate
    categories = pd.Index(np.asarray(uniques, dtype=object), dtype=object)
    return pd.Categorical.from_codes(codes, categories=categories)


def _float(value: Any) -> float:
    return float(value) if value is not None else np.nan


def _decimal(value: Decimal | None) -> Any:
    return value


def _comparison_field(comparison: Comparison | None, name: str) -> Any:
    """One figure of a :class:`~salarykit.Comparison` (None when there is no comparison)."""
    if comparison is None:
        return None
    value: Any = getattr(comparison, name)
    return value


# ------------------------------------------------------------------------- accessor
@pd.api.extensions.register_series_accessor("salary")
class SalarySeriesAccessor:
    """``series.salary``: read and normalize a column of salary strings (or Salary objects).

    Every method takes the parse hints ``lang``, ``country``, ``currency``, and
    ``errors="coerce"`` (default: a bad row becomes a null row with the ``error`` text) or
    ``errors="raise"``; ``progress=None`` shows a tqdm bar only on long work in an interactive
    session (``True`` / ``False`` force it); ``amounts="float"`` (default, float64 columns
    that pandas can aggregate and plot) or ``"decimal"`` (exact Decimal objects).
    """

    def __init__(self, series: pd.Series) -> None:
        self._series = series

    def _run(self, steps: tuple[Step, ...], on: Any, kwargs: dict[str, Any]) -> pd.DataFrame:
        pipe = pipeline(steps=steps, **kwargs)
        return pipe(self._series, on=on)

    def parse(
        self,
        *,
        lang: str | None = None,
        country: str | None = None,
        currency: str | None = None,
        errors: Errors = "coerce",
        progress: bool | None = None,
        amounts: Amounts = "float",
    ) -> pd.DataFrame:
        """One row per cell: ``low, high, currency, period, payments_per_year, approximate,
        negotiable, gross, statistic, inferred, error`` (``inferred`` lists the fields that
        were inferred rather than read, comma-separated)."""
        return self._run((), None, dict(lang=lang, country=country, currency=currency,
                                        errors=errors, progress=progress, amounts=amounts))  # fmt: skip

    def salaries(self, **kwargs: Any) -> pd.Series:
        """The :class:`~salarykit.Salary` objects themselves (None where a cell cannot be read)."""
        pipe = pipeline(**kwargs)
        keys, items = _plan(self._series, None)
        read = [pipe._one(value, when)[1] for value, when in _progress(items, pipe.progress)]
        column: pd.Series = pd.Series(
            _objects(read)[keys], index=self._series.index, name=self._series.name, dtype=object
        )
        return column

    def to_period(
        self, period: str, *, worktime: WorkTime | str | None = None, **kwargs: Any
    ) -> pd.DataFrame:
        """Each salary per ``period`` ("hour", "day", "week", "month", "year")."""
        return self._run((ToPeriod(str(period), worktime),), None, kwargs)

    def annual(self, *, worktime: WorkTime | str | None = None, **kwargs: Any) -> pd.DataFrame:
        """Each salary per year (stated payments per year win over the ``worktime`` convention)."""
        return self.to_period("year", worktime=worktime, **kwargs)

    def monthly(self, *, worktime: WorkTime | str | None = None, **kwargs: Any) -> pd.DataFrame:
        """Each salary per month."""
        return self.to_period("month", worktime=worktime, **kwargs)

    def convert(
        self,
        currency: str,
        *,
        on: date | str | pd.Series | Sequence[Any] | None = None,
        period: str | None = None,
        worktime: WorkTime | str | None = None,
        **kwargs: Any,
    ) -> pd.DataFrame:
        """Each salary in ``currency`` at the market rate of ``on``: one date, or a date per row
        (e.g. the ads' posting dates). ``period="year"`` also annualizes first."""
        steps: tuple[Step, ...] = (Convert(currency.upper()),)
        if period is not None:
            steps = (ToPeriod(period, worktime), *steps)
        return self._run(steps, on, kwargs)

    def to_ppp(
        self,
        year: int | None = None,
        *,
        country: str | None = None,
        period: str | None = None,
        worktime: WorkTime | str | None = None,
        on: date | str | pd.Series | Sequence[Any] | None = None,
        **kwargs: Any,
    ) -> pd.DataFrame:
        """Each salary in international dollars at the PPP of ``year`` (or of each row's ``on``
        date); ``country`` is the market when the salary does not name one."""
        steps: tuple[Step, ...] = (ToPPP(year, country),)
        if period is not None:
            steps = (ToPeriod(period, worktime), *steps)
        return self._run(steps, on, kwargs)

    def compare(
        self,
        reference: Any,
        *,
        basis: str = "market",
        on: date | str | pd.Series | Sequence[Any] | None = None,
        worktime: WorkTime | str | None = None,
        period: str = "year",
        currency: str | None = None,
        verdict_lang: str = "en",
        ppp_year: int | None = None,
        **kwargs: Any,
    ) -> pd.DataFrame:
        """Each salary compared with ``reference`` (a :class:`~salarykit.Reference`, a Salary,
        a phrase or a group of references; see :func:`salarykit.compare`).

        The columns hold the salary normalized to ``period`` in the comparison's money
        (``currency``, or the reference's), its ``assumptions``, then ``ratio`` (of midpoints),
        ``ratio_low``, ``ratio_high``, ``difference``, ``percentile`` (when the reference is a
        distribution) and the one-line ``verdict`` in ``verdict_lang``."""
        options = (("period", period), ("currency", currency), ("lang", verdict_lang),
                   ("ppp_year", ppp_year))  # fmt: skip
        return self._run((Compare(reference, basis, None, worktime, options),), on, kwargs)


def pipeline(
    *,
    steps: tuple[Step, ...] = (),
    lang: str | None = None,
    country: str | None = None,
    currency: str | None = None,
    errors: Errors = "coerce",
    progress: bool | None = None,
    amounts: Amounts = "float",
) -> SalaryPipeline:
    """Build a :class:`SalaryPipeline` from the accessor's keyword arguments."""
    return SalaryPipeline(
        options=ParseOptions(lang=lang, country=country, currency=currency),
        steps=steps,
        errors=errors,
        amounts=amounts,
        progress=progress,
    )


# ------------------------------------------------------------------- frames of amounts
#: the column names a frame of amounts is read from, unless told otherwise
FRAME_COLUMNS: dict[str, str] = {
    "low": "low",
    "high": "high",
    "currency": "currency",
    "period": "period",
    "payments_per_year": "payments_per_year",
    "country": "country",
}
#: the columns of a normalized frame of amounts
AMOUNT_COLUMNS: tuple[str, ...] = (
    "low", "high", "currency", "period", "payments_per_year", "error", PROVENANCE_COLUMN,
)  # fmt: skip


@pd.api.extensions.register_dataframe_accessor("salary")
class SalaryFrameAccessor:
    """``frame.salary``: normalize salaries that are already columns of amounts.

    For frames with ``low``, ``high``, ``currency`` and ``period`` columns — the result of
    ``series.salary.parse()``, or a job board's structured fields (pass ``columns=`` to map
    other names, e.g. ``{"low": "salary_min", "high": "salary_max"}``; ``payments_per_year``
    and ``country`` are optional). Every method works on whole columns with
    :mod:`salarykit.bulk` (one factor per distinct key, applied with numpy) and returns the
    columns ``low, high, currency, period, payments_per_year, error, assumptions`` with the
    frame's index. A row that cannot be normalized keeps null amounts and says why in ``error``;
    an ``error`` already in the frame is carried over; ``assumptions`` grow step by step.

    >>> import pandas as pd
    >>> jobs = pd.DataFrame({"salary_min": [15000, 25, None], "salary_max": [25000, 30, 50],
    ...                      "cur": ["CNY", "USD", "EUR"], "per": ["month", "hour", "week"]})
    >>> cols = {"low": "salary_min", "high": "salary_max", "currency": "cur", "period": "per"}
    >>> yearly = jobs.salary.annual(worktime="US", columns=cols)
    >>> yearly[["low", "high", "period"]]
            low       high period
    0  180000.0   300000.0   year
    1   52000.0    62400.0   year
    2       NaN     2600.0   year
    >>> yearly.salary.convert("USD", on="2025-02-10")["currency"].tolist()
    ['USD', 'USD', 'USD']
    """

    def __init__(self, frame: pd.DataFrame) -> None:
        self._frame = frame

    def _batch(self, columns: dict[str, str] | None) -> tuple[Any, np.ndarray, list[Any]]:
        from . import bulk

        names = {**FRAME_COLUMNS, **(columns or {})}
        frame = self._frame
        for need in ("low", "high", "currency", "period"):
            if names[need] not in frame.columns:
                raise KeyError(f"no column {names[need]!r} ({need}); map it with columns=")

        def text(name: str) -> np.ndarray:
            if names[name] not in frame.columns:
                return np.full(len(frame), "")
            return np.array(["" if _is_null(v) else str(v) for v in frame[names[name]].tolist()])

        def number(name: str) -> np.ndarray:
            if names[name] not in frame.columns:
                return np.full(len(frame), np.nan)
            return pd.to_numeric(frame[names[name]], errors="coerce").to_numpy(
                dtype=np.float64, na_value=np.nan
            )

        batch = bulk.SalaryBatch.from_arrays(
            number("low"), number("high"), currency=text("currency"), period=text("period"),
            payments_per_year=number("payments_per_year"), country=text("country"),
        )  # fmt: skip
        errors = (
            np.array([None if _is_null(e) else str(e) for e in frame["error"].tolist()], dtype=object)
            if "error" in frame.columns
            else np.full(len(frame), None, dtype=object)
        )
        notes = (
            [None if _is_null(a) else str(a) for a in frame[PROVENANCE_COLUMN].tolist()]
            if PROVENANCE_COLUMN in frame.columns
            else [None] * len(frame)
        )
        return batch, errors, notes

    def _run(
        self,
        step: Callable[[Any], tuple[Any, dict[str, np.ndarray]]],
        columns: dict[str, str] | None,
        errors: Errors,
    ) -> pd.DataFrame:
        batch, failed, notes = self._batch(columns)
        if len(batch) == 0:
            empty = _frame([], pipeline(steps=(ToPeriod("year"),)), self._frame.index)
            shaped: pd.DataFrame = empty[list(AMOUNT_COLUMNS)]
            return shaped
        before = batch
        batch, key_columns = step(batch)
        record = batch.steps[-1]
        parts = {"currency": before.currency, "country": before.country, "period": before.period,
                 "payments_per_year": np.nan_to_num(before.payments_per_year, nan=0).astype(np.int64),
                 **key_columns}  # fmt: skip
        codes, keys = _key_codes([parts[name] for name in record.by])
        shown = np.array([str(record.entries[k]) if k in record.entries else None for k in keys] or [None],
                         dtype=object)  # fmt: skip
        why = np.array([f"{record.operation}: {record.errors[k]}" if k in record.errors else None
                        for k in keys] or [None], dtype=object)  # fmt: skip
        step_errors = why[codes] if len(keys) else np.full(len(batch), None, dtype=object)
        failed = np.where(pd.isna(failed) & pd.notna(step_errors), step_errors, failed)
        if errors == "raise" and pd.notna(step_errors).any():
            raise ConversionError(str(step_errors[pd.notna(step_errors)][0]))
        added = shown[codes].tolist() if len(keys) else [None] * len(batch)
        assumptions = [(a + "\n" + b if a else b) if b else a
                       for a, b in zip(notes, added, strict=True)]  # fmt: skip
        bad = pd.notna(failed)
        currency = batch.currency.astype(object)
        currency[bad | (currency == "")] = None
        period = batch.period.astype(object)
        period[bad | (period == "")] = None
        payments = pd.array(
            [None if (b or p != p) else int(p) for b, p in zip(bad, batch.payments_per_year, strict=True)],
            dtype="Int64",
        )
        out: pd.DataFrame = pd.DataFrame(
            {
                "low": np.where(bad, np.nan, batch.low),
                "high": np.where(bad, np.nan, batch.high),
                "currency": _labels(currency.tolist()),
                "period": _labels(period.tolist()),
                "payments_per_year": payments,
                "error": _labels(failed.tolist()),
                PROVENANCE_COLUMN: _labels([None if b else a for a, b in zip(assumptions, bad, strict=True)]),
            },
            index=self._frame.index,
        )
        return out

    def to_period(
        self,
        period: str,
        *,
        worktime: WorkTime | str | None = None,
        columns: dict[str, str] | None = None,
        errors: Errors = "coerce",
    ) -> pd.DataFrame:
        """Every row per ``period`` (stated payments per year win over the convention)."""
        from . import bulk

        def step(batch: Any) -> tuple[Any, dict[str, np.ndarray]]:
            return bulk.to_period(batch, period, worktime=worktime, errors="nan"), {}

        return self._run(step, columns, errors)

    def annual(
        self,
        *,
        worktime: WorkTime | str | None = None,
        columns: dict[str, str] | None = None,
        errors: Errors = "coerce",
    ) -> pd.DataFrame:
        """Every row per year."""
        return self.to_period("year", worktime=worktime, columns=columns, errors=errors)

    def convert(
        self,
        currency: str,
        *,
        on: date | str | pd.Series | None = None,
        columns: dict[str, str] | None = None,
        errors: Errors = "coerce",
    ) -> pd.DataFrame:
        """Every row in ``currency`` at the market rate of ``on``: one date, a date per row
        (a Series, or the name of a column of the frame), or None (the latest rate)."""
        from . import bulk

        days: Any = None
        if isinstance(on, str) and on in self._frame.columns:
            on = self._frame[on]
        if isinstance(on, pd.Series):
            days = pd.to_datetime(on).to_numpy(dtype="datetime64[D]")
        elif on is not None:
            days = _as_date(on)

        def step(batch: Any) -> tuple[Any, dict[str, np.ndarray]]:
            out = bulk.convert(batch, currency.upper(), on=days, errors="nan")
            return out, ({"date": days} if isinstance(days, np.ndarray) else {})

        return self._run(step, columns, errors)

    def to_ppp(
        self,
        year: int | None = None,
        *,
        country: str | None = None,
        columns: dict[str, str] | None = None,
        errors: Errors = "coerce",
    ) -> pd.DataFrame:
        """Every row in international dollars at the PPP of ``year`` (default: the latest year
        of each country's data); ``country`` when the frame has no country column."""
        from . import bulk

        def step(batch: Any) -> tuple[Any, dict[str, np.ndarray]]:
            return bulk.to_ppp(batch, year, country=country, errors="nan"), {}

        return self._run(step, columns, errors)
