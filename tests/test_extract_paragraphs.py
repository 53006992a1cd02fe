"""extract() on paragraphs written for these tests, in several languages.

Each case lists every salary the paragraph states (phrase as written -> low, high, currency,
period), the other money with its label, and the pay changes. The paragraphs mix salaries with
money that is not pay, put several salaries in one paragraph and write ranges across words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import pytest

import salarykit as sk


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    salaries: list[tuple[str, Any, Any, str | None, str | None]]
    other: list[tuple[str, str]] = field(default_factory=list)
    changes: list[tuple[str, Any, Any]] = field(default_factory=list)
    context: dict[str, dict[str, Any]] = field(default_factory=dict)  # phrase -> expected fields


CASES = [
    # ------------------------------------------------------------------ English
    Case(
        "en-london-range-split",
        "Entry-level data scientists in London earn between 45 and 55 thousand pounds a year, "
        "according to Hays. The firm raised $120 million in funding last March and plans to spend "
        "£2 billion on new offices.",
        [("between 45 and 55 thousand pounds a year", 45000, 55000, "GBP", "year")],
        [("$120 million", "funding"), ("£2 billion", "price")],
        context={
            "between 45 and 55 thousand pounds a year": {
                "about": "Entry-level data scientists",
                "place": "London",
                "country": "GB",
                "source": "Hays",
            }
        },
    ),
    Case(
        "en-posting-and-hourly",
        "The posting offers $120k–$150k a year for senior backend engineers in Seattle, plus a "
        "signing bonus. Nurses in Texas make about $38 an hour on average.",
        [
            ("$120k–$150k a year", 120000, 150000, "USD", "year"),
            ("about $38 an hour", 38, 38, "USD", "hour"),
        ],
        context={
            "$120k–$150k a year": {"kind": "offer", "place": "Seattle"},
            "about $38 an hour": {"kind": "mean", "about": "Nurses"},
        },
    ),
    Case(
        "en-median-and-revenue",
        "Median pay for software developers in the US was $132,270 in May 2023, the Bureau of "
        "Labor Statistics said. Apple's revenue reached $383 billion.",
        [("$132,270", 132270, 132270, "USD", "year")],
        [("$383 billion", "revenue")],
        context={
            "$132,270": {"kind": "median", "when": "May 2023", "about": "software developers"}
        },
    ),
    Case(
        "en-news-up-to-and-hourly",
        "Amazon is paying software engineers up to $350,000 a year, while its warehouse staff earn "
        "an average of $19 an hour, the company said. The retailer spent $4 billion on logistics.",
        [
            ("up to $350,000 a year", None, 350000, "USD", "year"),
            ("$19 an hour", 19, 19, "USD", "hour"),
        ],
        [("$4 billion", "price")],
        context={
            "up to $350,000 a year": {"about": "software engineers", "kind": "maximum"},
            "$19 an hour": {"about": "warehouse staff", "kind": "mean"},
        },
    ),
    Case(
        "en-part-of-a-year",
        "In the first half of 2024, AI engineers earned an average of $185,000 a year. In Q2 2024 "
        "the median salary of data analysts was $98,000.",
        [
            ("$185,000 a year", 185000, 185000, "USD", "year"),
            ("$98,000", 98000, 98000, "USD", "year"),
        ],
        context={
            "$185,000 a year": {"when": "first half 2024", "kind": "mean"},
            "$98,000": {"when": "Q2 2024", "kind": "median"},
        },
    ),
    Case(
        "en-raise-not-inflation",
        "Staff will get pay rises of between 3% and 5% this year, while inflation ran at 4%.",
        [],
        changes=[("between 3% and 5%", 3, 5)],
    ),
    Case(
        "en-html-and-line-breaks",
        "<p>Junior <b>developers</b> in Austin are paid\n$85,000 per year.</p>\n<p>The company "
        "has a market valuation of $2.1 billion.</p>",
        [("$85,000 per year", 85000, 85000, "USD", "year")],
        [("$2.1 billion", "valuation")],
    ),
    # ------------------------------------------------------------------- French
    Case(
        "fr-range-and-funding",
        "Les développeurs juniors à Paris gagnent entre 38 000 et 45 000 euros bruts par an, selon "
        "l'Apec. L'entreprise a levé 50 millions d'euros et vise un chiffre d'affaires de 200 "
        "millions d'euros.",
        [("entre 38 000 et 45 000 euros bruts par an", 38000, 45000, "EUR", "year")],
        [("50 millions d'euros", "funding"), ("200 millions d'euros", "revenue")],
        context={
            "entre 38 000 et 45 000 euros bruts par an": {
                "about": "développeurs juniors",
                "place": "Paris",
                "source": "Apec",
            }
        },
    ),
    Case(
        "fr-hourly-and-monthly",
        "Le SMIC horaire brut est de 11,65 € depuis janvier 2024. Un infirmier débutant touche un "
        "salaire mensuel de 2 100 euros net.",
        [
            ("11,65 €", Decimal("11.65"), Decimal("11.65"), "EUR", "hour"),
            ("2 100 euros net", 2100, 2100, "EUR", "month"),
        ],
        context={
            "11,65 €": {"when": "janvier 2024"},
            "2 100 euros net": {"about": "infirmier débutant"},
        },
    ),
    Case(
        "fr-salary-then-its-change",
        "Le salaire moyen des infirmiers atteint 2 300 euros par mois, en hausse de 4 % sur un an, "
        "alors que l'inflation est de 2 %.",
        [("2 300 euros par mois", 2300, 2300, "EUR", "month")],
        changes=[("4 %", 4, 4)],
        context={"2 300 euros par mois": {"about": "infirmiers", "kind": "mean"}},
    ),
    Case(
        "fr-counts-and-percent",
        "Plus de 260 000 personnes ont été licenciées en 2023 ; la demande a augmenté de 111 %. "
        "Le salaire moyen des ingénieurs en IA à Lyon atteint 58 000 euros par an.",
        [("58 000 euros par an", 58000, 58000, "EUR", "year")],
        context={
            "58 000 euros par an": {"kind": "mean", "about": "ingénieurs en IA", "place": "Lyon"}
        },
    ),
    # ------------------------------------------------------------------ Chinese
    Case(
        "zh-mean-range-funding",
        "据智联招聘报告，北京AI算法工程师的平均月薪为2.5万元。字节跳动为大模型岗位开出的年薪在70万到120万元之间。"
        "公司去年融资5亿美元。",
        [
            ("2.5万元", 25000, 25000, "CNY", "month"),
            ("70万到120万元", 700000, 1200000, "CNY", "year"),
        ],
        [("5亿美元", "funding")],
        context={
            "2.5万元": {
                "kind": "mean",
                "about": "北京AI算法工程师",
                "place": "北京",
                "source": "智联招聘",
            }
        },
    ),
    Case(
        "zh-monthly-and-investment",
        "应届硕士毕业生的起薪约为1.5万元/月，比去年上涨了8%。该项目总投资30亿元。",
        [("1.5万元/月", 15000, 15000, "CNY", "month")],
        [("30亿元", "investment")],
        changes=[("8%", 8, 8)],  # the change of the starting pay just before it
        context={"1.5万元/月": {"about": "应届硕士毕业生"}},
    ),
    Case(
        "zh-half-year",
        "2024年上半年，北京AI工程师平均月薪为2.5万元。",
        [("2.5万元", 25000, 25000, "CNY", "month")],
        context={"2.5万元": {"when": "2024年上半年", "kind": "mean", "place": "北京"}},
    ),
    Case(
        "line-breaks-inside-the-figure",
        "Le salaire est de 3 000\neuros par mois.\n\nJunior developers are paid $85,000\nper year.",
        [
            ("3 000\neuros par mois", 3000, 3000, "EUR", "month"),
            ("$85,000\nper year", 85000, 85000, "USD", "year"),
        ],
    ),
    Case(
        "zh-raise",
        "今年员工平均涨薪幅度在5%到8%之间，而整体通胀为2%。",
        [],
        changes=[("5%到8%", 5, 8)],
    ),
    # ------------------------------------------------------------------- German
    Case(
        "de-range-and-funding",
        "Softwareentwickler in München verdienen zwischen 60.000 und 75.000 Euro brutto im Jahr, "
        "laut Stepstone. Das Start-up sammelte 20 Millionen Euro in einer Finanzierungsrunde ein.",
        [("zwischen 60.000 und 75.000 Euro brutto im Jahr", 60000, 75000, "EUR", "year")],
        [("20 Millionen Euro", "funding")],
        context={
            "zwischen 60.000 und 75.000 Euro brutto im Jahr": {
                "about": "Softwareentwickler",
                "place": "München",
                "country": "DE",
                "source": "Stepstone",
            }
        },
    ),
    Case(
        "de-minimum-and-monthly",
        "Der Mindestlohn steigt 2024 auf 12,41 Euro pro Stunde. Pflegekräfte erhalten ein "
        "durchschnittliches Monatsgehalt von 3.800 Euro.",
        [
            ("12,41 Euro pro Stunde", Decimal("12.41"), Decimal("12.41"), "EUR", "hour"),
            ("3.800 Euro", 3800, 3800, "EUR", "month"),
        ],
        context={
            "12,41 Euro pro Stunde": {"kind": "minimum"},
            "3.800 Euro": {"kind": "mean", "about": "Pflegekräfte"},
        },
    ),
    # ------------------------------------------------------------------ Spanish
    Case(
        "es-range-and-investment",
        "Los ingenieros de datos en Madrid cobran entre 45.000 y 55.000 euros brutos al año, según "
        "InfoJobs. La empresa recibió una inversión de 30 millones de euros.",
        [("entre 45.000 y 55.000 euros brutos al año", 45000, 55000, "EUR", "year")],
        [("30 millones de euros", "investment")],
        context={
            "entre 45.000 y 55.000 euros brutos al año": {
                "about": "ingenieros de datos",
                "place": "Madrid",
                "source": "InfoJobs",
            }
        },
    ),
    Case(
        "es-minimum-and-fine",
        "El salario mínimo en España es de 1.134 euros al mes en 14 pagas. Una multa de 2 millones "
        "de euros fue impuesta a la compañía.",
        [("1.134 euros al mes", 1134, 1134, "EUR", "month")],
        [("2 millones de euros", "fine")],
        context={"1.134 euros al mes": {"kind": "minimum", "place": "España"}},
    ),
    # ----------------------------------------------------------------- Japanese
    Case(
        "ja-mean-range-funding",
        "東京のITエンジニアの平均年収は600万円です。求人では年収600万円～1,200万円が提示されています。"
        "同社は100億円の資金調達を行った。",
        [
            ("600万円です", 6000000, 6000000, "JPY", "year"),
            ("600万円～1,200万円", 6000000, 12000000, "JPY", "year"),
        ],
        [("100億円", "funding")],
        context={"600万円です": {"kind": "mean", "place": "東京"}},
    ),
    Case(
        "ja-survey-compound-number",
        "厚生労働省の調査によると、2023年の大卒初任給は平均23万7,300円だった。",
        [("23万7,300円", 237300, 237300, "JPY", "month")],
        context={
            "23万7,300円": {
                "kind": "mean",
                "about": "大卒",
                "source": "厚生労働省",
                "when": "2023年",
            }
        },
    ),
    Case(
        "ja-monthly",
        "新卒の初任給は月給25万円程度で、前年より5%上昇した。",
        [("25万円程度", 250000, 250000, "JPY", "month")],
        changes=[("5%", 5, 5)],  # the change of that starting pay (a raise word right after)
    ),
    # --------------------------------------------------------------- Portuguese
    Case(
        "pt-range-and-funding",
        "Os engenheiros de software em São Paulo ganham entre R$ 12.000 e R$ 18.000 por mês, segundo "
        "a Catho. A empresa captou 50 milhões de reais numa rodada de investimento.",
        [("entre R$ 12.000 e R$ 18.000 por mês", 12000, 18000, "BRL", "month")],
        [("50 milhões de reais", "funding")],
        context={
            "entre R$ 12.000 e R$ 18.000 por mês": {
                "about": "engenheiros de software",
                "place": "São Paulo",
                "country": "BR",
                "source": "Catho",
                "lang": "pt",
            }
        },
    ),
    Case(
        "pt-minimum",
        "O salário mínimo em Portugal é de 820 euros por mês em 2024.",
        [("820 euros por mês", 820, 820, "EUR", "month")],
        context={"820 euros por mês": {"kind": "minimum", "place": "Portugal", "when": "2024"}},
    ),
    # ------------------------------------------------------------------ Italian
    Case(
        "it-range-and-revenue",
        "Gli sviluppatori a Milano guadagnano tra 35.000 e 45.000 euro lordi all'anno, secondo un "
        "rapporto di Randstad. L'azienda ha registrato un fatturato di 2 miliardi di euro.",
        [("tra 35.000 e 45.000 euro lordi all'anno", 35000, 45000, "EUR", "year")],
        [("2 miliardi di euro", "revenue")],
        context={
            "tra 35.000 e 45.000 euro lordi all'anno": {
                "about": "sviluppatori",
                "place": "Milano",
                "source": "Randstad",
                "lang": "it",
            }
        },
    ),
    Case(
        "it-monthly-mean",
        "Lo stipendio medio degli infermieri in Italia è di 1.600 euro netti al mese.",
        [("1.600 euro netti al mese", 1600, 1600, "EUR", "month")],
        context={
            "1.600 euro netti al mese": {"kind": "mean", "about": "infermieri", "place": "Italia"}
        },
    ),
    # ------------------------------------------------------------------ Russian
    Case(
        "ru-mean-and-funding",
        "Средняя зарплата разработчиков в Москве составляет 180 тыс. рублей в месяц, по данным "
        "hh.ru. Стартап привлек финансирование на 500 млн рублей.",
        [("180 тыс. рублей в месяц", 180000, 180000, "RUB", "month")],
        [("500 млн рублей", "funding")],
        context={"180 тыс. рублей в месяц": {"kind": "mean", "source": "hh.ru", "lang": "ru"}},
    ),
    # ------------------------------------------------------------------- Korean
    Case(
        "ko-mean-and-revenue",
        "신입 개발자의 평균 연봉은 4000만원이다. 회사의 매출은 1조원을 넘었다.",
        [("4000만원", 40000000, 40000000, "KRW", "year")],
        [("1조원", "revenue")],
        context={"4000만원": {"kind": "mean", "about": "개발자", "lang": "ko"}},
    ),
    # ------------------------------------------------------------------ Swedish
    Case(
        "sv-mean",
        "Utvecklare i Stockholm tjänar i snitt 52 000 kr i månaden enligt SCB.",
        [("52 000 kr i månaden", 52000, 52000, "SEK", "month")],
        context={
            "52 000 kr i månaden": {
                "kind": "mean",
                "about": "Utvecklare",
                "place": "Stockholm",
                "source": "SCB",
            }
        },
    ),
    Case(
        "payments-after-the-figure",
        "岗位月薪15-25K·13薪，五险一金。Mensuel de 1800,00 Euros à 2000,00 Euros sur 12 mois.",
        [
            ("15-25K", 15000, 25000, "CNY", "month"),
            ("de 1800,00 Euros à 2000,00 Euros", 1800, 2000, "EUR", "month"),
        ],
    ),
    # --------------------------------------------------------- mixed languages
    Case(
        "mixed-document",
        "Berlin: Data Engineers verdienen im Schnitt 68.000 Euro im Jahr.\n\n"
        "上海的数据工程师月薪在2万到3万元之间。\n\n"
        "In New York, data engineers make $150,000 a year; the city's budget is $107 billion.",
        [
            ("68.000 Euro im Jahr", 68000, 68000, "EUR", "year"),
            ("2万到3万元", 20000, 30000, "CNY", "month"),
            ("$150,000 a year", 150000, 150000, "USD", "year"),
        ],
        [("$107 billion", "budget")],
        context={
            "68.000 Euro im Jahr": {"lang": "de", "kind": "mean"},
            "2万到3万元": {"lang": "zh", "place": "上海"},
            "$150,000 a year": {"lang": "en", "place": "New York"},
        },
    ),
]


def _find(text: str, phrase: str, mentions: list[Any]) -> Any:
    start = text.index(phrase)
    where = (start, start + len(phrase))
    hits = [m for m in mentions if m.span[0] < where[1] and where[0] < m.span[1]]
    assert len(hits) == 1, f"{phrase!r}: {hits}"
    return hits[0]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_salaries(case: Case) -> None:
    mentions = sk.extract(case.text)
    assert all(isinstance(m, sk.SalaryMention) for m in mentions)
    assert len(mentions) == len(case.salaries), [m.text for m in mentions]
    for phrase, low, high, currency, period in case.salaries:
        m = _find(case.text, phrase, mentions)
        s = m.salary
        assert (s.low, s.high) == (
            None if low is None else Decimal(low),
            None if high is None else Decimal(high),
        )
        assert s.currency == currency
        assert (s.period.value if s.period else None) == period
        assert case.text[m.span[0] : m.span[1]] == m.text
        for name, value in case.context.get(phrase, {}).items():
            assert getattr(m, name) == value, name


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_other_money_and_changes(case: Case) -> None:
    everything = sk.extract(case.text, include_other_money=True)
    assert [m.span for m in everything] == sorted(m.span for m in everything)
    money = [m for m in everything if isinstance(m, sk.MoneyMention)]
    changes = [m for m in everything if isinstance(m, sk.SalaryChange)]
    assert sorted(m.label for m in money) == sorted(label for _, label in case.other)
    for phrase, label in case.other:
        assert _find(case.text, phrase, money).label == label
    assert len(changes) == len(case.changes)
    for phrase, low, high in case.changes:
        change = _find(case.text, phrase, changes)
        assert (change.low, change.high) == (Decimal(low), Decimal(high))


@pytest.mark.parametrize(
    ("text", "lang", "country", "currency", "expected"),
    [
        # hints: language, market and currency of figures written without one
        (
            "Le salaire moyen est de 3 200 par mois.",
            None,
            "FR",
            None,
            ("EUR", "month", {"currency"}),
        ),
        (
            "Le salaire moyen est de 3 200 par mois.",
            None,
            None,
            "CHF",
            ("CHF", "month", {"currency"}),
        ),
        # no market named: the parser's guess from the language, marked inferred
        (
            "Le salaire moyen est de 3 200 par mois.",
            None,
            None,
            None,
            ("EUR", "month", {"currency"}),
        ),
        # "$" is written; the market says which dollar (the parser does not call that inferred)
        ("Salaries average $5,000 a month here.", "en", "CA", None, ("CAD", "month", set())),
        ("年薪30万", None, None, None, ("CNY", "year", {"currency", "period"})),
        ("年薪30万", "zh", "CN", None, ("CNY", "year", {"currency", "period"})),
    ],
)
def test_hints(
    text: str,
    lang: str | None,
    country: str | None,
    currency: str | None,
    expected: tuple[Any, ...],
) -> None:
    (m,) = sk.extract(text, lang=lang, country=country, currency=currency)
    assert (
        m.salary.currency,
        m.salary.period.value if m.salary.period else None,
        set(m.salary.inferred) - {"statistic"},
    ) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "No numbers here at all.",
        "The meeting is on 2024-05-03 at 10:30 in room 101.",
        "Plus de 260 000 personnes ont été licenciées.",
        "La demande a augmenté de 111 % entre janvier et juin 2024.",
        "Google a dépensé 2,5 milliards de dollars pour acquérir Character.AI.",
        "https://example.com/jobs/123456?salary=50000",
        "V3 and R1 were released; version 2.5 follows.",
    ],
)
def test_no_salary(text: str) -> None:
    assert sk.extract(text) == []


@pytest.mark.parametrize("value", [None, float("nan"), 42, b"30 000 \xe2\x82\xac"])
def test_not_a_text(value: object) -> None:
    with pytest.raises(sk.SalaryParseError, match="not a text"):
        sk.extract(value)  # type: ignore[arg-type]
