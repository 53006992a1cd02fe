"""Compare one salary offer with the built-in market references, at market rates and at PPP.

    python3 examples/compare_offer.py "un salaire mensuel maximum de 100 000 yuans" --lang fr --country CN
    python3 examples/compare_offer.py "$180K-$220K" --country US --reference us-ai-engineer-entry-2024
    python3 examples/compare_offer.py "25-40K·14薪" --lang zh --country CN --verdict-lang zh

Prints, for each reference (by default: the built-in references of the same market, plus the
US entry-level AI engineer average), the verdict at the market exchange rate of ``--on`` and
at purchasing-power parity, with every assumption made.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys

import salarykit as sk


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("offer", help="the salary phrase, as written")
    parser.add_argument("--lang", help="language hint (BCP 47), e.g. fr, zh, en-IN")
    parser.add_argument("--country", help="market (ISO 3166 alpha-2), e.g. CN, US, FR")
    parser.add_argument("--reference", action="append", help="id of a built-in reference (repeatable)")
    parser.add_argument("--on", type=dt.date.fromisoformat, default=dt.date(2025, 2, 10),
                        help="date of the exchange rate (default 2025-02-10)")
    parser.add_argument("--ppp-year", type=int, default=2024, help="PPP year (default 2024)")
    parser.add_argument("--verdict-lang", default="en", help="language of the verdicts: en, fr, zh")
    parser.add_argument("--quiet", action="store_true", help="verdicts only, no assumptions")
    args = parser.parse_args(argv)

    try:
        offer = sk.parse(args.offer, lang=args.lang, country=args.country)
    except sk.SalaryParseError as err:
        print(f"cannot read the offer: {err}", file=sys.stderr)
        return 2
    print(f"offer: {offer}" + (f"  (inferred: {', '.join(sorted(offer.inferred))})" if offer.inferred else ""))

    md = sk.MarketData.builtin()
    if args.reference:
        try:
            references = [md.get(ref) for ref in args.reference]
        except LookupError as err:
            print(f"unknown reference: {err}; known: {', '.join(r.id or '' for r in md)}", file=sys.stderr)
            return 2
    else:
        country = args.country or offer.country
        references = [r for r in md if r.country == country and r.statistic in ("mean", "median")]
        references += [md.get("us-ai-engineer-entry-2024")] if country != "US" else []

    for ref in references:
        print(f"\nvs {ref}")
        for basis, on in (("market", args.on), ("ppp", dt.date(args.ppp_year, 12, 31))):
            try:
                c = sk.compare(offer, ref, basis=basis, on=on, lang=args.verdict_lang)
            except sk.SalarykitError as err:
                print(f"  {basis:>6}: not comparable: {err}")
                continue
            print(f"  {basis:>6}: {c.verdict}  [{c.salary.amount_text()} vs {c.reference.amount_text()} "
                  f"{c.currency} per {c.period.value}]")
            if not args.quiet:
                for assumption in c.assumptions:
                    print(f"          - {assumption}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
