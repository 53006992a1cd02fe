"""Held-out round 5: board renderings and their variants not used by the earlier tables.

Sources: zh 智联 ("8001-10000元/月"), 51job ("0.8-1.2万/月", "4.5-6千/月"), Boss直聘 / 拉勾 / 猎聘 chips,
58同城, 104 (Taiwan); fr France Travail ``salaire.libelle``, Indeed FR, HelloWork, Welcome to the Jungle,
stage offers; ja 求人ボックス, Indeed JP, doda ("<予定年収>"), マイナビ; en-US Indeed, Glassdoor, LinkedIn,
ZipRecruiter ("/yr (est)"); pl nofluffjobs, justjoin.it, pracuj.pl, bulldogjob; en-IN Naukri, Indeed IN,
Glassdoor IN, Internshala; en-AU Seek, Glassdoor AU; then Stepstone DE, InfoJobs ES, Catho / Vagas BR,
InfoJobs IT, hh.ru, Saramin / JobKorea, Platsbanken. Rows were written before they were run.

Variants: line breaks, NBSP / U+202F, full-width digits, HTML leftovers (tags, entities), chips glued
by the scraper, several figures on one card (the first base salary is read), empty-ish fields.

Conventions, beyond those of the earlier tables:

* an upper open bound ("以下", "Up to") leaves low null; "以上", "～" alone, "From" leave high null;
* "底薪 X + 提成" is the base salary X;
* "X*N薪" / "X×N薪" state N payments like "·N薪";
* a board's "not disclosed" field ("Not disclosed", "非公開", "Unpaid", "nan", "0") is no salary;
* a work schedule ("每周工作5天", "月休4天", "35H") names no pay period;
* a bare "X-Y万" above 6万 is yearly (猎聘's older cards), a figure in k stays monthly ("100-150k");
* a figure said to include extra pay ("含提成", "variable inclus", "incl. bonus") is the pay, and
  so is an intern's allowance ("实习补贴", "Internship allowance");
* a bracketed figure right after the pay is the same pay in another currency, an aside.

Batches (each written before it was run): board chips (ZH … OTHER), harder chips (HARD), cards
with other figures (CARDS), spelling variants (VARIANTS), news and article sentences (NEWS,
ARTICLES), numerals and small markets (MIXED), bare figures (BARE), ad idioms (IDIOMS); FIXED
holds sibling rows added with each fix.
"""

from __future__ import annotations

import pytest
from examples_helpers import (
    AU,
    BR,
    CN,
    DE,
    ES,
    FR,
    IN,
    IT,
    JP,
    KR,
    NEG,
    PL,
    RU,
    SE,
    TW,
    US,
    E,
    Example,
    N,
    P,
    check,
    gap,
    table,
)

FR_CN = {"lang": "fr", "country": "CN"}  # French articles on pay in China and the United States
FR_US = {"lang": "fr", "country": "US"}

_ = gap  # rows the engine cannot read yet are wrapped in gap(row, reason)

ZH = table(
    # 智联: "8001-10000元/月" bands
    E("8001-10000元/月 | 五险一金 | 带薪年假", 8001, 10000, "CNY", "month", hints=CN),
    E("6001-8000元/月\u00a0\u00a0上海-徐汇区", 6001, 8000, "CNY", "month", hints=CN),
    E("10001-15000元/月 | 北京-海淀区 | 3-5年 | 本科", 10001, 15000, "CNY", "month", hints=CN),
    E("4001-6000元/月\n广州-天河区\n经验不限\n学历不限", 4001, 6000, "CNY", "month", hints=CN),
    E("15001-20000元/月·13薪", 15001, 20000, "CNY", "month", payments=13, hints=CN),
    # 51job: 万/月, 千/月, 万/年, 元/天, 元/小时
    E("0.8-1.2万/月 上海-浦东新区 | 1年经验 | 大专 | 招2人", 8000, 12000, "CNY", "month", hints=CN),
    E("1.5-2万/月·13薪", 15000, 20000, "CNY", "month", payments=13, hints=CN),
    E("1-1.5万/月·14薪", 10000, 15000, "CNY", "month", payments=14, hints=CN),
    E("5.5-7千/月", 5500, 7000, "CNY", "month", hints=CN),
    E("6-8千/月", 6000, 8000, "CNY", "month", hints=CN),
    E("3-5万/月", 30000, 50000, "CNY", "month", hints=CN),
    E("2.5万-3.5万/月", 25000, 35000, "CNY", "month", hints=CN),
    E("9千-1.3万/月", 9000, 13000, "CNY", "month", hints=CN),
    E("12-18万/年", 120000, 180000, "CNY", "year", hints=CN),
    E("60-80万/年", 600000, 800000, "CNY", "year", hints=CN),
    E("130-170元/天", 130, 170, "CNY", "day", hints=CN),
    E("100元/小时", 100, 100, "CNY", "hour", hints=CN),
    E("800元/周", 800, 800, "CNY", "week", hints=CN),
    # Boss直聘 / 拉勾 / 猎聘 chips
    E("30-45k·16薪", 30000, 45000, "CNY", "month", payments=16, inferred=P, hints=CN),
    E("12K-18K·13薪", 12000, 18000, "CNY", "month", payments=13, inferred=P, hints=CN),
    E("1.8-2.5万·15薪", 18000, 25000, "CNY", "month", payments=15, inferred=P, hints=CN),
    E("200-300元/天 4天/周 6个月", 200, 300, "CNY", "day", hints=CN),
    E(
        "15-25K·13薪北京·朝阳区3-5年本科",
        15000,
        25000,
        "CNY",
        "month",
        payments=13,
        inferred=P,
        hints=CN,
    ),
    E(
        "25-50K·14薪\n上海 浦东新区\n5-10年\n硕士",
        25000,
        50000,
        "CNY",
        "month",
        payments=14,
        inferred=P,
        hints=CN,
    ),
    E("１５－２５Ｋ·１３薪", 15000, 25000, "CNY", "month", payments=13, inferred=P, hints=CN),
    E("15-25K・13薪", 15000, 25000, "CNY", "month", payments=13, inferred=P, hints=CN),
    E("25-35K*15薪", 25000, 35000, "CNY", "month", payments=15, inferred=P, hints=CN),
    E(
        "<span>20-30K</span><span>·</span><span>14薪</span>",
        20000,
        30000,
        "CNY",
        "month",
        payments=14,
        inferred=P,
        hints=CN,
    ),
    E("20-30K&middot;14薪", 20000, 30000, "CNY", "month", payments=14, inferred=P, hints=CN),
    E("月薪15K-20K", 15000, 20000, "CNY", "month", hints=CN),
    E("年薪25-40W", 250000, 400000, "CNY", "year", hints=CN),
    # 58同城 and bounds
    E("3000-5000元", 3000, 5000, "CNY", "month", inferred=P, hints=CN),
    E("5千-8千/月", 5000, 8000, "CNY", "month", hints=CN),
    E("3千-5千元", 3000, 5000, "CNY", "month", inferred=P, hints=CN),
    E("1万以上", 10000, None, "CNY", "month", inferred=P, hints=CN),
    E("2万以上/月", 20000, None, "CNY", "month", hints=CN),
    E("2000元以下", None, 2000, "CNY", "month", inferred=P, hints=CN),
    E("底薪3000+提成", 3000, 3000, "CNY", "month", inferred=P, hints=CN),
    E("底薪4000-6000元+提成+奖金", 4000, 6000, "CNY", "month", inferred=P, hints=CN),
    E("综合薪资6000-12000元/月", 6000, 12000, "CNY", "month", hints=CN),
    E("时薪18-22元", 18, 22, "CNY", "hour", hints=CN),
    E("日薪150-200元", 150, 200, "CNY", "day", hints=CN),
    E("月薪：8000-12000元（税前）", 8000, 12000, "CNY", "month", gross=True, hints=CN),
    E("税后8000-10000", 8000, 10000, "CNY", "month", gross=False, inferred=P, hints=CN),
    NEG("面议 | 深圳-南山区 | 经验不限", CN),
    NEG("薪資面議", CN),
    # 104 (Taiwan)
    E("月薪 38,000~52,000元", 38000, 52000, "TWD", "month", hints=TW),
    E("月薪40,000元以上", 40000, None, "TWD", "month", hints=TW),
    E("時薪 200元", 200, 200, "TWD", "hour", hints=TW),
    E("年薪 80萬~120萬元", 800000, 1200000, "TWD", "year", hints=TW),
    # no salary
    N("0", CN),
    N("-1\n", CN),
    N("nan", CN),
    # no hints
    E("20001-30000元/月", 20001, 30000, "CNY", "month"),
    E("0.9-1.4万/月", 9000, 14000, "CNY", "month"),
    E("20-40k·15薪", 20000, 40000, "CNY", "month", payments=15, inferred=P),
)

FR_ROWS = table(
    # France Travail salaire.libelle
    E(
        "Annuel de 35000,00 Euros à 42000,00 Euros sur 12 mois",
        35000,
        42000,
        "EUR",
        "year",
        payments=12,
        hints=FR,
    ),
    E(
        "Annuel de 38000,00 Euros à 45000,00 Euros sur 13 mois",
        38000,
        45000,
        "EUR",
        "year",
        payments=13,
        hints=FR,
    ),
    E("Mensuel de 2200.0 Euros", 2200, 2200, "EUR", "month", hints=FR),
    E(
        "Mensuel de 1823,03 Euros sur 12 mois",
        "1823.03",
        "1823.03",
        "EUR",
        "month",
        payments=12,
        hints=FR,
    ),
    E(
        "Horaire de 11,65 Euros à 13,00 Euros sur 12 mois",
        "11.65",
        13,
        "EUR",
        "hour",
        payments=12,
        hints=FR,
    ),
    E(
        "Horaire de 11.88 Euros à 12.5 Euros sur 12.0 mois",
        "11.88",
        "12.5",
        "EUR",
        "hour",
        payments=12,
        hints=FR,
    ),
    E(
        "Mensuel de 2000,00 Euros à 2400,00 Euros sur 13,00 mois",
        2000,
        2400,
        "EUR",
        "month",
        payments=13,
        hints=FR,
    ),
    E("Annuel de 42000.0 Euros sur 14.0 mois", 42000, 42000, "EUR", "year", payments=14, hints=FR),
    E("Horaire de 12 Euros sur 12 mois", 12, 12, "EUR", "hour", payments=12, hints=FR),
    E("Annuel de 28000 Euros à 32000 Euros", 28000, 32000, "EUR", "year", hints=FR),
    E(
        "Mensuel de 1850,00 Euros sur 12 mois\nPrime de fin d'année",
        1850,
        1850,
        "EUR",
        "month",
        payments=12,
        hints=FR,
    ),
    NEG("Salaire : Selon profil et expérience", FR),
    # HelloWork / Indeed FR / Welcome to the Jungle
    E("Salaire : 2000 - 2500 € brut/mois", 2000, 2500, "EUR", "month", gross=True, hints=FR),
    E("Salaire : 24 - 28 k€ brut/an", 24000, 28000, "EUR", "year", gross=True, hints=FR),
    E("2\u202f000 € - 2\u202f400 € par mois", 2000, 2400, "EUR", "month", hints=FR),
    E("Jusqu’à 2\u202f500 € par mois", None, 2500, "EUR", "month", hints=FR),
    E("À partir de 1\u202f850 € par mois", 1850, None, "EUR", "month", hints=FR),
    E("12,50 € - 14,00 € par heure", "12.50", 14, "EUR", "hour", hints=FR),
    E("2 000,00 € - 2 400,00 € par mois", 2000, 2400, "EUR", "month", hints=FR),
    E("35 000 - 45 000 € / an", 35000, 45000, "EUR", "year", hints=FR),
    E("11,88 - 12,50 € / heure", "11.88", "12.50", "EUR", "hour", hints=FR),
    E("120 - 150 € / jour", 120, 150, "EUR", "day", hints=FR),
    E("Salaire : 45K à 55K €", 45000, 55000, "EUR", "year", inferred=P, hints=FR),
    E("Salaire : 38K à 42K €", 38000, 42000, "EUR", "year", inferred=P, hints=FR),
    E(
        "Salaire : 2 200 € - 2 600 € par mois\nTemps plein · CDI",
        2200,
        2600,
        "EUR",
        "month",
        hints=FR,
    ),
    E("1 900 € - 2 100 € brut / mois", 1900, 2100, "EUR", "month", gross=True, hints=FR),
    E(
        "Rémunération : 1 801,80 € brut mensuel sur 13 mois",
        "1801.80",
        "1801.80",
        "EUR",
        "month",
        gross=True,
        payments=13,
        hints=FR,
    ),
    E("Taux horaire : 12,02 € brut", "12.02", "12.02", "EUR", "hour", gross=True, hints=FR),
    E("Salaire brut mensuel : 1 850 €", 1850, 1850, "EUR", "month", gross=True, hints=FR),
    E("De 28 000 € à 32 000 € par an", 28000, 32000, "EUR", "year", hints=FR),
    E("45000€ à 55000€ annuel brut", 45000, 55000, "EUR", "year", gross=True, hints=FR),
    NEG("Salaire : à négocier selon expérience", FR),
    # stage offers
    E("Gratification : 4,35 € / heure", "4.35", "4.35", "EUR", "hour", hints=FR),
    E("600 €/mois", 600, 600, "EUR", "month", hints=FR),
    E("Gratification : 650 € par mois", 650, 650, "EUR", "month", hints=FR),
    E("Stage gratifié 4,35€/h", "4.35", "4.35", "EUR", "hour", hints=FR),
    # HTML leftovers, no hints
    E("2&#160;000 € - 2&#160;500 € par mois", 2000, 2500, "EUR", "month", hints=FR),
    E(
        "Annuel de 35000,00 Euros à 42000,00 Euros sur 12 mois",
        35000,
        42000,
        "EUR",
        "year",
        payments=12,
    ),
    E(
        "Horaire de 11,88 Euros à 12,10 Euros sur 12 mois",
        "11.88",
        "12.10",
        "EUR",
        "hour",
        payments=12,
    ),
)

JA = table(
    # 求人ボックス
    E("月給 20万円 ～ 30万円", 200000, 300000, "JPY", "month", hints=JP),
    E("時給 1,100円 ～ 1,300円", 1100, 1300, "JPY", "hour", hints=JP),
    E("日給 1万円～", 10000, None, "JPY", "day", hints=JP),
    E("年俸 500万円～", 5000000, None, "JPY", "year", hints=JP),
    E("月給 20.5万円 ～ 25万円", 205000, 250000, "JPY", "month", hints=JP),
    E("時給 1,113円～", 1113, None, "JPY", "hour", hints=JP),
    E("月給 18万2,000円～", 182000, None, "JPY", "month", hints=JP),
    E("日給 1.2万円 ~ 1.5万円", 12000, 15000, "JPY", "day", hints=JP),
    # doda / マイナビ
    E("年収：450万円～700万円", 4500000, 7000000, "JPY", "year", hints=JP),
    E("<予定年収>\n450万円～700万円", 4500000, 7000000, "JPY", "year", hints=JP),
    E("＜予定年収＞500万円～800万円 ＜賃金形態＞月給制", 5000000, 8000000, "JPY", "year", hints=JP),
    E("月給25万円以上＋賞与年2回", 250000, None, "JPY", "month", hints=JP),
    E("月給 22万円～ ※試用期間3ヶ月あり（同条件）", 220000, None, "JPY", "month", hints=JP),
    E("年収 400万円～650万円 ※経験・能力を考慮の上決定", 4000000, 6500000, "JPY", "year", hints=JP),
    E("年俸制 600万円～1,000万円（賞与込み）", 6000000, 10000000, "JPY", "year", hints=JP),
    E("月給 28万円～45万円 + 賞与", 280000, 450000, "JPY", "month", hints=JP),
    E("月給25万円～40万円（一律残業手当含む）", 250000, 400000, "JPY", "month", hints=JP),
    E("給与 月給23.5万円～", 235000, None, "JPY", "month", hints=JP),
    E("月収 30万円以上可", 300000, None, "JPY", "month", hints=JP),
    # Indeed JP
    E("日給 9,000円 ~ 12,000円", 9000, 12000, "JPY", "day", hints=JP),
    E("日給 12,000円 ~ 15,000円 - アルバイト・パート", 12000, 15000, "JPY", "day", hints=JP),
    E("時給 1,200円 ~ 1,500円 - 派遣社員", 1200, 1500, "JPY", "hour", hints=JP),
    E("年収 350万円 ~ 500万円 - 正社員", 3500000, 5000000, "JPY", "year", hints=JP),
    E("時給1,200円～1,500円（研修期間中は時給1,100円）", 1200, 1500, "JPY", "hour", hints=JP),
    E("時給1100円以上", 1100, None, "JPY", "hour", hints=JP),
    E("月給200,000円～250,000円", 200000, 250000, "JPY", "month", hints=JP),
    E("月給 ¥220,000 ～ ¥280,000", 220000, 280000, "JPY", "month", hints=JP),
    E("年収 500万円 – 800万円", 5000000, 8000000, "JPY", "year", hints=JP),
    E("年収 1,200万円～1,800万円", 12000000, 18000000, "JPY", "year", hints=JP),
    E("時給 1,500円 〜 2,000円", 1500, 2000, "JPY", "hour", hints=JP),
    # full-width, line breaks, HTML
    E("時給１，１００円～１，３００円", 1100, 1300, "JPY", "hour", hints=JP),
    E("月給２０万円～", 200000, None, "JPY", "month", hints=JP),
    E("年収４５０万円～７００万円", 4500000, 7000000, "JPY", "year", hints=JP),
    E("時給\n1,200円～", 1200, None, "JPY", "hour", hints=JP),
    E("月給&nbsp;25万円&nbsp;～&nbsp;30万円", 250000, 300000, "JPY", "month", hints=JP),
    N("給与：非公開", JP),
    # no hints
    E("月給 20万円 ～ 30万円", 200000, 300000, "JPY", "month"),
    E("時給 1,100円 ～ 1,300円", 1100, 1300, "JPY", "hour"),
)

EN_US = table(
    # Indeed
    E("$17 - $20 an hour", 17, 20, "USD", "hour", hints=US),
    E("$65,000 - $85,000 a year", 65000, 85000, "USD", "year", hints=US),
    E("Pay: $18.00 - $22.00 per hour", 18, 22, "USD", "hour", hints=US),
    E("$4,000 - $5,500 a month", 4000, 5500, "USD", "month", hints=US),
    E("$1,150 a week", 1150, 1150, "USD", "week", hints=US),
    E("$18 - $22 an hourPart-time", 18, 22, "USD", "hour", hints=US),
    E("Up to $25 an hourFull-time +1", None, 25, "USD", "hour", hints=US),
    E("$3,000 - $3,500 a monthContract", 3000, 3500, "USD", "month", hints=US),
    E("$250 - $350 a day", 250, 350, "USD", "day", hints=US),
    E("$1,350 - $1,650 a week", 1350, 1650, "USD", "week", hints=US),
    E("$62,400 - $72,800 a year · Full-time", 62400, 72800, "USD", "year", hints=US),
    E(
        "$18.50 - $21.00 an hour\nPart-time\nWeekends as needed",
        "18.50",
        21,
        "USD",
        "hour",
        hints=US,
    ),
    E("$85,000 a year + $5,000 sign-on bonus", 85000, 85000, "USD", "year", hints=US),
    E("$20 - $25 an hour · $1,000 sign-on bonus", 20, 25, "USD", "hour", hints=US),
    # LinkedIn
    E("$27.00/hr - $33.00/hr", 27, 33, "USD", "hour", hints=US),
    E("$48/hr - $58/hr", 48, 58, "USD", "hour", hints=US),
    E(
        "$140,000.00/yr - $175,000.00/yr · Full-time · Mid-Senior level",
        140000,
        175000,
        "USD",
        "year",
        hints=US,
    ),
    # ZipRecruiter
    E("$45K - $60K /yr (est)", 45000, 60000, "USD", "year", hints=US),
    E("$18 - $22 /hr (est)", 18, 22, "USD", "hour", hints=US),
    E("$90K /yr (est)", 90000, 90000, "USD", "year", hints=US),
    # Glassdoor
    E("$21.50 Per Hour (Employer est.)", "21.50", "21.50", "USD", "hour", hints=US),
    E("$57K - $83K (Glassdoor est.)", 57000, 83000, "USD", "year", inferred=P, hints=US),
    # company pages and boards' free text
    E("Salary: $70,000-$80,000/year", 70000, 80000, "USD", "year", hints=US),
    E(
        "Compensation: $120,000 - $140,000 base + equity",
        120000,
        140000,
        "USD",
        "year",
        inferred=P,
        hints=US,
    ),
    E("$110k-$130k + equity", 110000, 130000, "USD", "year", inferred=P, hints=US),
    E("$30/hour", 30, 30, "USD", "hour", hints=US),
    E("Starting at $19.25/hour", "19.25", None, "USD", "hour", hints=US),
    E("From $18/hr", 18, None, "USD", "hour", hints=US),
    E("$40,000.00 - $45,000.00 per year", 40000, 45000, "USD", "year", hints=US),
    E("$16.00 - $18.00 per hour + commission", 16, 18, "USD", "hour", hints=US),
    E("Pay Range: $85,000 - $105,000 USD annually", 85000, 105000, "USD", "year", hints=US),
    E("Salary Range: $100K - $125K", 100000, 125000, "USD", "year", inferred=P, hints=US),
    E("$95K–$125K/yr + bonus", 95000, 125000, "USD", "year", hints=US),
    E("$135,000 - $165,000 a year + equity + benefits", 135000, 165000, "USD", "year", hints=US),
    E("$52K-$78K", 52000, 78000, "USD", "year", inferred=P, hints=US),
    NEG("Salary: Competitive, DOE", US),
    # HTML leftovers, no hints
    E("<b>$17 - $20</b> an hour", 17, 20, "USD", "hour", hints=US),
    E("$65,000&ndash;$85,000 a year", 65000, 85000, "USD", "year", hints=US),
    E("$17 - $20 an hour", 17, 20, "USD", "hour"),
    E("$45K - $60K /yr (est)", 45000, 60000, "USD", "year"),
)

EN_IN = table(
    # Naukri
    E("2.25-3.5 Lacs P.A.", 225000, 350000, "INR", "year", hints=IN),
    E("₹ 12,00,000 - 18,00,000 P.A.", 1200000, 1800000, "INR", "year", hints=IN),
    E("20-35 Lacs P.A. (Including Variable)", 2000000, 3500000, "INR", "year", hints=IN),
    E("1.75-2.75 Lacs P.A.", 175000, 275000, "INR", "year", hints=IN),
    E("3-6 Lacs PA | 2-5 Yrs | Pune", 300000, 600000, "INR", "year", hints=IN),
    N("Not disclosed | 2-5 Yrs | Hyderabad", IN),
    E("₹ 1 - 1.5 Cr P.A.", 10000000, 15000000, "INR", "year", hints=IN),
    E("INR 6,00,000 - 9,00,000 PA", 600000, 900000, "INR", "year", hints=IN),
    E("Rs. 3.6 LPA", 360000, 360000, "INR", "year", hints=IN),
    # Indeed IN, Glassdoor IN
    E("₹18,000 - ₹28,000 a month", 18000, 28000, "INR", "month", hints=IN),
    E("₹3,00,000 - ₹5,00,000 a year", 300000, 500000, "INR", "year", hints=IN),
    E("₹12,000 a month", 12000, 12000, "INR", "month", hints=IN),
    E("₹600 - ₹900 a day", 600, 900, "INR", "day", hints=IN),
    E("₹3L - ₹6L (Glassdoor est.)", 300000, 600000, "INR", "year", inferred=P, hints=IN),
    E("₹ 18,000 - 22,000 per month", 18000, 22000, "INR", "month", hints=IN),
    E("₹ 40,000 - 60,000 / month", 40000, 60000, "INR", "month", hints=IN),
    # Internshala
    E("₹ 10,000 /month", 10000, 10000, "INR", "month", hints=IN),
    E("₹ 8,000-12,000 /month", 8000, 12000, "INR", "month", hints=IN),
    E("₹ 15,000 /month + Incentives", 15000, 15000, "INR", "month", hints=IN),
    N("Unpaid", IN),
    # no hints
    E("2.25-3.5 Lacs P.A.", 225000, 350000, "INR", "year"),
    E("₹22,000 - ₹32,000 a month", 22000, 32000, "INR", "month"),
)

EN_AU = table(
    # Seek
    E("$90,000 – $110,000 per year + super", 90000, 110000, "AUD", "year", hints=AU),
    E("$130k package", 130000, 130000, "AUD", "year", inferred=P, hints=AU),
    E(
        "$110,000 - $125,000 inclusive of super",
        110000,
        125000,
        "AUD",
        "year",
        inferred=P,
        hints=AU,
    ),
    E("$750 - $850 p.d.", 750, 850, "AUD", "day", hints=AU),
    E("$90 - $100 p/h", 90, 100, "AUD", "hour", hints=AU),
    E("$160K - $190K Package", 160000, 190000, "AUD", "year", inferred=P, hints=AU),
    E("$85k - $95k + super + car", 85000, 95000, "AUD", "year", inferred=P, hints=AU),
    E("$40.50ph", "40.50", "40.50", "AUD", "hour", hints=AU),
    E("$65 - $75 p/h + GST", 65, 75, "AUD", "hour", hints=AU),
    E("$1,200 - $1,400 per day", 1200, 1400, "AUD", "day", hints=AU),
    E(
        "$120,000 - $135,000 Total Remuneration Package",
        120000,
        135000,
        "AUD",
        "year",
        inferred=P,
        hints=AU,
    ),
    E("$95,000 plus super pro-rata", 95000, 95000, "AUD", "year", inferred=P, hints=AU),
    E("$36/hr + super + penalty rates", 36, 36, "AUD", "hour", hints=AU),
    E("$55.80 - $60.10 per hour", "55.80", "60.10", "AUD", "hour", hints=AU),
    E("$100k-$120k AUD + Super", 100000, 120000, "AUD", "year", inferred=P, hints=AU),
    E(
        "$105k – $115k + super\nFull time\nInformation & Communication Technology",
        105000,
        115000,
        "AUD",
        "year",
        inferred=P,
        hints=AU,
    ),
    # Glassdoor AU
    E("A$80K - A$95K (Glassdoor est.)", 80000, 95000, "AUD", "year", inferred=P, hints=AU),
    E("A$35 - A$40 Per Hour (Employer est.)", 35, 40, "AUD", "hour", hints=AU),
    E("Employer Provided Salary:$95K - $110K", 95000, 110000, "AUD", "year", inferred=P, hints=AU),
    # no hints
    E("$90,000 – $110,000 per year + super", 90000, 110000, "AUD", "year"),
    E("A$80K - A$95K (Glassdoor est.)", 80000, 95000, "AUD", "year", inferred=P),
)

PL_ROWS = table(
    # nofluffjobs
    E("12 000–18 000 PLN (B2B) / mies.", 12000, 18000, "PLN", "month", hints=PL),
    E("4 500 – 5 500 EUR (B2B) / mies.", 4500, 5500, "EUR", "month", hints=PL),
    E(
        "20 000 - 26 000 PLN + VAT / mies. (B2B)",
        20000,
        26000,
        "PLN",
        "month",
        gross=False,
        hints=PL,
    ),
    # justjoin.it
    E("15 000 - 20 000 PLN/month net (+VAT)", 15000, 20000, "PLN", "month", gross=False, hints=PL),
    E("120 - 150 PLN/h net (+VAT)", 120, 150, "PLN", "hour", gross=False, hints=PL),
    E("18 000 - 22 000 PLN/month gross", 18000, 22000, "PLN", "month", gross=True, hints=PL),
    E(
        "25 000 - 30 000 PLN/month net (+VAT) | B2B",
        25000,
        30000,
        "PLN",
        "month",
        gross=False,
        hints=PL,
    ),
    N("Undisclosed Salary", PL),
    # pracuj.pl
    E("8 500–10 500 zł brutto / mies.", 8500, 10500, "PLN", "month", gross=True, hints=PL),
    E("38–46 zł brutto / godz.", 38, 46, "PLN", "hour", gross=True, hints=PL),
    E("6 000 zł brutto / mies.", 6000, 6000, "PLN", "month", gross=True, hints=PL),
    E("120–150 zł netto (+ VAT) / godz.", 120, 150, "PLN", "hour", gross=False, hints=PL),
    E("800–1 000 zł netto (+ VAT) / dzień", 800, 1000, "PLN", "day", gross=False, hints=PL),
    E("23,50 zł brutto / godz.", "23.50", "23.50", "PLN", "hour", gross=True, hints=PL),
    E("4 806 zł brutto / mies.", 4806, 4806, "PLN", "month", gross=True, hints=PL),
    E(
        "15 000–20 000 zł brutto / mies.\nUmowa o pracę",
        15000,
        20000,
        "PLN",
        "month",
        gross=True,
        hints=PL,
    ),
    E("od 9 000 zł brutto / mies.", 9000, None, "PLN", "month", gross=True, hints=PL),
    # bulldogjob, several contracts
    E(
        "15 000 - 20 000 PLN netto (B2B)",
        15000,
        20000,
        "PLN",
        "month",
        gross=False,
        inferred=P,
        hints=PL,
    ),
    E(
        "18 000 - 25 000 PLN brutto (UoP) / 20 000 - 28 000 PLN netto (B2B)",
        18000,
        25000,
        "PLN",
        "month",
        gross=True,
        inferred=P,
        hints=PL,
    ),
    NEG("Wynagrodzenie: do negocjacji (B2B lub UoP)", PL),
    # no hints
    E("8 500–10 500 zł brutto / mies.", 8500, 10500, "PLN", "month", gross=True),
    E("15 000 - 20 000 PLN/month net (+VAT)", 15000, 20000, "PLN", "month", gross=False),
)

OTHER = table(
    # Stepstone DE
    E("45.000 € - 55.000 € jährlich", 45000, 55000, "EUR", "year", hints=DE),
    E("3.500 € - 4.200 € monatlich", 3500, 4200, "EUR", "month", hints=DE),
    E("18 € - 22 € pro Stunde", 18, 22, "EUR", "hour", hints=DE),
    E("ab 50.000 € jährlich", 50000, None, "EUR", "year", hints=DE),
    E("bis zu 70.000 € brutto im Jahr", None, 70000, "EUR", "year", gross=True, hints=DE),
    E("60.000 - 75.000 € p.a.", 60000, 75000, "EUR", "year", hints=DE),
    E("55.000 € – 65.000 € (brutto/Jahr)", 55000, 65000, "EUR", "year", gross=True, hints=DE),
    E("14,50 € pro Stunde", "14.50", "14.50", "EUR", "hour", hints=DE),
    NEG("Vergütung nach Vereinbarung", DE),
    # InfoJobs ES
    E("18.000€ - 22.000€ b/a", 18000, 22000, "EUR", "year", gross=True, hints=ES),
    E("1.200 € - 1.500 € brutos/mes", 1200, 1500, "EUR", "month", gross=True, hints=ES),
    E("24.000 € - 30.000 € bruto/año", 24000, 30000, "EUR", "year", gross=True, hints=ES),
    E("9,50 €/hora bruto", "9.50", "9.50", "EUR", "hour", gross=True, hints=ES),
    E(
        "Salario: 22.000 - 26.000 € brutos anuales",
        22000,
        26000,
        "EUR",
        "year",
        gross=True,
        hints=ES,
    ),
    E("Desde 25.000 € b/a", 25000, None, "EUR", "year", gross=True, hints=ES),
    # Catho / Vagas BR
    E("R$ 2.500,00 a R$ 3.000,00", 2500, 3000, "BRL", "month", inferred=P, hints=BR),
    NEG("Salário: a combinar", BR),
    E("R$ 1.800,00", 1800, 1800, "BRL", "month", inferred=P, hints=BR),
    E("Até R$ 4.000,00", None, 4000, "BRL", "month", inferred=P, hints=BR),
    E("De R$ 3.500,00 a R$ 4.500,00", 3500, 4500, "BRL", "month", inferred=P, hints=BR),
    E("R$ 2.000 - R$ 2.500 / mês", 2000, 2500, "BRL", "month", hints=BR),
    E("Salário: R$ 1.412,00 + benefícios", 1412, 1412, "BRL", "month", inferred=P, hints=BR),
    E("R$ 22,50 por hora", "22.50", "22.50", "BRL", "hour", hints=BR),
    E("R$ 8.000,00 a R$ 10.000,00 (CLT)", 8000, 10000, "BRL", "month", inferred=P, hints=BR),
    # InfoJobs IT
    E("€ 1.500 - 1.800 al mese", 1500, 1800, "EUR", "month", hints=IT),
    E("30.000 € - 35.000 € annui", 30000, 35000, "EUR", "year", hints=IT),
    E("1.400 € netti al mese", 1400, 1400, "EUR", "month", gross=False, hints=IT),
    # hh.ru
    E("от 150 000 ₽ на руки", 150000, None, "RUB", "month", gross=False, inferred=P, hints=RU),
    E(
        "до 200 000 ₽ до вычета налогов",
        None,
        200000,
        "RUB",
        "month",
        gross=True,
        inferred=P,
        hints=RU,
    ),
    E("от 2 500 $ до вычета налогов", 2500, None, "USD", "month", gross=True, inferred=P, hints=RU),
    E(
        "от 90\u00a0000 до 130\u00a0000 ₽ на руки",
        90000,
        130000,
        "RUB",
        "month",
        gross=False,
        inferred=P,
        hints=RU,
    ),
    E("от 60 000 ₽ за месяц, на руки", 60000, None, "RUB", "month", gross=False, hints=RU),
    # Saramin / JobKorea
    E("연봉 3,000만원 이상", 30000000, None, "KRW", "year", hints=KR),
    NEG("급여 면접 후 결정", KR),
    E("월급 250만원 ~ 300만원", 2500000, 3000000, "KRW", "month", hints=KR),
    E("연봉 3,600 ~ 4,200만원", 36000000, 42000000, "KRW", "year", hints=KR),
    E("월 230만원", 2300000, 2300000, "KRW", "month", hints=KR),
    E("시급 12,000원 ~ 15,000원", 12000, 15000, "KRW", "hour", hints=KR),
    E("연봉 2,900만원 ~ 3,300만원", 29000000, 33000000, "KRW", "year", hints=KR),
    # Platsbanken
    E("36 000 - 44 000 kr/mån", 36000, 44000, "SEK", "month", hints=SE),
    NEG("Lön: enligt överenskommelse", SE),
    E("Fast månadslön 35 000 kr", 35000, 35000, "SEK", "month", hints=SE),
    E("Timlön 165 kr", 165, 165, "SEK", "hour", hints=SE),
)


# second batch, written before it was run: boards' rarer chips, bounds, and the text around them
HARD = table(
    # zh: 51job legacy bands, Boss part-time "/时", Liepin yearly 万 without a period, glued titles
    E("1.5千以下/月", None, 1500, "CNY", "month", hints=CN),
    E("100万以上/年", 1000000, None, "CNY", "year", hints=CN),
    E("1500元以下", None, 1500, "CNY", "month", inferred=P, hints=CN),
    E("25元/时", 25, 25, "CNY", "hour", hints=CN),
    E("22-26元/时", 22, 26, "CNY", "hour", hints=CN),
    E("36-60万", 360000, 600000, "CNY", "year", inferred=P, hints=CN),
    E("15k以上", 15000, None, "CNY", "month", inferred=P, hints=CN),
    E("Java开发工程师15-25K·13薪", 15000, 25000, "CNY", "month", payments=13, inferred=P, hints=CN),
    E("薪资范围：15k-25k·13薪", 15000, 25000, "CNY", "month", payments=13, inferred=P, hints=CN),
    E("月薪8K+", 8000, None, "CNY", "month", hints=CN),
    E("8K-12K+提成", 8000, 12000, "CNY", "month", inferred=P, hints=CN),
    E("7000+", 7000, None, "CNY", "month", inferred=P, hints=CN),
    E("12-15K · 13薪", 12000, 15000, "CNY", "month", payments=13, inferred=P, hints=CN),
    E("12-15K×13薪", 12000, 15000, "CNY", "month", payments=13, inferred=P, hints=CN),
    E("12-15K/月 13薪", 12000, 15000, "CNY", "month", payments=13, hints=CN),
    E("15-30K·13薪 · 股票期权", 15000, 30000, "CNY", "month", payments=13, inferred=P, hints=CN),
    E("15K～25K·13薪", 15000, 25000, "CNY", "month", payments=13, inferred=P, hints=CN),
    E("15～25K", 15000, 25000, "CNY", "month", inferred=P, hints=CN),
    E("15—25K", 15000, 25000, "CNY", "month", inferred=P, hints=CN),
    E("１５ｋ－２５ｋ", 15000, 25000, "CNY", "month", inferred=P, hints=CN),
    E("15&#8211;25K·13薪", 15000, 25000, "CNY", "month", payments=13, inferred=P, hints=CN),
    E("15-25K\u200b·13薪", 15000, 25000, "CNY", "month", payments=13, inferred=P, hints=CN),
    E("￥8000-12000/月", 8000, 12000, "CNY", "month", hints=CN),
    E("¥15k-25k", 15000, 25000, "CNY", "month", inferred=P, hints=CN),
    E("RMB 15,000-20,000/month", 15000, 20000, "CNY", "month", hints=CN),
    E("15-25K/月 (13薪)", 15000, 25000, "CNY", "month", payments=13, hints=CN),
    E('<div class="salary">15-25K</div>', 15000, 25000, "CNY", "month", inferred=P, hints=CN),
    E("3000-4000元/月·包吃住", 3000, 4000, "CNY", "month", hints=CN),
    E("1.2-1.6万/月", 12000, 16000, "CNY", "month", hints=CN),
    E("2-3千/月", 2000, 3000, "CNY", "month", hints=CN),
    E("45元/小时", 45, 45, "CNY", "hour", hints=CN),
    NEG("薪资面议 ·", CN),
    N(" ", CN),
    # fr
    E("De 2 100 € à 2 450 € par mois", 2100, 2450, "EUR", "month", hints=FR),
    E("Jusqu'à 40 000 € par an", None, 40000, "EUR", "year", hints=FR),
    E("À partir de 12 € par heure", 12, None, "EUR", "hour", hints=FR),
    E("2 000 € - 2 500 € par moisCDI", 2000, 2500, "EUR", "month", hints=FR),
    E("1 900 € par moisTemps plein", 1900, 1900, "EUR", "month", hints=FR),
    E("Salaire : 1 766 € brut mensuel", 1766, 1766, "EUR", "month", gross=True, hints=FR),
    E("Salaire : < 40K €", None, 40000, "EUR", "year", inferred=P, hints=FR),
    E("Salaire : Entre 35K € et 45K €", 35000, 45000, "EUR", "year", inferred=P, hints=FR),
    E("A partir de 45 k€ brut annuel", 45000, None, "EUR", "year", gross=True, hints=FR),
    E("42 K€ - 48 K€ / an", 42000, 48000, "EUR", "year", hints=FR),
    E("Gratification : 4,35€ de l'heure", "4.35", "4.35", "EUR", "hour", hints=FR),
    E("Indemnité de stage : 700 € par mois", 700, 700, "EUR", "month", hints=FR),
    E("35\u202f000 – 45\u202f000 € par an", 35000, 45000, "EUR", "year", hints=FR),
    E("35\u2009000 € par an", 35000, 35000, "EUR", "year", hints=FR),
    E("2 000 €&nbsp;-&nbsp;2 400 € par mois", 2000, 2400, "EUR", "month", hints=FR),
    E(
        "Mensuel de 1900,00 Euros à 2100,00 Euros sur 12 mois + Prime",
        1900,
        2100,
        "EUR",
        "month",
        payments=12,
        hints=FR,
    ),
    # ja
    E("日給 1万円～1万2,000円", 10000, 12000, "JPY", "day", hints=JP),
    E("月給 21万7,500円 ～", 217500, None, "JPY", "month", hints=JP),
    E("時給 1,050円 ～ 1,313円", 1050, 1313, "JPY", "hour", hints=JP),
    E("月給 250,000円 ~ 350,000円", 250000, 350000, "JPY", "month", hints=JP),
    E("時給1,200円～+交通費", 1200, None, "JPY", "hour", hints=JP),
    E("時給1,200円〜 ※22時以降時給1,500円", 1200, None, "JPY", "hour", hints=JP),
    E("年俸制 360万円 ～ 600万円 (月額30万円～50万円)", 3600000, 6000000, "JPY", "year", hints=JP),
    E("月給：230,000円～", 230000, None, "JPY", "month", hints=JP),
    E("時給：1,100円～1,400円（経験者優遇）", 1100, 1400, "JPY", "hour", hints=JP),
    E("月給２５万円～３５万円", 250000, 350000, "JPY", "month", hints=JP),
    E("月給 20万円〜 + 各種手当", 200000, None, "JPY", "month", hints=JP),
    E(
        "月給22万円～35万円＋賞与年2回（前年度実績4ヶ月分）",
        220000,
        350000,
        "JPY",
        "month",
        hints=JP,
    ),
    E("年収<br>450万円～700万円", 4500000, 7000000, "JPY", "year", hints=JP),
    E("月給<br/>20万円～", 200000, None, "JPY", "month", hints=JP),
    E("【年収】\n500万円～800万円", 5000000, 8000000, "JPY", "year", hints=JP),
    E("<年収>\n450万円～", 4500000, None, "JPY", "year", hints=JP),
    # en-US
    E("$17.50 - $19.00 an hour - Full-time", "17.50", 19, "USD", "hour", hints=US),
    E("$60,000 a year - Full-time, Contract", 60000, 60000, "USD", "year", hints=US),
    E("$15 - $18 per hour + tips", 15, 18, "USD", "hour", hints=US),
    E("$2,500 - $3,000 per month", 2500, 3000, "USD", "month", hints=US),
    E("$50-$60/hour", 50, 60, "USD", "hour", hints=US),
    E("$50-60/hr", 50, 60, "USD", "hour", hints=US),
    E("$50 - 60 per hour", 50, 60, "USD", "hour", hints=US),
    E("$25-30/hr DOE", 25, 30, "USD", "hour", hints=US),
    E("$100K+", 100000, None, "USD", "year", inferred=P, hints=US),
    E("$100,000+ per year", 100000, None, "USD", "year", hints=US),
    E("USD 120,000 - 140,000", 120000, 140000, "USD", "year", inferred=P, hints=US),
    E("$120K to $140K", 120000, 140000, "USD", "year", inferred=P, hints=US),
    E("$120k–$140k base salary + 10% bonus", 120000, 140000, "USD", "year", inferred=P, hints=US),
    E("$32/hr - $38/hr · Contract", 32, 38, "USD", "hour", hints=US),
    E("$20 to $25 Hourly", 20, 25, "USD", "hour", hints=US),
    E("$60,000 to $75,000 Annually", 60000, 75000, "USD", "year", hints=US),
    E("$1,000/week", 1000, 1000, "USD", "week", hints=US),
    E("$4,500/mo", 4500, 4500, "USD", "month", hints=US),
    E("$4.5k/mo", 4500, 4500, "USD", "month", hints=US),
    E("Salary: $85k/year", 85000, 85000, "USD", "year", hints=US),
    E("Up to $1,800/week", None, 1800, "USD", "week", hints=US),
    E("$45 - $60 hourly", 45, 60, "USD", "hour", hints=US),
    E("$17&nbsp;-&nbsp;$20 an hour", 17, 20, "USD", "hour", hints=US),
    E("Salary</dt><dd>$65,000 - $75,000 a year", 65000, 75000, "USD", "year", hints=US),
    E("\u00a0$17 - $20 an hour\u00a0", 17, 20, "USD", "hour", hints=US),
    E("$17\t-\t$20 an hour", 17, 20, "USD", "hour", hints=US),
    N("Salary: not specified", US),
    # en-IN
    E("₹ 4,00,000 - 6,00,000 per annum", 400000, 600000, "INR", "year", hints=IN),
    E("₹ 3.5 - 6 Lacs P.A.", 350000, 600000, "INR", "year", hints=IN),
    E("₹42,000 - ₹58,000 a month", 42000, 58000, "INR", "month", hints=IN),
    E("From ₹15,000 a month", 15000, None, "INR", "month", hints=IN),
    E("Up to ₹30,000 a month", None, 30000, "INR", "month", hints=IN),
    E("15-20 LPA", 1500000, 2000000, "INR", "year", hints=IN),
    E("Stipend: 10000/month", 10000, 10000, "INR", "month", hints=IN),
    E("INR 12 LPA", 1200000, 1200000, "INR", "year", hints=IN),
    E("1,50,000 - 2,00,000 P.A.", 150000, 200000, "INR", "year", hints=IN),
    E("8.5 - 12 Lacs P.A. + Incentives", 850000, 1200000, "INR", "year", hints=IN),
    # en-AU
    E("$82,000 - $96,000 + Super", 82000, 96000, "AUD", "year", inferred=P, hints=AU),
    E("$38 - $45 + super", 38, 45, "AUD", "hour", inferred=P, hints=AU),
    E("$100 - $110 per hour + GST", 100, 110, "AUD", "hour", hints=AU),
    E("$85K + super (pro-rata)", 85000, 85000, "AUD", "year", inferred=P, hints=AU),
    E("$30.13 - $32.50 per hour", "30.13", "32.50", "AUD", "hour", hints=AU),
    # pl
    E("80 - 120 PLN/h", 80, 120, "PLN", "hour", hints=PL),
    E("20 000 - 25 000 PLN/month", 20000, 25000, "PLN", "month", hints=PL),
    E(
        "5 000–6 000 zł brutto / mies.\numowa o pracę",
        5000,
        6000,
        "PLN",
        "month",
        gross=True,
        hints=PL,
    ),
    E("30 zł brutto / godz.\numowa zlecenie", 30, 30, "PLN", "hour", gross=True, hints=PL),
    E("7 000–9 000 zł netto / mies.", 7000, 9000, "PLN", "month", gross=False, hints=PL),
    E(
        "Wynagrodzenie: 6000-8000 zł brutto",
        6000,
        8000,
        "PLN",
        "month",
        gross=True,
        inferred=P,
        hints=PL,
    ),
    E("8 000 - 11 000 zł / mies. brutto", 8000, 11000, "PLN", "month", gross=True, hints=PL),
)


# third batch, written before it was run: cards whose other figures (ages, hours, headcounts, phone
# numbers, experience, bonuses) stand around the pay
CARDS = table(
    # zh
    E(
        "15-25K·13薪 | 3-5年 | 本科 | 2024届",
        15000,
        25000,
        "CNY",
        "month",
        payments=13,
        inferred=P,
        hints=CN,
    ),
    E("8000-12000元/月 18-35岁 男女不限", 8000, 12000, "CNY", "month", hints=CN),
    E("招聘5人 | 5000-8000元/月", 5000, 8000, "CNY", "month", hints=CN),
    E("工作时间9:00-18:00 月薪6000-8000", 6000, 8000, "CNY", "month", hints=CN),
    E("岗位：普工 年龄18-45岁 工资5000-7000元/月", 5000, 7000, "CNY", "month", hints=CN),
    E("双休 五险一金 6000-9000", 6000, 9000, "CNY", "month", inferred=P, hints=CN),
    E("底薪2800+提成+全勤200", 2800, 2800, "CNY", "month", inferred=P, hints=CN),
    E("综合工资7000-9000元，包吃住，月休4天", 7000, 9000, "CNY", "month", inferred=P, hints=CN),
    E("实习生 150元/天 每周至少4天 实习3个月以上", 150, 150, "CNY", "day", hints=CN),
    E(
        "【薪资】9-14K·13薪【地址】深圳南山区科技园",
        9000,
        14000,
        "CNY",
        "month",
        payments=13,
        inferred=P,
        hints=CN,
    ),
    E("电话：13812345678 月薪5000-8000", 5000, 8000, "CNY", "month", hints=CN),
    E("每天工作8小时 时薪22元", 22, 22, "CNY", "hour", hints=CN),
    # fr
    E(
        "CDI · Temps plein · 35h/semaine · 2 000 € - 2 300 € par mois",
        2000,
        2300,
        "EUR",
        "month",
        hints=FR,
    ),
    E(
        "Mensuel de 1801.80 Euros sur 12 mois - 35H Horaires normaux",
        "1801.80",
        "1801.80",
        "EUR",
        "month",
        payments=12,
        hints=FR,
    ),
    E(
        "Contrat à durée indéterminée 35H Mensuel de 2000,00 Euros à 2200,00 Euros sur 12 mois",
        2000,
        2200,
        "EUR",
        "month",
        payments=12,
        hints=FR,
    ),
    E(
        "Salaire : 25 000 € - 28 000 € par an\nDébut : dès que possible\nExpérience : 2 ans",
        25000,
        28000,
        "EUR",
        "year",
        hints=FR,
    ),
    E("Stage de 6 mois - Gratification : 1 200 € / mois", 1200, 1200, "EUR", "month", hints=FR),
    E(
        "Salaire : 2 100 € brut + 13e mois",
        2100,
        2100,
        "EUR",
        "month",
        gross=True,
        payments=13,
        inferred=P,
        hints=FR,
    ),
    E(
        "Rémunération : 42-48 K€ fixe + 10% variable",
        42000,
        48000,
        "EUR",
        "year",
        inferred=P,
        hints=FR,
    ),
    E("Temps partiel 24h - 1 200 € brut mensuel", 1200, 1200, "EUR", "month", gross=True, hints=FR),
    E(
        "Taux horaire : 11,88 € / heure + 10% de fin de mission",
        "11.88",
        "11.88",
        "EUR",
        "hour",
        hints=FR,
    ),
    E("Salaire : 12,50 €/h + panier repas 5,50 €", "12.50", "12.50", "EUR", "hour", hints=FR),
    E("35 000 € par anCDI", 35000, 35000, "EUR", "year", hints=FR),
    E("12 € par heureCDD", 12, 12, "EUR", "hour", hints=FR),
    # ja
    E("時給1,200円～ 交通費規定支給 週3日～OK 1日4h～", 1200, None, "JPY", "hour", hints=JP),
    E("月給25万円～ 年間休日120日以上", 250000, None, "JPY", "month", hints=JP),
    E("【給与】時給1,100円～1,375円（22時以降25%UP）", 1100, 1375, "JPY", "hour", hints=JP),
    E(
        "東京都港区 / 年収500万円～800万円 / 従業員数300名",
        5000000,
        8000000,
        "JPY",
        "year",
        hints=JP,
    ),
    E("月給 30万円～（残業代別途支給）", 300000, None, "JPY", "month", hints=JP),
    E("年収450万～600万円（月給30万～40万円＋賞与）", 4500000, 6000000, "JPY", "year", hints=JP),
    E("時給 1,300円 ~ 1,800円 - 正社員, アルバイト・パート", 1300, 1800, "JPY", "hour", hints=JP),
    E("日給 10,000円 ~ 13,000円 (週払い可)", 10000, 13000, "JPY", "day", hints=JP),
    E("週払い可 時給1,500円", 1500, 1500, "JPY", "hour", hints=JP),
    E("日払いOK 日給9,000円～", 9000, None, "JPY", "day", hints=JP),
    E("月給21万円～（固定残業代45時間分 6万円含む）", 210000, None, "JPY", "month", hints=JP),
    # en-US
    E("$18 - $22 an hour · 40 hours per week", 18, 22, "USD", "hour", hints=US),
    E("Full-time, 40 hrs/week, $65,000 - $75,000 a year", 65000, 75000, "USD", "year", hints=US),
    E("$25/hr, 20 hrs/week", 25, 25, "USD", "hour", hints=US),
    E(
        "$50,000 - $60,000 a year\n401(k)\nHealth insurance\nPaid time off",
        50000,
        60000,
        "USD",
        "year",
        hints=US,
    ),
    E("$22 an hour - Part-time · Monday to Friday · 8 hour shift", 22, 22, "USD", "hour", hints=US),
    E("$120,000 - $150,000 a year + 15% bonus + equity", 120000, 150000, "USD", "year", hints=US),
    E("Hiring bonus $2,000 · $20 - $24 an hour", 20, 24, "USD", "hour", hints=US),
    E("$5,000 sign-on bonus! Pay: $28 - $34 per hour", 28, 34, "USD", "hour", hints=US),
    E("$18/hr + $2/hr shift differential", 18, 18, "USD", "hour", hints=US),
    E(
        "Pay: $1,500.00 - $2,000.00 per week\nExpected hours: 40 per week",
        1500,
        2000,
        "USD",
        "week",
        hints=US,
    ),
    E("$25 an hourPRN", 25, 25, "USD", "hour", hints=US),
    # pl
    E(
        "14 000 – 20 000 PLN\nB2B\n4 days ago\nRemote",
        14000,
        20000,
        "PLN",
        "month",
        inferred=P,
        hints=PL,
    ),
    E(
        "Senior Java Developer 20 000 - 28 000 PLN net/month B2B Kraków",
        20000,
        28000,
        "PLN",
        "month",
        gross=False,
        hints=PL,
    ),
    E(
        "40–50 zł netto (+ VAT) / godz. | kontrakt B2B\n8 000–9 500 zł brutto / mies. | umowa o pracę",
        40,
        50,
        "PLN",
        "hour",
        gross=False,
        hints=PL,
    ),
    E(
        "Umowa o pracę: 12 000 - 15 000 PLN brutto, B2B: 15 000 - 19 000 PLN netto",
        12000,
        15000,
        "PLN",
        "month",
        gross=True,
        inferred=P,
        hints=PL,
    ),
    # en-IN
    E("3-6 Lacs P.A. 2-5 Yrs Bengaluru", 300000, 600000, "INR", "year", hints=IN),
    E("Experience: 2-4 years | Salary: 4-6 LPA", 400000, 600000, "INR", "year", hints=IN),
    E("₹ 20,000 - 25,000 per month + Incentives | 0-1 Yrs", 20000, 25000, "INR", "month", hints=IN),
    E("CTC: 4.5 LPA - 6 LPA", 450000, 600000, "INR", "year", gross=True, hints=IN),
    E(
        "Salary: INR 8,00,000 - 12,00,000 (CTC)",
        800000,
        1200000,
        "INR",
        "year",
        gross=True,
        inferred=P,
        hints=IN,
    ),
    # en-AU
    E(
        "$90k - $110k + super | Hybrid | 2 days WFH",
        90000,
        110000,
        "AUD",
        "year",
        inferred=P,
        hints=AU,
    ),
    E("$45 - $55 per hour + super, 38 hours per week", 45, 55, "AUD", "hour", hints=AU),
    E("Base salary $120k + super + 10% bonus", 120000, 120000, "AUD", "year", inferred=P, hints=AU),
    E(
        "$100k - $120k + super\nListed 3 days ago",
        100000,
        120000,
        "AUD",
        "year",
        inferred=P,
        hints=AU,
    ),
)


# siblings of the formats this round fixed: work schedules after the pay (zh), a bracketed label on
# its own line (ja), a chip in capitals glued to the period word, a working time before the label
FIXED = table(
    E("15-25K 每周工作5天", 15000, 25000, "CNY", "month", inferred=P, hints=CN),
    E("6000-8000 每天工作8小时", 6000, 8000, "CNY", "month", inferred=P, hints=CN),
    E("4000-5000元 月休4天", 4000, 5000, "CNY", "month", inferred=P, hints=CN),
    E("5000-6000 每周六天", 5000, 6000, "CNY", "month", inferred=P, hints=CN),
    E("4000-5000 一周休一天", 4000, 5000, "CNY", "month", inferred=P, hints=CN),
    E("8000-10000元/月 每周工作6天", 8000, 10000, "CNY", "month", hints=CN),
    E(
        "12-18K·13薪 每周工作5天 每天工作8小时",
        12000,
        18000,
        "CNY",
        "month",
        payments=13,
        inferred=P,
        hints=CN,
    ),
    E("200元/天 每周至少3天", 200, 200, "CNY", "day", hints=CN),
    E("＜月給＞\n25万円～30万円", 250000, 300000, "JPY", "month", hints=JP),
    E("【時給】\n1,200円～", 1200, None, "JPY", "hour", hints=JP),
    E("<想定年収>\n600万円～900万円", 6000000, 9000000, "JPY", "year", hints=JP),
    E("【年収】500万円～800万円（月給制）", 5000000, 8000000, "JPY", "year", hints=JP),
    E("1 800 € par moisCDD", 1800, 1800, "EUR", "month", hints=FR),
    E("11,88 € par heureCDI, Temps plein", "11.88", "11.88", "EUR", "hour", hints=FR),
    E("$60,000 a yearPRN", 60000, 60000, "USD", "year", hints=US),
    E(
        "CDI 35H Mensuel de 2000,00 Euros sur 12 mois",
        2000,
        2000,
        "EUR",
        "month",
        payments=12,
        hints=FR,
    ),
    E("39H Annuel de 30000 Euros", 30000, 30000, "EUR", "year", hints=FR),
    E(
        "24H Horaire de 11,88 Euros sur 12 mois",
        "11.88",
        "11.88",
        "EUR",
        "hour",
        payments=12,
        hints=FR,
    ),
    # a magnitude word as the number, with a small word before the currency
    E("un salaire d'un million de yuans par an", 1000000, 1000000, "CNY", "year", hints=FR_CN),
    E("un millón de euros al año", 1000000, 1000000, "EUR", "year", hints=ES),
    E("um milhão de reais por ano", 1000000, 1000000, "BRL", "year", hints=BR),
    E("un milione di euro l'anno", 1000000, 1000000, "EUR", "year", hints=IT),
    # verbs of exceeding as lower bounds
    E("des salaires dépassant 80 000 yuans par mois", 80000, None, "CNY", "month", hints=FR_CN),
    E("un salaire mensuel qui dépasse 40 000 yuans", 40000, None, "CNY", "month", hints=FR_CN),
    E(
        "un salaire ne dépassant pas 8 000 yuans",
        None,
        8000,
        "CNY",
        "month",
        inferred=P,
        hints=FR_CN,
    ),
    E("月給30万円を超える", 300000, None, "JPY", "month", hints=JP),
    E("年収800万円超え", 8000000, None, "JPY", "year", hints=JP),
    # the same pay in another currency, in brackets
    E(
        "un salaire de 30 000 yuans (environ 3 800 euros) par mois",
        30000,
        30000,
        "CNY",
        "month",
        hints=FR_CN,
    ),
    E("1,2 million de yuans (150 000 euros) par an", 1200000, 1200000, "CNY", "year", hints=FR_CN),
    E("a salary of 30,000 yuan (about $4,200) a month", 30000, 30000, "CNY", "month", hints=CN),
    E("2 000 € environ par mois", 2000, 2000, "EUR", "month", approximate=True, hints=FR),
    E("une rémunération pouvant atteindre 60 000 € par an", None, 60000, "EUR", "year", hints=FR),
    E("un salaire pouvant aller jusqu'à 3 000 € par mois", None, 3000, "EUR", "month", hints=FR),
)


# fourth batch, written before it was run: spelling variants of the common chips
VARIANTS = table(
    # zh
    E("1500-2000元/周", 1500, 2000, "CNY", "week", hints=CN),
    E("15-25K•13薪", 15000, 25000, "CNY", "month", payments=13, inferred=P, hints=CN),
    E("15-25K 13薪", 15000, 25000, "CNY", "month", payments=13, inferred=P, hints=CN),
    E("15-25K,13薪", 15000, 25000, "CNY", "month", payments=13, inferred=P, hints=CN),
    E("15-25K（13薪）", 15000, 25000, "CNY", "month", payments=13, inferred=P, hints=CN),
    E("1.5-2万", 15000, 20000, "CNY", "month", inferred=P, hints=CN),
    E(
        "1-1.5万/月 | 上海-浦东新区 | 3-4年经验 | 本科 | 招1人",
        10000,
        15000,
        "CNY",
        "month",
        hints=CN,
    ),
    E("1万-1.6万", 10000, 16000, "CNY", "month", inferred=P, hints=CN),
    E("8千-1万·13薪", 8000, 10000, "CNY", "month", payments=13, inferred=P, hints=CN),
    E("6-7千", 6000, 7000, "CNY", "month", inferred=P, hints=CN),
    E("7.5-9千/月", 7500, 9000, "CNY", "month", hints=CN),
    E("1.2万-1.8万/月", 12000, 18000, "CNY", "month", hints=CN),
    E("2.2-3.5万·16薪", 22000, 35000, "CNY", "month", payments=16, inferred=P, hints=CN),
    NEG("薪资待遇：面议", CN),
    NEG("工资面议，有意者电话联系", CN),
    # ja
    E("月給 25万円～ / 賞与年2回 / 交通費全額支給", 250000, None, "JPY", "month", hints=JP),
    E("時給 1,200円～1,500円 ※経験・能力による", 1200, 1500, "JPY", "hour", hints=JP),
    E("年収 350万円～ 月給 25万円～", 3500000, None, "JPY", "year", hints=JP),
    E("日給 1万2,000円～", 12000, None, "JPY", "day", hints=JP),
    E("時給 1200円～1500円", 1200, 1500, "JPY", "hour", hints=JP),
    E("月給 ２０万円以上", 200000, None, "JPY", "month", hints=JP),
    E("年収 600万円以上", 6000000, None, "JPY", "year", hints=JP),
    E("月給 23万円～（一律手当含む）※経験を考慮", 230000, None, "JPY", "month", hints=JP),
    E("時給1,100円～\u3000※研修期間3ヶ月は時給1,050円", 1100, None, "JPY", "hour", hints=JP),
    E("【月給】２２万円～３０万円", 220000, 300000, "JPY", "month", hints=JP),
    E("月給 250,000円 ～", 250000, None, "JPY", "month", hints=JP),
    E("月給\u300025万円\u3000～\u300030万円", 250000, 300000, "JPY", "month", hints=JP),
    E("年収 5,000,000円 ～ 8,000,000円", 5000000, 8000000, "JPY", "year", hints=JP),
    E("日給 ８，０００円", 8000, 8000, "JPY", "day", hints=JP),
    # en-US
    E("$20.00 - $25.00 per hour | Full-time", 20, 25, "USD", "hour", hints=US),
    E("$70K-$90K/year", 70000, 90000, "USD", "year", hints=US),
    E("Base pay: $80,000 - $100,000/yr", 80000, 100000, "USD", "year", hints=US),
    E(
        "$150,000 - $200,000 + equity + benefits",
        150000,
        200000,
        "USD",
        "year",
        inferred=P,
        hints=US,
    ),
    E("$25/hr + benefits", 25, 25, "USD", "hour", hints=US),
    E("$3,200/month", 3200, 3200, "USD", "month", hints=US),
    E("Up to $75,000 annually", None, 75000, "USD", "year", hints=US),
    E("Earn $1,000 - $1,500 weekly", 1000, 1500, "USD", "week", hints=US),
    E("$15-$17/hour", 15, 17, "USD", "hour", hints=US),
    E("$17.25/hr – $19.50/hr", "17.25", "19.50", "USD", "hour", hints=US),
    E("$65k – $75k annually DOE", 65000, 75000, "USD", "year", hints=US),
    E("USD $80,000 - $95,000", 80000, 95000, "USD", "year", inferred=P, hints=US),
    E("US$100,000 - US$120,000 per year", 100000, 120000, "USD", "year", hints=US),
    E(
        "Starting pay $21/hr", 21, 21, "USD", "hour", hints=US
    ),  # the pay at hire, like "starting salary"
    # en-IN
    E("₹ 30k - 40k per month", 30000, 40000, "INR", "month", hints=IN),
    E("INR 25K - 35K/month", 25000, 35000, "INR", "month", hints=IN),
    E("Rs 15,000/- per month", 15000, 15000, "INR", "month", hints=IN),
    E("Rs. 12,000/- to 15,000/- per month", 12000, 15000, "INR", "month", hints=IN),
    E("₹ 3,00,000/- per annum", 300000, 300000, "INR", "year", hints=IN),
    E("3.5 LPA - 4.5 LPA", 350000, 450000, "INR", "year", hints=IN),
    E("Salary: 20k-25k", 20000, 25000, "INR", "month", inferred=P, hints=IN),
    E("Upto 5 LPA", None, 500000, "INR", "year", hints=IN),
    E("4 - 6.5 Lacs PA", 400000, 650000, "INR", "year", hints=IN),
    # en-AU
    E("$80 - $90k + super", 80000, 90000, "AUD", "year", inferred=P, hints=AU),
    E("$90-110k + super", 90000, 110000, "AUD", "year", inferred=P, hints=AU),
    E("$50.00 - $55.00 p.h. + super", 50, 55, "AUD", "hour", hints=AU),
    E("$25.50/hr - $28/hr + penalties", "25.50", 28, "AUD", "hour", hints=AU),
    # pl
    E("10 000 - 14 000 PLN brutto/mies.", 10000, 14000, "PLN", "month", gross=True, hints=PL),
    E("12k - 16k PLN", 12000, 16000, "PLN", "month", inferred=P, hints=PL),
    E("12-16k PLN netto", 12000, 16000, "PLN", "month", gross=False, inferred=P, hints=PL),
    E("100-130 zł/h netto", 100, 130, "PLN", "hour", gross=False, hints=PL),
    E("od 7000 zł", 7000, None, "PLN", "month", inferred=P, hints=PL),
    E("7 000 zł - 9 000 zł brutto", 7000, 9000, "PLN", "month", gross=True, inferred=P, hints=PL),
    E("Wynagrodzenie: 25 - 30 zł/h brutto", 25, 30, "PLN", "hour", gross=True, hints=PL),
    E("5 000 zł brutto/miesiąc", 5000, 5000, "PLN", "month", gross=True, hints=PL),
    E("4 000 - 5 000 EUR/month net (+VAT)", 4000, 5000, "EUR", "month", gross=False, hints=PL),
    E("3 500 - 4 500 USD/month net (+VAT)", 3500, 4500, "USD", "month", gross=False, hints=PL),
    # fr
    E("Salaire : 1 800 € à 2 000 € brut mensuel", 1800, 2000, "EUR", "month", gross=True, hints=FR),
    E("Salaire : 11,88 € - 12,50 €/heure", "11.88", "12.50", "EUR", "hour", hints=FR),
    E("24 000 € - 26 000 €/an", 24000, 26000, "EUR", "year", hints=FR),
    E("De 35 à 40 K€ par an", 35000, 40000, "EUR", "year", hints=FR),
    E("35-40 K€ annuel", 35000, 40000, "EUR", "year", hints=FR),
    E("Salaire : 30 000 €/an", 30000, 30000, "EUR", "year", hints=FR),
    E("2 000 € net/mois", 2000, 2000, "EUR", "month", gross=False, hints=FR),
    E("1 800 €/mois brut", 1800, 1800, "EUR", "month", gross=True, hints=FR),
    E("38K€", 38000, 38000, "EUR", "year", inferred=P, hints=FR),
    E(
        "Salaire : 1 801,80 € brut/mois (SMIC)",
        "1801.80",
        "1801.80",
        "EUR",
        "month",
        gross=True,
        hints=FR,
    ),
)


# fifth batch, written before it was run: news sentences, as in the corpus's French articles on
# salaries in China and the United States (hints: the language of the text, the market it is about)
NEWS = table(
    E("un salaire mensuel de 30 000 à 50 000 yuans", 30000, 50000, "CNY", "month", hints=FR_CN),
    E(
        "des salaires annuels dépassant le million de yuans",
        1000000,
        None,
        "CNY",
        "year",
        hints=FR_CN,
    ),
    E("un salaire de 2 millions de yuans par an", 2000000, 2000000, "CNY", "year", hints=FR_CN),
    E(
        "le salaire mensuel médian atteint 21 000 yuans",
        21000,
        21000,
        "CNY",
        "month",
        statistic="median",
        hints=FR_CN,
    ),
    E("entre 40 000 et 60 000 yuans par mois", 40000, 60000, "CNY", "month", hints=FR_CN),
    E("jusqu'à 1,5 million de yuans par an", None, 1500000, "CNY", "year", hints=FR_CN),
    E(
        "Le salaire moyen dans l'IA est de 22 000 yuans par mois, soit environ 2 800 euros",
        22000,
        22000,
        "CNY",
        "month",
        statistic="mean",
        hints=FR_CN,
    ),
    E("un salaire annuel de 500 000 à 800 000 yuans", 500000, 800000, "CNY", "year", hints=FR_CN),
    E(
        "les offres dépassent souvent 50 000 yuans par mois",
        50000,
        None,
        "CNY",
        "month",
        hints=FR_CN,
    ),
    E(
        "près de 1 million de yuans",
        1000000,
        1000000,
        "CNY",
        "year",
        approximate=True,
        inferred=P,
        hints=FR_CN,
    ),
    E("700 000 yuans (environ 90 000 euros) par an", 700000, 700000, "CNY", "year", hints=FR_CN),
    E(
        "un salaire mensuel moyen de 15 000 RMB",
        15000,
        15000,
        "CNY",
        "month",
        statistic="mean",
        hints=FR_CN,
    ),
    E(
        "des salaires de 20 000 à 30 000 yuans",
        20000,
        30000,
        "CNY",
        "month",
        inferred=P,
        hints=FR_CN,
    ),
    E("100 000 yuans mensuels", 100000, 100000, "CNY", "month", hints=FR_CN),
    E("un revenu annuel de 300 000 yuans", 300000, 300000, "CNY", "year", hints=FR_CN),
    E("un salaire annuel de 150 000 à 300 000 dollars", 150000, 300000, "USD", "year", hints=FR_US),
    E("plus de 1 million de dollars par an", 1000000, None, "USD", "year", hints=FR_US),
    E(
        "un salaire médian de 160 000 dollars",
        160000,
        160000,
        "USD",
        "year",
        statistic="median",
        inferred=P,
        hints=FR_US,
    ),
    E("environ 200 000 $ par an", 200000, 200000, "USD", "year", approximate=True, hints=FR_US),
    E("entre 300 000 et 500 000 dollars annuels", 300000, 500000, "USD", "year", hints=FR_US),
    E(
        "le salaire moyen d'un ingénieur logiciel est de 120 000 dollars",
        120000,
        120000,
        "USD",
        "year",
        statistic="mean",
        inferred=P,
        hints=FR_US,
    ),
    E(
        "Salaries for AI engineers range from $150,000 to $250,000 a year.",
        150000,
        250000,
        "USD",
        "year",
        hints=US,
    ),
    E(
        "the median salary was $112,000",
        112000,
        112000,
        "USD",
        "year",
        statistic="median",
        inferred=P,
        hints=US,
    ),
    E("OpenAI pays researchers more than $800,000 annually", 800000, None, "USD", "year", hints=US),
    E("AI工程师平均月薪达到2.5万元", 25000, 25000, "CNY", "month", statistic="mean", hints=CN),
    E("大模型算法岗年薪普遍在50万以上", 500000, None, "CNY", "year", hints=CN),
    E("应届博士年薪可达百万", None, 1000000, "CNY", "year", hints=CN),
    E("月薪中位数为1.2万元", 12000, 12000, "CNY", "month", statistic="median", hints=CN),
    E(
        "平均年薪约30万元",
        300000,
        300000,
        "CNY",
        "year",
        approximate=True,
        statistic="mean",
        hints=CN,
    ),
    E(
        "平均年収は約450万円",
        4500000,
        4500000,
        "JPY",
        "year",
        approximate=True,
        statistic="mean",
        hints=JP,
    ),
    E("初任給を30万円に引き上げ", 300000, 300000, "JPY", "month", inferred=P, hints=JP),
    E("年収1000万円を超える", 10000000, None, "JPY", "year", hints=JP),
)


# sixth batch, written before it was run: more article sentences of the corpus's kinds
ARTICLES = table(
    E(
        "les jeunes diplômés touchent entre 15 000 et 20 000 yuans par mois",
        15000,
        20000,
        "CNY",
        "month",
        hints=FR_CN,
    ),
    E(
        "un salaire annuel pouvant atteindre 2 millions de yuans",
        None,
        2000000,
        "CNY",
        "year",
        hints=FR_CN,
    ),
    E(
        "Les salaires des ingénieurs en IA ont bondi de 30 % pour atteindre 45 000 yuans par mois",
        45000,
        45000,
        "CNY",
        "month",
        hints=FR_CN,
    ),
    E(
        "le salaire mensuel moyen s'élève à 18 500 yuans",
        18500,
        18500,
        "CNY",
        "month",
        statistic="mean",
        hints=FR_CN,
    ),
    E(
        "avec des rémunérations de l'ordre de 1 million de yuans par an",
        1000000,
        1000000,
        "CNY",
        "year",
        approximate=True,
        hints=FR_CN,
    ),
    E(
        "un salaire de départ de 25 000 yuans",
        25000,
        25000,
        "CNY",
        "month",
        inferred=P,
        hints=FR_CN,
    ),
    E(
        "Selon Zhaopin, le salaire moyen atteint 10 420 yuans par mois au premier trimestre 2024",
        10420,
        10420,
        "CNY",
        "month",
        statistic="mean",
        hints=FR_CN,
    ),
    E(
        "certains chercheurs gagnent plus de 10 millions de dollars par an",
        10000000,
        None,
        "USD",
        "year",
        hints=FR_US,
    ),
    E(
        "un salaire de base de 300 000 dollars, hors actions",
        300000,
        300000,
        "USD",
        "year",
        inferred=P,
        hints=FR_US,
    ),
    E(
        "des salaires compris entre 200 000 et 400 000 dollars par an",
        200000,
        400000,
        "USD",
        "year",
        hints=FR_US,
    ),
    # a multi-year package: no pay period an expert would put on it
    E("Meta propose jusqu'à 100 millions de dollars", None, 100000000, "USD", None, hints=FR_US),
    E(
        "AI engineers in China earn an average of 30,000 yuan a month",
        30000,
        30000,
        "CNY",
        "month",
        statistic="mean",
        hints={"lang": "en", "country": "CN"},
    ),
    E(
        "Entry-level salaries start at around $120,000",
        120000,
        None,
        "USD",
        "year",
        approximate=True,
        inferred=P,
        hints=US,
    ),
    E(
        "人工智能岗位平均招聘月薪为21,000元",
        21000,
        21000,
        "CNY",
        "month",
        statistic="mean",
        hints=CN,
    ),
    E("算法工程师的年薪普遍在40万到60万之间", 400000, 600000, "CNY", "year", hints=CN),
    E("部分头部企业给出的年薪超过百万元", 1000000, None, "CNY", "year", hints=CN),
    E("月薪最高可达5万元", None, 50000, "CNY", "month", hints=CN),
    E(
        "AI人材の年収は平均で約800万円",
        8000000,
        8000000,
        "JPY",
        "year",
        approximate=True,
        statistic="mean",
        hints=JP,
    ),
    E("新卒の初任給は月額25万円", 250000, 250000, "JPY", "month", hints=JP),
    E("年収2000万円以上を提示する企業もある", 20000000, None, "JPY", "year", hints=JP),
    E(
        "KI-Experten verdienen im Schnitt 75.000 Euro brutto im Jahr",
        75000,
        75000,
        "EUR",
        "year",
        gross=True,
        statistic="mean",
        hints=DE,
    ),
    E(
        "Los ingenieros de IA cobran entre 40.000 y 60.000 euros al año",
        40000,
        60000,
        "EUR",
        "year",
        hints=ES,
    ),
    E(
        "Средняя зарплата составила 95 000 рублей в месяц",
        95000,
        95000,
        "RUB",
        "month",
        statistic="mean",
        hints=RU,
    ),
    E(
        "O salário médio de um cientista de dados é de R$ 12 mil por mês",
        12000,
        12000,
        "BRL",
        "month",
        statistic="mean",
        hints=BR,
    ),
)


# seventh batch, written before it was run: numerals, mixed units and the smaller markets' chips
MIXED = table(
    E("5000-1万", 5000, 10000, "CNY", "month", inferred=P, hints=CN),
    E("15 k - 25 k", 15000, 25000, "CNY", "month", inferred=P, hints=CN),
    E("10-15万元/年", 100000, 150000, "CNY", "year", hints=CN),
    E("月薪 3萬5千元", 35000, 35000, "TWD", "month", hints=TW),
    E("月給25万5千円", 255000, 255000, "JPY", "month", hints=JP),
    E("日給一万円", 10000, 10000, "JPY", "day", hints=JP),
    E("月給二十五万円", 250000, 250000, "JPY", "month", hints=JP),
    E("연봉 3천만원 ~ 4천만원", 30000000, 40000000, "KRW", "year", hints=KR),
    E("월 250만 원", 2500000, 2500000, "KRW", "month", hints=KR),
    NEG("급여: 연봉 협의 가능", KR),
    NEG("급여 회사 내규에 따름", KR),
    E("$20-25/hr", 20, 25, "USD", "hour", hints=US),
    E("20-25 USD/hour", 20, 25, "USD", "hour", hints=US),
    E("$20 – $25 hourly", 20, 25, "USD", "hour", hints=US),
    E("$19/hour to $23/hour", 19, 23, "USD", "hour", hints=US),
    E("Pay: From $17.00 per hour", 17, None, "USD", "hour", hints=US),
    E("Pay: Up to $80,000.00 per year", None, 80000, "USD", "year", hints=US),
    E("Pay: $15.00 per hour", 15, 15, "USD", "hour", hints=US),
    E("Estimated $60K – $76.1K a year", 60000, 76100, "USD", "year", hints=US),
    E(
        "od 12 000 do 15 000 zł brutto",
        12000,
        15000,
        "PLN",
        "month",
        gross=True,
        inferred=P,
        hints=PL,
    ),
    E(
        "12 000 zł - 15 000 zł brutto miesięcznie",
        12000,
        15000,
        "PLN",
        "month",
        gross=True,
        hints=PL,
    ),
    E("B2B: 150 - 180 zł/h netto + VAT", 150, 180, "PLN", "hour", gross=False, hints=PL),
    E("Stawka: 120 zł/h", 120, 120, "PLN", "hour", hints=PL),
    E("Gehalt: 3.000 – 3.500 € brutto/Monat", 3000, 3500, "EUR", "month", gross=True, hints=DE),
    E("ab 16 €/Std.", 16, None, "EUR", "hour", hints=DE),
    E("4.000 € brutto monatlich", 4000, 4000, "EUR", "month", gross=True, hints=DE),
    E("65k € p.a.", 65000, 65000, "EUR", "year", hints=DE),
    E("Salario: 1.500 € netos al mes", 1500, 1500, "EUR", "month", gross=False, hints=ES),
    E("25.000 € - 30.000 € brutos/año", 25000, 30000, "EUR", "year", gross=True, hints=ES),
    E("11,50 €/hora", "11.50", "11.50", "EUR", "hour", hints=ES),
    E("R$ 3.500,00 / mês", 3500, 3500, "BRL", "month", hints=BR),
    E("R$ 15 mil", 15000, 15000, "BRL", "month", inferred=P, hints=BR),
    E(
        "Salário: R$ 2.000,00 a R$ 2.500,00 + VR + VT",
        2000,
        2500,
        "BRL",
        "month",
        inferred=P,
        hints=BR,
    ),
    E("1.500 € al mese", 1500, 1500, "EUR", "month", hints=IT),
    E(
        "Retribuzione: 25.000 - 30.000 € lordi annui",
        25000,
        30000,
        "EUR",
        "year",
        gross=True,
        hints=IT,
    ),
    E("от 100 000 ₽", 100000, None, "RUB", "month", inferred=P, hints=RU),
    E("до 150 000 руб.", None, 150000, "RUB", "month", inferred=P, hints=RU),
    E("50 000 - 70 000 руб/мес", 50000, 70000, "RUB", "month", hints=RU),
    E("з/п 80 тыс. руб.", 80000, 80000, "RUB", "month", inferred=P, hints=RU),
    E("30 000 - 35 000 SEK/månad", 30000, 35000, "SEK", "month", hints=SE),
    E("Månadslön 33 500 kr", 33500, 33500, "SEK", "month", hints=SE),
)


# eighth batch, written before it was run: bare figures whose period only their size tells
BARE = table(
    E("10,000円～12,000円", 10000, 12000, "JPY", "day", inferred=P, hints=JP),
    E("8,000円", 8000, 8000, "JPY", "day", inferred=P, hints=JP),
    E("¥12,000", 12000, 12000, "JPY", "day", inferred=P, hints=JP),
    E("1,200円～", 1200, None, "JPY", "hour", inferred=P, hints=JP),
    E("9,500円～", 9500, None, "JPY", "day", inferred=P, hints=JP),
    E(
        "時給 10,000円 ~ 15,000円", 10000, 15000, "JPY", "hour", hints=JP
    ),  # doctors' part-time shifts
    E("800 - 1 000 PLN netto (B2B)", 800, 1000, "PLN", "day", gross=False, inferred=P, hints=PL),
    E("1 200 PLN (B2B)", 1200, 1200, "PLN", "day", inferred=P, hints=PL),
    E("150 - 180 PLN netto (B2B)", 150, 180, "PLN", "hour", gross=False, inferred=P, hints=PL),
    E("1 000 - 1 200 PLN/d (B2B)", 1000, 1200, "PLN", "day", hints=PL),
    E("50-60元", 50, 60, "CNY", "hour", inferred=P, hints=CN),
    E("家教 60元", 60, 60, "CNY", "hour", inferred=P, hints=CN),
    E("120-150元", 120, 150, "CNY", "day", inferred=P, hints=CN),
    # 猎聘's older cards: a bare "X-Y万" is yearly pay; up to a few 万 it is monthly
    E("15-25万", 150000, 250000, "CNY", "year", inferred=P, hints=CN),
    E("10-15万", 100000, 150000, "CNY", "year", inferred=P, hints=CN),
    E("8-12万", 80000, 120000, "CNY", "year", inferred=P, hints=CN),
    E("20-30万 | 上海 | 5-10年 | 本科", 200000, 300000, "CNY", "year", inferred=P, hints=CN),
    E("3-5万", 30000, 50000, "CNY", "month", inferred=P, hints=CN),
    E("2-3万", 20000, 30000, "CNY", "month", inferred=P, hints=CN),
    # ... while a figure in k stays monthly however large (Boss直聘, 猎聘: "100-150k")
    E("6-8万", 60000, 80000, "CNY", "year", inferred=P, hints=CN),
    E("100-150k", 100000, 150000, "CNY", "month", inferred=P, hints=CN),
    E("120-160K", 120000, 160000, "CNY", "month", inferred=P, hints=CN),
)


# ninth batch, written before it was run: idioms of the ad text, and what is left for later
IDIOMS = table(
    E("月入过万", 10000, None, "CNY", "month", hints=CN),
    E("月薪过万", 10000, None, "CNY", "month", hints=CN),
    E("年薪过百万", 1000000, None, "CNY", "year", hints=CN),
    E("普工 包吃住 月入过万 多劳多得", 10000, None, "CNY", "month", hints=CN),
    E("6000-9000元/月 多劳多得", 6000, 9000, "CNY", "month", hints=CN),
    E("月薪5000多", 5000, 5000, "CNY", "month", approximate=True, hints=CN),
    NEG("薪资待定", CN),
    NEG("待遇优厚", CN),
    NEG("薪资待遇从优 | 广州-天河区", CN),
    E("6000-8000元/月 待遇优厚", 6000, 8000, "CNY", "month", hints=CN),
    NEG("Attractive remuneration package", AU),
    NEG("Market rate", US),
    # an intern's or trainee's "allowance" is the pay itself (a housing allowance is other pay)
    E("Internship allowance: €1,200/month", 1200, 1200, "EUR", "month", hints=FR),
    E("Internship allowance: ₹12,000 per month", 12000, 12000, "INR", "month", hints=IN),
    E("Trainee allowance: $750 per week", 750, 750, "AUD", "week", hints=AU),
    N("Housing allowance: $1,000/month", US),
    E("实习补贴 150元/天", 150, 150, "CNY", "day", hints=CN),
    E("实习补贴：3000元/月", 3000, 3000, "CNY", "month", hints=CN),
    E("實習津貼 每月12,000元", 12000, 12000, "TWD", "month", hints=TW),
    N("餐补：20元/天", CN),
    # "月入" is the pay itself, not the period of the commission before it
    E("底薪+提成，月入过万", 10000, None, "CNY", "month", hints=CN),
    E("底薪+提成 月入8000-12000元", 8000, 12000, "CNY", "month", hints=CN),
    E("提成另算，月收入6000以上", 6000, None, "CNY", "month", hints=CN),
    # a label naming the base pay with its extras ("底薪+提成：") names the pay
    E("底薪+提成：5000-8000元/月", 5000, 8000, "CNY", "month", hints=CN),
    E("基本工资+绩效：6000-9000元", 6000, 9000, "CNY", "month", inferred=P, hints=CN),
    E("Fixe + variable : 35 K€", 35000, 35000, "EUR", "year", inferred=P, hints=FR),
    E("Base + commission: $50,000 - $70,000", 50000, 70000, "USD", "year", inferred=P, hints=US),
    N("Prime : 1 500 €", FR),
    # "含提成": the figure includes the commission, it is still the pay
    E("含提成6000-10000元/月", 6000, 10000, "CNY", "month", hints=CN),
    E("综合收入（含提成）8000-15000元/月", 8000, 15000, "CNY", "month", hints=CN),
    E("月薪6000-9000（含绩效）", 6000, 9000, "CNY", "month", hints=CN),
    E("45 K€ variable inclus", 45000, 45000, "EUR", "year", inferred=P, hints=FR),
    E("Package : 50 - 60 K€ variable compris", 50000, 60000, "EUR", "year", inferred=P, hints=FR),
    E("Primes comprises : 2 200 € brut mensuel", 2200, 2200, "EUR", "month", gross=True, hints=FR),
    E("Including commission: $60K - $80K", 60000, 80000, "USD", "year", inferred=P, hints=US),
    E("Incl. bonus $90,000", 90000, 90000, "AUD", "year", inferred=P, hints=AU),
    E("z premią: 7 000 zł brutto", 7000, 7000, "PLN", "month", gross=True, inferred=P, hints=PL),
    NEG("급여: 내규에 따름", KR),
    # the long-vowel mark typed as a dash by Japanese IMEs
    E("月給 20万円 ー 30万円", 200000, 300000, "JPY", "month", hints=JP),
    E("時給1,100円ー1,300円", 1100, 1300, "JPY", "hour", hints=JP),
    E("年収400万円ｰ600万円", 4000000, 6000000, "JPY", "year", hints=JP),
    E("月給 25万円ー", 250000, None, "JPY", "month", hints=JP),
    # a piece rate ('per visit', 'per session') or a lump sum is no pay period: none is inferred
    E("$40 - $75 per visit", 40, 75, "USD", None, hints=US),
    E("₹ 12,000 lump sum", 12000, 12000, "INR", None, hints=IN),
    E("年収 350万円（固定残業代含む）～", 3500000, None, "JPY", "year", hints=JP),
    E("$200K+ OTE", 200000, None, "USD", "year", inferred=P, hints=US),
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


@pytest.mark.parametrize("example", OTHER)
def test_other(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", HARD)
def test_hard(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", CARDS)
def test_cards(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", FIXED)
def test_fixed(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", VARIANTS)
def test_variants(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", NEWS)
def test_news(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", ARTICLES)
def test_articles(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", MIXED)
def test_mixed(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", BARE)
def test_bare(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", IDIOMS)
def test_idioms(example: Example) -> None:
    check(example)
