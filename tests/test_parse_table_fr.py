"""French salary phrases: seed articles, job boards (France Travail, HelloWork, APEC, Welcome to
the Jungle, Indeed FR, jobs.ch, Jobillico), news and HR surveys (INSEE, APEC)."""

from __future__ import annotations

import pytest
from examples_helpers import FR, NEG, PC, C, E, Example, N, P, check, table

CN = {"lang": "fr", "country": "CN"}
FRONLY = {"lang": "fr"}
CA = {"lang": "fr", "country": "CA"}
CH = {"lang": "fr", "country": "CH"}
BE = {"lang": "fr", "country": "BE"}

SEEDS = table(
    # every salary figure of shared/seeds/ (French press on the AI talent war)
    E("un salaire mensuel maximum de 100 000 yuans", None, 100000, "CNY", "month", hints=FRONLY),
    E("les salaires varient de 700 000 à 1,2 million de yuans/an", 700000, 1200000, "CNY", "year", hints=FRONLY),
    E("Le salaire moyen pour ces postes était de 24 007 yuans", 24007, 24007, "CNY", "month",
      statistic="mean", inferred=P, hints=FRONLY),
    E("du salaire moyen de 11 000 yuans", 11000, 11000, "CNY", "month", statistic="mean", inferred=P, hints=FRONLY),
    E("avec un salaire moyen de 26 279 yuans", 26279, 26279, "CNY", "month", statistic="mean", inferred=P,
      hints=FRONLY),
    E("le salaire moyen des ingénieurs en IA débutants aux États-Unis était de 239 000 dollars", 239000, 239000,
      "USD", "year", statistic="mean", inferred=P, hints=FRONLY),
    E("des salaires annuels de plus de 900 000 $", 900000, None, "USD", "year", hints=FRONLY),
    E("le salaire mensuel moyen des nouveaux postes AIGC se stabilisera autour de 60 000", 60000, 60000, "CNY",
      "month", approximate=True, statistic="mean", inferred=C, hints=CN),
    E("le salaire proposé sur le marché pour les postes d'études supérieures liés aux grands modèles est en gros "
      "supérieur à 500 000", 500000, None, "CNY", "year", approximate=True, inferred=PC, hints=CN),
    # the money figures of the seeds that are not salaries
    N("Avec un budget de 2,5 milliards de dollars pour acquérir les talents", FRONLY),
    N("les investissements mondiaux dans l'intelligence artificielle ont atteint 65 milliards de dollars en 2024",
      FRONLY),
    N("l'augmentation du salaire de base se situera entre 5 % et 11 %", FRONLY),
    N("Selon les données de plus de 1 500 employeurs interrogés par WTW", FRONLY),
)  # fmt: skip

BOARDS = table(
    # France Travail: "<Period> de X Euros à Y Euros sur N mois"
    E("Mensuel de 2150,00 Euros à 2400,00 Euros sur 12 mois", 2150, 2400, "EUR", "month", payments=12, hints=FR),
    E("Annuel de 36000,00 Euros à 41000,00 Euros sur 13 mois", 36000, 41000, "EUR", "year", payments=13, hints=FR),
    E("Horaire de 12,35 Euros sur 12 mois", "12.35", "12.35", "EUR", "hour", payments=12, hints=FR),
    E("Mensuel de 1950,00 Euros sur 12 mois", 1950, 1950, "EUR", "month", payments=12, hints=FR),
    E("Annuel de 29000.0 Euros à 33000.0 Euros sur 12 mois", 29000, 33000, "EUR", "year", payments=12, hints=FR),
    # HelloWork, APEC, Welcome to the Jungle, Indeed FR
    E("45 000 € - 55 000 € par an", 45000, 55000, "EUR", "year", hints=FR),
    E("40k€ - 50k€ brut annuel", 40000, 50000, "EUR", "year", gross=True, hints=FR),
    E("Salaire : 38 000 € à 45 000 € brut/an", 38000, 45000, "EUR", "year", gross=True, hints=FR),
    E("De 42 K€ à 48 K€ /an", 42000, 48000, "EUR", "year", hints=FR),
    E("2 100 € brut mensuel", 2100, 2100, "EUR", "month", gross=True, hints=FR),
    E("1 800 € net par mois", 1800, 1800, "EUR", "month", gross=False, hints=FR),
    E("Entre 3 000 et 3 500 € bruts mensuels", 3000, 3500, "EUR", "month", gross=True, hints=FR),
    E("À partir de 50 000 € par an", 50000, None, "EUR", "year", hints=FR),
    E("Jusqu'à 65 000 € brut annuel", None, 65000, "EUR", "year", gross=True, hints=FR),
    E("Salaire : 12,50 €/h", "12.5", "12.5", "EUR", "hour", hints=FR),
    E("TJM : 450 € - 550 €", 450, 550, "EUR", "day", hints=FR),
    E("50-60 k€", 50000, 60000, "EUR", "year", inferred=P, hints=FR),
    E("35 000 - 40 000 €", 35000, 40000, "EUR", "year", inferred=P, hints=FR),
    E("2 500 €", 2500, 2500, "EUR", "month", inferred=P, hints=FR),
    E("45k€", 45000, 45000, "EUR", "year", inferred=P, hints=FR),
    E("1 500,50 € par mois", "1500.50", "1500.50", "EUR", "month", hints=FR),
    E("32 000 € à 36 000 € bruts annuels + variable", 32000, 36000, "EUR", "year", gross=True, hints=FR),
    E("55 000 € brut/an sur 13 mois", 55000, 55000, "EUR", "year", gross=True, payments=13, hints=FR),
    E("Fourchette de salaire : 60 K€ – 75 K€", 60000, 75000, "EUR", "year", inferred=P, hints=FR),
    E("CDI · Temps plein · 38 000 € - 42 000 € / an", 38000, 42000, "EUR", "year", hints=FR),
    E("Salaire : 40 000 € - 45 000 € par an (Estimation Glassdoor)", 40000, 45000, "EUR", "year", hints=FR),
    E("18,50 € de l'heure", "18.5", "18.5", "EUR", "hour", hints=FR),
    E("150 € par jour", 150, 150, "EUR", "day", hints=FR),
    E("600 € par semaine", 600, 600, "EUR", "week", hints=FR),
    E("1 200 € par mois pendant 6 mois", 1200, 1200, "EUR", "month", hints=FR),
    E("100 000 yuans/mois", 100000, 100000, "CNY", "month", hints=FR),
    E("700k–1.2M yuans/an", 700000, 1200000, "CNY", "year", hints=FRONLY),
    # the word-boundary trap: "EUR" must not be found inside "ingénieurs"
    E("Les ingénieurs gagnent 4 000 par mois", 4000, 4000, "EUR", "month", inferred=C, hints=FR),
    # Quebec, Switzerland, Belgium
    E("55 000 $ à 65 000 $ par année", 55000, 65000, "CAD", "year", hints=CA),
    E("CHF 95'000.– par an", 95000, 95000, "CHF", "year", hints=CH),
    E("3.200 € brut par mois", 3200, 3200, "EUR", "month", gross=True, hints=BE),
    E("2 000 balles par mois", 2000, 2000, "EUR", "month", hints=FR),
    NEG("Salaire à négocier", FR),
    NEG("Selon profil", FR),
    NEG("Rémunération attractive", FR),
    E("Salaire : 35 - 40 K€ brut annuel", 35000, 40000, "EUR", "year", gross=True, hints=FR),
    E("de 2 200 € à 2 600 € brut par mois sur 13 mois", 2200, 2600, "EUR", "month", gross=True, payments=13, hints=FR),
    E("45-55K€ fixe + variable", 45000, 55000, "EUR", "year", inferred=P, hints=FR),
    E("À partir de 11,88 € de l'heure", "11.88", None, "EUR", "hour", hints=FR),
    E("32 k€ à 38 k€", 32000, 38000, "EUR", "year", inferred=P, hints=FR),
    # number formats: a point that groups, a decimal comma, an apostrophe (Switzerland)
    E("1.200 € par mois", 1200, 1200, "EUR", "month", hints=FR),
    E("3.500,50 € brut mensuel", "3500.50", "3500.50", "EUR", "month", gross=True, hints=FR),
    E("1'800 CHF par mois", 1800, 1800, "CHF", "month", hints=CH),
    E("2,5 k€ par mois", 2500, 2500, "EUR", "month", hints=FR),
    # HTML entities and mojibake left by scrapers
    E("45&nbsp;000&nbsp;€ par an", 45000, 45000, "EUR", "year", hints=FR),
    E("45 000 â‚¬ par an", 45000, 45000, "EUR", "year", hints=FR),
    N("Salaire : non communiqué", FR),
    # words of other languages that must not leak in ("va" is no Brazilian meal voucher here)
    E("Le salaire va de 30 000 à 35 000 € par an", 30000, 35000, "EUR", "year", hints=FR),
    E("Transport pris en charge, 2 000 € par mois", 2000, 2000, "EUR", "month", hints=FR),
    E("Salaire 2 000 € plus primes", 2000, 2000, "EUR", "month", inferred=P, hints=FR),
    E("Mes prétentions : 45 000 €", 45000, 45000, "EUR", "year", inferred=P, hints=FR),
    E("2 000 livres par mois", 2000, 2000, "GBP", "month", hints=FR),
    E("Prime de 500 € + 1 900 € brut mensuel", 1900, 1900, "EUR", "month", gross=True, hints=FR),
)  # fmt: skip

NEWS = table(
    E("Salaire moyen : 2 524 € net par mois", 2524, 2524, "EUR", "month", gross=False, statistic="mean", hints=FR),
    E("le salaire médian s'établit à 2 091 euros nets mensuels", 2091, 2091, "EUR", "month", gross=False,
      statistic="median", hints=FR),
    E("un salaire annuel brut médian de 40 000 euros", 40000, 40000, "EUR", "year", gross=True, statistic="median",
      hints=FR),
    E("un smic à 1 766,92 euros brut par mois", "1766.92", "1766.92", "EUR", "month", gross=True, hints=FR),
    E("environ 3 000 euros par mois", 3000, 3000, "EUR", "month", approximate=True, hints=FR),
    E("près de 4 000 € nets", 4000, 4000, "EUR", "month", approximate=True, gross=False, inferred=P, hints=FR),
    E("plus de 100 000 euros par an", 100000, None, "EUR", "year", hints=FR),
    E("De 1,2 à 1,5 million d'euros par an", 1200000, 1500000, "EUR", "year", hints=FR),
    E("une rémunération de 2,5 millions d'euros par an", 2500000, 2500000, "EUR", "year", hints=FR),
    N("un budget de 2 millions d'euros", FR),
    N("chiffre d'affaires de 15 M€", FR),
    N("une levée de fonds de 20 millions d'euros", FR),
    N("Référence : 2024-0153", FR),
    N("", FR),
    N("   ", FR),
    E("un salaire de mille euros par mois", 1000, 1000, "EUR", "month", hints=FR),
)  # fmt: skip


@pytest.mark.parametrize("example", SEEDS)
def test_seed_phrases(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", BOARDS)
def test_job_boards(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", NEWS)
def test_news_and_surveys(example: Example) -> None:
    check(example)
