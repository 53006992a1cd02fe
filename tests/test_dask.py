"""The Dask path: the accessor's pipeline run by worker processes of a local cluster.

Every result is checked against the pandas accessor on the whole column (same rows, index,
values, error texts); the global strategy is checked to read each distinct string once over
the whole column, by counting the reads in the worker processes and by the task graph.
"""

from __future__ import annotations

import dataclasses
import pathlib
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import Any

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

dd = pytest.importorskip("dask.dataframe")
dask = pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")

import salarykit.dask as skd  # noqa: E402
import salarykit.pandas as skp  # noqa: E402
from salarykit import Salary, SalaryParseError  # noqa: E402

# repeated, null, empty, blank, malformed and negotiable-only rows, as scraped job ads have them
ADS = pd.DataFrame(
    {
        "salary": ["25-30K", "15-25K·13薪", None, "", "lorem ipsum", "25-30K", "13-19K", "面议",
                   "   ", "年収600万円～1,200万円"] * 3,
        "posted": ["2025-02-10", "2024-06-03", "2025-02-10", None, "2025-02-10", "2024-06-03",
                   "2025-01-15", "2025-02-10", "2024-06-03", "2025-01-15"] * 3,
    },
    index=pd.RangeIndex(100, 130),  # not 0..n: the index must come back as it was
)  # fmt: skip
DISTINCT = {v for v in ADS["salary"] if isinstance(v, str) and v.strip()}
STRATEGIES = ["global", "partition"]


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


@dataclasses.dataclass(frozen=True)
class CountingOptions(skp.ParseOptions):
    """Parse hints that also append every string they read to a file (one line per read), so
    reads done in any worker process can be counted."""

    log: str = ""

    def read(self, value: Any) -> Salary:
        with open(self.log, "a", encoding="utf-8") as out:
            out.write(f"{value!r}\n")
        return super().read(value)


def _reads(log: pathlib.Path) -> list[str]:
    return log.read_text(encoding="utf-8").splitlines() if log.exists() else []


@pytest.mark.parametrize("strategy", STRATEGIES)
@pytest.mark.parametrize("npartitions", [1, 3])
def test_parse_on_workers_equals_pandas(
    client: distributed.Client, strategy: skd.Strategy, npartitions: int
) -> None:
    ddf = dd.from_pandas(ADS, npartitions=npartitions)
    lazy = ddf["salary"].salary.parse(lang="zh", country="CN", strategy=strategy)
    assert list(lazy.columns) == list(skp.COLUMNS)
    got = lazy.compute()
    expected = ADS["salary"].salary.parse(lang="zh", country="CN")
    pd.testing.assert_frame_equal(got, expected, check_categorical=False)
    # null, empty, blank, malformed and (with no amount) negotiable-only, in each of 3 copies
    assert got["error"].notna().sum() == 4 * 3


@pytest.mark.parametrize(
    ("row", "error"),
    [
        (102, "missing value"),
        (103, "empty string"),
        (108, "empty string"),
        (104, "SalaryParseError: no amount found (in 'lorem ipsum')"),
    ],
)
def test_bad_rows_say_why(client: distributed.Client, row: int, error: str) -> None:
    got = dd.from_pandas(ADS, npartitions=3)["salary"].salary.annual(lang="zh").compute()
    assert got.loc[row, "error"] == error
    assert pd.isna(got.loc[row, "low"]) and pd.isna(got.loc[row, "currency"])


@pytest.mark.parametrize("strategy", STRATEGIES)
def test_convert_with_a_date_column_on_workers(
    client: distributed.Client, strategy: skd.Strategy
) -> None:
    ddf = dd.from_pandas(ADS, npartitions=2)
    pipe = skp.pipeline(lang="zh", country="CN",
                        steps=(skp.ToPeriod("year"), skp.Convert("USD")))  # fmt: skip
    got = skd.apply(ddf, pipe, column="salary", on_column="posted", strategy=strategy).compute()
    expected = pipe(ADS["salary"], on=ADS["posted"])
    pd.testing.assert_frame_equal(got, expected, check_categorical=False)
    assert got.loc[100, "currency"] == "USD"
    assert "2024-06-03" in got.loc[101, "assumptions"]


@pytest.mark.parametrize(
    ("method", "args", "kwargs"),
    [
        ("parse", (), {"lang": "zh", "amounts": "decimal"}),
        ("annual", (), {"lang": "zh", "country": "CN"}),
        ("monthly", (), {"lang": "zh", "country": "CN"}),
        ("to_period", ("hour",), {"worktime": "CN", "lang": "zh", "country": "CN"}),
        ("convert", ("usd",), {"on": date(2025, 2, 10), "period": "year", "lang": "zh"}),
        ("to_ppp", (2022,), {"period": "year", "lang": "zh", "country": "CN"}),
        ("compare", (Salary(low=Decimal(20000), high=Decimal(25000), currency="CNY",
                            period="month"),), {"on": "2025-02-10", "lang": "zh"}),
    ],
)  # fmt: skip
def test_every_method_equals_pandas(
    client: distributed.Client, method: str, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    ddf = dd.from_pandas(ADS, npartitions=3)
    got = getattr(ddf["salary"].salary, method)(*args, **kwargs).compute()
    expected = getattr(ADS["salary"].salary, method)(*args, progress=False, **kwargs)
    pd.testing.assert_frame_equal(got, expected, check_categorical=False)


@pytest.mark.parametrize("dated", [False, True], ids=["one date", "date per row"])
@pytest.mark.parametrize(("strategy", "once"), [("global", True), ("partition", False)])
def test_distinct_strings_read_once_over_the_whole_column(
    client: distributed.Client,
    tmp_path: pathlib.Path,
    strategy: skd.Strategy,
    once: bool,
    dated: bool,
) -> None:
    log = tmp_path / "reads.log"
    pipe = dataclasses.replace(
        skp.pipeline(lang="zh", country="CN", steps=(skp.ToPeriod("year"), skp.Convert("EUR"))),
        options=CountingOptions(lang="zh", country="CN", log=str(log)),
    )
    ddf = dd.from_pandas(ADS, npartitions=3)  # every distinct string is in every partition
    dates = {"on_column": "posted"} if dated else {"on": "2025-02-10"}
    got = skd.apply(
        ddf, pipe, column="salary", strategy=strategy, read_partitions=2, **dates
    ).compute()
    reads = _reads(log)
    log.unlink()
    expected = pipe(ADS["salary"], on=ADS["posted"] if dated else "2025-02-10")  # pandas
    pd.testing.assert_frame_equal(got, expected, check_categorical=False)
    assert sorted(_reads(log)) == sorted(repr(v) for v in DISTINCT)  # pandas: once each
    if once:
        assert sorted(reads) == sorted(_reads(log))
    else:  # each of the 3 partitions reads every distinct string it holds
        assert len(reads) == 3 * len(DISTINCT)


def _name(key: Any) -> str:
    return str(key if isinstance(key, str) else key[0])


def _task_names(frame: Any) -> list[str]:
    return [_name(key) for key in dict(frame.__dask_graph__())]


def test_task_graph_reads_in_parallel_parts() -> None:
    ddf = dd.from_pandas(ADS, npartitions=3)
    pipe = skp.pipeline(lang="zh", steps=(skp.Convert("USD"),))
    names = _task_names(skd.apply(ddf, pipe, column="salary", read_partitions=2))
    # one date for all rows: finished rows of the distinct values, in 2 parallel parts,
    # merged once, then taken by each of the 3 partitions
    assert sum(n.startswith("_table_part") for n in names) == 2
    assert sum(n.startswith("_merge_tables") for n in names) == 1
    assert sum(n.startswith("_spread") for n in names) == 3
    # a date per row: salaries read in 2 parts, each sent to the 3 partitions, which finish
    dated = skd.apply(ddf, pipe, column="salary", on_column="posted", read_partitions=2)
    graph = dict(dated.__dask_graph__())
    runs = [key for key in graph if _name(key).startswith("_run_frame")]
    assert len(runs) == 3
    for key in runs:
        assert sum(_name(dep).startswith("_read_part") for dep in graph[key].dependencies) == 2
    names = _task_names(skd.apply(ddf, pipe, column="salary", strategy="partition"))
    assert not any(n.startswith(("_read_part", "_table_part", "_merge")) for n in names)


def test_errors_raise_on_a_malformed_row(client: distributed.Client) -> None:
    ddf = dd.from_pandas(ADS, npartitions=3)
    lazy = ddf["salary"].salary.parse(lang="zh", errors="raise")  # lazy: nothing raised yet
    with pytest.raises(SalaryParseError):
        lazy.compute()


def test_empty_column(client: distributed.Client) -> None:
    empty = pd.Series([], dtype=object, name="salary")
    got = dd.from_pandas(empty, npartitions=1).salary.annual().compute()
    assert len(got) == 0 and list(got.columns) == [*skp.COLUMNS, "assumptions"]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"strategy": "broadcast"}, "strategy must be"),
        ({"read_partitions": -1}, "read_partitions must be"),
        ({"on_column": "posted"}, "on_column needs"),
    ],
)
def test_bad_arguments(kwargs: dict[str, Any], message: str) -> None:
    ddf = dd.from_pandas(ADS, npartitions=2)
    with pytest.raises(ValueError, match=message):
        skd.apply(ddf["salary"], skp.pipeline(), **kwargs)


POOL = ["25-30K", "15-25K·13薪", "13-19K", "lorem ipsum", "", " ", "面议", "£30,000 - £35,000",
        "年収600万円～1,200万円", "100 000 yuans/mois", "3k", None]  # fmt: skip


DAYS = ["2025-02-10", "2024-06-03", "2023-01-02", None]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=st.lists(st.tuples(st.sampled_from(POOL), st.sampled_from(DAYS)), min_size=1, max_size=40),
    npartitions=st.integers(1, 5),
    read_partitions=st.integers(1, 4),
    dated=st.booleans(),
)
def test_any_split_gives_the_pandas_result(
    rows: list[tuple[str | None, str | None]], npartitions: int, read_partitions: int, dated: bool
) -> None:
    """However the column is partitioned and the distinct values split, with one date or a
    date per row, the rows are those of the pandas accessor (run in-process: this is about
    the splitting, not the workers)."""
    frame = pd.DataFrame(rows, columns=["salary", "posted"], dtype=object)
    pipe = skp.pipeline(country="CN", steps=(skp.ToPeriod("year"), skp.Convert("EUR")))
    ddf = dd.from_pandas(frame, npartitions=npartitions)
    dates: dict[str, Any] = {"on_column": "posted"} if dated else {"on": "2024-06-03"}
    with dask.config.set(scheduler="sync"):
        got = skd.apply(ddf, pipe, column="salary", read_partitions=read_partitions, **dates)
        got = got.compute()
    expected = pipe(frame["salary"], on=frame["posted"] if dated else "2024-06-03")
    pd.testing.assert_frame_equal(got, expected, check_categorical=False)


@pytest.mark.parametrize("strategy", STRATEGIES)
def test_salary_objects_and_numbers_in_an_object_column(strategy: skd.Strategy) -> None:
    """With Dask's string conversion off, Salary objects and numbers stay as they are."""
    s = Salary(low=Decimal(1800), high=Decimal(2000), currency="EUR", period="month")
    column = pd.Series([s, s, None, "25-30K元/月", 12000], dtype=object, name="salary")
    with dask.config.set({"dataframe.convert-string": False, "scheduler": "sync"}):
        lazy = dd.from_pandas(column, npartitions=2).salary.annual(strategy=strategy)
        got = lazy.compute()
    expected = column.salary.annual(progress=False)
    pd.testing.assert_frame_equal(got, expected, check_categorical=False)
    assert got["low"].tolist()[:2] == [21600.0, 21600.0]
