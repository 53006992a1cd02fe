"""Build salarykit/data/ppp.csv and salarykit/data/inflation.csv from the World Bank tables.

Source: World Bank, World Development Indicators (CC BY 4.0) — PA.NUS.PPP (PPP conversion
factor, GDP, LCU per international $) and FP.CPI.TOTL.ZG (inflation, consumer prices, annual %),
as reshaped in ``../shared/data`` (see its README).

The World Bank expresses a country's whole PPP series in its *current* local currency (the
German factor for 2000 is in euros although the mark was then in use; every currency change in
the table is continuous). The input's per-year ``currency`` column names the currency of that
year, so the output names, for each country, the currency of its latest year: the unit the
whole series is in.

Usage::

    python3 scripts/build_worldbank.py [path/to/shared/data]

Never edit the output by hand: ``tests/test_ppp.py`` rebuilds it in memory and compares.
"""

from __future__ import annotations

import csv
import io
import pathlib
import sys
from decimal import Decimal

ROOT = pathlib.Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = ROOT.parent / "shared" / "data"
OUT = ROOT / "salarykit" / "data"

CREDIT = "Source: World Bank, World Development Indicators (CC BY 4.0)"

HEADERS = {
    "ppp.csv": [
        f"# {CREDIT}, indicator PA.NUS.PPP:",
        "# PPP conversion factor, GDP (local currency units per international $).",
        "# currency = the local currency the whole series of the country is expressed in",
        "# (the currency of its latest year). Built by scripts/build_worldbank.py; do not edit.",
    ],
    "inflation.csv": [
        f"# {CREDIT}, indicator FP.CPI.TOTL.ZG:",
        "# inflation, consumer prices (annual %). currency = the country's latest currency.",
        "# Built by scripts/build_worldbank.py; do not edit.",
    ],
}

INPUTS = {
    "ppp.csv": ("ppp_gdp_world_bank.csv", "lcu_per_international_dollar"),
    "inflation.csv": ("inflation_world_bank.csv", "consumer_price_inflation_pct"),
}


def _number(text: str) -> str:
    """Canonical decimal text: no exponent, no trailing zeros.

    >>> _number("2.805283e-12"), _number("1.50"), _number("-0.3")
    ('0.000000000002805283', '1.5', '-0.3')
    """
    value = Decimal(text)
    if value == value.to_integral_value():
        return f"{value.quantize(Decimal(1)):f}"
    return f"{value.normalize():f}"


def build_one(source: pathlib.Path, column: str, header: list[str]) -> str:
    """The text of one output file."""
    with source.open(newline="", encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r[column].strip()]
    latest: dict[str, tuple[int, str]] = {}
    for r in rows:
        year, cur = int(r["year"]), r["currency"].strip()
        if cur and (r["country"] not in latest or year > latest[r["country"]][0]):
            latest[r["country"]] = (year, cur)
    rows.sort(key=lambda r: (r["country"], int(r["year"])))
    out = io.StringIO()
    for line in header:
        out.write(line + "\n")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["country", "currency", "year", "value"])
    for r in rows:
        country = r["country"].strip()
        if country not in latest:
            continue
        writer.writerow([country, latest[country][1], int(r["year"]), _number(r[column])])
    return out.getvalue()


def build(source_dir: pathlib.Path = DEFAULT_SOURCE) -> dict[str, str]:
    """Every output file name and its text."""
    return {
        name: build_one(source_dir / src, column, HEADERS[name])
        for name, (src, column) in INPUTS.items()
    }


def main(argv: list[str]) -> int:
    source = pathlib.Path(argv[1]) if len(argv) > 1 else DEFAULT_SOURCE
    for name, text in build(source).items():
        (OUT / name).write_text(text, encoding="utf-8")
        print(f"wrote {OUT / name} ({text.count(chr(10))} lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
