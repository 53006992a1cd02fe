"""German salary phrases: boards (StepStone, Indeed DE, XING, karriere.at, jobs.ch), news and
surveys (Destatis, Gehalt.de, Kununu)."""

from __future__ import annotations

import pytest
from examples_helpers import DE, NEG, E, Example, N, P, check, table

AT = {"lang": "de", "country": "AT"}
CH = {"lang": "de", "country": "CH"}

BOARDS = table(
    E("45.000 € - 55.000 € pro Jahr", 45000, 55000, "EUR", "year", hints=DE),
    E("50.000 – 60.000 € brutto jährlich", 50000, 60000, "EUR", "year", gross=True, hints=DE),
    E("3.500 € brutto im Monat", 3500, 3500, "EUR", "month", gross=True, hints=DE),
    E("Gehalt: 4.000 - 4.800 € / Monat", 4000, 4800, "EUR", "month", hints=DE),
    E("15,50 € pro Stunde", "15.5", "15.5", "EUR", "hour", hints=DE),
    E("ab 14 € / Std.", 14, None, "EUR", "hour", hints=DE),
    E("bis zu 75.000 € p.a.", None, 75000, "EUR", "year", hints=DE),
    E("Jahresgehalt: 65 - 75 TEUR", 65000, 75000, "EUR", "year", hints=DE),
    E("60k - 70k €", 60000, 70000, "EUR", "year", inferred=P, hints=DE),
    E("zwischen 48.000 und 56.000 Euro brutto im Jahr", 48000, 56000, "EUR", "year", gross=True, hints=DE),
    E("ca. 52.000 € p.a.", 52000, 52000, "EUR", "year", approximate=True, hints=DE),
    E("70.000 € p.a. + Bonus", 70000, 70000, "EUR", "year", hints=DE),
    E("4.200 € brutto/Monat, 13 Monatsgehälter", 4200, 4200, "EUR", "month", gross=True, payments=13, hints=DE),
    E("55.000 € Jahresgehalt zzgl. 13. Monatsgehalt", 55000, 55000, "EUR", "year", payments=13, hints=DE),
    E("Stundenlohn: 13,90 €", "13.9", "13.9", "EUR", "hour", hints=DE),
    E("1.500 € netto im Monat", 1500, 1500, "EUR", "month", gross=False, hints=DE),
    E("Mindestens 3.000 € brutto monatlich", 3000, None, "EUR", "month", gross=True, hints=DE),
    E("€ 3.200,– brutto/Monat", 3200, 3200, "EUR", "month", gross=True, hints=DE),
    E("EUR 62.000 - 74.000", 62000, 74000, "EUR", "year", inferred=P, hints=DE),
    E("2.800 €", 2800, 2800, "EUR", "month", inferred=P, hints=DE),
    E("48.000 €", 48000, 48000, "EUR", "year", inferred=P, hints=DE),
    E("1.200 € monatlich", 1200, 1200, "EUR", "month", hints=DE),
    E("12,50 €/h", "12.5", "12.5", "EUR", "hour", hints=DE),
    E("Gehalt: 52.000,00 EUR brutto p.a.", 52000, 52000, "EUR", "year", gross=True, hints=DE),
    E("ab 4.000 €/Monat", 4000, None, "EUR", "month", hints=DE),
    E("45 - 50 Tsd. € brutto p.a.", 45000, 50000, "EUR", "year", gross=True, hints=DE),
    E("Vollzeit · 58.000 € – 68.000 € pro Jahr", 58000, 68000, "EUR", "year", hints=DE),
    E("65.000 € - 80.000 € (geschätzt)", 65000, 80000, "EUR", "year", inferred=P, hints=DE),
    E("Jahresbruttogehalt ab € 48.000", 48000, None, "EUR", "year", gross=True, hints=AT),
    E("€ 3.800 brutto/Monat (14 Gehälter)", 3800, 3800, "EUR", "month", gross=True, payments=14, hints=AT),
    E("CHF 95'000 - 110'000", 95000, 110000, "CHF", "year", inferred=P, hints=CH),
    E("Fr. 7'500.– pro Monat", 7500, 7500, "CHF", "month", hints=CH),
    E("CHF 120'000.- p.a.", 120000, 120000, "CHF", "year", hints=CH),
    E("CHF 38.50 pro Stunde", "38.5", "38.5", "CHF", "hour", hints=CH),
    NEG("Gehalt nach Vereinbarung", DE),
    NEG("Verhandlungssache", DE),
    NEG("Attraktive Vergütung", DE),
    E("EUR 70.000,- bis EUR 85.000,- p.a.", 70000, 85000, "EUR", "year", hints=DE),
    E("mind. 3.800 € brutto/Monat", 3800, None, "EUR", "month", gross=True, hints=DE),
    E("45.000 - 55.000 EUR Jahresbruttogehalt", 45000, 55000, "EUR", "year", gross=True, hints=DE),
    E("Gehalt: 3.400,00 € - 4.100,00 € monatlich", 3400, 4100, "EUR", "month", hints=DE),
    E("13,50 € - 15,00 € pro Stunde", "13.5", 15, "EUR", "hour", hints=DE),
    E("Das Gehalt liegt zwischen 60 und 75 Tsd. Euro", 60000, 75000, "EUR", "year", inferred=P, hints=DE),
    E("3.200 - 3.800 EUR brutto mtl.", 3200, 3800, "EUR", "month", gross=True, hints=DE),
    E("Jahresgehalt ab 85.000 €", 85000, None, "EUR", "year", hints=DE),
    E("ab 2.500 € netto", 2500, None, "EUR", "month", gross=False, inferred=P, hints=DE),
    E("Die Vergütung beträgt 1.350 € monatlich (Ausbildung, 1. Lehrjahr)", 1350, 1350, "EUR", "month", hints=DE),
    E("Praktikumsvergütung: 1.000 € / Monat", 1000, 1000, "EUR", "month", hints=DE),
    E("4.000 € x 13", 4000, 4000, "EUR", "month", payments=13, inferred=P, hints=DE),
    E("€ 3.000 brutto x 14", 3000, 3000, "EUR", "month", gross=True, payments=14, inferred=P, hints=AT),
    # karriere.at: the collective-agreement minimum must be stated; "Überzahlung" makes it a floor
    E("Mindestgehalt € 2.500,00 brutto/Monat auf Vollzeitbasis", 2500, None, "EUR", "month", gross=True, hints=AT),
    E("€ 3.318,- brutto/Monat (Überzahlung möglich)", 3318, None, "EUR", "month", gross=True, hints=AT),
    E("Das KV-Mindestgehalt beträgt € 2.900 brutto pro Monat, Überzahlung je nach Qualifikation", 2900, None, "EUR",
      "month", gross=True, hints=AT),
    E("€ 45.000,- bis € 55.000,- brutto/Jahr", 45000, 55000, "EUR", "year", gross=True, hints=AT),
    E("Friseur (m/w/d) – Schnitt & Farbe, 2.400 € brutto/Monat", 2400, 2400, "EUR", "month", gross=True, hints=DE),
    E("2,5 Tsd. € im Monat", 2500, 2500, "EUR", "month", hints=DE),
    E("1.5 Mio. € pro Jahr", 1500000, 1500000, "EUR", "year", hints=DE),
    E("Gehalt:\n\n4.000 € – 4.500 €\nbrutto/Monat", 4000, 4500, "EUR", "month", gross=True, hints=DE),
    E("ab 3.000 bis 4.000 € im Monat", 3000, 4000, "EUR", "month", hints=DE),
    E("3.000 €/Monat bis 4.000 €/Monat", 3000, 4000, "EUR", "month", hints=DE),
    E("von 14 € bis 16 € pro Stunde", 14, 16, "EUR", "hour", hints=DE),
    E("Wochenlohn 650 €", 650, 650, "EUR", "week", hints=DE),
    E("Tagessatz 450 - 550 € (freiberuflich)", 450, 550, "EUR", "day", hints=DE),
    E("Ort: München, 50.000 € p.a.", 50000, 50000, "EUR", "year", hints=DE),
    # working hours next to the pay are neither an amount nor the pay period
    E("Teilzeit (20 Std.) 1.500 €", 1500, 1500, "EUR", "month", inferred=P, hints=DE),
    E("Vergütung: 3.000 € (Vollzeit, 40 Std./Woche)", 3000, 3000, "EUR", "month", inferred=P, hints=DE),
    # one offer per contract type: the first one is read
    E("Festanstellung: 55.000 € p.a. | Freelance: 80 €/h", 55000, 55000, "EUR", "year", hints=DE),
)  # fmt: skip

NEWS = table(
    E("Das Durchschnittsgehalt liegt bei 4.323 Euro brutto im Monat", 4323, 4323, "EUR", "month", gross=True,
      statistic="mean", hints=DE),
    E("Das mittlere Einkommen (Median) beträgt 3.645 Euro brutto monatlich", 3645, 3645, "EUR", "month",
      gross=True, statistic="median", hints=DE),
    E("Der Mindestlohn steigt auf 12,82 Euro pro Stunde", "12.82", "12.82", "EUR", "hour", hints=DE),
    E("verdienen Einsteiger rund 45.000 Euro im Jahr", 45000, 45000, "EUR", "year", approximate=True, hints=DE),
    E("Vorstände erhalten bis zu 5 Mio. Euro pro Jahr", None, 5000000, "EUR", "year", hints=DE),
    E("ein Jahresgehalt von 1,2 Millionen Euro", 1200000, 1200000, "EUR", "year", hints=DE),
    E("ein Jahresgehalt von mehr als 100.000 Euro", 100000, None, "EUR", "year", hints=DE),
    E("Im Schnitt verdienen KI-Experten 78.500 Euro", 78500, 78500, "EUR", "year", statistic="mean", inferred=P,
      hints=DE),
    N("Umsatz von 2,5 Mio. €", DE),
    N("Investition in Höhe von 30 Mio. Euro", DE),
    N("Bewertung: 1,2 Mrd. US-Dollar", DE),
    N("Budget: 50.000 €", DE),
    N("3 Jahre Berufserfahrung", DE),
    N("", DE),
    N("Umsatz 2023: 12 Mio. €", DE),
    N("Startkapital 25.000 €", DE),
    N("Wir bieten: 30 Tage Urlaub, Jobticket für 49 €", DE),
    N("Keine Angabe", DE),
    E("Der Medianlohn lag 2023 bei 3.796 Euro", 3796, 3796, "EUR", "month", statistic="median", inferred=P, hints=DE),
    E("Der Schweizer Medianlohn beträgt 6.788 Franken pro Monat", 6788, 6788, "CHF", "month", statistic="median",
      hints=CH),
    E("Ein Data Scientist verdient durchschnittlich 62.000 Euro brutto im Jahr.", 62000, 62000, "EUR", "year",
      gross=True, statistic="mean", hints=DE),
)  # fmt: skip


@pytest.mark.parametrize("example", BOARDS)
def test_job_boards(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", NEWS)
def test_news_and_surveys(example: Example) -> None:
    check(example)
