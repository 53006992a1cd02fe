"""Held-out round 7: the big markets of the corpus, in their boards' own renderings.

Sources: Boss直聘, 51job, 拉勾, horti_job, 104 / 518 (TW); France Travail ``salaire.libelle``,
HelloWork, Indeed FR, stage offers; 求人ボックス; Indeed US, IN; Glassdoor AU; nofluffjobs,
pracuj.pl. Rows were written before they were run.

Variants: odd range separators (``~``, ``～``, ``—``, ``至``, ``to``), upper-case / lower-case
multipliers written on one or both ends, full-width digits, trailing chips, line breaks,
NBSP / U+202F, mojibake, "none" and negotiable fields.

Conventions, beyond those of the earlier tables:

* a legal pay rule named without an amount ("Gratification légale", "Salaire : SMIC") is
  negotiable, like a pay scale ("nach TVöD"); a share of it ("60 % du SMIC") is no salary;
* "給与は経験による" (pay by experience) alone is negotiable, like "Selon expérience".
"""

from __future__ import annotations

import pytest
from examples_helpers import (
    AU,
    CN,
    FR,
    IN,
    JP,
    NEG,
    PC,
    PL,
    TW,
    US,
    C,
    E,
    Example,
    N,
    P,
    check,
    gap,
    table,
)

_ = gap  # rows the engine cannot read yet are wrapped in gap(row, reason)

ZH = table(
    E("14k~22k", 14000, 22000, "CNY", "month", inferred=PC, hints=CN),
    E("9-14K·15薪", 9000, 14000, "CNY", "month", payments=15, inferred=PC, hints=CN),
    E("25-45K·16薪", 25000, 45000, "CNY", "month", payments=16, inferred=PC, hints=CN),
    E("11-16K • 13薪", 11000, 16000, "CNY", "month", payments=13, inferred=PC, hints=CN),
    E("7-9K·13薪 ", 7000, 9000, "CNY", "month", payments=13, inferred=PC, hints=CN),
    E("1.5万~2万/月", 15000, 20000, "CNY", "month", inferred=C, hints=CN),
    E("3-5万·14薪", 30000, 50000, "CNY", "month", payments=14, inferred=PC, hints=CN),
    E("7千-1.1万", 7000, 11000, "CNY", "month", inferred=PC, hints=CN),
    E("180-220元/天", 180, 220, "CNY", "day", hints=CN),
    E("120-150/天", 120, 150, "CNY", "day", inferred=C, hints=CN),
    E("25-30元/时", 25, 30, "CNY", "hour", hints=CN),
    E("20-25元/小时", 20, 25, "CNY", "hour", hints=CN),
    E("800-1200元/周", 800, 1200, "CNY", "week", hints=CN),
    E("3-5K/月", 3000, 5000, "CNY", "month", inferred=C, hints=CN),
    E("1.5-2.5万/月", 15000, 25000, "CNY", "month", inferred=C, hints=CN),
    E("20-30万/年", 200000, 300000, "CNY", "year", inferred=C, hints=CN),
    E("4-6千/月", 4000, 6000, "CNY", "month", inferred=C, hints=CN),
    E("2.5-3.5万/月", 25000, 35000, "CNY", "month", inferred=C, hints=CN),
    E("8-12万/年", 80000, 120000, "CNY", "year", inferred=C, hints=CN),
    E("3千以下/月", None, 3000, "CNY", "month", inferred=C, hints=CN),
    E("20k以上", 20000, None, "CNY", "month", inferred=PC, hints=CN),
    E("8k-16k ", 8000, 16000, "CNY", "month", inferred=PC, hints=CN),
    E("15-30K·14薪\n", 15000, 30000, "CNY", "month", payments=14, inferred=PC, hints=CN),
    E("10-15K·13薪 五险一金", 10000, 15000, "CNY", "month", payments=13, inferred=PC, hints=CN),
    E("6000元/月以上", 6000, None, "CNY", "month", hints=CN),
    E("月薪：1万-1.5万", 10000, 15000, "CNY", "month", inferred=C, hints=CN),
    E("税前 12-15K", 12000, 15000, "CNY", "month", gross=True, inferred=PC, hints=CN),
    E("15-25k·13薪", 15000, 25000, "CNY", "month", payments=13, inferred=PC, hints=CN),
    E("1-2万·13薪", 10000, 20000, "CNY", "month", payments=13, inferred=PC, hints=CN),
    E("3.5-5K", 3500, 5000, "CNY", "month", inferred=PC, hints=CN),
    E("150元/天以上", 150, None, "CNY", "day", hints=CN),
    N("暂无", CN),
    E("月薪 32,000~42,000元", 32000, 42000, "TWD", "month", hints=TW),
    E("年薪 70萬~90萬", 700000, 900000, "TWD", "year", inferred=C, hints=TW),
)

FR_ROWS = table(
    E(
        "Mensuel de 2100.0 Euros à 2400.0 Euros sur 12 mois",
        2100,
        2400,
        "EUR",
        "month",
        payments=12,
        hints=FR,
    ),
    E(
        "Annuel de 32000.0 Euros à 38000.0 Euros sur 13.0 mois",
        32000,
        38000,
        "EUR",
        "year",
        payments=13,
        hints=FR,
    ),
    E(
        "Annuel de 28000 Euros à 32000 Euros sur 12 mois",
        28000,
        32000,
        "EUR",
        "year",
        payments=12,
        hints=FR,
    ),
    E(
        "Horaire de 12.00 Euros à 13.50 Euros sur 12 mois",
        12,
        "13.5",
        "EUR",
        "hour",
        payments=12,
        hints=FR,
    ),
    E("Mensuel de 2 000,00 Euros sur 12 mois", 2000, 2000, "EUR", "month", payments=12, hints=FR),
    E("Annuel de 40000.0 Euros sur 12.0 mois", 40000, 40000, "EUR", "year", payments=12, hints=FR),
    E(
        "Mensuel de 1766.92 Euros à 1800.0 Euros sur 12.0 mois",
        "1766.92",
        1800,
        "EUR",
        "month",
        payments=12,
        hints=FR,
    ),
    E("Annuel de 24000.0 Euros sur 13 mois", 24000, 24000, "EUR", "year", payments=13, hints=FR),
    N("Autre", FR),
    N("Non renseigné", FR),
    N("Non communiqué", FR),
    E("Salaire : 38 000 € à 42 000 € par an", 38000, 42000, "EUR", "year", hints=FR),
    E("Salaire : 2 300 € par mois", 2300, 2300, "EUR", "month", hints=FR),
    E("40 - 45 k€ brut annuel", 40000, 45000, "EUR", "year", gross=True, hints=FR),
    E("50 k€ - 60 k€ brut annuel", 50000, 60000, "EUR", "year", gross=True, hints=FR),
    E(
        "Rémunération : 2 400 € brut mensuel + primes",
        2400,
        2400,
        "EUR",
        "month",
        gross=True,
        hints=FR,
    ),
    E("Entre 40 et 48 K€", 40000, 48000, "EUR", "year", inferred=P, hints=FR),
    E("Entre 2 000 € et 2 500 € par mois", 2000, 2500, "EUR", "month", hints=FR),
    E("1 500 € / mois", 1500, 1500, "EUR", "month", hints=FR),
    E("1\u202f800 € / mois", 1800, 1800, "EUR", "month", hints=FR),
    E("2\u00a0000 - 2\u00a0300 € / mois", 2000, 2300, "EUR", "month", hints=FR),
    E("Stage : gratification légale (4,35 €/h)", "4.35", "4.35", "EUR", "hour", hints=FR),
    E("Gratification : 600 € / mois", 600, 600, "EUR", "month", hints=FR),
    E("Gratification de stage : 4,35 € de l'heure", "4.35", "4.35", "EUR", "hour", hints=FR),
    E("35 000 € - 42 000 € / an", 35000, 42000, "EUR", "year", hints=FR),
    E("30 000 - 35 000 € par an", 30000, 35000, "EUR", "year", hints=FR),
    E("À partir de 2 000 € par mois", 2000, None, "EUR", "month", hints=FR),
    E("Jusqu'à 55 000 € par an", None, 55000, "EUR", "year", hints=FR),
    E("12 € - 14 € / heure", 12, 14, "EUR", "hour", hints=FR),
    E("Salaire : 42 - 48 K€ / an", 42000, 48000, "EUR", "year", hints=FR),
    E("De 32 000 à 36 000 € brut / an", 32000, 36000, "EUR", "year", gross=True, hints=FR),
    E("1800 € net par mois", 1800, 1800, "EUR", "month", gross=False, hints=FR),
)

JA = table(
    E("月給 20万円 ～ 28万円", 200000, 280000, "JPY", "month", hints=JP),
    E("月給 19万8,000円 ～ 26万円", 198000, 260000, "JPY", "month", hints=JP),
    E("月給 21万5,000円～", 215000, None, "JPY", "month", hints=JP),
    E("時給 1,150円～1,400円", 1150, 1400, "JPY", "hour", hints=JP),
    E("時給 1,200円 ～ 1,500円", 1200, 1500, "JPY", "hour", hints=JP),
    E("年収 450万円～700万円", 4500000, 7000000, "JPY", "year", hints=JP),
    E("年収 350万円 ～ 500万円", 3500000, 5000000, "JPY", "year", hints=JP),
    E("年収 800万円～", 8000000, None, "JPY", "year", hints=JP),
    E("日給 8,000円 ～ 12,000円", 8000, 12000, "JPY", "day", hints=JP),
    E("年俸制 600万～", 6000000, None, "JPY", "year", hints=JP),
    E("月収例 28万円", 280000, 280000, "JPY", "month", hints=JP),
    E("月給 22万円～35万円 ※経験・能力を考慮", 220000, 350000, "JPY", "month", hints=JP),
    E("時給 1,100円～ 交通費支給", 1100, None, "JPY", "hour", hints=JP),
    E("月給 30万円以上", 300000, None, "JPY", "month", hints=JP),
    E("月給 18.5万円～", 185000, None, "JPY", "month", hints=JP),
    E("月給 ２５万円～", 250000, None, "JPY", "month", hints=JP),
    E("時給 １，２００円", 1200, 1200, "JPY", "hour", hints=JP),
    E("月給 23万円～30万円\n賞与年2回", 230000, 300000, "JPY", "month", hints=JP),
)

EN_US = table(
    E("$19.50 - $23.00 an hour", "19.5", 23, "USD", "hour", hints=US),
    E("$62,000 - $78,000 a year", 62000, 78000, "USD", "year", hints=US),
    E("$22 - $28 an hour - Full-time", 22, 28, "USD", "hour", hints=US),
    E("Estimated $52.3K – $66.1K a year", 52300, 66100, "USD", "year", hints=US),
    E("$3,800 - $4,200 a month", 3800, 4200, "USD", "month", hints=US),
    E("$70,000 - $85,000 a year - Full-time, Contract", 70000, 85000, "USD", "year", hints=US),
    E("Up to $32 an hour", None, 32, "USD", "hour", hints=US),
    E("$150 - $200 a day", 150, 200, "USD", "day", hints=US),
    E("$900 - $1,100 a week", 900, 1100, "USD", "week", hints=US),
    E("$16.25 an hour", "16.25", "16.25", "USD", "hour", hints=US),
    E("Estimated $41K - $52K a year", 41000, 52000, "USD", "year", hints=US),
    E("$45,000 - $50,000 a year", 45000, 50000, "USD", "year"),
)

EN_IN = table(
    E("₹ 4,00,000 - 6,00,000 a year", 400000, 600000, "INR", "year", hints=IN),
    E("₹3,50,000 - ₹4,50,000 a year", 350000, 450000, "INR", "year", hints=IN),
    E("Up to ₹40,000 a month", None, 40000, "INR", "month", hints=IN),
    E("From ₹25,000 a month", 25000, None, "INR", "month", hints=IN),
    E("₹ 12,00,000 a year", 1200000, 1200000, "INR", "year", hints=IN),
)

EN_AU = table(
    E("$32 - $38 per hour", 32, 38, "AUD", "hour", hints=AU),
    E("$120,000 - $140,000 + Super", 120000, 140000, "AUD", "year", inferred=P, hints=AU),
    E("$85K - $95K (Employer est.)", 85000, 95000, "AUD", "year", inferred=P, hints=AU),
    E("$70K - $88K (Glassdoor est.)", 70000, 88000, "AUD", "year", inferred=P, hints=AU),
    E("$95,000 + super", 95000, 95000, "AUD", "year", inferred=P, hints=AU),
    E("$60.5K - $75.2K", 60500, 75200, "AUD", "year", inferred=P, hints=AU),
)

PL_ROWS = table(
    E("12 000 – 18 000 PLN", 12000, 18000, "PLN", "month", inferred=P, hints=PL),
    E("14 000 - 19 000 zł brutto / mies.", 14000, 19000, "PLN", "month", gross=True, hints=PL),
    E("160 – 200 PLN/h (B2B)", 160, 200, "PLN", "hour", hints=PL),
    E("do 8 500 zł", None, 8500, "PLN", "month", inferred=P, hints=PL),
    E("od 6 500 zł brutto", 6500, None, "PLN", "month", gross=True, inferred=P, hints=PL),
    E("9 000–12 000 zł netto (+ VAT) / mies.", 9000, 12000, "PLN", "month", gross=False, hints=PL),
    E("18 000 – 24 000 PLN (B2B)", 18000, 24000, "PLN", "month", inferred=P, hints=PL),
    E("7 500 zł brutto / mies.", 7500, 7500, "PLN", "month", gross=True, hints=PL),
    E("120 – 150 zł netto (+ VAT) / godz.", 120, 150, "PLN", "hour", gross=False, hints=PL),
)

MORE = table(
    E("13K - 20K · 14薪", 13000, 20000, "CNY", "month", payments=14, inferred=PC, hints=CN),
    E("16-26K/月·13薪", 16000, 26000, "CNY", "month", payments=13, inferred=C, hints=CN),
    E("1.6万-2.4万·13薪", 16000, 24000, "CNY", "month", payments=13, inferred=PC, hints=CN),
    E("1.5-2.2万·15薪", 15000, 22000, "CNY", "month", payments=15, inferred=PC, hints=CN),
    E("9千-1.3万·13薪", 9000, 13000, "CNY", "month", payments=13, inferred=PC, hints=CN),
    E("18k～28k", 18000, 28000, "CNY", "month", inferred=PC, hints=CN),
    E("7-12K\n", 7000, 12000, "CNY", "month", inferred=PC, hints=CN),
    E("5.5-7.5千/月", 5500, 7500, "CNY", "month", inferred=C, hints=CN),
    E("1.3-1.7万/月", 13000, 17000, "CNY", "month", inferred=C, hints=CN),
    E("15-25万/年", 150000, 250000, "CNY", "year", inferred=C, hints=CN),
    E("230元/天", 230, 230, "CNY", "day", hints=CN),
    E("38元/时", 38, 38, "CNY", "hour", hints=CN),
    E("1600-2100元/周", 1600, 2100, "CNY", "week", hints=CN),
    E("160-240/天", 160, 240, "CNY", "day", inferred=C, hints=CN),
    E("30k以上", 30000, None, "CNY", "month", inferred=PC, hints=CN),
    E("月薪 36,000~46,000元", 36000, 46000, "TWD", "month", hints=TW),
    E("年薪 65萬~85萬", 650000, 850000, "TWD", "year", inferred=C, hints=TW),
    E("時薪 190元~220元", 190, 220, "TWD", "hour", hints=TW),
    E(
        "Mensuel de 2250.0 Euros à 2600.0 Euros sur 12.0 mois",
        2250,
        2600,
        "EUR",
        "month",
        payments=12,
        hints=FR,
    ),
    E("Annuel de 45000.0 Euros sur 13.0 mois", 45000, 45000, "EUR", "year", payments=13, hints=FR),
    E(
        "Horaire de 11.65 Euros à 12.50 Euros sur 12 mois",
        "11.65",
        "12.5",
        "EUR",
        "hour",
        payments=12,
        hints=FR,
    ),
    E(
        "Mensuel de 2000,00 Euros à 2200,00 Euros sur 12 mois",
        2000,
        2200,
        "EUR",
        "month",
        payments=12,
        hints=FR,
    ),
    E("Salaire : 36 000 € à 44 000 € par an", 36000, 44000, "EUR", "year", hints=FR),
    E("38 - 44 k€ brut annuel", 38000, 44000, "EUR", "year", gross=True, hints=FR),
    E("Rémunération : 2 600 € brut mensuel", 2600, 2600, "EUR", "month", gross=True, hints=FR),
    E("Entre 50 et 60 K€", 50000, 60000, "EUR", "year", inferred=P, hints=FR),
    E("1 350 € / mois", 1350, 1350, "EUR", "month", hints=FR),
    E("月給 27万円～33万円", 270000, 330000, "JPY", "month", hints=JP),
    E("月給 17万6,000円 ～ 23万円", 176000, 230000, "JPY", "month", hints=JP),
    E("時給 1,250円～1,600円", 1250, 1600, "JPY", "hour", hints=JP),
    E("年収 420万円～650万円", 4200000, 6500000, "JPY", "year", hints=JP),
    E("日給 9,500円～", 9500, None, "JPY", "day", hints=JP),
    E("時給1200円以上", 1200, None, "JPY", "hour", hints=JP),
    E("$21.50 - $25.00 an hour", "21.5", 25, "USD", "hour", hints=US),
    E("$57,500 - $71,000 a year", 57500, 71000, "USD", "year", hints=US),
    E("Estimated $61.4K – $77.8K a year", 61400, 77800, "USD", "year", hints=US),
    E("$4,100 - $4,600 a month", 4100, 4600, "USD", "month", hints=US),
    E("₹ 5,00,000 - 8,00,000 a year", 500000, 800000, "INR", "year", hints=IN),
    E("₹30,000 - ₹45,000 a month", 30000, 45000, "INR", "month", hints=IN),
    E("$38 - $44 per hour", 38, 44, "AUD", "hour", hints=AU),
    E("$75k - $92k", 75000, 92000, "AUD", "year", inferred=P, hints=AU),
    E("11 000 – 16 000 PLN", 11000, 16000, "PLN", "month", inferred=P, hints=PL),
    E("do 11 000 zł", None, 11000, "PLN", "month", inferred=P, hints=PL),
    E("od 8 200 zł brutto", 8200, None, "PLN", "month", gross=True, inferred=P, hints=PL),
    E("170 – 210 PLN/h (B2B)", 170, 210, "PLN", "hour", hints=PL),
)

# Misses of the first run of the probes around the table, fixed, with their siblings
FIXED = table(
    # mojibake of UTF-8 read as cp1252: "Ã" + NBSP is "à", "Ã©" is "é"
    E("Mensuel de 1700,00 Euros Ã\u00a0 1900,00 Euros", 1700, 1900, "EUR", "month", hints=FR),
    E(
        "Annuel de 30000.0 Euros Ã\u00a0 35000.0 Euros sur 12.0 mois",
        30000,
        35000,
        "EUR",
        "year",
        payments=12,
        hints=FR,
    ),
    E("Horaire de 11,65 Euros Ã\u00a0 12,00 Euros", "11.65", 12, "EUR", "hour", hints=FR),
    E("Salaire : 38 000 € Ã\u00a0 42 000 € par an", 38000, 42000, "EUR", "year", hints=FR),
    # a no-break space inside a number, as cp1252: "Â" and the space are one space
    E("Salaire : 2Â\u00a0000 â‚¬ brut mensuel", 2000, 2000, "EUR", "month", gross=True, hints=FR),
    E("De 32Â\u00a0000 â‚¬ Ã\u00a0 36Â\u00a0000 â‚¬ par an", 32000, 36000, "EUR", "year", hints=FR),
    E("1Â 800,00 â‚¬ brut / mois", 1800, 1800, "EUR", "month", gross=True, hints=FR),
    E("Â£30,000 - Â£35,000 per annum", 30000, 35000, "GBP", "year"),
    E("RÃ©munÃ©ration : 2 000 € brut mensuel", 2000, 2000, "EUR", "month", gross=True, hints=FR),
    # a legal pay rule named alone (stage gratification, SMIC) is negotiable, like a pay scale
    NEG("Gratification légale", FR),
    NEG("Gratification selon la législation en vigueur", FR),
    NEG("Gratification minimale légale", FR),
    NEG("Gratification : selon la réglementation en vigueur", FR),
    NEG("Stage : gratification légale", FR),
    NEG("SMIC", FR),
    NEG("Salaire : SMIC", FR),
    NEG("Smic + primes", FR),
    NEG("Au SMIC", FR),
    N("60 % du SMIC", FR),
    N("80 % du SMIC horaire", FR),
    NEG("gratification de stage légale", FR),
    NEG("Gratification conventionnelle", FR),
    # "pay set by experience" alone, like "Selon expérience": negotiable
    NEG("給与は経験による", JP),
    NEG("経験・スキルに応じて決定", JP),
    NEG("給与：経験・能力により決定", JP),
    NEG("経験・能力に応じて決定します", JP),
    E("月給 22万円～ ※経験・能力により決定", 220000, None, "JPY", "month", hints=JP),
    E("時給 1,100円～ 経験による", 1100, None, "JPY", "hour", hints=JP),
    # a "/周" glued to a day count is said of the days ("4天/周" = 4 days a week), not of the pay
    E("3-5天/周 150元/天", 150, 150, "CNY", "day", hints=CN),
    E("4天/周 180元/天", 180, 180, "CNY", "day", hints=CN),
    E("5天/周 200-300元/天", 200, 300, "CNY", "day", hints=CN),
    E("实习 4天/周 150/天", 150, 150, "CNY", "day", inferred=C, hints=CN),
    E("3天/周 4000元/月", 4000, 4000, "CNY", "month", hints=CN),
    E("3天/周 4000元", 4000, 4000, "CNY", "month", inferred=P, hints=CN),
    E("150元/天 4天/周", 150, 150, "CNY", "day", hints=CN),
    # a multiplier glued to "x13" ("Kx13薪"): the K is the figures', the rest the payments
    E("15-25Kx13薪", 15000, 25000, "CNY", "month", payments=13, inferred=PC, hints=CN),
    E("18-28kx14薪", 18000, 28000, "CNY", "month", payments=14, inferred=PC, hints=CN),
    E(
        "Salaire : 1 766,92 € brut / mois (SMIC)",
        "1766.92",
        "1766.92",
        "EUR",
        "month",
        gross=True,
        hints=FR,
    ),
)


@pytest.mark.parametrize("example", ZH)
def test_zh(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", FR_ROWS)
def test_fr(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", JA)
def test_ja(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", EN_US)
def test_en_us(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", EN_IN)
def test_en_in(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", EN_AU)
def test_en_au(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", PL_ROWS)
def test_pl(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", MORE)
def test_more(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", FIXED)
def test_fixed(example: Example) -> None:
    check(example)
