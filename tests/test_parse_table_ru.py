"""Russian salary phrases: boards (hh.ru, SuperJob, Avito Работа, Habr Карьера), news and
statistics (Rosstat). hh.ru shows "на руки" (net) or "до вычета налогов" (gross); a bare amount on
a Russian board is monthly."""

from __future__ import annotations

import pytest
from examples_helpers import NEG, RU, E, Example, N, P, check, table

KZ = {"lang": "ru", "country": "KZ"}

BOARDS = table(
    E("от 80 000 до 120 000 ₽ на руки", 80000, 120000, "RUB", "month", gross=False, inferred=P, hints=RU),
    E("от 150 000 ₽ до вычета налогов", 150000, None, "RUB", "month", gross=True, inferred=P, hints=RU),
    E("до 200 000 руб.", None, 200000, "RUB", "month", inferred=P, hints=RU),
    E("100 000 – 150 000 ₽ за месяц, на руки", 100000, 150000, "RUB", "month", gross=False, hints=RU),
    E("от 3 000 $ на руки", 3000, None, "USD", "month", gross=False, inferred=P, hints=RU),
    E("250 000 – 350 000 ₽ до вычета налогов", 250000, 350000, "RUB", "month", gross=True, inferred=P, hints=RU),
    E("от 60 000 руб.", 60000, None, "RUB", "month", inferred=P, hints=RU),
    E("500 ₽ в час", 500, 500, "RUB", "hour", hints=RU),
    E("3 500 ₽ за смену", 3500, 3500, "RUB", "day", hints=RU),
    E("от 2 500 до 4 000 ₽ за смену", 2500, 4000, "RUB", "day", hints=RU),
    E("120 тыс. руб.", 120000, 120000, "RUB", "month", inferred=P, hints=RU),
    E("от 90 тыс. до 130 тыс. руб.", 90000, 130000, "RUB", "month", inferred=P, hints=RU),
    E("2 млн руб. в год", 2000000, 2000000, "RUB", "year", hints=RU),
    E("от 180 000 ₽ в месяц", 180000, None, "RUB", "month", hints=RU),
    E("50 000 – 70 000 руб./мес.", 50000, 70000, "RUB", "month", hints=RU),
    E("1 500 € в месяц", 1500, 1500, "EUR", "month", hints=RU),
    E("от 400 000 тенге", 400000, None, "KZT", "month", inferred=P, hints=KZ),
    E("80000-100000 руб", 80000, 100000, "RUB", "month", inferred=P, hints=RU),
    E("от 100 тысяч рублей", 100000, None, "RUB", "month", inferred=P, hints=RU),
    E("около 90 000 рублей в месяц", 90000, 90000, "RUB", "month", approximate=True, hints=RU),
    E("ЗП: 70 000 ₽ + премии", 70000, 70000, "RUB", "month", inferred=P, hints=RU),
    E("Оклад 55 000 руб., испытательный срок 3 месяца", 55000, 55000, "RUB", "month", inferred=P, hints=RU),
    E("150 000 ₽", 150000, 150000, "RUB", "month", inferred=P, hints=RU),
    E("200–250 тыс. ₽", 200000, 250000, "RUB", "month", inferred=P, hints=RU),
    E("от 120 000 до 160 000 ₽ до вычета налогов", 120000, 160000, "RUB", "month", gross=True, inferred=P,
      hints=RU),
    E("от 5 000 до 7 000 USD", 5000, 7000, "USD", "month", inferred=P, hints=RU),
    E("от 1 200 ₽ в час на руки", 1200, None, "RUB", "hour", gross=False, hints=RU),
    E("95 000 – 110 000 ₽ за месяц, до вычета налогов", 95000, 110000, "RUB", "month", gross=True, hints=RU),
    E("от 70 000 RUR", 70000, None, "RUB", "month", inferred=P, hints=RU),
    NEG("По договорённости", RU),
    NEG("Зарплата договорная", RU),
    N("з/п не указана", RU),
    N("Уровень дохода не указан", RU),
    E("от 120 000 до 180 000 руб. до вычета НДФЛ", 120000, 180000, "RUB", "month", gross=True, inferred=P, hints=RU),
    E("Оклад: 45 000 ₽ + KPI", 45000, 45000, "RUB", "month", inferred=P, hints=RU),
    E("от 350 000 ₽ gross", 350000, None, "RUB", "month", gross=True, inferred=P, hints=RU),
    E("150 000 — 200 000 ₽", 150000, 200000, "RUB", "month", inferred=P, hints=RU),
    E("от 1 000 до 1 500 ₽ в час", 1000, 1500, "RUB", "hour", hints=RU),
    E("3000 руб. в день", 3000, 3000, "RUB", "day", hints=RU),
    E("100 тыс. ₽/мес", 100000, 100000, "RUB", "month", hints=RU),
    E("80 т.р.", 80000, 80000, "RUB", "month", inferred=P, hints=RU),
    E("ЗП от 45 т.р. до 60 т.р.", 45000, 60000, "RUB", "month", inferred=P, hints=RU),
    E("1 500 000 ₽", 1500000, 1500000, "RUB", "year", inferred=P, hints=RU),
    E("2 500 BYN", 2500, 2500, "BYN", "month", inferred=P, hints={"lang": "ru", "country": "BY"}),
    E("8 000 000 сум", 8000000, 8000000, "UZS", "month", inferred=P, hints={"lang": "ru", "country": "UZ"}),
    E("средний бизнес, 90 000 ₽", 90000, 90000, "RUB", "month", inferred=P, hints=RU),
    E("от 100 000 ₽\nдо вычета налогов", 100000, None, "RUB", "month", gross=True, inferred=P, hints=RU),
    E("25 000 ₽ в неделю", 25000, 25000, "RUB", "week", hints=RU),
    E("350 ₽/час", 350, 350, "RUB", "hour", hints=RU),
    E("60 000 сом", 60000, 60000, "KGS", "month", inferred=P, hints={"lang": "ru", "country": "KG"}),
    E("40 000 — 60 000 ₽/месяц", 40000, 60000, "RUB", "month", hints=RU),
    E("График 5/2, 60 000 ₽", 60000, 60000, "RUB", "month", inferred=P, hints=RU),
    E("Сменный график 2/2, от 3 000 ₽ за смену", 3000, None, "RUB", "day", hints=RU),
)  # fmt: skip

NEWS = table(
    E("средняя зарплата составила 89 069 рублей", 89069, 89069, "RUB", "month", statistic="mean", inferred=P,
      hints=RU),
    E("медианная зарплата в России — 54 000 рублей", 54000, 54000, "RUB", "month", statistic="median",
      inferred=P, hints=RU),
    E("МРОТ — 22 440 рублей в месяц", 22440, 22440, "RUB", "month", hints=RU),
    E("получают более 300 000 рублей в месяц", 300000, None, "RUB", "month", hints=RU),
    E("годовой доход 12 млн рублей", 12000000, 12000000, "RUB", "year", hints=RU),
    N("бюджет проекта 5 млн рублей", RU),
    N("инвестиции в размере 2 млрд рублей", RU),
    N("выручка компании составила 10 млрд руб.", RU),
    N("опыт работы 3–6 лет", RU),
    N("", RU),
    N("компенсация питания 300 ₽ в день", RU),
    E("Средняя зарплата программиста — 150 тысяч рублей", 150000, 150000, "RUB", "month", statistic="mean",
      inferred=P, hints=RU),
    E("зарплаты варьируются от 80 до 200 тыс. руб.", 80000, 200000, "RUB", "month", inferred=P, hints=RU),
    E("зарплата в размере 80 000 рублей", 80000, 80000, "RUB", "month", inferred=P, hints=RU),
    # a verb of change: "до" is "to" here, not an upper bound
    E("МРОТ вырастет до 22 440 рублей в месяц", 22440, 22440, "RUB", "month", hints=RU),
)  # fmt: skip


@pytest.mark.parametrize("example", BOARDS)
def test_job_boards(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", NEWS)
def test_news_and_statistics(example: Example) -> None:
    check(example)
