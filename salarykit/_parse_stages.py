"""The stages of reading a salary, each a function with its own table of examples.

normalize text (:mod:`._parse_text`) → tokenize (:meth:`Lexicon.tokenize`, numbers read by
:mod:`._numbers`) → :func:`find_amounts` (magnitudes, mixed CJK notation) → :func:`find_ranges`
(two ends, currency and magnitude written once) → :func:`read_bounds` (up to / from / X+ /
以上) → :func:`resolve_currency` → :func:`find_period` or :func:`infer_period` →
:func:`read_qualifiers` (approximate, gross/net, mean/median, payments, negotiable) →
:func:`classify` (salary, other pay, non-salary money, percentage, bare number).

The stages work on the token list of one text; positions are positions in the input text
(normalization keeps every position).
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal
from typing import Any, Final

from ._lexicon import LETTER, Entry, Lexicon, Token, load_cldr, load_yaml, role_mask

__all__ = [
    "PIECE",
    "Amount",
    "Piece",
    "classify",
    "detect_lang",
    "find_amounts",
    "find_period",
    "find_ranges",
    "infer_period",
    "labelled_pay",
    "plausible",
    "read_bounds",
    "read_qualifiers",
    "read_words",
    "resolve_currency",
    "roles_present",
]

_ONE: Final = Decimal(1)
# what may stand between two tokens that belong together: spaces, fillers, light punctuation
_LOOSE_CHARS: Final = " \t\n\r\x01:：,，()（）*[]"
# where a clause ends: a period, semicolon, bar or line break between two phrases
_BREAK: Final = re.compile(r"[.!?]\s+(?=[A-ZÀ-ÝА-Я])|[;；|。！？\n]")
_BREAK_CHARS: Final = ";；|。！？\n"  # the one-character clause ends of _BREAK
_LETTER_RE: Final = re.compile(LETTER)
_ANY_CJK: Final = re.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_KANA: Final = re.compile(r"[\u3040-\u30ff]")
_HANGUL: Final = re.compile(r"[\uac00-\ud7af]")
_HAN: Final = re.compile(r"[\u4e00-\u9fff]")
_KANA_OR_HANGUL: Final = re.compile(r"[\u3040-\u30ff\uac00-\ud7af]")  # one scan for both
_HAN_ALL: Final = re.compile(r"[\u4e00-\u9fff]").findall
_LATIN_ALL: Final = re.compile(r"[A-Za-z\u00c0-\u024f]").findall
_CJK_LANGS: Final = frozenset({"zh", "ja", "ko"})
_LETTER_ANY: Final = re.compile(r"[^\W\d_]").search  # a letter of any script: a word, not a sign
_HUGE: Final = Decimal(10) ** 20
_NEUTRAL: Final = frozenset({"base", "cldr"})
_CJK_MAGS: Final = frozenset({"万", "萬", "億", "亿", "만", "억", "천", "千", "十万", "百万", "千万", "천만", "백만"})


def _loose(text: str, start: int, end: int) -> bool:
    """True when only spaces and light punctuation stand between ``start`` and ``end``."""
    if end - start <= 1:  # the common cases, without slicing
        return end == start or (end > start and text[start] in _LOOSE_CHARS)
    return start <= end and not text[start:end].strip(_LOOSE_CHARS)


def _tight(text: str, start: int, end: int) -> bool:
    """True when at most three spaces stand between ``start`` and ``end`` (padding left by
    normalization, as in "5-8&nbsp;Lacs", does not count)."""
    if start > end or text[start:end].strip(" \x01"):
        return False
    return end <= start + 3 or end - start - text.count("\x01", start, end) <= 3


def _broken(text: str, start: int, end: int) -> bool:
    """True when a clause ends between ``start`` and ``end`` (cheap test first)."""
    if end - start <= 1:  # the common gaps: none, or one character
        return end > start and text[start] in _BREAK_CHARS
    # the capital that ends a sentence break (". Salaire") is the first character after the gap
    found = _BREAK.search(text, start, min(end + 1, len(text)))
    return found is not None and found.start() < end


def _has(token: Token, role: str) -> bool:
    return token.kind == "word" and role in token.entry.roles


def _is_currency(token: Token) -> bool:
    return token.kind == "iso" or (token.kind == "word" and "cur" in token.entry.roles)


PIECE: Final = "piece"
"""What :func:`find_period` returns for a piece rate ("per visit", "1件あたり", "lump sum")."""

COUNT_BIT: Final = 1 << 62
"""The bit :func:`roles_present` sets for a count ("13薪", "sur 12 mois")."""


def roles_present(tokens: list[Token]) -> int:
    """The role bits (:func:`~._lexicon.role_mask`) of all the words of a text, plus
    :data:`COUNT_BIT` when a count is written: stages skip the work whose words are absent.

    >>> from ._lexicon import get_lexicon
    >>> present = roles_present(get_lexicon().tokenize("$28/hr"))
    >>> bool(present & role_mask("per")), bool(present & role_mask("gross")), bool(present & COUNT_BIT)
    (True, False, False)
    """
    present = 0
    for token in tokens:
        kind = token.kind
        if kind == "word":
            present |= token.entry.mask
        elif kind == "count":
            present |= token.entry.mask | COUNT_BIT
    return present


def read_words(lex: Lexicon | None, tokens: list[Token]) -> tuple[int, dict[str, float], str | None]:
    """What the words of a text say, in one pass over its tokens: the roles written
    (:func:`roles_present`), the language votes (:func:`detect_lang`) and the language of the
    first currency that names its market (:func:`currency_language`; None without ``lex``).

    >>> from ._lexicon import get_lexicon
    >>> lex = get_lexicon()
    >>> tokens = lex.tokenize("R$ 8 mil por mês")
    >>> present, votes, market = read_words(lex, tokens)
    >>> present == roles_present(tokens), max(votes, key=votes.__getitem__), market
    (True, 'pt', 'pt')
    """
    present = 0
    counts: dict[str, float] = {}
    market: str | None = None
    for token in tokens:
        kind = token.kind
        if kind == "word":
            entry = token.entry
        elif kind == "count":
            entry = token.entry
            present |= COUNT_BIT
        elif kind == "iso":
            if market is None and lex is not None:
                market = _market_language(lex, str(token.value))
            continue
        else:
            continue
        present |= entry.mask
        if market is None and entry.sole_currency is not None and kind == "word" and lex is not None:
            market = _market_language(lex, entry.sole_currency)
        votes = entry.votes
        if votes:
            for lang, weight in votes.items():
                counts[lang] = counts.get(lang, 0.0) + weight
    return present, counts, market


@functools.lru_cache(maxsize=1024)
def _market_language(lex: Lexicon, code: str) -> str | None:
    """The main language of the market whose home currency is ``code`` (BRL → pt), or None."""
    country = territory_of(code)
    return lex.country_lang.get(country) if country is not None else None


# --------------------------------------------------------------------------- language
def detect_lang(
    tokens: list[Token],
    text: str,
    hint: str | None,
    prior: str | None = None,
    votes: dict[str, float] | None = None,
) -> str | None:
    """The language of the text: the hint when given, else the language most words belong to.

    ``prior`` is the language of the market, if known: it settles ties ("R$ 7,5 mil" in Brazil).

    >>> from ._lexicon import get_lexicon
    >>> lex = get_lexicon()
    >>> detect_lang(lex.tokenize("Annuel de 40000 Euros"), "Annuel de 40000 Euros", None)
    'fr'
    >>> detect_lang(lex.tokenize("月給22万円"), "月給22万円", None), detect_lang([], "25-30K", "zh")
    ('ja', 'zh')
    >>> detect_lang(lex.tokenize("月薪2万"), "月薪2万", None), detect_lang([], "25-30K", None)
    ('zh', None)

    ``votes`` are the votes of the words when already counted (:func:`read_words`); they are
    updated in place.
    """
    if hint:
        return hint
    sample = text if len(text) <= 2000 else text[:2000]
    cjk = not sample.isascii() and _ANY_CJK.search(sample) is not None
    if cjk:  # kana anywhere: Japanese; else Hangul anywhere: Korean (one scan finds the first of either)
        found = _KANA_OR_HANGUL.search(sample)
        if found is not None:
            if found.group() < "\uac00" or _KANA.search(sample, found.end()) is not None:
                return "ja"
            return "ko"
    # each word votes for its languages; words shared by many languages ("k", "-") say little
    counts = votes if votes is not None else read_words(None, tokens)[1]
    if cjk and _HAN.search(sample):
        counts["zh"] = counts.get("zh", 0.0) + 0.5  # Han script without kana: Chinese if unsure
        latin: list[str] = _LATIN_ALL(sample)  # first: most Chinese texts have no Latin letter
        if not latin or len(_HAN_ALL(sample)) >= len(latin):
            # in a text written mostly in Han script, the signs of Latin-script languages say
            # nothing of its language ("招聘水/空/陆运操作,6-9K": the slashes are no French range)
            for token in tokens:
                if token.kind == "word" and not _LETTER_ANY(token.entry.key):
                    for lang, n in token.entry.votes.items():
                        if lang not in _CJK_LANGS and lang in counts:
                            counts[lang] -= n
                            if counts[lang] <= 1e-9:
                                del counts[lang]
    if prior is not None:
        counts[prior] = counts.get(prior, 0.0) + 0.5
    best: str | None = None  # the language with most votes, the first of equals (as max() gives)
    most = 0.0
    for lang, weight in counts.items():
        if best is None or weight > most:
            best, most = lang, weight
    return best


def currency_language(lex: Lexicon, tokens: list[Token]) -> str | None:
    """The main language of the home market of the first currency written that names one
    currency only ("R$", "reais", "zł", "PLN"), or None: a tie-breaker for :func:`detect_lang`
    ("R$ 8 mil" is Portuguese, so "mil" is a thousand, not the English million).

    >>> from ._lexicon import get_lexicon
    >>> lex = get_lexicon()
    >>> currency_language(lex, lex.tokenize("R$ 8 mil")), currency_language(lex, lex.tokenize("5 000 zł"))
    ('pt', 'pl')
    >>> currency_language(lex, lex.tokenize("$ 8 mil")), currency_language(lex, lex.tokenize("8 000 €"))
    (None, None)
    """
    for token in tokens:
        kind = token.kind
        if kind == "word":
            code = token.entry.sole_currency
            if code is None:
                continue  # no currency, or "$", "kr", "元": the market is not known from the sign
        elif kind == "iso":
            code = str(token.value)
        else:
            continue
        lang = _market_language(lex, code)
        if lang is not None:
            return lang
    return None


# --------------------------------------------------------------------------- amounts
class Amount:
    """A number with the magnitudes written after it (``1.5万``, ``21万7,500``, ``45 K€``).

    A plain class with its own ``__init__`` (not a dataclass): compiled by mypyc, a dataclass
    keeps the ``__init__`` that :mod:`dataclasses` generates, which runs in the interpreter.
    """

    __slots__ = ("currencies", "end", "first", "hints", "last", "mag", "percent", "raw", "start", "value")

    def __init__(
        self,
        value: Decimal,
        raw: Decimal,  # the number before its magnitude
        mag: int | None,
        first: int,  # index of the first token
        last: int,  # index of the last token
        start: int,
        end: int,
        percent: bool = False,
        # tuples, shared empty by default: most amounts have neither, and an empty tuple costs
        # no allocation (find_ranges copies them into the list of its piece)
        currencies: tuple[Token, ...] = (),  # "k€": a magnitude that names money
        hints: tuple[str, ...] = (),  # "lakh" → INR
    ) -> None:
        self.value = value
        self.raw = raw
        self.mag = mag
        self.first = first
        self.last = last
        self.start = start
        self.end = end
        self.percent = percent
        self.currencies = currencies
        self.hints = hints

    def __repr__(self) -> str:
        return f"Amount({self.value}, mag={self.mag}, tokens={self.first}..{self.last}, span={self.start}..{self.end})"


# role bits read by the amount, range and bound stages: one integer test on ``Entry.mask``
# instead of a dict lookup per role
_MAG: Final = role_mask("mag")
_MAG_OR_SIGN: Final = role_mask("mag", "mag_sign")
_MAG_SIGN: Final = role_mask("mag_sign")
_MAG_AND: Final = role_mask("mag_and")
_CUR: Final = role_mask("cur")
_CUR_HINT: Final = role_mask("cur_hint")
_PERCENT: Final = role_mask("percent")
_COUNTER: Final = role_mask("counter")
_APPROX_AFTER: Final = role_mask("approx_after")


def _counted(tokens: list[Token], text: str, j: int, end: int) -> bool:
    """True when a counter word follows the amount ending at ``end`` (``tokens[j]`` is the token
    after it): "200万株", "1700余人", "400斤": the figure counts plants, people or weight, not money.
    An approximate word may stand between ("余", "多")."""
    n = len(tokens)
    if j < n and tokens[j].kind == "word" and tokens[j].entry.mask & _APPROX_AFTER and tokens[j].start == end:
        end = tokens[j].end
        j += 1
    return j < n and tokens[j].kind == "word" and bool(tokens[j].entry.mask & _COUNTER) and tokens[j].start == end


# a span of clock times ("9h à 17h", "8h30-12h", "de 9H00 à 17H30"): working hours, no money
_CLOCK_SPAN: Final = re.compile(
    r"(?:[01]?\d|2[0-4])[hH](?:[0-5]\d)?\s*(?:à|a|-|~|au|to|bis)\s*(?:[01]?\d|2[0-4])[hH](?:[0-5]\d)?(?![^\W\d_])"
)


def _drop_counted(out: list[Amount], tokens: list[Token], i: int) -> None:
    """The count at ``tokens[i]`` closes a range ("500-999人", "18-35岁"): its low end is a count too."""
    if out and i >= 2 and out[-1].last == i - 2 and tokens[i - 1].kind == "word" and tokens[i - 1].entry.mask & _JOIN:
        out.pop()


def find_amounts(
    tokens: list[Token], text: str, lang: str | None, decimal: str | None = None
) -> list[Amount]:
    """Numbers with their magnitudes, in order.

    >>> from ._lexicon import get_lexicon
    >>> def amounts(text, lang=None):
    ...     return [str(a.value) for a in find_amounts(get_lexicon().tokenize(text), text, lang)]
    >>> amounts("15-25K"), amounts("1.5万"), amounts("月給21万7,500円"), amounts("1억 2천만원")
    (['15', '25000'], ['15000'], ['217500'], ['120000000'])
    >>> amounts("R$ 180 mil", "pt"), amounts("$2 mil", "en"), amounts("₹5.2 LPA"), amounts("12%")
    (['180000'], ['2000000'], ['520000'], ['12'])
    >>> amounts("11€88 de l'heure"), amounts("10€50 - 12€"), amounts("1 800€ 50 postes")
    (['11.88'], ['10.5', '12'], ['1800', '50'])

    ``decimal`` is the decimal separator of the text's language: one separator followed by
    three digits and then millions is a decimal one in that language ("1,250 Mio. €" in German
    is 1.25 million; "1,250 million" in English is 1 250 million).

    >>> def amounts_in(text, lang, decimal):
    ...     return [str(a.value) for a in find_amounts(get_lexicon().tokenize(text), text, lang, decimal)]
    >>> amounts_in("1,250 Mio. €", "de", ","), amounts_in("1,250 million", "en", ".")
    (['1250000'], ['1250000000'])
    """
    out: list[Amount] = []
    n = len(tokens)
    i = 0
    while i < n:
        token = tokens[i]
        kind = token.kind
        if kind != "num":
            if (
                kind == "word"
                and token.entry.mask & _MAG_OR_SIGN == _MAG  # a magnitude, not a sign ("T")
                and _magnitude_in(token.entry, lang)
                and _bare_magnitude(tokens, text, i)
            ):
                # "mil euros", "mille euros", "年薪百万": a magnitude word alone is the number
                amount = Amount(_ONE, _ONE, None, i, i - 1, token.start, token.start, False)
                i = _read_magnitudes(tokens, text, lang, i, amount)
                out.append(amount)
                continue
            i += 1
            continue
        start = token.start
        end = token.end
        if end - start == 4 and _is_year(tokens, text, i):
            i += 1
            continue
        value: Decimal = token.value
        j = i + 1
        if j == n:  # the last token: a number alone
            out.append(Amount(value, value, None, i, i, start, end, False))
            break
        after = tokens[j]
        after_kind = after.kind
        after_mask = after.entry.mask if after_kind == "word" else 0
        if (
            after_mask & _APPROX_AFTER
            and j + 1 < n
            and after.start == end
            and tokens[j + 1].kind == "word"
            and tokens[j + 1].entry.mask & _MAG
            and tokens[j + 1].start == after.end
        ):
            # "8000余万元": an approximate word between the number and its magnitude ("over 80 million")
            end = after.end
            j += 1
            after = tokens[j]
            after_mask = after.entry.mask
        elif (
            after_mask & _LOWER_AFTER
            and after.entry.key == "+"
            and after.start == end
            and j + 1 < n
            and tokens[j + 1].kind == "word"
            and tokens[j + 1].entry.mask & _MAG
            and tokens[j + 1].entry.mask & _CUR_HINT
            and _tight(text, after.end, tokens[j + 1].start)
        ):
            # "50+ LPA", "10+ lakhs": "or more" written between the figure and its lakh unit
            end = after.end
            j += 1
            after = tokens[j]
            after_mask = after.entry.mask
        if after_mask & _MAG:
            if decimal is not None and end - start >= 5 and text[end - 4] == decimal:
                value = _decimal_before_millions(text[start:end], value, decimal, after, lang)
            amount = Amount(value, value, None, i, j - 1, start, end, False)
            j = _read_magnitudes(tokens, text, lang, j, amount)
            if amount.mag is not None and j < n:
                nxt = tokens[j]
                if nxt.kind == "num" or (nxt.kind == "word" and nxt.entry.mask & _MAG_AND):
                    j = _read_parts(tokens, text, lang, j, amount)
        elif (
            j + 1 < n
            and tokens[j + 1].kind == "num"
            and (after_kind == "iso" or after_mask & _CUR)
            and _cents_after_sign(text, token, after, tokens[j + 1])
        ):
            # "11€88 de l'heure": the sign written in place of the decimal separator
            cents = tokens[j + 1]
            value = value + cents.value / 100
            amount = Amount(value, value, None, i, j + 1, start, cents.end, False, (after,))
            j += 2
        else:
            # the common case: a number and no magnitude; a percent sign may follow it
            if after_mask & (_COUNTER | _APPROX_AFTER) and _counted(tokens, text, j, end):
                _drop_counted(out, tokens, i)
                i = j  # "1700余人": a count of people, no money
                continue
            if end < len(text) and text[end] in "hH" and (not start or not text[start - 1].isdigit()):
                clock = _CLOCK_SPAN.match(text, start)
                if clock is not None:
                    stop = clock.end()
                    while j < n and tokens[j].start < stop:
                        j += 1
                    i = j  # "9h à 17h": the hours of the working day
                    continue
            percent = bool(after_mask & _PERCENT) and _tight(text, end, after.start)
            out.append(Amount(value, value, None, i, i, start, end, percent))
            i = j
            continue
        if j < n:
            nxt = tokens[j]
            if nxt.kind == "word" and nxt.entry.mask & _PERCENT and _tight(text, amount.end, nxt.start):
                amount.percent = True
            elif not amount.currencies and _counted(tokens, text, j, amount.end):
                _drop_counted(out, tokens, i)
                i = j  # "200万株": a count of plants, no money
                continue
        out.append(amount)
        i = j
    return out


def _read_parts(tokens: list[Token], text: str, lang: str | None, j: int, amount: Amount) -> int:
    """Add the smaller parts written after a magnitude to ``amount``: the smaller units of
    mixed CJK notation, or a number joined by a word (Portuguese "e"); return the index after
    them."""
    # "21万7,500", "1억 2천만": mixed CJK notation; "R$ 3 mil e 500": a number joined by a word
    n = len(tokens)
    # mixed CJK notation: 21万7,500 / 1억 2천만 — a smaller amount right after a CJK magnitude
    while (
        amount.mag is not None
        and j < n
        and tokens[j].kind == "num"
        and tokens[j - 1].kind == "word"
        and tokens[j - 1].entry.key in _CJK_MAGS
        and _tight(text, tokens[j - 1].end, tokens[j].start)
    ):
        number = tokens[j]
        part = Amount(number.value, number.value, None, j, j, number.start, number.end)
        k = _read_magnitudes(tokens, text, lang, j + 1, part)
        unit = amount.value / amount.raw if amount.raw else amount.value
        written = text[number.start : number.end]
        if part.mag is None and len(written) == 1 and tokens[j - 1].end == number.start and unit >= 10:
            part.value *= unit / 10  # "1万5" is 15 000: a lone digit counts in the next unit down
        if part.value >= (amount.value / amount.raw if amount.raw else amount.value):
            big = _big_unit_after(unit, part)
            if big is None:
                break
            # "3천5백만", "1千5百万": the big unit closes the whole number: (3천 + 5백) 만
            amount.value = (amount.value + part.raw * (part.mag or 1) // big) * big
            amount.mag = (amount.mag or 1) * big
            amount.end = part.end
            amount.last = part.last
            j = k
            continue
        amount.value += part.value
        amount.end = part.end
        amount.last = part.last
        j = k
    # "R$ 3 mil e 500": a smaller number joined to a magnitude word is added to it
    if (
        amount.mag is not None
        and j + 1 < n
        and tokens[j].kind == "word"
        and lang in tokens[j].entry.roles.get("mag_and", {})
        and tokens[j + 1].kind == "num"
        and _tight(text, amount.end, tokens[j].start)
        and _tight(text, tokens[j].end, tokens[j + 1].start)
    ):
        number = tokens[j + 1]
        part = Amount(number.value, number.value, None, j + 1, j + 1, number.start, number.end)
        k = _read_magnitudes(tokens, text, lang, j + 2, part)
        if 0 < part.value < amount.mag and part.value == part.value.to_integral_value():
            amount.value += part.value
            amount.end, amount.last = part.end, part.last
            j = k
    return j


def _cents_after_sign(text: str, number: Token, sign: Token, cents: Token) -> bool:
    """True for "11€88": a whole number, a currency sign and two digits, all glued together."""
    return (
        number.end == sign.start
        and sign.end == cents.start
        and sign.end - sign.start == 1
        and text[number.start : number.end].isdigit()
        and len(text[cents.start : cents.end]) == 2
        and text[cents.start : cents.end].isdigit()
    )


def _big_unit_after(unit: Decimal, part: Amount) -> int | None:
    """The big unit (만 / 万, 억 / 亿) that closes "3천5백만": ``part`` ("5백만") is a smaller
    unit than ``unit`` (천) times a big unit; None otherwise."""
    if part.mag is None or unit >= 10**4:
        return None
    for big in (10**8, 10**4):
        if part.mag % big == 0 and 1 < part.mag // big < unit:
            return big
    return None


def _decimal_before_millions(raw: str, value: Decimal, decimal: str, mag: Token, lang: str | None) -> Decimal:
    """Read "1,250" as 1.25 when millions follow and "," is the language's decimal separator."""
    if len(raw) < 5 or raw[-4] != decimal or not raw[-3:].isdigit():
        return value
    if raw.count(decimal) != 1 or any(sep in raw for sep in ".,' " if sep != decimal):
        return value
    if int(mag.entry.get("mag", lang)) < 10**6:
        return value
    return value / 1000


def _bare_magnitude(tokens: list[Token], text: str, i: int) -> bool:
    """True for a magnitude word standing alone as a number, next to money or a pay word."""
    if i > 0 and tokens[i - 1].kind == "num" and _tight(text, tokens[i - 1].end, tokens[i].start):
        return False
    if i > 0 and _has(tokens[i - 1], "mag") and _tight(text, tokens[i - 1].end, tokens[i].start):
        return False
    after = i + 1
    while after < len(tokens) and _has(tokens[after], "mag") and _tight(text, tokens[after - 1].end, tokens[after].start):
        after += 1
    # "un million de yuans", "un milione di euro": a small word may stand before the currency
    if (
        after + 1 < len(tokens)
        and tokens[after].kind == "word"
        and _has(tokens[after], "glue")
        and not _is_currency(tokens[after])
        and _tight(text, tokens[after - 1].end, tokens[after].start)
    ):
        after += 1
    if after < len(tokens) and _is_currency(tokens[after]) and not _has(tokens[after], "mag") and _loose(text, tokens[after - 1].end, tokens[after].start):
        return True
    before = tokens[i - 1] if i > 0 else None
    return (
        before is not None
        and before.kind == "word"
        and bool(before.entry.roles.keys() & {"per", "lower_before", "upper_before", "approx_before"})
        and _tight(text, before.end, tokens[i].start)
        and tokens[i].entry.key in _CJK_MAGS | {"百万", "十万"}
    )


def _is_year(tokens: list[Token], text: str, i: int) -> bool:
    """True for a calendar year standing alone ("Umsatz 2023:"), not an amount."""
    token = tokens[i]
    raw = text[token.start : token.end]
    if not (len(raw) == 4 and raw.isdigit() and 1900 <= token.value <= 2100):
        return False
    if i > 0 and _loose(text, tokens[i - 1].end, token.start):
        near = tokens[i - 1]
        if _is_currency(near) or near.kind == "num":
            return False
        if _has(near, "join") and i > 1 and tokens[i - 2].kind == "num":  # "1800-2000 €"
            return False
    if i + 1 < len(tokens) and _loose(text, token.end, tokens[i + 1].start):
        near = tokens[i + 1]
        if _is_currency(near) or near.kind in ("num", "count"):
            return False
        if near.kind == "word" and near.entry.roles.keys() & {"mag", "percent", "per", "gross", "net"}:
            return False  # "2000 brut": gross or net is said of money, not of a year
        if _has(near, "join") and i + 2 < len(tokens) and tokens[i + 2].kind == "num":
            return False
    return True


def _magnitude_in(entry: Entry, lang: str | None) -> bool:
    """True when a magnitude word is one in ``lang`` (any, when the language is unknown).

    A word of letters that only one language has is scoped to it ("bi" is billions in Portuguese
    only); words of several languages ("mil": a thousand in Spanish, a million in English), CJK
    magnitudes ("万", "만") and signs read everywhere, in the meaning of the text's language.

    >>> from ._lexicon import get_lexicon
    >>> lex = get_lexicon()
    >>> _magnitude_in(lex.entries["bi"], "en"), _magnitude_in(lex.entries["bi"], "pt")
    (False, True)
    >>> _magnitude_in(lex.entries["k"], "ja"), _magnitude_in(lex.entries["万"], "en")
    (True, True)
    """
    # mag_everywhere: a magnitude of the base lexicon, a sign or a CJK character, or a word of
    # several languages ("mil"), read in the meaning of the text's language
    return lang is None or entry.mag_everywhere or lang in entry.roles["mag"]


def _sign_before(tokens: list[Token], text: str, amount: Amount) -> bool:
    """True when a currency sign is written right before the number of ``amount`` ("₹25T"), or
    before the low end of the range it closes ("₹25-40T", "₹25T - 40T")."""
    i = amount.first
    if i > 0 and _is_currency(tokens[i - 1]) and _tight(text, tokens[i - 1].end, tokens[i].start):
        return True
    k = i - 1
    if k < 1 or tokens[k].kind != "word" or "join" not in tokens[k].entry.roles:
        return False
    k -= 1
    if tokens[k].kind == "word" and "mag" in tokens[k].entry.roles:
        k -= 1  # the low end's own magnitude: "₹25T - 40T"
    return (
        k > 0
        and tokens[k].kind == "num"
        and _is_currency(tokens[k - 1])
        and _tight(text, tokens[k - 1].end, tokens[k].start)
    )


def _read_magnitudes(tokens: list[Token], text: str, lang: str | None, j: int, amount: Amount) -> int:
    """Apply the magnitude words right after an amount; return the index after them."""
    n = len(tokens)
    while j < n:
        token = tokens[j]
        if token.kind != "word":
            break
        entry = token.entry
        mask = entry.mask
        if not mask & _MAG:
            break
        if token.start != amount.end and not _tight(text, amount.end, token.start):
            break
        roles = entry.roles
        by_lang = roles["mag"]
        # _magnitude_in, inlined: this loop runs for every magnitude written
        if not (lang is None or entry.mag_everywhere or lang in by_lang):
            break  # "$2,000 bi…": Portuguese "bi" (billions) is no magnitude in English
        if mask & _MAG_SIGN and not _sign_before(tokens, text, amount):
            break  # "7.5t licence": "T" is a thousand only in "₹25T", right after a sign
        mult = int(by_lang[lang] if lang is not None and lang in by_lang else next(iter(by_lang.values())))
        value = amount.value * mult
        if value < _HUGE:
            # an integral value is written without decimals ("1.5万" is 15000, not 15000.0); an
            # integral value quantizes to itself, so one quantize and one comparison tell
            whole = value.quantize(_ONE)
            if whole == value:
                value = whole
        amount.value = value
        amount.mag = (amount.mag or 1) * mult
        if mask & _CUR:
            amount.currencies += (token,)
        if mask & _CUR_HINT:
            hint = entry.get("cur_hint", lang)
            if hint:
                amount.hints += (str(hint),)
        amount.end = token.end
        amount.last = j
        j += 1
    return j


# --------------------------------------------------------------------------- ranges
class Piece:
    """One money mention: one amount or a range of two, with the currency tokens around it
    (a plain class, for the reason given on :class:`Amount`)."""

    __slots__ = (
        "approximate", "currencies", "end", "first", "high", "last", "low", "lower_open",
        "rescaled", "start", "upper_open",
    )

    def __init__(
        self,
        low: Amount,
        high: Amount | None,
        currencies: list[Token],
        first: int,
        last: int,
        start: int,
        end: int,
        lower_open: bool = False,  # "from X", "X+": high unknown
        upper_open: bool = False,  # "up to X": low unknown
        approximate: bool = False,
        rescaled: bool = False,  # amounts already rescaled to the period a spanning word names
    ) -> None:
        self.low = low
        self.high = high
        self.currencies = currencies
        self.first = first
        self.last = last
        self.start = start
        self.end = end
        self.lower_open = lower_open
        self.upper_open = upper_open
        self.approximate = approximate
        self.rescaled = rescaled

    def __repr__(self) -> str:
        return f"Piece({self.low!r}, {self.high!r}, span={self.start}..{self.end})"

    @property
    def is_range(self) -> bool:
        return self.high is not None


def _currency_before(tokens: list[Token], text: str, index: int, start: int) -> int | None:
    if index < 0:
        return None
    token = tokens[index]
    kind = token.kind
    if (kind == "iso" or (kind == "word" and token.entry.mask & _CUR)) and (
        token.end == start or _loose(text, token.end, start)
    ):
        if token.start and token.end - token.start == 1 and _HANGUL.match(text, token.start - 1):
            return None  # "모집인원 2명": the last syllable of a word (인원), not the won
        return index
    return None


_GLUE: Final = role_mask("glue")
_GLUE_NOT_CURRENCY: Final = role_mask("glue", "cur")  # a glue word that names no currency


def _currency_after(tokens: list[Token], text: str, index: int, end: int) -> int | None:
    n = len(tokens)
    if index >= n or tokens[index].kind in ("num", "count"):
        return None  # the common case: a number next, or nothing
    j = index
    token = tokens[j]
    while token.kind == "word" and token.entry.mask & _GLUE_NOT_CURRENCY == _GLUE and _loose(text, end, token.start):
        end = token.end
        j += 1
        if j == n:
            return None
        token = tokens[j]
    if (token.kind == "iso" or (token.kind == "word" and token.entry.mask & _CUR)) and (
        end == token.start or _loose(text, end, token.start)
    ):
        # "schaal 10: € 3.600": a symbol after punctuation and right before a number is that number's
        if (
            j + 1 < n
            and tokens[j + 1].kind == "num"
            and _tight(text, tokens[j].end, tokens[j + 1].start)
            and (
                j > index
                or not _tight(text, end, tokens[j].start)
                or (end < tokens[j].start and tokens[j].end == tokens[j + 1].start)  # "Band 7 £47,810"
            )
        ):
            return None
        return j
    return None


def find_ranges(tokens: list[Token], text: str, amounts: list[Amount]) -> list[Piece]:
    """Group amounts into money mentions: ranges, with currency and magnitude written once.

    >>> from ._lexicon import get_lexicon
    >>> def ranges(text):
    ...     tokens = get_lexicon().tokenize(text)
    ...     pieces = find_ranges(tokens, text, find_amounts(tokens, text, None))
    ...     return [(str(p.low.value), p.high and str(p.high.value), len(p.currencies)) for p in pieces]
    >>> ranges("15-25K"), ranges("$42.7K - $54.1K a year"), ranges("3,000~8,000만원")
    ([('15000', '25000', 0)], [('42700', '54100', 2)], [('30000000', '80000000', 1)])
    >>> ranges("de 700 000 à 1,2 million de yuans"), ranges("900-1.2k")
    ([('700000', '1200000', 1)], [('900', '1200', 0)])
    >>> ranges("Min. € 3.200 - Max. € 4.600")
    [('3200', '4600', 2)]
    >>> ranges("K€ 45-55"), ranges("40 000 - 35 000 €"), ranges("1 800 € - 35 h")
    ([('45000', '55000', 1)], [('35000', '40000', 1)], [('1800', None, 1), ('35', None, 0)])
    """
    pieces: list[Piece] = []
    n = len(amounts)
    count = len(tokens)
    k = 0
    previous_last = -1  # the last token of the piece before
    while k < n:
        low = amounts[k]
        currencies = list(low.currencies) if low.currencies else []
        first = low.first
        before = None
        if first > 0:
            token = tokens[first - 1]
            kind = token.kind
            if kind == "iso" or (kind == "word" and token.entry.mask & _CUR):
                before = _currency_before(tokens, text, first - 1, low.start)
                if before is not None and previous_last < before:
                    currencies.append(token)
                    first = before
        last = low.last
        if last + 1 < count:
            # the token after the amount: a currency ("45 €"), or a join or period word that may
            # lead to the second end of a range ("15-25K", "$75K/yr - $95K/yr")
            token = tokens[last + 1]
            kind = token.kind
            mask = token.entry.mask if kind == "word" else 0
            if kind == "iso" or mask & _GLUE_NOT_CURRENCY:  # a currency, or a glue word before one
                after = _currency_after(tokens, text, last + 1, low.end)
                if after is not None:
                    currencies.append(tokens[after])
                    last = after
                    if last + 1 < count:
                        token = tokens[last + 1]
                        mask = token.entry.mask if token.kind == "word" else 0
                    else:
                        mask = 0
            elif kind == "word" and token.entry.key == "+" and token.start == low.end and last + 2 < count:
                # "5 500+  EUR" (nofluffjobs): the currency written after the open bound is the
                # amount's; the "+" stays after the piece, for read_bounds
                after = _currency_after(tokens, text, last + 2, token.end)
                if after is not None:
                    currencies.append(tokens[after])
            high = None
            aside = mask & _JOIN_OR_QUALITY or text.find("(", tokens[last].end, token.start) >= 0
            if k + 1 < n and aside and not low.percent:
                high, last = _range_end(tokens, text, low, amounts[k + 1], last, currencies)
                if high is not None:
                    k += 1
        else:
            high = None
        if before is not None and first == before and low.mag is None:
            entry = tokens[before].entry
            if tokens[before].kind == "word" and entry.mask & _MAG:
                _scale(low, high, entry.get("mag", None))  # "K€ 45-55": written before
        lower_open = False
        if high is None and last + 1 < count:
            token = tokens[last + 1]
            end = tokens[last].end
            if token.kind == "word" and token.entry.key == "-" and (token.start == end or _loose(text, end, token.start)):
                # "NT$ 60,000 - (月薪)": a range dash with no second end, the upper end left open
                rest = text[token.end :].lstrip(" \x01")
                lower_open = not rest or rest[0] == "("
        pieces.append(
            Piece(low, high, currencies, first, last, tokens[first].start, tokens[last].end, lower_open, False, False, False)
        )
        previous_last = last
        k += 1
    return pieces


def _scale(low: Amount, high: Amount | None, mult: int) -> None:
    """Apply a magnitude written before the amounts to both ends ("K€ 45-55")."""
    for amount in (low, high):
        if amount is not None and amount.mag is None:
            amount.value = amount.raw * mult
            amount.mag = mult


_JOIN_OR_PERIOD: Final = role_mask("join", "per")
_JOIN_OR_QUALITY: Final = role_mask("join", "per", "gross", "net")
_QUALITY: Final = role_mask("per", "gross", "net")
_JOIN: Final = role_mask("join")
_PERIOD: Final = role_mask("per")
_PERIOD_OR_PIECE: Final = role_mask("per", "piece")
_JOIN_GLUE_UPPER: Final = role_mask("join", "glue", "upper_before")


def _range_end(
    tokens: list[Token], text: str, low: Amount, nxt: Amount, last: int, currencies: list[Token]
) -> tuple[Amount | None, int]:
    """The second end of a range starting at ``low``, when a join word leads to ``nxt``."""
    j = last + 1
    cursor = tokens[last].end
    next_first = nxt.first
    # "$75K/yr - $95K/yr": a period written after each end; "2 000 € brut - 2 500 € brut": gross
    # or net too; "De 35 000 € (débutant) à 45 000 €": a short aside in brackets, with no figure
    while j < next_first:
        token = tokens[j]
        if not (cursor == token.start or _loose(text, cursor, token.start)):
            aside = _bracket_aside(text, cursor)
            if aside is None:
                break
            k = j
            while k < next_first and tokens[k].start < aside:
                k += 1
            if k == len(tokens) or not _loose(text, aside, tokens[k].start):
                break
            cursor = aside
            j = k
            continue
        if token.kind != "word" or token.entry.mask & _JOIN or not token.entry.mask & _QUALITY:
            break
        cursor = token.end
        j += 1
    if j >= len(tokens):
        return None, last
    token = tokens[j]
    if (
        token.kind != "word"
        or not token.entry.mask & _JOIN
        or not (cursor == token.start or _loose(text, cursor, token.start))
        or (j > last + 1 and token.entry.key == "/")  # "$22.50 hourly / 37.5 hours": no range
        or (
            j == last + 1
            and cursor == token.start
            and text[cursor - 1].isdigit()
            and _LETTER_RE.match(text, cursor) is not None
        )
    ):  # a letter glued to the figure ("Paris 15e, 2000 €") is an ordinal, not "e" (and)
        return None, last
    cursor = token.end
    slash = token.entry.key == "/"
    k = j + 1
    while k < next_first:
        token = tokens[k]
        if token.kind != "word" or not token.entry.mask & _JOIN_GLUE_UPPER:
            break
        if not (cursor == token.start or _loose(text, cursor, token.start)):
            break
        cursor = token.end  # "tra i 40.000 e i 50.000", "Min. 3.200 - Max. 4.600"
        k += 1
    extra = None  # a currency written before the second end: "€ 3.200 - € 4.600"
    if k < next_first:
        token = tokens[k]
        kind = token.kind
        if (kind == "iso" or (kind == "word" and token.entry.mask & _CUR)) and _loose(text, cursor, token.start):
            extra = token
            cursor = token.end
            k += 1
    if k != next_first or not (cursor == nxt.start or _loose(text, cursor, nxt.start)) or nxt.percent:
        return None, last
    if extra is not None and not currencies and _another_end(tokens, text, nxt):
        return None, last  # "APS 6 - $84,150 - $95,543": a grade, then the range in dollars
    low_value = low.value
    low_mag = low.mag
    if low.mag is None and nxt.mag is not None and (
        low.raw <= nxt.raw
        or (low.raw <= nxt.raw * 2 and last == low.last and tokens[nxt.first].kind == "num")
    ):
        # "15-25K", "1-1.5万": written once, applies to both; and to a range written backwards
        # within one scale ("20-10K", "25-15K": swapped below)
        low_value = low.raw * nxt.mag
        low_mag = nxt.mag
    elif nxt.mag is not None and low.mag is not None and _shared_big_unit(tokens, low, nxt):
        low_value = low.value * (nxt.mag // low.mag)  # "5천~7천만원": 만 is written once
    elif _thousands_once(low, nxt, last > low.last, slash):
        low_value = low.raw * 1000  # "de 40 à 50 000 euros": the thousands written once, after
    if extra is not None and not currencies and nxt.value > low_value * 100:
        return None, last  # "APS 6 - $84,150": a bare grade number, then the pay
    if nxt.value < low_value:
        # "40 000 - 35 000 €": a range written backwards, the ends of one scale swapped; a
        # much smaller second number is no end of the range ("1 800 € - 35 h")
        if low_mag != nxt.mag or nxt.value * 2 < low_value:
            return None, last
        low_value, nxt.value = nxt.value, low_value
        low.raw, nxt.raw = nxt.raw, low.raw
    low.value = low_value
    if low.mag is None and nxt.mag is not None and low_value != low.raw:
        low.mag = nxt.mag
    new_last = nxt.last
    if extra is not None:
        currencies.append(extra)
    if nxt.currencies:
        currencies.extend(nxt.currencies)
    if new_last + 1 < len(tokens):
        token = tokens[new_last + 1]
        kind = token.kind
        # where _currency_after may find something: "€", "PLN", "de dollars"
        if kind == "iso" or (kind == "word" and token.entry.mask & _GLUE_NOT_CURRENCY):
            after = _currency_after(tokens, text, new_last + 1, nxt.end)
            if after is not None:
                currencies.append(tokens[after])
                new_last = after
    return nxt, new_last


def _another_end(tokens: list[Token], text: str, nxt: Amount) -> bool:
    """True when a join word and a currency-signed amount follow ``nxt`` ("$84,150 - $95,543")."""
    j = nxt.last + 1
    if j + 2 >= len(tokens):
        return False
    join, sign, number = tokens[j], tokens[j + 1], tokens[j + 2]
    return (
        join.kind == "word"
        and bool(join.entry.mask & _JOIN)
        and _loose(text, nxt.end, join.start)
        and _is_currency(sign)
        and _loose(text, join.end, sign.start)
        and number.kind == "num"
        and sign.end == number.start
    )


def _thousands_once(low: Amount, nxt: Amount, own_currency: bool, slash: bool) -> bool:
    """True for "40 à 50 000 €", "$40-50,000", "3-5000元": a first end under a thousand, with no
    currency after it or magnitude of its own, that read in thousands lies under the second end
    and within ten times of it (a range is not wider): the thousands are written once, on the
    second end, a round figure ("De 2 à 2 500 €"). Not after a "/" ("Bac+2 / 3 000 €")."""
    if slash or own_currency or low.mag is not None or nxt.mag is not None or low.percent:
        return False
    raw, high = low.raw, nxt.raw
    if not 0 < raw < 1000 or raw != raw.to_integral_value() or high % 100:
        return False
    return raw * 1000 <= high < raw * 10000


def _bracket_aside(text: str, cursor: int) -> int | None:
    """The end of a short bracketed aside with no figure in it ("(débutant)", "(hors primes)")
    that starts after ``cursor`` (spaces only between), or None."""
    start = cursor
    n = len(text)
    while start < n and text[start] in " \x01":
        start += 1
    if start >= n or text[start] != "(":
        return None
    close = text.find(")", start, start + 40)
    if close < 0 or any(c.isdigit() or c in "\n(" for c in text[start + 1 : close]):
        return None
    return close + 1


def _shared_big_unit(tokens: list[Token], low: Amount, nxt: Amount) -> bool:
    """True for "5천~7천만", "5千-7千万": the big unit (万, 만, 億) after the second end applies
    to the first one, which ends on a smaller CJK unit (千, 천) only."""
    if low.mag is None or nxt.mag is None or low.mag >= 10**4 or nxt.mag % low.mag or low.raw > nxt.raw:
        return False
    if tokens[low.last].kind != "word" or tokens[low.last].entry.key not in _CJK_MAGS:
        return False
    return nxt.mag // low.mag in (10**4, 10**8)


# --------------------------------------------------------------------------- bounds
def read_bounds(tokens: list[Token], text: str, pieces: list[Piece], present: int = -1) -> None:
    """Mark open ranges and approximations from the words right around each piece.

    "up to X" → upper_open; "from X", "X+", "X以上", "X～" with nothing after → lower_open;
    "about X", "X左右" → approximate. Bounds only apply to single amounts.

    >>> from ._lexicon import get_lexicon
    >>> def bounds(text):
    ...     tokens = get_lexicon().tokenize(text)
    ...     pieces = find_ranges(tokens, text, find_amounts(tokens, text, None))
    ...     read_bounds(tokens, text, pieces)
    ...     p = pieces[0]
    ...     return p.upper_open, p.lower_open, p.approximate
    >>> bounds("up to $50k"), bounds("年収240万円~"), bounds("到手12k+"), bounds("约6万")
    ((True, False, False), (False, True, False), (False, True, False), (False, False, True))
    >>> bounds("底薪5000+2.5个人提成"), bounds("en gros supérieur à 500 000"), bounds("3千及以下")
    ((False, False, False), (False, True, True), (True, False, False))

    ``present`` (:func:`roles_present`) lets it return at once when no bound word is written.
    """
    if not present & _BOUND_ROLES:
        return  # no word that bounds or approximates an amount: nothing to mark
    n = len(tokens)
    n_text = len(text)
    floor = -1  # the last token of the piece before
    for index, piece in enumerate(pieces):
        single = piece.high is None
        for amount in (piece.low, piece.high):
            # "8000余万", "30-50余万": an approximate word between a number and its magnitude
            if amount is not None and amount.last > amount.first and any(
                tokens[k].kind == "word" and tokens[k].entry.mask & _APPROX_AFTER
                for k in range(amount.first + 1, amount.last + 1)
            ):
                piece.approximate = True
        low = piece.low
        if single and low.last > low.first and any(
            tokens[k].kind == "word" and tokens[k].entry.mask & _LOWER_AFTER and tokens[k].entry.key == "+"
            for k in range(low.first + 1, low.last)
        ):
            piece.lower_open = True  # "50+ LPA": "or more" between the figure and its unit
        # words before: walk back over qualifiers standing right before the amount
        cursor = piece.start
        j = piece.first - 1
        seen_bound = False
        while j > floor:
            token = tokens[j]
            if token.kind != "word" or not (token.end == cursor or _loose(text, token.end, cursor)):
                break
            mask = token.entry.mask
            if not seen_bound and single:
                if mask & _UPPER_BEFORE:
                    piece.upper_open = seen_bound = True
                elif mask & _LOWER_BEFORE:
                    piece.lower_open = seen_bound = True
            if mask & _APPROX_BEFORE and not (mask & _JOIN and j - 1 == floor >= 0):
                piece.approximate = True
            if not mask & _WALK:
                break
            cursor = token.start
            j -= 1
        # words after
        ceiling = pieces[index + 1].first if index + 1 < len(pieces) else n
        cursor = piece.end
        j = piece.last + 1
        if cursor < n_text and text[cursor] == "(":  # "350万円（固定残業代含む）～": a note, then the bound
            j, cursor = _after_note(tokens, text, j, cursor, ceiling)
        stop = min(ceiling, j + 4)  # four words at most
        while j < stop:
            token = tokens[j]
            if token.kind != "word" or not (cursor == token.start or _loose(text, cursor, token.start)):
                break
            entry = token.entry
            if entry.key in ("+", "plus") and _plus_joins(tokens, text, j):
                break  # "70.000 € + Bonus", "底薪4000+提成": "+" means "plus", not "or more"
            mask = entry.mask
            if (
                single
                and not piece.upper_open
                and not piece.lower_open
                and mask & _LOWER_OR_UPPER_AFTER
                and not (j + 1 < n and tokens[j + 1].kind == "num" and _tight(text, token.end, tokens[j + 1].start))
            ):  # "X+" is open, but not "X~Y" written with a number after the word
                if mask & _LOWER_AFTER:
                    piece.lower_open = True
                else:
                    piece.upper_open = True
            if mask & _APPROX_AFTER and not (
                mask & _APPROX_BEFORE
                and j + 1 < n
                and tokens[j + 1].kind == "num"
                and _tight(text, token.end, tokens[j + 1].start)
            ):
                piece.approximate = True  # "700 000 yuans (environ 90 000 €)": said of the euros
            cursor = token.end
            j += 1
        floor = piece.last


def _after_note(tokens: list[Token], text: str, j: int, cursor: int, ceiling: int) -> tuple[int, int]:
    """Skip a short bracketed note without figures when an open-bound word follows it."""
    close = text.find(")", cursor, cursor + 40)
    if close < 0 or "(" in text[cursor + 1 : close]:
        return j, cursor
    k = j
    while k < ceiling and tokens[k].start < close:
        if tokens[k].kind != "word":
            return j, cursor  # a figure in the brackets: an aside, not a note
        k += 1
    if (
        k < ceiling
        and tokens[k].kind == "word"
        and tokens[k].entry.mask & _LOWER_OR_UPPER_AFTER
        and _loose(text, close + 1, tokens[k].start)
    ):
        return k, close + 1
    return j, cursor


def _plus_joins(tokens: list[Token], text: str, j: int) -> bool:
    """True when the "+" at ``j`` adds something ("+ Bonus", "+ VAT"), rather than "or more"."""
    after = tokens[j].end
    window = text[after : after + 40]
    rest = window.lstrip(" \x01")
    adjacent = j + 1 < len(tokens) and tokens[j + 1].start == after + len(window) - len(rest)
    if adjacent and _is_currency(tokens[j + 1]) and j + 2 < len(tokens) and tokens[j + 2].kind == "num":
        return True  # "$60,000 base + $20,000 bonus": another amount is added
    if not rest or not (_LETTER_RE.match(rest) or _ANY_CJK.match(rest) or rest[0].isdigit()):
        return False
    # a period or currency word right after "+" keeps it an open bound ("$50k+ a year")
    if adjacent:
        roles = tokens[j + 1].entry.roles.keys() if tokens[j + 1].kind == "word" else set()
        if roles & {"per", "cur", "noise", "glue"} and not roles & {"other", "salary", "nonsalary"}:
            return False
        # "$200K+ OTE": a "+" glued to the figure, then a word naming the whole pay: "or more"
        if tokens[j + 1].kind == "word" and tokens[j + 1].entry.mask & _TOTAL and len(rest) < len(window):
            return not (j > 0 and tokens[j - 1].end == tokens[j].start)
    return True


_BOUND_ROLES: Final = role_mask("upper_before", "lower_before", "approx_before", "upper_after", "lower_after", "approx_after")
_UPPER_BEFORE: Final = role_mask("upper_before")
_LOWER_BEFORE: Final = role_mask("lower_before")
_APPROX_BEFORE: Final = role_mask("approx_before")
_LOWER_AFTER: Final = role_mask("lower_after")
_LOWER_OR_UPPER_AFTER: Final = role_mask("lower_after", "upper_after")
_TOTAL: Final = role_mask("total")
_LEAD_ROLES: Final = frozenset(
    {"upper_before", "lower_before", "approx_before", "glue", "per", "salary", "mean", "median", "gross", "net"}
)
# the words read_bounds walks back over before an amount
_WALK: Final = role_mask(
    "upper_before", "lower_before", "approx_before", "glue", "per", "salary", "mean", "median", "gross", "net", "noise"
)


# --------------------------------------------------------------------------- currency
def resolve_currency(
    lex: Lexicon, piece: Piece, lang: str | None, country: str | None
) -> tuple[str | None, bool]:
    """The ISO code of the currency written in a piece, and whether it had to be guessed.

    Unambiguous forms win ("¥" before "円" is JPY); an ambiguous symbol takes the currency of
    the market ("$" with AU → AUD); without a market, the currency of the language's usual
    market ("¥" in Chinese → CNY), else the most common one, both marked as guessed ("$" alone
    → USD).

    >>> from ._lexicon import get_lexicon
    >>> lex = get_lexicon()
    >>> def cur(text, lang=None, country=None):
    ...     tokens = lex.tokenize(text)
    ...     piece = find_ranges(tokens, text, find_amounts(tokens, text, lang))[0]
    ...     return resolve_currency(lex, piece, lang, country)
    >>> cur("$80K", country="AU"), cur("¥ 6千", "zh"), cur("¥20万円"), cur("$5"), cur("5 yuans")
    (('AUD', False), ('CNY', True), ('JPY', False), ('USD', True), ('CNY', False))
    >>> cur("月薪 40,000元", "zh", "TW"), cur("40,000元", "zh")
    (('TWD', False), ('CNY', True))
    >>> cur("$16,000 pesos", "es"), cur("$16,000 pesos", "es", "CO")
    (('MXN', True), ('COP', False))
    """
    ambiguous: tuple[str, ...] = ()
    for token in piece.currencies:
        if token.kind == "iso":
            return str(token.value), False
        by_lang = token.entry.roles["cur"]
        value = by_lang[lang] if lang is not None and lang in by_lang else next(iter(by_lang.values()))
        if isinstance(value, tuple):
            options: tuple[str, ...] = value
        elif value in lex.iso_codes:
            return str(value), False
        else:
            options = lex.symbols.get(str(value), ())
        if len(options) == 1:
            return options[0], False
        if options and not ambiguous:
            ambiguous = options
        elif options and options != ambiguous:
            # "$16,000 pesos": the currencies both signs may name
            ambiguous = tuple(c for c in ambiguous if c in options) or ambiguous
    if not ambiguous:
        return None, False
    if country and lex.territory_currency.get(country) in ambiguous:
        return lex.territory_currency[country], False
    home = lex.default_country.get(lang or "")
    if home and lex.territory_currency.get(home) in ambiguous:
        return lex.territory_currency[home], True
    return ambiguous[0], True


# --------------------------------------------------------------------------- period
def find_period(
    tokens: list[Token], text: str, pieces: list[Piece], index: int, lang: str | None, present: int = -1
) -> str | None:
    """The pay period written for ``pieces[index]``: after it in its clause, else before it.

    >>> from ._lexicon import get_lexicon
    >>> def period(text, index=0):
    ...     tokens = get_lexicon().tokenize(text)
    ...     pieces = find_ranges(tokens, text, find_amounts(tokens, text, None))
    ...     return find_period(tokens, text, pieces, index, None)
    >>> period("$22.05 an hourFull-time8 hour shift"), period("Mensuel de 1680,00 Euros sur 12 mois")
    ('hour', 'month')
    >>> period("3 490 – 4 000 zł\\nbrutto / mies. | 22,80 – 23,80 zł brutto / godz.", 1)
    'hour'
    >>> period("暑假工 日结200 月入7000+"), period("暑假工 日结200 月入7000+", 1)
    ('day', 'month')
    >>> period("35h/semaine, 11,88 € brut", 1), period("39h hebdo - 2 100 € brut", 1)
    (None, None)
    >>> period("$2,000 bi-weekly"), period("£900 fortnightly"), period("$2,500 semi-monthly")
    ('week', 'week', 'month')
    >>> period("20 hrs/week, $25/hr", 1), period("Part-time 20 hours a week, $25 an hour", 1)
    ('hour', 'hour')
    >>> period("4天/周 150元/天", 1), period("3天/周 4000元", 1)
    ('day', None)

    A piece rate ("$40 - $75 per visit", "10元/次", "lump sum": the role ``piece``) is read
    where a period is, as :data:`PIECE`: pay per piece of work, not per unit of time.

    >>> period("$40 - $75 per visit"), period("$20/hr plus $0.50 per mile")
    ('piece', 'hour')

    ``present`` (:func:`roles_present`) lets it return at once when no period word is written.
    """
    if not present & _PERIOD_OR_PIECE:
        return None
    piece = pieces[index]
    first = piece.first
    last = piece.last
    # inside the piece: "8 LPA", "5,00 kr/h" (the role bits of a word: one test, see role_mask)
    for token in tokens[first : last + 1]:
        if token.kind == "word" and token.entry.mask & _PERIOD_OR_PIECE:
            return _period_of(token, lang, piece)
    # a label right before the amount: "시급 10,030원 / 주 15시간", "月給22万円", "Mensuel de 1680 €"
    floor = pieces[index - 1].last if index else -1
    j = first - 1
    cursor = piece.start
    while j > floor:
        token = tokens[j]
        if token.kind != "word" or not token.entry.mask & _GLUE:
            break
        if not _loose(text, token.end, cursor):
            break
        cursor = token.start
        j -= 1
    if j > floor:
        token = tokens[j]
        if (
            token.kind == "word"
            and token.entry.mask & _PERIOD_OR_PIECE
            and text[token.start] != "/"  # "/周" is said of what comes before it: "4天/周 150元/天"
            and _loose(text, token.end, cursor)
            and not _said_of_previous(tokens, pieces, index, j, text, cursor)
        ):
            return _period_of(token, lang, piece)
    # after the piece, up to the next piece or the end of the clause; a figure in brackets right
    # after it is an aside ("700 000 yuans (environ 90 000 euros) par an"): read past it
    nxt = pieces[index + 1] if index + 1 < len(pieces) else None
    if nxt is not None and _aside(tokens, text, piece, nxt):
        nxt = pieces[index + 2] if index + 2 < len(pieces) else None
    ceiling = nxt.first if nxt is not None else len(tokens)
    cursor = piece.end
    for j in range(last + 1, ceiling):
        token = tokens[j]
        mask = token.entry.mask if token.kind == "word" else 0
        if _broken(text, cursor, token.start) and (j > last + 1 or mask & _SALARY_ROLE):
            break
        if mask & _OTHER_PAY_ROLE and not mask & _PERIOD:
            break  # "11,07 € + prime d'assiduité/jour": the period of the other pay named
        if mask & _PERIOD_OR_PIECE:
            if nxt is not None and _leads_into(tokens, text, j, nxt):
                break
            return _period_of(token, lang, piece)
        cursor = token.end
    # before the piece, back to the previous piece or the start of the clause
    cursor = piece.start
    for j in range(first - 1, floor, -1):
        token = tokens[j]
        if _broken(text, token.end, cursor) or _said_of_previous(tokens, pieces, index, j, text):
            break
        if token.kind == "word" and token.entry.mask & _PERIOD_OR_PIECE:
            if text[token.start] == "/" and token.start and not text[token.start - 1].isspace():
                break  # glued to what comes before it, not this piece's: "3天/周 4000元"
            if _ends_sentence(text, token.end, cursor):
                break  # "2 jours de télétravail par semaine. 45-50k€": the days' week
            return _period_of(token, lang, piece)
        cursor = token.start
    return None


_ASIDE_OPEN: Final = frozenset("(（")
_ASIDE_CLOSE: Final = frozenset(")）")
_ASIDE_ROLES: Final = role_mask("approx_before", "approx_after", "glue")


def _aside(tokens: list[Token], text: str, piece: Piece, nxt: Piece) -> bool:
    """True when ``nxt`` stands in brackets right after ``piece``, with at most an approximation
    word before it: "700 000 yuans (environ 90 000 euros)" (the same pay in another currency)."""
    gap = text[piece.end : nxt.start]
    if len(gap) > 16 or not _ASIDE_OPEN & set(gap):
        return False
    for token in tokens[piece.last + 1 : nxt.first]:
        if token.kind != "word" or token.entry.mask & ~_ASIDE_ROLES:
            return False
    rest = text[nxt.end : nxt.end + 3].lstrip(" \x01")
    return bool(rest) and rest[0] in _ASIDE_CLOSE


def _said_of_previous(
    tokens: list[Token], pieces: list[Piece], index: int, j: int, text: str, until: int = -1
) -> bool:
    """True when the word at ``j`` follows the previous piece right away and stands closer to it
    than to ``pieces[index]`` ("35h/semaine, 11,88 €/h": "/semaine" is said of the 35 hours), or
    is cut from ``pieces[index]`` by a comma ("20 hrs/week, $25/hr"). ``until``: where the small
    words between the label and the piece begin ("35H Mensuel de 2000 €": "de" ties "Mensuel" to
    the euros)."""
    if not index or j != pieces[index - 1].last + 1:
        return False
    previous, piece = pieces[index - 1], pieces[index]
    gap_before = tokens[j].start - previous.end
    gap_after = (piece.start if until < 0 else until) - tokens[j].end
    if gap_before < gap_after or (
        gap_before == gap_after and _hours_before(text, previous.end, tokens[j].start)
    ):
        return True  # "35 h / semaine - 1 900 €": the week of the hours, however far
    return any(c in text[tokens[j].end : piece.start] for c in ",，") and not any(
        c in text[previous.end : tokens[j].start] for c in ",，"
    )


def _ends_sentence(text: str, start: int, end: int) -> bool:
    """True when a full stop and a space follow a word at ``start`` (before ``end``): the word
    closes its sentence ("… par semaine. 45-50k€"); an abbreviation keeps its dot in its token
    ("p.a.", "mens.") and is no sentence end."""
    return start + 1 < end and text[start] == "." and text[start + 1].isspace()


def _lines_below(text: str, start: int, end: int) -> bool:
    """True when a line break and other words stand between ``start`` and ``end``: what comes
    next is lines below, another field of a card, not the amount's own line."""
    return text.find("\n", start, end) >= 0 and not _loose(text, start, end)


def _hours_before(text: str, start: int, end: int) -> bool:
    """True when an hour unit stands right after a figure ("35 h", "35h", "35 heures")."""
    return text[start:end].strip(" \x01").lower() in ("h", "heures", "hrs", "hours", "std.", "uur")


def _period_of(token: Token, lang: str | None, piece: Piece) -> str:
    """The period a period word names for ``piece``.

    A word naming a span of several periods (``spans`` in ``data/periods.yaml``: "bi-weekly",
    "fortnightly", "semi-monthly") names its base period, and the piece's amounts are rescaled
    to it once: "$2,000 bi-weekly" is 1,000 a week.
    """
    if not token.entry.mask & _PERIOD:
        return PIECE  # a piece word: no period of time
    period = str(token.entry.get("per", lang))
    span = _period_data().get("spans", {}).get(period)
    if span is None:
        return period
    base, count = span
    if not piece.rescaled:
        factor = Decimal(str(count))
        piece.low.value /= factor
        if piece.high is not None:
            piece.high.value /= factor
        piece.rescaled = True
    return str(base)


def _leads_into(tokens: list[Token], text: str, j: int, nxt: Piece) -> bool:
    """True when the word at ``j`` opens the next piece ("…; Mensuel de 2000 €")."""
    gap_before = tokens[j].start - tokens[j - 1].end if j > 0 else 0
    cursor = tokens[j].end
    for k in range(j + 1, nxt.first):
        token = tokens[k]
        if token.kind != "word" or not token.entry.roles.keys() & _LEAD_ROLES:
            return False
        if not _loose(text, cursor, token.start):
            return False
        cursor = token.end
    # it opens the next piece when it sits closer to it than to what comes before it
    return _loose(text, cursor, nxt.start) and nxt.start - cursor < gap_before


@functools.cache
def _period_data() -> dict[str, Any]:
    data: dict[str, Any] = load_yaml("periods.yaml")
    return data


def infer_period(
    amount: Decimal, currency: str | None, country: str | None, magnitude: int | None = None
) -> str | None:
    """The period an expert reads for an amount written without one (``data/periods.yaml``).

    The amount must fall in the currency's plausible band for a period; when several bands
    fit, the market's usual order decides. ``magnitude``: the multiplier the figure was written
    with (10 000 for "万"), when ``inference`` in periods.yaml narrows the bands for it.

    >>> infer_period(Decimal(15000), "CNY", "CN"), infer_period(Decimal(72000), "USD", None)
    ('month', 'year')
    >>> infer_period(Decimal(24007), "CNY", None), infer_period(Decimal(239000), "USD", "US")
    ('month', 'year')
    >>> infer_period(Decimal(375000), "INR", "IN"), infer_period(Decimal(26040), "PLN", "PL")
    ('year', 'month')
    >>> infer_period(Decimal(1), "CNY", "CN") is None, infer_period(Decimal(5000), None, None)
    (True, None)
    """
    if currency is None:
        return None
    data = _period_data()
    bands = data["ranges"].get(currency)
    if bands is None:
        factor = data.get("usd_factor", {}).get(currency)
        if factor is None:
            return None
        bands = {p: [lo * factor, hi * factor] for p, (lo, hi) in data["ranges"]["USD"].items()}
    narrower = data.get("inference", {}).get(currency, {}).get(magnitude) if magnitude else None
    if narrower:  # a bare figure written with that magnitude ("15-25万" is yearly, "80-100k" monthly)
        bands = {**bands, **narrower}
    markets = data["markets"]
    market = country if country in markets else data.get("currency_markets", {}).get(currency, "DEFAULT")
    order = markets.get(market, markets["DEFAULT"])
    value = float(amount)
    for period in order:
        band = bands.get(period)
        if band is not None and band[0] <= value <= band[1]:
            return str(period)
    return None


def plausible(amount: Decimal, currency: str, period: str) -> bool:
    """True when ``amount`` is a plausible pay per ``period`` in ``currency`` (or unknown).

    >>> plausible(Decimal(5), "EUR", "year"), plausible(Decimal(45000), "EUR", "year")
    (False, True)
    """
    data = _period_data()
    bands = data["ranges"].get(currency)
    if bands is None:
        factor = data.get("usd_factor", {}).get(currency)
        if factor is None:
            return True
        low, high = data["ranges"]["USD"][period]
        return bool(low * factor <= amount <= high * factor)
    low, high = bands[period]
    return bool(low <= amount <= high)


def implied_unit(amount: Decimal, currency: str, period: str | None) -> int | None:
    """The unit a figure written without a currency is told in, when read in currency units
    it is no plausible pay for ``period`` but in that unit it is (``implied_units`` in
    periods.yaml: Korean pay is told in 만원, "연봉 3800" is 38,000,000 won a year); with no
    period, plausible for some period.

    >>> implied_unit(Decimal(3800), "KRW", "year"), implied_unit(Decimal(5), "KRW", "year")
    (10000, None)
    >>> implied_unit(Decimal(300), "KRW", None), implied_unit(Decimal(3800), "EUR", "year")
    (10000, None)
    """
    unit = _period_data().get("implied_units", {}).get(currency)
    if unit is None:
        return None
    if period is None:
        return int(unit) if infer_period(amount * unit, currency, None) is not None else None
    return int(unit) if plausible(amount * unit, currency, period) else None


# --------------------------------------------------------------------------- qualifiers
class Qualifiers:
    """What the words around a piece say about it (a plain class, for the reason given on
    :class:`Amount`)."""

    __slots__ = (
        "context", "cue", "gross", "negotiable", "payments", "payments_monthly", "probation", "statistic",
    )

    def __init__(self, context: str | None = None) -> None:
        self.gross: bool | None = None
        self.statistic: str | None = None
        self.payments: int | None = None
        self.payments_monthly = False
        self.negotiable = False
        self.context = context  # "salary", "other", "nonsalary" or None
        self.cue: str | None = None  # the word that decided ``context``
        self.probation = False

    def __repr__(self) -> str:
        fields = ("gross", "statistic", "payments", "payments_monthly", "negotiable", "context", "cue", "probation")
        return "Qualifiers(" + ", ".join(f"{name}={getattr(self, name)!r}" for name in fields) + ")"


def _clause_start(tokens: list[Token], text: str, pieces: list[Piece], index: int) -> int:
    """The index of the token before the clause of ``pieces[index]`` (an exclusive bound)."""
    piece = pieces[index]
    lo = pieces[index - 1].last if index else -1
    j = piece.first - 1
    cursor = start = piece.start
    while j > lo:
        token = tokens[j]
        end = token.end
        if start - end > 160:
            break
        if cursor - end <= 1:  # no gap, or one character: the common cases, without a search
            if cursor > end and text[end] in _BREAK_CHARS:
                break
        elif _broken(text, end, cursor):  # the capital after the gap ends a sentence: ". Rémunération"
            break
        if (
            text[end - 1] == "."
            and end - token.start > 1
            and cursor > end
            and text[cursor].isupper()
            and text[cursor + 1 : cursor + 2].islower()  # not all capitals: "W 2025 R. WYNOSI"
        ):
            break  # a word that holds the full stop of its sentence: "1500€ brut. Rémunération : …"
        cursor = token.start
        j -= 1
    return j


def _clause_end(tokens: list[Token], text: str, pieces: list[Piece], index: int) -> int:
    """The index of the token after the clause of ``pieces[index]`` (an exclusive bound); the
    word right after the piece is in its clause unless a pay word opens a new line."""
    piece = pieces[index]
    hi = pieces[index + 1].first if index + 1 < len(pieces) else len(tokens)
    k = piece.last + 1
    cursor = piece.end
    while k < hi:
        token = tokens[k]
        # the words right after the amount may stand on the next line ("4 000 zł\nbrutto / mies."),
        # but a pay word after a clause end opens the phrase of another amount
        if _broken(text, cursor, token.start) and (
            k > piece.last + 1 or _has(token, "salary") or _lines_below(text, cursor, token.start)
        ):
            break  # nor is a word lines below it ("2-3K\n长沙·开福区\n…不需要融资20-99人")
        cursor = token.end
        k += 1
    return k


def read_qualifiers(
    tokens: list[Token], text: str, pieces: list[Piece], index: int, lang: str | None, present: int = -1
) -> Qualifiers:
    """Gross/net, mean/median, payments a year, negotiable and the kind of money around a piece.

    >>> from ._lexicon import get_lexicon
    >>> def quals(text, index=0):
    ...     tokens = get_lexicon().tokenize(text)
    ...     pieces = find_ranges(tokens, text, find_amounts(tokens, text, None))
    ...     q = read_qualifiers(tokens, text, pieces, index, None)
    ...     return q.gross, q.statistic, q.payments, q.context
    >>> quals("15-25K·13薪"), quals("Le salaire moyen était de 24 007 yuans")
    ((None, None, 13, None), (None, 'mean', None, 'salary'))
    >>> quals("un budget de 2,5 milliards de dollars"), quals("6 309 zł brutto / mies.")
    ((None, None, None, 'nonsalary'), (True, None, None, 'salary'))
    >>> quals("18000 - 24000/annum plus commission OTE 50-60k", 1)
    (None, None, None, 'other')
    >>> quals("Prime annuelle : 3 000 €"), quals("Budget mensuel : 3 000 €")
    ((None, None, None, 'other'), (None, None, None, 'nonsalary'))

    ``present`` (:func:`roles_present`) lets it skip what no written word can change.
    """
    piece = pieces[index]
    q = Qualifiers()
    if not present & _TELLING_ROLES:
        return q  # no word that qualifies or names money: nothing to read
    named: int | None = None
    first = piece.first
    last = piece.last
    lo = _clause_start(tokens, text, pieces, index)
    if present & (_QUALIFIER_ROLES | COUNT_BIT | _NONSALARY_ROLE | _SALARY_ROLE):
        hi = _clause_end(tokens, text, pieces, index)
    else:  # only the word right after the piece is read, and it is always in the clause
        hi = pieces[index + 1].first if index + 1 < len(pieces) else len(tokens)
    if present & (_QUALIFIER_ROLES | COUNT_BIT):  # else no qualifying word nor count is written
        # the words of the clause before the piece, then after it; a mean or median word that
        # labels the next figure ("月給18万円+能率給（平均月収28万円）") is that figure's
        next_label = _next_label(tokens, text, pieces, index, hi) if present & _MEAN_OR_MEDIAN else hi
        before = True
        for around in (tokens[lo + 1 : first], tokens[last + 1 : hi]):
            for position, token in enumerate(around, last + 1):
                token_kind = token.kind
                if token_kind == "word":
                    entry = token.entry
                    mask = entry.mask
                    if not mask & _QUALIFIER_ROLES:
                        continue  # the common case: a word that qualifies nothing
                    if mask & _PAYMENTS_NAMED_ROLE:
                        # "più tredicesima e quattordicesima": the last month named
                        named = max(named or 0, int(entry.get("payments_named", lang)))
                    if q.gross is None and mask & _GROSS_OR_NET:
                        q.gross = bool(mask & _GROSS_ROLE)  # gross wins when a word is both
                    if q.statistic is None and mask & _MEAN_OR_MEDIAN and (before or position < next_label):
                        q.statistic = "mean" if mask & _MEAN_ROLE else "median"
                    if mask & _NEG_ROLE:
                        q.negotiable = True
                    if before and mask & _PROBATION_ROLE:
                        q.probation = True
                elif token_kind == "count":
                    entry, count = token.entry, int(token.value[1])
                    mask = entry.mask
                    if not mask & _PAYMENTS_ROLES or not _payments_plausible(count):
                        continue  # "3 x 2": no count of payments a year
                    if mask & _PAYMENTS_MONTHLY_ROLE:
                        q.payments, q.payments_monthly = count, True
                    elif q.payments is None and mask & _PAYMENTS_ROLE:
                        q.payments = count
            before = False
        if q.gross is None:
            # a currency phrase that holds the word: "1700 e brut"
            for token in piece.currencies:
                if token.kind == "word" and token.entry.mask & _GROSS_OR_NET:
                    q.gross = bool(token.entry.mask & _GROSS_ROLE)
                    break
        if q.gross is None and piece.is_range:
            # written between the ends: "2 000 € brut - 2 500 € brut", "月給25万円(税込)～30万円"
            for token in tokens[first + 1 : last]:
                if token.kind == "word" and token.entry.mask & _GROSS_OR_NET:
                    q.gross = bool(token.entry.mask & _GROSS_ROLE)
                    break
    # the kind of money: the nearest telling word before the piece, else the one right after
    if present & COUNT_BIT:
        k = first - 1
        while k > lo and _word_has(tokens[k], _GLUE):
            k -= 1
        if (
            k > lo
            and tokens[k].kind == "count"
            and tokens[k].entry.mask & _PAYMENT_RANK_ROLE
            and _loose(text, tokens[k].end, tokens[k + 1].start)
        ):
            # "13e mois : 3 000 €": the amount of that payment ("14 pagas de 2.000 €" counts them)
            label = tokens[k]
            q.context, q.cue = "other", text[label.start : label.end]
    # no telling word before (a payment label is one): the one right after the piece tells
    look_after = q.context is None
    if look_after:
        cursor = piece.start
        for j in range(first - 1, lo, -1):
            token = tokens[j]
            end = token.end
            if cursor > end and (text[end] in ",，" or _has_comma(text, end + 1, cursor)):
                look_after = False
                break  # "$500 sign-on bonus, $17/hr": the word belongs to the amount before the comma
            if token.kind == "word" and token.entry.mask & _CONTEXT_ROLES:
                kind = _context(token)
                if (
                    kind == "other"
                    and j - 2 > lo
                    and tokens[j - 1].kind == "word"
                    and tokens[j - 1].entry.key == "+"
                    and _word_has(tokens[j - 2], _SALARY_ROLE)
                ):
                    # "底薪+提成：5000元", "Fixe + variable : 35 K€": a base-pay word labels the pay
                    kind, j = "salary", j - 2
                    token = tokens[j]
                    end = token.end
                if (
                    kind in ("other", "nonsalary")
                    and _said_of_previous(tokens, pieces, index, j, text)
                    and not _broken(text, pieces[index - 1].end, end)
                ):
                    break  # "$20k signing bonus and $120k base": the word is said of the figure before
                k = j - 1
                while k > lo and _word_has(tokens[k], _GLUE):
                    k -= 1  # "交通費：月3万円": past the colon
                if (
                    kind == "salary"
                    and not token.entry.mask & _SALARY_ROLE
                    and k > lo
                    and _same_phrase(text, tokens[k].end, token.start)  # not "Tickets restaurant, Mensuel"
                    and _context(tokens[k]) in ("other", "nonsalary")
                ):
                    j = k  # "Prime annuelle : 3 000 €": the period word says how often the bonus comes
                    kind = _context(tokens[j])
                q.context, q.cue = kind, text[tokens[j].start : tokens[j].end]
                look_after = False
                if kind == "salary" and _named_after(tokens, text, piece, j, hi):
                    # "We offer a $500 referral bonus.": a pay word that is no label of the
                    # amount (a word stands between them) says less than the other pay named
                    # right after it
                    nxt = tokens[last + 1]
                    q.context, q.cue = "other", text[nxt.start : nxt.end]
                break
            cursor = token.start
    if look_after:
        j = last + 1
        cursor = piece.end
        while (
            j + 1 < hi
            and _word_has(tokens[j], _GLUE_GROSS_OR_NET)
            and not (tokens[j].entry.mask & _CONTEXT_ROLES and not _word_has(tokens[j], _GLUE))
        ):
            if not _loose(text, cursor, tokens[j].start):
                break
            # "1.000 euro di bonus", "2.000 euros de sueldo"; past a gross or net word that
            # tells nothing more ("netti al mese" is a period): "700 zł brutto dodatku" is an
            # allowance
            cursor = tokens[j].end
            j += 1
        if j < hi:
            token = tokens[j]
            telling = token.kind == "word" and token.entry.mask & _CONTEXT_ROLES
            if telling and _loose(text, cursor, token.start):
                q.context, q.cue = _context(token), text[token.start : token.end]
    if q.context is None and present & _NONSALARY_ROLE:  # "完成2亿元B轮融资": money named by a word after it
        for j in range(last + 1, hi):
            if _word_has(tokens[j], _NONSALARY_ROLE):
                q.context, q.cue = "nonsalary", text[tokens[j].start : tokens[j].end]
                break
    if q.payments is None:
        if named is not None:
            q.payments = named
        elif hi < len(tokens) and present & (COUNT_BIT | _PAYMENTS_NAMED_ROLE):
            q.payments = _payments_later(tokens, text, pieces, index, hi, lang)
    if (
        (q.gross is None or q.statistic is None)
        and index
        and lo == pieces[index - 1].last  # a figure right before the clause: its words may be ours
        and present & (_GROSS_OR_NET | _MEAN_OR_MEDIAN)
    ):
        _kind_before_figures(tokens, text, pieces, index, lo, q)
    return q


_LABEL_ROLES: Final = role_mask("mean", "median", "salary", "per", "glue")


def _named_after(tokens: list[Token], text: str, piece: Piece, j: int, hi: int) -> bool:
    """True when the pay word at ``j`` does not label ``piece`` (a word that is no glue stands
    between them: "We offer a $500 referral bonus") and an other-pay word follows the piece
    right away: that word names the amount.

    >>> from ._lexicon import get_lexicon
    >>> def named(text):
    ...     tokens = get_lexicon().tokenize(text)
    ...     pieces = find_ranges(tokens, text, find_amounts(tokens, text, "en"))
    ...     return _named_after(tokens, text, pieces[0], 0, len(tokens))
    >>> named("We offer a $500 referral bonus."), named("Salary: $500 bonus")
    (True, False)
    """
    first, last = piece.first, piece.last
    if last + 1 >= hi:
        return False
    nxt = tokens[last + 1]
    if nxt.kind != "word" or not nxt.entry.mask & _OTHER_PAY_ROLE or nxt.entry.mask & _SALARY_ROLE:
        return False
    if not _loose(text, piece.end, nxt.start):
        return False
    between = tokens[j + 1 : first]
    return any(t.kind != "word" or not t.entry.mask & _GLUE for t in between)


def _next_label(tokens: list[Token], text: str, pieces: list[Piece], index: int, hi: int) -> int:
    """The index of the first token of the label of the figure after ``pieces[index]`` when the
    clause ends on it ("月給25万円（平均年収400万円）", "底薪3000+提成（平均月收入8000）": pay,
    period and mean / median words written tight before that figure, apart from ours); ``hi``
    when there is none ("$50,000 average, $60,000 median": the word follows ours).

    >>> from ._lexicon import get_lexicon
    >>> def label(text):
    ...     tokens = get_lexicon().tokenize(text)
    ...     pieces = find_ranges(tokens, text, find_amounts(tokens, text, None))
    ...     k = _next_label(tokens, text, pieces, 0, pieces[1].first)
    ...     return text[tokens[k].start :] if k < pieces[1].first else None
    >>> label("月給25万円（平均年収400万円）"), label("$50,000 average, $60,000 median")
    ('平均年収400万円）', None)
    """
    if index + 1 >= len(pieces) or hi != pieces[index + 1].first:
        return hi
    k, cursor, mean = hi, pieces[index + 1].start, False
    while k - 1 > pieces[index].last:
        token = tokens[k - 1]
        if not _word_has(token, _LABEL_ROLES) or not _tight_label(text, token.end, cursor):
            break
        mean = mean or bool(token.entry.mask & _MEAN_OR_MEDIAN)
        k, cursor = k - 1, token.start
    if not mean or (k == pieces[index].last + 1 and _tight_label(text, pieces[index].end, cursor)):
        return hi  # no mean word, or the label follows our figure with nothing between
    return k


def _word_has(token: Token, mask: int) -> bool:
    """True when ``token`` is a word with one of the roles of ``mask`` (:func:`role_mask`)."""
    return token.kind == "word" and bool(token.entry.mask & mask)


def _same_phrase(text: str, start: int, end: int) -> bool:
    """True when only spaces, a colon or a few words with no punctuation stand between ``start``
    and ``end``: "Prime annuelle", "titres restaurant d'une valeur journalière" (one phrase),
    not "Tickets restaurant, Mensuel" (a list)."""
    gap = text[start:end].strip(" \x01:：")
    return not gap or (len(gap) <= 24 and _PHRASE_WORDS.fullmatch(gap) is not None)


_PHRASE_WORDS: Final = re.compile(r"[^\W\d_]+(?:['’ \x01]+[^\W\d_]+)*")


def _has_comma(text: str, start: int, end: int) -> bool:
    """True when a comma, Latin or fullwidth, stands between ``start`` and ``end`` in ``text``."""
    return text.find(",", start, end) >= 0 or text.find("，", start, end) >= 0


def _kind_before_figures(
    tokens: list[Token], text: str, pieces: list[Piece], index: int, lo: int, q: Qualifiers
) -> None:
    """Gross/net and mean/median words of the sentence that stand before a year or a
    percentage ("medellönen 2023 37 300 kronor", "средняя зарплата выросла на 18% и составила
    87 000 рублей"); not before a count, whose words may be its own ("gemiddeld 40 uur").

    >>> from ._lexicon import get_lexicon
    >>> def stat(text):
    ...     tokens = get_lexicon().tokenize(text)
    ...     pieces = find_ranges(tokens, text, find_amounts(tokens, text, None))
    ...     return read_qualifiers(tokens, text, pieces, len(pieces) - 1, None).statistic
    >>> stat("medellönen 2023 37 300 kronor"), stat("medellön 30 000 kr, 2023 37 300 kronor")
    ('mean', None)
    """
    k = index - 1
    while k >= 0 and index - k <= 2 and lo == pieces[k].last:
        prev = pieces[k]
        raw = text[prev.start : prev.end]
        if not (prev.low.percent or (raw.isdigit() and len(raw) == 4 and 1900 <= int(raw) <= 2100)):
            return  # money or a count of things: the words before it are its own
        lo_k = _clause_start(tokens, text, pieces, k)
        for token in tokens[lo_k + 1 : prev.first]:
            if token.kind != "word":
                continue
            roles = token.entry.roles
            if q.gross is None and ("gross" in roles or "net" in roles):
                q.gross = "gross" in roles
            if q.statistic is None and ("mean" in roles or "median" in roles):
                q.statistic = "mean" if "mean" in roles else "median"
        lo, k = lo_k, k - 1


def _payments_later(
    tokens: list[Token], text: str, pieces: list[Piece], index: int, hi: int, lang: str | None
) -> int | None:
    """A count of payments stated later in the sentence, past other figures: the pay scheme
    of the whole sentence ("4.500 € p/m + 8% vakantiegeld + 13e maand", "3.500 € im Monat,
    also 45.500 € im Jahr bei 13 Gehältern"). A count that labels the amount right after it
    ("13e mois : 3 000 €") is that amount's, not a count.

    >>> from ._lexicon import get_lexicon
    >>> def later(text):
    ...     tokens = get_lexicon().tokenize(text)
    ...     pieces = find_ranges(tokens, text, find_amounts(tokens, text, None))
    ...     return _payments_later(tokens, text, pieces, 0, pieces[1].first, None)
    >>> later("€ 4.500 bruto p/m + 8% vakantiegeld + 13e maand"), later("2 000 € brut ; 13e mois : 3 000 €")
    (13, None)
    """
    firsts = {p.first for p in pieces[index + 1 :]}
    cursor = tokens[hi - 1].end if hi > pieces[index].last + 1 else pieces[index].end
    for k in range(hi, len(tokens)):
        token = tokens[k]
        if _broken(text, cursor, token.start):
            return None
        cursor = token.end
        if token.kind == "count":
            entry, count = token.entry, int(token.value[1])
            if "payments" in entry.roles and _payments_plausible(count):
                if k + 1 in firsts and _loose(text, token.end, tokens[k + 1].start):
                    continue  # "13e mois : 3 000 €": a label
                return int(count)
        elif token.kind == "word" and "payments_named" in token.entry.roles:
            return int(token.entry.get("payments_named", lang))
    return None


_QUALIFIER_ROLES: Final = role_mask("gross", "net", "mean", "median", "neg", "probation", "payments_named")
_NONSALARY_ROLE: Final = role_mask("nonsalary")
_SALARY_ROLE: Final = role_mask("salary")
_OTHER_PAY_ROLE: Final = role_mask("other")
_GROSS_ROLE: Final = role_mask("gross")
_GROSS_OR_NET: Final = role_mask("gross", "net")
_GLUE_GROSS_OR_NET: Final = role_mask("glue", "gross", "net")
_MEAN_ROLE: Final = role_mask("mean")
_MEAN_OR_MEDIAN: Final = role_mask("mean", "median")
_NEG_ROLE: Final = role_mask("neg")
_PROBATION_ROLE: Final = role_mask("probation")
_PAYMENTS_ROLE: Final = role_mask("payments")
_PAYMENTS_MONTHLY_ROLE: Final = role_mask("payments_monthly")
_PAYMENTS_ROLES: Final = role_mask("payments", "payments_monthly")
_PAYMENTS_NAMED_ROLE: Final = role_mask("payments_named")
_PAYMENT_RANK_ROLE: Final = role_mask("payment_rank")
_CONTEXT_ROLES: Final = role_mask("nonsalary", "other", "salary", "per")  # the words _context reads
_TELLING_ROLES: Final = _QUALIFIER_ROLES | COUNT_BIT | role_mask("glue", "nonsalary", "other", "salary", "per")


def _payments_plausible(count: int) -> bool:
    """True for a number of payments a year a salary is paid in (``payments`` in periods.yaml).

    >>> _payments_plausible(13), _payments_plausible(2), _payments_plausible(24)
    (True, False, True)
    """
    low, high = _period_data().get("payments", (1, 999))
    return bool(low <= count <= high)


def _context(token: Token) -> str | None:
    if token.kind != "word":
        return None
    roles = token.entry.roles
    if "nonsalary" in roles:
        return "nonsalary"
    if "other" in roles:
        return "other"
    if "salary" in roles or "per" in roles:
        return "salary"
    return None


def labelled_pay(tokens: list[Token], text: str, piece: Piece) -> bool:
    """True when a base-pay word stands right before the amount ("底薪3000-5000", "Salaire : 2 000"):
    the amount is the pay of that label, even with no currency or period written.

    >>> from ._lexicon import get_lexicon
    >>> def labelled(text):
    ...     tokens = get_lexicon().tokenize(text)
    ...     return labelled_pay(tokens, text, find_ranges(tokens, text, find_amounts(tokens, text, None))[0])
    >>> labelled("底薪3000-5000+提成"), labelled("Salaire : 2 000"), labelled("Salaire de base, 3 postes")
    (True, True, False)
    """
    j = piece.first - 1
    cursor = piece.start
    while j >= 0 and _has(tokens[j], "glue") and _loose(text, tokens[j].end, cursor):
        cursor = tokens[j].start
        j -= 1
    return j >= 0 and _has(tokens[j], "salary") and _tight_label(text, tokens[j].end, cursor)


def _tight_label(text: str, start: int, end: int) -> bool:
    """Only spaces and a colon between a label and its amount ("薪资：", "Salary: ")."""
    return start <= end and not text[start:end].strip(" \x01:：")


def classify(piece: Piece, q: Qualifiers, period_written: bool) -> str:
    """The kind of a money mention: "salary", "other_pay", "non_salary", "percent" or "number".

    "number" is a bare number (no currency, magnitude, period or pay word around it), read as a
    salary only when nothing better is found and it is plausible as one.

    >>> a = Amount(Decimal(5), Decimal(5), None, 0, 0, 0, 1)
    >>> classify(Piece(a, None, [], 0, 0, 0, 1), Qualifiers(), False)
    'number'
    >>> classify(Piece(a, None, [], 0, 0, 0, 1), Qualifiers(context="nonsalary"), False)
    'non_salary'
    """
    if piece.low.percent:
        return "percent"
    if q.context == "nonsalary":
        return "non_salary"
    if q.context == "other":
        return "other_pay"
    if (
        piece.currencies
        or piece.low.mag is not None
        or (piece.high is not None and piece.high.mag is not None)
        or period_written
        or q.payments is not None
        or q.context == "salary"
        or piece.low.hints
    ):
        return "salary"
    return "number"


def territory_of(currency: str | None) -> str | None:
    """The country a currency is the home currency of, when its code says so (CNY → CN).

    >>> territory_of("CNY"), territory_of("EUR"), territory_of(None)
    ('CN', None, None)
    """
    if currency is None:
        return None
    country = currency[:2]
    if country == "EU":  # a union of markets, not one market
        return None
    return country if _territories().get(country) == currency else None


@functools.cache
def _territories() -> dict[str, str]:
    territories: dict[str, str] = load_cldr().get("territory_currency", {})
    return territories
