"""Find money in running text: numbers with their currency, magnitude, period, range and bounds.

This is extraction's own candidate finder, used while the parser exposes no scanner (see
:mod:`salarykit._extract`). It works on a *cleaned* copy of the text that has exactly the same
length as the original (HTML tags, URLs and dates blanked out), so every span it returns is a
span of the original text.

>>> [(m.low, m.high, m.currency, m.period) for m in find_money("de 700 000 à 1,2 million de yuans/an")]
[(Decimal('700000'), Decimal('1200000'), 'CNY', 'year')]
>>> [(m.low, m.high, m.percent) for m in find_money("entre 5 % et 11 %")]
[(Decimal('5'), Decimal('11'), True)]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from ._extract_lexicon import Syntax, syntax

__all__ = ["RawMoney", "clean", "entity_start", "find_money", "parse_number", "tidy"]

# A number: digits with optional thousands groups (space, no-break spaces, dot, comma, apostrophe
# followed by exactly three digits) and an optional decimal part. Not glued to Latin letters on
# the left ("V3", "R1" are names, not amounts).
_NUMBER = re.compile(
    # the first digit, then the check on what precedes it (a pattern that starts with a
    # plain character class lets the regex engine skip quickly from digit to digit)
    r"(\d(?<![0-9A-Za-z\u00C0-\u024F_.,]\d)"
    r"(?:\d?(?:,\d\d)+,\d{3}(?!\d)(?:\.\d+)?"  # Indian grouping: 2,25,000 / 10,00,000
    # a run of no-break spaces groups too: "30&nbsp;000" is cleaned to one (see clean())
    r"|\d{0,2}(?:(?:[ \u202f\u2009]|\u00a0+|[.,'’])\d{3}(?!\d))+(?:[.,]\d+)?|\d*(?:[.,]\d+)?))"
)
# Things that contain digits but are no amounts: they are blanked out before scanning.
# Two passes, each led by one kind of character, so the regex engine can skip ahead quickly.
_MARKUP = re.compile(
    r"<[^<>]{0,300}>"  # HTML tags
    r"|&(?:[a-zA-Z]{2,8}|#\d{1,6}|#[xX][0-9a-fA-F]{1,5});"  # HTML entities
    r"|@[\w-]+\.[\w.]+"  # e-mail domains (a number glued to the local part is no amount)
)
# Dates and clock times as whole tokens (no digit, or separator and digit, glued on either
# side): 2024-08-21, 10:30, 21/08/2024. The pattern starts with a digit class so that the regex
# engine skips quickly from digit to digit; only real dates reach the replacement.
_DATES = re.compile(
    r"[0-9](?<![0-9][0-9])(?<![0-9][-/.:][0-9])"
    r"(?:(?<=[12])[0-9]{3}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12][0-9]|3[01])"
    r"|[0-9]?(?::[0-9]{2}(?::[0-9]{2})?|/[0-9]{1,2}/[0-9]{2,4}))"
    r"(?![0-9])(?![-/.:][0-9])"
)


# HTML entities that write part of an amount: cleaned to no-break spaces ending with the
# character they stand for, so "30&nbsp;000&nbsp;&euro;" is found as one amount whose span ends
# with the entity (a span that starts inside one is moved back to its "&", see entity_start())
_ENTITIES = {
    "nbsp": "\u00a0", "#160": "\u00a0", "#xa0": "\u00a0", "thinsp": "\u2009", "#8201": "\u2009",
    "#8239": "\u202f", "#x202f": "\u202f", "euro": "€", "#8364": "€", "#x20ac": "€",
    "pound": "£", "#163": "£", "#xa3": "£", "yen": "¥", "#165": "¥", "#xa5": "¥",
    "dollar": "$", "#36": "$", "#x24": "$", "ndash": "–", "#8211": "–", "#x2013": "–",
    "mdash": "—", "#8212": "—", "minus": "−", "percnt": "%", "#37": "%",
}  # fmt: skip


# block-level tags end a line: "</p><p>" ends a paragraph as a blank line does
_BLOCK_TAG = re.compile(
    r"</?\s*(?:p|div|li|ul|ol|tr|td|th|table|br|h[1-6]|dt|dd|dl|section|article|header|footer"
    r"|blockquote|pre|hr)\b",
    re.IGNORECASE,
)


def _blank_markup(m: re.Match[str]) -> str:
    token = m.group()
    if token[0] == "&":
        char = _ENTITIES.get(token[1:-1].lower())
        if char is not None:
            return "\u00a0" * (len(token) - 1) + char
    elif token[0] == "<" and _BLOCK_TAG.match(token):
        return "\n" + " " * (len(token) - 1)
    return " " * len(token)


def entity_start(original: str, cleaned: str, pos: int) -> int:
    """Where a span that starts at ``pos`` really starts: at the "&" of an HTML entity when
    ``pos`` is the character the entity was cleaned to ("&pound;30,000").

    >>> text = "&pound;30,000"
    >>> entity_start(text, clean(text), 6)
    0
    """
    if pos < len(original) and original[pos] == ";" and cleaned[pos] != ";":
        amp = original.rfind("&", max(0, pos - 10), pos)
        if amp >= 0:
            return amp
    return pos


def _blank(m: re.Match[str]) -> str:
    return " " * (m.end() - m.start())


_URL = re.compile(r"://|www\.")
_URL_START = re.compile(r"[A-Za-z][A-Za-z0-9+.-]{0,15}\Z")
_URL_REST = re.compile(r"\S+")
_MAX_DIGITS = 18  # 15 digits of amount, a decimal point and two decimals
_GROUP_MARKS = str.maketrans("", "", " \u00a0\u202f\u2009'’")
_FULLWIDTH_CHARS = re.compile("[０-９．％＄]")
_FULLWIDTH = str.maketrans(
    "０１２３４５６７８９．，％＄",
    "0123456789.,%$",
)


def clean(text: str) -> str:
    r"""A copy of ``text`` of the same length with markup, URLs and dates replaced by spaces
    (block tags by a line break, the entities that write part of an amount by no-break spaces and their character).

    >>> clean("<b>30 000 €</b> https://x.y/1 2024-08-21")
    '   30 000 €                         '
    >>> clean("<p>a</p><p>b</p>")
    '\n  a\n   \n  b\n   '
    >>> clean("30&nbsp;000&euro;") == "30" + "\u00a0" * 6 + "000" + "\u00a0" * 5 + "€"
    True
    """
    if _FULLWIDTH_CHARS.search(text):
        text = text.translate(_FULLWIDTH)
    if "<" in text or "&" in text or "@" in text:
        text = _MARKUP.sub(_blank_markup, text)
    text = _DATES.sub(_blank, text)
    if "://" not in text and "www." not in text:
        return text
    pieces: list[str] = []
    done = 0
    for m in _URL.finditer(text):
        if m.start() < done:
            continue
        scheme = _URL_START.search(text, max(done, m.start() - 16), m.start())
        start = scheme.start() if scheme and m.group() == "://" else m.start()
        rest = _URL_REST.match(text, m.start())
        end = rest.end() if rest else m.end()
        pieces.append(text[done:start])
        pieces.append(" " * (end - start))
        done = end
    pieces.append(text[done:])
    return "".join(pieces)


def parse_number(token: str) -> Decimal | None:
    """Read one number token, telling thousands groups from decimals.

    >>> parse_number("1 200 000"), parse_number("1,2"), parse_number("45.000"), parse_number("2,500.50")
    (Decimal('1200000'), Decimal('1.2'), Decimal('45000'), Decimal('2500.50'))
    """
    if token.isascii() and token.isdigit():  # the common case: "2024", "15", "30000"
        return Decimal(token) if len(token) <= _MAX_DIGITS else None
    token = token.translate(_GROUP_MARKS)
    seps = [c for c in token if c in ".,"]
    if seps:
        last = max(token.rfind("."), token.rfind(","))
        tail = token[last + 1 :]
        if (len(seps) == 1 and len(tail) == 3) or (len(seps) > 1 and seps.count(seps[-1]) > 1):
            token = token.replace(".", "").replace(",", "")  # all separators group thousands
        else:
            whole = token[:last].replace(".", "").replace(",", "")
            token = f"{whole}.{tail}"
    if len(token) > _MAX_DIGITS:
        return None  # an identifier, a phone number: no amount has that many digits
    try:
        return Decimal(token)
    except InvalidOperation:
        return None


@dataclass(slots=True)
class _Part:
    """One amount of an expression: number, magnitude, currency and period written with it."""

    start: int
    end: int
    value: Decimal
    magnitude: Decimal | None = None
    currency: str | None = None
    currency_text: str = ""
    period: str | None = None
    percent: bool = False
    gross: bool | None = None


@dataclass(slots=True)
class RawMoney:
    """An amount or range of money (or a percentage) found in text, before any context."""

    start: int
    end: int
    low: Decimal | None
    high: Decimal | None
    currency: str | None = None
    currency_text: str = ""
    period: str | None = None
    percent: bool = False
    approximate: bool = False
    bound: str | None = None  # "lower" (more than X) or "upper" (up to X)
    gross: bool | None = None
    magnitude: Decimal | None = None
    is_range: bool = False
    bare: bool = False  # a plain number: no currency, no magnitude, no period
    followed_by_word: bool = False  # "260 000 personnes": a count, not an amount


def _suffix(syn: Syntax, text: str, part: _Part) -> None:
    """Read what follows a number: magnitude, currency, gross/net, period, percent."""
    pos = part.end
    space = _SPACE.match(text, pos)
    at = space.end() if space else pos
    if syn.suffix_any.match(text, _skip_break(text, at)) is None:
        return  # nothing that attaches to a number starts here (most numbers of a text)
    m = syn.percent.match(text, at)
    if m and (at == pos or m.group() not in "%％" or at - pos <= 1):
        part.percent, part.end = True, m.end()
        return
    m = syn.magnitude.match(text, at)
    if m:
        part.magnitude = syn.magnitudes.get(" ".join(m.group().lower().split()))
        pos = part.end = m.end()
        at = _skip(text, pos)
        c = syn.connector.match(text, at)
        if c:  # "1,2 million de yuans": connector only counts before a currency
            after = _skip(text, c.end())
            if syn.currency.match(text, after):
                at = after
    at = _skip_break(text, at)  # "3 000\neuros": a line may break before the currency
    m = syn.currency.match(text, at)
    if m and not m.group()[-1].isalpha() and _DIGIT_NEXT.match(text, m.end()):
        m = None  # "sinds januari 2024 € 13,27": a sign before a number is that number's
    if m:
        part.currency_text = m.group()
        part.currency = syn.currency_codes.get(" ".join(m.group().lower().split()))
        pos = part.end = m.end()
        at = _skip_break(text, pos)
    for rx, value in ((syn.gross, True), (syn.net, False)):
        m = rx.match(text, at)
        if m:
            part.gross = value
            if part.currency or part.magnitude:
                part.end = m.end()
            at = _skip_break(text, m.end())
            break
    m = syn.period_after.match(text, at)
    if m:
        part.period = syn.period_after_labels.get(" ".join(m.group().lower().split()))
        part.end = m.end()


_SPACE = re.compile(r"[ \t\u00a0\u202f\u2009]*")
_DIGIT_NEXT = re.compile(r"[ \t\u00a0\u202f\u2009]?\d")
_WS = re.compile(r"\s*")


def _skip(text: str, pos: int) -> int:
    if pos >= len(text) or text[pos] not in _SPACES:
        return pos
    m = _SPACE.match(text, pos)
    return m.end() if m else pos


_SPACES = frozenset(" \t\u00a0\u202f\u2009")
_BREAK_START = frozenset(" \t\u00a0\u202f\u2009\r\n")
_BREAK = re.compile(r"[ \t\u00a0\u202f\u2009]*(?:\r?\n[ \t\u00a0\u202f\u2009]*)?")


def _skip_break(text: str, pos: int) -> int:
    """Skip spaces and at most one line break (never a blank line: a paragraph ends there)."""
    if pos >= len(text) or text[pos] not in _BREAK_START:
        return pos
    m = _BREAK.match(text, pos)
    return m.end() if m else pos


_PREVIOUS_WORD = re.compile(r"([^\W\d_]+)[ \t\u00a0]+\Z")


def _prefix(syn: Syntax, text: str, start: int, limit: int = 0) -> tuple[int, list[str], list[int]]:
    """Walk back over currency, bound, approximation and range-opening words before a number.

    Returns where the outermost word starts, the words (nearest first) and where each starts.
    The words are matched on the reversed text, so each step costs the length of one word.
    """
    window_start = max(0, limit, start - 60)  # never back into the previous figure
    last = start - 1
    while last >= window_start and text[last] in _SPACES:
        last -= 1
    if last < window_start or text[last] not in syn.prefix_ends:
        return start, [], []  # no word that may stand before a figure ends here
    rev = text[window_start:start][::-1]
    words: list[str] = []
    starts: list[int] = []
    at = 0
    for _ in range(4):
        m = syn.prefix_rev.match(rev, at)
        if not m:
            break
        word_start = start - m.end(1)
        word = " ".join(text[word_start : start - m.start(1)].lower().split())
        if syn.not_after and (word in syn.lower_before or word in syn.upper_before):
            verb = _PREVIOUS_WORD.search(text, max(0, word_start - 24), word_start)
            if verb is not None and verb.group(1).lower() in syn.not_after:
                break  # "turned over £4 million": the particle of a verb, not a bound
        words.append(word)
        starts.append(word_start)
        at = m.end()
    return (starts[-1] if starts else start), words, starts


def tidy(value: Decimal) -> Decimal:
    """Drop meaningless zeros: ``1200000.0`` -> ``1200000``, ``1800.00`` -> ``1800``.

    >>> tidy(Decimal("1200000.0")), tidy(Decimal("2.50"))
    (Decimal('1200000'), Decimal('2.5'))
    """
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def _part_at(syn: Syntax, text: str, m: re.Match[str]) -> _Part | None:
    value = parse_number(m.group(1))
    if value is None:
        return None
    part = _Part(m.start(1), m.end(1), value)
    _suffix(syn, text, part)
    # "18万5,000円", "1億2000万": a CJK myriad followed at once by the rest of the number
    # ("1억 2천만 원": Korean may put a space between the two)
    after = part.end + 1 if text[part.end : part.end + 1] == " " else part.end
    if (
        part.magnitude in _MYRIADS
        and part.currency is None
        and after < len(text)
        and text[after].isdigit()
    ):
        rest = _NUMBER.match(text, after)
        if rest is not None:
            tail = _part_at(syn, text, rest)
            if tail is not None and (tail.magnitude or 1) < part.magnitude:
                part.value = part.value * part.magnitude + tail.value * (tail.magnitude or 1)
                part.magnitude = None
                part.end = tail.end
                part.currency, part.currency_text = tail.currency, tail.currency_text
                part.period, part.gross = tail.period, tail.gross
    return part


_MYRIADS = (Decimal(10000), Decimal(100000000))


def find_money(text: str, *, cleaned: bool = False, percentages: bool = True) -> Iterator[RawMoney]:
    """Every amount, range or percentage in ``text``, in order, without overlaps (without
    ``percentages``, a number written with a percent sign is passed over unread).

    >>> [(m.low, m.high, m.currency) for m in find_money("between 45 and 55 thousand euros a year")]
    [(Decimal('45000'), Decimal('55000'), 'EUR')]
    >>> [(m.low, m.high, m.currency, m.bound) for m in find_money("年薪在70万到120万元之间, 超过500万元")]
    [(Decimal('700000'), Decimal('1200000'), 'CNY', None), (Decimal('5000000'), None, 'CNY', 'lower')]
    >>> [m.low for m in find_money("5 % de 3 000 €", percentages=False)]
    [Decimal('3000')]
    """
    syn = syntax()
    work = text if cleaned else clean(text)
    pos = limit = 0
    while True:
        m = _NUMBER.search(work, pos)
        if not m:
            return
        first = _part_at(syn, work, m)
        if first is None:
            pos = m.end()
            continue
        if first.percent and not percentages:
            pos = limit = first.end
            continue
        money = _build(syn, work, first, limit)
        pos = limit = max(money.end, m.end())
        yield money


def _currency_before(syn: Syntax, words: list[str]) -> tuple[str | None, str]:
    for word in words:
        code = syn.currency_codes.get(word)
        if code:
            return code, word
    return None, ""


def _build(syn: Syntax, text: str, first: _Part, limit: int = 0) -> RawMoney:
    start, before, before_starts = _prefix(syn, text, first.start, limit)
    opens = [w for w in before if w in syn.opens]
    cur1, cur1_text = _currency_before(syn, before)
    parts = [first]
    end = first.end
    # a second amount joined to the first makes a range ("700 000 à 1,2 million", "45 and 55k")
    j = syn.join.match(text, end)
    if j:
        word = " ".join(j.group(1).lower().split())
        if word not in syn.join_with_open or any(
            w in syn.join_openers.get(word, ()) for w in opens
        ):
            after = j.end()
            cur2 = None
            c = syn.currency.match(text, after)
            if c:
                cur2 = syn.currency_codes.get(" ".join(c.group().lower().split()))
                after = _skip(text, c.end())
            n = _NUMBER.match(text, after)
            if n:
                second = _part_at(syn, text, n)
                if (
                    second is not None
                    and second.percent
                    and not first.percent
                    and first.magnitude is None
                    and first.currency is None
                    and first.period is None
                    and first.value <= second.value
                ):
                    first.percent = True  # "between 3 and 5 percent", "3-5%": one sign for both
                if second is not None and second.percent == first.percent:
                    if cur2 and not second.currency:
                        second.currency, second.currency_text = cur2, c.group() if c else ""
                    parts.append(second)
                    end = second.end
    last = parts[-1]
    currency = last.currency or first.currency or cur1
    currency_text = last.currency_text or first.currency_text or cur1_text
    period = last.period or first.period
    gross = last.gross if last.gross is not None else first.gross
    low = first.value * (first.magnitude or 1)
    high = low
    magnitude = first.magnitude
    if len(parts) == 2:
        second = parts[1]
        high = second.value * (second.magnitude or 1)
        magnitude = second.magnitude or first.magnitude
        if first.magnitude is None and second.magnitude is not None and first.value <= second.value:
            low = first.value * second.magnitude  # "45 and 55 thousand", "1-1.5万"
        if low > high:
            low, high = high, low
    money = RawMoney(
        start=start,
        end=end,
        low=tidy(low),
        high=tidy(high),
        currency=currency,
        currency_text=currency_text,
        period=period,
        percent=first.percent,
        gross=gross,
        magnitude=magnitude,
        is_range=len(parts) == 2,
    )
    # words after the figure: range closers, bounds and approximations written after (CJK)
    at = _skip(text, end)
    for rx, what in (
        ()
        if syn.after_any.match(text, at) is None
        else (
            (syn.close, "close"),
            (syn.lower_after, "lower"),
            (syn.upper_after, "upper"),
            (syn.approximate_after, "approx"),
        )
    ):
        m = rx.match(text, at)
        if m:
            money.end = m.end()
            at = _skip(text, money.end)
            if what in ("lower", "upper") and not money.is_range:
                money.bound = what
            elif what == "approx":
                money.approximate = True
    for word in before:
        if word in syn.approximate:
            money.approximate = True
        elif word in syn.lower_before and not money.is_range and money.bound is None:
            money.bound = "lower"
        elif word in syn.upper_before and not money.is_range and money.bound is None:
            money.bound = "upper"
    if money.bound == "lower":
        money.high = None
    elif money.bound == "upper":
        money.low = None
    # the span starts at the first word that belongs to the amount; a range opener only counts
    # when a range follows ("entre 5 % et 11 %"), not in "salaire de 3 000 €"
    if not money.is_range:
        while (
            before
            and before[-1] in syn.opens
            and before[-1] not in syn.currency_codes
            and before[-1] not in syn.lower_before
            and before[-1] not in syn.upper_before
            and before[-1] not in syn.approximate
        ):
            before.pop()
            before_starts.pop()
        money.start = before_starts[-1] if before_starts else first.start
    money.bare = (
        money.currency is None and magnitude is None and money.period is None and not money.percent
    )
    nxt = _skip(text, money.end)
    if nxt < len(text):
        char = text[nxt]
        # "260 000 personnes", "100人": a count of things; "4000加提成" is not (CJK text goes
        # on without spaces, so only counter characters count there)
        latin = char.isalpha() and ord(char) < 0x2E80
        money.followed_by_word = latin or char in syn.counters
    # "12k+", "7000+" (glued, and no number after): at least that much
    if (
        money.bound is None
        and not money.is_range
        and money.end < len(text)
        and text[money.end] == "+"
        and not text[money.end + 1 : money.end + 3].strip(" ").startswith(tuple("0123456789"))
    ):
        money.bound, money.high = "lower", None
        money.end += 1
    return money
