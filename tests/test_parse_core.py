"""``salarykit.parse`` end to end: the issue's contract, the seed articles, errors, the scanner.

Per-language tables of job-board strings live in ``test_parse_table_<lang>.py``; each stage's
own table in ``test_parse_stages.py``.
"""

from __future__ import annotations

import contextlib
import json
import pickle
import random
import string
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

import salarykit as sk
from salarykit._parse import Candidate, scan

CN = {"lang": "zh", "country": "CN"}
FR_CN = {"lang": "fr", "country": "CN"}
FR_US = {"lang": "fr", "country": "US"}

# text, hints, low, high, currency, period, payments, and other fields to check
CASES: list[tuple[str, dict[str, str], Any, Any, str | None, str | None, int | None, dict[str, Any]]] = [
    # --- the issue's own examples
    ("700k–1.2M yuans/an", {}, 700000, 1200000, "CNY", "year", None, {}),
    ("100 000 yuans/mois", {}, 100000, 100000, "CNY", "month", None, {}),
    ("15-25K·13薪", CN, 15000, 25000, "CNY", "month", 13, {"inferred": {"currency", "period"}}),
    ("年収600万円～1,200万円", {}, 6000000, 12000000, "JPY", "year", None, {}),
    ("£30,000 - £35,000 per annum", {}, 30000, 35000, "GBP", "year", None, {}),
    ("Mensuel de 1800,00 Euros à 2000,00 Euros sur 12 mois", {}, 1800, 2000, "EUR", "month", 12, {}),
    ("$120K-$150K", {"country": "US"}, 120000, 150000, "USD", "year", None, {}),
    ("1-1.5万", CN, 10000, 15000, "CNY", "month", None, {}),
    ("3,000~8,000만원", {"lang": "ko", "country": "KR"}, 30000000, 80000000, "KRW", "year", None, {}),
    ("70万-120万", CN, 700000, 1200000, "CNY", "year", None, {}),
    ("12-16 Lacs", {"country": "IN"}, 1200000, 1600000, "INR", "year", None, {}),
    ("月給21万7,500円", {}, 217500, 217500, "JPY", "month", None, {}),
    ("Estimated $48.4K - $61.3K a yearFull-time8 hour shift +2", {"country": "US"}, 48400, 61300, "USD", "year", None, {}),
    ("18000 - 24000/annum plus commission OTE 50-60k", {"country": "GB"}, 18000, 24000, "GBP", "year", None, {}),
    ("20000 - 30000/annum 20-30K", {"country": "GB"}, 20000, 30000, "GBP", "year", None, {}),
    ("US$ 5,000 a month", {}, 5000, 5000, "USD", "month", None, {}),
    ("R$ 4.500,00", {"country": "BR"}, 4500, 4500, "BRL", "month", None, {"inferred": {"period"}}),
    ("$5,000 a month", {"country": "AU"}, 5000, 5000, "AUD", "month", None, {}),
    ("¥300,000 a month", {"country": "JP"}, 300000, 300000, "JPY", "month", None, {}),
    ("¥ 6-8千/月", {"lang": "zh"}, 6000, 8000, "CNY", "month", None, {}),
    ("45 000 kr/mån", {"country": "SE"}, 45000, 45000, "SEK", "month", None, {}),
    ("$50k", {}, 50000, 50000, "USD", "year", None, {"inferred": {"currency", "period"}}),
    ("S$5,000 - S$7,000", {}, 5000, 7000, "SGD", "month", None, {}),
    ("$75K/yr - $95K/yr", {}, 75000, 95000, "USD", "year", None, {}),  # a period after each end
    ("R$ 7,5 mil", {"country": "BR"}, 7500, 7500, "BRL", "month", None, {}),  # the market's "mil"
    ("un salaire de mille euros par mois", {}, 1000, 1000, "EUR", "month", None, {}),
    # --- numerals written in words
    ("年薪五十万", CN, 500000, 500000, "CNY", "year", None, {}),
    ("年薪超百万", CN, 1000000, None, "CNY", "year", None, {}),
    ("月薪一万五", CN, 15000, 15000, "CNY", "month", None, {}),
    ("月薪1万5", CN, 15000, 15000, "CNY", "month", None, {}),
    ("연봉 삼천만원", {"lang": "ko"}, 30000000, 30000000, "KRW", "year", None, {}),
    ("年収2千万円", {}, 20000000, 20000000, "JPY", "year", None, {}),
    # --- bounds, approximations, qualifiers
    ("Up to $25/hr", {}, None, 25, "USD", "hour", None, {}),
    ("jusqu'à 3 000 € par mois", {}, None, 3000, "EUR", "month", None, {}),
    ("最高3万/月", CN, None, 30000, "CNY", "month", None, {}),
    ("5000万원 이하", {"lang": "ko"}, None, 50000000, "KRW", "year", None, {}),
    ("From $55,000 a year", {}, 55000, None, "USD", "year", None, {}),
    ("$40k+", {"country": "US"}, 40000, None, "USD", "year", None, {}),
    ("2万以上", CN, 20000, None, "CNY", "month", None, {}),
    ("月給22万円～", {}, 220000, None, "JPY", "month", None, {}),
    ("3000만원 이상", {"lang": "ko"}, 30000000, None, "KRW", "year", None, {}),
    ("Acima de R$ 10.000", {"lang": "pt", "country": "BR"}, 10000, None, "BRL", "month", None, {}),
    ("more than $100,000 a year", {}, 100000, None, "USD", "year", None, {}),
    ("autour de 60 000 €", {"lang": "fr"}, 60000, 60000, "EUR", "year", None, {"approximate": True}),
    ("约6万", CN, 60000, 60000, "CNY", "month", None, {"approximate": True}),
    ("about $50k", {}, 50000, 50000, "USD", "year", None, {"approximate": True}),
    ("45 000 € brut annuel", {}, 45000, 45000, "EUR", "year", None, {"gross": True}),
    ("2 000 € net par mois", {}, 2000, 2000, "EUR", "month", None, {"gross": False}),
    ("税前20k", CN, 20000, 20000, "CNY", "month", None, {"gross": True}),
    ("세후 월 300만원", {"lang": "ko"}, 3000000, 3000000, "KRW", "month", None, {"gross": False}),
    ("average salary of $72,000", {}, 72000, 72000, "USD", "year", None, {"statistic": "mean"}),
    ("le salaire médian est de 2 100 € par mois", {}, 2100, 2100, "EUR", "month", None, {"statistic": "median"}),
    ("30.000 € brutos anuales en 14 pagas", {"lang": "es"}, 30000, 30000, "EUR", "year", 14, {}),
    ("€ 2.000 x 14 meses", {"lang": "es"}, 2000, 2000, "EUR", "month", 14, {}),
    ("Une rémunération annuelle brute à partir de 43,3K € (versée sur 14 mois)", {}, 43300, None, "EUR", "year", 14,
     {"gross": True}),
    # --- the seed articles (French news on AI salaries)
    ("un salaire mensuel maximum de 100 000 yuans", FR_CN, None, 100000, "CNY", "month", None, {}),
    ("les salaires varient de 700 000 à 1,2 million de yuans/an", FR_CN, 700000, 1200000, "CNY", "year", None, {}),
    ("Le salaire moyen pour ces postes était de 24 007 yuans", FR_CN, 24007, 24007, "CNY", "month", None,
     {"statistic": "mean", "inferred": {"period"}}),
    ("soit plus du double du salaire moyen de 11 000 yuans pour le personnel informatique en Chine", FR_CN,
     11000, 11000, "CNY", "month", None, {"statistic": "mean"}),
    ("avec un salaire moyen de 26 279 yuans", FR_CN, 26279, 26279, "CNY", "month", None, {"statistic": "mean"}),
    ("le salaire moyen des ingénieurs en IA débutants aux États-Unis était de 239 000 dollars", FR_US,
     239000, 239000, "USD", "year", None, {"statistic": "mean"}),
    ("De grandes entreprises comme OpenAI offrent des salaires annuels de plus de 900 000 $.", FR_US,
     900000, None, "USD", "year", None, {}),
    ("le salaire mensuel moyen des nouveaux postes AIGC se stabilisera autour de 60 000", FR_CN,
     60000, 60000, "CNY", "month", None, {"approximate": True, "inferred": {"currency"}}),
    ("le salaire proposé sur le marché pour les postes d'études supérieures liés aux grands modèles est en gros "
     "supérieur à 500 000", FR_CN, 500000, None, "CNY", "year", None, {"approximate": True}),
]  # fmt: skip


def _ids(cases: list[Any]) -> list[str]:
    return [c[0][:40] for c in cases]


@pytest.mark.parametrize(("text", "hints", "low", "high", "currency", "period", "payments", "extra"), CASES, ids=_ids(CASES))
def test_reading(
    text: str,
    hints: dict[str, str],
    low: Any,
    high: Any,
    currency: str | None,
    period: str | None,
    payments: int | None,
    extra: dict[str, Any],
) -> None:
    s = sk.parse(text, **hints)
    got = (s.low, s.high, s.currency, None if s.period is None else s.period.value, s.payments_per_year)
    want = (
        None if low is None else Decimal(str(low)),
        None if high is None else Decimal(str(high)),
        currency,
        period,
        payments,
    )
    assert got == want, repr(s)
    for name, value in extra.items():
        if name == "inferred":
            assert value <= s.inferred, (value, s.inferred)
        else:
            assert getattr(s, name) == value, (name, repr(s))
    assert s.text == text
    assert s.span is not None and 0 <= s.span[0] < s.span[1] <= len(text)


@pytest.mark.parametrize(
    "text",
    ["面议", "薪资面议", "Negotiable", "Competitive", "Salary: Competitive", "회사내규에 따름", "応相談", "à négocier"],
)
def test_negotiable(text: str) -> None:
    s = sk.parse(text)
    assert s.negotiable and s.low is None and s.high is None


@pytest.mark.parametrize(
    ("text", "hints", "reason"),
    [
        ("", {}, "empty"),
        ("   ", {}, "empty"),
        ("薪资", CN, "no amount"),
        ("-1", CN, "not plausible"),
        ("公開していません", {"lang": "ja"}, "no amount"),
        ("un budget de 2,5 milliards de dollars", {}, "non-salary"),
        ("les investissements dans l'intelligence artificielle ont atteint 65 milliards de dollars en 2024", {}, "non-salary"),
        ("完成2亿元B轮融资", CN, "non-salary"),
        ("a augmenté de 111 % entre janvier et juin 2024", {"lang": "fr"}, "percentage"),
        ("En 2023", {}, "no amount"),
        ("5 years of experience", {"lang": "en", "country": "US"}, "count"),
        ("OTE $120k", {}, "other than base"),
        ("$0", {}, "not plausible"),
        ("Not disclosed", {"lang": "en"}, "no amount"),
        ("Umsatz 2023: 12 Mio. €", {"lang": "de"}, "non-salary"),  # the year does not hide the word
    ],
)
def test_no_salary(text: str, hints: dict[str, str], reason: str) -> None:
    with pytest.raises(sk.SalaryParseError) as info:
        sk.parse(text, **hints)
    err = info.value
    assert isinstance(err, ValueError) and isinstance(err, sk.SalarykitError)
    assert err.text == text and reason in err.reason


def test_not_a_text() -> None:
    with pytest.raises(sk.SalaryParseError, match="not a text: float"):
        sk.parse(float("nan"))  # type: ignore[arg-type]


# --------------------------------------------------------------------------- hints
def test_hints_are_reported_and_marked() -> None:
    s = sk.parse("25-30K", lang="zh", country="CN")
    assert (s.lang, s.country, s.currency) == ("zh", "CN", "CNY")
    assert s.inferred == {"currency", "period"}
    assert sk.parse("25-30K", currency="eur").currency == "EUR"
    assert sk.parse("₹8 LPA - ₹12 LPA", lang="en-IN").country == "IN"  # region of the tag
    detected = sk.parse("100 000 yuans/mois")
    assert (detected.lang, detected.country) == ("fr", "CN") and "country" in detected.inferred


def test_a_written_currency_beats_the_currency_argument() -> None:
    assert sk.parse("5 000 € par mois", currency="USD").currency == "EUR"


# --------------------------------------------------------------------------- the result object
def test_result_is_immutable_hashable_and_round_trips() -> None:
    s = sk.parse("15-25K·13薪", country="CN")
    assert sk.Salary.model_validate_json(s.model_dump_json()) == s
    assert hash(s) == hash(sk.Salary.model_validate_json(s.model_dump_json()))
    assert json.loads(s.model_dump_json())["low"] == "15000"
    with pytest.raises(ValidationError):
        s.low = Decimal(1)  # type: ignore[misc]
    assert str(s) == "15,000–25,000 CNY per month × 13 payments"
    assert repr(s).startswith("Salary(low=Decimal('15000')")
    copy = s.model_copy(update={"low": Decimal(16000)})
    assert copy.low == 16000 and s.low == 15000
    assert pickle.loads(pickle.dumps(s)) == s  # worker processes (dask, multiprocessing)
    assert sk.Salary.model_validate(s.model_dump()) == s


# --------------------------------------------------------------------------- scanner
def test_scan_finds_every_money_mention() -> None:
    text = "Salaire : 45 000 € brut annuel, plus une prime de 5 000 €. Budget du projet : 2 millions d'euros."
    found = scan(text, lang="fr")
    assert [c.kind for c in found] == ["salary", "other_pay", "non_salary"]
    assert all(isinstance(c, Candidate) for c in found)
    first = found[0]
    assert text[first.span[0] : first.span[1]] == "45 000 €"
    assert first.salary is not None and first.salary.low == 45000 and first.salary.period == "year"
    assert found[1].cue == "prime" and "not base pay" in (found[1].reason or "")
    assert found[2].salary is not None and found[2].salary.low == 2000000


def test_scan_marks_percentages_and_skips_years() -> None:
    kinds = [c.kind for c in scan("En 2024, les salaires ont augmenté de 5 %", lang="fr")]
    assert kinds == ["percent"]


def test_parse_agrees_with_scan() -> None:
    text = "试用期1800/月转正后底薪2000+业绩提成"
    first = next(c for c in scan(text, lang="zh", country="CN") if c.kind == "salary")
    assert sk.parse(text, lang="zh", country="CN") == first.salary


# --------------------------------------------------------------------------- bad input
@pytest.mark.parametrize(
    "text",
    [
        "-" * 100_000,
        "1-" * 50_000,
        "12," * 30_000,
        "\x00\x01\x02 $5 \x7f",
        "€€€€€€€€",
        "万万万万万",
        "١٢٣ ريال",  # Arabic-Indic digits and a word the lexicons do not know
        "𝟙𝟚𝟛 $",
    ],
    ids=["dashes", "num-dash", "digit-commas", "controls", "euros", "wan", "arabic", "math-digits"],
)
def test_bad_input_gives_a_result_or_a_parse_error(text: str) -> None:
    try:
        s = sk.parse(text)
    except sk.SalaryParseError:
        return
    assert s.low is None or s.high is None or s.low <= s.high


def test_a_table_of_numbers_is_given_up_with_a_reason() -> None:
    with pytest.raises(sk.SalaryParseError, match="no salary among the first"):
        sk.parse("1-" * 500_000)


def test_a_megabyte_of_random_text() -> None:
    rng = random.Random(7)
    text = "".join(rng.choice(string.printable) for _ in range(1_000_000))
    with contextlib.suppress(sk.SalaryParseError):
        sk.parse(text)
    assert len(scan(text[:20_000])) > 0


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789 ,.-~+kK万千$€¥元円/年月 abc")), max_size=40))
def test_any_text_parses_or_raises_a_parse_error(text: str) -> None:
    try:
        s = sk.parse(text)
    except sk.SalaryParseError:
        return
    if s.low is not None and s.high is not None:
        assert s.low <= s.high
    assert s.span is not None and 0 <= s.span[0] <= s.span[1] <= len(text)


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=1, max_value=999), st.integers(min_value=1, max_value=999))
def test_magnitude_written_once_applies_to_both_ends(a: int, b: int) -> None:
    low, high = sorted((a, b))
    s = sk.parse(f"{low}-{high}K", country="US")
    assert (s.low, s.high) == (low * 1000, high * 1000)
