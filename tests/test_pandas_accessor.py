"""The pandas ``.salary`` accessor: real phrases, repeated, empty, null and malformed cells."""

from __future__ import annotations

import pickle
import subprocess
import sys
from datetime import date
from decimal import Decimal
from typing import Any

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import salarykit as sk
import salarykit.pandas as skp
from salarykit import Salary

D = Decimal
NaN = float("nan")

# (cell, hints, low, high, currency, period, payments_per_year)
READINGS: list[tuple[str, dict[str, str], float, float, str, str, int | None]] = [
    ("25-30K", {"lang": "zh", "country": "CN"}, 25000, 30000, "CNY", "month", None),
    ("15-25K·13薪", {"lang": "zh", "country": "CN"}, 15000, 25000, "CNY", "month", 13),
    ("£30,000 - £35,000 per annum", {}, 30000, 35000, "GBP", "year", None),
    ("100 000 yuans/mois", {"lang": "fr"}, 100000, 100000, "CNY", "month", None),
    ("700k–1.2M yuans/an", {}, 700000, 1200000, "CNY", "year", None),
    ("年収600万円～1,200万円", {}, 6000000, 12000000, "JPY", "year", None),
    ("Mensuel de 1800,00 Euros à 2000,00 Euros sur 12 mois", {"lang": "fr"}, 1800, 2000, "EUR",
     "month", 12),
    ("$25 - $30 an hour", {}, 25, 30, "USD", "hour", None),
]  # fmt: skip


@pytest.mark.parametrize(("cell", "hints", "low", "high", "currency", "period", "payments"), READINGS)
def test_reads_like_parse(
    cell: str, hints: dict[str, str], low: float, high: float, currency: str, period: str,
    payments: int | None,
) -> None:  # fmt: skip
    frame = pd.Series([cell, cell], index=["a", "b"]).salary.parse(**hints)
    assert list(frame.columns) == list(skp.COLUMNS)
    assert list(frame.index) == ["a", "b"]
    row = frame.loc["a"]
    assert (row["low"], row["high"], row["currency"], row["period"]) == (low, high, currency, period)
    assert (None if pd.isna(row["payments_per_year"]) else row["payments_per_year"]) == payments
    assert pd.isna(row["error"])
    s = sk.parse(cell, **hints)  # the same reading as the scalar API, flags included
    assert row["approximate"] == s.approximate and row["negotiable"] == s.negotiable
    assert row["inferred"] == ",".join(sorted(s.inferred))


ADS = pd.Series(
    [
        "25-30K",                                  # repeated
        None,                                      # null
        "25-30K",
        "",                                        # empty
        "   ",                                     # blank
        "lorem ipsum dolor",                       # malformed
        np.nan,                                    # NaN null
        "£30,000 - £35,000 per annum",
        "25-30K",
        pd.NA,                                     # pandas NA
        "面议",                                     # negotiable: a result, not an error
    ],
    name="salary",
)  # fmt: skip


def test_bad_rows_become_null_rows_with_the_reason() -> None:
    frame = ADS.salary.parse(lang="zh", country="CN")
    assert len(frame) == len(ADS)
    assert frame.index.equals(ADS.index)
    errors = frame["error"].tolist()
    assert errors[1] == errors[6] == errors[9] == "missing value"
    assert errors[3] == errors[4] == "empty string"
    assert "SalaryParseError" in errors[5] and "lorem ipsum" in errors[5]
    bad = frame["error"].notna()
    assert frame.loc[bad, ["low", "high", "currency", "period"]].isna().all().all()
    assert frame.loc[~bad, "error"].isna().all()
    negotiable = frame.iloc[10]
    assert bool(negotiable["negotiable"]) and pd.isna(negotiable["low"])


def test_dtypes_are_analysis_friendly() -> None:
    frame = ADS.salary.parse(lang="zh", country="CN")
    assert frame["low"].dtype == np.float64 and frame["high"].dtype == np.float64
    assert str(frame["payments_per_year"].dtype) == "Int64"
    assert str(frame["approximate"].dtype) == "boolean"
    assert str(frame["currency"].dtype) == str(frame["error"].dtype) == "category"
    assert [str(d) for d in frame.dtypes] == [str(d) for d in skp.pipeline().meta().dtypes]
    assert frame["low"].mean() == pytest.approx(25000 * 3 / 4 + 30000 / 4)


def test_exact_amounts_on_request() -> None:
    frame = pd.Series(["Horaire de 11,65 Euros"]).salary.parse(lang="fr", amounts="decimal")
    assert frame.loc[0, "low"] == D("11.65")
    assert isinstance(frame.loc[0, "low"], Decimal)


@pytest.mark.parametrize("cell", ["", "lorem ipsum dolor"])
def test_errors_raise(cell: str) -> None:
    with pytest.raises(sk.SalaryParseError) as info:
        pd.Series(["25-30K", cell]).salary.parse(lang="zh", errors="raise")
    assert info.value.text == cell


def test_errors_raise_keeps_nulls_null() -> None:
    """Like ``pd.to_numeric(errors="raise")``: a missing value is not a malformed one."""
    frame = pd.Series(["25-30K", None]).salary.parse(lang="zh", errors="raise")
    assert frame["error"].tolist()[1] == "missing value"


def test_bad_option_is_refused() -> None:
    with pytest.raises(ValueError, match="errors must be"):
        ADS.salary.parse(errors="ignore")  # type: ignore[arg-type]


def test_each_distinct_string_is_parsed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    import salarykit._parse as parse_module

    calls: list[str] = []
    real = parse_module.parse

    def counting(text: str, **hints: Any) -> Salary:
        calls.append(text)
        return real(text, **hints)

    monkeypatch.setattr(parse_module, "parse", counting)
    column = pd.Series(["25-30K", "13-19K", "25-30K", None, "lorem", "lorem"] * 500)
    frame = column.salary.parse(lang="zh", country="CN")
    assert sorted(calls) == ["13-19K", "25-30K", "lorem"]
    assert len(frame) == 3000
    calls.clear()
    column.salary.annual(lang="zh", country="CN")
    assert sorted(calls) == ["13-19K", "25-30K", "lorem"]


def test_categorical_and_numeric_cells() -> None:
    cat = pd.Series(["25-30K", "25-30K", None], dtype="category")
    assert cat.salary.parse(lang="zh", country="CN")["low"].tolist()[:2] == [25000.0, 25000.0]
    frame = pd.Series([Salary(low=D(1), high=D(2), currency="EUR", period="day"), "25-30K"],
                      dtype=object).salary.parse(lang="zh", country="CN")  # fmt: skip
    assert frame["period"].tolist() == ["day", "month"]


def test_salaries_gives_the_objects() -> None:
    objects = ADS.salary.salaries(lang="zh", country="CN")
    assert objects.index.equals(ADS.index)
    assert objects[0] == sk.parse("25-30K", lang="zh", country="CN")
    assert objects[1] is None and objects[5] is None


def test_annual_follows_the_scalar_api() -> None:
    column = pd.Series(["15-25K·13薪", "25-30K", "lorem"])
    frame = column.salary.annual(lang="zh", country="CN")
    expected = sk.parse("15-25K·13薪", lang="zh", country="CN").annual()
    assert (frame.loc[0, "low"], frame.loc[0, "high"]) == (195000.0, 325000.0)
    assert frame.loc[0, "low"] == float(expected.low)  # type: ignore[arg-type]
    assert frame.loc[0, "period"] == "year"
    assert "period: month → year" in frame.loc[0, "assumptions"]
    assert "SalaryParseError" in frame.loc[2, "error"]


def test_convert_with_one_date_and_with_a_date_per_row() -> None:
    column = pd.Series(["100 000 yuans/mois"] * 3)
    on = date(2025, 2, 10)
    frame = column.salary.convert("usd", on=on, period="year", lang="fr")
    scalar = sk.parse("100 000 yuans/mois", lang="fr").annual().convert("USD", on=on)
    assert frame["currency"].tolist() == ["USD"] * 3
    assert frame.loc[0, "low"] == pytest.approx(float(scalar.low))  # type: ignore[arg-type]
    assert "2025-02-10" in frame.loc[0, "assumptions"]
    per_row = column.salary.convert(
        "USD", on=pd.Series(["2025-02-10", "2024-02-09", None]), period="year", lang="fr"
    )
    assert per_row.loc[0, "low"] == frame.loc[0, "low"]
    assert per_row.loc[1, "low"] != per_row.loc[0, "low"]  # another day, another rate
    assert "2024-02-09" in per_row.loc[1, "assumptions"]


def test_convert_failure_is_a_null_row() -> None:
    frame = pd.Series(["25-30K"]).salary.convert("USD", on=date(1950, 1, 2), lang="zh",
                                                 country="CN")  # fmt: skip
    assert pd.isna(frame.loc[0, "low"])
    assert "RateNotFoundError" in frame.loc[0, "error"]


def test_to_ppp() -> None:
    frame = pd.Series(["100 000 yuans/mois"]).salary.to_ppp(2024, period="year", lang="fr",
                                                             country="CN")  # fmt: skip
    scalar = sk.parse("100 000 yuans/mois", lang="fr", country="CN").annual().to_ppp(2024)
    assert frame.loc[0, "currency"] == scalar.currency
    assert frame.loc[0, "low"] == pytest.approx(float(scalar.low))  # type: ignore[arg-type]


def test_compare_with_a_reference() -> None:
    market = sk.MarketData.builtin()
    it_staff = market.get("cn-it-2024h1")
    column = pd.Series(["24007 yuans", "lorem"])
    frame = column.salary.compare(it_staff, period="month", lang="fr", country="CN",
                                  currency="CNY")  # fmt: skip
    assert frame.loc[0, "ratio"] == pytest.approx(24007 / 11000)
    assert frame.loc[0, "verdict"]
    assert pd.isna(frame.loc[1, "ratio"]) and frame.loc[1, "error"]


def test_progress_bar_can_be_forced_and_is_off_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    column = pd.Series(["25-30K", "13-19K"])
    column.salary.parse(lang="zh")
    assert "salarykit" not in capsys.readouterr().err  # small and not interactive: no bar
    column.salary.parse(lang="zh", progress=True)
    assert "salarykit" in capsys.readouterr().err
    column.salary.parse(lang="zh", progress=False)
    assert capsys.readouterr().err == ""


def test_pipeline_is_picklable_and_stateless() -> None:
    pipe = skp.pipeline(lang="zh", country="CN", steps=(skp.ToPeriod("year"), skp.Convert("USD")))
    clone = pickle.loads(pickle.dumps(pipe))
    assert clone == pipe
    column = pd.Series(["25-30K", "lorem"])
    pd.testing.assert_frame_equal(clone(column, on=date(2025, 2, 10)), pipe(column, on=date(2025, 2, 10)))


def test_import_salarykit_does_not_import_pandas() -> None:
    code = "import sys, salarykit; salarykit.Salary; print('pandas' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


cells = st.one_of(
    st.none(),
    st.just(""),
    st.sampled_from(["25-30K", "£30,000 - £35,000 per annum", "面议", "100 000 yuans/mois"]),
    st.text(max_size=30),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(cells, max_size=25))
def test_any_column_gives_one_row_per_cell(values: list[str | None]) -> None:
    frame = pd.Series(values, dtype=object).salary.parse()
    assert len(frame) == len(values)
    read = frame["error"].isna()
    # every row is either read or explained, never both
    assert (read | frame["error"].notna()).all()
    assert frame.loc[~read, ["low", "high"]].isna().all().all()
    ok = frame[read & frame["low"].notna() & frame["high"].notna()]
    assert (ok["low"] <= ok["high"]).all()


@pytest.mark.parametrize("with_ppp", [False, True])
def test_dates_per_row_in_bulk_agree_with_the_scalar_path(
    with_ppp: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Many (string, date) pairs go through salarykit.bulk; the figures, currencies and errors
    are those of the Salary methods (and the assumptions too, for market rates)."""
    rng = np.random.default_rng(3)
    phrases = ["25-30K", "15-25K·13薪", "100 000 yuans/mois", "£30,000 - £35,000 per annum",
               "$25 - $30 an hour", "面议", "lorem", None, "年収600万円～1,200万円"]  # fmt: skip
    days = pd.date_range("2024-01-01", "2025-02-28", freq="D").strftime("%Y-%m-%d").tolist()
    n = 6000
    column = pd.Series(rng.choice(np.array(phrases, dtype=object), n))
    posted = pd.Series(rng.choice(np.array([*days, None, "1950-01-02"], dtype=object), n))
    steps: tuple[Any, ...] = (skp.ToPeriod("year"), skp.Convert("USD"))
    if with_ppp:
        steps = (*steps, skp.ToPPP())
    pipe = skp.pipeline(lang="zh", country="CN", steps=steps)
    assert pipe._vectorizable(skp._plan(column, posted)[1])
    fast = pipe(column, on=posted)
    monkeypatch.setattr(skp, "_BULK_MIN_PAIRS", 10**9)
    slow = pipe(column, on=posted)
    assert fast["error"].isna().tolist() == slow["error"].isna().tolist()
    np.testing.assert_allclose(fast["low"], slow["low"], rtol=1e-9)
    np.testing.assert_allclose(fast["high"], slow["high"], rtol=1e-9)
    ok = fast["error"].isna()
    assert fast.loc[ok, "currency"].astype(str).tolist() == slow.loc[ok, "currency"].astype(str).tolist()
    assert fast["payments_per_year"].equals(slow["payments_per_year"])
    if not with_ppp:
        assert fast["assumptions"].astype(str).tolist() == slow["assumptions"].astype(str).tolist()
    # before the ECB history, except for dollars already (no rate needed)
    old = posted.eq("1950-01-02") & column.notna() & ~column.isin(["面议", "lorem", "$25 - $30 an hour"])
    assert fast.loc[old, "error"].astype(str).str.contains("1950").all()


# ------------------------------------------------------------------------ notebooks
@pytest.mark.parametrize(
    ("text", "hints", "shown"),
    [
        ("15-25K·13薪", {"lang": "zh", "country": "CN"}, ["15,000–25,000", "13 a year", "(inferred)"]),
        ("£30,000 - £35,000 per annum", {}, ["30,000–35,000", "GBP", "year"]),
        ("面议", {"lang": "zh"}, ["negotiable"]),
    ],
)
def test_salary_html_card(text: str, hints: dict[str, str], shown: list[str]) -> None:
    card = sk.parse(text, **hints)._repr_html_()
    assert card.startswith('<table class="salarykit-salary"')
    for piece in shown:
        assert piece in card
    assert text in card  # what it was read from


def test_salary_html_card_escapes_and_lists_assumptions() -> None:
    s = Salary(low=D(1), high=D(2), currency="EUR", period="month", text="<script>x</script>")
    card = s.annual()._repr_html_()
    assert "<script>" not in card and "&lt;script&gt;" in card
    assert "assumed" in card and "month → year" in card


# --------------------------------------------------------------- frames of amounts
JOBS = pd.DataFrame(
    {  # a job board's structured fields (other column names), one bad row per kind
        "salary_min": [15000, 25, None, 30000, 1800, 100, 5],
        "salary_max": [25000, 30, 50, 35000, 2000, 200, 6],
        "cur": ["CNY", "USD", "EUR", "GBP", "EUR", None, "XYZ"],
        "per": ["month", "hour", "week", "year", "month", "day", "hour"],
        "pay": [13, None, None, None, 12, None, None],
        "posted": ["2025-02-10", "2024-06-03", "2025-01-15", "2024-11-29", "2025-02-10",
                   "2025-02-10", "2025-02-10"],
    },
    index=list("abcdefg"),
)  # fmt: skip
MAP = {"low": "salary_min", "high": "salary_max", "currency": "cur", "period": "per",
       "payments_per_year": "pay"}  # fmt: skip


def _scalar(row: pd.Series) -> Salary:
    return Salary(
        low=None if pd.isna(row["salary_min"]) else D(str(row["salary_min"])),
        high=None if pd.isna(row["salary_max"]) else D(str(row["salary_max"])),
        currency=None if pd.isna(row["cur"]) else row["cur"], period=row["per"],
        payments_per_year=None if pd.isna(row["pay"]) else int(row["pay"]),
    )  # fmt: skip


def test_frame_annual_and_convert_agree_with_the_salary_methods() -> None:
    yearly = JOBS.salary.annual(worktime="US", columns=MAP)
    assert list(yearly.columns) == list(skp.AMOUNT_COLUMNS)
    assert yearly.index.equals(JOBS.index)
    usd = yearly.salary.convert("USD", on=JOBS["posted"])
    for label, row in JOBS.iterrows():
        try:
            expected = _scalar(row).annual(worktime="US").convert(
                "USD", on=date.fromisoformat(row["posted"]))
        except sk.SalarykitError:
            assert pd.notna(usd.loc[label, "error"]), label
            assert pd.isna(usd.loc[label, "low"]) and pd.isna(usd.loc[label, "high"])
            continue
        assert pd.isna(usd.loc[label, "error"]), label
        for bound in ("low", "high"):
            want = getattr(expected, bound)
            got = usd.loc[label, bound]
            assert (pd.isna(got) and want is None) or got == pytest.approx(float(want)), label
        assert usd.loc[label, "currency"] == "USD" and usd.loc[label, "period"] == "year"
        for step in expected.provenance:
            assert str(step) in usd.loc[label, "assumptions"], (label, str(step))


def test_frame_of_parsed_salaries_chains() -> None:
    parsed = pd.Series(["15-25K·13薪", "lorem", "100 000 yuans/mois"]).salary.parse(
        lang="zh", country="CN")
    out = parsed.salary.annual().salary.convert("USD", on="2025-02-10")
    assert out.loc[0, "low"] == pytest.approx(
        float(sk.parse("15-25K·13薪", lang="zh", country="CN").annual()
              .convert("USD", on=date(2025, 2, 10)).low))  # type: ignore[arg-type]  # fmt: skip
    assert "SalaryParseError" in out.loc[1, "error"]  # the parse error is carried over
    assert out.loc[2, "assumptions"].count("\n") == 1  # period, then rate


def test_frame_errors_raise_and_missing_columns() -> None:
    with pytest.raises(sk.SalarykitError):
        JOBS.salary.convert("USD", on="2025-02-10", columns=MAP, errors="raise")
    with pytest.raises(KeyError, match="salary_min"):
        JOBS.drop(columns="salary_min").salary.annual(columns=MAP)


def test_edge_shapes() -> None:
    assert pd.Series([], dtype=object).salary.parse().shape == (0, len(skp.COLUMNS))
    empty = pd.DataFrame({"low": [], "high": [], "currency": [], "period": []})
    assert list(empty.salary.annual().columns) == list(skp.AMOUNT_COLUMNS)
    # dates given as a Series are aligned on the index, as pandas aligns
    column = pd.Series(["25-30K", "13-19K"], index=[1, 2])
    on = pd.Series(["2025-02-10", "2024-02-09"], index=[2, 1])
    frame = column.salary.convert("USD", on=on, lang="zh", country="CN")
    assert "2024-02-09" in frame.loc[1, "assumptions"] and "2025-02-10" in frame.loc[2, "assumptions"]
    with pytest.raises(ValueError, match="dates for"):
        column.salary.convert("USD", on=["2025-02-10"], lang="zh", country="CN")
