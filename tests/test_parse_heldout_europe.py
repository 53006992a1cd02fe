"""Held-out European salary formats: strings written the way the boards of these markets print
them, kept apart from ``shared/corpus/dev.jsonl`` so that the parser is checked on formats, not
on the strings it was tuned with.

Sources of the formats: France Travail (``salaire.libelle``, database floats "12.0"), HelloWork,
Indeed FR, APEC, Welcome to the Jungle, jobs.ch; StepStone, Indeed DE, karriere.at (Austrian
"€ 2.800,--" and KV minimum pay); InfoJobs ES ("b/a", "en 14 pagas"); Catho, Vagas, Net-Empregos;
InfoJobs IT and Indeed IT ("RAL", "mensilità"); NoFluffJobs, pracuj.pl, JustJoinIT; Indeed NL and
Nationale Vacaturebank ("p/m", "n.o.t.k."); hh.ru ("на руки", "до вычета налогов"); Platsbanken
("kr/mån", ":-"); national statistics releases (INSEE, Destatis, INE, IBGE, ISTAT, GUS, CBS,
Rosstat, SCB) for means and medians.

Reading conventions (those of ``shared/corpus/README.md``):

* no period written: the one an expert infers from market and magnitude, marked inferred;
* "Selon expérience", "Enligt överenskommelse", "A combinar"… with no amount: negotiable;
* "Salaire non communiqué", "Salario no disponible", "з/п не указана": the board says there is
  no figure, so there is no salary and no negotiable marker either (``SalaryParseError``);
* Platsbanken's "Fast månadslön" names the kind of pay, not an amount nor a negotiation:
  no salary;
* durations, dates, phone numbers, postcodes, diplomas ("Bac+5"), working hours ("35h/semaine")
  and percentages ("43 % du SMIC") are no salaries: ``SalaryParseError``.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from examples_helpers import (
    AR,
    BR,
    CO,
    DE,
    ES,
    FR,
    IT,
    MX,
    NEG,
    NL,
    PC,
    PL,
    RU,
    SE,
    C,
    E,
    Example,
    N,
    P,
    check,
    table,
)

import salarykit as sk

FRCH = {"lang": "fr", "country": "CH"}
FRBE = {"lang": "fr", "country": "BE"}
FRCA = {"lang": "fr", "country": "CA"}
AT = {"lang": "de", "country": "AT"}
DECH = {"lang": "de", "country": "CH"}
CL = {"lang": "es", "country": "CL"}
PT = {"lang": "pt", "country": "PT"}
ITCH = {"lang": "it", "country": "CH"}
NLBE = {"lang": "nl", "country": "BE"}
KZ = {"lang": "ru", "country": "KZ"}
SVFI = {"lang": "sv", "country": "FI"}

NB = "\u00a0"
NN = "\u202f"

FRENCH = table(
    # France Travail salaire.libelle: "<Période> de X Euros [à Y Euros] [sur N mois]"
    E("Annuel de 35000.0 Euros à 40000.0 Euros sur 12.0 mois", 35000, 40000, "EUR", "year", payments=12, hints=FR),
    E("Mensuel de 1 801,80 Euros sur 12 mois", "1801.80", "1801.80", "EUR", "month", payments=12, hints=FR),
    E("Horaire de 11.88 Euros à 13.00 Euros", "11.88", 13, "EUR", "hour", hints=FR),
    E("Annuel de 42 000 Euros sur 13 mois", 42000, 42000, "EUR", "year", payments=13, hints=FR),
    E("Mensuel de 2000 Euros à 2500 Euros sur 12.0 mois + primes", 2000, 2500, "EUR", "month", payments=12,
      hints=FR),
    E("Mensuel de 1766.92 Euros sur 12 mois", "1766.92", "1766.92", "EUR", "month", payments=12, hints=FR),
    E("Horaire de 11,65 Euros sur 12 mois", "11.65", "11.65", "EUR", "hour", payments=12, hints=FR),
    E("Annuel de 28 000,00 Euros à 32 000,00 Euros sur 12 mois", 28000, 32000, "EUR", "year", payments=12,
      hints=FR),
    E("Mensuel de 2 200,00 Euros à 2 600,00 Euros sur 13 mois", 2200, 2600, "EUR", "month", payments=13, hints=FR),
    E("Mensuel de 1900 Euros sur 12,0 mois", 1900, 1900, "EUR", "month", payments=12, hints=FR),
    E("Annuel de 52000.0 Euros sur 12.0 mois", 52000, 52000, "EUR", "year", payments=12, hints=FR),
    E("Horaire de 12.5 Euros à 14.0 Euros sur 12.0 mois", "12.5", 14, "EUR", "hour", payments=12, hints=FR),
    E("Mensuel de 1801.8 Euros sur 12 mois", "1801.8", "1801.8", "EUR", "month", payments=12, hints=FR),
    E("Annuel de 38000 Euros", 38000, 38000, "EUR", "year", hints=FR),
    E("Horaire de 11.88 Euros", "11.88", "11.88", "EUR", "hour", hints=FR),
    E("Mensuel de 3000 Euros à 3500 Euros sur 12 mois, primes", 3000, 3500, "EUR", "month", payments=12, hints=FR),
    E("Annuel de 40000.0 Euros à 45000.0 Euros sur 12.0 mois + avantages", 40000, 45000, "EUR", "year",
      payments=12, hints=FR),
    E("Mensuel de 2100.0 Euros à 2400.0 Euros sur 13.0 mois", 2100, 2400, "EUR", "month", payments=13, hints=FR),
    E("Annuel de 30000,00 Euros à 34000,00 Euros sur 14 mois", 30000, 34000, "EUR", "year", payments=14, hints=FR),
    NEG("Selon expérience", FR),
    NEG("Salaire selon expérience", FR),
    NEG("Rémunération selon expérience", FR),
    NEG("Selon profil et expérience", FR),
    # HelloWork, Indeed FR, APEC, Welcome to the Jungle
    E("35 000 - 40 000 € / an", 35000, 40000, "EUR", "year", hints=FR),
    E("De 2 000 € à 2 400 € par mois", 2000, 2400, "EUR", "month", hints=FR),
    E("11,88 € par heure", "11.88", "11.88", "EUR", "hour", hints=FR),
    E("À partir de 45 k€ brut annuel", 45000, None, "EUR", "year", gross=True, hints=FR),
    E("45 - 55 k€", 45000, 55000, "EUR", "year", inferred=P, hints=FR),
    NEG("Salaire : selon profil", FR),
    NEG("A négocier", FR),
    NEG("Salaire : à négocier", FR),
    NEG("Négociable", FR),
    NEG("Rémunération attractive selon profil", FR),
    E("jusqu'à 60K€", None, 60000, "EUR", "year", inferred=P, hints=FR),
    E("2 500 € brut / mois", 2500, 2500, "EUR", "month", gross=True, hints=FR),
    E("De 35 000 € à 42 000 € par an", 35000, 42000, "EUR", "year", hints=FR),
    E("1 900 € - 2 100 € par mois", 1900, 2100, "EUR", "month", hints=FR),
    E("12 € - 13 € par heure", 12, 13, "EUR", "hour", hints=FR),
    E("À partir de 2 100 € par mois", 2100, None, "EUR", "month", hints=FR),
    E("Jusqu'à 3 000 € par mois", None, 3000, "EUR", "month", hints=FR),
    E("40 K€ - 50 K€ / an", 40000, 50000, "EUR", "year", hints=FR),
    E("45K€ - 55K€", 45000, 55000, "EUR", "year", inferred=P, hints=FR),
    E("Salaire : 2200€ brut/mois", 2200, 2200, "EUR", "month", gross=True, hints=FR),
    E("Salaire : 40-45K€ brut/an", 40000, 45000, "EUR", "year", gross=True, hints=FR),
    E("Salaire: 11,65€/h", "11.65", "11.65", "EUR", "hour", hints=FR),
    E("11,65 € brut/heure", "11.65", "11.65", "EUR", "hour", gross=True, hints=FR),
    E("1 747,20 € brut mensuel", "1747.20", "1747.20", "EUR", "month", gross=True, hints=FR),
    E("Rémunération : 35-40 k€/an", 35000, 40000, "EUR", "year", hints=FR),
    E("Rémunération : 2 300 € bruts mensuels sur 13 mois", 2300, 2300, "EUR", "month", payments=13, gross=True,
      hints=FR),
    E("Salaire : 28 000 € brut annuel + tickets restaurant", 28000, 28000, "EUR", "year", gross=True, hints=FR),
    E("45 000 € brut annuel fixe + variable", 45000, 45000, "EUR", "year", gross=True, hints=FR),
    E("TJM : 450 € - 550 €", 450, 550, "EUR", "day", hints=FR),
    E("450 €/jour", 450, 450, "EUR", "day", hints=FR),
    E("Entre 38 et 42 K€ brut annuel", 38000, 42000, "EUR", "year", gross=True, hints=FR),
    E("Entre 2 000 et 2 200 € net par mois", 2000, 2200, "EUR", "month", gross=False, hints=FR),
    E("1 600 € net/mois", 1600, 1600, "EUR", "month", gross=False, hints=FR),
    E("Autour de 40 000 € par an", 40000, 40000, "EUR", "year", approximate=True, hints=FR),
    E("Environ 2 500 € brut par mois", 2500, 2500, "EUR", "month", approximate=True, gross=True, hints=FR),
    E("Plus de 50 000 € par an", 50000, None, "EUR", "year", hints=FR),
    E("50 000 € et plus", 50000, None, "EUR", "year", inferred=P, hints=FR),
    E("A partir de 1 900 € brut mensuel selon expérience", 1900, None, "EUR", "month", gross=True, hints=FR),
    E("35k - 45k€ annuel brut", 35000, 45000, "EUR", "year", gross=True, hints=FR),
    E("35-45 K€ brut/an + variable", 35000, 45000, "EUR", "year", gross=True, hints=FR),
    E("de 30 000 à 35 000 € bruts annuels", 30000, 35000, "EUR", "year", gross=True, hints=FR),
    E("Salaire fixe de 32 K€ + variable jusqu'à 10 K€", 32000, 32000, "EUR", "year", inferred=P, hints=FR),
    E("3500€/mois", 3500, 3500, "EUR", "month", hints=FR),
    E("18 €/h", 18, 18, "EUR", "hour", hints=FR),
    E("18€ de l'heure", 18, 18, "EUR", "hour", hints=FR),
    E("150 € par jour", 150, 150, "EUR", "day", hints=FR),
    E("600 € par semaine", 600, 600, "EUR", "week", hints=FR),
    E("Salaire mensuel : 2 100 €", 2100, 2100, "EUR", "month", hints=FR),
    E("Salaire annuel brut : 38 000 €", 38000, 38000, "EUR", "year", gross=True, hints=FR),
    E("Salaire horaire : 12,50 €", "12.50", "12.50", "EUR", "hour", hints=FR),
    E("45 000 EUR - 55 000 EUR par an", 45000, 55000, "EUR", "year", hints=FR),
    E("45 000 - 55 000 EUR brut / an", 45000, 55000, "EUR", "year", gross=True, hints=FR),
    E(f"1{NN}801,80{NB}€ brut mensuel", "1801.80", "1801.80", "EUR", "month", gross=True, hints=FR),
    E(f"35{NB}000 € - 40{NB}000 € par an", 35000, 40000, "EUR", "year", hints=FR),
    E(f"40{NN}000 € – 45{NN}000 € / an", 40000, 45000, "EUR", "year", hints=FR),
    E("2000 — 2500 € / mois", 2000, 2500, "EUR", "month", hints=FR),
    E("De 45 000,00 € à 55 000,00 € par an", 45000, 55000, "EUR", "year", hints=FR),
    E("de 25 000 € à 28 000 €/an", 25000, 28000, "EUR", "year", hints=FR),
    E("26 K€ - 30 K€ brut/an", 26000, 30000, "EUR", "year", gross=True, hints=FR),
    E("Rémunération : 2100€ brut mensuel sur 13 mois", 2100, 2100, "EUR", "month", payments=13, gross=True,
      hints=FR),
    E("38 K€ sur 13 mois", 38000, 38000, "EUR", "year", payments=13, inferred=P, hints=FR),
    E("50-60 k€ fixe + 10 k€ variable", 50000, 60000, "EUR", "year", inferred=P, hints=FR),
    E("CHF 95'000 - 110'000 par an", 95000, 110000, "CHF", "year", hints=FRCH),
    E("2.800 € brut/mois", 2800, 2800, "EUR", "month", gross=True, hints=FRBE),
    E("25 $ de l'heure", 25, 25, "CAD", "hour", hints=FRCA),
    E("20,50 $ à 24,00 $ de l'heure", "20.50", 24, "CAD", "hour", hints=FRCA),
    E("55 000 $ à 65 000 $ par année", 55000, 65000, "CAD", "year", hints=FRCA),
    # statistics (INSEE, APEC, press)
    E("Salaire médian : 2 100 € net", 2100, 2100, "EUR", "month", gross=False, statistic="median", inferred=P,
      hints=FR),
    E("un salaire moyen de 3 200 € brut par mois", 3200, 3200, "EUR", "month", gross=True, statistic="mean",
      hints=FR),
    E("Le salaire médian des cadres s'établit à 52 000 € brut annuel", 52000, 52000, "EUR", "year", gross=True,
      statistic="median", hints=FR),
    E("un salaire net moyen de 2 630 euros par mois", 2630, 2630, "EUR", "month", gross=False, statistic="mean",
      hints=FR),
    # no salary at all
    N("Salaire non communiqué", FR),
    N("Bac+5", FR),
    N("Niveau d'études : Bac+2", FR),
    N("3 à 5 ans d'expérience", FR),
    N("Expérience : 2 ans minimum", FR),
    N("35h/semaine", FR),
    N("39 heures hebdomadaires", FR),
    N("43 % du SMIC", FR),
    N("01 23 45 67 89", FR),
    N("Date de début : 01/09/2025", FR),
    N("Poste basé à Paris 75008", FR),
    N("CDI - Temps plein", FR),
)  # fmt: skip

GERMAN = table(
    E("50.000 – 65.000 € brutto jährlich", 50000, 65000, "EUR", "year", gross=True, hints=DE),
    E("ab 3.500 € / Monat", 3500, None, "EUR", "month", hints=DE),
    E("bis zu 80.000 € p.a.", None, 80000, "EUR", "year", hints=DE),
    E("18,50 € pro Stunde", "18.50", "18.50", "EUR", "hour", hints=DE),
    E("4.200 € brutto/Monat", 4200, 4200, "EUR", "month", gross=True, hints=DE),
    NEG("Gehalt nach Vereinbarung", DE),
    NEG("Vergütung: nach Absprache", DE),
    NEG("Gehalt: Verhandlungssache", DE),
    NEG("Attraktive Vergütung", DE),
    E("Medianlohn 3.800 €", 3800, 3800, "EUR", "month", statistic="median", inferred=P, hints=DE),
    E("Durchschnittsgehalt: 4.100 € brutto im Monat", 4100, 4100, "EUR", "month", gross=True, statistic="mean",
      hints=DE),
    E("Das Durchschnittsgehalt liegt bei 52.000 Euro brutto im Jahr", 52000, 52000, "EUR", "year", gross=True,
      statistic="mean", hints=DE),
    E("Der Median liegt bei 3.645 € brutto pro Monat", 3645, 3645, "EUR", "month", gross=True, statistic="median",
      hints=DE),
    E("55.000 - 70.000 EUR p.a.", 55000, 70000, "EUR", "year", hints=DE),
    E("60.000 € - 75.000 € jährlich", 60000, 75000, "EUR", "year", hints=DE),
    E("45 – 55 T€", 45000, 55000, "EUR", "year", inferred=P, hints=DE),
    E("65 Tsd. € p.a.", 65000, 65000, "EUR", "year", hints=DE),
    E("70k € brutto/Jahr", 70000, 70000, "EUR", "year", gross=True, hints=DE),
    E("3.000 - 3.500 EUR brutto monatlich", 3000, 3500, "EUR", "month", gross=True, hints=DE),
    E("ab 16,00 € / Std.", 16, None, "EUR", "hour", hints=DE),
    E("15,50 €/Std.", "15.50", "15.50", "EUR", "hour", hints=DE),
    E("Stundenlohn: 14,00 €", 14, 14, "EUR", "hour", hints=DE),
    E("Monatsgehalt: 3.200 € brutto", 3200, 3200, "EUR", "month", gross=True, hints=DE),
    E("Jahresgehalt: 58.000 €", 58000, 58000, "EUR", "year", hints=DE),
    E("Bruttojahresgehalt von 48.000 €", 48000, 48000, "EUR", "year", gross=True, hints=DE),
    E("Gehalt: 4.000 € - 4.800 € brutto/Monat", 4000, 4800, "EUR", "month", gross=True, hints=DE),
    E("zwischen 50.000 und 60.000 Euro im Jahr", 50000, 60000, "EUR", "year", hints=DE),
    E("zwischen 3.000 € und 3.400 € monatlich", 3000, 3400, "EUR", "month", hints=DE),
    E("ca. 4.000 € brutto im Monat", 4000, 4000, "EUR", "month", approximate=True, gross=True, hints=DE),
    E("rund 55.000 Euro jährlich", 55000, 55000, "EUR", "year", approximate=True, hints=DE),
    E("mindestens 3.200 € brutto", 3200, None, "EUR", "month", gross=True, inferred=P, hints=DE),
    E("über 100.000 € im Jahr", 100000, None, "EUR", "year", hints=DE),
    E("bis 4.500 € netto", None, 4500, "EUR", "month", gross=False, inferred=P, hints=DE),
    E("2.800 € netto monatlich", 2800, 2800, "EUR", "month", gross=False, hints=DE),
    E("EUR 65.000 - 75.000", 65000, 75000, "EUR", "year", inferred=P, hints=DE),
    E("65.000 – 80.000 EUR / Jahr", 65000, 80000, "EUR", "year", hints=DE),
    E(f"52.000{NB}€ – 60.000{NB}€ brutto/Jahr", 52000, 60000, "EUR", "year", gross=True, hints=DE),
    # karriere.at (Austria): "€ 2.800,--", KV minimum pay with willingness to pay more
    E("€ 2.800,-- brutto/Monat", 2800, 2800, "EUR", "month", gross=True, hints=AT),
    E("€ 3.100,- brutto pro Monat", 3100, 3100, "EUR", "month", gross=True, hints=AT),
    E("Jahresbruttogehalt ab € 45.000,-", 45000, None, "EUR", "year", gross=True, hints=AT),
    E("Mindestgehalt: € 3.100,- brutto pro Monat auf Basis Vollzeit", 3100, None, "EUR", "month", gross=True,
      hints=AT),
    E("€ 52.000 brutto p.a.", 52000, 52000, "EUR", "year", gross=True, hints=AT),
    # jobs.ch (Switzerland)
    E("CHF 90'000 – 110'000", 90000, 110000, "CHF", "year", inferred=P, hints=DECH),
    E("CHF 110’000.- bis 130’000.-", 110000, 130000, "CHF", "year", inferred=P, hints=DECH),
    E("CHF 8'500.– pro Monat", 8500, 8500, "CHF", "month", hints=DECH),
    E("CHF 35.– pro Stunde", 35, 35, "CHF", "hour", hints=DECH),
    # no salary
    N("2-3 Jahre Berufserfahrung", DE),
    N("Vollzeit, 40 Std./Woche", DE),
    N("Eintritt ab 01.03.2025", DE),
    N("Tel. 0221 123456", DE),
    N("30 Tage Urlaub", DE),
    N("100 % Homeoffice möglich", DE),
)  # fmt: skip

SPANISH = table(
    E("24.000€ - 30.000€ Bruto/año", 24000, 30000, "EUR", "year", gross=True, hints=ES),
    N("Salario no disponible", ES),
    E("1.500 € brutos/mes en 14 pagas", 1500, 1500, "EUR", "month", payments=14, gross=True, hints=ES),
    NEG("A convenir", ES),
    NEG("Según valía", ES),
    NEG("Salario competitivo", ES),
    NEG("A negociar", ES),
    E("18.000 € - 22.000 € b/a", 18000, 22000, "EUR", "year", gross=True, hints=ES),
    E("Salario: 25.000 - 30.000 € brutos/año", 25000, 30000, "EUR", "year", gross=True, hints=ES),
    E("30.000 - 36.000 € brutos anuales", 30000, 36000, "EUR", "year", gross=True, hints=ES),
    E("1.200€ netos al mes", 1200, 1200, "EUR", "month", gross=False, hints=ES),
    E("12 €/hora", 12, 12, "EUR", "hour", hints=ES),
    E("10,50 € brutos/hora", "10.50", "10.50", "EUR", "hour", gross=True, hints=ES),
    E("Entre 28.000 y 32.000 euros brutos anuales", 28000, 32000, "EUR", "year", gross=True, hints=ES),
    E("De 20.000 a 24.000 € brutos al año", 20000, 24000, "EUR", "year", gross=True, hints=ES),
    E("Hasta 45.000 € brutos/año", None, 45000, "EUR", "year", gross=True, hints=ES),
    E("Desde 1.400 € al mes", 1400, None, "EUR", "month", hints=ES),
    E("Más de 60.000 € al año", 60000, None, "EUR", "year", hints=ES),
    E("Sueldo: 1.300 € netos mensuales", 1300, 1300, "EUR", "month", gross=False, hints=ES),
    E("35.000€ b/a + variable", 35000, 35000, "EUR", "year", gross=True, hints=ES),
    E("22.000 € brutos anuales en 14 pagas", 22000, 22000, "EUR", "year", payments=14, gross=True, hints=ES),
    E("1.800 € x 14 pagas", 1800, 1800, "EUR", "month", payments=14, inferred=P, hints=ES),
    E("Salario bruto anual: 27.000 €", 27000, 27000, "EUR", "year", gross=True, hints=ES),
    E("El sueldo medio en España es de 2.128 euros brutos al mes", 2128, 2128, "EUR", "month", gross=True,
      statistic="mean", hints=ES),
    E("El salario mediano se situó en 1.800 euros", 1800, 1800, "EUR", "month", statistic="median", inferred=P,
      hints=ES),
    E("un sueldo medio de 26.000 euros anuales", 26000, 26000, "EUR", "year", statistic="mean", hints=ES),
    E("40K - 50K €", 40000, 50000, "EUR", "year", inferred=P, hints=ES),
    E("40-50k€", 40000, 50000, "EUR", "year", inferred=P, hints=ES),
    E("€ 45.000 - € 55.000 / año", 45000, 55000, "EUR", "year", hints=ES),
    E("2.000 € / mes", 2000, 2000, "EUR", "month", hints=ES),
    E("Salario: 15 €/h", 15, 15, "EUR", "hour", hints=ES),
    E("Entre 1.100 € y 1.300 € netos mensuales", 1100, 1300, "EUR", "month", gross=False, hints=ES),
    E(f"28.000{NB}€ - 34.000{NB}€ brutos/año", 28000, 34000, "EUR", "year", gross=True, hints=ES),
    E("$15,000 - $20,000 MXN mensuales", 15000, 20000, "MXN", "month", hints=MX),
    E("Sueldo: $12,000 mensual", 12000, 12000, "MXN", "month", hints=MX),
    E("$25,000 a $30,000 Mensual", 25000, 30000, "MXN", "month", hints=MX),
    E("$ 800.000 - $ 1.000.000 brutos mensuales", 800000, 1000000, "ARS", "month", gross=True, hints=AR),
    E("$ 2.500.000 a $ 3.000.000", 2500000, 3000000, "COP", "month", inferred=P, hints=CO),
    E("$900.000 líquidos", 900000, 900000, "CLP", "month", gross=False, inferred=P, hints=CL),
    N("Experiencia mínima: 2 años", ES),
    N("Jornada de 40 horas semanales", ES),
    N("Incorporación: 01/03/2025", ES),
    N("Tel. 912 345 678", ES),
)  # fmt: skip

PORTUGUESE = table(
    E("R$ 3.000,00 a R$ 4.500,00", 3000, 4500, "BRL", "month", inferred=P, hints=BR),
    E("R$ 2.500 por mês", 2500, 2500, "BRL", "month", hints=BR),
    NEG("A combinar", BR),
    NEG("Salário: A combinar", BR),
    NEG("Salário compatível com o mercado", BR),
    NEG("Negociável", PT),
    E("acima de R$ 8 mil", 8000, None, "BRL", "month", inferred=P, hints=BR),
    E("R$ 5.000,00 - R$ 7.000,00 / mês", 5000, 7000, "BRL", "month", hints=BR),
    E("De R$ 4.000,00 a R$ 6.000,00", 4000, 6000, "BRL", "month", inferred=P, hints=BR),
    E("Até R$ 3.500,00", None, 3500, "BRL", "month", inferred=P, hints=BR),
    E("A partir de R$ 2.800,00", 2800, None, "BRL", "month", inferred=P, hints=BR),
    E("Salário: R$ 1.412,00", 1412, 1412, "BRL", "month", inferred=P, hints=BR),
    E("R$ 25,00 por hora", 25, 25, "BRL", "hour", hints=BR),
    E("R$ 150/dia", 150, 150, "BRL", "day", hints=BR),
    E("R$ 8 mil a R$ 12 mil", 8000, 12000, "BRL", "month", inferred=P, hints=BR),
    E("R$ 8-10 mil", 8000, 10000, "BRL", "month", inferred=P, hints=BR),
    E("R$ 120 mil por ano", 120000, 120000, "BRL", "year", hints=BR),
    E("R$ 10.000 CLT", 10000, 10000, "BRL", "month", inferred=P, hints=BR),
    E("R$ 12.000 PJ", 12000, 12000, "BRL", "month", inferred=P, hints=BR),
    E("Faixa salarial: R$ 6.000 – R$ 8.000", 6000, 8000, "BRL", "month", inferred=P, hints=BR),
    E("Remuneração: R$ 3.200 + benefícios", 3200, 3200, "BRL", "month", inferred=P, hints=BR),
    E("R$3.500,00 bruto", 3500, 3500, "BRL", "month", gross=True, inferred=P, hints=BR),
    E("R$ 4.000 líquido", 4000, 4000, "BRL", "month", gross=False, inferred=P, hints=BR),
    E("Bolsa auxílio de R$ 1.500,00", 1500, 1500, "BRL", "month", inferred=P, hints=BR),
    E("salário médio de R$ 3.200", 3200, 3200, "BRL", "month", statistic="mean", inferred=P, hints=BR),
    E("A mediana salarial é de R$ 2.900", 2900, 2900, "BRL", "month", statistic="median", inferred=P, hints=BR),
    E("R$ 2.000,00 a R$ 2.500,00 + VR + VT", 2000, 2500, "BRL", "month", inferred=P, hints=BR),
    E(f"R${NB}5.500,00 a R${NB}6.500,00 por mês", 5500, 6500, "BRL", "month", hints=BR),
    E("1 200 € x 14 meses", 1200, 1200, "EUR", "month", payments=14, inferred=P, hints=PT),
    E("900€ - 1.100€ / mês", 900, 1100, "EUR", "month", hints=PT),
    E("Vencimento base: 1.500 €", 1500, 1500, "EUR", "month", inferred=P, hints=PT),
    E("Salário: 25.000€ brutos anuais", 25000, 25000, "EUR", "year", gross=True, hints=PT),
    E("1.000 € líquidos", 1000, 1000, "EUR", "month", gross=False, inferred=P, hints=PT),
    E("Entre 1.200 e 1.500 euros", 1200, 1500, "EUR", "month", inferred=P, hints=PT),
    E("Até 2.000 €/mês", None, 2000, "EUR", "month", hints=PT),
    E("30K - 40K €/ano", 30000, 40000, "EUR", "year", hints=PT),
    E("40.000€ - 50.000€ por ano", 40000, 50000, "EUR", "year", hints=PT),
    E("12 € / hora", 12, 12, "EUR", "hour", hints=PT),
    E("1.300 € brutos x 14 meses", 1300, 1300, "EUR", "month", payments=14, gross=True, inferred=P, hints=PT),
    N("Experiência: 2 anos", BR),
    N("CEP 01310-100", BR),
    N("Carga horária: 44h semanais", BR),
    N("(11) 98765-4321", BR),
    N("Data: 15/03/2025", PT),
)  # fmt: skip

ITALIAN = table(
    E("RAL 30.000 - 35.000 €", 30000, 35000, "EUR", "year", gross=True, hints=IT),
    E("€ 1.500 al mese", 1500, 1500, "EUR", "month", hints=IT),
    E("da 28.000 a 32.000 € lordi annui", 28000, 32000, "EUR", "year", gross=True, hints=IT),
    E("RAL 28.000 € su 14 mensilità", 28000, 28000, "EUR", "year", payments=14, gross=True, hints=IT),
    E("1.600 € netti mensili", 1600, 1600, "EUR", "month", gross=False, hints=IT),
    E("Retribuzione: 1.400 € - 1.700 € al mese", 1400, 1700, "EUR", "month", hints=IT),
    E("Stipendio: 2.000 € netti al mese", 2000, 2000, "EUR", "month", gross=False, hints=IT),
    E("25.000 € - 30.000 € all'anno", 25000, 30000, "EUR", "year", hints=IT),
    E("RAL: 35k - 40k", 35000, 40000, "EUR", "year", gross=True, inferred=C, hints=IT),
    E("RAL fino a 45.000 €", None, 45000, "EUR", "year", gross=True, hints=IT),
    E("RAL a partire da 30.000 €", 30000, None, "EUR", "year", gross=True, hints=IT),
    E("10 € l'ora", 10, 10, "EUR", "hour", hints=IT),
    E("12 €/ora", 12, 12, "EUR", "hour", hints=IT),
    E("€ 9,50 lordi orari", "9.50", "9.50", "EUR", "hour", gross=True, hints=IT),
    E("Compenso: 100 € al giorno", 100, 100, "EUR", "day", hints=IT),
    E("tra 1.300 e 1.500 euro al mese", 1300, 1500, "EUR", "month", hints=IT),
    E("circa 1.800 euro netti", 1800, 1800, "EUR", "month", approximate=True, gross=False, inferred=P, hints=IT),
    E("oltre 50.000 € annui", 50000, None, "EUR", "year", hints=IT),
    NEG("Retribuzione commisurata all'esperienza", IT),
    NEG("Da concordare", IT),
    NEG("Retribuzione da definire in sede di colloquio", IT),
    NEG("Trattabile", IT),
    E("stipendio medio di 1.560 euro netti al mese", 1560, 1560, "EUR", "month", gross=False, statistic="mean",
      hints=IT),
    E("La retribuzione mediana è di 27.000 euro lordi annui", 27000, 27000, "EUR", "year", gross=True,
      statistic="median", hints=IT),
    E("RAL 40.000 € + bonus", 40000, 40000, "EUR", "year", gross=True, hints=IT),
    E("€ 28.000 - € 32.000 RAL", 28000, 32000, "EUR", "year", gross=True, hints=IT),
    E("Stipendio 1.300€ x 14 mensilità", 1300, 1300, "EUR", "month", payments=14, inferred=P, hints=IT),
    E("RAL 32K", 32000, 32000, "EUR", "year", gross=True, inferred=C, hints=IT),
    E("30-35K €", 30000, 35000, "EUR", "year", inferred=P, hints=IT),
    E("1.450,00 € lordi mensili", 1450, 1450, "EUR", "month", gross=True, hints=IT),
    E("2000 euro al mese", 2000, 2000, "EUR", "month", hints=IT),
    E("Da 1.200 € a 1.400 € mensili", 1200, 1400, "EUR", "month", hints=IT),
    E("Fino a 2.500 € netti mensili", None, 2500, "EUR", "month", gross=False, hints=IT),
    E(f"€{NB}35.000 - €{NB}42.000 lordi annui", 35000, 42000, "EUR", "year", gross=True, hints=IT),
    E("CHF 6'500 al mese", 6500, 6500, "CHF", "month", hints=ITCH),
    E("€ 15 all'ora", 15, 15, "EUR", "hour", hints=IT),
    N("Esperienza: 3-5 anni", IT),
    N("Orario: 40 ore settimanali", IT),
    N("P.IVA 01234567890", IT),
    N("Inizio: 01/04/2025", IT),
    N("Cell. 333 1234567", IT),
)  # fmt: skip

POLISH = table(
    E("8 000–12 000 zł brutto / mies.", 8000, 12000, "PLN", "month", gross=True, hints=PL),
    E("12 000 - 18 000 PLN (B2B)", 12000, 18000, "PLN", "month", inferred=P, hints=PL),
    E("140–170 zł netto (+ VAT) / godz.", 140, 170, "PLN", "hour", gross=False, hints=PL),
    E("do 9 000 zł", None, 9000, "PLN", "month", inferred=P, hints=PL),
    E("od 6 500 zł", 6500, None, "PLN", "month", inferred=P, hints=PL),
    E("7 000 - 9 000 zł brutto miesięcznie", 7000, 9000, "PLN", "month", gross=True, hints=PL),
    E("4 300 zł brutto", 4300, 4300, "PLN", "month", gross=True, inferred=P, hints=PL),
    E("30 zł/h brutto", 30, 30, "PLN", "hour", gross=True, hints=PL),
    E("35,50 zł brutto/godz.", "35.50", "35.50", "PLN", "hour", gross=True, hints=PL),
    E("25 000 - 30 000 PLN netto + VAT / mies.", 25000, 30000, "PLN", "month", gross=False, hints=PL),
    E("Wynagrodzenie: 6 000 - 8 000 zł brutto", 6000, 8000, "PLN", "month", gross=True, inferred=P, hints=PL),
    E("Wynagrodzenie od 5 000 zł brutto", 5000, None, "PLN", "month", gross=True, inferred=P, hints=PL),
    E("od 4 800 do 5 500 zł brutto", 4800, 5500, "PLN", "month", gross=True, inferred=P, hints=PL),
    E("5000-7000 PLN brutto/mies.", 5000, 7000, "PLN", "month", gross=True, hints=PL),
    E("1 000 - 1 200 zł netto / dzień", 1000, 1200, "PLN", "day", gross=False, hints=PL),
    E("ok. 7 tys. zł", 7000, 7000, "PLN", "month", approximate=True, inferred=P, hints=PL),
    E("10-15 tys. zł brutto", 10000, 15000, "PLN", "month", gross=True, inferred=P, hints=PL),
    E("120 tys. zł rocznie", 120000, 120000, "PLN", "year", hints=PL),
    E("średnie wynagrodzenie wyniosło 8 181,72 zł", "8181.72", "8181.72", "PLN", "month", statistic="mean",
      inferred=P, hints=PL),
    E("mediana wynagrodzeń w Polsce to 6 700 zł brutto", 6700, 6700, "PLN", "month", gross=True,
      statistic="median", inferred=P, hints=PL),
    E("przeciętne wynagrodzenie 7 767,85 zł brutto", "7767.85", "7767.85", "PLN", "month", gross=True,
      statistic="mean", inferred=P, hints=PL),
    NEG("Wynagrodzenie do negocjacji", PL),
    NEG("Atrakcyjne wynagrodzenie", PL),
    NEG("Stawka do uzgodnienia", PL),
    N("Sprawdź wynagrodzenie", PL),
    E("3 500 – 4 000 PLN brutto / mies. | UoP", 3500, 4000, "PLN", "month", gross=True, hints=PL),
    E("150 - 180 PLN/h (B2B)", 150, 180, "PLN", "hour", hints=PL),
    E("22,80 zł/godz. brutto", "22.80", "22.80", "PLN", "hour", gross=True, hints=PL),
    E("Stawka: 35 zł/h netto", 35, 35, "PLN", "hour", gross=False, hints=PL),
    E("6 000 zł na rękę", 6000, 6000, "PLN", "month", gross=False, inferred=P, hints=PL),
    E("9 000 zł netto (B2B)", 9000, 9000, "PLN", "month", gross=False, inferred=P, hints=PL),
    E("16 000 – 21 000 zł netto (+ VAT) / mies.", 16000, 21000, "PLN", "month", gross=False, hints=PL),
    E(f"12{NB}000–15{NB}000{NB}zł brutto / mies.", 12000, 15000, "PLN", "month", gross=True, hints=PL),
    E("od 28 zł brutto / godz.", 28, None, "PLN", "hour", gross=True, hints=PL),
    E("do 200 zł netto (+ VAT) / godz.", None, 200, "PLN", "hour", gross=False, hints=PL),
    E("180 000 - 240 000 PLN rocznie", 180000, 240000, "PLN", "year", hints=PL),
    E("4 000 EUR netto (+ VAT) / mies.", 4000, 4000, "EUR", "month", gross=False, hints=PL),
    E("5 tys. - 6 tys. zł brutto", 5000, 6000, "PLN", "month", gross=True, inferred=P, hints=PL),
    N("Doświadczenie: 3 lata", PL),
    N("tel. 600 123 456", PL),
    N("40 godzin tygodniowo", PL),
    N("ul. Marszałkowska 12, 00-026 Warszawa", PL),
)  # fmt: skip

DUTCH = table(
    E("€ 3.000 - € 4.000 per maand", 3000, 4000, "EUR", "month", hints=NL),
    E("€ 45.000 bruto per jaar", 45000, 45000, "EUR", "year", gross=True, hints=NL),
    E("€ 18,50 per uur", "18.50", "18.50", "EUR", "hour", hints=NL),
    E("€3.200 - €4.100 bruto per maand", 3200, 4100, "EUR", "month", gross=True, hints=NL),
    E("Salaris: € 2.800 - € 3.600", 2800, 3600, "EUR", "month", inferred=P, hints=NL),
    E("tot € 5.000 per maand", None, 5000, "EUR", "month", hints=NL),
    E("vanaf € 3.500 bruto per maand", 3500, None, "EUR", "month", gross=True, hints=NL),
    E("maximaal € 4.200 per maand", None, 4200, "EUR", "month", hints=NL),
    E("€ 50.000 - € 60.000 per jaar", 50000, 60000, "EUR", "year", hints=NL),
    E("€ 15,00 - € 17,50 per uur", 15, "17.50", "EUR", "hour", hints=NL),
    E("€ 4.000,- bruto p/m", 4000, 4000, "EUR", "month", gross=True, hints=NL),
    E("€ 3.500,- p.m.", 3500, 3500, "EUR", "month", hints=NL),
    E("€ 2.750,- tot € 3.950,- bruto per maand", 2750, 3950, "EUR", "month", gross=True, hints=NL),
    E("€ 55k - € 65k per jaar", 55000, 65000, "EUR", "year", hints=NL),
    E("Salaris tussen € 3.000 en € 3.800 bruto per maand", 3000, 3800, "EUR", "month", gross=True, hints=NL),
    E("circa € 4.000 bruto per maand", 4000, 4000, "EUR", "month", approximate=True, gross=True, hints=NL),
    E("ongeveer €50.000 per jaar", 50000, 50000, "EUR", "year", approximate=True, hints=NL),
    E("€ 2.500 netto per maand", 2500, 2500, "EUR", "month", gross=False, hints=NL),
    E("€ 25 per uur", 25, 25, "EUR", "hour", hints=NL),
    E("€ 400 per dag", 400, 400, "EUR", "day", hints=NL),
    NEG("Salaris in overleg", NL),
    NEG("Marktconform salaris", NL),
    NEG("Salaris: n.o.t.k.", NL),
    NEG("Salaris volgens cao", NL),
    E("Het mediaan inkomen is € 43.000 per jaar", 43000, 43000, "EUR", "year", statistic="median", hints=NL),
    E("Het gemiddelde salaris in Nederland is € 3.500 bruto per maand", 3500, 3500, "EUR", "month", gross=True,
      statistic="mean", hints=NL),
    E("€ 3.500 - € 4.500 bruto/maand", 3500, 4500, "EUR", "month", gross=True, hints=NL),
    E("€3500-€4500 p/m", 3500, 4500, "EUR", "month", hints=NL),
    E("€ 50.000,- per jaar", 50000, 50000, "EUR", "year", hints=NL),
    E("Tot € 70K per jaar", None, 70000, "EUR", "year", hints=NL),
    E("€ 4.000 excl. 8% vakantiegeld", 4000, 4000, "EUR", "month", inferred=P, hints=NL),
    E("€ 3.200 bruto per maand o.b.v. 40 uur", 3200, 3200, "EUR", "month", gross=True, hints=NL),
    E("€ 3.000 - € 3.800 bruto/maand", 3000, 3800, "EUR", "month", gross=True, hints=NLBE),
    E(f"€{NB}3.100 – €{NB}4.300 per maand", 3100, 4300, "EUR", "month", hints=NL),
    E("Salarisindicatie: € 3.400 - € 4.800 bruto per maand", 3400, 4800, "EUR", "month", gross=True, hints=NL),
    E("Uurloon € 14,50", "14.50", "14.50", "EUR", "hour", hints=NL),
    E("Jaarsalaris € 65.000", 65000, 65000, "EUR", "year", hints=NL),
    N("40 uur per week", NL),
    N("3-5 jaar ervaring", NL),
    N("Postcode 1012 AB", NL),
    N("tel. 020 123 4567", NL),
    N("Startdatum: 01-09-2025", NL),
)  # fmt: skip

RUSSIAN = table(
    E("от 80 000 до 120 000 ₽ на руки", 80000, 120000, "RUB", "month", gross=False, inferred=P, hints=RU),
    E("до 200 000 руб.", None, 200000, "RUB", "month", inferred=P, hints=RU),
    N("з/п не указана", RU),
    N("Уровень дохода не указан", RU),
    E("120 000 – 150 000 ₽ до вычета налогов", 120000, 150000, "RUB", "month", gross=True, inferred=P, hints=RU),
    E("от 60 000 руб.", 60000, None, "RUB", "month", inferred=P, hints=RU),
    E("100 000 ₽ на руки", 100000, 100000, "RUB", "month", gross=False, inferred=P, hints=RU),
    E("от 150 000 ₽ до вычета налогов", 150000, None, "RUB", "month", gross=True, inferred=P, hints=RU),
    E("90 000 – 110 000 руб. в месяц", 90000, 110000, "RUB", "month", hints=RU),
    E("50 000 руб/мес", 50000, 50000, "RUB", "month", hints=RU),
    E("от 2 500 $", 2500, None, "USD", "month", inferred=P, hints=RU),
    E("от 3000 EUR", 3000, None, "EUR", "month", inferred=P, hints=RU),
    E("500 руб/час", 500, 500, "RUB", "hour", hints=RU),
    E("Зарплата: 70 000 - 90 000 рублей", 70000, 90000, "RUB", "month", inferred=P, hints=RU),
    E("Заработная плата от 45 000 рублей", 45000, None, "RUB", "month", inferred=P, hints=RU),
    E("Оклад 60 000 руб.", 60000, 60000, "RUB", "month", inferred=P, hints=RU),
    E("Доход от 100 000 руб. в месяц", 100000, None, "RUB", "month", hints=RU),
    E("1,2 млн руб. в год", 1200000, 1200000, "RUB", "year", hints=RU),
    E("от 1,5 млн ₽ в год", 1500000, None, "RUB", "year", hints=RU),
    E("150 тыс. руб.", 150000, 150000, "RUB", "month", inferred=P, hints=RU),
    E("80-100 тыс. руб.", 80000, 100000, "RUB", "month", inferred=P, hints=RU),
    E("средняя зарплата 89 000 руб.", 89000, 89000, "RUB", "month", statistic="mean", inferred=P, hints=RU),
    E("медианная зарплата составила 65 000 рублей", 65000, 65000, "RUB", "month", statistic="median", inferred=P,
      hints=RU),
    NEG("Зарплата по договорённости", RU),
    NEG("По результатам собеседования", RU),
    E("от 120 000 до 180 000 ₽ за месяц, до вычета налогов", 120000, 180000, "RUB", "month", gross=True, hints=RU),
    E("200 000 ₽ за месяц, на руки", 200000, 200000, "RUB", "month", gross=False, hints=RU),
    E("от 90 000 ₽ на руки", 90000, None, "RUB", "month", gross=False, inferred=P, hints=RU),
    E(f"от 80{NB}000 до 120{NB}000 ₽", 80000, 120000, "RUB", "month", inferred=P, hints=RU),
    E(f"от 70{NN}000 ₽ за месяц", 70000, None, "RUB", "month", hints=RU),
    E("от 400 000 ₸", 400000, None, "KZT", "month", inferred=P, hints=KZ),
    E("от 300 000 до 500 000 тенге", 300000, 500000, "KZT", "month", inferred=P, hints=KZ),
    E("1 500 руб. в день", 1500, 1500, "RUB", "day", hints=RU),
    E("1000 руб/ч", 1000, 1000, "RUB", "hour", hints=RU),
    E("3 000 ₽ за смену", 3000, 3000, "RUB", "day", hints=RU),
    E("от 250 ₽ в час", 250, None, "RUB", "hour", hints=RU),
    E("от 3 000 до 4 500 $ на руки", 3000, 4500, "USD", "month", gross=False, inferred=P, hints=RU),
    N("Опыт работы 1–3 года", RU),
    N("тел. +7 (495) 123-45-67", RU),
    N("40 часов в неделю", RU),
    N("Москва, ул. Тверская 7", RU),
)  # fmt: skip

SWEDISH = table(
    E("35 000 kr/mån", 35000, 35000, "SEK", "month", hints=SE),
    N("Fast månadslön", SE),
    NEG("Enligt överenskommelse", SE),
    NEG("Individuell lönesättning", SE),
    NEG("Lön enligt kollektivavtal", SE),
    E("180 kr/tim", 180, 180, "SEK", "hour", hints=SE),
    E("35 000 - 42 000 kr/mån", 35000, 42000, "SEK", "month", hints=SE),
    E("Månadslön 32 000 kr", 32000, 32000, "SEK", "month", hints=SE),
    E("Lön: 30 000–38 000 kr per månad", 30000, 38000, "SEK", "month", hints=SE),
    E("Timlön 150 kr", 150, 150, "SEK", "hour", hints=SE),
    E("från 28 000 kr/mån", 28000, None, "SEK", "month", hints=SE),
    E("upp till 45 000 kr i månaden", None, 45000, "SEK", "month", hints=SE),
    E("45 000 SEK per månad", 45000, 45000, "SEK", "month", hints=SE),
    E("500 000 kr per år", 500000, 500000, "SEK", "year", hints=SE),
    E("600 000 - 700 000 kr/år", 600000, 700000, "SEK", "year", hints=SE),
    E("medianlön 36 100 kr", 36100, 36100, "SEK", "month", statistic="median", inferred=P, hints=SE),
    E("Medellönen i Sverige är 37 100 kr i månaden", 37100, 37100, "SEK", "month", statistic="mean", hints=SE),
    E("Genomsnittslön 38 000 kr", 38000, 38000, "SEK", "month", statistic="mean", inferred=P, hints=SE),
    E("ca 40 000 kr/mån", 40000, 40000, "SEK", "month", approximate=True, hints=SE),
    E("minst 30 000 kr per månad", 30000, None, "SEK", "month", hints=SE),
    E("25 000 kr brutto/månad", 25000, 25000, "SEK", "month", gross=True, hints=SE),
    E("30 000 kr före skatt", 30000, 30000, "SEK", "month", gross=True, inferred=P, hints=SE),
    E("22 000 kr efter skatt", 22000, 22000, "SEK", "month", gross=False, inferred=P, hints=SE),
    E("140 kr/h", 140, 140, "SEK", "hour", hints=SE),
    E("1 200 kr/dag", 1200, 1200, "SEK", "day", hints=SE),
    E("40 000:- /mån", 40000, 40000, "SEK", "month", hints=SE),
    E("Lön 35 000:- i månaden", 35000, 35000, "SEK", "month", hints=SE),
    E("35 000–40 000 SEK/månad", 35000, 40000, "SEK", "month", hints=SE),
    E("35k SEK/mån", 35000, 35000, "SEK", "month", hints=SE),
    E("450 000 SEK/år", 450000, 450000, "SEK", "year", hints=SE),
    E(f"32{NB}000–36{NB}000 kr/mån", 32000, 36000, "SEK", "month", hints=SE),
    E("Ingångslön 29 500 kr/mån", 29500, 29500, "SEK", "month", hints=SE),
    E("Timlön: 165,50 kr", "165.50", "165.50", "SEK", "hour", hints=SE),
    E("3 200 € i månaden", 3200, 3200, "EUR", "month", hints=SVFI),
    E("mellan 38 000 och 45 000 kr i månaden", 38000, 45000, "SEK", "month", hints=SE),
    E("Lön från 33 000 kr", 33000, None, "SEK", "month", inferred=P, hints=SE),
    E("cirka 42 000 kr", 42000, 42000, "SEK", "month", approximate=True, inferred=P, hints=SE),
    N("Heltid, 40 timmar/vecka", SE),
    N("Tillträde: 2025-03-01", SE),
    N("Tel: 08-123 456 78", SE),
    N("3–5 års erfarenhet", SE),
    N("Sista ansökningsdag 2025-04-30", SE),
)  # fmt: skip


# formats met while probing the boards after the first table: each was a gap, now read
FOUND = table(
    E("Min. € 3.200 - Max. € 4.600 bruto per maand", 3200, 4600, "EUR", "month", gross=True, hints=NL),
    E("min. € 2.900 en max. € 4.100", 2900, 4100, "EUR", "month", inferred=P, hints=NL),
    E("min. 3.000 € - max. 4.000 €", 3000, 4000, "EUR", "month", inferred=P, hints=DE),
    E("Min 35 000 € - Max 45 000 €", 35000, 45000, "EUR", "year", inferred=P, hints=FR),
    E("Mín. 20.000 € - Máx. 25.000 €", 20000, 25000, "EUR", "year", inferred=P, hints=ES),
    E("Cachet de 150.0 Euros", 150, 150, "EUR", "day", hints=FR),
    E("Cachet de 120 Euros à 200 Euros", 120, 200, "EUR", "day", hints=FR),
    NEG("Selon la grille de la convention collective", FR),
    NEG("Rémunération : Selon la convention collective SYNTEC", FR),
    NEG("a négocier", FR),
    NEG("Salaire a negocier", FR),
    NEG("Selon diplôme", FR),
    NEG("je nach Erfahrung", DE),
    E("Indemnité de stage : 600 € / mois", 600, 600, "EUR", "month", hints=FR),
    E("Gratification de stage : 4,35 € / heure", "4.35", "4.35", "EUR", "hour", hints=FR),
    E("Remuneração base mensal ilíquida de 1.250 €", 1250, 1250, "EUR", "month", gross=True, hints=PT),
    E("RAL 30/35K", 30000, 35000, "EUR", "year", gross=True, inferred=C, hints=IT),
    E("RAL 30k/35k", 30000, 35000, "EUR", "year", gross=True, inferred=C, hints=IT),
    E("30/35 k€", 30000, 35000, "EUR", "year", inferred=P, hints=FR),
    E("2 000/2 500 € brut/mois", 2000, 2500, "EUR", "month", gross=True, hints=FR),
    N("Prise de poste le 15/03/2025", FR),
    N("3/5 ans d'expérience", FR),
    E("CHF 110'000.- - 130'000.-", 110000, 130000, "CHF", "year", inferred=P, hints=DECH),
    E("Fr. 6'000.-/Monat", 6000, 6000, "CHF", "month", hints=DECH),
    E("55.000,- € p.a.", 55000, 55000, "EUR", "year", hints=DE),
    E("€ 3.200,- brutto / Monat (14 x jährlich)", 3200, 3200, "EUR", "month", payments=14, gross=True, hints=AT),
    E("Salaire : 35K à 45K €", 35000, 45000, "EUR", "year", inferred=P, hints=FR),
    E("40 000,00 €/an - 50 000,00 €/an", 40000, 50000, "EUR", "year", hints=FR),
    E("Salaire de 40 à 45 k€ annuels selon expérience", 40000, 45000, "EUR", "year", hints=FR),
    E("500 à 600 € HT / jour", 500, 600, "EUR", "day", hints=FR),
    E("1.134 € x 14 pagas", 1134, 1134, "EUR", "month", payments=14, inferred=P, hints=ES),
    E("S/ 2,500 - S/ 3,000", 2500, 3000, "PEN", "month", inferred=P, hints={"lang": "es", "country": "PE"}),
    E("R$4,5 mil", 4500, 4500, "BRL", "month", inferred=P, hints=BR),
    E("Stawka godzinowa: 27,70 zł brutto", "27.70", "27.70", "PLN", "hour", gross=True, hints=PL),
    E("18 000 - 25 000 PLN Net per month - B2B", 18000, 25000, "PLN", "month", gross=False, hints=PL),
    E("ЗП от 70 тыс.", 70000, None, "RUB", "month", inferred=PC, hints=RU),
    E("100-150к руб", 100000, 150000, "RUB", "month", inferred=P, hints=RU),
    N("Fast månads- vecko- eller timlön", SE),
    NEG("Fast månadslön enligt överenskommelse", SE),
    E("45 000:-", 45000, 45000, "SEK", "month", inferred=P, hints=SE),
    E("2000 brut", 2000, 2000, "EUR", "month", gross=True, inferred=PC, hints=FR),
    E("2000 brutto", 2000, 2000, "EUR", "month", gross=True, inferred=PC, hints=DE),
    E("Retribución: 30.000 - 35.000 € b.a.", 30000, 35000, "EUR", "year", gross=True, hints=ES),
    E("SBA 30.000€", 30000, 30000, "EUR", "year", gross=True, hints=ES),
    E("RBA: 28.000 - 32.000 €", 28000, 32000, "EUR", "year", gross=True, hints=ES),
    N("Prime annuelle : 3 000 €", FR),
    N("Budget mensuel : 3 000 €", FR),
    N("Jährliche Prämie: 5.000 €", DE),
    E("Rémunération annuelle : 40 000 € + prime annuelle 3 000 €", 40000, 40000, "EUR", "year", hints=FR),
    # no hint: the currency's market settles the language ("mil" is a thousand in Portuguese)
    E("R$ 8 mil a R$ 12 mil", 8000, 12000, "BRL", "month", inferred=P),
    E("8 mil a 12 mil reais", 8000, 12000, "BRL", "month", inferred=P),
    # working hours next to the pay: their period word is theirs, not the pay's
    E("35h/semaine, 11,88 € brut de l'heure", "11.88", "11.88", "EUR", "hour", gross=True, hints=FR),
    E("39h hebdo - 2 100 € brut", 2100, 2100, "EUR", "month", gross=True, inferred=P, hints=FR),
    E("40 Std./Woche, 3.200 € brutto", 3200, 3200, "EUR", "month", gross=True, inferred=P, hints=DE),
    E("40 horas semanales, 1.300 € brutos/mes", 1300, 1300, "EUR", "month", gross=True, hints=ES),
    E("Der Bruttomedianlohn beträgt 3.800 €", 3800, 3800, "EUR", "month", gross=True, statistic="median",
      inferred=P, hints=DE),
    E("Durchschnittsbruttogehalt: 4.100 €", 4100, 4100, "EUR", "month", gross=True, statistic="mean", inferred=P,
      hints=DE),
    E("Das Medianentgelt lag bei 3.796 Euro brutto", 3796, 3796, "EUR", "month", gross=True, statistic="median",
      inferred=P, hints=DE),
    E("Mediana wynagrodzeń wyniosła 7 000 zł", 7000, 7000, "PLN", "month", statistic="median", inferred=P,
      hints=PL),
    E("Snittlönen ligger på 38 000 kr i månaden", 38000, 38000, "SEK", "month", statistic="mean", hints=SE),
    # the euro sign written in place of the decimal comma
    E("11€88 de l'heure", "11.88", "11.88", "EUR", "hour", hints=FR),
    E("de 11€88 à 13€50 de l'heure", "11.88", "13.50", "EUR", "hour", hints=FR),
    # Austrian payment counts
    E("€ 2.600,- brutto (14x)", 2600, 2600, "EUR", "month", payments=14, gross=True, inferred=P, hints=AT),
    E("2.600 € brutto, 14x im Jahr", 2600, 2600, "EUR", "month", payments=14, gross=True, inferred=P, hints=AT),
)  # fmt: skip


# an error says where the thing it objects to is
POSITIONS = [
    ("43 % du SMIC", FR, "43 %"),
    ("Tel. 0221 123456", DE, "0221"),
    ("Poste basé à Paris 75008", FR, "75008"),
    ("Expérience : 2 ans minimum", FR, "2 ans"),
    ("Eintritt ab 01.03.2025", DE, "01.03"),
    ("35h/semaine", FR, "35h"),
    ("Prime annuelle : 3 000 €", FR, "3 000"),
    ("Startkapital von 2 Mio. €", DE, "2 Mio"),
]


@pytest.mark.parametrize("example", FRENCH)
def test_french(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", GERMAN)
def test_german(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", SPANISH)
def test_spanish(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", PORTUGUESE)
def test_portuguese(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", ITALIAN)
def test_italian(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", POLISH)
def test_polish(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", DUTCH)
def test_dutch(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", RUSSIAN)
def test_russian(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", SWEDISH)
def test_swedish(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", FOUND)
def test_found_while_probing(example: Example) -> None:
    check(example)


@pytest.mark.parametrize(("text", "hints", "where"), POSITIONS, ids=[p[0] for p in POSITIONS])
def test_errors_point_at_what_they_object_to(text: str, hints: dict[str, str], where: str) -> None:
    with pytest.raises(sk.SalaryParseError) as info:
        sk.parse(text, **hints)
    position = info.value.position
    assert position is not None and text[position:].startswith(where), (info.value.reason, position)


def test_reading_does_not_depend_on_the_hash_seed() -> None:
    """Ties between languages are settled the same way in every process."""
    code = (
        "import salarykit as sk\n"
        "for t in ['R$ 8 mil a R$ 12 mil', '1,2 mil euros', '5 mil zł', '30 mil', '$ 15 mil']:\n"
        "    print(repr(sk.parse(t)))\n"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(outputs) == 1, outputs


def test_tables_are_large_enough() -> None:
    sizes = {"fr": len(FRENCH), "de": len(GERMAN), "es": len(SPANISH), "pt": len(PORTUGUESE),
             "it": len(ITALIAN), "pl": len(POLISH), "nl": len(DUTCH), "ru": len(RUSSIAN), "sv": len(SWEDISH)}
    assert sizes["fr"] >= 80 and all(n >= 40 for n in sizes.values()), sizes
