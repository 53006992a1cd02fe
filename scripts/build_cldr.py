#!/usr/bin/env python3
"""Build ``salarykit/data/cldr.json`` from the CLDR data shipped with babel.

Run it after upgrading babel::

    python3 scripts/build_cldr.py            # writes salarykit/data/cldr.json
    python3 scripts/build_cldr.py --check    # exit 1 when the committed file is stale

The file is generated, never hand-edited: ``tests/test_cldr_data.py`` rebuilds it in memory
and compares. Everything comes from babel's public API (``babel.numbers.get_currency_name``
with ``count`` for plural forms, ``get_currency_symbol``, ``get_decimal_symbol``,
``get_group_symbol``, ``get_territory_currencies``, ``Locale.compact_decimal_formats``…),
except the territory → currency table, read with ``babel.core.get_global`` so that the output
does not depend on today's date (a currency is *active* when some territory still has it as
legal tender with no end date).

Layout of the output (keys sorted, lists in a meaningful order)::

    babel_version, cldr_version   provenance
    locales                       the locales the data was taken from
    iso_codes                     active ISO 4217 codes (sorted)
    currency_names[locale]        {lowercased NFKC display name or plural form: ISO code}
    currency_symbols[symbol]      [ISO codes], most common first (see ``symbol_order``)
    territory_currency[AA]        the national legal tender of each territory
    number_symbols[locale]        {"decimal": …, "group": …}
    compact_magnitudes[locale]    {word of CLDR compact formats ("万", "Mio.", "Cr"…): multiplier},
                                  NFKC, case kept ("K" and "k" differ per locale)
"""

from __future__ import annotations

import argparse
import json
import pathlib
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Mapping
from typing import Any

import babel
import babel.numbers
from babel import Locale
from babel.core import get_cldr_version, get_global

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "salarykit" / "data" / "cldr.json"

# The supported languages, then the regional locales whose conventions differ in ways a
# salary reader meets: "$" is AUD in en_AU, CAD in en_CA and fr_CA, MXN in es_MX…; the
# group separator is "'" in de_CH, "." in pt_BR / es_AR; en_IN has lakh / crore compact
# words; zh_Hant writes 萬 and 億; each Spanish-speaking market writes its own currency
# ("S/" PEN, "₡" CRC, "₲" PYG, "$" UYU in es_UY…), and so do Angola, Mozambique and the
# Russian-speaking markets ("₸" KZT, "сом" KGS), Tunisia and Algeria (the dinars "DT" and
# "DA" of fr_TN and fr_DZ). da and nb are kept for the Scandinavian "kr".
LOCALES: tuple[str, ...] = (
    "de", "de_AT", "de_CH",
    "en", "en_AU", "en_CA", "en_GB", "en_HK", "en_IE", "en_IN", "en_NZ", "en_SG", "en_ZA",
    "es", "es_AR", "es_BO", "es_CL", "es_CO", "es_CR", "es_DO", "es_EC", "es_GT", "es_HN", "es_MX",
    "es_NI", "es_PA", "es_PE", "es_PY", "es_SV", "es_US", "es_UY", "es_VE",
    "fr", "fr_BE", "fr_CA", "fr_CH", "fr_DZ", "fr_TN",
    "it", "it_CH",
    "ja", "ko",
    "nl", "nl_BE",
    "pl",
    "pt", "pt_AO", "pt_BR", "pt_MZ", "pt_PT",
    "ru", "ru_BY", "ru_KG", "ru_KZ", "ru_UA",
    "sv", "sv_FI",
    "da", "nb",
    "zh", "zh_Hans_HK", "zh_Hans_SG", "zh_Hant", "zh_Hant_HK",
)  # fmt: skip

# Most traded currencies first: Bank for International Settlements, Triennial Central Bank
# Survey 2022, "OTC foreign exchange turnover by currency" (share of average daily
# turnover). Used to order the currencies that share a symbol ("$" → USD before AUD…) and to
# settle the rare display name that two currencies share in one locale.
BIS_TURNOVER_RANK: tuple[str, ...] = (
    "USD", "EUR", "JPY", "GBP", "CNY", "AUD", "CAD", "CHF", "HKD", "SGD",
    "SEK", "KRW", "NOK", "NZD", "INR", "MXN", "TWD", "ZAR", "BRL", "DKK",
    "PLN", "THB", "ILS", "IDR", "CZK", "AED", "TRY", "HUF", "CLP", "SAR",
    "PHP", "MYR", "COP", "RUB", "RON", "PEN", "BHD", "BGN", "ARS",
)  # fmt: skip

# Counts that reach every CLDR plural category (one, two, few, many, other) of the
# supported languages, integers and decimals alike.
PLURAL_PROBES: tuple[int | float, ...] = (0, 1, 2, 3, 5, 11, 12, 21, 22, 25, 100, 101, 1000000, 1.5)


def norm(text: str) -> str:
    """Lowercased NFKC form used as the key of every name table.

    >>> norm("Yuan Renminbi"), norm("ＵＳ＄")
    ('yuan renminbi', 'us$')
    """
    return unicodedata.normalize("NFKC", text).strip().lower()


def active_currencies() -> dict[str, str]:
    """Active ISO 4217 codes and the national legal tender of each territory.

    Returns ``{territory: code}``; the active codes are its values plus every other current
    tender (USD in Panama…). When a territory has several current tenders, the national one
    wins: ISO 4217 codes start with the ISO 3166 code of their issuer (PAB in PA, BTN in BT).
    """
    table: Mapping[str, list[tuple[str, Any, Any, bool]]] = get_global("territory_currencies")
    territory_currency: dict[str, str] = {}
    for territory, rows in table.items():
        current = [code for code, _start, end, tender in rows if tender and end is None]
        if not current or not territory.isalpha():  # "001", "150": regions, not territories
            continue
        national = [code for code in current if code.startswith(territory)]
        territory_currency[territory] = (national or current)[0]
    return territory_currency


def iso_codes() -> list[str]:
    """Every code that is current legal tender somewhere (sorted)."""
    table: Mapping[str, list[tuple[str, Any, Any, bool]]] = get_global("territory_currencies")
    codes = {
        code
        for rows in table.values()
        for code, _start, end, tender in rows
        if tender and end is None  # XAU, XDR, XXX… are never legal tender
    }
    return sorted(codes)


def rank(code: str) -> tuple[int, str]:
    """Sort key: BIS turnover rank, then the code.

    >>> sorted(["AUD", "ZMW", "USD", "AAA"], key=rank)
    ['USD', 'AUD', 'AAA', 'ZMW']
    """
    try:
        return (BIS_TURNOVER_RANK.index(code), code)
    except ValueError:
        return (len(BIS_TURNOVER_RANK), code)


def currency_names(locale: str, codes: list[str]) -> dict[str, str]:
    """Display names and plural forms of ``codes`` in ``locale``, lowercased."""
    names: dict[str, str] = {}
    for code in sorted(codes, key=rank, reverse=True):  # best-ranked written last, so it wins
        forms = {babel.numbers.get_currency_name(code, locale=locale)}
        forms.update(
            babel.numbers.get_currency_name(code, count=n, locale=locale) for n in PLURAL_PROBES
        )
        for form in forms:
            key = norm(form)
            if key and key != code.lower():  # a name equal to the code adds nothing
                names[key] = code
    return names


def currency_symbols(codes: list[str]) -> dict[str, list[str]]:
    """``{symbol: [codes]}`` over all locales, ordered by ``symbol_order``.

    Symbols equal to the ISO code (CLDR's fallback) are left out: ISO codes are in
    ``iso_codes``.
    """
    uses: dict[str, Counter[str]] = defaultdict(Counter)
    for locale in LOCALES:
        for code in codes:
            symbol = unicodedata.normalize(
                "NFC", babel.numbers.get_currency_symbol(code, locale=locale)
            )
            if symbol and symbol != code:
                uses[symbol][code] += 1
    return {symbol: symbol_order(counter) for symbol, counter in uses.items()}


def symbol_order(counter: Counter[str]) -> list[str]:
    """Order the currencies sharing one symbol: most traded first (BIS 2022), then those
    that more supported locales write with this symbol, then alphabetically.

    >>> symbol_order(Counter({"AUD": 1, "MXN": 1, "USD": 20, "ARS": 1, "CLP": 1, "COP": 2}))
    ['USD', 'AUD', 'MXN', 'CLP', 'COP', 'ARS']
    >>> symbol_order(Counter({"TOP": 1, "WST": 3}))
    ['WST', 'TOP']
    """
    return sorted(counter, key=lambda code: (rank(code)[0], -counter[code], code))


def number_symbols(locale: str) -> dict[str, str]:
    """Decimal and group separators of ``locale`` (latn digits)."""
    return {
        "decimal": babel.numbers.get_decimal_symbol(locale),
        "group": babel.numbers.get_group_symbol(locale),
    }


def _affix_word(affix: str) -> str:
    """The word of a CLDR pattern affix: quotes removed, NFKC (inner no-break spaces become
    plain spaces), ends trimmed, case kept.

    >>> _affix_word("\\xa0Mio'.'"), _affix_word(" thousand"), _affix_word("万"), _affix_word("\\xa0mil\\xa0M")
    ('Mio.', 'thousand', '万', 'mil M')
    """
    word = affix.replace("''", "\0").replace("'", "").replace("\0", "'").replace("¤", "")
    return unicodedata.normalize("NFKC", word).strip()


def compact_magnitudes(locale: str) -> dict[str, int]:
    """``{word: multiplier}`` from the short and long compact decimal formats of ``locale``.

    A pattern "00万" listed under 100000 means 万 = 100000 / 10**(2-1) = 10000; a pattern with
    no digit ("mille" under 1000 in French) means the magnitude itself.
    """
    words: dict[str, int] = {}
    loc = Locale.parse(locale)
    for kind in ("short", "long"):
        try:
            formats = loc.compact_decimal_formats[kind]
        except KeyError:  # some locales have no long compact forms
            continue
        for plural_forms in formats.values():
            for magnitude, pattern in plural_forms.items():
                digits = pattern.pattern.count("0")
                word = _affix_word(pattern.prefix[0] + pattern.suffix[0])
                if not word:
                    continue
                # a pattern without digits stands for the magnitude itself: French "mille" = 1000
                multiplier = int(magnitude) // 10 ** (digits - 1) if digits else int(magnitude)
                if multiplier <= 1:
                    continue
                previous = words.get(word)
                words[word] = multiplier if previous is None else min(previous, multiplier)
    return words


def build() -> dict[str, Any]:
    """The whole data set, as written to ``cldr.json``."""
    territory_currency = active_currencies()
    codes = iso_codes()
    return {
        "babel_version": babel.__version__,
        "cldr_version": str(get_cldr_version()),
        "locales": list(LOCALES),
        "iso_codes": codes,
        "currency_names": {locale: currency_names(locale, codes) for locale in LOCALES},
        "currency_symbols": currency_symbols(codes),
        "territory_currency": territory_currency,
        "number_symbols": {locale: number_symbols(locale) for locale in LOCALES},
        "compact_magnitudes": {locale: compact_magnitudes(locale) for locale in LOCALES},
    }


def render(data: dict[str, Any]) -> str:
    """The file text: sorted keys, one entry a line, UTF-8 kept readable."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--check", action="store_true", help="compare with the committed file, write nothing"
    )
    parser.add_argument("--output", type=pathlib.Path, default=OUTPUT)
    args = parser.parse_args(argv)
    text = render(build())
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != text:
            print(f"{args.output} is stale: run python3 scripts/build_cldr.py", file=sys.stderr)
            return 1
        print(f"{args.output} is up to date")
        return 0
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {args.output} ({len(text.encode()) // 1024} KiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
