"""The Dask path: the accessor's pipeline run by worker processes of a local cluster."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pandas as pd
import pytest

dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")

import salarykit.dask as skd  # noqa: E402
import salarykit.pandas as skp  # noqa: E402

ADS = pd.DataFrame(
    {
        "salary": ["25-30K", "15-25K·13薪", None, "", "lorem ipsum", "25-30K", "13-19K", "面议"] * 3,
        "posted": ["2025-02-10", "2024-06-03", "2025-02-10", None, "2025-02-10", "2024-06-03",
                   "2025-01-15", "2025-02-10"] * 3,
    }
)  # fmt: skip


@pytest.fixture(scope="module")
def client() -> Iterator[distributed.Client]:
    """Two worker processes on loopback: the pipeline must be pickled to reach them."""
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
            dashboard_address=None,
        ) as cluster,
        distributed.Client(cluster) as c,
    ):  # fmt: skip
        yield c


def test_parse_on_workers_equals_pandas(client: distributed.Client) -> None:
    ddf = dd.from_pandas(ADS, npartitions=3)
    lazy = ddf["salary"].salary.parse(lang="zh", country="CN")
    assert list(lazy.columns) == list(skp.COLUMNS)
    got = lazy.compute()
    expected = ADS["salary"].salary.parse(lang="zh", country="CN")
    pd.testing.assert_frame_equal(got, expected, check_categorical=False)
    assert got["error"].notna().sum() == 3 * 3  # null, empty and malformed, in each of 3 copies


def test_convert_with_a_date_column_on_workers(client: distributed.Client) -> None:
    ddf = dd.from_pandas(ADS, npartitions=2)
    pipe = skp.pipeline(lang="zh", country="CN",
                        steps=(skp.ToPeriod("year"), skp.Convert("USD")))  # fmt: skip
    got = skd.apply(ddf, pipe, column="salary", on_column="posted").compute()
    expected = pipe(ADS["salary"], on=ADS["posted"])
    pd.testing.assert_frame_equal(got, expected, check_categorical=False)
    assert got.loc[0, "currency"] == "USD"


def test_annual_lazy_accessor(client: distributed.Client) -> None:
    ddf = dd.from_pandas(ADS, npartitions=2)
    got = ddf["salary"].salary.convert("USD", on=date(2025, 2, 10), period="year",
                                       lang="zh", country="CN").compute()  # fmt: skip
    assert got.loc[1, "low"] > 0
    assert (got["period"].dropna() == "year").all()
