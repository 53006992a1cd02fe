"""Held-out probe round: board formats not used by the earlier tables.

Sources: zh Lagou (拉勾), Liepin (猎聘), 58同城; fr HelloWork, Cadremploi; ja Indeed JP, Green,
Wantedly; en-US ZipRecruiter, SimplyHired, Monster; pl NoFluffJobs, Bulldogjob; en-IN Naukri,
Shine, Foundit; en-AU Seek, Jora. Rows were written before they were run; some carry scraper
noise (job cards with location, contract and experience lines) and some are given no hints.

Conventions, beyond those of the earlier tables:

* "depends on experience" after an amount ("DOE", "selon expérience", "経験・能力を考慮") is
  noise: negotiable only when no amount is written;
* "(B2B)" or "(UoP)" alone names the contract, not gross or net;
* "T" is a thousand only right after a currency sign (Glassdoor India "₹25T"); "7.5t" is tonnes;
* Portuguese "3 mil e 500" is 3 500.
"""

from __future__ import annotations

import pytest
from examples_helpers import (
    AU,
    BR,
    CN,
    FR,
    GB,
    IN,
    JP,
    NEG,
    PL,
    US,
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
    # Lagou: "15k-25k", "·14薪", experience and degree after a bar
    E("15k-25k", 15000, 25000, "CNY", "month", inferred=P, hints=CN),
    E("15k-25k·14薪", 15000, 25000, "CNY", "month", payments=14, inferred=P, hints=CN),
    E("25k-40k·16薪 | 经验3-5年 | 本科", 25000, 40000, "CNY", "month", payments=16, inferred=P, hints=CN),
    E("10k-15k 经验1-3年 / 本科", 10000, 15000, "CNY", "month", inferred=P, hints=CN),
    E("1.2-2万·14薪", 12000, 20000, "CNY", "month", payments=14, inferred=P, hints=CN),
    # Liepin: "20-35k·15薪", yearly 万
    E("20-35K·15薪", 20000, 35000, "CNY", "month", payments=15, inferred=P, hints=CN),
    E("年薪35-55万", 350000, 550000, "CNY", "year", hints=CN),
    E("薪资：40-60万/年", 400000, 600000, "CNY", "year", hints=CN),
    NEG("薪资：面议 | 上海-浦东新区", CN),
    # 58同城: 元/月 with board perks after
    E("3000-5000元/月 包吃住", 3000, 5000, "CNY", "month", hints=CN),
    E("4000-6000元/月 五险一金 包住", 4000, 6000, "CNY", "month", hints=CN),
    E("8000-12000元/月 底薪+提成", 8000, 12000, "CNY", "month", hints=CN),
    E("180-240元/天", 180, 240, "CNY", "day", hints=CN),
    E("22-28元/小时", 22, 28, "CNY", "hour", hints=CN),
    E("5000-8000元", 5000, 8000, "CNY", "month", inferred=P, hints=CN),
    E("综合月薪：6000-9000元 包吃住 月休4天", 6000, 9000, "CNY", "month", hints=CN),
    E("薪资范围：12000-18000元/月", 12000, 18000, "CNY", "month", hints=CN),
    E("月薪 8千-1.1万 五险一金 双休", 8000, 11000, "CNY", "month", hints=CN),
    # no hints, scraper noise
    E("3500-4500元/月 包吃住", 3500, 4500, "CNY", "month"),
    E("18-30K·13薪", 18000, 30000, "CNY", "month", payments=13, inferred=P),
    E("年薪 25-40万", 250000, 400000, "CNY", "year"),
    E("\n  15-30K·13薪\n  北京 | 3-5年 | 本科\n", 15000, 30000, "CNY", "month", payments=13, inferred=P, hints=CN),
)

FR_ROWS = table(
    # HelloWork: "Salaire : 2 000 € - 2 400 € par mois"
    E("Salaire : 2 000 € - 2 400 € par mois", 2000, 2400, "EUR", "month", hints=FR),
    E("Salaire : 11,88 € - 13 € par heure", "11.88", 13, "EUR", "hour", hints=FR),
    E("Salaire : 35 000 € - 45 000 € par an", 35000, 45000, "EUR", "year", hints=FR),
    E("Salaire : 2 100 € par mois", 2100, 2100, "EUR", "month", hints=FR),
    E("2 000 € - 2 400 € / mois", 2000, 2400, "EUR", "month", hints=FR),
    E("Salaire : 28 000 € - 32 000 € par an - CDI - Temps plein", 28000, 32000, "EUR", "year", hints=FR),
    E("Salaire : 2 200 € - 2 600 € par mois selon profil", 2200, 2600, "EUR", "month", hints=FR),
    E("Salaire : 12 € par heure", 12, 12, "EUR", "hour", hints=FR),
    E("Salaire : 3 000 € par mois (13e mois)", 3000, 3000, "EUR", "month", payments=13, hints=FR),
    # Cadremploi: K€, "brut annuel", "+ variable"
    E("Salaire : 45 - 55 K€ brut annuel", 45000, 55000, "EUR", "year", gross=True, hints=FR),
    E("Rémunération : 50 000 € - 60 000 € brut / an", 50000, 60000, "EUR", "year", gross=True, hints=FR),
    E("Salaire : 60 k€ - 70 k€ par an", 60000, 70000, "EUR", "year", hints=FR),
    E("45 K€ - 55 K€ selon expérience", 45000, 55000, "EUR", "year", inferred=P, hints=FR),
    E("Rémunération : 38-42 K€ + variable", 38000, 42000, "EUR", "year", inferred=P, hints=FR),
    E("Paris (75) · CDI · 55 - 65 k€/an", 55000, 65000, "EUR", "year", hints=FR),
    E("1 900 € brut mensuel + tickets restaurant", 1900, 1900, "EUR", "month", gross=True, hints=FR),
    NEG("Rémunération : selon expérience et diplôme", FR),
    NEG("Rémunération : à définir selon profil", FR),
    # no hints, scraper noise
    E("Salaire : 1 850 € - 2 100 € par mois", 1850, 2100, "EUR", "month"),
    E("Salaire : 40 000 € - 48 000 € par an", 40000, 48000, "EUR", "year"),
    E("CDI\nSalaire : 2 300 € - 2 700 € par mois\nTemps plein", 2300, 2700, "EUR", "month", hints=FR),
)

JA = table(
    # Indeed JP: "時給 1,200円 ~ 1,500円"
    E("時給 1,200円 ~ 1,500円", 1200, 1500, "JPY", "hour", hints=JP),
    E("時給 1,100円 ~", 1100, None, "JPY", "hour", hints=JP),
    E("月給 25万円 ~ 35万円", 250000, 350000, "JPY", "month", hints=JP),
    E("年収 400万円 ~ 600万円", 4000000, 6000000, "JPY", "year", hints=JP),
    E("日給 10,000円 ~ 12,000円", 10000, 12000, "JPY", "day", hints=JP),
    E("時給 1,300円 ~ 1,600円 - パート", 1300, 1600, "JPY", "hour", hints=JP),
    E("時給1,200円～1,500円 交通費支給", 1200, 1500, "JPY", "hour", hints=JP),
    E("月給 28万円 ~ 40万円 賞与年2回", 280000, 400000, "JPY", "month", hints=JP),
    E("日給 1万円 ~ 1.5万円", 10000, 15000, "JPY", "day", hints=JP),
    # Green: "年収 500万円〜800万円"
    E("年収 500万円〜800万円", 5000000, 8000000, "JPY", "year", hints=JP),
    E("年収 600万円〜1000万円", 6000000, 10000000, "JPY", "year", hints=JP),
    E("年収 450万円〜", 4500000, None, "JPY", "year", hints=JP),
    E("年収500万円〜800万円 / 東京都 / 正社員", 5000000, 8000000, "JPY", "year", hints=JP),
    E("年俸 600万円〜900万円（12分割）", 6000000, 9000000, "JPY", "year", payments=12, hints=JP),
    # Wantedly
    E("年収 400万〜700万円", 4000000, 7000000, "JPY", "year", hints=JP),
    E("月給 30万円〜50万円（経験・能力を考慮）", 300000, 500000, "JPY", "month", hints=JP),
    NEG("年収：応相談", JP),
    E("月給 24万円 ~ 30万円 - 正社員", 240000, 300000, "JPY", "month", hints=JP),
    # no hints, scraper noise
    E("時給 1,250円 ~ 1,400円", 1250, 1400, "JPY", "hour"),
    E("年収 550万円〜750万円", 5500000, 7500000, "JPY", "year"),
    E("月給 22万円 ~ 28万円", 220000, 280000, "JPY", "month"),
    E("東京都 渋谷区\n時給 1,500円 ~ 2,000円\nアルバイト・パート", 1500, 2000, "JPY", "hour", hints=JP),
)

EN_US = table(
    # Monster: "(Employer est.)"; ZipRecruiter; SimplyHired "Estimated:"
    E("$24 - $28 Per Hour (Employer est.)", 24, 28, "USD", "hour", hints=US),
    E("$55,000 - $70,000 a year (Employer est.)", 55000, 70000, "USD", "year", hints=US),
    E("$18 - $22 Per Hour", 18, 22, "USD", "hour", hints=US),
    E("$45K - $60K", 45000, 60000, "USD", "year", inferred=P, hints=US),
    E("$25 to $32 per hour", 25, 32, "USD", "hour", hints=US),
    E("$65,000 to $85,000 per year", 65000, 85000, "USD", "year", hints=US),
    E("Up to $30 per hour", None, 30, "USD", "hour", hints=US),
    E("From $50,000 a year", 50000, None, "USD", "year", hints=US),
    E("$19.50 an hour", "19.50", "19.50", "USD", "hour", hints=US),
    E("Estimated: $72K - $91K a year", 72000, 91000, "USD", "year", hints=US),
    E("$1,100 - $1,400 a week", 1100, 1400, "USD", "week", hints=US),
    E("$80K - $100K + bonus", 80000, 100000, "USD", "year", inferred=P, hints=US),
    E("$90,000 - $110,000 DOE", 90000, 110000, "USD", "year", inferred=P, hints=US),
    E("$220 - $280 a day", 220, 280, "USD", "day", hints=US),
    E("Pay: $22.00 - $26.00 per hour", 22, 26, "USD", "hour", hints=US),
    E("Salary: $95,000.00 - $120,000.00 per year", 95000, 120000, "USD", "year", hints=US),
    E("$35/hr", 35, 35, "USD", "hour", hints=US),
    E("$3,500 - $4,200 a month", 3500, 4200, "USD", "month", hints=US),
    # no hints, scraper noise
    E("$21 - $26 Per Hour (Employer est.)", 21, 26, "USD", "hour"),
    E("$60,000 - $75,000 a year", 60000, 75000, "USD", "year"),
    E("Full-time\n$58,000 - $72,000 a year\nMonday to Friday", 58000, 72000, "USD", "year", hints=US),
)

PL_ROWS = table(
    # NoFluffJobs: "15 000 – 22 000 PLN (B2B)"
    E("15 000 – 22 000 PLN (B2B)", 15000, 22000, "PLN", "month", inferred=P, hints=PL),
    E("12 000 – 16 000 PLN (UoP)", 12000, 16000, "PLN", "month", inferred=P, hints=PL),
    E("20 000 – 28 000 PLN netto (B2B)", 20000, 28000, "PLN", "month", gross=False, inferred=P, hints=PL),
    E("18 000 – 24 000 PLN brutto (UoP)", 18000, 24000, "PLN", "month", gross=True, inferred=P, hints=PL),
    E("140 – 170 PLN/h (B2B)", 140, 170, "PLN", "hour", hints=PL),
    E("4 000 – 5 500 EUR (B2B)", 4000, 5500, "EUR", "month", inferred=P, hints=PL),
    E("19 000 – 26 000 PLN + VAT (B2B) / miesiąc", 19000, 26000, "PLN", "month", gross=False, hints=PL),
    E("30 000 – 36 000 PLN (B2B), 25 000 – 30 000 PLN (UoP)", 30000, 36000, "PLN", "month", inferred=P,
      hints=PL),
    # Bulldogjob
    E("12 000 - 18 000 PLN", 12000, 18000, "PLN", "month", inferred=P, hints=PL),
    E("Widełki: 14 000 - 20 000 PLN netto + VAT / mies.", 14000, 20000, "PLN", "month", gross=False, hints=PL),
    E("od 10 000 PLN brutto", 10000, None, "PLN", "month", gross=True, inferred=P, hints=PL),
    E("do 25 000 PLN", None, 25000, "PLN", "month", inferred=P, hints=PL),
    E("9 000 - 12 000 zł brutto / mies.", 9000, 12000, "PLN", "month", gross=True, hints=PL),
    E("25 - 30 tys. zł netto", 25000, 30000, "PLN", "month", gross=False, inferred=P, hints=PL),
    E("160 - 200 zł/h netto + VAT", 160, 200, "PLN", "hour", gross=False, hints=PL),
    E("7 500 zł brutto", 7500, 7500, "PLN", "month", gross=True, inferred=P, hints=PL),
    E("Wynagrodzenie: 8 000 – 10 000 zł brutto miesięcznie (umowa o pracę)", 8000, 10000, "PLN", "month",
      gross=True, hints=PL),
    NEG("Stawka: do negocjacji", PL),
    # no hints, scraper noise
    E("16 000 – 21 000 PLN (B2B)", 16000, 21000, "PLN", "month", inferred=P),
    E("11 000 - 15 000 zł brutto miesięcznie", 11000, 15000, "PLN", "month", gross=True),
    E("Senior Python Developer\n18 000 – 25 000 PLN\nB2B | Zdalnie", 18000, 25000, "PLN", "month", inferred=P,
      hints=PL),
)

EN_IN = table(
    # Naukri: "3-6 Lacs PA"
    E("3-6 Lacs PA", 300000, 600000, "INR", "year", hints=IN),
    E("7-11 Lacs P.A.", 700000, 1100000, "INR", "year", hints=IN),
    E("10-15 Lacs PA", 1000000, 1500000, "INR", "year", hints=IN),
    E("1.5-3 Lacs PA", 150000, 300000, "INR", "year", hints=IN),
    E("₹ 3,50,000 - 5,50,000 P.A.", 350000, 550000, "INR", "year", hints=IN),
    E("Salary: 6-10 Lacs PA\nExperience: 3-5 Yrs\nLocation: Bengaluru", 600000, 1000000, "INR", "year",
      hints=IN),
    # Shine: "Lakh/Yr"
    E("₹ 2.5 - 4.5 Lakh/Yr", 250000, 450000, "INR", "year", hints=IN),
    E("₹ 6 - 10 Lakh/Yr", 600000, 1000000, "INR", "year", hints=IN),
    E("₹ 20 - 30 Lakh/Yr", 2000000, 3000000, "INR", "year", hints=IN),
    # Foundit
    E("INR 5-9 Lakhs", 500000, 900000, "INR", "year", inferred=P, hints=IN),
    E("12-18 Lacs", 1200000, 1800000, "INR", "year", inferred=P, hints=IN),
    # monthly, LPA, CTC, Glassdoor's T
    E("Rs. 25,000 - 35,000 per month", 25000, 35000, "INR", "month", hints=IN),
    E("₹16,000 - ₹21,000 a month", 16000, 21000, "INR", "month", hints=IN),
    E("₹ 30,000 - 45,000 per month", 30000, 45000, "INR", "month", hints=IN),
    E("Rs 18000 - 22000 per month + incentives", 18000, 22000, "INR", "month", hints=IN),
    E("₹ 3.5 - 5 LPA", 350000, 500000, "INR", "year", hints=IN),
    E("CTC: 7-9 LPA", 700000, 900000, "INR", "year", gross=True, hints=IN),
    E("₹20T - ₹30T (Glassdoor est.)", 20000, 30000, "INR", "month", inferred=P, hints=IN),
    # no hints
    E("4-7 Lacs PA", 400000, 700000, "INR", "year"),
    E("₹ 8 - 12 LPA", 800000, 1200000, "INR", "year"),
    E("₹18T - ₹24T", 18000, 24000, "INR", "month", inferred=P),
)

EN_AU = table(
    # Seek: "+ super", "p.a.", package
    E("$70k - $80k p.a. + super", 70000, 80000, "AUD", "year", hints=AU),
    E("$35 - $40 per hour + super", 35, 40, "AUD", "hour", hints=AU),
    E("$120k + super", 120000, 120000, "AUD", "year", inferred=P, hints=AU),
    E("$85,000 - $95,000 per annum plus superannuation", 85000, 95000, "AUD", "year", hints=AU),
    E("$45 per hour + penalty rates", 45, 45, "AUD", "hour", hints=AU),
    E("$1,500 - $1,800 per week", 1500, 1800, "AUD", "week", hints=AU),
    E("$100k - $120k package", 100000, 120000, "AUD", "year", inferred=P, hints=AU),
    E("$110,000 - $130,000 inc. super", 110000, 130000, "AUD", "year", inferred=P, hints=AU),
    E("Up to $95k + super", None, 95000, "AUD", "year", inferred=P, hints=AU),
    E("$650 - $750 per day", 650, 750, "AUD", "day", hints=AU),
    E("$36.50 p/h + super", "36.50", "36.50", "AUD", "hour", hints=AU),
    E("$140k base + super + bonus", 140000, 140000, "AUD", "year", inferred=P, hints=AU),
    E("$80,000 - $90,000 + 11.5% super", 80000, 90000, "AUD", "year", inferred=P, hints=AU),
    E("$65k–$72k + super (pro rata)", 65000, 72000, "AUD", "year", inferred=P, hints=AU),
    E("$28.50 - $32.00 per hour (casual)", "28.50", 32, "AUD", "hour", hints=AU),
    # Jora
    E("$75,000 - $85,000 a year", 75000, 85000, "AUD", "year", hints=AU),
    E("$31 - $36 an hour", 31, 36, "AUD", "hour", hints=AU),
    E("$60,000 - $70,000 per year", 60000, 70000, "AUD", "year", hints=AU),
    E("Pay: $27 - $30 per hour | Casual", 27, 30, "AUD", "hour", hints=AU),
    # no hints, scraper noise
    E("$75k - $85k p.a. + super", 75000, 85000, "AUD", "year"),
    E("AU$95,000 - AU$105,000 per year", 95000, 105000, "AUD", "year"),
    E("Sydney NSW\nFull time\n$90k – $100k p.a. + super\nsubclassification: Engineering", 90000, 100000, "AUD",
      "year", hints=AU),
)

RISKS = table(
    # last round's known risks: "T" as a thousand, Portuguese "mil e 500"
    E("7.5t licence required, £12.50 per hour", "12.50", "12.50", "GBP", "hour", hints=GB),
    E("Class 2 driver (7.5t), £13 per hour", 13, 13, "GBP", "hour", hints=GB),
    E("₹25-40T (Glassdoor est.)", 25000, 40000, "INR", "month", inferred=P, hints=IN),
    E("R$ 3 mil e 500", 3500, 3500, "BRL", "month", inferred=P, hints=BR),
    E("Salário: R$ 2 mil e 800 por mês", 2800, 2800, "BRL", "month", hints=BR),
    E("entre R$ 3 mil e 5 mil", 3000, 5000, "BRL", "month", inferred=P, hints=BR),
    # "depends on experience" after an amount is noise; alone it is the answer
    E("£32,000 - £38,000 per annum, commensurate with experience", 32000, 38000, "GBP", "year", hints=GB),
    NEG("Salary: commensurate with experience", GB),
    E("2 000 € - 2 500 € par mois à négocier", 2000, 2500, "EUR", "month", negotiable=True, hints=FR),
)

# second batch, harder: glued scraper text, bounds, several figures, boards' extra lines
HARD = table(
    E("15-25K·13薪\n招聘人数：3人", 15000, 25000, "CNY", "month", payments=13, inferred=P, hints=CN),
    E("薪资：3000-5000元/月\n工作地点：广州市天河区\n福利：包吃住 五险", 3000, 5000, "CNY", "month", hints=CN),
    E("4500元/月起", 4500, None, "CNY", "month", hints=CN),
    E("时薪25元", 25, 25, "CNY", "hour", hints=CN),
    E("日结 200元/天", 200, 200, "CNY", "day", hints=CN),
    E("Salaire : De 2 000 € à 2 400 € par mois", 2000, 2400, "EUR", "month", hints=FR),
    E("Salaire : Jusqu'à 2 400 € par mois", None, 2400, "EUR", "month", hints=FR),
    E("Salaire : À partir de 28 000 € par an", 28000, None, "EUR", "year", hints=FR),
    E("Salaire : 2 050 € - 2 350 € par mois\nPrime : 500 € par an", 2050, 2350, "EUR", "month", hints=FR),
    E("Salaire : 15 € par heure · Intérim", 15, 15, "EUR", "hour", hints=FR),
    E("Salaire : 55 K€ - 65 K€ / an · Variable : 10 %", 55000, 65000, "EUR", "year", hints=FR),
    E("時給 1,200円 ~ 1,450円\n・交通費全額支給\n・週2日〜OK", 1200, 1450, "JPY", "hour", hints=JP),
    E("月給 25万円 ~ 35万円 (固定残業代含む)", 250000, 350000, "JPY", "month", hints=JP),
    E("時給 1,150円 ~ 1,400円 / 研修期間あり", 1150, 1400, "JPY", "hour", hints=JP),
    E("想定年収 500万円〜800万円 ※経験・スキルに応じて決定", 5000000, 8000000, "JPY", "year", hints=JP),
    E("$24 - $28 Per Hour(Employer est.)", 24, 28, "USD", "hour", hints=US),
    E("Estimated $58.1K - $73.6K a year", 58100, 73600, "USD", "year", hints=US),
    E("$17.50 - $21.00 an hour · Full-time", "17.50", 21, "USD", "hour", hints=US),
    E("Up to $85,000 a year (Employer est.)", None, 85000, "USD", "year", hints=US),
    E("$50,000 - $60,000 a year - Full-time, Part-time", 50000, 60000, "USD", "year", hints=US),
    E("15 000 – 22 000 PLN(B2B)", 15000, 22000, "PLN", "month", inferred=P, hints=PL),
    E("15k-22k PLN netto (B2B)", 15000, 22000, "PLN", "month", gross=False, inferred=P, hints=PL),
    E("Salary: 15 000 - 22 000 PLN net/month (B2B)", 15000, 22000, "PLN", "month", gross=False, hints=PL),
    E("120 – 150 PLN/h netto (B2B) | 14 000 – 18 000 PLN brutto (UoP)", 120, 150, "PLN", "hour", gross=False,
      hints=PL),
    E("₹ 3,00,000 - ₹ 6,00,000 a year", 300000, 600000, "INR", "year", hints=IN),
    E("3.00-6.00 Lacs P.A.", 300000, 600000, "INR", "year", hints=IN),
    E("INR 3,50,000 - 5,00,000 PA.", 350000, 500000, "INR", "year", hints=IN),
    N("Salary: Not Disclosed by Recruiter", IN),
    E("₹ 25,000 - 30,000 /month", 25000, 30000, "INR", "month", hints=IN),
    E("$70k - $80k p.a. + super\nFull time", 70000, 80000, "AUD", "year"),
    E("$70,000 – $80,000 per year + super", 70000, 80000, "AUD", "year", hints=AU),
    E("$45 - $50 p.h. + super", 45, 50, "AUD", "hour", hints=AU),
    E("$800 per day + GST", 800, 800, "AUD", "day", hints=AU),
    E("Salary: $95K–$110K package (incl. super)", 95000, 110000, "AUD", "year", inferred=P),
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


@pytest.mark.parametrize("example", PL_ROWS)
def test_pl(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", EN_IN)
def test_en_in(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", EN_AU)
def test_en_au(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", RISKS)
def test_risks(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", HARD)
def test_hard(example: Example) -> None:
    check(example)
