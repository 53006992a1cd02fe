"""Dask support: the pandas accessor's logic over a Dask DataFrame, partition by partition.

Importing this module registers a ``.salary`` accessor on Dask Series, with the same methods
as the pandas one (:mod:`salarykit.pandas`); each returns a lazy Dask DataFrame whose
partitions are computed by a picklable :class:`~salarykit.pandas.SalaryPipeline` with
``map_partitions`` (the result's ``meta`` is given, so nothing is computed to guess it)::

    import dask.dataframe as dd
    import salarykit.dask  # noqa: F401  (registers the .salary accessor on Dask Series)

    ads = dd.read_csv("ads-*.csv")
    yearly_usd = ads["salary"].salary.convert("USD", on="2025-02-10", period="year")
    yearly_usd.compute()

Distinct strings are parsed once per partition (a partition of job ads repeats as heavily
as the whole column does). To give each row its own date, use :func:`apply` with
``on_column``.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

import pandas as pd
from dask.dataframe.extensions import register_series_accessor
from dask.dataframe.utils import clear_known_categories

from .pandas import (
    Amounts,
    Compare,
    Convert,
    Errors,
    SalaryPipeline,
    Step,
    ToPeriod,
    ToPPP,
    pipeline,
)

if TYPE_CHECKING:  # pragma: no cover
    import dask.dataframe as dd

__all__ = ["DaskSalaryAccessor", "apply"]


def _run_series(part: pd.Series, pipe: SalaryPipeline, on: Any) -> pd.DataFrame:
    return pipe(part, on=on)


def _run_frame(part: pd.DataFrame, pipe: SalaryPipeline, column: str, on_column: str) -> pd.DataFrame:
    return pipe(part[column], on=part[on_column])


def apply(
    data: dd.Series | dd.DataFrame,
    pipe: SalaryPipeline,
    *,
    column: str | None = None,
    on: date | str | None = None,
    on_column: str | None = None,
) -> dd.DataFrame:
    """Run ``pipe`` over a Dask Series (or ``data[column]`` of a Dask DataFrame).

    ``on`` is one date for every row; ``on_column`` names a column of ``data`` holding each
    row's date (e.g. the posting date), used for market rates and PPP years.
    """
    # text columns are categoricals whose categories depend on each partition's data
    meta = clear_known_categories(pipe.meta())  # type: ignore[no-untyped-call]
    if on_column is not None:
        if column is None:
            raise ValueError("on_column needs a DataFrame and the name of its salary column")
        result: dd.DataFrame = data.map_partitions(  # type: ignore[no-untyped-call]
            _run_frame, pipe, column, on_column, meta=meta
        )
        return result
    series = data[column] if column is not None else data
    result = series.map_partitions(_run_series, pipe, on, meta=meta)
    return result


@register_series_accessor("salary")  # type: ignore[no-untyped-call]
class DaskSalaryAccessor:
    """``dask_series.salary``: the methods of the pandas accessor, lazily, per partition."""

    def __init__(self, series: dd.Series) -> None:
        self._series = series

    def _run(self, steps: tuple[Step, ...], on: date | str | None, kwargs: dict[str, Any]) -> dd.DataFrame:
        kwargs.setdefault("progress", False)  # no bars from worker processes
        return apply(self._series, pipeline(steps=steps, **kwargs), on=on)

    def parse(
        self,
        *,
        lang: str | None = None,
        country: str | None = None,
        currency: str | None = None,
        errors: Errors = "coerce",
        amounts: Amounts = "float",
    ) -> dd.DataFrame:
        """Like :meth:`salarykit.pandas.SalarySeriesAccessor.parse`, lazily."""
        return self._run((), None, dict(lang=lang, country=country, currency=currency,
                                        errors=errors, amounts=amounts))  # fmt: skip

    def to_period(self, period: str, *, worktime: Any = None, **kwargs: Any) -> dd.DataFrame:
        """Each salary per ``period``, lazily."""
        return self._run((ToPeriod(str(period), worktime),), None, kwargs)

    def annual(self, *, worktime: Any = None, **kwargs: Any) -> dd.DataFrame:
        """Each salary per year, lazily."""
        return self.to_period("year", worktime=worktime, **kwargs)

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
        **kwargs: Any,
    ) -> dd.DataFrame:
        """Each salary in international dollars at PPP, lazily."""
        steps: tuple[Step, ...] = (ToPPP(year, country),)
        if period is not None:
            steps = (ToPeriod(period, worktime), *steps)
        return self._run(steps, None, kwargs)

    def compare(
        self,
        reference: Any,
        *,
        basis: str = "market",
        on: date | str | None = None,
        worktime: Any = None,
        **kwargs: Any,
    ) -> dd.DataFrame:
        """Each salary compared with ``reference``, lazily."""
        return self._run((Compare(reference, basis, None, worktime),), on, kwargs)
