"""Dask support: the pandas accessor's logic over a Dask DataFrame, reading each string once.

Importing this module registers a ``.salary`` accessor on Dask Series, with the same methods
as the pandas one (:mod:`salarykit.pandas`); each returns a lazy Dask DataFrame with the same
rows, index and columns as the pandas accessor would give on the whole column (the result's
``meta`` is given, so nothing is computed to guess it)::

    import dask.dataframe as dd
    import salarykit.dask  # noqa: F401  (registers the .salary accessor on Dask Series)

    ads = dd.read_parquet("ads/")
    yearly_usd = ads["salary"].salary.convert("USD", on="2025-02-10", period="year")
    yearly_usd["low"].mean().compute()

How the work is split (``strategy=``):

``"global"`` (the default)
    A job-ads column repeats a few thousand distinct strings over millions of rows, and
    reading a string is what costs (the normalizations and the spreading over rows are
    vectorized or cheap). So each partition first lists its distinct values, the lists are
    split by hash into ``read_partitions`` parts (every value lands in exactly one part),
    and each part is read by one task: the distinct values of the whole column are *read in
    parallel, each once*. With one date for all rows, those tasks finish the rows too, and
    the small table of results (:func:`result_table`, one row per distinct value) is
    broadcast to every partition, which only factorizes its values and takes rows by their
    codes. With a date per row, the read salaries (:func:`read_distinct`) go to every
    partition, which applies the dated steps (market rates, PPP years) to its own
    (string, date) pairs without reading anything again.

``"partition"``
    Each partition runs the whole pipeline on its own rows (one pass over the data, no
    broadcast): every partition reads the distinct strings *it* holds, so a string present
    in every partition is read once per partition. Better when the column hardly repeats
    (the table would be as large as the column) or when reading the source twice costs more
    than the parsing.

The global strategy reads the column twice (once to find the distinct values, once to finish
the rows): persist the column first (``ddf.persist()``) when the source is slow to read.
To give each row its own date (e.g. the posting date), use :func:`apply` with ``on_column``.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any, Literal

import numpy as np
import pandas as pd
from dask.dataframe.extensions import register_series_accessor
from dask.dataframe.utils import clear_known_categories
from dask.delayed import delayed

from .pandas import (
    Amounts,
    Compare,
    Convert,
    Errors,
    SalaryPipeline,
    Step,
    ToPeriod,
    ToPPP,
    _labels,
    pipeline,
)

if TYPE_CHECKING:  # pragma: no cover
    import dask.dataframe as dd
    from dask.delayed import Delayed

__all__ = ["DaskSalaryAccessor", "Strategy", "apply", "read_distinct", "result_table"]

Strategy = Literal["global", "partition"]

#: the most tasks that read distinct values: past a few dozen, each part is so small that
#: scheduling it costs more than reading it (5 000 strings are read in about 0.3 s on one core)
MAX_READ_PARTITIONS = 32


# ------------------------------------------------------------------ per-partition tasks
# Module-level functions and frozen dataclasses only: they are pickled to worker processes.
def _run_series(part: pd.Series, pipe: SalaryPipeline, on: Any) -> pd.DataFrame:
    return pipe(part, on=on)


def _run_frame(
    part: pd.DataFrame, pipe: SalaryPipeline, column: str, on_column: str, *known: dict[Any, Any]
) -> pd.DataFrame:
    """A partition with a date per row; ``known`` are the parts of the read distinct values
    (each worker receives each part once: no merged copy is serialized once more)."""
    return pipe(part[column], on=part[on_column], known=_merge(*known) if known else None)


def _distinct(part: pd.Series) -> pd.Series:
    """A partition's distinct non-null values (a few thousand out of a million rows), so that
    the hash split that follows moves only those."""
    return part.dropna().drop_duplicates()


def _read_part(values: pd.Series, pipe: SalaryPipeline) -> dict[Any, Any]:
    return pipe.read_distinct(values.tolist())


def _merge(*parts: dict[Any, Any]) -> dict[Any, Any]:
    merged: dict[Any, Any] = {}
    for part in parts:  # the parts come from a hash split: no value is in two of them
        merged.update(part)
    return merged


def _table_part(values: pd.Series, pipe: SalaryPipeline, on: Any) -> pd.DataFrame:
    """The finished result rows of some distinct values, indexed by the values."""
    distinct = values.tolist()
    table = pipe(pd.Series(distinct, dtype=object), on=on)
    table.index = pd.Index(distinct, dtype=object)
    return table


def _merge_tables(pipe: SalaryPipeline, on: Any, *parts: pd.DataFrame) -> pd.DataFrame:
    """One table of every distinct value's result row, plus a last row for null cells."""
    missing = pipe(pd.Series([None], dtype=object), on=on)
    missing.index = pd.Index([None], dtype=object)
    table = pd.concat([*parts, missing])
    # parts have their own categories: concat gives objects back, turned again to categoricals
    for name, dtype in pipe.meta().dtypes.items():
        if isinstance(dtype, pd.CategoricalDtype) and not isinstance(
            table[name].dtype, pd.CategoricalDtype
        ):
            table[name] = _labels(table[name].tolist())
    return table


def _spread(part: pd.Series, pipe: SalaryPipeline, on: Any, table: pd.DataFrame) -> pd.DataFrame:
    """A partition's rows, taken from the broadcast table by the codes of its values."""
    values = table.index[:-1]
    if not values.is_unique:  # values equal for pandas but not for the hash split (1 and 1.0)
        return pipe(part, on=on)
    codes, uniques = pd.factorize(part, use_na_sentinel=True)
    where = values.get_indexer(pd.Index(list(uniques), dtype=object))
    if (where < 0).any():  # not in the table (a value that compares unlike itself)
        return pipe(part, on=on)
    rows = np.append(where, len(table) - 1)[codes]  # code -1 (null) → the table's last row
    out: pd.DataFrame = table.take(rows)
    out.index = part.index
    return out


# ------------------------------------------------------------------------ public API
def read_distinct(
    series: dd.Series, pipe: SalaryPipeline, *, read_partitions: int | None = None
) -> Delayed:
    """The distinct values of a Dask Series, each read once by ``pipe``, as one lazy dict.

    The result (a :class:`dask.delayed.Delayed` of a dict ``value → Salary or exception``, see
    :meth:`salarykit.pandas.SalaryPipeline.read_distinct`) is what the global strategy
    broadcasts to every partition. The distinct values are split by hash into
    ``read_partitions`` parts (default: the series' partitions, at most
    :data:`MAX_READ_PARTITIONS`) read by as many parallel tasks.

    >>> import dask.dataframe as dd
    >>> import pandas as pd
    >>> from salarykit.pandas import pipeline
    >>> column = dd.from_pandas(pd.Series(["25-30K", "lorem", None, "25-30K"]), npartitions=2)
    >>> known = read_distinct(column, pipeline(lang="zh")).compute()
    >>> sorted(known), known["25-30K"].high, type(known["lorem"]).__name__
    (['25-30K', 'lorem'], Decimal('30000'), 'SalaryParseError')
    """
    merged: Delayed = delayed(_merge, pure=True)(*_read_parts(series, pipe, read_partitions))
    return merged


def _read_parts(
    series: dd.Series, pipe: SalaryPipeline, read_partitions: int | None
) -> list[Delayed]:
    chunks = _split(series, _parts(series, read_partitions))
    return [delayed(_read_part, pure=True)(chunk, pipe) for chunk in chunks]


def _parts(series: dd.Series, read_partitions: int | None) -> int:
    parts = read_partitions or min(series.npartitions, MAX_READ_PARTITIONS)
    if parts < 1:
        raise ValueError(f"read_partitions must be at least 1, not {parts}")
    return parts


def _split(series: dd.Series, parts: int) -> list[Delayed]:
    """The series' distinct non-null values, split by hash into ``parts`` lazy Series."""
    local = series.map_partitions(_distinct, meta=series._meta)  # type: ignore[no-untyped-call]
    distinct = local.drop_duplicates(split_out=parts, shuffle_method="tasks")
    chunks: list[Delayed] = distinct.to_delayed()
    return chunks


def result_table(
    series: dd.Series,
    pipe: SalaryPipeline,
    *,
    on: date | str | None = None,
    read_partitions: int | None = None,
) -> Delayed:
    """The finished result row of each distinct value of a Dask Series, as one lazy frame.

    The frame (a :class:`dask.delayed.Delayed` of a pandas DataFrame indexed by the distinct
    values, with a last row, indexed None, for null cells) is what the global strategy
    broadcasts to every partition when every row has the same date: the partitions then only
    factorize their values and take rows. ``read_partitions`` as in :func:`read_distinct`.

    >>> import dask.dataframe as dd
    >>> import pandas as pd
    >>> from salarykit.pandas import pipeline
    >>> column = dd.from_pandas(pd.Series(["25-30K", "", None, "25-30K"]), npartitions=2)
    >>> table = result_table(column, pipeline(lang="zh", currency="CNY")).compute()
    >>> table[["low", "currency", "error"]].sort_values("low")
              low currency          error
    25-30K  25000.0      CNY            NaN
            NaN      NaN   empty string
    NaN         NaN      NaN  missing value
    """
    parts = [
        delayed(_table_part, pure=True)(chunk, pipe, on)
        for chunk in _split(series, _parts(series, read_partitions))
    ]
    table: Delayed = delayed(_merge_tables, pure=True)(pipe, on, *parts)
    return table


def apply(
    data: dd.Series | dd.DataFrame,
    pipe: SalaryPipeline,
    *,
    column: str | None = None,
    on: date | str | None = None,
    on_column: str | None = None,
    strategy: Strategy = "global",
    read_partitions: int | None = None,
) -> dd.DataFrame:
    """Run ``pipe`` over a Dask Series (or ``data[column]`` of a Dask DataFrame), lazily.

    ``on`` is one date for every row; ``on_column`` names a column of ``data`` holding each
    row's date (e.g. the posting date), used for market rates and PPP years. ``strategy``
    says how the work is split (see the module's documentation); ``read_partitions`` is how
    many parallel tasks read the distinct values in the global strategy.

    >>> import dask.dataframe as dd
    >>> import pandas as pd
    >>> from salarykit.pandas import ToPeriod, pipeline
    >>> ads = pd.DataFrame({"salary": ["25-30K", None, "13-19K", "25-30K"],
    ...                     "posted": ["2025-02-10", "2025-02-10", None, "2024-06-03"]})
    >>> pipe = pipeline(lang="zh", country="CN", steps=(ToPeriod("year"),))
    >>> frame = apply(dd.from_pandas(ads, npartitions=2), pipe, column="salary").compute()
    >>> frame[["low", "high", "period", "error"]]
            low      high period          error
    0  300000.0  360000.0   year            NaN
    1       NaN       NaN    NaN  missing value
    2  156000.0  228000.0   year            NaN
    3  300000.0  360000.0   year            NaN
    """
    if strategy not in ("global", "partition"):
        raise ValueError(f"strategy must be 'global' or 'partition', not {strategy!r}")
    if on_column is not None and column is None:
        raise ValueError("on_column needs a DataFrame and the name of its salary column")
    # text columns are categoricals whose categories depend on each partition's data
    meta = clear_known_categories(pipe.meta())  # type: ignore[no-untyped-call]
    series: dd.Series = data[column] if column is not None else data  # type: ignore[assignment]
    result: dd.DataFrame
    if strategy == "partition":
        if on_column is not None:
            result = data.map_partitions(  # type: ignore[no-untyped-call]
                _run_frame, pipe, column, on_column, meta=meta
            )
        else:
            result = series.map_partitions(_run_series, pipe, on, meta=meta)  # type: ignore[no-untyped-call]
    elif on_column is not None:
        # a date per row: the dated steps (rates, PPP years) are finished in each partition,
        # from the salaries read once over the whole column
        known = _read_parts(series, pipe, read_partitions)
        result = data.map_partitions(  # type: ignore[no-untyped-call]
            _run_frame, pipe, column, on_column, *known, meta=meta
        )
    else:
        table = result_table(series, pipe, on=on, read_partitions=read_partitions)
        result = series.map_partitions(_spread, pipe, on, table, meta=meta)  # type: ignore[no-untyped-call]
    return result


@register_series_accessor("salary")  # type: ignore[no-untyped-call]
class DaskSalaryAccessor:
    """``dask_series.salary``: the methods of the pandas accessor, lazily.

    Every method also takes ``strategy="global"`` (default: distinct strings read once over
    the whole column, in parallel, then broadcast) or ``"partition"`` (each partition on its
    own), and ``read_partitions`` (see :func:`apply`).
    """

    def __init__(self, series: dd.Series) -> None:
        self._series = series

    def _run(
        self, steps: tuple[Step, ...], on: date | str | None, kwargs: dict[str, Any]
    ) -> dd.DataFrame:
        strategy: Strategy = kwargs.pop("strategy", "global")
        read_partitions: int | None = kwargs.pop("read_partitions", None)
        kwargs.setdefault("progress", False)  # no bars from worker processes
        pipe = pipeline(steps=steps, **kwargs)
        return apply(self._series, pipe, on=on, strategy=strategy, read_partitions=read_partitions)

    def parse(
        self,
        *,
        lang: str | None = None,
        country: str | None = None,
        currency: str | None = None,
        errors: Errors = "coerce",
        amounts: Amounts = "float",
        strategy: Strategy = "global",
        read_partitions: int | None = None,
    ) -> dd.DataFrame:
        """Like :meth:`salarykit.pandas.SalarySeriesAccessor.parse`, lazily."""
        return self._run((), None, dict(lang=lang, country=country, currency=currency,
                                        errors=errors, amounts=amounts, strategy=strategy,
                                        read_partitions=read_partitions))  # fmt: skip

    def to_period(self, period: str, *, worktime: Any = None, **kwargs: Any) -> dd.DataFrame:
        """Each salary per ``period``, lazily."""
        return self._run((ToPeriod(str(period), worktime),), None, kwargs)

    def annual(self, *, worktime: Any = None, **kwargs: Any) -> dd.DataFrame:
        """Each salary per year, lazily."""
        return self.to_period("year", worktime=worktime, **kwargs)

    def monthly(self, *, worktime: Any = None, **kwargs: Any) -> dd.DataFrame:
        """Each salary per month, lazily."""
        return self.to_period("month", worktime=worktime, **kwargs)

    def convert(
        self,
        currency: str,
        *,
        on: date | str | None = None,
        period: str | None = None,
        worktime: Any = None,
        **kwargs: Any,
    ) -> dd.DataFrame:
        """Each salary in ``currency`` at the market rate of ``on``, lazily."""
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
        worktime: Any = None,
        on: date | str | None = None,
        **kwargs: Any,
    ) -> dd.DataFrame:
        """Each salary in international dollars at PPP, lazily."""
        steps: tuple[Step, ...] = (ToPPP(year, country),)
        if period is not None:
            steps = (ToPeriod(period, worktime), *steps)
        return self._run(steps, on, kwargs)

    def compare(
        self,
        reference: Any,
        *,
        basis: str = "market",
        on: date | str | None = None,
        worktime: Any = None,
        period: str = "year",
        currency: str | None = None,
        verdict_lang: str = "en",
        ppp_year: int | None = None,
        **kwargs: Any,
    ) -> dd.DataFrame:
        """Each salary compared with ``reference``, lazily (the pandas accessor's columns)."""
        options = (("period", period), ("currency", currency), ("lang", verdict_lang),
                   ("ppp_year", ppp_year))  # fmt: skip
        return self._run((Compare(reference, basis, None, worktime, options),), on, kwargs)
