"""extract() on held-out paragraphs: written for these tests only, never used to tune the
extraction vocabulary before they were written, in English, French, Chinese, German, Spanish
and Japanese.

News-style and job-ad style, with HTML remnants and line breaks, several salaries per
paragraph, salaries next to money that is not pay (budgets, valuations, funding rounds, prices,
fines, bonus pools), pay changes in percent next to percentages that are not, and ranges
written across words. Each case lists every salary (phrase -> low, high, currency, period),
every other money with its label, and every pay change; the checks are those of
``test_extract_paragraphs.py``.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from extract_checks import (
    check_other_money_and_changes,
    check_salaries,
    check_span_alone_reads_the_same,
    params,
)
from test_extract_paragraphs import Case

import salarykit as sk

EN = [
    Case(
        "en-ad-per-annum-html",
        '<div class="salary">Salary: £42,000 - £48,000 per annum + benefits</div>\n'
        "<p>We are a Series B fintech that raised £35 million last year.</p>",
        [("£42,000 - £48,000 per annum", 42000, 48000, "GBP", "year")],
        [("£35 million", "funding")],
    ),
    Case(
        "en-median-and-payroll-budget",
        "Nurses in Ohio earn a median of $81,220 a year, the union said, while the hospital "
        "group's payroll budget of $1.2 billion was frozen.",
        [("$81,220 a year", 81220, 81220, "USD", "year")],
        [("$1.2 billion", "budget")],
        context={"$81,220 a year": {"kind": "median", "about": "Nurses", "place": "Ohio"}},
    ),
    Case(
        "en-two-ranges-split",
        "Graduate engineers in Manchester are offered between 30 and 34 thousand pounds a year; "
        "senior staff get between £60,000 and £75,000 a year.",
        [
            ("between 30 and 34 thousand pounds a year", 30000, 34000, "GBP", "year"),
            ("between £60,000 and £75,000 a year", 60000, 75000, "GBP", "year"),
        ],
    ),
    Case(
        "en-hourly-and-fine",
        "Warehouse pickers will be paid $21.50 an hour from June. Last year the company was "
        "fined $3 million for safety violations.",
        [("$21.50 an hour", Decimal("21.5"), Decimal("21.5"), "USD", "hour")],
        [("$3 million", "fine")],
    ),
    Case(
        "en-raise-start-and-budget",
        "Teachers will receive a pay increase of 5.5% in September, and starting salaries will "
        "reach £30,000 a year. The government set aside a budget of £1.1 billion.",
        [("£30,000 a year", 30000, 30000, "GBP", "year")],
        [("£1.1 billion", "budget")],
        changes=[("5.5%", Decimal("5.5"), Decimal("5.5"))],
    ),
    Case(
        "en-bonus-pool-is-not-pay",
        "Bankers at the firm shared a bonus pool of $2.4 billion, while analysts' base salaries "
        "start at $110,000 a year.",
        [("$110,000 a year", 110000, 110000, "USD", "year")],
        [("$2.4 billion", "budget")],
    ),
    Case(
        "en-valuation-and-range",
        "The AI lab, valued at $61.5 billion, is advertising research engineer roles that pay "
        "$300,000 to $450,000 a year.",
        [("$300,000 to $450,000 a year", 300000, 450000, "USD", "year")],
        [("$61.5 billion", "valuation")],
    ),
    Case(
        "en-job-ad-lines",
        "Job title: Data Engineer\nLocation: Toronto\nSalary: CAD 95,000–110,000/year\n"
        "Reporting to: Head of Data",
        [("CAD 95,000–110,000/year", 95000, 110000, "CAD", "year")],
    ),
    Case(
        "en-day-rate-and-cost",
        "Contract developers in London charge a day rate of £550 a day, and the project's total "
        "cost is estimated at £12 million.",
        [("£550 a day", 550, 550, "GBP", "day")],
        [("£12 million", "price")],
    ),
    Case(
        "en-minimum-wage-and-increase",
        "The minimum wage in Germany rose to €12.41 an hour in January 2024, an increase of 3.4%.",
        [("€12.41 an hour", Decimal("12.41"), Decimal("12.41"), "EUR", "hour")],
        changes=[("3.4%", Decimal("3.4"), Decimal("3.4"))],
        context={"€12.41 an hour": {"when": "January 2024", "country": "DE"}},
    ),
    Case(
        "en-survey-australia",
        "According to a survey by Robert Half, the average salary for accountants in Sydney is "
        "A$95,000.",
        [("A$95,000", 95000, 95000, "AUD", "year")],
        context={"A$95,000": {"kind": "mean", "place": "Sydney", "source": "Robert Half"}},
    ),
    Case(
        "en-market-cap-and-median-pay",
        "The company, whose market cap is $80 billion, pays its median employee $58,000 a year.",
        [("$58,000 a year", 58000, 58000, "USD", "year")],
        [("$80 billion", "valuation")],
    ),
    Case(
        "en-html-list-equity-and-401k",
        "<ul><li>Compensation: $140,000 - $170,000 a year</li><li>Equity: 0.1% - 0.25%</li>"
        "<li>401(k) match up to 4%</li></ul>",
        [("$140,000 - $170,000 a year", 140000, 170000, "USD", "year")],
    ),
    Case(
        "en-weekly-and-spending",
        "Care workers in Leeds earn around £450 a week, and the council's spending on social "
        "care reached £200 million.",
        [("around £450 a week", 450, 450, "GBP", "week")],
        [("£200 million", "price")],
    ),
    Case(
        "en-fine-then-basic-pay",
        "The regulator fined the bank £40 million.\n\nMeanwhile, junior doctors' basic pay starts "
        "at £32,398 a year.",
        [("£32,398 a year", 32398, 32398, "GBP", "year")],
        [("£40 million", "fine")],
    ),
    Case(
        "en-rent-and-wage-same-sentence",
        "A one-bedroom flat in Dublin costs €2,100 a month in rent, while a barista earns about "
        "€2,300 a month.",
        [("about €2,300 a month", 2300, 2300, "EUR", "month")],
        [("€2,100 a month", "price")],
    ),
    Case(
        "en-html-entities-in-the-amount",
        "<p>Salary:&nbsp;&pound;30,000&ndash;&pound;35,000 per annum</p><p>Tom &amp; Co. "
        "reported sales of &pound;4 million.</p>",
        [("&pound;30,000&ndash;&pound;35,000 per annum", 30000, 35000, "GBP", "year")],
        [("&pound;4 million", "revenue")],
    ),
    Case(
        "en-percent-range-with-one-sign",
        "Salaries rose between 3 and 5 percent this year, and pay rises of 2-4% are planned for "
        "next year, while 40 percent of staff work remotely.",
        [],
        changes=[("between 3 and 5 percent", 3, 5), ("2-4%", 2, 4)],
    ),
]

FR = [
    Case(
        "fr-range-split-bruts-annuels",
        "Les infirmiers en région parisienne perçoivent entre 30 000 et 35 000 euros bruts "
        "annuels, selon la DREES. L'hôpital a reçu une subvention de 12 millions d'euros.",
        [("entre 30 000 et 35 000 euros bruts annuels", 30000, 35000, "EUR", "year")],
        [("12 millions d'euros", "funding")],
    ),
    Case(
        "fr-ad-html-k-euros",
        "<p><strong>Rémunération :</strong> 45 K€ - 55 K€ brut/an</p><p>Télétravail partiel, "
        "tickets restaurant.</p>",
        [("45 K€ - 55 K€ brut/an", 45000, 55000, "EUR", "year")],
    ),
    Case(
        "fr-two-monthly-figures",
        "Un technicien de maintenance débutant gagne environ 1 900 € nets par mois, contre "
        "2 600 € nets par mois pour un technicien confirmé.",
        [
            ("environ 1 900 € nets par mois", 1900, 1900, "EUR", "month"),
            ("2 600 € nets par mois", 2600, 2600, "EUR", "month"),
        ],
    ),
    Case(
        "fr-funding-then-range",
        "La start-up lyonnaise a levé 15 millions d'euros. Elle recrute des ingénieurs payés "
        "de 50 000 à 65 000 euros par an.",
        [("de 50 000 à 65 000 euros par an", 50000, 65000, "EUR", "year")],
        [("15 millions d'euros", "funding")],
    ),
    Case(
        "fr-raise-not-inflation",
        "Les salaires des cadres augmenteront de 3,5 % en moyenne en 2025, d'après une étude de "
        "Deloitte, tandis que l'inflation devrait atteindre 2 %.",
        [],
        changes=[("3,5 %", Decimal("3.5"), Decimal("3.5"))],
    ),
    Case(
        "fr-fine-and-mean",
        "La CNIL a infligé une amende de 150 millions d'euros à Google. Un délégué à la "
        "protection des données gagne en moyenne 62 000 euros par an.",
        [("62 000 euros par an", 62000, 62000, "EUR", "year")],
        [("150 millions d'euros", "fine")],
        context={"62 000 euros par an": {"kind": "mean"}},
    ),
    Case(
        "fr-smic-hourly-and-monthly",
        "Le SMIC horaire brut s'élève à 11,65 € depuis le 1er janvier 2024, soit 1 766,92 € "
        "bruts mensuels pour 35 heures par semaine.",
        [
            ("11,65 €", Decimal("11.65"), Decimal("11.65"), "EUR", "hour"),
            ("1 766,92 € bruts mensuels", Decimal("1766.92"), Decimal("1766.92"), "EUR", "month"),
        ],
    ),
    Case(
        "fr-budget-and-teacher",
        "Le ministère consacre un budget de 800 millions d'euros aux primes des enseignants ; "
        "un professeur certifié débutant touche un salaire de 2 100 euros nets par mois.",
        [("2 100 euros nets par mois", 2100, 2100, "EUR", "month")],
        [("800 millions d'euros", "budget")],
    ),
    Case(
        "fr-revenue-and-fixed-pay",
        "Avec un chiffre d'affaires de 3,2 milliards d'euros, le groupe propose à ses "
        "commerciaux un fixe de 32 000 € par an plus une part variable.",
        [("32 000 € par an", 32000, 32000, "EUR", "year")],
        [("3,2 milliards d'euros", "revenue")],
    ),
    Case(
        "fr-ad-lines-k-range",
        "Poste : Développeur Python (H/F)\nLieu : Nantes\nSalaire : 40-48 k€/an selon expérience",
        [("40-48 k€/an", 40000, 48000, "EUR", "year")],
    ),
    Case(
        "fr-valuation-and-up-to",
        "Valorisée à 6 milliards d'euros, la société offrirait jusqu'à 300 000 euros par an à "
        "ses chercheurs.",
        [("jusqu'à 300 000 euros par an", None, 300000, "EUR", "year")],
        [("6 milliards d'euros", "valuation")],
    ),
    Case(
        "fr-rent-and-apprentice",
        "Le loyer moyen d'un studio à Paris atteint 950 euros par mois. Un apprenti perçoit un "
        "salaire de 1 100 euros par mois.",
        [("1 100 euros par mois", 1100, 1100, "EUR", "month")],
        [("950 euros par mois", "price")],
    ),
    Case(
        "fr-quebec-dollars",
        "Au Québec, le salaire horaire moyen des préposés aux bénéficiaires est de 26 $ de "
        "l'heure, selon le gouvernement.",
        [("26 $ de l'heure", 26, 26, "CAD", "hour")],
    ),
    Case(
        "fr-swiss-francs",
        "À Genève, un ingénieur logiciel gagne en moyenne 120 000 francs par an, contre "
        "95 000 francs par an à Lausanne.",
        [
            ("120 000 francs par an", 120000, 120000, "CHF", "year"),
            ("95 000 francs par an", 95000, 95000, "CHF", "year"),
        ],
    ),
    Case(
        "fr-line-breaks-two-salaries",
        "Salaire d'un pilote de ligne débutant :\n4 500 € bruts mensuels.\n\nSalaire d'un "
        "commandant de bord :\n10 000 € bruts mensuels.",
        [
            ("4 500 € bruts mensuels", 4500, 4500, "EUR", "month"),
            ("10 000 € bruts mensuels", 10000, 10000, "EUR", "month"),
        ],
    ),
    Case(
        "fr-investment-and-raise-range",
        "Le groupe va investir 2 milliards d'euros dans ses usines. Il prévoit une augmentation "
        "des salaires comprise entre 4 % et 6 % selon les sites.",
        [],
        [("2 milliards d'euros", "investment")],
        changes=[("entre 4 % et 6 %", 4, 6)],
    ),
    Case(
        "fr-html-entities-and-raise-range",
        "<p>Salaire : 30&nbsp;000&nbsp;&euro; brut par an.</p><p>L'augmentation des salaires "
        "se situera entre 5 et 11 % selon les profils.</p>",
        [("30&nbsp;000&nbsp;&euro; brut par an", 30000, 30000, "EUR", "year")],
        changes=[("entre 5 et 11 %", 5, 11)],
    ),
]

ZH = [
    Case(
        "zh-range-split-and-funding",
        "据智联招聘数据，北京算法工程师的年薪在40万到60万元之间，而公司本轮融资达10亿元。",
        [("年薪在40万到60万元之间", 400000, 600000, "CNY", "year")],
        [("10亿元", "funding")],
    ),
    Case(
        "zh-ad-lines-k-and-payments",
        "岗位：前端开发工程师\n薪资：20-35K·14薪\n地点：上海浦东",
        [("20-35K", 20000, 35000, "CNY", "month")],
    ),
    Case(
        "zh-quarter-mean-and-rise",
        "2024年第二季度，深圳的平均月薪为13,500元，同比上涨3.2%。",
        [("13,500元", 13500, 13500, "CNY", "month")],
        changes=[("3.2%", Decimal("3.2"), Decimal("3.2"))],
        context={"13,500元": {"kind": "mean", "place": "深圳"}},
    ),
    Case(
        "zh-fine-and-average",
        "该公司因违规被罚款500万元。其员工平均月薪约为8000元。",
        [("约为8000元", 8000, 8000, "CNY", "month")],
        [("500万元", "fine")],
    ),
    Case(
        "zh-valuation-and-lower-bound",
        "这家估值超过200亿美元的AI公司，为应届博士开出年薪150万元以上的薪酬。",
        [("150万元以上", 1500000, None, "CNY", "year")],
        [("200亿美元", "valuation")],
    ),
    Case(
        "zh-daily-and-monthly",
        "外卖骑手日薪300元左右，月入可达9000元。",
        [
            ("300元左右", 300, 300, "CNY", "day"),
            ("9000元", 9000, 9000, "CNY", "month"),
        ],
    ),
    Case(
        "zh-html-k-range-and-headcount",
        "<div>薪资范围：15k-25k</div><div>公司规模：500-999人</div>",
        [("15k-25k", 15000, 25000, "CNY", "month")],
    ),
    Case(
        "zh-revenue-and-mean",
        "公司去年营收达到300亿元。研发人员平均年薪为45万元。",
        [("45万元", 450000, 450000, "CNY", "year")],
        [("300亿元", "revenue")],
    ),
    Case(
        "zh-investment-and-range",
        "该市计划投资50亿元建设产业园，园区内技术工人的月薪在6000元至9000元之间。",
        [("6000元至9000元之间", 6000, 9000, "CNY", "month")],
        [("50亿元", "investment")],
    ),
    Case(
        "zh-hourly-range",
        "兼职家教的时薪一般在100元到200元之间。",
        [("100元到200元之间", 100, 200, "CNY", "hour")],
    ),
    Case(
        "zh-raise-range-and-start",
        "今年公司整体调薪幅度为5%至8%。应届生起薪为每月1.2万元。",
        [("1.2万元", 12000, 12000, "CNY", "month")],
        changes=[("5%至8%", 5, 8)],
    ),
    Case(
        "zh-wan-range-and-lower-bound",
        "数据分析师月薪1.5万-2.5万，高级职位月薪可达4万以上。",
        [
            ("1.5万-2.5万", 15000, 25000, "CNY", "month"),
            ("4万以上", 40000, None, "CNY", "month"),
        ],
    ),
    Case(
        "zh-hong-kong-pay-and-price",
        "香港的初级程序员月薪约为2.5万港元，而当地一个停车位售价高达100万港元。",
        [("约为2.5万港元", 25000, 25000, "HKD", "month")],
        [("100万港元", "price")],
    ),
    Case(
        "zh-silicon-valley-median-usd",
        "在硅谷，AI研究员的年薪中位数为30万美元，比国内高出一倍多。",
        [("30万美元", 300000, 300000, "USD", "year")],
        context={"30万美元": {"kind": "median"}},
    ),
    Case(
        "zh-line-breaks",
        "应届硕士起薪：\n每月18000元\n另有年终奖金两个月。",
        [("18000元", 18000, 18000, "CNY", "month")],
    ),
    Case(
        "zh-budget-and-salary",
        "学校今年的预算为3亿元，新入职教师的月薪为7500元。",
        [("7500元", 7500, 7500, "CNY", "month")],
        [("3亿元", "budget")],
    ),
]

DE = [
    Case(
        "de-range-split-and-funding",
        "Softwareentwickler in München verdienen zwischen 50.000 und 60.000 Euro im Jahr, wie "
        "eine Studie von StepStone zeigt. Das Start-up hat 20 Millionen Euro eingesammelt.",
        [("zwischen 50.000 und 60.000 Euro im Jahr", 50000, 60000, "EUR", "year")],
        [("20 Millionen Euro", "funding")],
        context={
            "zwischen 50.000 und 60.000 Euro im Jahr": {
                "about": "Softwareentwickler",
                "place": "München",
            }
        },
    ),
    Case(
        "de-ad-annual-range-gross",
        "Wir bieten: ein Jahresgehalt von 65.000 bis 75.000 € brutto, 30 Tage Urlaub und ein "
        "Jobticket.",
        [("65.000 bis 75.000 € brutto", 65000, 75000, "EUR", "year")],
    ),
    Case(
        "de-minimum-wage-hourly",
        "Der gesetzliche Mindestlohn steigt zum 1. Januar 2025 auf 12,82 Euro pro Stunde.",
        [("12,82 Euro pro Stunde", Decimal("12.82"), Decimal("12.82"), "EUR", "hour")],
    ),
    Case(
        "de-monthly-mean",
        "Pflegekräfte in Berlin verdienen durchschnittlich 3.800 Euro brutto im Monat.",
        [("3.800 Euro brutto im Monat", 3800, 3800, "EUR", "month")],
        context={"3.800 Euro brutto im Monat": {"kind": "mean", "place": "Berlin"}},
    ),
    Case(
        "de-raise-not-inflation",
        "Die Gewerkschaft fordert eine Lohnerhöhung von 8 Prozent; die Inflation lag zuletzt "
        "bei 2,2 Prozent.",
        [],
        changes=[("8 Prozent", 8, 8)],
    ),
    Case(
        "de-revenue-and-hourly",
        "Der Konzern erzielte einen Umsatz von 35 Milliarden Euro. Ein Werkstudent verdient "
        "dort 16 Euro pro Stunde.",
        [("16 Euro pro Stunde", 16, 16, "EUR", "hour")],
        [("35 Milliarden Euro", "revenue")],
    ),
    Case(
        "de-fine-and-starting-salary",
        "Das Bundeskartellamt verhängte eine Geldbuße von 45 Millionen Euro. Juristen in "
        "Großkanzleien starten mit einem Jahresgehalt von 120.000 Euro.",
        [("120.000 Euro", 120000, 120000, "EUR", "year")],
        [("45 Millionen Euro", "fine")],
    ),
    Case(
        "de-zurich-median-francs",
        "In Zürich liegt der Medianlohn von Informatikern bei 115.000 Franken im Jahr.",
        [("115.000 Franken im Jahr", 115000, 115000, "CHF", "year")],
    ),
    Case(
        "de-vienna-monthly-14-times",
        "Laut Kollektivvertrag beträgt das Einstiegsgehalt in Wien 2.600 Euro brutto "
        "monatlich, 14-mal im Jahr.",
        [("2.600 Euro brutto monatlich", 2600, 2600, "EUR", "month")],
    ),
    Case(
        "de-html-table-pa",
        "<tr><td>Gehalt:</td><td>55.000 € – 70.000 € p.a.</td></tr>",
        [("55.000 € – 70.000 € p.a.", 55000, 70000, "EUR", "year")],
    ),
    Case(
        "de-valuation-and-up-to",
        "Das mit 2 Milliarden Euro bewertete Unternehmen zahlt Ingenieuren ein Gehalt von bis "
        "zu 95.000 Euro jährlich.",
        [("bis zu 95.000 Euro jährlich", None, 95000, "EUR", "year")],
        [("2 Milliarden Euro", "valuation")],
    ),
    Case(
        "de-ad-title-k-range",
        "Senior Data Scientist (m/w/d), Hamburg, 70-85k € + Bonus",
        [("70-85k €", 70000, 85000, "EUR", "year")],
    ),
    Case(
        "de-investment-and-teachers",
        "Die Landesregierung investiert 500 Millionen Euro in Schulen; Lehrkräfte verdienen im "
        "Schnitt 4.900 Euro brutto pro Monat.",
        [("4.900 Euro brutto pro Monat", 4900, 4900, "EUR", "month")],
        [("500 Millionen Euro", "investment")],
    ),
    Case(
        "de-line-breaks",
        "Bruttogehalt für Berufseinsteiger:\n3.200 Euro\nmonatlich",
        [("3.200 Euro\nmonatlich", 3200, 3200, "EUR", "month")],
    ),
    Case(
        "de-rent-and-educators",
        "Eine Zweizimmerwohnung kostet in Frankfurt 1.400 Euro Miete. Erzieher verdienen dort "
        "rund 3.300 Euro brutto im Monat.",
        [("rund 3.300 Euro brutto im Monat", 3300, 3300, "EUR", "month")],
        [("1.400 Euro", "price")],
    ),
    Case(
        "de-public-sector-raise",
        "Die Gehälter im öffentlichen Dienst steigen 2024 um 5,5 Prozent, während die Preise "
        "um 2,5 Prozent zulegten.",
        [],
        changes=[("5,5 Prozent", Decimal("5.5"), Decimal("5.5"))],
    ),
    Case(
        "de-html-entities-range",
        "<p>Gehalt: 55.000&nbsp;&euro; &ndash; 70.000&nbsp;&euro; p.a.</p>",
        [("55.000&nbsp;&euro; &ndash; 70.000&nbsp;&euro; p.a.", 55000, 70000, "EUR", "year")],
    ),
]

ES = [
    Case(
        "es-range-split-and-investment",
        "Los programadores en Madrid cobran entre 30.000 y 40.000 euros brutos al año, según "
        "InfoJobs. La empresa recibió una inversión de 25 millones de euros.",
        [("entre 30.000 y 40.000 euros brutos al año", 30000, 40000, "EUR", "year")],
        [("25 millones de euros", "investment")],
        context={
            "entre 30.000 y 40.000 euros brutos al año": {
                "place": "Madrid",
                "source": "InfoJobs",
            }
        },
    ),
    Case(
        "es-ad-html-annual",
        "<p>Salario: 28.000 € - 32.000 € brutos anuales</p>\n<p>Jornada completa</p>",
        [("28.000 € - 32.000 € brutos anuales", 28000, 32000, "EUR", "year")],
    ),
    Case(
        "es-minimum-wage-and-rise",
        "El salario mínimo interprofesional sube a 1.134 euros al mes en 14 pagas, con un "
        "aumento del 5%.",
        [("1.134 euros al mes", 1134, 1134, "EUR", "month")],
        changes=[("5%", 5, 5)],
    ),
    Case(
        "es-mexico-pesos",
        "En Ciudad de México, un desarrollador junior gana alrededor de 25.000 pesos mensuales.",
        [("alrededor de 25.000 pesos mensuales", 25000, 25000, "MXN", "month")],
    ),
    Case(
        "es-fine-and-monthly",
        "La CNMC impuso una multa de 6 millones de euros a la constructora. Sus albañiles "
        "ganan 1.500 euros al mes.",
        [("1.500 euros al mes", 1500, 1500, "EUR", "month")],
        [("6 millones de euros", "fine")],
    ),
    Case(
        "es-revenue-and-hourly",
        "Con una facturación de 900 millones de euros, la cadena paga a sus dependientes 9 "
        "euros por hora.",
        [("9 euros por hora", 9, 9, "EUR", "hour")],
        [("900 millones de euros", "revenue")],
    ),
    Case(
        "es-buenos-aires-mean",
        "En Buenos Aires, el sueldo promedio de un analista de datos es de 1.200.000 pesos por "
        "mes.",
        [("1.200.000 pesos por mes", 1200000, 1200000, "ARS", "month")],
    ),
    Case(
        "es-ad-lines-k-range",
        "Puesto: Ingeniero DevOps\nUbicación: Barcelona\nSalario: 45-55K€/año",
        [("45-55K€/año", 45000, 55000, "EUR", "year")],
    ),
    Case(
        "es-valuation-and-up-to",
        "La startup, valorada en 1.000 millones de dólares, ofrece sueldos de hasta 90.000 "
        "dólares anuales a sus ingenieros.",
        [("hasta 90.000 dólares anuales", None, 90000, "USD", "year")],
        [("1.000 millones de dólares", "valuation")],
    ),
    Case(
        "es-raise-not-inflation",
        "Los funcionarios recibirán una subida salarial del 2,5% en 2024, mientras la inflación "
        "cerró en el 3,1%.",
        [],
        changes=[("2,5%", Decimal("2.5"), Decimal("2.5"))],
    ),
    Case(
        "es-chile-pesos",
        "En Santiago de Chile, un ingeniero civil recién titulado gana en promedio 1.300.000 "
        "pesos al mes.",
        [("1.300.000 pesos al mes", 1300000, 1300000, "CLP", "month")],
    ),
    Case(
        "es-budget-and-hourly",
        "El ayuntamiento aprobó un presupuesto de 45 millones de euros. Los socorristas "
        "cobrarán 12 euros por hora.",
        [("12 euros por hora", 12, 12, "EUR", "hour")],
        [("45 millones de euros", "budget")],
    ),
    Case(
        "es-colombia-millions-range",
        "Un desarrollador senior en Bogotá puede ganar entre 8 y 12 millones de pesos mensuales.",
        [("entre 8 y 12 millones de pesos mensuales", 8000000, 12000000, "COP", "month")],
    ),
    Case(
        "es-median-net-monthly",
        "La mediana del salario de los médicos residentes en España es de 1.900 euros netos al "
        "mes, según el sindicato.",
        [("1.900 euros netos al mes", 1900, 1900, "EUR", "month")],
        context={"1.900 euros netos al mes": {"kind": "median", "country": "ES"}},
    ),
    Case(
        "es-two-salaries",
        "Un camarero cobra unos 1.300 euros al mes, mientras que un jefe de cocina cobra "
        "2.500 euros al mes.",
        [
            ("unos 1.300 euros al mes", 1300, 1300, "EUR", "month"),
            ("2.500 euros al mes", 2500, 2500, "EUR", "month"),
        ],
    ),
    Case(
        "es-housing-price-and-mean",
        "El precio medio de la vivienda en Madrid alcanza los 4.500 euros por metro cuadrado, "
        "mientras que el salario medio es de 2.200 euros al mes.",
        [("2.200 euros al mes", 2200, 2200, "EUR", "month")],
        [("4.500 euros", "price")],
    ),
]

JA = [
    Case(
        "ja-range-split-approx",
        "東京のITエンジニアの年収は600万円から900万円程度だと、dodaの調査で分かった。",
        [("600万円から900万円程度", 6000000, 9000000, "JPY", "year")],
    ),
    Case(
        "ja-monthly-range-and-bonus-count",
        "月給は25万円から30万円で、賞与は年2回支給される。",
        [("25万円から30万円", 250000, 300000, "JPY", "month")],
    ),
    Case(
        "ja-hourly-approx",
        "大阪市内のコンビニの時給は1,100円前後だ。",
        [("1,100円前後", 1100, 1100, "JPY", "hour")],
    ),
    Case(
        "ja-fine-and-mean",
        "公正取引委員会は同社に罰金12億円の支払いを命じた。同社の社員の平均年収は720万円だ。",
        [("720万円", 7200000, 7200000, "JPY", "year")],
        [("12億円", "fine")],
        context={"720万円": {"kind": "mean"}},
    ),
    Case(
        "ja-funding-and-lower-bound",
        "このAIスタートアップは50億円を資金調達した。エンジニアを年収1,000万円以上で募集している。",
        [("1,000万円以上", 10000000, None, "JPY", "year")],
        [("50億円", "funding")],
    ),
    Case(
        "ja-ad-html-monthly-range",
        "<dt>給与</dt><dd>月給28万円～35万円（経験・能力を考慮）</dd><dt>休日</dt>"
        "<dd>年間休日120日</dd>",
        [("28万円～35万円", 280000, 350000, "JPY", "month")],
    ),
    Case(
        "ja-revenue-and-starting-pay",
        "同社の売上高は3兆円を超える。新卒の初任給は月額23万円にとどまる。",
        [("23万円", 230000, 230000, "JPY", "month")],
        [("3兆円", "revenue")],
    ),
    Case(
        "ja-raise-rate",
        "今年の春闘で、大手企業の賃上げ率は平均5.1%となった。",
        [],
        changes=[("5.1%", Decimal("5.1"), Decimal("5.1"))],
    ),
    Case(
        "ja-daily-pay",
        "日給1万2000円の警備員の求人が増えている。",
        [("1万2000円", 12000, 12000, "JPY", "day")],
    ),
    Case(
        "ja-budget-and-care-workers",
        "政府は人材育成に1兆円の予算を計上した。介護職員の月給は平均で29万円程度だ。",
        [("29万円程度", 290000, 290000, "JPY", "month")],
        [("1兆円", "budget")],
    ),
    Case(
        "ja-consulting-range",
        "外資系コンサルの年収は1200万円～2000万円が相場とされる。",
        [("1200万円～2000万円", 12000000, 20000000, "JPY", "year")],
    ),
    Case(
        "ja-ad-lines-hourly-range",
        "アルバイトの時給：1,200円〜1,500円\n勤務時間：1日4時間から",
        [("1,200円〜1,500円", 1200, 1500, "JPY", "hour")],
    ),
    Case(
        "ja-us-researchers-dollars",
        "米国のAI研究者の年収は50万ドル以上のこともある。",
        [("50万ドル以上", 500000, None, "USD", "year")],
    ),
    Case(
        "ja-valuation-and-monthly",
        "時価総額が10兆円に達した同社は、エンジニアの初任給を月額30万円に引き上げた。",
        [("30万円", 300000, 300000, "JPY", "month")],
        [("10兆円", "valuation")],
    ),
    Case(
        "ja-line-breaks-brackets",
        "【給与】\n年収450万円～600万円\n【勤務地】東京都港区",
        [("450万円～600万円", 4500000, 6000000, "JPY", "year")],
    ),
    Case(
        "ja-two-salaries",
        "正社員の平均月給は32万円、パートの平均時給は1,050円だった。",
        [
            ("32万円", 320000, 320000, "JPY", "month"),
            ("1,050円", 1050, 1050, "JPY", "hour"),
        ],
    ),
]

CASES = EN + FR + ZH + DE + ES + JA

# known gaps, kept visible: a fix shows at once (strict xfail)
PARSER_GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", params(CASES, PARSER_GAPS))
def test_salaries(case: Case) -> None:
    check_salaries(case)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_other_money_and_changes(case: Case) -> None:
    check_other_money_and_changes(case)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_span_alone_reads_the_same(case: Case) -> None:
    check_span_alone_reads_the_same(case)


def test_a_zero_amount_is_never_pay() -> None:
    text = "$ 0 Les ingénieurs gagnent entre 38 000 et 45 000 euros bruts par an."
    assert [m.text for m in sk.extract(text)] == ["entre 38 000 et 45 000 euros bruts par an"]


def test_at_least_fifteen_paragraphs_per_language() -> None:
    for cases in (EN, FR, ZH, DE, ES, JA):
        assert len(cases) >= 15
