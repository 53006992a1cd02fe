"""Held-out round 6: UK boards, small markets and the other English-speaking markets.

Sources: Reed, Totaljobs, CV-Library, Indeed UK, Guardian Jobs, NHS Jobs, LinkedIn UK; InfoJobs,
Indeed ES, Computrabajo (MX, AR, CO); Catho, Vagas, Indeed BR, Gupy; StepStone, XING, Indeed DE;
InfoJobs IT, Indeed IT; Indeed NL, Nationale Vacaturebank; hh.ru; Saramin, JobKorea; Platsbanken;
JobStreet SG, JobsDB HK, Job Bank CA, Seek NZ; Naukri, Indeed IN; Indeed US, LinkedIn US.
Rows were written before they were run.

Variants: line breaks, NBSP / U+202F, HTML leftovers, chips glued by the scraper, several figures
on one card (the first base salary is read), "none" and negotiable fields.

Conventions, beyond those of the earlier tables:

* a pay scale named without an amount ("TV-L E13", "CAO schaal 8") is negotiable, like "nach TVöD";
* an NHS band ("Band 6: …") names the grade; the figures are the pay;
* "X+ OTE" is an open upper bound on on-target earnings, the only figure written;
* "N pagas de X", "(13 Gehälter)" state N payments.
"""

from __future__ import annotations

import pytest
from examples_helpers import (
    AR,
    BR,
    CA,
    CO,
    DE,
    ES,
    FR,
    GB,
    IN,
    IT,
    JP,
    KR,
    MX,
    NEG,
    NL,
    RU,
    SE,
    US,
    E,
    Example,
    N,
    P,
    check,
    gap,
    table,
)

ENGB = {"lang": "en-GB"}
SG = {"lang": "en", "country": "SG"}
HK = {"lang": "en", "country": "HK"}
NZ = {"lang": "en", "country": "NZ"}

_ = gap  # rows the engine cannot read yet are wrapped in gap(row, reason)

EN_GB = table(
    E("£25,000 - £30,000 per annum + benefits", 25000, 30000, "GBP", "year", hints=GB),
    E("£45k - £55k pa", 45000, 55000, "GBP", "year", hints=GB),
    E("£350 - £450 per day (Inside IR35)", 350, 450, "GBP", "day", hints=GB),
    E("£12.50 per hour + holiday pay", "12.5", "12.5", "GBP", "hour", hints=GB),
    E("Up to £60,000 DOE", None, 60000, "GBP", "year", inferred=P, hints=GB),
    E("£30,000 - £35,000 per annum pro rata", 30000, 35000, "GBP", "year", hints=GB),
    E("£28,407 to £34,581 a year", 28407, 34581, "GBP", "year", hints=GB),
    E("Band 6: £37,338 - £44,962", 37338, 44962, "GBP", "year", inferred=P, hints=GB),
    E("£40K-£50K + bonus + car allowance", 40000, 50000, "GBP", "year", inferred=P, hints=GB),
    NEG("Competitive salary\u00a0+ excellent benefits", GB),
    E("£500/day outside IR35", 500, 500, "GBP", "day", hints=GB),
    E("£22,000 - £24,000 per annum, pro-rata", 22000, 24000, "GBP", "year", hints=GB),
    E("£11.44ph", "11.44", "11.44", "GBP", "hour", hints=GB),
    E("£1,800 per calendar month", 1800, 1800, "GBP", "month", hints=GB),
    E("£2,500pcm", 2500, 2500, "GBP", "month", hints=GB),
    E("£26,000 - £28,000 a year\nPermanent\nFull-time", 26000, 28000, "GBP", "year", hints=GB),
    E("£13.15 an hour - Part-time", "13.15", "13.15", "GBP", "hour", hints=GB),
    E("£32,000 - £38,000 per year", 32000, 38000, "GBP", "year", hints=GB),
    E("£50,000 - £60,000 per annum + 15% bonus", 50000, 60000, "GBP", "year", hints=GB),
    E("£55k basic + 10% bonus", 55000, 55000, "GBP", "year", inferred=P, hints=GB),
    E("£400 per day Outside IR35 - 6 month contract", 400, 400, "GBP", "day", hints=GB),
    E("£24,000 to £26,000 per annum (pro rata)", 24000, 26000, "GBP", "year", hints=GB),
    E("£10.90 - £12.00 per hour + holiday pay", "10.9", 12, "GBP", "hour", hints=GB),
    E("Salary: £35k-£42k (DOE)", 35000, 42000, "GBP", "year", inferred=P, hints=GB),
    E("£33,000 per annum\u00a0+ benefits", 33000, 33000, "GBP", "year", hints=GB),
    E("£30k - £35k per annum + 25 days holiday", 30000, 35000, "GBP", "year", hints=GB),
    E("£900 per week", 900, 900, "GBP", "week", hints=GB),
    E("£15.50/hr", "15.5", "15.5", "GBP", "hour", hints=GB),
    E("£70,000 - £80,000 per annum inc. London weighting", 70000, 80000, "GBP", "year", hints=GB),
    E("£29,970 to £36,483 a year per annum pro rata", 29970, 36483, "GBP", "year", hints=GB),
    E("Band 5: £28,407 to £34,581 per annum", 28407, 34581, "GBP", "year", hints=GB),
    E(
        "£46,148 to £52,809 a year Per annum, pro rata, inclusive of HCAS",
        46148,
        52809,
        "GBP",
        "year",
        hints=GB,
    ),
    E("£60,000 - £70,000 + Excellent Benefits", 60000, 70000, "GBP", "year", inferred=P, hints=GB),
    NEG("Salary: Competitive + Benefits", GB),
    NEG("Negotiable salary", GB),
    E("£18.27 - £21.56 per hour (inside IR35)", "18.27", "21.56", "GBP", "hour", hints=GB),
    E("£65,000 - £75,000 per annum + 20% bonus + pension", 65000, 75000, "GBP", "year", hints=GB),
    E("£27,000 - £30,000 per annum\n\nLocation: Manchester", 27000, 30000, "GBP", "year", hints=GB),
    E("<strong>£35,000</strong> per annum", 35000, 35000, "GBP", "year", hints=GB),
    E("£40,000&nbsp;-&nbsp;£45,000 per annum", 40000, 45000, "GBP", "year", hints=GB),
    E("£32k–£36k", 32000, 36000, "GBP", "year", inferred=P, hints=GB),
    E("£3,000 per month", 3000, 3000, "GBP", "month", hints=GB),
    E("£95 - £110 per day", 95, 110, "GBP", "day", hints=GB),
    E("£24,000 pa pro rata", 24000, 24000, "GBP", "year", hints=GB),
    E("up to £600 p/d", None, 600, "GBP", "day", hints=GB),
    E("£45,000 - £50,000 p/a", 45000, 50000, "GBP", "year", hints=GB),
    E("£12.60 - £14.60 p/h", "12.6", "14.6", "GBP", "hour", hints=GB),
    E("£35,000 - £40,000 per annum + OTE £50,000", 35000, 40000, "GBP", "year", hints=GB),
    E("£30,000 basic, OTE £45,000", 30000, 30000, "GBP", "year", inferred=P, hints=GB),
    E("£38,000 to £42,000", 38000, 42000, "GBP", "year", inferred=P, hints=GB),
    E("£60K/yr - £70K/yr", 60000, 70000, "GBP", "year", hints=GB),
    E("£30,000 - £35,000 a yearPermanentFull-time", 30000, 35000, "GBP", "year", hints=GB),
    E("£12.21\u202fper hour", "12.21", "12.21", "GBP", "hour", hints=GB),
    E("£42,000 - £48,000 per annum", 42000, 48000, "GBP", "year", hints=ENGB),
    E("£45k - £55k", 45000, 55000, "GBP", "year", inferred=P, hints=ENGB),
    E("£14 per hour", 14, 14, "GBP", "hour", hints=ENGB),
    # no hints: the pound settles the market
    E("£25,000 - £30,000 per annum", 25000, 30000, "GBP", "year"),
    E("£45k - £55k", 45000, 55000, "GBP", "year", inferred=P),
    E("£550 per day", 550, 550, "GBP", "day"),
    E("£2,000 pcm", 2000, 2000, "GBP", "month"),
    E("£11.44 ph", "11.44", "11.44", "GBP", "hour"),
    E("GBP 50,000 - 60,000 per annum", 50000, 60000, "GBP", "year"),
)

EN_OTHER = table(
    E("S$5,000 - S$7,000 monthly\nFull Time", 5000, 7000, "SGD", "month", hints=SG),
    E("$5,000 - $7,000 per month", 5000, 7000, "SGD", "month", hints=SG),
    E("SGD 6,500 - 8,500 / month", 6500, 8500, "SGD", "month", hints=SG),
    E("$4,500 – $6,000 monthly", 4500, 6000, "SGD", "month", hints=SG),
    E("S$4,000 – S$5,500 monthly", 4000, 5500, "SGD", "month"),
    E("HK$25,000 - 30,000 per month", 25000, 30000, "HKD", "month", hints=HK),
    E("HK$30K - 40K /month", 30000, 40000, "HKD", "month", hints=HK),
    E("HKD 20,000 - 25,000 per month", 20000, 25000, "HKD", "month", hints=HK),
    E("HK$25,000 - 30,000 per month", 25000, 30000, "HKD", "month"),
    E("CA$75,000–$90,000 a year", 75000, 90000, "CAD", "year", hints=CA),
    E("$25.00 to $30.00 hourly", 25, 30, "CAD", "hour", hints=CA),
    E("$65,000 - $80,000 a year", 65000, 80000, "CAD", "year", hints=CA),
    E("CA$75,000–$90,000 a year", 75000, 90000, "CAD", "year"),
    E("$NZ 60,000", 60000, 60000, "NZD", "year", inferred=P, hints=NZ),
    E("NZ$75,000 - NZ$85,000", 75000, 85000, "NZD", "year", inferred=P, hints=NZ),
    E("$72,000 - $78,000 a year", 72000, 78000, "NZD", "year", hints=NZ),
    E("$26.50 per hour", "26.5", "26.5", "NZD", "hour", hints=NZ),
    # en-IN
    E("₹ 7,00,000 - 9,00,000 P.A.", 700000, 900000, "INR", "year", hints=IN),
    E("INR 12-18 LPA", 1200000, 1800000, "INR", "year", hints=IN),
    E("₹22,000 - ₹28,000 a month", 22000, 28000, "INR", "month", hints=IN),
    E("4.5 - 6 Lacs PA", 450000, 600000, "INR", "year", hints=IN),
    E("Rs. 15,000/month", 15000, 15000, "INR", "month", hints=IN),
    E("₹ 10-15 Lakhs per annum", 1000000, 1500000, "INR", "year", hints=IN),
    E("₹4L - ₹6L/yr", 400000, 600000, "INR", "year", hints=IN),
    E("₹ 4,50,000 - 6,00,000 a year", 450000, 600000, "INR", "year", hints=IN),
    E("Rs 18000 - 22000 per month", 18000, 22000, "INR", "month", hints=IN),
    # en-US
    E("$45-$55/hr W2", 45, 55, "USD", "hour", hints=US),
    E("$120K - $150K/yr", 120000, 150000, "USD", "year", hints=US),
    E("$22.50 - $26.00 per hour", "22.5", 26, "USD", "hour", hints=US),
    E("$150,000.00 - $180,000.00 annually", 150000, 180000, "USD", "year", hints=US),
    E("USD 130,000-160,000", 130000, 160000, "USD", "year", inferred=P, hints=US),
    E("$95k base + equity", 95000, 95000, "USD", "year", inferred=P, hints=US),
    E("Pay: $19.25 - $23.50 per hour", "19.25", "23.5", "USD", "hour", hints=US),
    E("$3,800 - $4,400 a month", 3800, 4400, "USD", "month", hints=US),
    E(
        "Base pay range\n$140,000.00/yr - $175,000.00/yr",
        140000,
        175000,
        "USD",
        "year",
        hints=US,
    ),
    E("$60,000 - $75,000/year DOE", 60000, 75000, "USD", "year", hints=US),
    E("$1,350 a week", 1350, 1350, "USD", "week", hints=US),
    E("$28/hour + tips", 28, 28, "USD", "hour", hints=US),
    E("Starting at $21.75/hr", "21.75", None, "USD", "hour", hints=US),
    E("$100K - $130K (Employer est.)", 100000, 130000, "USD", "year", inferred=P, hints=US),
)

ES_ROWS = table(
    E("Salario: 1.200€ - 1.400€ Bruto/mes", 1200, 1400, "EUR", "month", gross=True, hints=ES),
    E("25.000 € - 30.000 € b/a", 25000, 30000, "EUR", "year", gross=True, hints=ES),
    E("Salario: 18.000 € - 22.000 € Bruto/año", 18000, 22000, "EUR", "year", gross=True, hints=ES),
    N("Salario: no disponible", ES),
    NEG("Salario: A convenir", ES),
    E("1.134 € brutos mensuales", 1134, 1134, "EUR", "month", gross=True, hints=ES),
    E("30.000 - 36.000 € brutos/año", 30000, 36000, "EUR", "year", gross=True, hints=ES),
    E("14 pagas de 1.500 €", 1500, 1500, "EUR", "month", payments=14, inferred=P, hints=ES),
    E("12€/hora", 12, 12, "EUR", "hour", hints=ES),
    E(
        "Salario: 24.000€ - 28.000€\u00a0Bruto/año",
        24000,
        28000,
        "EUR",
        "year",
        gross=True,
        hints=ES,
    ),
    E("$ 15.000 a $ 18.000 Mensual", 15000, 18000, "MXN", "month", hints=MX),
    E("$ 8.000 a $ 10.000 (Mensual)", 8000, 10000, "MXN", "month", hints=MX),
    E(
        "Sueldo: $ 12.000 - $ 14.000 mensuales + prestaciones de ley",
        12000,
        14000,
        "MXN",
        "month",
        hints=MX,
    ),
    E("$ 15.000 a $ 18.000 Mensual", 15000, 18000, "ARS", "month", hints=AR),
    E("$ 350.000,00 (Mensual)", 350000, 350000, "ARS", "month", hints=AR),
    E("$ 1.500.000 a $ 2.000.000 Mensual", 1500000, 2000000, "COP", "month", hints=CO),
    E("$ 1.300.000,00 (Mensual)", 1300000, 1300000, "COP", "month", hints=CO),
    NEG("Sueldo a convenir", MX),
)

PT_ROWS = table(
    E("R$ 3.500,00 a R$ 4.200,00", 3500, 4200, "BRL", "month", inferred=P, hints=BR),
    E("Salário: R$ 2.000 + benefícios", 2000, 2000, "BRL", "month", inferred=P, hints=BR),
    NEG("Faixa salarial: A combinar", BR),
    E("CLT: R$ 8 mil - R$ 10 mil", 8000, 10000, "BRL", "month", inferred=P, hints=BR),
    E("PJ R$ 50/hora", 50, 50, "BRL", "hour", hints=BR),
    E("De R$ 2.500,00 a R$ 3.000,00", 2500, 3000, "BRL", "month", inferred=P, hints=BR),
    E("R$ 1.412,00 + VT + VR", 1412, 1412, "BRL", "month", inferred=P, hints=BR),
    E("Até R$ 5.000,00", None, 5000, "BRL", "month", inferred=P, hints=BR),
    E("A partir de R$ 3.000", 3000, None, "BRL", "month", inferred=P, hints=BR),
    E("R$ 6.000,00 / mês", 6000, 6000, "BRL", "month", hints=BR),
    E("R$ 90.000 - R$ 120.000 por ano", 90000, 120000, "BRL", "year", hints=BR),
    E("Salário: R$\u00a04.500,00", 4500, 4500, "BRL", "month", inferred=P, hints=BR),
    E("PJ: R$ 12.000 a R$ 15.000/mês", 12000, 15000, "BRL", "month", hints=BR),
    E("Bolsa-auxílio: R$ 1.800,00", 1800, 1800, "BRL", "month", inferred=P, hints=BR),
    E("R$ 3.500,00 a R$ 4.200,00", 3500, 4200, "BRL", "month", inferred=P),
    E("R$ 25 por hora", 25, 25, "BRL", "hour", hints=BR),
)

DE_ROWS = table(
    E("45.000 € - 55.000 € brutto/Jahr", 45000, 55000, "EUR", "year", gross=True, hints=DE),
    E("ab 3.200 € brutto monatlich", 3200, None, "EUR", "month", gross=True, hints=DE),
    NEG("TV-L E13", DE),
    E("60-70k€ p.a.", 60000, 70000, "EUR", "year", hints=DE),
    E("18,50 €/Std.", "18.5", "18.5", "EUR", "hour", hints=DE),
    E("Gehalt: 55.000 - 65.000 EUR p.a.", 55000, 65000, "EUR", "year", hints=DE),
    E("3.500 € - 4.200 € brutto pro Monat", 3500, 4200, "EUR", "month", gross=True, hints=DE),
    E("52.000 € – 62.000 € jährlich", 52000, 62000, "EUR", "year", hints=DE),
    E("bis zu 75.000 € brutto im Jahr", None, 75000, "EUR", "year", gross=True, hints=DE),
    E("14,00 € pro Stunde", 14, 14, "EUR", "hour", hints=DE),
    NEG("Vergütung nach TVöD E9b", DE),
    E(
        "4.000 € brutto / Monat (13 Gehälter)",
        4000,
        4000,
        "EUR",
        "month",
        payments=13,
        gross=True,
        hints=DE,
    ),
    E("65.000 EUR brutto p.a. + Bonus", 65000, 65000, "EUR", "year", gross=True, hints=DE),
    E("45.000 - 50.000 €", 45000, 50000, "EUR", "year", inferred=P, hints=DE),
    E("3.100 €", 3100, 3100, "EUR", "month", inferred=P, hints=DE),
    E("60.000\u00a0€ – 75.000\u00a0€ pro Jahr", 60000, 75000, "EUR", "year", hints=DE),
    E("13,90 € / Stunde", "13.9", "13.9", "EUR", "hour", hints=DE),
)

IT_ROWS = table(
    E("RAL: 32.000 - 36.000 €", 32000, 36000, "EUR", "year", gross=True, hints=IT),
    E("1.450 € netti al mese", 1450, 1450, "EUR", "month", gross=False, hints=IT),
    E("€ 25.000 - € 28.000 lordi annui", 25000, 28000, "EUR", "year", gross=True, hints=IT),
    E("1.500 € - 1.700 € al mese", 1500, 1700, "EUR", "month", hints=IT),
    E("€ 9,50 l'ora", "9.5", "9.5", "EUR", "hour", hints=IT),
    E("Retribuzione: 1.300 € netti mensili", 1300, 1300, "EUR", "month", gross=False, hints=IT),
    E("da 1.200 € a 1.500 € al mese", 1200, 1500, "EUR", "month", hints=IT),
    NEG("Retribuzione: commisurata all'esperienza", IT),
    E("€ 35.000 - € 40.000 all'anno", 35000, 40000, "EUR", "year", hints=IT),
    E(
        "28.000 € lordi annui su 14 mensilità",
        28000,
        28000,
        "EUR",
        "year",
        payments=14,
        gross=True,
        hints=IT,
    ),
)

NL_ROWS = table(
    E("€ 3.000 - € 4.000 bruto per maand", 3000, 4000, "EUR", "month", gross=True, hints=NL),
    E("€ 45k - 55k per jaar", 45000, 55000, "EUR", "year", hints=NL),
    NEG("CAO schaal 8", NL),
    E("€ 2.800 - € 3.600 per maand", 2800, 3600, "EUR", "month", hints=NL),
    E("€ 16,50 per uur", "16.5", "16.5", "EUR", "hour", hints=NL),
    E(
        "Salarisindicatie: € 4.000 - € 5.200 bruto p/m",
        4000,
        5200,
        "EUR",
        "month",
        gross=True,
        hints=NL,
    ),
    E("€ 50.000 - € 60.000 bruto per jaar", 50000, 60000, "EUR", "year", gross=True, hints=NL),
    E("max. € 4.500 per maand", None, 4500, "EUR", "month", hints=NL),
    NEG("Salaris: marktconform + 13e maand", NL),
)

RU_ROWS = table(
    E(
        "от 85 000 до 110 000 ₽ на руки",
        85000,
        110000,
        "RUB",
        "month",
        gross=False,
        inferred=P,
        hints=RU,
    ),
    E(
        "до 250 000 ₽ до вычета налогов",
        None,
        250000,
        "RUB",
        "month",
        gross=True,
        inferred=P,
        hints=RU,
    ),
    E("150 000 – 200 000 руб.", 150000, 200000, "RUB", "month", inferred=P, hints=RU),
    E("от 60 000 руб. на руки", 60000, None, "RUB", "month", gross=False, inferred=P, hints=RU),
    N("Уровень дохода не указан\n", RU),
    E("от 3 000 $ до вычета налогов", 3000, None, "USD", "month", gross=True, inferred=P, hints=RU),
    E("90 000 ₽ за месяц, на руки", 90000, 90000, "RUB", "month", gross=False, hints=RU),
    E(
        "от 200\u00a0000 ₽ за месяц до вычета налогов",
        200000,
        None,
        "RUB",
        "month",
        gross=True,
        hints=RU,
    ),
    E("от 95 000 до 130 000 ₽ на руки", 95000, 130000, "RUB", "month", gross=False, inferred=P),
)

KO_ROWS = table(
    E("연봉 3,200만원 이상", 32000000, None, "KRW", "year", hints=KR),
    E("월 270만원", 2700000, 2700000, "KRW", "month", hints=KR),
    E("시급 10,030원 (주휴수당 별도 지급)", 10030, 10030, "KRW", "hour", hints=KR),
    NEG("회사 내규에 따름 - 면접 후 결정", KR),
    E("연봉 4,000 ~ 5,000만원", 40000000, 50000000, "KRW", "year", hints=KR),
    E("월급 300만원 ~ 350만원", 3000000, 3500000, "KRW", "month", hints=KR),
    E("일급 160,000원", 160000, 160000, "KRW", "day", hints=KR),
    E("연봉 5000만원", 50000000, 50000000, "KRW", "year", hints=KR),
    NEG("급여: 추후 협의", KR),
    E("연봉 3,600만원 이상", 36000000, None, "KRW", "year"),
)

SV_ROWS = table(
    E("35 000 - 40 000 kr/mån", 35000, 40000, "SEK", "month", hints=SE),
    E("Månadslön 34 200 kr", 34200, 34200, "SEK", "month", hints=SE),
    E("185 kr/tim", 185, 185, "SEK", "hour", hints=SE),
    E("45 000 kr i månaden", 45000, 45000, "SEK", "month", hints=SE),
    E("Lön: 28 000–32 000 kr per månad", 28000, 32000, "SEK", "month", hints=SE),
    N("Lönetyp: Fast månads- vecko- eller timlön", SE),
)

VARIANTS = table(
    # UK boards, second pass
    E("£25,000 -\n£30,000 per annum", 25000, 30000, "GBP", "year", hints=GB),
    E("£30,000.00 - £35,000.00 per annum", 30000, 35000, "GBP", "year", hints=GB),
    E("£30000 - £35000 per annum", 30000, 35000, "GBP", "year", hints=GB),
    E(
        "Salary: £26,421 - £29,605 per annum (pro rata for part-time)",
        26421,
        29605,
        "GBP",
        "year",
        hints=GB,
    ),
    E("£23,000 - £25,000 per annum + Overtime", 23000, 25000, "GBP", "year", hints=GB),
    E("£40 - 45k", 40000, 45000, "GBP", "year", inferred=P, hints=GB),
    E("£35-£40k", 35000, 40000, "GBP", "year", inferred=P, hints=GB),
    E("£18ph - £22ph", 18, 22, "GBP", "hour", hints=GB),
    E(
        "£90,000 - £110,000 + 15% bonus + benefits",
        90000,
        110000,
        "GBP",
        "year",
        inferred=P,
        hints=GB,
    ),
    E("£1,500 - £1,800 per month", 1500, 1800, "GBP", "month", hints=GB),
    E("£300 per week + accommodation", 300, 300, "GBP", "week", hints=GB),
    E("£10.42 per hour (National Living Wage)", "10.42", "10.42", "GBP", "hour", hints=GB),
    E("Up to £14.50 per hour", None, "14.5", "GBP", "hour", hints=GB),
    E("From £11.44 per hour", "11.44", None, "GBP", "hour", hints=GB),
    E("£12.00 p/hr", 12, 12, "GBP", "hour", hints=GB),
    E("£45k-£55k+benefits", 45000, 55000, "GBP", "year", inferred=P, hints=GB),
    E("£500-£550 p/day", 500, 550, "GBP", "day", hints=GB),
    E("£60k - £70k per annum + bonus & benefits", 60000, 70000, "GBP", "year", hints=GB),
    E("£28k-£32k basic + OTE £40k", 28000, 32000, "GBP", "year", inferred=P, hints=GB),
    E(
        "Salary Range: £40,000 - £50,000\nLocation: Leeds",
        40000,
        50000,
        "GBP",
        "year",
        inferred=P,
        hints=GB,
    ),
    E("NHS AfC: Band 7 £47,810 - £54,710 per annum", 47810, 54710, "GBP", "year", hints=GB),
    E("£37,338 - £44,962 per annum pro rata, plus HCAS", 37338, 44962, "GBP", "year", hints=GB),
    E("£24.50 - £27.00 Per Hour PAYE", "24.5", 27, "GBP", "hour", hints=GB),
    E("£350/day - £400/day", 350, 400, "GBP", "day", hints=GB),
    NEG("Negotiable DOE", GB),
    NEG("£Competitive", GB),
    NEG("Salary: £ negotiable", GB),
    # other English-speaking markets
    E("$80K - $100K a year\nFull-time", 80000, 100000, "USD", "year", hints=US),
    E("$17 an hour\nPart-time", 17, 17, "USD", "hour", hints=US),
    E("From $65,000 a year", 65000, None, "USD", "year", hints=US),
    E("$50.00 - $70.00 Per Hour (Employer est.)", 50, 70, "USD", "hour", hints=US),
    E("$105K - $135K (Glassdoor est.)", 105000, 135000, "USD", "year", inferred=P, hints=US),
    E("$130,000/yr + equity + benefits", 130000, 130000, "USD", "year", hints=US),
    E("₹ 3.6 - 4.8 LPA", 360000, 480000, "INR", "year", hints=IN),
    E("CTC: 9-12 LPA", 900000, 1200000, "INR", "year", gross=True, hints=IN),
    E("₹ 30K - ₹ 40K per month", 30000, 40000, "INR", "month", hints=IN),
    E("INR 5,00,000 - 7,00,000 PA", 500000, 700000, "INR", "year", hints=IN),
    E("$3,500 to $4,500 per month", 3500, 4500, "SGD", "month", hints=SG),
    E("SGD 110,000 - 140,000 annually", 110000, 140000, "SGD", "year", hints=SG),
    E("HK$18,000 - HK$22,000 /month", 18000, 22000, "HKD", "month", hints=HK),
    E("$22.50 hourly / 37.5 hours per week", "22.5", "22.5", "CAD", "hour", hints=CA),
    # small markets, second pass
    E("Salario: 1.500€ - 1.800€ Neto/mes", 1500, 1800, "EUR", "month", gross=False, hints=ES),
    E(
        "Salario: 25.000€ - 30.000€ Bruto/año\nContrato indefinido",
        25000,
        30000,
        "EUR",
        "year",
        gross=True,
        hints=ES,
    ),
    E("Entre 20.000 y 24.000 € brutos anuales", 20000, 24000, "EUR", "year", gross=True, hints=ES),
    E("Desde 1.300 € al mes", 1300, None, "EUR", "month", hints=ES),
    E("Hasta 35.000 € brutos al año", None, 35000, "EUR", "year", gross=True, hints=ES),
    E("10,50 € / hora", "10.5", "10.5", "EUR", "hour", hints=ES),
    E("$18,000 - $22,000 Mensual", 18000, 22000, "MXN", "month", hints=MX),
    E("$ 25.000,00 - $ 30.000,00 Mensual", 25000, 30000, "MXN", "month", hints=MX),
    E("R$ 2.500,00 - R$ 3.000,00 (Bruto mensal)", 2500, 3000, "BRL", "month", gross=True, hints=BR),
    E(
        "Salário: R$ 4.000 a R$ 5.000 + VR + VA + Plano de saúde",
        4000,
        5000,
        "BRL",
        "month",
        inferred=P,
        hints=BR,
    ),
    E("R$ 15/hora", 15, 15, "BRL", "hour", hints=BR),
    E("Até R$ 10 mil", None, 10000, "BRL", "month", inferred=P, hints=BR),
    E("R$ 7 mil CLT", 7000, 7000, "BRL", "month", inferred=P, hints=BR),
    E("Remuneração: R$ 3.200,00 mensais", 3200, 3200, "BRL", "month", hints=BR),
    E("50.000 - 60.000 € pro Jahr", 50000, 60000, "EUR", "year", hints=DE),
    E("3.000 € - 3.500 € / Monat", 3000, 3500, "EUR", "month", hints=DE),
    E("ab 16 € / Std.", 16, None, "EUR", "hour", hints=DE),
    E("Jahresgehalt: 48.000 € brutto", 48000, 48000, "EUR", "year", gross=True, hints=DE),
    E("bis 4.000 € brutto pro Monat", None, 4000, "EUR", "month", gross=True, hints=DE),
    E("55k - 65k € brutto p.a.", 55000, 65000, "EUR", "year", gross=True, hints=DE),
    E("RAL 28-32k", 28000, 32000, "EUR", "year", gross=True, inferred=("currency",), hints=IT),
    E("Compenso: 1.200 € mensili", 1200, 1200, "EUR", "month", hints=IT),
    E("€ 10 all'ora", 10, 10, "EUR", "hour", hints=IT),
    E("€ 3.200 - € 4.100 per maand (op basis van 40 uur)", 3200, 4100, "EUR", "month", hints=NL),
    E("€ 55.000 - € 70.000 per jaar", 55000, 70000, "EUR", "year", hints=NL),
    E("tot € 5.400 bruto per maand", None, 5400, "EUR", "month", gross=True, hints=NL),
    E("€ 2.500,- tot € 3.200,- bruto per maand", 2500, 3200, "EUR", "month", gross=True, hints=NL),
    E("€ 18,- per uur", 18, 18, "EUR", "hour", hints=NL),
    E(
        "от 120 000 ₽ за месяц, до вычета налогов",
        120000,
        None,
        "RUB",
        "month",
        gross=True,
        hints=RU,
    ),
    E("з/п от 70 000 руб.", 70000, None, "RUB", "month", inferred=P, hints=RU),
    E(
        "100 000 - 150 000 руб. на руки",
        100000,
        150000,
        "RUB",
        "month",
        gross=False,
        inferred=P,
        hints=RU,
    ),
    E("до 300 000 ₽", None, 300000, "RUB", "month", inferred=P, hints=RU),
    E("от 2 000 до 3 000 $ на руки", 2000, 3000, "USD", "month", gross=False, inferred=P, hints=RU),
    NEG("Зарплата: по договорённости", RU),
    E("연봉 4,500만원~5,500만원", 45000000, 55000000, "KRW", "year", hints=KR),
    E("월급 280만원 이상", 2800000, None, "KRW", "month", hints=KR),
    E("시급 12,500원 ~ 15,500원", 12500, 15500, "KRW", "hour", hints=KR),
    NEG("연봉: 협의", KR),
    E("30 000–35 000 kr/mån", 30000, 35000, "SEK", "month", hints=SE),
    E("Timlön 165 kr", 165, 165, "SEK", "hour", hints=SE),
    NEG("Lön: Enligt överenskommelse", SE),
    E("Månadslön: 38 000 - 42 000 SEK", 38000, 42000, "SEK", "month", hints=SE),
    E("Från 28 000 kr/mån", 28000, None, "SEK", "month", hints=SE),
    E(
        "Annuel de 35000,00 Euros à 40000,00 Euros sur 13 mois",
        35000,
        40000,
        "EUR",
        "year",
        payments=13,
        hints=FR,
    ),
    E("Horaire de 11,88 Euros sur 12 mois", "11.88", "11.88", "EUR", "hour", payments=12, hints=FR),
)

CARDS = table(
    # several figures on one card: the first base salary ("rising to" joins a range, as in
    # test_parse_heldout_sentences)
    E("£28,000 - £32,000 per annum\nOTE £45,000 uncapped", 28000, 32000, "GBP", "year", hints=GB),
    E(
        "£11.44 per hour, rising to £12.00 after probation",
        "11.44",
        12,
        "GBP",
        "hour",
        hints=GB,
    ),
    E("£25,000 per annum + £2,000 car allowance", 25000, 25000, "GBP", "year", hints=GB),
    E("£450 per day, 6 months, Hybrid (2 days in London)", 450, 450, "GBP", "day", hints=GB),
    E("£35,000 - £40,000 per annum | Hybrid | Manchester", 35000, 40000, "GBP", "year", hints=GB),
    E(
        "$120,000 - $140,000 a year + $10,000 signing bonus",
        120000,
        140000,
        "USD",
        "year",
        hints=US,
    ),
    E(
        "R$ 3.000,00 + comissão de até R$ 2.000,00",
        3000,
        3000,
        "BRL",
        "month",
        inferred=P,
        hints=BR,
    ),
    E(
        "1.800 € brutos/mes + 200 € de plus de transporte",
        1800,
        1800,
        "EUR",
        "month",
        gross=True,
        hints=ES,
    ),
    E("4.000 € brutto/Monat + 500 € Bonus", 4000, 4000, "EUR", "month", gross=True, hints=DE),
    E("연봉 3,500만원 + 성과급 500만원", 35000000, 35000000, "KRW", "year", hints=KR),
    E("от 100 000 ₽ + премии до 30%", 100000, None, "RUB", "month", inferred=P, hints=RU),
    # HTML leftovers and glued chips
    E("<li>£32,000 - £36,000 a year</li><li>Permanent</li>", 32000, 36000, "GBP", "year", hints=GB),
    E("Salary&#58; £30,000 per annum", 30000, 30000, "GBP", "year", hints=GB),
    E("&pound;45,000 - &pound;50,000 per annum", 45000, 50000, "GBP", "year", hints=GB),
    E("£14.00 an hourTemporaryFull-time", 14, 14, "GBP", "hour", hints=GB),
    E("R$ 2.800,00Efetivo – CLT", 2800, 2800, "BRL", "month", inferred=P, hints=BR),
    E("45.000 € – 55.000 €Feste Anstellung", 45000, 55000, "EUR", "year", inferred=P, hints=DE),
    E("35\u202f000 - 40\u202f000 kr/mån", 35000, 40000, "SEK", "month", hints=SE),
    E(
        "от\u00a0150\u00a0000 до\u00a0200\u00a0000 ₽",
        150000,
        200000,
        "RUB",
        "month",
        inferred=P,
        hints=RU,
    ),
    E(
        "€\u00a03.000 - €\u00a04.000 bruto per maand",
        3000,
        4000,
        "EUR",
        "month",
        gross=True,
        hints=NL,
    ),
    # no hints
    E("45.000 € - 55.000 € brutto/Jahr", 45000, 55000, "EUR", "year", gross=True),
    E("R$ 2.000 + benefícios", 2000, 2000, "BRL", "month", inferred=P),
    E("150 000 – 200 000 руб.", 150000, 200000, "RUB", "month", inferred=P),
    E("월 310만원", 3100000, 3100000, "KRW", "month"),
    E("HK$30,000 - HK$40,000 per month", 30000, 40000, "HKD", "month"),
    E("NZ$80,000 - NZ$95,000 per annum", 80000, 95000, "NZD", "year"),
    E("€ 3.000 - € 4.000 bruto per maand", 3000, 4000, "EUR", "month", gross=True),
    # none and negotiable
    N("Salary: Not specified", GB),
    N("Unpaid\n", GB),
    NEG("Competitive day rate", GB),
    NEG("Market rate + benefits", GB),
    NEG("Negociable", ES),
    NEG("Salário: compatível com o mercado", BR),
    NEG("Gehalt: nach Vereinbarung", DE),
    NEG("Stipendio da concordare", IT),
    NEG("Salaris: in overleg", NL),
    NEG("з/п по результатам собеседования", RU),
    NEG("급여 협의 후 결정", KR),
    NEG("Enligt avtal", SE),
)

FIXED = table(
    # "p/a", "p/m", "p/w": the slash abbreviations of the UK boards
    E("£2,000 p/m", 2000, 2000, "GBP", "month", hints=GB),
    E("£450 p/w", 450, 450, "GBP", "week", hints=GB),
    E("£40k p/yr", 40000, 40000, "GBP", "year", hints=GB),
    E("Salary £30,000 p/a + benefits", 30000, 30000, "GBP", "year", hints=GB),
    # a pay scale named alone
    NEG("TVöD E9b", DE),
    NEG("Entgeltgruppe 13 TV-L", DE),
    E("TV-L E13, 4.500 € brutto monatlich", 4500, 4500, "EUR", "month", gross=True, hints=DE),
    NEG("CAO-schaal 8", NL),
    E(
        "CAO schaal 8: € 3.000 - € 4.000 bruto per maand",
        3000,
        4000,
        "EUR",
        "month",
        gross=True,
        hints=NL,
    ),
    # "+" glued to the figure before OTE; "+ OTE" with a space stays "plus OTE"
    E("$200K+ on-target earnings", 200000, None, "USD", "year", inferred=P, hints=US),
    E("£30k + OTE", 30000, 30000, "GBP", "year", inferred=P, hints=GB),
    E("$50k+ bonus", 50000, 50000, "USD", "year", inferred=P, hints=US),
    # a note in brackets, then the open bound; a note without one
    E("月給 25万円（試用期間あり）", 250000, 250000, "JPY", "month", hints=JP),
    E("時給 1,200円（交通費別途）～", 1200, None, "JPY", "hour", hints=JP),
    # a comma between an other-pay word and the period word
    E(
        "Mutuelle, Annuel de 30000,00 Euros sur 12 mois",
        30000,
        30000,
        "EUR",
        "year",
        payments=12,
        hints=FR,
    ),
    # a currency symbol glued to the number after it, with a grade number before
    E("Band 7 £47,810 - £54,710 per annum", 47810, 54710, "GBP", "year", hints=GB),
    E("Grade 7 £47,810 - £54,710", 47810, 54710, "GBP", "year", inferred=P, hints=GB),
    E("Level 3 £25,000", 25000, 25000, "GBP", "year", inferred=P, hints=GB),
    E("Band 8a £55,690 - £62,682", 55690, 62682, "GBP", "year", inferred=P, hints=GB),
    # "/" after a period word: the next figure is no end of a range
    E("$24.00 hourly / 40 hours per week", 24, 24, "CAD", "hour", hints=CA),
    E("€ 2.500 per maand / € 32.000 per jaar", 2500, 2500, "EUR", "month", hints=NL),
    # a range whose two ends are split by a bracketed note (round 8: _bracket_aside)
    E("月給25万円(税込)～30万円", 250000, 300000, "JPY", "month", gross=True, hints=JP),
)

KNOWN = table(
    E(
        "Tickets restaurant, Mensuel de 1800,00 Euros à 2000,00 Euros sur 12 mois",
        1800,
        2000,
        "EUR",
        "month",
        payments=12,
        hints=FR,
    ),
    E(
        "Prime annuelle, Mensuel de 2000,00 Euros sur 12 mois",
        2000,
        2000,
        "EUR",
        "month",
        payments=12,
        hints=FR,
    ),
    E("$150K+ OTE", 150000, None, "USD", "year", inferred=P, hints=US),
    E("£80k+ OTE", 80000, None, "GBP", "year", inferred=P, hints=GB),
    E("年収 400万円（賞与込み）～", 4000000, None, "JPY", "year", hints=JP),
    E("月給 25万円（試用期間あり）～", 250000, None, "JPY", "month", hints=JP),
)


@pytest.mark.parametrize("example", EN_GB)
def test_en_gb(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", EN_OTHER)
def test_en_other(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", ES_ROWS)
def test_es(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", PT_ROWS)
def test_pt(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", DE_ROWS)
def test_de(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", IT_ROWS)
def test_it(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", NL_ROWS)
def test_nl(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", RU_ROWS)
def test_ru(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", KO_ROWS)
def test_ko(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", SV_ROWS)
def test_sv(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", VARIANTS)
def test_variants(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", CARDS)
def test_cards(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", FIXED)
def test_fixed(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", KNOWN)
def test_known(example: Example) -> None:
    check(example)
