"""Read the salary column of a CSV of job ads with sk.parse, and say what was read.

No pandas needed: one sk.parse call per distinct (text, language, market), results spread over
the rows. Prints, per language, how many cells were read, negotiable, empty or not a salary,
then the most common reasons a cell could not be read.

    python3 examples/parse_column.py                     # examples/job_ads.csv
    python3 examples/parse_column.py ads.csv --column pay --lang-column language
"""

from __future__ import annotations

import argparse
import collections
import csv
import pathlib
import sys

import salarykit as sk

HERE = pathlib.Path(__file__).resolve().parent


def read(text: str, lang: str | None, country: str | None) -> tuple[str, sk.Salary | str]:
    """("read" | "negotiable" | "empty" | "not a salary", the Salary or the reason)."""
    if not text.strip():
        return "empty", "empty cell"
    try:
        salary = sk.parse(text, lang=lang, country=country)
    except sk.SalaryParseError as err:
        return "not a salary", err.reason
    return ("negotiable" if salary.negotiable and not salary.has_amount else "read"), salary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("csv", nargs="?", type=pathlib.Path, default=HERE / "job_ads.csv")
    parser.add_argument("--column", default="salary", help="the salary column (default: salary)")
    parser.add_argument("--lang-column", default="lang", help="column of language tags, if any")
    parser.add_argument("--country-column", default="country", help="column of ISO country codes, if any")
    args = parser.parse_args(argv)

    with args.csv.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    if rows and args.column not in rows[0]:
        print(f"no column {args.column!r} in {args.csv}", file=sys.stderr)
        return 2

    cache: dict[tuple[str, str | None, str | None], tuple[str, sk.Salary | str]] = {}
    counts: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    reasons: collections.Counter[str] = collections.Counter()
    periods: collections.Counter[str] = collections.Counter()
    for row in rows:
        key = (row[args.column], row.get(args.lang_column) or None, row.get(args.country_column) or None)
        if key not in cache:
            cache[key] = read(*key)
        status, result = cache[key]
        counts[key[1] or "?"][status] += 1
        if status == "not a salary":
            reasons[str(result)] += 1
        elif status == "read" and isinstance(result, sk.Salary) and result.period is not None:
            periods[result.period.value + (" (inferred)" if "period" in result.inferred else "")] += 1

    statuses = ["read", "negotiable", "empty", "not a salary"]
    print(f"{len(rows)} rows, {len(cache)} distinct (text, language, market) parsed")
    print(f"{'lang':<8}" + "".join(f"{s:>14}" for s in statuses))
    for lang in sorted(counts):
        print(f"{lang:<8}" + "".join(f"{counts[lang][s]:>14}" for s in statuses))
    total = collections.Counter[str]()
    for c in counts.values():
        total.update(c)
    print(f"{'all':<8}" + "".join(f"{total[s]:>14}" for s in statuses))
    print("\nperiods read:", ", ".join(f"{p} {n}" for p, n in periods.most_common()))
    print("\nwhy cells were not read:")
    for reason, n in reasons.most_common(5):
        print(f"  {n:>5}  {reason}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
