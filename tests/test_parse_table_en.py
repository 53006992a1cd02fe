"""English salary phrases: US boards (Indeed, Glassdoor, LinkedIn), UK boards (Reed, Totaljobs,
CV-Library), India (Naukri, foundit), Australia (Seek), Canada (Job Bank), news and surveys
(BLS, ONS, Levels.fyi)."""

from __future__ import annotations

import pytest
from examples_helpers import AU, CA, GB, IN, NEG, PC, US, E, Example, N, P, check, table

EN = {"lang": "en"}

US_BOARDS = table(
    E("$120K-$150K", 120000, 150000, "USD", "year", inferred=P, hints=US),
    E("$53K - $91K (Glassdoor est.)", 53000, 91000, "USD", "year", inferred=P, hints=US),
    E("Estimated $52.1K - $66K a yearFull-time8 hour shift +1", 52100, 66000, "USD", "year", hints=US),
    E("Employer Provided Salary:$88,000 - $104,000 a year", 88000, 104000, "USD", "year", hints=US),
    E("$25 - $32 an hour", 25, 32, "USD", "hour", hints=US),
    E("$22.50 per hour", "22.5", "22.5", "USD", "hour", hints=US),
    E("From $18 an hour", 18, None, "USD", "hour", hints=US),
    E("Up to $95,000 a year", None, 95000, "USD", "year", hints=US),
    E("$4,500 - $5,200 a month", 4500, 5200, "USD", "month", hints=US),
    E("$750 a week", 750, 750, "USD", "week", hints=US),
    E("$200 - $250 a day", 200, 250, "USD", "day", hints=US),
    E("$65,000 - $80,000 per year plus commission", 65000, 80000, "USD", "year", hints=US),
    E("$60K+", 60000, None, "USD", "year", inferred=P, hints=US),
    E("$100k–$130k base + equity", 100000, 130000, "USD", "year", inferred=P, hints=US),
    E("Pay: $19.00 - $23.00 per hour", 19, 23, "USD", "hour", hints=US),
    E("Salary: $72,500.00 - $88,000.00 per year", 72500, 88000, "USD", "year", hints=US),
    E("USD 140,000–180,000 annually", 140000, 180000, "USD", "year", hints=US),
    E("$45/hr", 45, 45, "USD", "hour", hints=US),
    E("about $50k a year", 50000, 50000, "USD", "year", approximate=True, hints=US),
    E("$95,000 - $115,000 a year - Full-time", 95000, 115000, "USD", "year", hints=US),
    E("$30-$35 Per Hour (Employer est.)", 30, 35, "USD", "hour", hints=US),
    E("$140K - $165K a year", 140000, 165000, "USD", "year", hints=US),
    E("$70,000 - $85,000 a year", 70000, 85000, "CAD", "year", hints=CA),
    E("$130,000", 130000, 130000, "USD", "year", inferred=PC, hints=EN),
    NEG("Competitive", US),
    NEG("Salary: Negotiable", US),
    NEG("DOE", US),
    E("$50,000 - $60,000 a year + $5,000 signing bonus", 50000, 60000, "USD", "year", hints=US),
    E("Base pay range $154,000.00/yr - $250,000.00/yr", 154000, 250000, "USD", "year", hints=US),
    E("$42.00 - $55.00 Hourly", 42, 55, "USD", "hour", hints=US),
    E("$75K/yr - $95K/yr", 75000, 95000, "USD", "year", hints=US),
    E("$15/hr + tips", 15, 15, "USD", "hour", hints=US),
    E("Up to $2,500 a week", None, 2500, "USD", "week", hints=US),
    E("$3.5k/month", 3500, 3500, "USD", "month", hints=US),
    # scraped layout: line breaks between the label, the amounts and the period
    E("Salary\n$80,000 - $100,000\nper year", 80000, 100000, "USD", "year", hints=US),
    # a province code is not German "ab" (from)
    E("Calgary, AB $60,000 a year", 60000, 60000, "CAD", "year", hints=CA),
    # job titles in capitals are not Polish "do" (up to) / "od" (from)
    E("Family Physician (MD/DO) $250,000 a year", 250000, 250000, "USD", "year", hints=US),
    E("Optometrist (OD) $120,000 a year", 120000, 120000, "USD", "year", hints=US),
    E("Physician - DO $280,000", 280000, 280000, "USD", "year", inferred=P, hints=US),
    # US state codes are not "ca." (circa), Polish "ok." (about) or "p.a." (per annum)
    E("Los Angeles, CA $120,000 - $140,000 a year", 120000, 140000, "USD", "year", hints=US),
    E("Tulsa, OK $50,000 a year", 50000, 50000, "USD", "year", hints=US),
    E("Pittsburgh, PA $45,000", 45000, 45000, "USD", "year", inferred=P, hints=US),
    E("Capital One · $85,000 a year", 85000, 85000, "USD", "year", hints=US),
    # base pay next to other pay: the base is the salary
    E("$60,000 base salary + $20,000 bonus", 60000, 60000, "USD", "year", inferred=P, hints=US),
    E("$500 sign-on bonus, $17/hr", 17, 17, "USD", "hour", hints=US),
    E("OTE $120,000 ($60,000 base)", 60000, 60000, "USD", "year", inferred=P, hints=US),
    E("$18.00 - $22.00 an hour ● Full-time", 18, 22, "USD", "hour", hints=US),
)  # fmt: skip

UK_BOARDS = table(
    E("£30,000 - £35,000 per annum", 30000, 35000, "GBP", "year", hints=GB),
    E("£28k - £32k + benefits", 28000, 32000, "GBP", "year", inferred=P, hints=GB),
    E("£12.50 per hour", "12.5", "12.5", "GBP", "hour", hints=GB),
    E("£450 - £550 per day (Outside IR35)", 450, 550, "GBP", "day", hints=GB),
    E("Up to £45,000 p.a. + bonus", None, 45000, "GBP", "year", hints=GB),
    E("£22,000 - £26,000/annum plus commission, OTE £40,000", 22000, 26000, "GBP", "year", hints=GB),
    E("£35k-£40k pro rata", 35000, 40000, "GBP", "year", inferred=P, hints=GB),
    E("£2,200 pcm", 2200, 2200, "GBP", "month", hints=GB),
    E("£38,000 - £42,000 a year", 38000, 42000, "GBP", "year", hints=GB),
    NEG("Competitive salary", GB),
    E("Salary: £40,000 - £45,000 per annum + 25 days holiday + pension", 40000, 45000, "GBP", "year", hints=GB),
    E("£25,000 - £28,000 per annum, pro rata (0.6 FTE)", 25000, 28000, "GBP", "year", hints=GB),
    E("£18.52 - £20.01 an hour · Part-time", "18.52", "20.01", "GBP", "hour", hints=GB),
    E("£60-70k + 10% bonus", 60000, 70000, "GBP", "year", inferred=P, hints=GB),
    E("£1.2m a year", 1200000, 1200000, "GBP", "year", hints=GB),
)  # fmt: skip

INDIA = table(
    E("₹ 6,00,000 - 8,00,000 P.A.", 600000, 800000, "INR", "year", hints=IN),
    E("15-22 Lacs P.A.", 1500000, 2200000, "INR", "year", hints=IN),
    E("8 LPA", 800000, 800000, "INR", "year", hints=IN),
    E("₹35,000 - ₹45,000 a month", 35000, 45000, "INR", "month", hints=IN),
    E("Rs. 25,000 per month", 25000, 25000, "INR", "month", hints=IN),
    E("INR 18,00,000 per annum", 1800000, 1800000, "INR", "year", hints=IN),
    E("1.5 Cr per annum", 15000000, 15000000, "INR", "year", hints=IN),
    E("3.5 - 5 Lacs PA", 350000, 500000, "INR", "year", hints=IN),
    E("₹12,50,000 - ₹18,75,000 a year", 1250000, 1875000, "INR", "year", hints=IN),
    NEG("As per industry standards", IN),
    E("₹ 4.5 - 6 Lacs P.A.", 450000, 600000, "INR", "year", hints=IN),
    E("INR 50,000 - 70,000 per month", 50000, 70000, "INR", "month", hints=IN),
    E("CTC: 12 LPA", 1200000, 1200000, "INR", "year", gross=True, hints=IN),
    E("₹ 25K - 30K per month", 25000, 30000, "INR", "month", hints=IN),
    E("₹1,20,000 per month", 120000, 120000, "INR", "month", hints=IN),
    E("Rs 1.2 lakh per month", 120000, 120000, "INR", "month", hints=IN),
    # "not disclosed" states that there is no salary (corpus rule 6: like "公開していません"), not a negotiation
    N("Not disclosed", IN),
)  # fmt: skip

AUSTRALIA = table(
    E("$90,000 - $110,000 per year", 90000, 110000, "AUD", "year", hints=AU),
    E("$120k - $140k + super", 120000, 140000, "AUD", "year", inferred=P, hints=AU),
    E("$45 - $55 per hour + super", 45, 55, "AUD", "hour", hints=AU),
    E("$1,000 - $1,200 per day", 1000, 1200, "AUD", "day", hints=AU),
    E("A$150,000 package", 150000, 150000, "AUD", "year", inferred=P, hints=AU),
    E("$85k base + super", 85000, 85000, "AUD", "year", inferred=P, hints=AU),
    E("$38 - $42 p/h + super", 38, 42, "AUD", "hour", hints=AU),
    E("NZ$80,000 - NZ$95,000", 80000, 95000, "NZD", "year", inferred=P, hints={"lang": "en", "country": "NZ"}),
    E("AUD 90,000 - 110,000 + Super", 90000, 110000, "AUD", "year", inferred=P, hints=AU),
)  # fmt: skip

NEWS = table(
    E("The median salary for software engineers was $132,270 in 2023", 132270, 132270, "USD", "year",
      statistic="median", inferred=P, hints=US),
    E("an average pay of about $61,900 a year", 61900, 61900, "USD", "year", approximate=True, statistic="mean",
      hints=US),
    E("paid as much as $900,000 a year", None, 900000, "USD", "year", hints=US),
    E("starting salaries of more than $100,000", 100000, None, "USD", "year", inferred=P, hints=US),
    E("the average AI engineer earns $206,000", 206000, 206000, "USD", "year", statistic="mean", inferred=P,
      hints=US),
    E("the median annual wage was £35,100", 35100, 35100, "GBP", "year", statistic="median", hints=GB),
    N("a $2.5 billion budget", US),
    N("raised $40 million in funding", US),
    N("Series B at a $120M valuation", US),
    N("3-5 years experience", US),
    N("", US),
    N("N/A", US),
    N("-1", US),
    N("a 5% raise", US),
)  # fmt: skip


@pytest.mark.parametrize("example", US_BOARDS)
def test_us_boards(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", UK_BOARDS)
def test_uk_boards(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", INDIA)
def test_india(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", AUSTRALIA)
def test_australia(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", NEWS)
def test_news_and_surveys(example: Example) -> None:
    check(example)
