"""Held-out round 10d: Indian, Australian and Polish job-board salary strings from public data.

Every row is a salary field, a card rebuilt from a scraped row's fields (one per line, in the
board's order) or a description snippet found in a public repository; the reading was written
before the row was run, with the hints a job-board user passes (``lang`` "en-IN" / "en-AU" /
"pl" and the country). None of the strings was in the repository's tests before.

Sources:

* en-IN, Naukri: ``prabath1509/naukri-job-analytics-platform`` ``data/jobs_20260731_173423.csv``
  (the Salary column "10-20 Lacs PA", "Not Available", and cards of Title / Company / Location /
  Experience / Salary, where "4-9 Yrs" stands above the pay);
* en-IN, Indeed India: a scraper's phpMyAdmin dump (database ``jobshala``, table ``accountant``:
  the salary column "₹4,80,000 - ₹5,40,000 a year" and the summary column "Salary: Up to
  ₹15,000.00 per month.", "Salary 1 Lac To 2 Lac P.A.", "Salary As per industry norms.");
  Indeed India cards kept in a static job-site page (Mndstairs Academy); Indian salary-parser
  fixtures (a ``job_bot`` salary-parser test: "₹1.5M - ₹4M INR"; an
  ``indeed_scraper`` test: "₹10,00,000 - ₹12,00,000 a year"; a ``read_pay`` test: "₹20,000/- per
  month", "₹20,000+ a month", "₹5,000 / mo");
* en-AU, Seek: ``RyanKuang2004/AUJobsScraper`` ``tests/unit/test_salary_parser.py`` (jobspy
  descriptions); a Seek job's ``metadata.salary_text`` in an API test ("$140k - $170k + super");
  a ``job_monitor`` ``normalize`` test ("120000-140000 p.a.", "$95.5k"); a
  salary-floor test ("$120,000 exact package", "$119,000 package"); a Seek-based wellbeing
  app's database seed (the ``Offer`` rows: "$50,488.03 plus super", "$25 - $34.99 per hour + Super
  + Comms + Bonuses", "Competitive rates + Great Benefits"); a Seek listing fixture (salary.text
  "$44.06 - $56.52 per hour + super + benefits!"); AU job cards, visa pages and Seek
  descriptions found by code search ("AUD $76,515 + super", "$60 – $80 p.h. + Super",
  "general labourers are paid around $21-$25 per hour + super");
* pl, pracuj.pl: C# scrapers' tests (``PracujRegexTests``, ``PracujPlSalaryTests``), a Randstad
  offer map's list (title, place, "od 34,30 zł brutto / godz."), pracuj.pl alert-card fixtures,
  theprotocol.it cards and a dbt model's comment ("9000 - 12 000 zł netto (+ VAT) / mies.",
  "brak widełek"), a nofluffjobs / bulldogjob / theprotocol parser table ("20 000 - 26 000 zł
  (B2B)", "120–150 zł / godz."); Randstad offer descriptions in a Polish job feed
  (``exihuatl/plus-one`` ``sources/randstadt.js``) and a Polish agency's offers abroad
  (``zlyne0/exercises`` ``ag/static/job-offers/jobOffersData.js``);
* pl, justjoin.it: salary blocks in scrapers' tests and notes ("18 000-22 000PLN/month (Net per
  month - B2B)", "2 468 - 3 291 USD Gross per month - Permanent").

First run: 134 of the 136 real strings read right; the two misses were an allowance named past
the amount's gross word ("… 700 zł brutto dodatku", fixed: see ``FIXED``) and a charge to the
worker ("zakwaterowanie …, płatne 200 euro/mc", left in ``GAPS``).

Conventions: a Naukri "Lacs PA" figure is INR a year; a Seek figure with no period ("$55,000 -
$59,999", "+ super", "package") is a year, inferred; a Polish figure with no period is a month,
inferred; "netto (+ VAT)" and "Net … - B2B" are net (``gross=False``), "brutto" / "Gross" gross;
"(zal. od umowy)" leaves gross open; "Not Available", "brak widełek" and "salary not specified"
are no salary; "Competitive rates" and "As per industry norms" are negotiable; an allowance
("700 zł brutto dodatku") or a charge to the worker ("zakwaterowanie …, płatne 200 euro/mc") is
no salary.
"""

from __future__ import annotations

import pytest
from examples_helpers import NEG, PC, PL, C, E, Example, N, P, check, gap, table

IN = {"lang": "en-IN", "country": "IN"}
AU = {"lang": "en-AU", "country": "AU"}

_ = gap  # rows the engine cannot read yet are wrapped in gap(row, reason)

EN_IN = table(
    # jobs_20260731_173423.csv (naukri-job-analytics-platform): the Salary column, and cards of the row's fields
    E("10-20 Lacs PA", 1000000, 2000000, "INR", "year", hints=IN),
    E("6-12 Lacs PA", 600000, 1200000, "INR", "year", hints=IN),
    E("20-32.5 Lacs PA", 2000000, 3250000, "INR", "year", hints=IN),
    E("18-25 Lacs PA", 1800000, 2500000, "INR", "year", hints=IN),
    E("10-14 Lacs PA", 1000000, 1400000, "INR", "year", hints=IN),
    E("5-15 Lacs PA", 500000, 1500000, "INR", "year", hints=IN),
    E("10-18 Lacs PA", 1000000, 1800000, "INR", "year", hints=IN),
    E("5-11 Lacs PA", 500000, 1100000, "INR", "year", hints=IN),
    E("12-22 Lacs PA", 1200000, 2200000, "INR", "year", hints=IN),
    N("Not Available", IN),
    E("Power Bi Developer\n.\nHybrid - Bengaluru\n4-9 Yrs\n10-20 Lacs PA", 1000000, 2000000, "INR", "year", hints=IN),
    E("AI ML Data Scientist (6+ Years) - Healthcare Analytics\nAI & Data Analytics Product and Consulting Company\nHybrid - Gurugram\n7-11 Yrs\n20-32.5 Lacs PA", 2000000, 3250000, "INR", "year", hints=IN),
    E("Data Scientist-Odisha/jaipur-Immediate\nKezan inc\nHybrid - Kota(Rajasthan State Electricity Board Area), Bhubaneswar, Jaipur\n3-5 Yrs\n10-18 Lacs PA", 1000000, 1800000, "INR", "year", hints=IN),
    E("Engineer - AI & Machine Learning\nKnowledgeWorks Global (KGL)\nHybrid - Mumbai(Andheri East +1)\n3-6 Yrs\n7-12 Lacs PA", 700000, 1200000, "INR", "year", hints=IN),
    N("Sr Analyst / Sr SQL Developer\n3LOQ\nMumbai\n4-9 Yrs\nNot Available", IN),
    # an Indeed India scrape saved as a phpMyAdmin dump (database `jobshala`): salary and summary columns
    E("₹1,00,000 - ₹5,00,000 a year", 100000, 500000, "INR", "year", hints=IN),
    E("₹4,80,000 - ₹5,40,000 a year", 480000, 540000, "INR", "year", hints=IN),
    E("₹25,000 - ₹32,000 a month", 25000, 32000, "INR", "month", hints=IN),
    E("₹9,847 - ₹25,555 a month", 9847, 25555, "INR", "month", hints=IN),
    E("₹12,133 - ₹30,013 a month", 12133, 30013, "INR", "month", hints=IN),
    E("₹4,40,000 a year", 440000, 440000, "INR", "year", hints=IN),
    E("₹5,50,000 a year", 550000, 550000, "INR", "year", hints=IN),
    E("₹12,00,000 a year", 1200000, 1200000, "INR", "year", hints=IN),
    E("₹16,545 - ₹20,000 a month", 16545, 20000, "INR", "month", hints=IN),
    E("₹9,500 - ₹10,500 a month", 9500, 10500, "INR", "month", hints=IN),
    E("₹5,00,000 - ₹10,00,000 a year", 500000, 1000000, "INR", "year", hints=IN),
    E("Min 2 yrs exp in accounts basic education - b com.\nSalary: Up to ₹15,000.00 per month.\nTotal work: 1 year (Preferred).", None, 15000, "INR", "month", hints=IN),
    E("Day to day account, know MS office, Tally ERP 9.\nJob Types: Full-time, Regular / Permanent.\nPay: From ₹12,000.00 per month.", 12000, None, "INR", "month", hints=IN),
    E("Salary: ₹9,847.00 - ₹25,555.00 per month.\nTotal work: 1 year (Preferred).", 9847, 25555, "INR", "month", hints=IN),
    E("Overall responsibility of handling Accounts department of our organization.\nSalary: From ₹40,000.00 per month.\nTotal work: 10 years (Preferred).", 40000, None, "INR", "month", hints=IN),
    E("Provides Financial Information to Management By Researching and Analyzing Accounting Data; Preparing Reports.\nSalary 1 Lac To 2 Lac P.A.", 100000, 200000, "INR", "year", inferred=C, hints=IN),
    E("Must knowledge of ERP Highrise Software.\nSalary 3 Lac To 5 Lac P.A.\nKey Skills Tally GST Accountant Accounts Executive Accounts Assistant Finance Executive ERP…", 300000, 500000, "INR", "year", inferred=C, hints=IN),
    E("Required Chartered Accountant for a Listed Company [ Turnover 100 Cr + ] in Udaipur ( Rajasthan ), Salary : 5 TO 10 LPA, www.adroitjobs.com, email : [email…", 500000, 1000000, "INR", "year", hints=IN),
    NEG("Com/any Post Graduate in accounts.\nExperience Minimum 5 – 8 years relevant experience.\nSalary As per industry norms.\nShould be well versed with Tally 9.", IN),
    N("Qualification : 12th, any graduate, post graduate.\nInterested candidate can call on: 9730739480.\nNote: candidate call before visiting.", IN),
    E("We are hiring data science engineer for our company.\nSalary: ₹15,000.00 - ₹20,000.00 per month.\nTotal work: 1 year (Preferred).", 15000, 20000, "INR", "month", hints=IN),
    E("Website Designer\nMndstairs Academy Pvt Ltd\nKolkata, West Bengal\n₹15,000 - ₹20,000 a month\nApply with Indeed ResumeUrgently hiring.\nJob Types: Full-time, Internship, Fresher.\nSalary: ₹15,000.00 to ₹20,000.00 /month.", 15000, 20000, "INR", "month", hints=IN),
    # Indian salary-parser fixtures (job_bot salary_parser tests, indeed_scraper tests, read_pay tests)
    E("₹1.5M - ₹4M INR", 1500000, 4000000, "INR", "year", inferred=P, hints=IN),
    E("₹10,00,000 - ₹12,00,000 a year", 1000000, 1200000, "INR", "year", hints=IN),
    E("₹20,000/- per month", 20000, 20000, "INR", "month", hints=IN),
    E("₹20,000+ a month", 20000, None, "INR", "month", hints=IN),
    E("From ₹25,000 per month", 25000, None, "INR", "month", hints=IN),
    E("₹5,000 / mo", 5000, 5000, "INR", "month", hints=IN),
    E("₹15,000 to ₹20,000 a month", 15000, 20000, "INR", "month", hints=IN),
    E("between ₹15,000 and ₹20,000 per month", 15000, 20000, "INR", "month", hints=IN),
    E("Presently  your skills and resume  suggest you might be placed in a NON  DREAM  company (package of about 4 - 6 Lacs P.A.).", 400000, 600000, "INR", "year", approximate=True, hints=IN),
    E("Companies offering CTC 5 Lacs P.a. or above", 500000, None, "INR", "year", gross=True, hints=IN),
)

EN_AU = table(
    # a Seek-based wellbeing app's database seed (create_database: the `Offer` rows' Salary field, and cards)
    E("$65,000 - $75,000 + super", 65000, 75000, "AUD", "year", inferred=P, hints=AU),
    E("$55,000 - $59,999", 55000, 59999, "AUD", "year", inferred=P, hints=AU),
    E("$65,000 - $69,999", 65000, 69999, "AUD", "year", inferred=P, hints=AU),
    E("$50,488.03 plus super", 50488.03, 50488.03, "AUD", "year", inferred=P, hints=AU),
    E("$25 - $34.99 per hour + Super + Comms + Bonuses", 25, 34.99, "AUD", "hour", hints=AU),
    NEG("Competitive rates + Great Benefits", AU),
    E("Appointment Setter and Qualifier\nOzShut\nPerth • Eastern Suburbs\nFull time\n$25 - $34.99 per hour + Super + Comms + Bonuses", 25, 34.99, "AUD", "hour", hints=AU),
    NEG("Mechanical Tradesperson\nProgrammed\nSydney\nFull time\nCompetitive rates + Great Benefits", AU),
    E("Service Technician\nOzShut\nFull time\n$50,488.03 plus super\nTechnicians (Trades & Services)", 50488.03, 50488.03, "AUD", "year", inferred=P, hints=AU),
    # Seek listings kept by scrapers and job-board fixtures (salary.text, job cards, descriptions)
    E("$44.06 - $56.52 per hour + super + benefits!", 44.06, 56.52, "AUD", "hour", hints=AU),
    E("$25.20 per hour + super + bonus", 25.20, 25.20, "AUD", "hour", hints=AU),
    E("For most of our work, general labourers are paid around $21-$25 per hour + super. Is this ok with you?", 21, 25, "AUD", "hour", approximate=True, hints=AU),
    E("Attractive rate of $60 per hour + super on offer for the right candidate depending on experience. You will be required to work a minimum of 38 hours a week from Monday to Friday", 60, 60, "AUD", "hour", hints=AU),
    E("Pay: $34.50 - $42.10 per hour + super", 34.50, 42.10, "AUD", "hour", hints=AU),
    E("Salary $85k – $95k p.a. plus benefits", 85000, 95000, "AUD", "year", hints=AU),
    E("circa $90,000 per year", 90000, 90000, "AUD", "year", approximate=True, hints=AU),
    E("$60,000 – $70,000 per year", 60000, 70000, "AUD", "year", hints=AU),
    E("$180k – $200k p.a. + Super", 180000, 200000, "AUD", "year", hints=AU),
    E("$60 – $80 p.h. + Super", 60, 80, "AUD", "hour", hints=AU),
    E("$125,708 per year", 125708, 125708, "AUD", "year", hints=AU),
    E("AUD 150000 – 170000 per annum", 150000, 170000, "AUD", "year", hints=AU),
    E("$140,000 - $160,000 + super", 140000, 160000, "AUD", "year", inferred=P, hints=AU),
    E("$140k - $160k", 140000, 160000, "AUD", "year", inferred=P, hints=AU),
    E("120000-140000 p.a.", 120000, 140000, "AUD", "year", inferred=C, hints=AU),
    E("$55/hr", 55, 55, "AUD", "hour", hints=AU),
    E("$700/day", 700, 700, "AUD", "day", hints=AU),
    E("$130k", 130000, 130000, "AUD", "year", inferred=P, hints=AU),
    E("$95.5k", 95500, 95500, "AUD", "year", inferred=P, hints=AU),
    E("$140,000 - $165,000 + Super", 140000, 165000, "AUD", "year", inferred=P, hints=AU),
    E("$150k + super", 150000, 150000, "AUD", "year", inferred=P, hints=AU),
    E("$145k - $160k", 145000, 160000, "AUD", "year", inferred=P, hints=AU),
    E("$120,000 exact package", 120000, 120000, "AUD", "year", inferred=P, hints=AU),
    E("$119,000 package", 119000, 119000, "AUD", "year", inferred=P, hints=AU),
    E("$75,000 - $85,000", 75000, 85000, "AUD", "year", inferred=P, hints=AU),
    E("AUD $76,515 + super", 76515, 76515, "AUD", "year", inferred=P, hints=AU),
    E("AUD $135,000 + super", 135000, 135000, "AUD", "year", inferred=P, hints=AU),
    E("Competitive Salary | $120,000 - $140,000 + Super", 120000, 140000, "AUD", "year", inferred=P, hints=AU),
    E("$55k–$58k + super", 55000, 58000, "AUD", "year", inferred=P, hints=AU),
    E("$80,000 per year\n\nLorem ipsum dolor sit amet, consectetur adipiscing elit. There is another mention of $100,000 here that should not be picked up", 80000, 80000, "AUD", "year", hints=AU),
    E("Salary: $30 per hour + super\nSalary: $100k + bonus\nSalary negotiable", 30, 30, "AUD", "hour", hints=AU),
    E("$140k - $170k + super", 140000, 170000, "AUD", "year", inferred=P, hints=AU),
    E("$100k + bonus", 100000, 100000, "AUD", "year", inferred=P, hints=AU),
)

PL_ROWS = table(
    # pracuj.pl salaryDisplayText as scrapers' tests and fixtures keep it (PracujRegexTests, PracujPlSalaryTests, …)
    E("15 000–20 000 zł brutto / mies.", 15000, 20000, "PLN", "month", gross=True, hints=PL),
    E("14 000 zł", 14000, 14000, "PLN", "month", inferred=P, hints=PL),
    E("90–110 zł netto (+ VAT) / godz.", 90, 110, "PLN", "hour", gross=False, hints=PL),
    E("22050–27550 zł brutto / mies.", 22050, 27550, "PLN", "month", gross=True, hints=PL),
    E("31920–35280zł netto (+ VAT) / mies.", 31920, 35280, "PLN", "month", gross=False, hints=PL),
    E("20\u00a0160–26\u00a0880\u00a0zł netto (+\u00a0VAT)\u00a0/ mies.", 20160, 26880, "PLN", "month", gross=False, hints=PL),
    E("22\u00a0050–27\u00a0550\u00a0zł brutto\u00a0/ mies.", 22050, 27550, "PLN", "month", gross=True, hints=PL),
    E("11 000 – 19 000 zł brutto / mies.", 11000, 19000, "PLN", "month", gross=True, hints=PL),
    E("6 500–7 500 zł brutto / mies.", 6500, 7500, "PLN", "month", gross=True, hints=PL),
    E("200–220 zł netto (+ VAT) / godz.", 200, 220, "PLN", "hour", gross=False, hints=PL),
    E("20 000–25 000 zł brutto / mies.", 20000, 25000, "PLN", "month", gross=True, hints=PL),
    E("120–160 zł netto (+ VAT) / godz.", 120, 160, "PLN", "hour", gross=False, hints=PL),
    E("130–160 zł netto (+ VAT) / godz.", 130, 160, "PLN", "hour", gross=False, hints=PL),
    # Randstad offers on pracuj.pl (a map builder's offer list: title, place, salary)
    E("5 400 – 7 100 zł brutto / mies.", 5400, 7100, "PLN", "month", gross=True, hints=PL),
    E("5 980 – 6 200 zł brutto / mies.", 5980, 6200, "PLN", "month", gross=True, hints=PL),
    E("od 8 000 zł brutto / mies.", 8000, None, "PLN", "month", gross=True, hints=PL),
    E("5 083 – 7 711 zł brutto / mies.", 5083, 7711, "PLN", "month", gross=True, hints=PL),
    E("od 34,30 zł brutto / godz.", 34.30, None, "PLN", "hour", gross=True, hints=PL),
    E("6 100 – 9 100 zł brutto / mies.", 6100, 9100, "PLN", "month", gross=True, hints=PL),
    E("Operator wózka widłowego bez UDT\nOleśnica\nod 34,30 zł brutto / godz.\nPracownik fizyczny", 34.30, None, "PLN", "hour", gross=True, hints=PL),
    E("Automatyk-Elektryk w dziale UR (k/m/n)\nKostomłoty (pow. średzki)\nod 8 000 zł brutto / mies.\nPracownik fizyczny", 8000, None, "PLN", "month", gross=True, hints=PL),
    # cards of pracuj.pl / theprotocol.it listings in scrapers' tests
    E("QA Tester (m/f/d)\n60-90 zł netto (+ VAT) / godz.\nNext Technology Professionals Sp. z o.o.\nWarszawa", 60, 90, "PLN", "hour", gross=False, hints=PL),
    E("Senior IT Automation Tester (Python + Robot Framework)\nFirma: OPTIVEUM SPÓŁKA Z OGRANICZONĄ ODPOWIEDZIALNOŚCIĄ\nGdańsk, pomorskie\n120 - 120 zł netto (+ VAT) / godz.\ntryb pracy: hybrydowa", 120, 120, "PLN", "hour", gross=False, hints=PL),
    # Randstad descriptions (an OLX-style offer feed) and a Polish agency's offers abroad
    E("wynagrodzenie dla operatora linii produkcyjnej  oraz pomocnika magazyniera: 4400 zł brutto podstawa + do 200 zł brutto premii", 4400, 4400, "PLN", "month", gross=True, inferred=P, hints=PL),
    E("wynagrodzenie dla magazyniera z UDT ok 6200 brutto z dodatkami", 6200, 6200, "PLN", "month", approximate=True, gross=True, inferred=PC, hints=PL),
    N("pracę na III zmiany 6:00-14:00, 14:00-22:00, 22:00-6:00 (ewentualnie II zmiany 6:00- 18:00, 18:00- 6:00 (praca według grafiku np. 2 dni pracy, 2 dni wolnego - do tego systemu 700 zł brutto dodatku)", PL),
    E("- stawka 14,5 euro brutto/h + kilometrówka za dojazd od siedziby firmy do miejsca pracy 100/200 euro  /mc zależnie od odległości,", 14.5, 14.5, "EUR", "hour", gross=True, hints=PL),
    # pracuj.pl / theprotocol.it / nofluffjobs / bulldogjob salary texts in scrapers' fixtures (alert cards, dbt models, parser tables)
    E("DevOps Engineer (Mid/Senior)\nNajlepiej dopasowana\n20400-28800 zł netto (+ VAT) / mies.\nCodeTalent Sp. z o.o.\nWarszawa", 20400, 28800, "PLN", "month", gross=False, hints=PL),
    E("Administrator IT K/M\nNowość!\n8000-10000 zł brutto / mies.\nComp S.A.\nZabrze", 8000, 10000, "PLN", "month", gross=True, hints=PL),
    N("DevOps Engineer (LLM Platform)\nŚpiesz się!\nNATEK POLAND\nWarszawa", PL),
    E("9000 - 12 000 zł netto (+ VAT) / mies.", 9000, 12000, "PLN", "month", gross=False, hints=PL),
    N("brak widełek", PL),
    N("salary not specified", PL),
    E("20 000 - 26 000 PLN", 20000, 26000, "PLN", "month", inferred=P, hints=PL),
    E("20000-26000 PLN", 20000, 26000, "PLN", "month", inferred=P, hints=PL),
    E("20 000 - 26 000 zł (B2B)", 20000, 26000, "PLN", "month", inferred=P, hints=PL),
    E("20 000 - 26 000 zł netto (+ VAT) / mies.", 20000, 26000, "PLN", "month", gross=False, hints=PL),
    E("120 - 150 zł brutto / godz.", 120, 150, "PLN", "hour", gross=True, hints=PL),
    E("120–150 zł / godz.", 120, 150, "PLN", "hour", hints=PL),
    E("20 000–26 000 PLN brutto / mies.", 20000, 26000, "PLN", "month", gross=True, hints=PL),
    E("14 000-23 000 zł netto (+ VAT) / mies.", 14000, 23000, "PLN", "month", gross=False, hints=PL),
    # justjoin.it salary blocks in scrapers' tests and notes
    E("18 000-22 000PLN/month (Net per month - B2B)", 18000, 22000, "PLN", "month", gross=False, hints=PL),
    E("18 000 - 30 000 PLN\nNet per month - B2B", 18000, 30000, "PLN", "month", gross=False, hints=PL),
    E("3 291 - 4 114 USD Net per month - B2B", 3291, 4114, "USD", "month", gross=False, hints=PL),
    E("2 468 - 3 291 USD Gross per month - Permanent", 2468, 3291, "USD", "month", gross=True, hints=PL),
    E("20 000 PLN Net per month - B2B", 20000, 20000, "PLN", "month", gross=False, hints=PL),
)

FIXED = table(
    # an other-pay word after the amount's gross / net word names it, like one right after the
    # amount: "700 zł brutto dodatku" is an allowance; and the declined Polish forms of the
    # other-pay words (premii, dodatku, bonusu, prowizji, …) are other pay like premia, dodatek
    N("700 zł brutto dodatku", PL),
    N("2 000 zł netto premii", PL),
    N("do 200 zł brutto premii", PL),
    N("2.000 € brutto Weihnachtsgeld", {"lang": "de", "country": "DE"}),
    E("500 zł premii + 4400 zł brutto", 4400, 4400, "PLN", "month", gross=True, inferred=P, hints=PL),
    E("1 500 zł bonusu, 6000 zł brutto / mies.", 6000, 6000, "PLN", "month", gross=True, hints=PL),
    E("4400 zł brutto + 300 zł brutto dodatku nocnego", 4400, 4400, "PLN", "month", gross=True, inferred=P, hints=PL),
    # past the gross / net word, a period word tells what the amount is: a non-salary word of the
    # next clause ("budget") no longer names it
    E("Les infirmiers en début de carrière perçoivent 2 000 euros nets par mois, tandis que le budget des hôpitaux atteint 100 milliards d'euros.", 2000, 2000, "EUR", "month", gross=False, hints={"lang": "fr", "country": "FR"}),
    # "z dodatkami" (with the allowances) says what the amount includes, like "z premią"
    E("6200 zł brutto z dodatkami", 6200, 6200, "PLN", "month", gross=True, inferred=P, hints=PL),
)

GAPS = table(
    gap(
        N("- zakwaterowanie  ternie firmy, płatne 200 euro/mc.", PL),
        "a charge to the worker named words before the amount ('zakwaterowanie …, płatne 200 "
        "euro/mc') is read as pay: accommodation is no non-salary word, as it is also a benefit "
        "offered next to the pay ('zapewniamy zakwaterowanie i 25 zł/h netto')",
    ),
    gap(
        E("300 zł brutto dodatku nocnego + 4400 zł brutto", 4400, 4400, "PLN", "month", gross=True, inferred=P, hints=PL),
        "an allowance word followed by its own adjective ('dodatku nocnego') before '+' is "
        "taken as the label of the amount after it too: no salary is read",
    ),
)


@pytest.mark.parametrize("example", EN_IN)
def test_en_in(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", EN_AU)
def test_en_au(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", PL_ROWS)
def test_pl(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", FIXED)
def test_fixed(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", GAPS)
def test_gaps(example: Example) -> None:
    check(example)
