"""Draw salary offers against market references and save the figure (PNG, SVG or PDF).

    python3 examples/plot_offers.py offers.png
    python3 examples/plot_offers.py offers.png --basis ppp --currency EUR

The offers are AI-job salaries as the seed articles and boards write them; the references are
the built-in market figures for AI and IT pay in China and the US.
"""

from __future__ import annotations

import argparse
import datetime as dt
import pathlib
import sys

import matplotlib

matplotlib.use("Agg")

import salarykit as sk

OFFERS = [  # (text, language, market)
    ("un salaire mensuel maximum de 100 000 yuans", "fr", "CN"),
    ("700k–1.2M yuans/an", "fr", "CN"),
    ("50-70k·16薪", "zh", "CN"),
    ("$180K-$220K", "en", "US"),
    ("From $150,000 a year", "en", "US"),
    ("£70,000 - £85,000 per annum", "en", "GB"),
    ("年収800万円～1,200万円", "ja", "JP"),
]
REFERENCES = ["us-ai-engineer-entry-2024", "cn-nlp-2024h1", "cn-it-2024h1"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=pathlib.Path, help="output file (.png, .svg, .pdf)")
    parser.add_argument("--basis", choices=["market", "ppp"], default="market")
    parser.add_argument("--currency", default="USD", help="money of the market basis (default USD)")
    parser.add_argument("--on", type=dt.date.fromisoformat, default=dt.date(2025, 2, 10),
                        help="rate date; its year is the PPP year (default 2025-02-10)")
    args = parser.parse_args(argv)

    offers = [sk.parse(text, lang=lang, country=country) for text, lang, country in OFFERS]
    labels = [f"{country} · {text}" for text, _, country in OFFERS]
    md = sk.MarketData.builtin()
    on = args.on if args.basis == "market" else dt.date(min(args.on.year, 2024), 12, 31)
    ax = sk.plot.ranges(offers, [md.get(r) for r in REFERENCES], basis=args.basis,
                        currency=args.currency, on=on, labels=labels)
    ax.set_title("AI salary offers against market references"
                 + (" (PPP)" if args.basis == "ppp" else f" ({args.currency}, rate of {on})"))
    ax.figure.savefig(args.out, dpi=110)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
