"""Stage 1 of reading: normalize the text without moving any character.

Every replacement keeps the length of the text, so a position in the normalized text is the
same position in the input and spans need no mapping. Full-width forms become ASCII, odd
spaces become spaces, dashes become ``-``, wave dashes become ``~``, typographic apostrophes
become ``'``, control characters become spaces, mojibake of a lost character (``ï¿½``) becomes
U+FFFD and HTML entities become their character, both padded with :data:`PAD` (U+0001), which
later stages skip; HTML tags left by scrapers become a space (a line break for block tags),
padded the same way.
"""

from __future__ import annotations

import html
import re
from typing import Final

__all__ = ["normalize_text"]


def _table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0xFF01, 0xFF5F):  # full-width ASCII block -> ASCII
        table[code] = chr(code - 0xFEE0)
    table[0x3000] = " "  # ideographic space
    for code in (0x00A0, 0x202F, 0x2007, 0x2008, 0x2009, 0x200A, 0x2002, 0x2003, 0x2004,
                 0x2005, 0x2006, 0x205F, 0x200B, 0xFEFF, 0x2060):
        table[code] = " "
    for code in (0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D):
        table[code] = "-"
    for code in (0x301C, 0x3030, 0x223C, 0x2053):
        table[code] = "~"
    for code in (0x2018, 0x2019, 0x201B, 0x2032, 0x02BC):
        table[code] = "'"
    table[0x00B7] = "·"  # kept: "·13薪"
    for code in list(range(0, 32)) + list(range(0x7F, 0xA0)):
        if code != 0x0A:
            table[code] = " "
    return table


_TABLE: Final = _table()
# the characters _TABLE replaces: str.translate looks every character up in a dict, a regex
# search for any of them is many times cheaper, and most non-ASCII texts hold none of them
_TRANSLATED: Final = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_TABLE)) + "]")
_ASCII_CONTROL: Final = re.compile("[\x00-\x09\x0b-\x1f\x7f]")
# UTF-8 read as cp1252: "Ã" and its second byte are one accented letter ("Ã©" é); the second
# byte of "à" is a no-break space, a plain space once translated ("1600,00 Euros Ã  1800,00");
# "Â" and a no-break space are one no-break space ("2Â 000 â‚¬": one space inside the number)
_MOJIBAKE: Final = re.compile(r"ï¿½|Ã¯Â¿Â½|â€“|â€”|â‚¬|Â |Â(?=[\s\d€£$])|Ã[ ©¨ª§´¹®»¢]")
_MOJIBAKE_FIX: Final = {"ï¿½": "\ufffd", "Ã¯Â¿Â½": "\ufffd", "â€“": "-", "â€”": "-", "â‚¬": "€", "Â": " ", "Â ": " ",
                 "Ã ": "à", "Ã©": "é", "Ã¨": "è", "Ãª": "ê", "Ã§": "ç", "Ã´": "ô", "Ã¹": "ù",
                 "Ã®": "î", "Ã»": "û", "Ã¢": "â"}
# an HTML tag left by a scraper ("<b>", "</span>", "<br/>"): a tag opens with a letter or "/",
# so "< 30K €" and "<30K" (less than) are no tags; block tags end a line, others are a space
_TAG: Final = re.compile(r"</?([A-Za-z][A-Za-z0-9]{0,9})(?:\s[^<>]{0,300})?/?>")
_BLOCK_TAGS: Final = frozenset({"br", "p", "div", "li", "ul", "ol", "tr", "td", "th", "table", "h1", "h2", "h3",
                         "h4", "h5", "h6", "dt", "dd", "section", "article"})
_ENTITY: Final = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# a Markdown escape left by a converter ("\\$121,755 \\- \\$132,713 \\+ 15\\.4% super", JobSpy
# descriptions): the backslash before a punctuation mark is no character of the text
_MARKDOWN_ESCAPE: Final = re.compile(r"\\([$\-+.*_#()\[\]!~|])")
_MARKDOWN_DECIMAL: Final = re.compile(r"(\d{1,15})\\\.(?=\d)")


PAD: Final = "\x01"
"""Filler written after a shortened replacement; later stages read it as nothing at all."""


def _pad(replacement: str, length: int) -> str:
    """``replacement`` padded with :data:`PAD` (or cut) to ``length`` characters."""
    return (replacement.translate(_TABLE) + PAD * length)[:length]


def normalize_text(text: str) -> str:
    """Return ``text`` normalized for reading, with exactly the same length.

    >>> normalize_text("１５－２５Ｋ")
    '15-25K'
    >>> normalize_text("1\\u202f823,03\\u00a0€ – 2\\u2009000 €")
    '1 823,03 € - 2 000 €'
    >>> normalize_text("1600,00 Euros ï¿½ 1800,00")
    '1600,00 Euros \\ufffd\\x01\\x01 1800,00'
    >>> normalize_text("Mensuel de 1600,00 Euros Ã\u00a0 1800,00 Euros").replace(PAD, "")
    'Mensuel de 1600,00 Euros à 1800,00 Euros'
    >>> normalize_text("RÃ©munÃ©ration").replace(PAD, "")
    'Rémunération'
    >>> normalize_text("5&nbsp;000&euro;")
    '5 \\x01\\x01\\x01\\x01\\x01000€\\x01\\x01\\x01\\x01\\x01'
    >>> len(normalize_text("20万円〜&amp;")) == len("20万円〜&amp;")
    True
    >>> normalize_text("<b>$800</b> per day<br>< 30K").replace(PAD, "")
    ' $800  per day\\n< 30K'
    >>> normalize_text("\\\\$76,000 \\\\- \\\\$85,000").replace(PAD, "")
    '$76,000 - $85,000'
    >>> normalize_text("\\\\$18\\\\.50 + 15\\\\.4%").replace(PAD, "")
    '$18.50 + 15.4%'
    """
    # plain ASCII without control characters has nothing to translate: the common case, cheap
    # (printable ASCII holds no control character: the regex is searched only after a line break)
    if text.isascii():
        plain = text.isprintable() or _ASCII_CONTROL.search(text) is None
    else:
        plain = _TRANSLATED.search(text) is None
    out = text if plain else text.translate(_TABLE)
    if "<" in out:
        out = _TAG.sub(
            lambda m: _pad("\n" if m.group(1).lower() in _BLOCK_TAGS else " ", len(m.group())), out
        )
    if "&" in out:
        out = _ENTITY.sub(lambda m: _pad(html.unescape(m.group()), len(m.group())), out)
    if "\\" in out:
        # an escaped decimal point: the units move one place right, so that the point stays
        # glued to both the units and the decimals ("$18\\.50" is "$\x0118.50")
        out = _MARKDOWN_DECIMAL.sub(lambda m: PAD + m.group(1) + ".", out)
        out = _MARKDOWN_ESCAPE.sub(lambda m: PAD + m.group(1), out)
    if not out.isascii() and ("ï" in out or "Ã" in out or "â" in out or "Â" in out):
        out = _MOJIBAKE.sub(lambda m: _pad(_MOJIBAKE_FIX[m.group()], len(m.group())), out)
    return out
