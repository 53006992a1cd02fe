"""Polish salary phrases: boards (pracuj.pl, nofluffjobs, justjoin.it, rocketjobs, OLX Praca),
news and surveys (GUS, Sedlak & Sedlak). Offers often list one block per contract type; the
first block is the base salary."""

from __future__ import annotations

import pytest
from examples_helpers import NEG, PL, E, Example, N, P, check, table

BOARDS = table(
    E("20 000 – 25 000 PLN", 20000, 25000, "PLN", "month", inferred=P, hints=PL),
    E("15 000 - 20 000 PLN + VAT (B2B) / mies.", 15000, 20000, "PLN", "month", gross=False, hints=PL),
    E("12 000 – 16 000 zł brutto / mies.", 12000, 16000, "PLN", "month", gross=True, hints=PL),
    E("8000 - 10000 zł netto (+ VAT) / mies.", 8000, 10000, "PLN", "month", gross=False, hints=PL),
    E("120 - 150 zł netto (+ VAT) / godz.", 120, 150, "PLN", "hour", gross=False, hints=PL),
    E("od 7 000 zł brutto / mies.", 7000, None, "PLN", "month", gross=True, hints=PL),
    E("do 18 000 zł / mies.", None, 18000, "PLN", "month", hints=PL),
    E("6500 zł brutto", 6500, 6500, "PLN", "month", gross=True, inferred=P, hints=PL),
    E("25 - 35 zł/h brutto", 25, 35, "PLN", "hour", gross=True, hints=PL),
    E("5 500–7 000 zł brutto miesięcznie", 5500, 7000, "PLN", "month", gross=True, hints=PL),
    E("14 000 - 19 000 zł / mies. (zal. od umowy)", 14000, 19000, "PLN", "month", hints=PL),
    E("900 - 1100 zł netto (+ VAT) / dzień", 900, 1100, "PLN", "day", gross=False, hints=PL),
    E("18k-24k PLN", 18000, 24000, "PLN", "month", inferred=P, hints=PL),
    E("150 000 zł rocznie", 150000, 150000, "PLN", "year", hints=PL),
    E("ok. 6000 zł na rękę", 6000, 6000, "PLN", "month", approximate=True, gross=False, inferred=P, hints=PL),
    E("minimum 30 zł/godz.", 30, None, "PLN", "hour", hints=PL),
    E("13 000 – 17 000 zł brutto / mies.Umowa o pracę19 000 – 24 000 zł netto (+ VAT) / mies.Kontrakt B2B",
      13000, 17000, "PLN", "month", gross=True, hints=PL),
    E("4 666 zł brutto", 4666, 4666, "PLN", "month", gross=True, inferred=P, hints=PL),
    E("3 000 EUR - 4 000 EUR / mies.", 3000, 4000, "EUR", "month", hints=PL),
    E("10 000 – 14 000 PLN netto + VAT / mies.", 10000, 14000, "PLN", "month", gross=False, hints=PL),
    E("160-190 PLN/h netto (B2B)", 160, 190, "PLN", "hour", gross=False, hints=PL),
    E("7 500 zł", 7500, 7500, "PLN", "month", inferred=P, hints=PL),
    E("Stawka: 45 zł/h", 45, 45, "PLN", "hour", hints=PL),
    E("od 9 000 do 12 000 zł brutto miesięcznie", 9000, 12000, "PLN", "month", gross=True, hints=PL),
    E("20 000 - 28 000 PLN/mies. netto", 20000, 28000, "PLN", "month", gross=False, hints=PL),
    E("85 000 - 110 000 zł brutto rocznie", 85000, 110000, "PLN", "year", gross=True, hints=PL),
    E("1 200 zł / tydz.", 1200, 1200, "PLN", "week", hints=PL),
    E("5 200,50 zł brutto", "5200.50", "5200.50", "PLN", "month", gross=True, inferred=P, hints=PL),
    NEG("Wynagrodzenie do negocjacji", PL),
    NEG("Do uzgodnienia", PL),
    N("Sprawdź wynagrodzenie", PL),
    E("10 000 - 14 000 PLN brutto (UoP)", 10000, 14000, "PLN", "month", gross=True, inferred=P, hints=PL),
    E("do 25 000 zł netto + VAT (B2B)", None, 25000, "PLN", "month", gross=False, inferred=P, hints=PL),
    E("28-32 zł brutto/h", 28, 32, "PLN", "hour", gross=True, hints=PL),
    E("Wynagrodzenie: od 6 000 zł brutto", 6000, None, "PLN", "month", gross=True, inferred=P, hints=PL),
    E("8 000 – 11 000 zł brutto / mies. Umowa o pracę", 8000, 11000, "PLN", "month", gross=True, hints=PL),
    E("150 000 - 200 000 PLN/rok", 150000, 200000, "PLN", "year", hints=PL),
    E("140 000 zł", 140000, 140000, "PLN", "year", inferred=P, hints=PL),
    # "średni" also means medium / intermediate: no statistic here
    E("Firma średniej wielkości, 8 000 zł brutto", 8000, 8000, "PLN", "month", gross=True, inferred=P, hints=PL),
    E("Angielski średnio zaawansowany, 8 000 zł brutto / mies.", 8000, 8000, "PLN", "month", gross=True, hints=PL),
    E("pensja w wysokości 7 000 zł brutto", 7000, 7000, "PLN", "month", gross=True, inferred=P, hints=PL),
    E("18 000 – 22 000 zł brutto / mies. | 22 000 – 27 000 zł netto + VAT / mies.", 18000, 22000, "PLN", "month",
      gross=True, hints=PL),
    E("Dniówka 300 zł", 300, 300, "PLN", "day", hints=PL),
    E("3 500 zł tygodniowo", 3500, 3500, "PLN", "week", hints=PL),
    E("od 28 zł do 35 zł brutto za godzinę", 28, 35, "PLN", "hour", gross=True, hints=PL),
    # justjoin.it writes its labels in English on a Polish board
    E("15 000 - 20 000 PLN/month Net per month - B2B", 15000, 20000, "PLN", "month", gross=False, hints=PL),
    E("12 000 - 16 000 PLN/month Gross per month - Permanent", 12000, 16000, "PLN", "month", gross=True, hints=PL),
    E("35,00–45,00 zł brutto / godz.", 35, 45, "PLN", "hour", gross=True, hints=PL),
    E("Pełny etat 9 000 zł brutto", 9000, 9000, "PLN", "month", gross=True, inferred=P, hints=PL),
    E("Wymiar: 1/2 etatu, 3 500 zł brutto", 3500, 3500, "PLN", "month", gross=True, inferred=P, hints=PL),
)  # fmt: skip

NEWS = table(
    E("przeciętne wynagrodzenie wyniosło 8 181,72 zł brutto", "8181.72", "8181.72", "PLN", "month", gross=True,
      statistic="mean", inferred=P, hints=PL),
    E("mediana wynagrodzeń wynosi 6 800 zł brutto", 6800, 6800, "PLN", "month", gross=True, statistic="median",
      inferred=P, hints=PL),
    E("płaca minimalna wzrośnie do 4 666 zł brutto miesięcznie", 4666, 4666, "PLN", "month", gross=True,
      hints=PL),
    E("zarabia ponad 20 tys. zł miesięcznie", 20000, None, "PLN", "month", hints=PL),
    E("od 10 do 15 tys. zł", 10000, 15000, "PLN", "month", inferred=P, hints=PL),
    E("około 12 tys. zł brutto", 12000, 12000, "PLN", "month", approximate=True, gross=True, inferred=P,
      hints=PL),
    E("1,5 mln zł rocznie", 1500000, 1500000, "PLN", "year", hints=PL),
    N("budżet projektu 2 mln zł", PL),
    N("inwestycja o wartości 50 mln zł", PL),
    N("przychody 120 mln zł", PL),
    N("3 lata doświadczenia", PL),
    N("", PL),
    E("mediana wynagrodzeń w sektorze IT to 17 000 zł brutto", 17000, 17000, "PLN", "month", gross=True,
      statistic="median", inferred=P, hints=PL),
    E("programiści zarabiają średnio 18 tys. zł brutto miesięcznie", 18000, 18000, "PLN", "month", gross=True,
      statistic="mean", hints=PL),
)  # fmt: skip


@pytest.mark.parametrize("example", BOARDS)
def test_job_boards(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", NEWS)
def test_news_and_surveys(example: Example) -> None:
    check(example)
