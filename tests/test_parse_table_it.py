"""Italian salary phrases: boards (Indeed IT, InfoJobs IT, Monster IT, LinkedIn, jobs.ch Ticino),
news and surveys (ISTAT, JobPricing, Osservatorio INPS). "RAL" is the yearly gross salary."""

from __future__ import annotations

import pytest
from examples_helpers import IT, NEG, PC, C, E, Example, N, P, check, table

CH = {"lang": "it", "country": "CH"}

BOARDS = table(
    E("RAL 30.000 - 35.000 €", 30000, 35000, "EUR", "year", gross=True, hints=IT),
    E("RAL: 28.000€", 28000, 28000, "EUR", "year", gross=True, hints=IT),
    E("1.500 € netti al mese", 1500, 1500, "EUR", "month", gross=False, hints=IT),
    E("1.800 € lordi mensili", 1800, 1800, "EUR", "month", gross=True, hints=IT),
    E("35.000 - 45.000 € annui", 35000, 45000, "EUR", "year", hints=IT),
    E("30-35k", 30000, 35000, "EUR", "year", inferred=PC, hints=IT),
    E("10 €/ora", 10, 10, "EUR", "hour", hints=IT),
    E("fino a 50.000 € lordi annui", None, 50000, "EUR", "year", gross=True, hints=IT),
    E("a partire da 1.400 € netti mensili", 1400, None, "EUR", "month", gross=False, hints=IT),
    E("1.300 € al mese per 14 mensilità", 1300, 1300, "EUR", "month", payments=14, hints=IT),
    E("RAL 32.000 € su 14 mensilità", 32000, 32000, "EUR", "year", gross=True, payments=14, hints=IT),
    E("tra i 40.000 e i 50.000 euro lordi annui", 40000, 50000, "EUR", "year", gross=True, hints=IT),
    E("circa 2.000 € al mese", 2000, 2000, "EUR", "month", approximate=True, hints=IT),
    E("80 € al giorno", 80, 80, "EUR", "day", hints=IT),
    E("Stipendio: 1.200 - 1.500 €", 1200, 1500, "EUR", "month", inferred=P, hints=IT),
    E("35.000 €", 35000, 35000, "EUR", "year", inferred=P, hints=IT),
    E("Compenso orario 12,50 €", "12.5", "12.5", "EUR", "hour", hints=IT),
    E("RAL 40k - 50k + bonus", 40000, 50000, "EUR", "year", gross=True, inferred=C, hints=IT),
    E("€ 2.000,00 lordi/mese", 2000, 2000, "EUR", "month", gross=True, hints=IT),
    E("oltre 60.000 € annui", 60000, None, "EUR", "year", hints=IT),
    E("Da 25.000 a 30.000 € RAL", 25000, 30000, "EUR", "year", gross=True, hints=IT),
    E("€ 1.600 - 1.900 netti mensili", 1600, 1900, "EUR", "month", gross=False, hints=IT),
    E("9,50 euro lordi all'ora", "9.5", "9.5", "EUR", "hour", gross=True, hints=IT),
    E("13 mensilità, RAL 29.000 €", 29000, 29000, "EUR", "year", gross=True, payments=13, hints=IT),
    E("RAL fino a 65k", None, 65000, "EUR", "year", gross=True, inferred=C, hints=IT),
    E("Tempo pieno · 1.400 € al mese", 1400, 1400, "EUR", "month", hints=IT),
    E("sui 2.500 euro al mese", 2500, 2500, "EUR", "month", approximate=True, hints=IT),
    E("CHF 6'000 al mese", 6000, 6000, "CHF", "month", hints=CH),
    E("1.250 €", 1250, 1250, "EUR", "month", inferred=P, hints=IT),
    NEG("Retribuzione da concordare", IT),
    NEG("Commisurata all'esperienza", IT),
    NEG("Trattabile", IT),
    E("Retribuzione: 1.400 € netti mensili per 13 mensilità", 1400, 1400, "EUR", "month", gross=False,
      payments=13, hints=IT),
    E("€ 25.000 - € 30.000 annui lordi", 25000, 30000, "EUR", "year", gross=True, hints=IT),
    E("stipendio da 1.200 a 1.500 euro al mese", 1200, 1500, "EUR", "month", hints=IT),
    E("RAL compresa tra 30k e 35k", 30000, 35000, "EUR", "year", gross=True, inferred=C, hints=IT),
    E("CCNL Commercio, 4° livello, RAL 24.000 €", 24000, 24000, "EUR", "year", gross=True, hints=IT),
    E("10,50 € lordi orari", "10.5", "10.5", "EUR", "hour", gross=True, hints=IT),
    E("1.500 € netti x 14", 1500, 1500, "EUR", "month", gross=False, payments=14, inferred=P, hints=IT),
    E("RAL 30.000 €, quota variabile fino a 5.000 €", 30000, 30000, "EUR", "year", gross=True, hints=IT),
    E("Azienda media, RAL 30.000 €", 30000, 30000, "EUR", "year", gross=True, hints=IT),
    E("paga giornaliera 70 €", 70, 70, "EUR", "day", hints=IT),
    E("400 euro a settimana", 400, 400, "EUR", "week", hints=IT),
    E("Orario: full time, 1.400 € al mese", 1400, 1400, "EUR", "month", hints=IT),
    E("Part-time 20 ore settimanali, 800 € al mese", 800, 800, "EUR", "month", hints=IT),
)  # fmt: skip

NEWS = table(
    E("la retribuzione media annua lorda è di 31.500 euro", 31500, 31500, "EUR", "year", gross=True,
      statistic="mean", hints=IT),
    E("uno stipendio medio di 1.750 euro netti al mese", 1750, 1750, "EUR", "month", gross=False,
      statistic="mean", hints=IT),
    E("la retribuzione mediana è di 27.000 euro", 27000, 27000, "EUR", "year", statistic="median", inferred=P,
      hints=IT),
    E("guadagna 5 milioni di euro all'anno", 5000000, 5000000, "EUR", "year", hints=IT),
    E("uno stipendio di circa 3 mila euro al mese", 3000, 3000, "EUR", "month", approximate=True, hints=IT),
    N("un investimento di 200 milioni di euro", IT),
    N("fatturato di 12 milioni", IT),
    N("budget di 50 mila euro", IT),
    N("3 anni di esperienza", IT),
    N("", IT),
    E("uno stipendio da mille euro al mese", 1000, 1000, "EUR", "month", hints=IT),
    E("gli stipendi vanno da 1.300 a 1.800 euro al mese", 1300, 1800, "EUR", "month", hints=IT),
    # "da" introduces the worth of the salary here, not a lower bound
    E("uno stipendio da 1.500 euro al mese", 1500, 1500, "EUR", "month", hints=IT),
    E("1,2 milioni di euro all'anno", 1200000, 1200000, "EUR", "year", hints=IT),
)  # fmt: skip


@pytest.mark.parametrize("example", BOARDS)
def test_job_boards(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", NEWS)
def test_news_and_surveys(example: Example) -> None:
    check(example)
