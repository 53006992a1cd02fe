"""Market reference tables: loading, validation (row and field named), querying, matching."""

from __future__ import annotations

import datetime as dt
import io
import json
import pathlib
import re
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import salarykit as sk
from salarykit._market import COLUMNS, date_span, match_score, tokens

GOOD = {
    "role": "IT staff",
    "statistic": "mean",
    "value": "11000",
    "currency": "CNY",
    "period": "month",
}


# ---------------------------------------------------------------- validation errors
BAD_ROWS: list[tuple[dict[str, Any], str | None, str]] = [
    # (changes to a good row, field named, words in the message)
    ({"value": "abc"}, "value", "not a number"),
    ({"value": "-5"}, "value", "negative"),
    ({"currency": ""}, "currency", "currency is required"),
    ({"currency": "yuan"}, "currency", "ISO 4217"),
    ({"period": "fortnight"}, "period", "not a pay period"),
    ({"period": None}, "period", "required"),
    ({"statistic": "p0"}, "statistic", "between p1 and p99"),
    ({"statistic": "p100"}, "statistic", "not a statistic"),
    ({"statistic": "mode"}, "statistic", "not a statistic"),
    ({"country": "China"}, "country", "ISO 3166"),
    ({"date": "H1 2024"}, "date", "not a date or period"),
    ({"date": "2024-13"}, "date", "not a date or period"),
    ({"date": "2024-06/2024-01"}, "date", "ends before it starts"),
    ({"approximate": "maybe"}, "approximate", "true/false"),
    ({"curency": "CNY"}, "curency", "unknown column"),
    ({"value": None}, None, "no amount"),
    ({"low": "10", "high": "20"}, None, "not both"),
    ({"value": None, "low": "30", "high": "20"}, None, "above high"),
]


@pytest.mark.parametrize(("change", "field", "words"), BAD_ROWS)
def test_invalid_rows_name_row_and_field(
    change: dict[str, Any], field: str | None, words: str
) -> None:
    bad = {**GOOD, **change}
    with pytest.raises(sk.MarketDataError) as info:
        sk.MarketData.from_records([GOOD, GOOD, bad])
    assert info.value.row == 3
    assert info.value.field == field
    assert words in str(info.value)
    assert isinstance(info.value, ValueError)


def test_csv_errors_count_data_rows_after_the_header() -> None:
    text = "role,statistic,value,currency,period\nIT staff,mean,11000,CNY,month\nNLP,mean,24 007,CNY,mois\n"
    with pytest.raises(sk.MarketDataError, match=r"^row 2, field period: 'mois'") as info:
        sk.MarketData.from_csv(io.StringIO(text))
    assert (info.value.row, info.value.field) == (2, "period")


def test_csv_row_with_too_many_cells() -> None:
    text = "role,statistic,value,currency,period\nIT staff,mean,11000,CNY,month,extra\n"
    with pytest.raises(sk.MarketDataError, match="more cells than columns") as info:
        sk.MarketData.from_csv(io.StringIO(text))
    assert info.value.row == 1


def test_json_errors() -> None:
    with pytest.raises(sk.MarketDataError, match="invalid JSON"):
        sk.MarketData.from_json("[{")
    with pytest.raises(sk.MarketDataError, match="expected a JSON list"):
        sk.MarketData.from_json('{"rows": []}')
    with pytest.raises(sk.MarketDataError) as info:
        sk.MarketData.from_json(json.dumps({"references": [GOOD, {**GOOD, "period": 3}]}))
    assert (info.value.row, info.value.field) == (2, "period")


def test_duplicate_ids_are_refused() -> None:
    with pytest.raises(sk.MarketDataError, match="duplicate id 'a' \\(first at row 1\\)") as info:
        sk.MarketData.from_records([{**GOOD, "id": "a"}, {**GOOD, "id": "b"}, {**GOOD, "id": "a"}])
    assert (info.value.row, info.value.field) == (3, "id")


def test_errors_pickle_with_their_context() -> None:
    import pickle

    err = pickle.loads(pickle.dumps(sk.MarketDataError("bad", row=4, field="value")))
    assert (err.row, err.field, str(err)) == (4, "value", "row 4, field value: bad")


# -------------------------------------------------------------------- cell reading
CELLS = [
    ("24 007", Decimal("24007")),
    ("24\u202f007", Decimal("24007")),
    ("1,200,000", Decimal("1200000")),
    ("11.65", Decimal("11.65")),
    (239000, Decimal("239000")),
    (239000.0, Decimal("239000")),
    (11.65, Decimal("11.65")),
    (Decimal("60000"), Decimal("60000")),
    (1e28, Decimal("1E+28")),  # found by hypothesis: too large to quantize to units
    ("1.234,56", Decimal("1234.56")),
    ("1,234.56", Decimal("1234.56")),
    ("42000,50", Decimal("42000.50")),
    ("1'200'000", Decimal("1200000")),
    ("1.200.000", Decimal("1200000")),
    ("11.65", Decimal("11.65")),
]


def test_semicolon_csv_with_decimal_commas() -> None:
    text = "role;statistic;value;currency;period\nsage-femme;median;2\u202f450,50;EUR;monthly\n"
    (r,) = sk.MarketData.from_csv(io.StringIO(text))
    assert (r.role, r.value, r.period.value) == ("sage-femme", Decimal("2450.50"), "month")
    tabbed = "role\tvalue\tcurrency\tperiod\nnurse\t3000\tEUR\tmonth\n"
    assert sk.MarketData.from_csv(io.StringIO(tabbed))[0].value == 3000


@pytest.mark.parametrize(("cell", "expected"), CELLS)
def test_amount_cells(cell: Any, expected: Decimal) -> None:
    assert sk.Reference(value=cell, currency="EUR", period="year").value == expected


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("2024", dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
        ("2024-H1", dt.date(2024, 1, 1), dt.date(2024, 6, 30)),
        ("2024-h2", dt.date(2024, 7, 1), dt.date(2024, 12, 31)),
        ("2024-Q1", dt.date(2024, 1, 1), dt.date(2024, 3, 31)),
        ("2023-Q4", dt.date(2023, 10, 1), dt.date(2023, 12, 31)),
        ("2024-05", dt.date(2024, 5, 1), dt.date(2024, 5, 31)),
        ("2023-02", dt.date(2023, 2, 1), dt.date(2023, 2, 28)),
        ("2025-02-10", dt.date(2025, 2, 10), dt.date(2025, 2, 10)),
        ("2022-04/2023-04", dt.date(2022, 4, 1), dt.date(2023, 4, 30)),
    ],
)
def test_date_spans(text: str, first: dt.date, last: dt.date) -> None:
    assert date_span(text) == (first, last)


def test_reference_dates() -> None:
    r = sk.Reference(value=1, currency="CNY", period="month", date="2024-H1")
    assert r.mid_date == dt.date(2024, 3, 31)
    assert r.year == 2024
    assert sk.Reference(value=1, currency="CNY", period="month").mid_date is None


@pytest.mark.parametrize(
    ("period", "normal"),
    [
        ("month", "month"),
        ("Monthly", "month"),
        ("annual", "year"),
        ("YEAR", "year"),
        ("hourly", "hour"),
    ],
)
def test_period_cells(period: str, normal: str) -> None:
    assert sk.Reference(value=1, currency="EUR", period=period).period.value == normal


@pytest.mark.parametrize(
    ("statistic", "normal", "percentile"),
    [
        ("mean", "mean", None),
        ("Average", "mean", None),
        ("median", "median", 50),
        ("P90", "p90", 90),
        ("p05", "p5", 5),
        ("maximum", "max", None),
        ("offer", "offer", None),
        ("", "mean", None),
    ],
)
def test_statistics(statistic: str, normal: str, percentile: int | None) -> None:
    r = sk.Reference(statistic=statistic, value=1, currency="EUR", period="year")
    assert (r.statistic, r.percentile) == (normal, percentile)


# ------------------------------------------------------------------ built-in data
BUILTIN = [
    # id, statistic, value-or-(low, high), currency, period, seed file, figure as written
    ("cn-nlp-2024h1", "mean", Decimal(24007), "CNY", "month", "003_", "24 007"),
    ("cn-deep-learning-2024h1", "mean", Decimal(26279), "CNY", "month", "003_", "26 279"),
    ("cn-it-2024h1", "mean", Decimal(11000), "CNY", "month", "003_", "11 000"),
    ("us-ai-engineer-entry-2024", "mean", Decimal(239000), "USD", "year", "002_", "239 000"),
    ("cn-aigc-new-2023-06", "mean", Decimal(60000), "CNY", "month", "002_", "60 000"),
    ("us-ai-offers-900k-2024", "offer", (Decimal(900000), None), "USD", "year", "002_", "900 000"),
    ("cn-graduate-large-model-offers-2024", "offer", (Decimal(500000), None), "CNY", "year", "002_", "500 000"),
    ("deepseek-agi-researcher-2025", "offer", (None, Decimal(100000)), "CNY", "month", "000_", "100 000"),
    ("deepseek-systems-data-fullstack-2025", "offer", (Decimal(700000), Decimal(1200000)), "CNY", "year", "000_", "700 000"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("id", "statistic", "amount", "currency", "period", "seed", "figure"), BUILTIN
)
def test_builtin_rows(
    id: str, statistic: str, amount: Any, currency: str, period: str, seed: str, figure: str
) -> None:
    r = sk.MarketData.builtin().get(id)
    assert r.statistic == statistic
    assert (r.value if r.value is not None else (r.low, r.high)) == amount
    assert (r.currency, r.period.value) == (currency, period)
    assert r.source.startswith(seed)
    assert r.date is not None and r.country is not None


@pytest.mark.parametrize(
    ("id", "statistic", "amount", "currency", "period", "seed", "figure"), BUILTIN
)
def test_builtin_rows_are_stated_in_their_seed(
    shared_dir: pathlib.Path,
    id: str,
    statistic: str,
    amount: Any,
    currency: str,
    period: str,
    seed: str,
    figure: str,
) -> None:
    r = sk.MarketData.builtin().get(id)
    path = shared_dir / "seeds" / r.source.split()[0]
    assert path.is_file(), r.source
    text = path.read_text(encoding="utf-8")
    digits = figure.replace(" ", "")
    pattern = r"\D" + r"[\s\u00a0\u202f,.]?".join(re.escape(d) for d in digits) + r"\D"
    assert re.search(pattern, text), f"{figure} not in {path.name}"


def test_builtin_is_cached_and_inferred_values_are_marked() -> None:
    md = sk.MarketData.builtin()
    assert md is sk.MarketData.builtin()
    assert "currency" in md.get("cn-aigc-new-2023-06").inferred
    assert md.get("cn-aigc-new-2023-06").approximate
    assert {"currency", "period"} <= md.get("cn-graduate-large-model-offers-2024").inferred
    assert md.get("us-ai-engineer-entry-2024").to_salary().inferred == frozenset({"period"})


# ------------------------------------------------------------------ round trips
def test_round_trips() -> None:
    md = sk.MarketData.builtin()
    assert sk.MarketData.from_csv(io.StringIO(md.to_csv())) == md
    assert sk.MarketData.from_json(md.to_json()) == md
    assert sk.MarketData.from_frame(md.to_frame()) == md
    assert list(md.to_frame().columns) == list(COLUMNS)


def test_csv_and_json_files(tmp_path: pathlib.Path) -> None:
    md = sk.MarketData.builtin()
    (tmp_path / "refs.csv").write_text("\ufeff" + md.to_csv(), encoding="utf-8")
    (tmp_path / "refs.json").write_text(md.to_json(), encoding="utf-8")
    assert sk.MarketData.from_csv(tmp_path / "refs.csv") == md
    assert sk.MarketData.from_json(tmp_path / "refs.json") == md
    assert sk.MarketData.from_json(str(tmp_path / "refs.json")) == md


def test_frame_with_nan_cells() -> None:
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame(
        {"role": ["a", "b"], "value": [1000.0, float("nan")], "low": [float("nan"), 5.0],
         "currency": ["EUR", "EUR"], "period": ["month", "month"], "statistic": ["mean", "offer"]}
    )  # fmt: skip
    md = sk.MarketData.from_frame(frame)
    assert [r.bounds for r in md] == [(Decimal(1000), Decimal(1000)), (Decimal(5), None)]


def test_building_and_extending_in_code() -> None:
    mine = sk.MarketData(
        [
            sk.Reference(
                id="x", role="nurse", value=3000, currency="EUR", period="month", country="FR"
            )
        ]
    )
    both = sk.MarketData.builtin() + mine
    assert len(both) == len(sk.MarketData.builtin()) + 1
    assert both.get("x").role == "nurse"
    assert isinstance(both[:2], sk.MarketData) and len(both[:2]) == 2
    with pytest.raises(KeyError, match="no reference with id 'y'"):
        both.get("y")
    with pytest.raises(sk.MarketDataError, match="expected a Reference"):
        sk.MarketData([GOOD])  # type: ignore[list-item]


# ------------------------------------------------------------------- querying
@pytest.mark.parametrize(
    ("conditions", "ids"),
    [
        ({"country": "us"}, ["us-ai-engineer-entry-2024", "us-ai-offers-900k-2024"]),
        ({"employer": "deepseek"}, ["deepseek-agi-researcher-2025", "deepseek-systems-data-fullstack-2025"]),
        ({"place": "Beijing"}, ["deepseek-agi-researcher-2025"]),
        ({"date": "2024-Q2", "statistic": "mean", "country": "CN"}, ["cn-nlp-2024h1", "cn-deep-learning-2024h1", "cn-it-2024h1"]),
        ({"date": dt.date(2023, 6, 15)}, ["cn-aigc-new-2023-06"]),
        ({"currency": "usd", "statistic": "offer"}, ["us-ai-offers-900k-2024"]),
        ({"role": "graduate"}, ["cn-graduate-large-model-offers-2024"]),
    ],
)  # fmt: skip
def test_filter(conditions: dict[str, Any], ids: list[str]) -> None:
    assert [r.id for r in sk.MarketData.builtin().filter(**conditions)] == ids


def _distribution(values: dict[str, int], **extra: Any) -> sk.MarketData:
    return sk.MarketData.from_records(
        [{"role": "data analyst", "statistic": s, "value": v, "currency": "EUR", "period": "year", **extra}
         for s, v in values.items()]
    )  # fmt: skip


def test_groups_and_distribution() -> None:
    dist = _distribution(
        {"min": 30000, "p10": 34000, "median": 42000, "p90": 55000, "max": 70000, "mean": 44000}
    )
    assert dist.groups() == [dist]
    assert dist.distribution() == [
        (0, Decimal(30000)), (10, Decimal(34000)), (50, Decimal(42000)), (90, Decimal(55000)), (100, Decimal(70000))
    ]  # fmt: skip
    mixed = dist + _distribution({"median": 50000}, country="DE")
    assert [len(g) for g in mixed.groups()] == [6, 1]
    assert len(mixed.group_of(mixed[0])) == 6
    explicit = _distribution({"p25": 1, "p75": 2}, group="g") + _distribution(
        {"median": 3}, group="g", role="x"
    )
    assert len(explicit.groups()) == 1


def test_distribution_errors() -> None:
    with pytest.raises(ValueError, match="percentiles decrease"):
        _distribution({"p10": 50000, "p90": 40000}).distribution()
    with pytest.raises(ValueError, match="two different values for percentile 50"):
        _distribution({"median": 1, "p50": 2}).distribution()
    with pytest.raises(ValueError, match="one currency and period"):
        (_distribution({"p10": 1}) + _distribution({"p90": 2}, currency="USD")).distribution()


# ------------------------------------------------------------------- matching
@pytest.mark.parametrize(
    ("query", "best"),
    [
        ({"role": "NLP engineer", "country": "CN"}, "cn-nlp-2024h1"),
        ({"role": "natural language processing", "date": "2024"}, "cn-nlp-2024h1"),
        (
            {"role": "deep learning engineer", "country": "CN", "date": "2024-06"},
            "cn-deep-learning-2024h1",
        ),
        ({"role": "AGI researcher", "place": "Beijing"}, "deepseek-agi-researcher-2025"),
        ({"role": "full-stack developer"}, "deepseek-systems-data-fullstack-2025"),
        (
            {"role": "junior AI engineer", "country": "US", "date": "2024-05"},
            "us-ai-engineer-entry-2024",
        ),
        ({"role": "IT", "country": "CN"}, "cn-it-2024h1"),
        ({"role": "AIGC", "country": "CN"}, "cn-aigc-new-2023-06"),
        ({"role": "personnel informatique"}, "cn-it-2024h1"),  # French alias
        ({"role": "深度学习研究员"}, "deepseek-agi-researcher-2025"),  # Chinese alias
        ({"role": "infirmière", "country": "FR"}, None),
    ],
)
def test_best_match(query: dict[str, Any], best: str | None) -> None:
    found = sk.MarketData.builtin().best_match(**query)
    assert (found.id if found is not None else None) == best


def test_match_scores_are_ordered_and_bounded() -> None:
    md = sk.MarketData.builtin()
    scores = [s for s, _ in md.match("deep learning researcher", country="CN", date="2025-02")]
    assert scores == sorted(scores, reverse=True)
    assert all(0 <= s <= 1 for s in scores)
    r = md.get("cn-it-2024h1")
    assert match_score(
        r, role="IT staff", country="CN", place=None, date="2024-H1"
    ) == pytest.approx(0.9)
    assert match_score(r, date="2030") == 0.0


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Ingénieur en IA débutant", {"ingénieur", "ia", "débutant"}),
        ("the NLP staff", {"nlp"}),
        ("AI-engineer (L4)", {"ai", "engineer", "l", "4"} - {"l"}),
        ("算法工程师", {"算法", "法工", "工程", "程师"}),
    ],
)
def test_tokens(text: str, words: set[str]) -> None:
    assert tokens(text) == words


@given(st.text(max_size=60))
def test_tokens_and_scores_never_fail(text: str) -> None:
    tokens(text)
    for r in sk.MarketData.builtin():
        assert 0.0 <= match_score(r, role=text, place=text, country="CN") <= 1.0


cells = st.one_of(
    st.none(),
    st.text(max_size=12),
    st.integers(-(10**9), 10**9),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.lists(st.integers(), max_size=2),
    st.sampled_from(
        [
            "CNY",
            "usd",
            "month",
            "year",
            "p90",
            "median",
            "2024-H1",
            "2024-02-30",
            "CN",
            "1,200,000",
            "24 007",
        ]
    ),
)


@given(
    st.lists(
        st.dictionaries(st.sampled_from([c for c in COLUMNS if c != "id"]), cells, max_size=8),
        max_size=4,
    )
)
def test_loading_either_works_or_names_the_bad_row(records: list[dict[str, Any]]) -> None:
    try:
        md = sk.MarketData.from_records(records)
    except sk.MarketDataError as exc:
        assert exc.row is not None and 1 <= exc.row <= len(records)
        assert exc.field is None or exc.field in COLUMNS
    else:
        assert len(md) == len(records)
        assert sk.MarketData.from_records(md.to_records()) == md


def test_notebook_display_escapes_cells() -> None:
    md = sk.MarketData.from_records(
        [{"role": "<script>R&D</script>", "value": 1, "currency": "EUR", "period": "year"}]
    )
    html = md._repr_html_()
    assert "&lt;script&gt;R&amp;D&lt;/script&gt;" in html and "<script>" not in html
    assert html.count("<tr>") == 2 and repr(md) == "<MarketData: 1 references>"
