"""Each stage of the parser on its own, with its own table of examples.

normalize text → numbers → tokens → amounts → ranges → bounds → currency → period → qualifiers
→ kind. The end-to-end readings are in ``test_parse_core.py`` and ``test_parse_table_*.py``.
"""

from __future__ import annotations

import itertools
import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from salarykit._lexicon import get_lexicon
from salarykit._numbers import NUMBER_PATTERN, read_number
from salarykit._parse import _windows
from salarykit._parse_stages import (
    classify,
    detect_lang,
    find_amounts,
    find_period,
    find_ranges,
    infer_period,
    plausible,
    read_bounds,
    read_qualifiers,
    resolve_currency,
    territory_of,
)
from salarykit._parse_text import normalize_text

LEX = get_lexicon()


def pieces_of(text: str, lang: str | None = None):  # type: ignore[no-untyped-def]
    norm = normalize_text(text)
    tokens = LEX.tokenize(norm)
    pieces = find_ranges(tokens, norm, find_amounts(tokens, norm, lang))
    read_bounds(tokens, norm, pieces)
    return norm, tokens, pieces


# --------------------------------------------------------------------------- normalize
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("１５－２５Ｋ", "15-25K"),  # full-width forms (Chinese and Japanese boards)
        ("年収600万円～1,200万円", "年収600万円~1,200万円"),  # full-width wave dash
        ("月給20万円〜", "月給20万円~"),  # wave dash U+301C
        ("1\u202f823,03\u00a0€", "1 823,03 €"),  # NNBSP and NBSP (French formatting)
        ("21 840\u2009–\u200930 240", "21 840 - 30 240"),  # thin spaces, en dash
        ("$120K—$150K", "$120K-$150K"),  # em dash
        ("−5", "-5"),  # minus sign
        ("jusqu’à 3 000 €", "jusqu'à 3 000 €"),  # typographic apostrophe
        ("a\tb\rc", "a b c"),  # control characters
        ("line\nbreak", "line\nbreak"),  # line breaks are kept (they separate blocks)
        ("1600,00 Euros ï¿½ 1800,00", "1600,00 Euros \ufffd\x01\x01 1800,00"),  # mojibake
        ("5&nbsp;000&euro;", "5 \x01\x01\x01\x01\x01000€\x01\x01\x01\x01\x01"),  # HTML entities
        ("&amp;", "&\x01\x01\x01\x01"),
        ("", ""),
    ],
)
def test_normalize_text(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


@given(st.text())
def test_normalize_keeps_every_position(text: str) -> None:
    assert len(normalize_text(text)) == len(text)


# --------------------------------------------------------------------------- numbers
@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("12,00,000", "1200000"),  # Indian lakh grouping
        ("2,25,000", "225000"),
        ("1.234,56", "1234.56"),  # European decimal comma
        ("1,234.56", "1234.56"),
        ("30.000", "30000"),  # one dot + three digits: grouping (Spanish, German boards)
        ("52,000", "52000"),
        ("21 840", "21840"),  # space grouping (Polish, French)
        ("120'000", "120000"),  # Swiss apostrophe
        ("43,3", "43.3"),  # decimal comma
        ("42.7", "42.7"),
        ("23026,00", "23026.00"),
        ("40000.0", "40000.0"),
        ("1.200.000", "1200000"),
        ("7", "7"),
    ],
)
def test_read_number(raw: str, value: str) -> None:
    assert read_number(raw) == Decimal(value)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("INR 2,25,000 a month", ["2,25,000"]),
        ("21 840  – 30 240  PLN", ["21 840", "30 240"]),
        ("$42.7K - $54.1K", ["42.7", "54.1"]),
        ("1 823,03 € / mois", ["1 823,03"]),
        ("Annuel de 40000.0 Euros", ["40000.0"]),
        ("月給18万5,000円", ["18", "5,000"]),
    ],
)
def test_number_pattern(text: str, found: list[str]) -> None:
    assert [m.group() for m in re.finditer(NUMBER_PATTERN, text)] == found


@given(st.integers(min_value=0, max_value=10**12))
def test_grouped_numbers_read_back(value: int) -> None:
    for sep in (",", ".", " ", "'"):
        written = f"{value:,}".replace(",", sep)
        assert read_number(written) == value


# the grouped form as first written, with a back-reference: NUMBER_PATTERN spells one
# alternative per separator instead (no group, for the tokenizer's findall) and must match the same
_NUMBER_WITH_BACKREFERENCE = (
    r"\d{1,3}(?:,\d{2}){1,6},\d{3}(?:\.\d{1,6})?(?!\d)"
    r"|\d{1,3}(?P<gs>[ ,.'])\x01{0,8}\d{3}(?:(?P=gs)\x01{0,8}\d{3}){0,5}(?:[.,]\d{1,6})?(?!\d)(?:[.,]-{1,2}(?![\d-]))?"
    r"|\d{1,15}(?:[.,]\d{1,15})?(?:[.,]-{1,2}(?![\d-]))?"
)


@given(st.text(alphabet="0123456789 ,.'-\x01a", max_size=40))
def test_number_pattern_without_groups_matches_as_with_a_backreference(text: str) -> None:
    def spans(pattern: str) -> list[tuple[int, int]]:
        return [m.span() for m in re.finditer(pattern, text)]

    assert spans(NUMBER_PATTERN) == spans(_NUMBER_WITH_BACKREFERENCE)


def test_number_pattern_on_repeated_separators() -> None:
    # bounded repetitions: a failed match never backtracks far (benchmarks/bench_parse.py
    # times the megabyte case); quadratic backtracking would hang here
    for text in ("12," * 20000, "1,000" * 20000, "1.000," * 20000):
        assert all(len(m.group()) < 64 for m in re.finditer(NUMBER_PATTERN, text))


# --------------------------------------------------------------------------- tokens
@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("15-25K·13薪", [("num", "15"), ("word", "-"), ("num", "25"), ("word", "K"), ("count", "13薪")]),
        ("30-35kEUR", [("num", "30"), ("word", "-"), ("num", "35"), ("word", "kEUR")]),
        ("ingénieurs", []),  # "EUR" never matches inside a word
        ("Le personnel", []),
        ("$22.05 an hourFull-time", [("word", "$"), ("num", "22.05"), ("word", "an hour"), ("word", "-")]),
        ("Annuel de 45000.0 Euros sur 12.0 mois",
         [("word", "Annuel"), ("word", "de"), ("num", "45000.0"), ("word", "Euros"), ("count", "sur 12.0 mois")]),
        ("TOP 5 ALL", [("iso", "TOP"), ("num", "5"), ("iso", "ALL")]),  # codes only in capitals
        ("top 5 all", [("num", "5")]),
        ("----------", []),  # runs of signs are skipped
    ],
)  # fmt: skip
def test_tokenize(text: str, tokens: list[tuple[str, str]]) -> None:
    norm = normalize_text(text)
    assert [(t.kind, norm[t.start : t.end]) for t in LEX.tokenize(norm)] == tokens


# --------------------------------------------------------------------------- language
@pytest.mark.parametrize(
    ("text", "hint", "lang"),
    [
        ("Annuel de 40000 Euros à 50000 Euros", None, "fr"),
        ("月給22万円～", None, "ja"),
        ("월급 300만원", None, "ko"),
        ("月薪 2万", None, "zh"),
        ("$50,000 a year", None, "en"),
        ("25-30K", None, None),  # nothing tells
        ("25-30K", "zh", "zh"),  # the hint wins
    ],
)
def test_detect_lang(text: str, hint: str | None, lang: str | None) -> None:
    norm = normalize_text(text)
    assert detect_lang(LEX.tokenize(norm), norm, hint) == lang


# --------------------------------------------------------------------------- amounts
@pytest.mark.parametrize(
    ("text", "lang", "values"),
    [
        ("15-25K", None, ["15", "25000"]),  # the range stage applies K to both ends
        ("1.5万", None, ["15000"]),
        ("月給21万7,500円", None, ["217500"]),  # mixed Japanese notation
        ("1억 2천만원", None, ["120000000"]),  # Korean compound
        ("3,000만원", None, ["30000000"]),
        ("R$ 180 mil", "pt", ["180000"]),  # Portuguese "mil" is a thousand
        ("$2 mil", "en", ["2000000"]),  # English "mil" is a million
        ("₹5.2 LPA", None, ["520000"]),
        ("12-16 Lacs", None, ["12", "1600000"]),
        ("1,2 million", "fr", ["1200000"]),
        ("45 K€", None, ["45000"]),
        ("12%", None, ["12"]),
    ],
)
def test_find_amounts(text: str, lang: str | None, values: list[str]) -> None:
    norm = normalize_text(text)
    amounts = find_amounts(LEX.tokenize(norm), norm, lang)
    assert [a.value for a in amounts] == [Decimal(v) for v in values]


def test_percent_is_marked() -> None:
    norm = normalize_text("une hausse de 12 %")
    (amount,) = find_amounts(LEX.tokenize(norm), norm, "fr")
    assert amount.percent


# --------------------------------------------------------------------------- ranges
@pytest.mark.parametrize(
    ("text", "ranges"),
    [
        ("15-25K", [("15000", "25000")]),
        ("1-1.5万/月", [("10000", "15000")]),
        ("3,000~8,000만원", [("30000000", "80000000")]),
        ("12-16 Lacs", [("1200000", "1600000")]),
        ("700k–1.2M yuans/an", [("700000", "1200000")]),
        ("de 700 000 à 1,2 million de yuans", [("700000", "1200000")]),  # no K spread: 700000 > 1.2
        ("900-1.2k", [("900", "1200")]),
        ("8千-1万/月", [("8000", "10000")]),
        ("INR 20,000 - INR 30,000 a month", [("20000", "30000")]),
        ("R$ 3.000,00 a R$ 5.000,00", [("3000", "5000")]),
        ("Mensuel de 1600,00 Euros ï¿½ 1800,00 Euros", [("1600", "1800")]),
        ("tra i 40.000 e i 50.000 euro", [("40000", "50000")]),
        ("5000 - 2.5", [("5000", None), ("2.5", None)]),  # high below low: not a range
        ("18000 - 24000/annum plus commission OTE 50-60k", [("18000", "24000"), ("50000", "60000")]),
    ],
)
def test_find_ranges(text: str, ranges: list[tuple[str, str | None]]) -> None:
    _, _, pieces = pieces_of(text)
    got = [(p.low.value, None if p.high is None else p.high.value) for p in pieces]
    assert got == [(Decimal(lo), None if hi is None else Decimal(hi)) for lo, hi in ranges]


# --------------------------------------------------------------------------- bounds
@pytest.mark.parametrize(
    ("text", "upper_open", "lower_open", "approximate"),
    [
        ("up to $50k", True, False, False),
        ("jusqu'à 3 000 €", True, False, False),
        ("un salaire mensuel maximum de 100 000 yuans", True, False, False),
        ("3千及以下", True, False, False),
        ("From $55,000 a year", False, True, False),
        ("à partir de 21 000,00€ par an", False, True, False),
        ("des salaires annuels de plus de 900 000 $", False, True, False),
        ("年収240万円～", False, True, False),  # "～" with nothing after
        ("2万以上", False, True, False),
        ("到手12k+", False, True, False),
        ("70.000 € p.a. + Bonus", False, False, False),  # "+" adds a bonus: not "or more"
        ("底薪5000+2.5个人提成", False, False, False),
        ("约6万", False, False, True),
        ("均薪5k左右", False, False, True),
        ("Environ 85k€", False, False, True),
        ("est en gros supérieur à 500 000", False, True, True),
        ("De 38 200€ à 46 500€ brut annuel minimum", False, False, False),  # a range stays closed
    ],
)
def test_read_bounds(text: str, upper_open: bool, lower_open: bool, approximate: bool) -> None:
    _, _, pieces = pieces_of(text)
    piece = pieces[0]
    assert (piece.upper_open, piece.lower_open, piece.approximate) == (upper_open, lower_open, approximate)


# --------------------------------------------------------------------------- currency
@pytest.mark.parametrize(
    ("text", "lang", "country", "currency", "guessed"),
    [
        ("$80K", None, "AU", "AUD", False),  # the market decides an ambiguous symbol
        ("$80K", None, None, "USD", True),  # "$" with no clue: USD, marked as guessed
        ("$80K", "en", None, "USD", True),
        ("¥ 6-8千/月", "zh", None, "CNY", True),  # "¥" in Chinese text
        ("¥20万円", None, None, "JPY", False),  # "円" is unambiguous
        ("5 yuans", "fr", None, "CNY", False),
        ("US$ 5,000", None, None, "USD", False),
        ("R$ 4.500,00", None, None, "BRL", False),
        ("45 000 kr/mån", "sv", "SE", "SEK", False),
        ("月薪 40,000元", "zh", "TW", "TWD", False),  # "元" is the local yuan
        ("40,000元", "zh", None, "CNY", True),
        ("500 PLN", None, None, "PLN", False),
        ("30-35kEUR", None, None, "EUR", False),
        ("15-25K", None, "CN", None, False),  # nothing written: decided later from the market
    ],
)
def test_resolve_currency(text: str, lang: str | None, country: str | None, currency: str | None, guessed: bool) -> None:
    _, _, pieces = pieces_of(text, lang)
    assert resolve_currency(LEX, pieces[0], lang, country) == (currency, guessed)


# --------------------------------------------------------------------------- period
@pytest.mark.parametrize(
    ("text", "index", "period"),
    [
        ("$22.05 an hourFull-time8 hour shift +2", 0, "hour"),
        ("Mensuel de 1680,00 Euros sur 12 mois", 0, "month"),  # before the amount
        ("Horaire de 11,07 Euros à 13,00 Euros sur 12 mois", 0, "hour"),
        ("130-260元/天", 0, "day"),
        ("₹ 5-10 Lacs P.A.", 0, "year"),
        ("8 LPA", 0, "year"),  # the magnitude names the period too
        ("年収600万円～1,200万円", 0, "year"),
        ("연봉 3,000~8,000만원", 0, "year"),
        ("Une rémunération annuelle brute à partir de 43,3K € (versée sur 14 mois)", 0, "year"),
        ("3 490 – 4 000 zł\nbrutto / mies. | 22,80 – 23,80 zł brutto / godz.", 0, "month"),
        ("3 490 – 4 000 zł\nbrutto / mies. | 22,80 – 23,80 zł brutto / godz.", 1, "hour"),
        ("暑假工 日结200 月入7000+", 0, "day"),
        ("暑假工 日结200 月入7000+", 1, "month"),  # "月入" opens the second amount
        ("25-30K", 0, None),
    ],
)
def test_find_period(text: str, index: int, period: str | None) -> None:
    norm, tokens, pieces = pieces_of(text)
    assert find_period(tokens, norm, pieces, index, None) == period


@pytest.mark.parametrize(
    ("amount", "currency", "country", "period"),
    [
        (15000, "CNY", "CN", "month"),  # a Chinese board's "12-18K"
        (90000, "CNY", "CN", "month"),  # "80-100k" on Boss直聘
        (500000, "CNY", "CN", "year"),
        (24007, "CNY", None, "month"),
        (72000, "USD", "US", "year"),  # Glassdoor "$53K-$91K"
        (239000, "USD", None, "year"),
        (20, "USD", "US", "hour"),
        (95000, "AUD", "AU", "year"),
        (2100, "EUR", "FR", "month"),
        (85000, "EUR", "FR", "year"),
        (375000, "INR", "IN", "year"),  # lakh-level amounts: annual CTC
        (26040, "PLN", "PL", "month"),  # nofluffjobs
        (220000, "JPY", "JP", "month"),  # "22万円～"
        (4500, "BRL", "BR", "month"),
        (30000000, "KRW", "KR", "year"),
        (3000000, "KRW", "KR", "month"),
        (400000, "KZT", "KZ", "month"),  # a currency without its own bands: scaled USD bands
        (1, "CNY", "CN", None),  # implausible at every period
        (5000, None, None, None),  # no currency, no inference
        (5000, "XXX", None, None),
    ],
)
def test_infer_period(amount: int, currency: str | None, country: str | None, period: str | None) -> None:
    assert infer_period(Decimal(amount), currency, country) == period


@pytest.mark.parametrize(
    ("amount", "currency", "period", "ok"),
    [(5, "EUR", "year", False), (45000, "EUR", "year", True), (11, "EUR", "hour", True), (5, "ZZZ", "year", True)],
)
def test_plausible(amount: int, currency: str, period: str, ok: bool) -> None:
    assert plausible(Decimal(amount), currency, period) is ok


# --------------------------------------------------------------------------- qualifiers
@pytest.mark.parametrize(
    ("text", "index", "gross", "statistic", "payments", "context"),
    [
        ("15-25K·13薪", 0, None, None, 13, None),
        ("Mensuel de 1900,00 Euros à 2500,00 Euros sur 12 mois", 0, None, None, 12, "salary"),
        ("Annuel de 45000.0 Euros sur 12.0 mois", 0, None, None, 12, "salary"),
        ("43,3K € (versée sur 14 mois)", 0, None, None, 14, None),
        ("Le salaire moyen pour ces postes était de 24 007 yuans", 0, None, "mean", None, "salary"),
        ("le salaire médian est de 2 100 €", 0, None, "median", None, "salary"),
        ("6 309 zł brutto / mies.", 0, True, None, None, "salary"),
        ("Rémunération de 2000€ net selon compétences", 0, False, None, None, "salary"),
        ("税前 20k", 0, True, None, None, None),
        ("到手12k+", 0, False, None, None, None),
        ("un budget de 2,5 milliards de dollars", 0, None, None, None, "nonsalary"),
        ("完成2亿元B轮融资", 0, None, None, None, "nonsalary"),  # named after the amount
        ("18000 - 24000/annum plus commission OTE 50-60k", 1, None, None, None, "other"),
        ("底薪5000+2.5个人提成", 1, None, None, None, "other"),
    ],
)
def test_read_qualifiers(
    text: str, index: int, gross: bool | None, statistic: str | None, payments: int | None, context: str | None
) -> None:
    norm, tokens, pieces = pieces_of(text)
    q = read_qualifiers(tokens, norm, pieces, index, None)
    assert (q.gross, q.statistic, q.payments, q.context) == (gross, statistic, payments, context)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("$50,000", "salary"),
        ("15-25K", "salary"),
        ("60 000", "number"),
        ("12%", "percent"),
        ("un budget de 2,5 milliards de dollars", "non_salary"),
        ("commission 5 000 €", "other_pay"),
        ("le salaire est de 3 000", "salary"),
    ],
)
def test_classify(text: str, kind: str) -> None:
    norm, tokens, pieces = pieces_of(text)
    q = read_qualifiers(tokens, norm, pieces, 0, None)
    period = find_period(tokens, norm, pieces, 0, None)
    assert classify(pieces[0], q, period is not None) == kind


@pytest.mark.parametrize(("currency", "country"), [("CNY", "CN"), ("JPY", "JP"), ("EUR", None), ("XAU", None), (None, None)])
def test_territory_of(currency: str | None, country: str | None) -> None:
    assert territory_of(currency) == country


# --------------------------------------------------------------------------- windows
def test_windows_cover_the_text_at_word_boundaries() -> None:
    text = ("salary " * 5000) + "\n" + ("x" * 100)
    windows = _windows(text)
    assert windows[0][0] == 0 and windows[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(windows))
    assert all(text[stop - 1] in " \n" for _, stop in windows[:-1])
