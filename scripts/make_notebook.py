"""Write ``examples/salaries.ipynb`` from the cells below (no outputs), so that it stays reviewable.

The notebook is the whole workflow on ``examples/job_ads.csv``: load the ads, read the salary
column market by market with the pandas accessor, bring every salary to a year in US dollars
(at each ad's posting-date ECB rate) and in international dollars (PPP), compare with the
built-in market references, and plot ranges against references. ``tests/test_notebook.py``
executes it with nbclient and checks that this script still produces the committed file.

    python3 scripts/make_notebook.py            # writes examples/salaries.ipynb
    python3 scripts/make_notebook.py --check    # exit 1 when the committed notebook is stale
"""

from __future__ import annotations

import argparse
import pathlib
import sys

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "examples" / "salaries.ipynb"

CELLS: list[tuple[str, str]] = [
    (
        "md",
        """# Salaries in 3,000 job ads, 15 markets

This notebook reads the salary column of `job_ads.csv` — ads written for salarykit in the
formats real boards use ("$75,000 - $85,000 a year", "15-25K·13薪", "年収450万円～600万円",
"Mensuel de 1800,00 Euros à 2000,00 Euros sur 12 mois"…), with the empty cells, "negotiable"
markers and malformed values real scrapes have — and then:

1. reads every salary with the pandas accessor, market by market;
2. brings them to one period and one money: US dollars a year at the ECB rate of each ad's
   posting date, and international dollars at purchasing-power parity;
3. compares AI and data roles with the built-in market references;
4. plots offers against references.

Everything runs offline. Regenerate the data with `python3 scripts/make_job_ads.py`.""",
    ),
    (
        "code",
        """import datetime as dt
import pathlib

import matplotlib.pyplot as plt
import pandas as pd

import salarykit as sk
import salarykit.pandas  # registers the .salary accessor

pd.set_option("display.width", 140)
pd.set_option("display.max_colwidth", 48)""",
    ),
    ("md", "## The ads"),
    (
        "code",
        """here = pathlib.Path("job_ads.csv")
path = here if here.exists() else pathlib.Path("examples") / "job_ads.csv"
ads = pd.read_csv(path, dtype=str, parse_dates=["posted"])
ads["posted"] = ads["posted"].dt.date
print(f"{len(ads):,} ads, {ads['salary'].nunique():,} distinct salary strings, "
      f"{ads['salary'].isna().sum():,} empty")
ads.sample(8, random_state=3)[["lang", "country", "title", "salary"]]""",
    ),
    (
        "code",
        """ads.groupby("lang").agg(ads=("ad_id", "size"), distinct_salaries=("salary", "nunique"),
                        empty=("salary", lambda s: s.isna().sum()))""",
    ),
    (
        "md",
        """## Reading the salaries

A salary column has no language of its own: each board writes in its market's language and
currency, and the market settles what the text leaves open (`$` is AUD on an Australian board,
a bare "12-18K" is monthly in China). So the column is read market by market, with the
language and the country as hints. The accessor parses each *distinct* string once, and a
cell it cannot read becomes a row of nulls with the reason in `error` — it never loses the
column.""",
    ),
    (
        "code",
        """one = sk.parse("15-25K·13薪", lang="zh", country="CN")
one  # a Salary shows as a card in a notebook: amounts, period, what was inferred""",
    ),
    (
        "code",
        """def by_market(frame, method, *args, on=None, **kwargs):
    \"\"\"Apply one accessor method to the salary column market by market (rows kept in order).

    ``on`` names a column of dates: each ad is converted at the rate of its own date.\"\"\"
    parts = []
    for (lang, country), group in frame.groupby(["lang", "country"], sort=False):
        options = dict(kwargs, lang=lang, country=country, progress=False)
        if on is not None:
            options["on"] = group[on]
        parts.append(getattr(group["salary"].salary, method)(*args, **options))
    return pd.concat(parts).loc[frame.index]


parsed = by_market(ads, "parse")
parsed.head(10)""",
    ),
    (
        "code",
        """status = pd.Series("read", index=ads.index)
status[parsed["negotiable"].eq(True).fillna(False).astype(bool) & parsed["low"].isna() & parsed["high"].isna()] = "negotiable"
status[ads["salary"].isna()] = "empty"
status[parsed["error"].notna() & ads["salary"].notna()] = "not a salary"
pd.crosstab(ads["lang"], status, margins=True)""",
    ),
    ("md", "What could not be read, and why — the parser says, rather than guessing:"),
    (
        "code",
        """unread = ads.loc[status == "not a salary", ["lang", "salary"]].assign(reason=parsed["error"])
unread.drop_duplicates("salary").head(12)""",
    ),
    (
        "md",
        """## One period, one money

`convert("USD", period="year", on="posted")` annualizes each salary with its market's pay
convention (a stated "·13薪" or "sur 13 mois" wins) and converts it at the ECB reference rate
of the ad's posting date. `to_ppp(period="year")` gives international dollars at the World
Bank's purchasing-power parity, which says what the salary buys at home. The `assumptions`
column keeps every step.""",
    ),
    (
        "code",
        """usd = by_market(ads, "convert", "USD", period="year", on="posted")
ppp = by_market(ads, "to_ppp", 2024, period="year")
usd.assign(salary=ads["salary"])[["salary", "low", "high", "currency", "period"]].dropna(subset=["currency"]).head(8)""",
    ),
    (
        "code",
        """first = usd["assumptions"].dropna().iloc[0]
print(first)""",
    ),
    (
        "code",
        """def midpoint(frame):
    \"\"\"Middle of each range; the known bound of an open range.\"\"\"
    return frame[["low", "high"]].mean(axis=1, skipna=True)


table = (
    pd.DataFrame({"country": ads["country"], "usd": midpoint(usd), "ppp": midpoint(ppp)})
    .dropna()
    .groupby("country")
    .agg(ads=("usd", "size"), median_usd=("usd", "median"), median_ppp=("ppp", "median"))
)
table["ppp_over_market"] = table["median_ppp"] / table["median_usd"]
table.sort_values("median_usd", ascending=False).round(2)""",
    ),
    (
        "md",
        """The international dollar is worth one US dollar in the United States. Where prices are
lower than in the US, a salary buys more at home than its dollar value says, and
`ppp_over_market` is above 1 — by a factor of two to four for China, Brazil and India. (It
would fall below 1 in the few markets dearer than the US, such as Switzerland.)""",
    ),
    (
        "md",
        """## Comparing with the market

The built-in references are the figures of the project's seed articles: mean monthly pay of
natural-language-processing, deep-learning and IT staff in China in the first half of 2024,
the mean yearly pay of entry-level AI engineers in the US in May 2024, and a few offers.""",
    ),
    (
        "code",
        """md = sk.MarketData.builtin()
md.to_frame()[["id", "role", "country", "statistic", "value", "low", "high", "currency", "period", "date"]]""",
    ),
    (
        "code",
        """ai = ads["title"].str.contains(r"算法|机器学习|NLP|深度学习|大模型|Machine Learning|AI Engineer", regex=True)
cn_ai = ads[ai & (ads["country"] == "CN")]
vs_nlp = cn_ai["salary"].salary.compare(md.get("cn-nlp-2024h1"), lang="zh", country="CN",
                                         on=cn_ai["posted"], progress=False)
vs_nlp.assign(salary=cn_ai["salary"])[["salary", "ratio", "verdict"]].dropna(subset=["ratio"]).drop_duplicates("salary").head(8)""",
    ),
    (
        "code",
        """us_ai = ads[ai & (ads["country"] == "US")]
reference = md.get("us-ai-engineer-entry-2024")
market = us_ai["salary"].salary.compare(reference, lang="en", country="US", on=us_ai["posted"], progress=False)
print(f"{len(us_ai)} US AI ads; median ratio to the entry-level mean: {market['ratio'].median():.2f}")
market["verdict"].value_counts().head()""",
    ),
    (
        "md",
        """The same Chinese AI ads against the US entry-level mean, first at market exchange rates
(each ad at the ECB rate of its posting date), then at purchasing-power parity:""",
    ),
    (
        "code",
        """cn_vs_us = {
    basis: cn_ai["salary"].salary.compare(reference, basis=basis, lang="zh", country="CN",
                                          on=cn_ai["posted"], progress=False)
    for basis in ("market", "ppp")
}
pd.DataFrame({basis: frame["ratio"].describe()[["count", "25%", "50%", "75%"]]
              for basis, frame in cn_vs_us.items()}).round(2)""",
    ),
    (
        "md",
        """## Offers against references, in one picture

`sk.plot.ranges` draws each salary as a bar on one period and money; an open range ("from",
"up to") fades out and ends in an arrow; references are dashed lines or shaded bands, and the
assumptions (rates and their dates, PPP year, pay conventions) are written under the axes.""",
    ),
    (
        "code",
        """picks = ads[ai & ads["salary"].notna() & (status == "read")].groupby("country").head(1).head(8)
offers = [sk.parse(row.salary, lang=row.lang, country=row.country) for row in picks.itertuples()]
labels = [f"{row.country} · {row.salary}" for row in picks.itertuples()]
refs = [md.get("us-ai-engineer-entry-2024"), md.get("cn-nlp-2024h1")]

ax = sk.plot.ranges(offers, refs, currency="USD", on=dt.date(2025, 2, 10), labels=labels)
ax.set_title("AI job ads at market exchange rates (ECB, 10 Feb 2025)")
plt.show()""",
    ),
    (
        "code",
        """ax = sk.plot.ranges(offers, refs, basis="ppp", on=dt.date(2024, 12, 31), labels=labels)
ax.set_title("The same ads at purchasing-power parity (World Bank, 2024)")
plt.show()""",
    ),
    (
        "md",
        """At market rates the Chinese offers sit far below the US reference; at purchasing-power
parity the gap narrows sharply — the seed articles' point, computed from the data rather than
asserted.""",
    ),
]


def build() -> nbformat.NotebookNode:
    """The notebook, without outputs."""
    cells = [new_markdown_cell(src) if kind == "md" else new_code_cell(src) for kind, src in CELLS]
    nb = new_notebook(
        cells=cells,
        metadata={
            "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
            "language_info": {"name": "python"},
        },
    )
    for i, cell in enumerate(nb.cells):
        cell["id"] = f"cell-{i:02d}"  # stable ids: regenerating gives the same file
    return nb


def render() -> str:
    return nbformat.writes(build()) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when the committed notebook is stale")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != text:
            print(f"{OUT} is stale: run python3 scripts/make_notebook.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)} ({len(CELLS)} cells)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
