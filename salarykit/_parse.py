"""Reading salary phrases: :func:`parse`, and the scanner :func:`scan` it is built on.

The reading is a pipeline of named stages (see :mod:`._parse_stages`): normalize the text →
tokenize (numbers, lexicon words, CLDR currency names and symbols) → amounts with their
magnitudes → ranges → bounds → currency → period (written or inferred) → qualifiers → result.

Scanner API for extraction
--------------------------
``scan(text, *, lang=None, country=None, currency=None) -> list[Candidate]`` finds every money
mention of a text, in order. Each :class:`Candidate` has:

* ``span``: ``(start, end)`` of the mention in ``text`` (currency and magnitude included);
* ``kind``: ``"salary"`` (a pay figure), ``"other_pay"`` (commission, bonus, OTE… named right
  before it), ``"non_salary"`` (budget, investment, valuation, price… named before it),
  ``"percent"`` (``12%``), ``"year"`` (``2024``), ``"count"`` (``1 500 employeurs``),
  ``"code"`` (``Tel. 0221 123456``, ``Paris 75008``: a phone number, a postcode) or
  ``"number"`` (a bare number with no currency, magnitude, period or pay word);
* ``salary``: the :class:`~salarykit.Salary` reading of the mention (None for percentages and
  for bare numbers that are not plausible as pay); its ``span`` and ``text`` refer to the
  whole input, like :func:`parse`;
* ``reason``: why it is not a salary, when it is not (``"non-salary money: 'budget'"``…);
* ``cue``: the word that decided the kind, if any.

:func:`parse` returns the salary of the first ``"salary"`` candidate (a ``"number"`` one
only when nothing else is found and the number is plausible as pay in the market), so
``extract`` and ``parse`` always agree. The signature and fields above are stable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Final

from ._errors import SalaryParseError
from ._lexicon import LETTER, Lexicon, Token, get_lexicon, role_mask
from ._models import Period, Salary
from ._parse_stages import (
    PIECE,
    Piece,
    Qualifiers,
    classify,
    detect_lang,
    find_amounts,
    find_period,
    find_ranges,
    implied_unit,
    infer_period,
    labelled_pay,
    plausible,
    read_bounds,
    read_qualifiers,
    read_words,
    resolve_currency,
    territory_of,
)
from ._parse_text import normalize_text

__all__ = ["parse"]  # scan() and Candidate are private: the extraction engine uses them

_ONE: Final = Decimal(1)
_ZERO: Final = Decimal(0)  # Decimal operands: no int converted on each comparison or division
_TWO: Final = Decimal(2)
_LETTER_RE: Final = re.compile(LETTER)
_MAX_AMOUNT: Final = Decimal(10) ** 15  # above this no figure is pay in any currency
_PERIODS: Final[dict[str | None, Period | None]] = {None: None, **{p.value: p for p in Period}}
_FIELDS: Final = frozenset(Salary.model_fields)
_SALARY_NEW: Final = object.__new__
_SET: Final = object.__setattr__
_MARKET_ROLE: Final = role_mask("market")
_DAY_RATE_ROLE: Final = role_mask("day_rate")


@dataclass(frozen=True, slots=True)
class Candidate:
    """One money mention found by :func:`scan`."""

    span: tuple[int, int]
    kind: str
    salary: Salary | None
    reason: str | None = None
    cue: str | None = None


class _Context:
    """What the stages read of one text (a plain class with its own ``__init__``: compiled by
    mypyc, a dataclass keeps the interpreted ``__init__`` of :mod:`dataclasses`)."""

    __slots__ = (
        "country", "currency", "lang", "lang_out", "lex", "norm", "offset", "pieces", "present", "text", "tokens",
    )

    def __init__(
        self,
        text: str,
        norm: str,
        lex: Lexicon,
        tokens: list[Token],
        pieces: list[Piece],
        lang: str | None,  # language used for reading (hint or detected)
        lang_out: str | None,  # language reported on the result
        country: str | None,  # market given (or from the language tag's region)
        currency: str | None,
        offset: int = 0,  # where ``norm`` starts in ``text`` (parse reads long texts by windows)
        present: int = -1,  # the roles of the words written (roles_present): stages skip the others
    ) -> None:
        self.text = text
        self.norm = norm
        self.lex = lex
        self.tokens = tokens
        self.pieces = pieces
        self.lang = lang
        self.lang_out = lang_out
        self.country = country
        self.currency = currency
        self.offset = offset
        self.present = present


def _prepare(
    text: object,
    lang: str | None,
    country: str | None,
    currency: str | None,
    *,
    full: str | None = None,
    offset: int = 0,
) -> _Context:
    if not isinstance(text, str):
        raise SalaryParseError(repr(text), f"not a text: {type(text).__name__}")
    norm = normalize_text(text)
    lex = get_lexicon()
    tokens = lex.tokenize(norm)
    hint = region = None
    if lang:
        parts = lang.replace("_", "-").split("-")
        hint = parts[0].lower()
        region = next((p.upper() for p in parts[1:] if len(p) == 2 and p.isalpha()), None)
    market = country.upper() if country else region
    # the market's language settles ties: "R$ 7,5 mil" in Brazil is Portuguese "mil"
    present, votes, currency_lang = read_words(lex, tokens)
    prior = lex.country_lang.get(market) if market is not None else None
    if prior is None and hint is None:  # "R$ 8 mil": the currency's market settles ties
        prior = currency_lang
    reading_lang = detect_lang(tokens, norm, hint, prior, votes)
    amounts = find_amounts(tokens, norm, reading_lang, lex.decimal.get(reading_lang or ""))
    pieces = find_ranges(tokens, norm, amounts)
    read_bounds(tokens, norm, pieces, present)
    return _Context(
        text if full is None else full, norm, lex, tokens, pieces, reading_lang,
        lang or reading_lang, market, currency.upper() if currency else None, offset, present,
    )


def _clean(value: Decimal) -> Decimal:
    if value == value.to_integral_value():
        return value.quantize(_ONE)
    return value.normalize()


def _word_with(ctx: _Context, role: int) -> Token | None:
    """The first word of the text with the role bits ``role``, if any."""
    if not ctx.present & role:
        return None  # no such word is written (the common case): no need to look
    return next((t for t in ctx.tokens if t.kind == "word" and t.entry.mask & role), None)


def _text_market(ctx: _Context) -> str | None:
    """The market a word of the text names ("+ super", "superannuation": AU), if any."""
    token = _word_with(ctx, _MARKET_ROLE)
    if token is None:
        return None
    by_lang = token.entry.roles["market"]
    return str(by_lang.get(ctx.lang or "") or next(iter(by_lang.values())))


def _fits(
    piece: Piece, currency: str, market: str, period: str | None, low: Decimal, high: Decimal
) -> bool:
    """True when the amount of ``piece`` is plausible pay in ``currency`` for the period written,
    or for some period when none is: a market named by a word of the text ("時薪", "萬":
    Taiwan) is taken only when the figure is pay there ("時薪 183 元" is TWD, while
    "試用期1800/月" is no month's pay in TWD: the stray Traditional word says nothing)."""
    known = low if piece.upper_open or piece.lower_open else (low + high) / _TWO
    if period is not None and period != PIECE:
        return plausible(known, currency, period)
    written = piece.high.mag if piece.high is not None and piece.high.mag else piece.low.mag
    return period == PIECE or infer_period(known, currency, market, written) is not None


def _day_rate_named(ctx: _Context) -> bool:
    """True when a word of the text names a contract often paid by the day ("B2B")."""
    return _word_with(ctx, _DAY_RATE_ROLE) is not None


def _build(ctx: _Context, index: int, kind: str, q: Qualifiers, period: str | None) -> Salary | None:
    """The Salary reading of ``ctx.pieces[index]`` (None when it cannot be pay)."""
    piece = ctx.pieces[index]
    lex = ctx.lex
    lang = ctx.lang
    given_country = ctx.country
    low_value = piece.low.value
    high_value = piece.high.value if piece.high is not None else low_value
    if high_value > _MAX_AMOUNT or high_value <= _ZERO:
        return None  # no pay is that large, and "$0" is no pay
    # no market given: a word naming one ("+ super" is Australian) settles an ambiguous "$"
    currency, currency_guessed = resolve_currency(lex, piece, lang, given_country)
    market = None if given_country or not currency_guessed else _text_market(ctx)
    if market is not None:
        in_market = resolve_currency(lex, piece, lang, market)[0]  # still a guess
        if in_market is not None and _fits(piece, in_market, market, period, low_value, high_value):
            currency = in_market
    territory_currency = lex.territory_currency
    home = lex.default_country.get(lang) if lang else None
    if currency is None:
        hints = piece.low.hints or (piece.high.hints if piece.high is not None else [])
        if ctx.currency:
            currency = ctx.currency
        elif hints:
            currency = hints[0]
        elif given_country:
            currency = territory_currency.get(given_country)
        else:
            # a word naming a market ("薪資", "萬": Traditional characters, Taiwan) before the
            # language's usual market
            market = _text_market(ctx)
            if market is not None:
                currency = territory_currency.get(market)
                if currency is not None and not _fits(piece, currency, market, period, low_value, high_value):
                    currency = None  # "試用期1800/月转正后…": no pay in that market, a stray word
            if currency is None and home:
                currency = territory_currency.get(home)
        currency_guessed = currency is not None
    country = given_country
    country_guessed = False
    if country is None:
        if home and territory_currency.get(home) == currency:
            country = home
        else:
            country = territory_of(currency)
        country_guessed = country is not None
    open_range = piece.upper_open or piece.lower_open
    period_guessed = False
    if period == PIECE:
        # "$40 - $75 per visit", "1件あたり300円": pay per piece of work has no period of time,
        # and none is inferred; a bare figure with a piece word is no money ("3 per visit")
        if not piece.currencies and piece.low.mag is None and not piece.low.hints:
            return None
        period = None
    elif period is None:
        if q.payments_monthly:
            period = "month"
        else:
            known = low_value if open_range else (low_value + high_value) / _TWO
            written = piece.high.mag if piece.high is not None and piece.high.mag else piece.low.mag
            period = infer_period(known, currency, country, written)
            if (
                period == "month"
                and currency is not None
                and _day_rate_named(ctx)
                and plausible(known, currency, "day")
            ):  # "1 200 PLN (B2B)": a contract paid by the day, and the figure fits a day's pay
                period = "day"
            if (
                period is None
                and currency is not None
                and not piece.currencies
                and (q.gross is not None or q.context == "salary")
                and not _unit_follows(ctx, piece)
            ):  # "세후 300": a pay word, no currency, a figure told in the market's unit (만원)
                unit = implied_unit(known, currency, None)
                if unit is not None:
                    low_value, high_value, known = low_value * unit, high_value * unit, known * unit
                    period = infer_period(known, currency, country)
            bare = not piece.currencies and piece.low.mag is None and not piece.low.hints
            if (kind == "number" or bare) and period not in ("month", "year"):
                return None  # a bare number is read as pay only at monthly or yearly scale
        period_guessed = period is not None
    elif not piece.currencies and currency is not None:
        known = low_value if open_range else (low_value + high_value) / _TWO
        if not plausible(known, currency, period):
            unit = None if _unit_follows(ctx, piece) else implied_unit(known, currency, period)
            if unit is not None:
                # "연봉 3800", "연봉 3천": no currency written, the figure is told in the market's unit (만원)
                low_value, high_value = low_value * unit, high_value * unit
            elif piece.low.mag is None and (piece.high is None or piece.high.mag is None):
                return None  # "5 jaar ervaring": a period word, but no money at that scale
            # else a magnitude was written ("1.5-2万/年"): money, read as written
    if kind == "number" and currency is None:
        return None
    low = None if piece.upper_open else _clean(low_value)
    if piece.lower_open:
        high = None
    elif high_value is low_value and low is not None:
        high = low  # one amount: cleaned once
    else:
        high = _clean(high_value)
    offset = ctx.offset
    return _new_salary(
        {
            "low": low,
            "high": high,
            "currency": currency,
            "period": _PERIODS[period],
            "payments_per_year": q.payments,
            "approximate": piece.approximate,
            "negotiable": q.negotiable,
            "gross": q.gross,
            "statistic": q.statistic,
            "inferred": _INFERRED[currency_guessed, country_guessed, period_guessed],
            "span": (piece.start + offset, piece.end + offset),
            "text": ctx.text,
            "lang": ctx.lang_out,
            "country": country,
            "provenance": (),
        }
    )


def _inferred_sets() -> dict[tuple[bool, bool, bool], frozenset[str]]:
    """The ``inferred`` field for each combination of guessed currency, country and period
    (frozen sets, shared by the salaries that have the same combination)."""
    names = ("currency", "country", "period")
    out = {}
    for bits in range(8):
        flags = (bool(bits & 1), bool(bits & 2), bool(bits & 4))
        out[flags] = frozenset(name for name, flag in zip(names, flags, strict=True) if flag)
    return out


_INFERRED: Final = _inferred_sets()


def _new_salary(values: dict[str, object]) -> Salary:
    """A Salary from values already of the right types, without validation (the fast path).

    Equivalent to ``Salary.model_construct(**values)`` with every field given, at a fraction
    of its cost; the values come from the stages, which only produce valid ones.
    """
    salary = _SALARY_NEW(Salary)
    _SET(salary, "__dict__", values)
    _SET(salary, "__pydantic_fields_set__", set(_FIELDS))
    _SET(salary, "__pydantic_extra__", None)
    _SET(salary, "__pydantic_private__", None)
    return salary


def _read(ctx: _Context, index: int) -> tuple[str, Qualifiers, str | None]:
    tokens, norm, pieces, lang, present = ctx.tokens, ctx.norm, ctx.pieces, ctx.lang, ctx.present
    q = read_qualifiers(tokens, norm, pieces, index, lang, present)
    period: str | None = find_period(tokens, norm, pieces, index, lang, present)
    piece = pieces[index]
    kind = classify(piece, q, period is not None)
    if (
        kind == "salary"
        and index
        and q.context is None
        and period is None
        and q.gross is None
        and _listed_after_other(ctx, index)
    ):
        return "other_pay", q, period  # "primes de panier : 11EUR en journée et 22EUR de nuit"
    bare = not piece.currencies and piece.low.mag is None and not piece.low.hints
    if kind in ("salary", "number") and not bare and _counts_millions(ctx, piece):
        return "count", q, period  # "11 millions de clients", "250 million tonnes": no money
    if not bare and kind != "number":
        return kind, q, period  # money written as such: none of the checks below applies
    labelled = False
    if kind == "salary" and bare and period is None and _leading_zero(ctx.norm, piece):
        return "code", q, period  # "['年终14薪'], ['09-03发布']": a date, whatever count is written near
    if kind == "salary" and bare and period is None and q.payments is None:
        kind = "number"  # only a pay word around it: a fallback when nothing better is found
        # unless the pay word labels it right away ("底薪3000-5000+提成"): then it is that pay
        labelled = labelled_pay(ctx.tokens, ctx.norm, piece)
    if kind in ("salary", "number") and bare and piece.high is None and _hyphen_compound(ctx, piece):
        return "count", q, period  # "Stundenlohn für 18-Jährige: 12,50 €": an age, not the pay
    if kind == "number":
        raw = ctx.norm[piece.start : piece.end]
        if raw.isdigit() and 1900 <= piece.low.value <= 2100 and piece.high is None and q.gross is None:
            kind = "year"  # but "2000 brut" is pay: gross or net is said of money only
        elif _counts_things(ctx, piece):
            kind = "count"  # "1 500 employeurs": a number of things, not money
        elif _is_code(ctx, piece):
            kind = "code"  # "Tel. 0221 123456", "Paris 75008": a phone number, a postcode
        elif labelled:
            kind = "salary"
    return kind, q, period


def _listed_after_other(ctx: _Context, index: int) -> bool:
    """True when ``pieces[index]``, with no telling word of its own, is joined by a word ("et",
    "and") to the amount before it, in the same clause, and that amount is other pay: the list
    shares its label ("primes de panier par jour : 11EUR en horaire journée et 22EUR en
    horaires décalés")."""
    tokens, norm, pieces = ctx.tokens, ctx.norm, ctx.pieces
    previous, piece = pieces[index - 1], pieces[index]
    joined = False
    for token in tokens[previous.last + 1 : piece.first]:
        if token.end - token.start == 1 and norm[token.end : token.end + 1] in ("'", "’"):
            continue  # an elided article: "pris en charge par l'entreprise à hauteur de 6€"
        if token.kind != "word" or token.entry.mask & ~_LIST_ROLES:
            return False
        if token.entry.mask & _JOIN_ROLE and _LETTER_RE.match(norm, token.start):
            joined = True
    if not joined or _LIST_BREAK.search(norm, previous.end, piece.start):
        return False
    q = read_qualifiers(tokens, norm, pieces, index - 1, ctx.lang, ctx.present)
    return q.context == "other"


_LIST_ROLES: Final = role_mask("join", "noise", "glue")
_JOIN_ROLE: Final = role_mask("join")
_LIST_BREAK: Final = re.compile(r"[.;；|。！？\n]")
_AREA_CODE: Final = re.compile(r"\(\d{1,4}\)$")
_GLUED_DIGITS: Final = re.compile(r"\d[-/.]$")


def _leading_zero(norm: str, piece: Piece) -> bool:
    """True when the figure is written with a leading zero ("09-03", "0221"): a date or a code."""
    return norm[piece.start] == "0" and norm[piece.start + 1 : piece.start + 2].isdigit()


def _is_code(ctx: _Context, piece: Piece) -> bool:
    """True when a bare number is a code, not an amount: written with a leading zero ("0221",
    "08-123"), one of a run of digit groups ("333 1234567"), after an area code ("(11) 98765"),
    or labelled by a word that is no pay word ("Paris 75008", "Postcode 1012", "CEP 01310")."""
    norm = ctx.norm
    if _leading_zero(norm, piece):
        return True
    before = norm[: piece.start].rstrip(" \x01")
    after = norm[piece.end :].lstrip(" \x01")
    if before[-1:].isdigit() or after[:1].isdigit() or _AREA_CODE.search(before) is not None:
        return True
    if _GLUED_DIGITS.search(before) is not None:  # "98765-4321", "12/34"
        return True
    if before[-1:] in ("(", "（") and after[:1] in (")", "）") and piece.high is None and piece.low.value % 100:
        # "数据分析师(3838)", "Data Analyst (3838)": a number alone in brackets after a title is
        # its requisition code, unless it is a round figure ("客服（4000）") or a lexicon word (a
        # pay word) stands before the bracket
        label = before[:-1].rstrip(" \x01")
        if label and label[-1].isalpha():
            prev = ctx.tokens[piece.first - 1] if piece.first > 0 else None
            return prev is None or prev.end < len(label)
    label = before.rstrip(".:")
    if not label or not _LETTER_RE.match(label[-1]):
        return False
    prev = ctx.tokens[piece.first - 1] if piece.first > 0 else None
    return prev is None or prev.end < len(label)  # the word before it is no lexicon word


def _unit_follows(ctx: _Context, piece: Piece) -> bool:
    """True when a word of any script that is no lexicon word is glued to the figure
    ("월 160시간", "연 5회"): the figure counts hours or times, it is no amount of money."""
    if not ctx.norm[piece.end : piece.end + 1].isalpha():
        return False
    nxt = ctx.tokens[piece.last + 1] if piece.last + 1 < len(ctx.tokens) else None
    return nxt is None or nxt.start != piece.end


def _hyphen_compound(ctx: _Context, piece: Piece) -> bool:
    """True when the figure opens a hyphenated word that is no lexicon word ("18-Jährige",
    "25-årig", "23-jarige", "40-Stunden-Woche"): an age or a count, not an amount ("450-Euro-Job"
    names its currency and stays money)."""
    norm = ctx.norm
    end = piece.end
    if norm[end : end + 1] not in ("-", "‐") or not norm[end + 1 : end + 2].isalpha():
        return False
    nxt = next((t for t in ctx.tokens[piece.last + 1 : piece.last + 3] if t.start > end), None)
    return nxt is None or nxt.start > end + 1


def _counts_things(ctx: _Context, piece: Piece) -> bool:
    """True when an unknown word follows the number right away ("1 500 employeurs")."""
    after = piece.end
    rest = ctx.norm[after : after + 2].lstrip(" ")
    if not rest or not _LETTER_RE.match(rest):
        return False
    nxt = next((t for t in ctx.tokens[piece.last + 1 : piece.last + 2]), None)
    start = after + len(ctx.norm[after : after + 2]) - len(rest)
    return nxt is None or nxt.start != start


def _counts_millions(ctx: _Context, piece: Piece) -> bool:
    """True when a figure in millions or more, with no currency, is followed (past a glue word:
    "de", "of") by a word that is no lexicon word: "11 millions de clients", "250 million
    tonnes" count things, they are no amount of money."""
    low = piece.low
    if piece.currencies or piece.high is not None or low.hints or low.mag is None or low.mag < 1_000_000:
        return False
    tokens, norm = ctx.tokens, ctx.norm
    mag = tokens[low.last]
    if not _LATIN_LETTER.match(norm, mag.start):
        return False  # "18万 …": a CJK magnitude, read by the counter words of its language
    k, cursor = piece.last + 1, piece.end
    while k < len(tokens) and tokens[k].kind == "word" and tokens[k].entry.mask & _GLUE_ROLE:
        if tokens[k].start - cursor > 1:
            break
        cursor = tokens[k].end
        k += 1
    rest = norm[cursor : cursor + 2]
    if rest[:1] != " " or not _LATIN_LETTER.match(rest[1:]):
        return False
    return k >= len(tokens) or tokens[k].start != cursor + 1


_LATIN_LETTER: Final = re.compile(r"[A-Za-zÀ-ÿ]")

_WINDOW: Final = 8192  # characters read at a time by parse() (a salary phrase is far shorter)
_WHOLE: Final[tuple[tuple[int, int | None]]] = ((0, None),)  # the one window of a text up to _WINDOW long
_MAX_MENTIONS: Final = 20_000  # amounts read by parse() before it gives up on a text


def _windows(text: str) -> list[tuple[int, int]]:
    """Cut a long text into windows that end at a line break or a space.

    >>> _windows("short")
    [(0, 5)]
    >>> _windows("word " * 4000)[:2]
    [(0, 8195), (8195, 16390)]
    """
    if len(text) <= _WINDOW:
        return [(0, len(text))]
    out = []
    start = 0
    while start < len(text):
        stop = min(start + _WINDOW, len(text))
        if stop < len(text):
            cut = text.rfind("\n", stop - 512, stop + 512)
            if cut <= start:
                cut = text.find(" ", stop, stop + 512)
            if cut > start:
                stop = cut + 1
        out.append((start, stop))
        start = stop
    return out


_NEGOTIABLE: Final = role_mask("neg", "neg_alone")  # "neg_alone": negotiable only when no amount is written


_NEG_ALONE_ROLE: Final = role_mask("neg_alone")
_NEG_ROLE: Final = role_mask("neg")
_GLUE_ROLE: Final = role_mask("glue")
_PERCENT_ROLE: Final = role_mask("percent")


def _share_of(tokens: list[Token], index: int) -> bool:
    """True when a percent sign comes before word ``index`` (glue words aside): "43 % du SMIC"
    is a share of a pay scale, not the pay (a grade number is no share: "Entgeltgruppe 13 TV-L")."""
    for token in reversed(tokens[:index]):
        if token.kind != "word" or not token.entry.mask & _GLUE_ROLE:
            return token.kind == "word" and bool(token.entry.mask & _PERCENT_ROLE)
    return False


def _negotiable(ctx: _Context) -> Salary | None:
    """A salary with no amount when the text says pay is negotiable ("面议", "Competitive").

    A pay scale named alone is negotiable ("Salaire : SMIC"), a share of it is no salary:

    >>> _negotiable(_prepare("43 % du SMIC", "fr", "FR", None)) is None
    True
    """
    for index, token in enumerate(ctx.tokens):
        if token.kind == "word" and token.entry.mask & _NEGOTIABLE:
            mask = token.entry.mask
            if mask & _NEG_ALONE_ROLE and not mask & _NEG_ROLE and _share_of(ctx.tokens, index):
                continue
            return _new_salary(
                {
                    "low": None, "high": None, "currency": None, "period": None,
                    "payments_per_year": None, "approximate": False, "negotiable": True,
                    "gross": None, "statistic": None, "inferred": frozenset(),
                    "span": (token.start + ctx.offset, token.end + ctx.offset),
                    "text": ctx.text, "lang": ctx.lang_out, "country": ctx.country,
                    "provenance": (),
                }
            )
    return None


def scan(
    text: str, *, lang: str | None = None, country: str | None = None, currency: str | None = None
) -> list[Candidate]:
    """Every money mention of ``text``, in order, with its reading (see the module docstring).

    >>> [(c.kind, c.salary and str(c.salary)) for c in scan("18000 - 24000/annum plus commission OTE 50-60k")]
    [('salary', '18,000–24,000 USD per year'), ('other_pay', '50,000–60,000 USD per year')]
    >>> [(c.kind, c.reason) for c in scan("un budget de 2,5 milliards de dollars", lang="fr")]
    [('non_salary', "non-salary money: 'budget'")]
    """
    ctx = _prepare(text, lang, country, currency)
    out: list[Candidate] = []
    for index, piece in enumerate(ctx.pieces):
        kind, q, period = _read(ctx, index)
        salary = None if kind in ("percent", "year", "count", "code") else _build(ctx, index, kind, q, period)
        reason = None
        if kind == "non_salary":
            reason = f"non-salary money: {q.cue!r}"
        elif kind == "other_pay":
            reason = f"not base pay: {q.cue!r}"
        elif kind == "percent":
            reason = "a percentage"
        elif kind == "year":
            reason = "a year"
        elif kind == "count":
            reason = "a count of things, not money"
        elif kind == "code":
            reason = "a code or phone number, not money"
        elif salary is None:
            reason = "a bare number, not plausible as pay"
        out.append(Candidate((piece.start, piece.end), kind, salary, reason, q.cue))
    return out


def parse(
    text: str, *, lang: str | None = None, country: str | None = None, currency: str | None = None
) -> Salary:
    """Read the salary in ``text`` (the first base salary when there are several).

    ``lang`` is a language hint (BCP 47: ``"fr"``, ``"zh"``, ``"en-IN"``); ``country`` the
    ISO 3166 market, which settles ambiguous symbols and the currency when none is written;
    ``currency`` the currency to assume when none is written. Whatever is not read but
    inferred is listed in ``inferred``.

    >>> import salarykit as sk
    >>> sk.parse("700k–1.2M yuans/an")
    Salary(low=Decimal('700000'), high=Decimal('1200000'), currency='CNY', period='year', inferred=['country'])
    >>> s = sk.parse("15-25K·13薪", country="CN")
    >>> s.low, s.high, s.currency, s.period.value, s.payments_per_year, sorted(s.inferred)
    (Decimal('15000'), Decimal('25000'), 'CNY', 'month', 13, ['currency', 'period'])
    >>> print(sk.parse("年収600万円～1,200万円"))
    6,000,000–12,000,000 JPY per year
    >>> print(sk.parse("£30,000 - £35,000 per annum"))
    30,000–35,000 GBP per year
    >>> print(sk.parse("Mensuel de 1800,00 Euros à 2000,00 Euros sur 12 mois"))
    1,800–2,000 EUR per month × 12 payments
    >>> sk.parse("$81K - $114K (Glassdoor Est.)", country="AU").currency
    'AUD'
    >>> sk.parse("Up to $50/hr").low is None, sk.parse("月給22万円～").high is None
    (True, True)
    >>> sk.parse("薪资面议").negotiable
    True
    >>> sk.parse("un budget de 2,5 milliards de dollars")
    Traceback (most recent call last):
    ...
    salarykit._errors.SalaryParseError: non-salary money: 'budget' (at 13 in 'un budget de 2,5 milliards de dollars')
    """
    if not isinstance(text, str):
        raise SalaryParseError(repr(text), f"not a text: {type(text).__name__}")
    fallback: Salary | None = None
    first_reason: tuple[str, int] | None = None
    negotiable: Salary | None = None
    # long texts are read window by window: the work stops at the first salary found
    seen = 0
    # a phrase is read whole ("text[0:None]" is the text itself, not a copy)
    windows = _WHOLE if len(text) <= _WINDOW else _windows(text)
    for offset, stop in windows:
        if seen > _MAX_MENTIONS:  # a table of numbers, not a salary phrase: stop, and say so
            raise SalaryParseError(
                text, f"no salary among the first {_MAX_MENTIONS} amounts", position=offset
            )
        ctx = _prepare(text[offset:stop], lang, country, currency, full=text, offset=offset)
        seen += len(ctx.pieces)
        for index, piece in enumerate(ctx.pieces):
            kind, q, period = _read(ctx, index)
            if kind == "salary":
                salary = _build(ctx, index, kind, q, period)
                if salary is not None:
                    return salary
                reason = "an amount not plausible as pay"
            elif kind == "number":
                if fallback is None:
                    fallback = _build(ctx, index, kind, q, period)
                reason = "a bare number, not plausible as pay"
            elif kind == "non_salary":
                reason = f"non-salary money: {q.cue!r}"
            elif kind == "other_pay":
                reason = f"only pay other than base salary: {q.cue!r}"
            elif kind == "percent":
                reason = "only a percentage"
            elif kind == "count":
                reason = "a count of things, not money"
            elif kind == "code":
                reason = "a code or phone number, not money"
            else:
                reason = "only a year"
            if first_reason is None:
                first_reason = (reason, piece.start + offset)
        if negotiable is None:
            negotiable = _negotiable(ctx)
    if negotiable is not None:
        return negotiable
    if fallback is not None:
        return fallback
    if first_reason is not None:
        raise SalaryParseError(text, first_reason[0], position=first_reason[1])
    raise SalaryParseError(text, "no amount found" if text.strip() else "empty text")
