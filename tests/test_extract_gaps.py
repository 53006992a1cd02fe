"""Known gaps of extract(), each fixed generally and kept here as a table, one row a case.

* thousands written as a word in prose ("45 milliers d'euros", "40 miles de euros", "55 Tausend
  Euro", "90 thousand dollars", "8千元") read as a magnitude, by extraction and by the parser;
* "pesos" in a text that names no market: read as the peso of the one market where the figure
  is plausible pay, the currency (and the country) marked inferred; refused as a salary when
  it is plausible in several markets or in none;
* turnover and sales, nouns and verbs, in every supported language, are money that is not pay
  ("The company turned over £4 million" is revenue, never a salary nor a lower bound).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import salarykit as sk

# text, the salary's phrase, low, high, currency, period
THOUSANDS = [
    ("Les ingénieurs gagnent un salaire de 45 milliers d'euros par an.",
     "45 milliers d'euros par an", 45000, 45000, "EUR", "year"),
    ("Le salaire annuel moyen des cadres atteint 52 milliers d’euros.",
     "52 milliers d’euros", 52000, 52000, "EUR", "year"),
    ("La rémunération varie entre 40 et 48 milliers d'euros bruts par an.",
     "entre 40 et 48 milliers d'euros bruts par an", 40000, 48000, "EUR", "year"),
    ("Los ingenieros ganan un salario de 40 miles de euros al año.",
     "40 miles de euros al año", 40000, 40000, "EUR", "year"),
    ("Das Gehalt beträgt 55 Tausend Euro im Jahr.", "55 Tausend Euro im Jahr",
     55000, 55000, "EUR", "year"),
    ("Das Jahresgehalt liegt bei 60 Tsd. Euro brutto.", "60 Tsd. Euro brutto",
     60000, 60000, "EUR", "year"),
    ("Engineers earn a salary of 90 thousand dollars a year.",
     "90 thousand dollars a year", 90000, 90000, "USD", "year"),
    ("工程师月薪8千元，另有年终奖。", "8千元", 8000, 8000, "CNY", "month"),
    ("Gli sviluppatori guadagnano uno stipendio di 35 mila euro all'anno.",
     "35 mila euro all'anno", 35000, 35000, "EUR", "year"),
    ("Зарплата инженера составляет 150 тысяч рублей в месяц.",
     "150 тысяч рублей в месяц", 150000, 150000, "RUB", "month"),
]  # fmt: skip

PESOS = [
    ("Salario: 25.000 pesos mensuales", "25.000 pesos mensuales", 25000, "MXN", "month"),
    ("El salario de un desarrollador junior es de 25.000 pesos mensuales.",
     "25.000 pesos mensuales", 25000, "MXN", "month"),
    ("Un cajero gana 9.500 pesos al mes.", "9.500 pesos al mes", 9500, "MXN", "month"),
]  # fmt: skip

# pesos that are pay in several markets, or in none: not a salary, said so by the currency
# being marked inferred on the money returned
PESOS_REFUSED = [
    "El salario es de 1.500.000 pesos mensuales.",  # Argentina and Colombia alike
]

# text, the revenue's phrase, the salaries that must still be found
TURNOVER = [
    ("The company turned over £4 million last year.", "£4 million", []),
    ("The company turned over £4 million last year, and engineers earn £40,000 a year.",
     "£4 million", ["£40,000 a year"]),
    ("Acme grossed $12 million in 2024 while its developers are paid $95,000 a year.",
     "$12 million", ["$95,000 a year"]),
    ("L'entreprise a facturé 8 millions d'euros ; ses ingénieurs gagnent 50 000 euros par an.",
     "8 millions d'euros", ["50 000 euros par an"]),
    ("La startup a réalisé un chiffre d'affaires de 3 millions d'euros.", "3 millions d'euros",
     []),
    ("Die Firma hat 2023 rund 40 Millionen Euro umgesetzt.", "rund 40 Millionen Euro", []),
    ("Der Jahresumsatz lag bei 12 Mio. Euro, das Gehalt bei 70.000 Euro im Jahr.",
     "12 Mio. Euro", ["70.000 Euro im Jahr"]),
    ("La empresa facturó 15 millones de euros el año pasado.", "15 millones de euros", []),
    ("L'azienda ha fatturato 20 milioni di euro nel 2024.", "20 milioni di euro", []),
    ("A empresa faturou 30 milhões de reais no ano passado.", "30 milhões de reais", []),
    ("Выручка компании составила 500 млн рублей.", "500 млн рублей", []),
    ("公司去年营收达到5亿元，工程师月薪2万元。", "5亿元", ["2万元"]),
    ("同社の年商は30億円に達した。", "30億円", []),
    ("이 회사는 작년에 매출 500억원을 기록했다.", "500억원", []),
    ("Bolaget omsatte 200 miljoner kronor i fjol.", "200 miljoner kronor", []),
    ("Firma osiągnęła przychody w wysokości 50 mln zł.", "50 mln zł", []),
    ("Het bedrijf had een omzet van 25 miljoen euro.", "25 miljoen euro", []),
]  # fmt: skip


def _at(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


@pytest.mark.parametrize(("text", "phrase", "low", "high", "currency", "period"), THOUSANDS)
def test_thousands_written_as_a_word(
    text: str, phrase: str, low: int, high: int, currency: str, period: str
) -> None:
    [m] = sk.extract(text)
    assert m.span == _at(text, phrase)
    assert (m.salary.low, m.salary.high) == (Decimal(low), Decimal(high))
    assert m.salary.currency == currency
    assert m.salary.period is not None and m.salary.period.value == period
    assert (sk.parse(m.text, lang=m.lang).low, sk.parse(m.text, lang=m.lang).high) == (
        Decimal(low),
        Decimal(high),
    )


@pytest.mark.parametrize(("text", "phrase", "amount", "currency", "period"), PESOS)
def test_pesos_in_no_market_read_as_the_one_plausible_peso(
    text: str, phrase: str, amount: int, currency: str, period: str
) -> None:
    [m] = sk.extract(text)
    assert m.span == _at(text, phrase)
    assert m.salary.low == m.salary.high == Decimal(amount)
    assert m.salary.currency == currency and "currency" in m.salary.inferred
    assert m.salary.period is not None and m.salary.period.value == period
    assert m.country == "MX" and "country" in m.inferred


@pytest.mark.parametrize("text", PESOS_REFUSED)
def test_pesos_plausible_in_several_markets_or_none_are_refused(text: str) -> None:
    assert sk.extract(text) == []
    [money] = sk.extract(text, include_other_money=True)
    assert isinstance(money, sk.MoneyMention) and "currency" in money.inferred


def test_pesos_in_a_named_market_read_as_written() -> None:
    # the place names the market, the text the period: read as written, even below today's
    # Argentine wages (the figure may be old); the plausibility test is for guessing markets
    [m] = sk.extract("El salario es de 25.000 pesos mensuales en Buenos Aires.")
    assert (m.salary.low, m.salary.currency, m.country) == (Decimal(25000), "ARS", "AR")
    assert m.salary.period is not None and m.salary.period.value == "month"
    assert "currency" not in m.salary.inferred


def test_pesos_with_a_country_hint_are_that_country_s() -> None:
    [m] = sk.extract("El salario es de 25.000 pesos mensuales.", country="MX")
    assert m.salary.currency == "MXN"


@pytest.mark.parametrize(("text", "phrase", "salaries"), TURNOVER)
def test_turnover_and_sales_are_not_pay(text: str, phrase: str, salaries: list[str]) -> None:
    assert [m.text for m in sk.extract(text)] == salaries
    everything = sk.extract(text, include_other_money=True)
    money = [m for m in everything if isinstance(m, sk.MoneyMention)]
    assert [(m.span, m.label) for m in money] == [(_at(text, phrase), "revenue")]
    assert money[0].low is not None and money[0].high is not None  # no bound ("turned over")


@pytest.mark.parametrize(
    "text",
    [
        "Wages reached £60 billion last year.",
        "The NHS pay total reached £600 million.",
        "Les salaires versés ont atteint 3 milliards d'euros.",
    ],
)
def test_a_total_beyond_any_pay_is_not_a_salary(text: str) -> None:
    """A pay word next to a sum larger than any pay of its currency, with no period: a
    total (a pay bill), not a salary."""
    assert sk.extract(text) == []


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # Dutch "en" joins a range only after a Dutch opener ("tussen"), not after Spanish "de"
        ("El salario mínimo en España es de 1.134 euros al mes en 14 pagas.", "1.134 euros al mes"),
        # a plain number after a salary is not a second salary ("em 2024", "en 2024")
        ("O salário mínimo em Portugal é de 820 euros por mês em 2024.", "820 euros por mês"),
    ],
)
def test_words_of_one_language_do_not_join_figures_in_another(text: str, phrase: str) -> None:
    assert [m.text for m in sk.extract(text)] == [phrase]


# a figure named by a price word right after it (a deposit, a loan) is not the salary before it
DEPOSITS = [
    ("The rent is 1,500 euros a month, and the salary 3,000 euros a month, plus a flat €1,500 deposit.",
     "3,000 euros a month", "€1,500"),
    ("Le salaire est de 2 500 € par mois, avec une caution de 1 500 €.", "2 500 € par mois", "1 500 €"),
    ("Der Lohn beträgt 3.000 Euro im Monat, die Kaution 1.500 Euro.", "3.000 Euro im Monat", "1.500 Euro"),
    ("El sueldo es de 1.800 euros al mes y la fianza de 900 euros.", "1.800 euros al mes", "900 euros"),
    ("She earns $60,000 a year and pays off a $30,000 student loan.", "$60,000 a year", "$30,000"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "salary", "price"), DEPOSITS)
def test_deposits_and_loans_are_prices_not_pay(text: str, salary: str, price: str) -> None:
    found = sk.extract(text, include_other_money=True)
    assert [m.text for m in found if isinstance(m, sk.SalaryMention)] == [salary]
    assert [(m.text, m.label) for m in found if isinstance(m, sk.MoneyMention) and m.text == price] == [
        (price, "price")
    ]
