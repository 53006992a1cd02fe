"""Stage 2 of reading: find numbers and read their value.

Numbers are written with many groupings: ``12,000`` ``12.000`` ``12 000`` ``12'000``
``12,00,000`` (Indian lakh grouping) and with a decimal comma or point. The pattern below finds
them in linear time (no nested quantifiers that could backtrack); :func:`read_number` settles
which separator is the decimal one:

* both ``,`` and ``.`` written: the last one is the decimal separator (``1.234,56``, ``1,234.56``);
* one separator written several times: grouping (``1.200.000``, ``2,50,000``);
* one separator followed by exactly three digits: grouping (``30.000 €``, ``$52,000``,
  ``21 840``); a space or an apostrophe is always grouping;
* otherwise decimal (``43,3``, ``42.7``, ``23026,00``, ``40000.0``).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final

__all__ = ["NUMBER_PATTERN", "read_number"]

# A separator may be followed by U+0001 fillers left by normalization ("5&nbsp;000").
# Repetitions are bounded so that a failed match never backtracks far: "12,12,12,…" over a
# megabyte stays linear.
# "CHF 110'000.-", "€ 2.800,--": a separator then dashes for "no cents" (Swiss, Austrian, Dutch
# and German price writing) belongs to the number, so that the dash is never read as a range.
_WHOLE: Final = r"(?:[.,]-{1,2}(?![\d-]))?"
# Grouped: the same separator all along ("1,234,567", never "1,234.567" read as grouping), one
# alternative per separator rather than a back-reference, so that the pattern holds no group and
# the tokenizer's ``findall`` returns plain strings (no tuple of groups per atom)
_GROUPED: Final = "|".join(
    rf"{sep}\x01{{0,8}}\d{{3}}(?:{sep}\x01{{0,8}}\d{{3}}){{0,5}}" for sep in (" ", ",", r"\.", "'")
)
NUMBER_PATTERN: Final = (
    r"\d{1,3}(?:,\d{2}){1,6},\d{3}(?:\.\d{1,6})?(?!\d)"  # Indian grouping 12,00,000
    rf"|\d{{1,3}}(?:{_GROUPED})(?:[.,]\d{{1,6}})?(?!\d)" + _WHOLE  # grouped
    + r"|\d{1,15}(?:[.,]\d{1,15})?" + _WHOLE  # plain, with optional decimals (long digit runs are cut)
)


def read_number(raw: str) -> Decimal:
    """The value of a number as written.

    >>> [str(read_number(s)) for s in ["12,00,000", "1.234,56", "1,234.56", "30.000", "52,000"]]
    ['1200000', '1234.56', '1234.56', '30000', '52000']
    >>> [str(read_number(s)) for s in ["21 840", "120'000", "43,3", "42.7", "23026,00", "1.200.000"]]
    ['21840', '120000', '43.3', '42.7', '23026.00', '1200000']
    >>> [str(read_number(s)) for s in ["110'000.-", "2.800,--", "3.100,-", "35.-"]]
    ['110000', '2800', '3100', '35']
    """
    if raw.isdigit():
        return Decimal(raw)
    s = raw.replace("\x01", "")
    if s[-1] == "-":  # "110'000.-", "2.800,--": whole units
        s = s.rstrip("-")[:-1]
    if " " in s:
        s = s.replace(" ", "")
    if "'" in s:
        s = s.replace("'", "")
    comma = s.rfind(",")
    dot = s.rfind(".")
    if comma >= 0 and dot >= 0:  # both written: the last one is the decimal separator
        s = s.replace(".", "").replace(",", ".") if comma > dot else s.replace(",", "")
    elif comma >= 0 or dot >= 0:
        last = comma if comma >= 0 else dot
        sep = s[last]
        if s.find(sep) != last:  # written several times: grouping
            s = s.replace(sep, "")
        elif len(s) - last == 4:  # once, followed by exactly three digits: grouping
            s = s[:last] + s[last + 1 :]
        else:
            s = s[:last] + "." + s[last + 1 :]
    return Decimal(s)
