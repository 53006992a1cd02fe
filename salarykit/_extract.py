"""Find every salary in free text: articles, job ads, reports — in any language, in one pass.

:func:`extract` reads a whole document and returns every salary it states, in text order, each
as a :class:`SalaryMention`: the :class:`~salarykit.Salary` (as :func:`salarykit.parse` reads
it, with its span in the whole text), the sentence it stands in, and what the text says it is
about (``about``: the job or group; ``place``; ``when``; ``kind`` of figure; ``source``).
Money that is not pay (budgets, investments, revenues, valuations, funding, prices, fines) is
never returned as a salary; pay raises in percent come out as :class:`SalaryChange`.

>>> import salarykit as sk
>>> text = ("Google a consacré un budget de 2,5 milliards de dollars au recrutement. "
...         "Les ingénieurs en IA débutants aux États-Unis gagnent en moyenne 239 000 dollars.")
>>> [m.salary for m in sk.extract(text)]
[Salary(low=Decimal('239000'), high=Decimal('239000'), currency='USD', period='year', statistic='mean', inferred=['period', 'statistic'])]
>>> m = sk.extract(text)[0]
>>> m.about, m.place, m.country, m.kind
('ingénieurs en IA débutants', 'États-Unis', 'US', 'mean')

Stages, each testable on its own:

1. **clean** — markup, URLs and dates blanked out in a copy of the same length (spans stay
   spans of the original text);
2. **find money** — every amount, range or percentage with its currency, magnitude, period and
   bounds (:mod:`salarykit._extract_money`, one regex pass over the text);
3. **sentence and language** — the sentence around each figure, its language detected from
   its script and stop words (``salarykit/data/extract/<lang>.yaml``);
4. **classify** — the nearest pay word or non-pay money word decides salary vs other money
   (a pay period alone, "Mensuel de …", counts as a pay word when no non-pay word is near);
   with neither, job-board shorthand ("25-30K", "$120k–$150k", "1.5-2.5万") and a text that
   is just one figure are pay when the parser reads them as plausible pay; percentages after
   a raise word close to a pay word become :class:`SalaryChange`;
5. **read** — :func:`salarykit.parse` reads each salary's span (told the sentence's language
   and the local market), so ``extract`` and ``parse`` agree on every figure; a bare figure
   the span alone cannot make pay is read with the pay word before it ("日结200"); payments
   written right after the span ("·13薪", "sur 12 mois") are read from the clause; money the
   parser does not read as pay ("1.5 francs") is never a salary;
6. **fill from context** — what the span leaves out is read from the sentence and marked
   inferred: the period ("salaire *mensuel*"), the currency (the market found from the
   places, organisations and currencies written near the figure), the period of a bare figure
   (the market's conventions in ``markets.yaml``), the statistic ("moyen");
7. **describe** — ``about``, ``place``, ``when``, ``kind``, ``source`` from the sentence.

Why not the parser's scanner (:func:`salarykit._parse.scan`) for step 2: it reads a text as one
piece in one language (a French article quoting Chinese figures, a page with a language menu),
and costs about 8 µs per character (0.12 MB/s) against the 2 MB/s this module targets on whole
documents. Extraction therefore finds figures itself and hands each figure's span to
:func:`~salarykit.parse`, the same machinery, on a few words at a time.

What "inferred" means: ``Salary.inferred`` names the salary fields that are not written in the
salary's own span (``currency``, ``period``, ``statistic``); ``SalaryMention.inferred`` names the
context fields not written in the mention's sentence (``country`` taken from the document's
market, ``when`` resolved against the document's date, ``about`` or ``source`` carried over
from an earlier sentence). Reading ``text[mention.span]`` alone gives the same amounts and,
where not inferred, the same currency and period.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal, overload

from pydantic import BaseModel, ConfigDict

from ._errors import SalarykitError, SalaryParseError
from ._extract_lexicon import (
    LangLexicon,
    Syntax,
    fold,
    languages,
    lexicon,
    markets,
    place_heads,
    place_scanners,
    places,
    syntax,
)
from ._extract_money import RawMoney, clean, entity_start, find_money
from ._models import Period, Salary
from ._parse_stages import plausible

__all__ = ["MoneyMention", "SalaryChange", "SalaryMention", "TextSpan", "extract"]

Kind = Literal["offer", "mean", "median", "maximum", "minimum", "survey"]
MoneyLabel = Literal[
    "budget", "investment", "revenue", "valuation", "funding", "price", "fine", "profit", "other"
]

# how far (in characters) context is looked for around a figure, inside its sentence
_BEFORE = 300
_AFTER = 160
_MARKET_BEFORE = 2500  # market cues (places, organisations, currencies) looked for before…
_MARKET_AFTER = 400  # …and after a figure
_MARKET_DECAY = 400.0  # a cue this many characters away counts half
_PERIOD_CONTEXT_BEFORE = 120  # "salaire mensuel … de 100 000": period words this close
_STAT_KINDS = ("maximum", "minimum", "mean", "median")
_VOTE_BUCKET = 64  # figures this close share their market (votes are counted once per bucket)
_SHORTHAND_MAGNITUDE = 10000  # k, 千, 万: the multipliers of pay shorthand on job boards
_CHANGE_AFTER = 3  # "a 9.8% increase", "3%の賃上げ": a raise word this close after a percentage
_CONTINUE_SENTENCE = 60  # a figure may go on from a salary of the sentence ending this close
_ALONE_SLACK = 16  # a text this much longer than its one figure is "just the figure"
_CHANGE_PAY_DISTANCE = (
    60  # "augmentation du salaire", "salaries rose": change and pay words this close
)


class TextSpan(BaseModel):
    """A piece of the text and where it stands: ``text == document[span[0]:span[1]]``."""

    model_config = ConfigDict(frozen=True)

    text: str
    span: tuple[int, int]


class SalaryMention(BaseModel):
    """A salary stated in a text, with what the text says about it.

    ``salary.span`` is relative to the whole text. Context fields the text does not give stay
    ``None``; those read from elsewhere than the sentence are listed in ``inferred``.
    """

    model_config = ConfigDict(frozen=True)

    salary: Salary
    sentence: TextSpan
    about: str | None = None
    place: str | None = None
    country: str | None = None
    when: str | None = None
    kind: Kind | None = None
    source: str | None = None
    lang: str | None = None
    inferred: frozenset[str] = frozenset()

    @property
    def span(self) -> tuple[int, int]:
        """Where the salary is written in the text."""
        assert self.salary.span is not None
        return self.salary.span

    @property
    def text(self) -> str:
        """The salary as written."""
        return self.salary.text

    def __str__(self) -> str:
        extra = [x for x in (self.kind, self.about, self.place, self.when) if x]
        return f"{self.salary}" + (f" ({'; '.join(extra)})" if extra else "")


class SalaryChange(BaseModel):
    """A pay change in percent ("entre 5 % et 11 %" -> 5–11). Percentages are never salaries."""

    model_config = ConfigDict(frozen=True)

    low: Decimal
    high: Decimal
    span: tuple[int, int]
    text: str
    sentence: TextSpan
    about: str | None = None
    place: str | None = None
    when: str | None = None
    source: str | None = None
    lang: str | None = None
    approximate: bool = False
    inferred: frozenset[str] = frozenset()

    def __str__(self) -> str:
        low, high = _fmt(self.low), _fmt(self.high)
        return f"{low} %" if low == high else f"{low}–{high} %"


class MoneyMention(BaseModel):
    """Money that is not pay (a budget, an investment, a price…), labelled by what it is."""

    model_config = ConfigDict(frozen=True)

    low: Decimal | None
    high: Decimal | None
    currency: str | None
    label: MoneyLabel
    span: tuple[int, int]
    text: str
    sentence: TextSpan
    lang: str | None = None
    approximate: bool = False
    inferred: frozenset[str] = frozenset()

    def __str__(self) -> str:
        amount = (
            _fmt(self.low)
            if self.low == self.high or self.high is None
            else f"{_fmt(self.low)}–{_fmt(self.high)}"
        )
        return f"{self.label}: {amount} {self.currency or '?'}"


Mention = SalaryMention | SalaryChange | MoneyMention


def _fmt(value: Decimal | None) -> str:
    if value is None:
        return "?"
    return f"{value:,f}" if value == value.to_integral_value() else f"{value.normalize():,f}"


# --------------------------------------------------------------------------- public entry
@overload
def extract(
    text: str,
    *,
    lang: str | None = None,
    country: str | None = None,
    currency: str | None = None,
    include_other_money: Literal[False] = False,
) -> list[SalaryMention]: ...


@overload
def extract(
    text: str,
    *,
    lang: str | None = None,
    country: str | None = None,
    currency: str | None = None,
    include_other_money: Literal[True],
) -> list[SalaryMention | SalaryChange | MoneyMention]: ...


@overload
def extract(
    text: str,
    *,
    lang: str | None = None,
    country: str | None = None,
    currency: str | None = None,
    include_other_money: bool,
) -> list[SalaryMention] | list[SalaryMention | SalaryChange | MoneyMention]: ...


def extract(
    text: str,
    *,
    lang: str | None = None,
    country: str | None = None,
    currency: str | None = None,
    include_other_money: bool = False,
) -> list[SalaryMention] | list[SalaryMention | SalaryChange | MoneyMention]:
    """Every salary stated in ``text``, in text order.

    ``lang`` forces the language of every sentence (detected per sentence otherwise);
    ``country`` (ISO 3166) is the market of the whole text (detected near each figure from the
    places, organisations and currencies written there otherwise); ``currency`` (ISO 4217) is
    the currency of figures written without one (the market's currency otherwise). Values
    taken from these hints or from context are marked inferred.

    With ``include_other_money=True`` the result also holds, in text order, the pay changes in
    percent (:class:`SalaryChange`) and the money that is not pay (:class:`MoneyMention`).

    >>> import salarykit as sk
    >>> text = "年薪在70万到120万元之间。公司融资5亿元。"
    >>> [str(m.salary) for m in sk.extract(text)]
    ['700,000–1,200,000 CNY per year']
    >>> [type(m).__name__ for m in sk.extract(text, include_other_money=True)]
    ['SalaryMention', 'MoneyMention']
    >>> sk.extract("Salaries rose between 3% and 5% this year.", include_other_money=True)[0].high
    Decimal('5')

    A value that is not a text (a missing cell: ``None``, ``nan``) raises
    :class:`~salarykit.SalaryParseError`, as :func:`~salarykit.parse` does.
    """
    if not isinstance(text, str):
        raise SalaryParseError(repr(text), f"not a text: {type(text).__name__}")
    doc = _Document(text, lang=lang, country=country, currency=currency)
    found: list[SalaryMention | SalaryChange | MoneyMention] = []
    for item in doc.mentions(salaries_only=not include_other_money):
        if isinstance(item, SalaryMention) or include_other_money:
            found.append(item)
    if include_other_money:
        return found
    return [m for m in found if isinstance(m, SalaryMention)]


# ------------------------------------------------------------------------ scanner adapter
def _candidates(cleaned: str, *, percentages: bool = True) -> Iterator[RawMoney]:
    """Money mentions of the text (the seam where the parser's scanner plugs in)."""
    return find_money(cleaned, cleaned=True, percentages=percentages)


_SALARY_FIELDS = tuple(Salary.model_fields)


@functools.lru_cache(maxsize=8192)
def _parse_span(
    text: str, lang: str | None, country: str | None, currency: str | None
) -> Salary | None:
    """The parser's reading of one figure's span, or None when it reads nothing there
    (memoized: the same phrase read in the same market reads the same)."""
    try:
        from ._parse import parse
    except ImportError:  # pragma: no cover - the parser module is part of the package
        return None
    try:
        return parse(text, lang=lang, country=country, currency=currency)
    except (SalarykitError, ArithmeticError):
        return None


# ------------------------------------------------------------------------------ document
# lowercase letters of the alphabetic scripts (Latin, Greek, Cyrillic, Armenian, Vietnamese)
_LOWER = "a-z" + "".join(
    chr(c) for c in (*range(0xDF, 0x530), *range(0x1E00, 0x1F00)) if chr(c).islower()
)
_SENTENCE_END = re.compile(
    # one character class first (the regex engine skips quickly to it), then what it ends
    r"[.!?…。！？；;\n](?:"
    # . or … before a space, unless a lowercase word follows: an abbreviation ("180 тыс.
    # рублей", "env. 3 000"), not an end
    rf"(?<=[.…])(?<![.!?…].)[.!?…]*+[\"'»”’)\]]*+(?=\s+\S|\s*\Z)(?![ \t\u00a0]*[{_LOWER}])"
    r"|(?<=[!?])(?<![.!?…].)[.!?…]*+[\"'»”’)\]]*+(?=\s+\S|\s*\Z)"  # ! ? before a space
    r"|(?<=[。！？；;])"  # CJK full stops and semicolons
    r"|(?<=\n)[ \t]*\n"  # blank line: paragraph
    r"|(?<=\n)(?=[ \t]*[-*•·#>|])"  # a list item or table row
    r"|(?<=[.!?:。！？»”\"]\n)"  # a line that ends a sentence
    r")"
)
_CLAUSE_END = re.compile(r"[,，;；.。!?！？\n(（]|\s[-–—]\s")
_ISO_DATE = re.compile(r"\b((?:19|20)\d\d)-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\b")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_TOKEN = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*['’]?|[^\w\s]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")
_YEAR = r"(?:19|20)\d\d"
_DIGIT = re.compile(r"\d")


@dataclass
class _Cue:
    """A place, organisation or currency written in the text: a vote for a market."""

    pos: int
    country: str  # "" for a currency shared by several markets (EUR)
    currency: str | None
    weight: float
    end: int = 0  # where a place or organisation name ends (0 for currencies)
    place: str = ""  # the name, for a place (not an organisation)


class _Document:
    """One text being read: cleaned copy, sentences, market cues, language per sentence."""

    def __init__(
        self, text: str, *, lang: str | None, country: str | None, currency: str | None
    ) -> None:
        self.text = text
        self.cleaned = clean(text)
        self.folded = fold(self.cleaned)  # what the context word lists match (see fold())
        self.lang_hint = lang if lang in languages() else None
        self.country_hint = country.upper() if country else None
        self.currency_hint = currency.upper() if currency else None
        self.syn: Syntax = syntax()
        self.ends = [m.end() for m in _SENTENCE_END.finditer(self.cleaned)]
        m = _ISO_DATE.search(text, 0, 3000)
        self.year = int(m.group(1)) if m else None
        self._cues: list[_Cue] | None = None
        self._cue_pos: list[int] = []
        self._lang_cache: dict[int, str | None] = {}
        self._default_lang: str | None = None
        self.last_change: SalaryChange | None = None
        self.last_salary: SalaryMention | None = None
        self._vote_cache: dict[tuple[str, int, int], str | None] = {}
        self.earlier_source: dict[tuple[int, str], str | None] = {}  # per sentence
        self.salaries_only = False
        self.stripped_length = len(text.strip())

    # ---------------------------------------------------------------- sentences, language
    def sentence(self, pos: int) -> tuple[int, int]:
        """The sentence around ``pos`` (clipped so that context stays local and linear)."""
        i = bisect.bisect_right(self.ends, pos)
        start = self.ends[i - 1] if i > 0 else 0
        end = self.ends[i] if i < len(self.ends) else len(self.text)
        # the range may end just after pos when a sentence mark is part of the figure
        start = max(start, pos - 1500)
        end = min(end, pos + 1500)
        while start < end and self.cleaned[start].isspace():  # blanked markup too
            start += 1
        while end > start and self.cleaned[end - 1].isspace():
            end -= 1
        return start, end

    def language(self, sentence_start: int, start: int, end: int) -> str | None:
        """The language of the sentence that starts at ``sentence_start``, detected from the
        text around its first figure, [start, end) (cached per sentence)."""
        if self.lang_hint:
            return self.lang_hint
        if sentence_start in self._lang_cache:
            return self._lang_cache[sentence_start]
        code = _detect(self.cleaned[start:end], self.syn) or self.default_language()
        self._lang_cache[sentence_start] = code
        return code

    def default_language(self) -> str | None:
        if self._default_lang is None:
            self._default_lang = _detect(self.cleaned[:5000], self.syn) or "en"
        return self._default_lang

    # --------------------------------------------------------------------------- market
    def cues(self) -> list[_Cue]:
        if self._cues is None:
            _, table = places()
            found = sorted(
                (m.start(), -m.end(), m.group())
                for rx in place_scanners()
                for m in rx.finditer(self.cleaned)
            )
            cues: list[_Cue] = []
            done = 0
            for start, minus_end, name in found:  # leftmost-longest, no overlaps
                if start < done:
                    continue
                done = -minus_end
                place = table.get(name)
                if place is not None:
                    weight = 0.6 if place.organisation else 1.0
                    currency = markets().currency.get(place.country)
                    name = "" if place.organisation else place.name
                    cues.append(_Cue(start, place.country, currency, weight, -minus_end, name))
            self._cues = cues
            self._cue_pos = [c.pos for c in cues]
        return self._cues

    def inside_a_name(self, raw: RawMoney) -> bool:
        """True when the figure is part of a name of places.yaml ("36Kr", "3M"), not money."""
        cues = self.cues()
        # the first digit, not the span's start: "US$ 1 billion" starts with a name
        digit = _DIGIT.search(self.cleaned, raw.start, raw.end)
        at = digit.start() if digit else raw.start
        i = bisect.bisect_right(self._cue_pos, at) - 1
        return i >= 0 and cues[i].end > at

    def add_currency_cues(self, raws: Sequence[RawMoney]) -> None:
        """Currencies written in the text vote too: for their market when only one market uses
        them ("yuans" -> CN), and for the currency of nearby figures written without one."""
        cues = self.cues()
        for raw in raws:
            if raw.currency and raw.currency_text.lower() not in self.syn.ambiguous:
                country = _currency_country().get(raw.currency, "")
                cues.append(_Cue(raw.start, country, raw.currency, 1.0))
        cues.sort(key=lambda c: c.pos)
        self._cue_pos = [c.pos for c in cues]

    def _votes(self, pos: int, key: str) -> str | None:
        """The country or currency the cues near ``pos`` vote for: every cue before it (up to
        _MARKET_BEFORE characters), and those after it in its own sentence, nearer ones
        weighing more. Figures close together share the count (one count per bucket)."""
        index = pos // _VOTE_BUCKET
        limit = min((index + 1) * _VOTE_BUCKET + _MARKET_AFTER, self.sentence(pos)[1])
        bucket = (key, index, limit)
        if bucket in self._vote_cache:
            return self._vote_cache[bucket]
        centre = index * _VOTE_BUCKET + _VOTE_BUCKET // 2
        cues = self.cues()
        lo = bisect.bisect_left(self._cue_pos, centre - _MARKET_BEFORE)
        hi = bisect.bisect_right(self._cue_pos, limit)
        votes: dict[str, float] = {}
        for cue in cues[lo:hi]:
            value = cue.country if key == "country" else cue.currency
            if value:
                weight = cue.weight / (1 + abs(centre - cue.pos) / _MARKET_DECAY)
                votes[value] = votes.get(value, 0.0) + weight
        best = max(sorted(votes.items()), key=lambda kv: kv[1])[0] if votes else None
        self._vote_cache[bucket] = best
        return best

    def local_currency(self, pos: int) -> str | None:
        """The currency of figures written without one near ``pos``: the currencies and
        markets named nearby, nearest first (or the ``currency``/``country`` hints)."""
        if self.currency_hint:
            return self.currency_hint
        if self.country_hint:
            return markets().currency.get(self.country_hint)
        return self._votes(pos, "currency")

    def market(self, pos: int) -> str | None:
        """The market (country) the text is about around ``pos``: nearby cues, nearest first."""
        if self.country_hint:
            return self.country_hint
        return self._votes(pos, "country")

    # ------------------------------------------------------------------------- mentions
    def mentions(
        self, *, salaries_only: bool = False
    ) -> Iterator[SalaryMention | SalaryChange | MoneyMention]:
        """Every mention in text order; with ``salaries_only``, figures that cannot be pay
        (percentages, money with no pay word and no period near it) are not even read."""
        self.salaries_only = salaries_only
        # percentages are never salaries: with salaries only, they are not even built
        raws = [
            r
            for r in _candidates(self.cleaned, percentages=not salaries_only)
            if not self.inside_a_name(r)
        ]
        if "&" in self.text:  # "&pound;30,000": the span starts at the entity
            for r in raws:
                r.start = entity_start(self.text, self.cleaned, r.start)
        self.add_currency_cues(raws)
        kept = [
            r
            for r in raws
            if not (r.bare and (r.followed_by_word or _looks_like_date(self.cleaned, r, self.syn)))
        ]
        money_bounds = [(r.start, r.end) for r in kept if not r.percent]
        all_bounds = [(r.start, r.end) for r in kept]
        starts = [b[0] for b in money_bounds]
        all_starts = [b[0] for b in all_bounds]
        keep = {id(r) for r in kept}
        # where pay and raise words of any language stand: one pass over the text, then each
        # figure checks its window with a binary search
        folded = self.folded
        # only around the figures that need the check: prose between them is never read, nor
        # read twice
        needs_pay = [r for r in kept if r.bare and r.period is None and not r.percent]
        # (each in its region only: the prose between figures of a dense text is never read)
        pay_at = _positions(
            self.syn.any_pay,
            folded,
            _merged_spans([self.region(r, starts, money_bounds) for r in needs_pay]),
        )
        percents = [] if salaries_only else [r for r in kept if r.percent]
        change_at = _positions(
            self.syn.any_change, folded, _merged_windows(percents, _BEFORE, _CHANGE_AFTER + 40)
        )
        # non-pay money words: only around the figures that may be pay with no pay word near
        needs_other = [
            r
            for r in needs_pay
            if not _any_in(pay_at, max(0, r.start - _BEFORE), r.end + _AFTER)
            and self.may_be_pay_alone(r)
        ]
        other_at = _positions(
            self.syn.any_other,
            folded,
            _merged_spans([self.region(r, starts, money_bounds) for r in needs_other]),
        )
        for raw in raws:
            if id(raw) not in keep:
                continue  # a year, a day of the month, a head count: nothing to read
            # quick checks before reading the context: a bare number is pay only near a pay
            # word, a percentage is a pay change only after a raise word (any language)
            before = max(0, raw.start - _BEFORE)
            if raw.percent and (
                salaries_only or not _any_in(change_at, before, raw.end + _CHANGE_AFTER + 1)
            ):
                continue
            if (
                raw.bare
                and raw.period is None
                and not _any_in(pay_at, before, raw.end + _AFTER)
                and not (
                    self.may_be_pay_alone(raw)
                    and not _any_in(
                        other_at, self.region_start(raw, starts, money_bounds), raw.end + _AFTER
                    )
                )
            ):
                continue
            if raw.percent:  # a percentage's context ends at any neighbouring figure
                item = self.read(raw, all_bounds, all_starts)
            else:
                item = self.read(raw, money_bounds, starts)
            if isinstance(item, SalaryChange):
                self.last_change = item
            elif isinstance(item, SalaryMention):
                self.last_salary = item
            if item is not None:
                yield item

    def region(
        self, raw: RawMoney, starts: Sequence[int], bounds: Sequence[tuple[int, int]]
    ) -> tuple[int, int]:
        """Where the words that may qualify ``raw`` stand (a stretch that holds the region
        :meth:`read` gives it): its sentence, between the figures before and after it."""
        i = bisect.bisect_left(starts, raw.start)
        prev_end = bounds[i - 1][1] if i > 0 else 0
        k = i + 1 if i < len(starts) and starts[i] == raw.start else i
        nxt = starts[k] if k < len(starts) else len(self.text)
        ends = self.ends
        j = bisect.bisect_right(ends, raw.start)
        s_start = ends[j - 1] if j > 0 else 0
        s_end = ends[j] if j < len(ends) and ends[j] >= raw.end else len(self.text)
        lo = max(raw.start - _BEFORE, prev_end, s_start, 0)
        return min(lo, raw.start), max(min(raw.end + _AFTER, s_end, nxt), raw.end)

    def region_start(
        self, raw: RawMoney, starts: Sequence[int], bounds: Sequence[tuple[int, int]]
    ) -> int:
        return self.region(raw, starts, bounds)[0]

    def may_be_pay_alone(self, raw: RawMoney) -> bool:
        """A figure that may be pay with no pay word near it, if the parser finds it plausible
        as pay: a range or an amount with a thousands shorthand ("25-30K", "1.5-2.5万"), or any
        figure that is the whole text (a salary column's value)."""
        if raw.percent or (raw.followed_by_word and raw.currency is None):
            return False  # "4 millions de talents": a count
        if self.stripped_length <= raw.end - raw.start + _ALONE_SLACK:
            return True
        if raw.currency is not None:  # "$120k–$150k", "€45k", "€40,000–€50,000"; not "£4 million"
            return raw.is_range or (
                raw.magnitude is not None and raw.magnitude <= _SHORTHAND_MAGNITUDE
            )
        # no currency: only the job-board shorthands ("25-30K", "1.5-2.5万", "6-9千"), never
        # "4 millions" (of people, of anything)
        return raw.magnitude is not None and raw.magnitude <= _SHORTHAND_MAGNITUDE

    def read(
        self, raw: RawMoney, bounds: Sequence[tuple[int, int]], starts: Sequence[int]
    ) -> SalaryMention | SalaryChange | MoneyMention | None:
        s_start, s_end = self.sentence(raw.start)
        s_start = min(s_start, raw.start)  # "&pound;30,000": the entity is blank in the copy
        if s_end < raw.end:  # a figure written across a sentence mark ("180 тыс. рублей")
            s_end = max(raw.end, self.sentence(max(raw.start, raw.end - 1))[1])
        code = self.language(s_start, max(s_start, raw.start - 150), min(s_end, raw.end + 100))
        lex = lexicon(code) if code else None
        # the figure's own region: its sentence, without the neighbouring figures' parts
        i = bisect.bisect_left(starts, raw.start)
        prev_end = bounds[i - 1][1] if i > 0 else 0
        here = i < len(starts) and starts[i] == raw.start
        j = i + 1 if here else i
        nxt = starts[j] if j < len(starts) else len(self.text)
        r_start = max(s_start, prev_end, raw.start - _BEFORE)
        r_end = min(s_end, nxt, raw.end + _AFTER)
        ctx = _Context(self, lex, raw, r_start, r_end, s_start, s_end)
        if raw.percent:
            return ctx.change()
        return ctx.money()


def _merged_windows(raws: Sequence[RawMoney], before: int, after: int) -> list[tuple[int, int]]:
    """The stretches [start - before, end + after) around the figures, overlaps merged."""
    windows: list[tuple[int, int]] = []
    for raw in raws:
        lo, hi = max(0, raw.start - before), raw.end + after
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], hi))
        else:
            windows.append((lo, hi))
    return windows


def _merged_spans(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches ``spans`` (in text order), overlaps merged."""
    windows: list[tuple[int, int]] = []
    for lo, hi in spans:
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], hi))
        else:
            windows.append((lo, hi))
    return windows


def _positions(
    rxs: Sequence[re.Pattern[str]], text: str, windows: Sequence[tuple[int, int]]
) -> list[int]:
    """Where one of ``rxs`` matches inside the windows, in order."""
    if not windows:
        return []
    return sorted(m.start() for rx in rxs for lo, hi in windows for m in rx.finditer(text, lo, hi))


def _any_in(positions: Sequence[int], start: int, end: int) -> bool:
    """True when one of the sorted ``positions`` lies in [start, end)."""
    i = bisect.bisect_left(positions, start)
    return i < len(positions) and positions[i] < end


def _detect(text: str, syn: Syntax) -> str | None:
    """The language of a sentence: script first, then stop words.

    >>> _detect("年薪在70万到120万元之间", syntax()), _detect("年収は600万円です", syntax())
    ('zh', 'ja')
    >>> _detect("Les salaires varient de 700 000 à 1,2 million de yuans", syntax())
    'fr'
    """
    text = text[:800]
    if not text.isascii() and _CJK.search(text):  # else no CJK script to look for
        if _KANA.search(text):
            return "ja"
        if _HAN.search(text):
            han = len(_HAN.findall(text))
            latin = len(_WORD.findall(text))
            if han >= latin or not latin:
                return "zh"
        if _HANGUL.search(text):
            return "ko" if "ko" in languages() else None
    scores: dict[str, float] = {}
    sample = text[:800].lower()
    # only the stop words and marked letters are looked at (the lookups run in C)
    for codes in filter(None, map(syn.stopword_langs.get, _WORD.findall(sample))):
        share = 1.0 / len(codes)  # a word shared by several languages counts less
        for code in codes:
            scores[code] = scores.get(code, 0.0) + share
    for codes in filter(None, map(syn.letter_langs.get, syn.letters.findall(sample))):
        for code in codes:
            scores[code] = scores.get(code, 0.0) + 0.5
    if not scores:
        return None
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None  # a tie: the document's language decides
    return ranked[0][0]


_currency_country_cache: dict[str, str] = {}


def _currency_country() -> dict[str, str]:
    """Currencies used by exactly one market of markets.yaml -> that market."""
    if not _currency_country_cache:
        seen: dict[str, list[str]] = {}
        for country, cur in markets().currency.items():
            seen.setdefault(cur, []).append(country)
        _currency_country_cache.update({c: cs[0] for c, cs in seen.items() if len(cs) == 1})
    return _currency_country_cache


# ------------------------------------------------------------------------------ context
def _nearest(
    rx: re.Pattern[str], text: str, start: int, pivot_lo: int, pivot_hi: int, end: int
) -> tuple[int, re.Match[str]] | None:
    """The match of ``rx`` nearest to [pivot_lo, pivot_hi) within [start, end), with its
    distance; matches after the figure count double (the words before a figure qualify it)."""
    best: tuple[int, re.Match[str]] | None = None
    for m in rx.finditer(text, start, pivot_lo):
        d = pivot_lo - m.end()
        if best is None or d <= best[0]:
            best = (d, m)
    m2 = rx.search(text, pivot_hi, end)
    if m2 is not None:
        d = 2 * (m2.start() - pivot_hi) + 5
        if best is None or d < best[0]:
            best = (d, m2)
    return best


class _Context:
    """What the sentence around one figure says about it."""

    def __init__(
        self,
        doc: _Document,
        lex: LangLexicon | None,
        raw: RawMoney,
        r_start: int,
        r_end: int,
        s_start: int,
        s_end: int,
    ) -> None:
        self.doc = doc
        self.lex = lex
        self.raw = raw
        self.r_start, self.r_end = r_start, r_end
        self.s_start, self.s_end = s_start, s_end
        self.t = doc.cleaned
        self.f = doc.folded
        self.continued: SalaryMention | None = None  # the salary this figure goes on from

    def near(self, rx: re.Pattern[str]) -> tuple[int, re.Match[str]] | None:
        """The word of ``rx`` nearest to the figure: before it in its region, after it only in
        its clause ("le salaire minimum est de R$ 1.412, *e o aluguel* …": the rent is another
        clause's)."""
        return _nearest(rx, self.f, self.r_start, self.raw.start, self.raw.end, self.clause_end)

    @functools.cached_property
    def clause_end(self) -> int:
        clause = _CLAUSE_END.search(self.t, self.raw.end, self.r_end)
        return clause.start() if clause else self.r_end

    def any_cue(self) -> bool:
        """True when a pay or non-pay word of any language stands in the figure's region (a
        few scans of the region instead of two per language)."""
        syn, f = self.doc.syn, self.f
        lo, hi = self.r_start, self.clause_end
        return any(rx.search(f, lo, hi) for rx in (*syn.any_pay, *syn.any_other))

    # ------------------------------------------------------------------ classification
    def sentence(self) -> TextSpan:
        """The sentence, built only for a figure that is returned."""
        return TextSpan(
            text=self.doc.text[self.s_start : self.s_end], span=(self.s_start, self.s_end)
        )

    def change(self) -> SalaryChange | None:
        lex, raw = self.lex, self.raw
        if lex is None or (raw.low is None and raw.high is None):
            return None
        # a change word and a pay word close together before the figure: "l'augmentation du
        # salaire … entre 5 % et 11 %", "salaries rose 3%"; not "la demande a augmenté de 61 %"
        changes = list(lex.change.finditer(self.f, self.r_start, self.raw.start))
        # a raise word right after the figure counts too: "a 9.8% increase", "2.5% 인상됐다"
        after = lex.change.search(self.f, self.raw.end, self.clause_end)
        if after is not None and after.start() - self.raw.end <= _CHANGE_AFTER:
            changes.append(after)
        pays = list(lex.salary.finditer(self.f, self.r_start, self.raw.start))
        if (
            not any(
                abs(c.start() - p.start()) <= _CHANGE_PAY_DISTANCE for c in changes for p in pays
            )
            and lex.pay_change.search(self.f, self.r_start, self.raw.start) is None
            and not self._continues_change(lex)
            and not self._changes_salary(lex, changes)
        ):
            return None
        low = raw.low if raw.low is not None else raw.high
        high = raw.high if raw.high is not None else raw.low
        assert low is not None and high is not None
        about, about_inferred = self.about()
        prev = self.doc.last_salary
        if about is None and prev is not None and self.s_start <= prev.span[0] < self.raw.start:
            about = prev.about  # "年薪为25.6万元，较去年上涨了5%": the change of that salary
        when, when_inferred = self.when()
        inferred = {"about"} if about_inferred else set()
        if when_inferred:
            inferred.add("when")
        return SalaryChange(
            low=min(low, high),
            high=max(low, high),
            span=(raw.start, raw.end),
            text=self.doc.text[raw.start : raw.end],
            sentence=self.sentence(),
            about=about,
            place=self.place()[0],
            when=when,
            source=self.source()[0],
            lang=lex.code,
            approximate=raw.approximate,
            inferred=frozenset(inferred),
        )

    def _continues_change(self, lex: LangLexicon) -> bool:
        """A percentage that goes on from a pay change just before it in the same sentence
        ("… entre 5 % et 11 %, et celle des non-cadres entre 13 % et 11 %")."""
        prev = self.doc.last_change
        if prev is None or prev.span[1] <= self.s_start or prev.span[1] > self.raw.start:
            return False
        if lex.share_after.match(self.f, _skip_ws(self.f, self.raw.end)):
            return False  # "…, while 40 percent of staff": a share, not a change
        return lex.change_breakers.search(self.f, prev.span[1], self.raw.start) is None

    def _changes_salary(self, lex: LangLexicon, changes: list[re.Match[str]]) -> bool:
        """A percentage right after a salary of the same sentence, a change word between them:
        the change of that salary ("年薪为25.6万元，较去年上涨了5%", "… 3 000 €, en hausse de 4 %")."""
        prev = self.doc.last_salary
        if prev is None or prev.span[1] <= self.s_start or prev.span[1] > self.raw.start:
            return False
        between = [c for c in changes if c.start() >= prev.span[1]]
        return (
            bool(between)
            and lex.change_breakers.search(self.f, prev.span[1], self.raw.start) is None
        )

    def money(self) -> SalaryMention | MoneyMention | None:
        lex, raw, doc = self.lex, self.raw, self.doc
        pay = self.near(lex.salary) if lex else None
        other = self.near(lex.non_salary) if lex else None
        if pay is None and other is None and lex is not None:
            pay = self.near(lex.periods)  # "Mensuel de 1800 € à 2000 €": a pay period alone
        explicit = raw.currency is not None
        if pay is None and other is None and explicit and self.any_cue():
            # no cue in the sentence's language: a quote or a name in another language
            # ("un salaire de 5 000 € (salary)", mixed-language pages) — try the others
            for code in languages():
                if lex is not None and code == lex.code:
                    continue
                alt = lexicon(code)
                pay, other = self.near(alt.salary), self.near(alt.non_salary)
                if pay is not None or other is not None:
                    lex = self.lex = alt  # the words of that language describe the figure
                    break
        if lex is not None:
            # the word right after the figure names it, whatever stands before: "paid a
            # $100 million *settlement*", "a €45 million *Series B*"
            at = _skip_ws(self.f, raw.end)
            if at < self.clause_end:
                noun_other = lex.non_salary.match(self.f, at)
                noun_pay = lex.salary.match(self.f, at)
                if noun_other is not None and noun_pay is None and pay is not None:
                    other = (0, noun_other)
                elif noun_pay is not None and noun_other is None:
                    pay = (0, noun_pay)
        counted = raw.followed_by_word and raw.currency is None and raw.period is None
        if counted or (raw.bare and _looks_like_date(self.t, raw, self.doc.syn)):
            return None  # "260 000 personnes", "2 millions de talents", "en 2024", "5 février"
        if other is not None and (pay is None or other[0] < pay[0]):
            return (
                self.other_money(lex.non_salary_label(other[1].group()) if lex else "other")
                if explicit
                else None
            )
        if pay is None and other is None:
            self.continued = self.continues_salary()
        alone = pay is None and raw.period is None and self.continued is None
        if alone and not (other is None and doc.may_be_pay_alone(raw)):
            return self.other_money("other") if explicit else None
        reading = self.reading()
        if reading is None:  # money the parser does not read as pay ("1.5 francs")
            return self.other_money("other") if explicit else None
        if alone and (reading["period"] is None or reading["currency"] is None):
            # no pay word: pay only when the parser reads a plausible pay figure there
            return self.other_money("other") if explicit else None
        amount = reading["high"] if reading["high"] is not None else reading["low"]
        if amount is not None and amount <= 0:
            return self.other_money("other")  # "$ 0": money, never pay
        if amount is not None and amount >= markets().max_salary and (pay is None or pay[0] > 15):
            return self.other_money("other")
        if raw.bare and reading["period"] is None:
            return None  # a plain number near pay words, but no period fits it: not a salary
        if reading["period"] is None and amount is not None:
            bands = markets().bands.get(reading["currency"] or "", {})
            if bands and amount >= max(hi for _, hi in bands.values()):
                # "wages reached £60 billion": more than any pay of its currency, for no
                # period — a total, not a salary
                return self.other_money("other")
        kind = self.kind()
        if reading["statistic"] is None and kind in ("mean", "median"):
            reading["statistic"] = kind
            reading["inferred"] = reading["inferred"] | {"statistic"}
        about, about_inferred = self.about()
        place, place_country = self.place()
        country = place_country
        m_inferred: set[str] = set()
        if country is None:
            country = doc.market(raw.start)
            currency = reading["currency"]
            if currency and (
                (country is None and "currency" in reading["inferred"] and raw.currency is not None)
                or (country is not None and markets().currency.get(country) != currency)
            ):
                # a figure in another money than the market's, or in pesos read as the money
                # of the one market where they are plausible pay: its currency's own market if
                # only one market uses it (£ -> GB), else unknown
                country = _currency_country().get(currency)
            if country is not None:
                m_inferred.add("country")
        when, when_inferred = self.when()
        source, source_inferred = self.source()
        for name, flag in (
            ("about", about_inferred),
            ("when", when_inferred),
            ("source", source_inferred),
        ):
            if flag:
                m_inferred.add(name)
        reading["country"] = country
        salary = Salary(**reading)
        return SalaryMention(
            salary=salary,
            sentence=self.sentence(),
            about=about,
            place=place,
            country=country,
            when=when,
            kind=kind,
            source=source,
            lang=lex.code if lex else None,
            inferred=frozenset(m_inferred),
        )

    def continues_salary(self) -> SalaryMention | None:
        """The salary this figure goes on from, in the same sentence with no other money word
        between them: "un tecnico guadagna 1.400 euro al mese, un capoturno *1.750 euro*",
        "в Казани — 65 тысяч рублей, а в Москве — *130 тысяч рублей*"."""
        prev, lex = self.doc.last_salary, self.lex
        if prev is None or prev.span[1] > self.r_start:
            return None  # another figure stands between them
        if prev.span[0] < self.s_start:
            # the sentence before ("…; the mean was $232,000", "…; les ingénieurs débutants
            # démarrent autour de 40 000 euros"): only right after it, and when a role or a
            # statistic is named before the figure
            if lex is None or self.s_start - prev.span[1] > _CONTINUE_SENTENCE:
                return None
            ends = self.doc.ends
            if (
                bisect.bisect_right(ends, self.s_start) - bisect.bisect_right(ends, prev.span[1])
                > 1
            ):
                return None  # not the sentence just before
            if lex.roles.search(self.f, self.r_start, self.raw.start) is None and not any(
                lex.kind_label(m.group()) in _STAT_KINDS
                for m in lex.kinds.finditer(self.f, self.r_start, self.raw.start)
            ):
                return None
        if self.raw.bare:
            return None  # a plain number ("… por mês em 2024") goes on from nothing
        amount = self.raw.high if self.raw.high is not None else self.raw.low
        before = prev.salary.high if prev.salary.high is not None else prev.salary.low
        if amount is None or before is None or not before / 10 <= amount <= before * 10:
            return None  # "… 6 000 zł, a miasto wyda 120 mln zł": not the same kind of figure
        return prev

    def reading(self) -> dict[str, Any] | None:
        """The salary read from the figure's span by the parser (:func:`salarykit.parse`), with
        what the span leaves out filled from context, marked inferred.

        The parser reads the span alone, told the sentence's language and the market near the
        figure; its own guesses (a currency or period inferred from plausibility) give way to
        what the sentence says ("salaire *mensuel*") and to the local market.
        """
        raw, doc = self.raw, self.doc
        span_text = doc.text[raw.start : raw.end]
        market = doc.market(raw.start)
        code = self.lex.code if self.lex else None
        parsed = _parse_span(span_text, code, market, doc.currency_hint)
        by_plausibility = False
        if market is None and (parsed is None or not parsed.has_amount or "currency" in parsed.inferred):
            # "25.000 pesos mensuales" in no known market: "pesos" names a currency only with
            # the market, so each market that writes its money so is tried (markets.yaml); the
            # parser's own guess (the Mexican peso) does not stand in for that test
            tried, named = self.market_named(span_text, code)
            if tried:
                parsed, by_plausibility = named, named is not None
        widened = False
        if (parsed is None or not parsed.has_amount) and raw.currency is None and self.lex:
            # a bare figure the span alone cannot make pay ("日结200"): read it together with
            # the pay word just before it; what that word gives is then inferred
            cue = _nearest(self.lex.salary, self.f, self.r_start, raw.start, raw.start, raw.start)
            if cue is not None and cue[0] <= _PERIOD_CONTEXT_BEFORE:
                window = doc.text[cue[1].start() : raw.end]
                parsed = _parse_span(window, code, market, doc.currency_hint)
                if parsed is not None and parsed.has_amount:
                    # the reading must be of this figure: it ends inside the figure's span
                    # ("年薪円30月給": the "30" of the span, read with 円 and 年薪, both inferred)
                    figure = raw.start - cue[1].start()
                    widened = parsed.span is not None and parsed.span[1] > figure
                    if not widened:
                        parsed = None  # the pay word's window reads another figure
                    else:
                        # a period written in the span itself stands: the pay word before it
                        # does not override it ("£30,000年薪30 000月給": not 30 000 a year)
                        own = _parse_span(span_text, code, None, None)
                        if (
                            own is not None
                            and own.period is not None
                            and "period" not in own.inferred
                            and own.period != parsed.period
                        ):
                            parsed, widened = None, False
        payments = None
        if parsed is not None and parsed.payments_per_year is None:
            payments = self.payments(code, market)
        if parsed is None or not parsed.has_amount:
            return None  # the parser sees no pay in the span: not a salary
        inferred = set(parsed.inferred) - {"country"}
        if widened:
            inferred |= {"currency", "period"} & {
                k for k in ("currency", "period") if getattr(parsed, k)
            }
            if (parsed.low, parsed.high) != (raw.low, raw.high) and raw.bound is None:
                return None  # the parser read the window otherwise than the figure
        currency = parsed.currency
        if by_plausibility:
            inferred.add("currency")  # the only market where the figure reads as pay
        elif currency is None or "currency" in inferred:
            local, guessed = self.currency()
            if local is not None:  # the market near the figure beats the parser's guess
                currency = local
                # a sign that names a currency only with the market ("pesos"): the figure
                # alone does not say it, so the currency stays inferred as the parser says
                sign = doc.syn.ambiguous.get(raw.currency_text.lower()) if raw.currency else None
                if sign not in markets().market_named_signs:
                    inferred.discard("currency")
                if guessed:
                    inferred.add("currency")
        period = parsed.period.value if parsed.period is not None else None
        if period is None or "period" in inferred:
            said = self.context_period()
            if said is not None:
                period = said
                inferred.add("period")
            elif period is None:
                amount = parsed.high if parsed.high is not None else parsed.low
                period = self.band_period(currency, amount, parsed.low, parsed.high)
                prev = self.continued
                if (
                    prev is not None
                    and prev.salary.period is not None
                    and prev.salary.currency == currency
                ):
                    period = prev.salary.period.value  # "…, un capoturno 1.750 euro": the same
                if period is not None:
                    inferred.add("period")
        fields = {name: getattr(parsed, name) for name in _SALARY_FIELDS}
        if payments is not None:
            fields["payments_per_year"] = payments
        fields.update(
            currency=currency,
            period=Period(period) if period else None,
            inferred=frozenset(inferred),
            span=(raw.start, raw.end),
            text=span_text,
            lang=self.lex.code if self.lex else None,
        )
        return fields

    def market_named(self, span_text: str, code: str | None) -> tuple[bool, Salary | None]:
        """The parser's reading of a figure written with a sign that names a currency only
        together with the market ("pesos"), when the text names no market: the sign's
        currencies (markets.yaml) are tried one by one, each in its market, and the figure is
        read only when it is plausible pay in exactly one of them ("25.000 pesos mensuales"
        is Mexican pay; in Argentina, Chile or Colombia it is below any monthly wage). Two
        plausible markets, or none: no reading (the money is not returned as a salary).
        The first value says whether the figure was such a sign's at all (tried)."""
        raw, doc, mk = self.raw, self.doc, markets()
        if raw.currency is None or doc.currency_hint is not None:
            return False, None
        sign = doc.syn.ambiguous.get(raw.currency_text.lower())
        if sign is None or sign not in mk.market_named_signs:
            return False, None
        readings = []
        for currency in sorted(mk.signs.get(sign, frozenset())):
            country = _currency_country().get(currency)
            if country is None:
                continue
            parsed = _parse_span(span_text, code, country, None)
            if parsed is None or not parsed.has_amount or parsed.currency != currency:
                continue
            known = parsed.low if parsed.low is not None else parsed.high
            if parsed.period is None or known is None or plausible(known, currency, parsed.period.value):
                readings.append(parsed)  # a figure below any wage of that market is not its pay
        return True, (readings[0] if len(readings) == 1 else None)

    def payments(self, code: str | None, market: str | None) -> int | None:
        """The number of payments a year written right after the figure, in its clause
        ("15-25K·13薪", "… sur 12 mois"), as the parser reads it there."""
        raw, doc = self.raw, self.doc
        limit = min(self.r_end, raw.end + 24)
        clause = _CLAUSE_END.search(doc.text, raw.end, limit)
        tail_end = clause.start() if clause else limit
        if not any(c.isdigit() for c in doc.text[raw.end : tail_end]):
            return None
        window = _parse_span(doc.text[raw.start : tail_end], code, market, doc.currency_hint)
        if window is None or window.span is None or window.span[0] >= raw.end - raw.start:
            return None  # the parser read another figure of the clause, not this one
        return window.payments_per_year

    def other_money(self, label: str) -> MoneyMention | None:
        """The figure as money that is not pay (None when only salaries are asked for)."""
        raw = self.raw
        if self.doc.salaries_only:
            return None
        currency, inferred = self.currency()
        return MoneyMention(
            low=raw.low,
            high=raw.high,
            currency=currency,
            label=_LABELS.get(label, "other"),
            span=(raw.start, raw.end),
            text=self.doc.text[raw.start : raw.end],
            sentence=self.sentence(),
            lang=self.lex.code if self.lex else None,
            approximate=raw.approximate,
            inferred=frozenset({"currency"} if inferred else ()),
        )

    # ------------------------------------------------------------------ salary fields
    def currency(self) -> tuple[str | None, bool]:
        raw, doc = self.raw, self.doc
        mk = markets()
        if raw.currency:
            sign = doc.syn.ambiguous.get(raw.currency_text.lower())
            if sign is None:
                return raw.currency, False
            market = doc.market(raw.start)
            local = doc.currency_hint or (mk.currency.get(market) if market else None)
            allowed = mk.signs.get(sign, frozenset())
            if sign == "yen_sign" and self.lex is not None and self.lex.code == "ja":
                return "JPY", raw.currency != "JPY"
            if local and local in allowed and local != raw.currency:
                return local, True
            if sign in mk.market_named_signs and not (local and local in allowed):
                return raw.currency, True  # "pesos" in no market: a guess, said to be one
            return raw.currency, False
        local = doc.local_currency(raw.start)
        return local, local is not None

    def context_period(self) -> str | None:
        """The period a pay word near the figure names ("salaire mensuel", "年薪", "annual")."""
        raw, lex = self.raw, self.lex
        if lex is None:
            return None
        start = max(self.r_start, raw.start - _PERIOD_CONTEXT_BEFORE)
        found = _nearest(
            lex.periods, self.f, start, raw.start, raw.end, min(self.clause_end, raw.end + 40)
        )
        return lex.period_label(found[1].group()) if found is not None else None

    def band_period(
        self,
        currency: str | None,
        amount: Decimal | None,
        low: Decimal | None,
        high: Decimal | None,
    ) -> str | None:
        """The period whose market band (markets.yaml) holds the amount, if exactly one does."""
        if currency is None or amount is None:
            return None
        bands = markets().bands.get(currency, {})
        hits = [p for p, (lo, hi) in bands.items() if lo <= amount < hi]
        if low is not None and high is not None and low != high:
            hits = [p for p in hits if bands[p][0] <= low < bands[p][1]]
        return hits[0] if len(hits) == 1 else None

    def kind(self) -> Kind | None:
        lex = self.lex
        if lex is None:
            return None
        kinds: dict[str, Kind] = {
            "offer": "offer",
            "mean": "mean",
            "median": "median",
            "maximum": "maximum",
            "minimum": "minimum",
            "survey": "survey",
        }
        found: dict[str, int] = {}
        for m in lex.kinds.finditer(self.f, self.r_start, self.raw.end):
            label = lex.kind_label(m.group())
            if label:
                found[label] = min(found.get(label, 1 << 30), max(0, self.raw.start - m.end()))
        for m in lex.kinds.finditer(self.f, self.raw.end, self.r_end):
            label = lex.kind_label(m.group())
            if label:
                found.setdefault(label, 2 * (m.start() - self.raw.end) + 5)
        if self.raw.bound == "upper" and "maximum" in found:
            return "maximum"
        stats = [k for k in _STAT_KINDS if k in found]
        if stats:
            return kinds[min(stats, key=lambda k: found[k])]
        for k in ("offer", "survey"):
            if k in found:
                return kinds[k]
        return None

    # ------------------------------------------------------------------ description
    def place(self) -> tuple[str | None, str | None]:
        """The place named nearest to the figure in its region (read from the places the
        document scan found, see :meth:`_Document.cues`)."""
        doc = self.doc
        cues = doc.cues()
        lo = bisect.bisect_left(doc._cue_pos, self.r_start)
        hi = bisect.bisect_left(doc._cue_pos, self.r_end)
        best: tuple[int, str, str] | None = None
        for cue in cues[lo:hi]:
            if not cue.place or cue.end > self.r_end:
                continue
            d = self.raw.start - cue.end if cue.end <= self.raw.start else cue.pos - self.raw.end
            if best is None or abs(d) < best[0]:
                best = (abs(d), cue.place, cue.country)
        return (best[1], best[2]) if best else (None, None)

    def about(self) -> tuple[str | None, bool]:
        lex = self.lex
        if lex is None:
            return None, False
        before: re.Match[str] | None = None
        for found in lex.roles.finditer(self.f, self.r_start, self.raw.start):
            before = found
        # the words before a figure qualify it; after it only when nothing stands before
        m = before if before is not None else lex.roles.search(self.f, self.raw.end, self.r_end)
        if m is None:
            return None, False
        lo, hi = (
            (self.r_start, self.raw.start)
            if m.end() <= self.raw.start
            else (self.raw.end, self.r_end)
        )
        phrase, demonstrative = _role_phrase(self.doc.text, self.t, self.f, lex, m, lo, hi)
        if demonstrative:
            previous = self._previous_about()
            if previous:
                return previous, True
            return None, False
        return phrase, False

    def _previous_about(self) -> str | None:
        """The role named in the previous sentence (for "ces postes", "these roles")."""
        lex = self.lex
        if lex is None or self.s_start == 0:
            return None
        p_start, p_end = self.doc.sentence(max(0, self.s_start - 2))
        matches = list(lex.roles.finditer(self.f, p_start, p_end))
        for m in reversed(matches):
            phrase, demonstrative = _role_phrase(
                self.doc.text, self.t, self.f, lex, m, p_start, p_end
            )
            if phrase and not demonstrative:
                return phrase
        return None

    def when(self) -> tuple[str | None, bool]:
        lex = self.lex
        if lex is None:
            return None, False
        start = max(self.s_start, self.raw.start - _BEFORE)
        end = min(self.s_end, self.raw.end + _AFTER)
        return _when(self.doc, lex, start, end, self.raw.start, self.raw.end)

    def source(self) -> tuple[str | None, bool]:
        lex = self.lex
        if lex is None:
            return None, False
        start = max(self.s_start, self.raw.start - _BEFORE)
        end = min(self.s_end, self.raw.end + _AFTER)
        name = _source_in(self.doc.text, self.f, lex, start, end)
        if name:
            return name, False
        # "le rapport montre…", "the report": the source named earlier in the paragraph (read
        # once per sentence)
        key = (self.s_start, lex.code)
        cache = self.doc.earlier_source
        if key not in cache:
            name = None
            if lex.report_words.search(self.f, self.s_start, self.s_end):
                start = max(0, self.s_start - 2000)
                name = _source_in(self.doc.text, self.f, lex, start, self.s_start, last=True)
            cache[key] = name
        name = cache[key]
        return (name, True) if name else (None, False)


_LABELS: dict[str, MoneyLabel] = {
    "budget": "budget",
    "investment": "investment",
    "revenue": "revenue",
    "valuation": "valuation",
    "funding": "funding",
    "price": "price",
    "fine": "fine",
    "profit": "profit",
    "other": "other",
}


def _looks_like_date(text: str, raw: RawMoney, syn: Syntax) -> bool:
    """A bare year, or a day number next to a month name ("5 février", "May 5")."""
    if raw.low is not None and raw.low == raw.high and not raw.is_range:
        value = raw.low
        if value == value.to_integral_value() and 1900 <= value <= 2100:
            return True
        if value <= 31:
            return True
    after = text[raw.end : raw.end + 16]
    before = text[max(0, raw.start - 16) : raw.start]
    return bool(
        syn.month_names.match(after.lstrip()) or syn.month_names.search(before.rstrip()[-12:])
    )


def _cjk(lex: LangLexicon) -> bool:
    return lex.script in ("han", "kana")


def _role_phrase(
    original: str, t: str, f: str, lex: LangLexicon, m: re.Match[str], lo: int, hi: int
) -> tuple[str | None, bool]:
    """The job or group named around the role word ``m``, within [lo, hi) (``t`` is the
    cleaned text, ``f`` the same folded, where the context word lists match).

    Returns the phrase and whether it is a demonstrative ("ces postes") pointing back.
    """
    if _cjk(lex):
        start = m.start()
        while start > lo:
            ch = t[start - 1]
            if not (ch.isalnum() or ch in "-_/&+") or ch.isdigit():
                break
            if any(t.startswith(w, start - len(w)) for w in lex.about_stop_words if w):
                break
            if any(t.startswith(w, start - len(w)) for w in lex.demonstratives if w):
                return None, True
            start -= 1
            if m.end() - start > 16:
                break
        return original[start : m.end()].strip() or None, False
    # alphabetic scripts: words left of the role word, then (right-branching languages) right
    before_tokens = [tm for tm in _TOKEN.finditer(t, max(lo, m.start() - 80), m.start())]
    start = m.start()
    if before_tokens and before_tokens[-1].group().lower() in lex.demonstratives:
        return None, True
    if lex.about_direction == "left":
        for tm in reversed(before_tokens):
            word = tm.group()
            if not word[0].isalnum() and word not in "-/&":
                break
            if word.lower() in lex.about_stop_words or word.lower() in lex.articles:
                break
            if word.isdigit():
                break
            start = tm.start()
        end = m.end()
    else:
        for tm in reversed(before_tokens):
            if tm.group().lower() in lex.role_modifiers:
                start = tm.start()
            else:
                break
        end = m.end()
        rx, table = places()
        pos = m.end()
        words = 0
        heads = place_heads()
        while pos < hi and words < 14:
            tok = _TOKEN.search(t, pos, hi)
            if tok is None:
                break
            if t[pos : tok.start()].count("\n"):
                break
            tm = tok
            word = tm.group()
            lower = word.lower()
            if lower in lex.continue_heads:
                cont = lex.about_continue.match(f, tm.start())
                if cont is not None and cont.end() <= hi:  # "liés aux": goes on past "aux"
                    pos = end = cont.end()
                    words += 1
                    continue
            if not word[0].isalnum() or word[0].isdigit():
                break
            if lower in lex.about_stop_words:
                break
            if lower in lex.cue_heads and any(
                cue.match(f, tm.start()) for cue in (lex.salary, lex.kinds, lex.periods, lex.change)
            ):
                break  # "infirmier débutant | touche un salaire": the pay words end the group
            if word in heads:
                place = rx.match(t, tm.start())
                if place is not None and not table[place.group()].organisation:
                    break
            end = tm.end()
            pos = tm.end()
            words += 1
        # no dangling "en", "de", "of" at the end
        tail = list(_TOKEN.finditer(t, m.end(), end))
        while tail and tail[-1].group().lower() in lex.about_trim:
            end = tail[-1].start()
            tail.pop()
    phrase = " ".join(original[start:end].split()).strip(" ,;:'’")
    return (phrase or None), False


def _skip_ws(t: str, pos: int) -> int:
    while pos < len(t) and t[pos] in " \t\u00a0":
        pos += 1
    return pos


_ELIDED = re.compile(r"(?i)(?:l|d|qu)['’](?=\w)")
_SOURCE_NAME = re.compile(
    r"(?:[«“\"]\s*)?"
    r"((?:[A-Z0-9\u00C0-\u00DE][\w.&'’-]*|[a-z]+(?:\.[a-z]+)+)"  # a capitalised word or "levels.fyi"
    r"(?:\s+(?:(?:de|of|du|des|la|le|for|and|&|del|der|für)\s+)?"
    r"(?:[A-Z0-9\u00C0-\u00DE][\w.&'’-]*))*)"
)


def _source_in(
    original: str, folded: str, lex: LangLexicon, start: int, end: int, *, last: bool = False
) -> str | None:
    """The name after a source marker ("selon X", "according to X", "据X") in [start, end)
    (markers are found in the folded text, names read in the text as written)."""
    markers = list(lex.source_before.finditer(folded, start, end))
    if last:
        markers.reverse()
    for marker in markers:
        pos = marker.end()
        if _cjk(lex):
            seg = re.match(
                r"\s*([^\s，,。、的]{2,20}?)(?:的|发布|显示|报告|调查|称|，|,)", original[pos:end]
            )
            if seg:
                return seg.group(1)
            continue
        # skip articles and report words: "selon un rapport de l'", "according to a survey by"
        while True:
            elided = _ELIDED.match(original, _skip_ws(original, pos))
            if elided is not None:  # "l'Apec", "d'Indeed"
                pos = elided.end()
                continue
            tm = _TOKEN.match(original, _skip_ws(original, pos))
            if tm is None or tm.end() > end:
                break
            word = tm.group().lower()
            if word in lex.articles or word in lex.source_skip or lex.report_words.fullmatch(word):
                pos = tm.end()
                continue
            break
        name = _SOURCE_NAME.match(original, _skip_ws(original, pos), end)
        if name and len(name.group(1)) >= 2:
            return name.group(1).rstrip(".,’'")
    if lex.source_after.pattern != r"(?!x)x":
        for marker in lex.source_after.finditer(folded, start, end):
            seg = re.search(r"([^\s、。，,は]{2,20})$", original[start : marker.start()])
            if seg:
                return seg.group(1)
    return None


def _when(
    doc: _Document, lex: LangLexicon, s_start: int, s_end: int, f_start: int, f_end: int
) -> tuple[str | None, bool]:
    """The date or period a figure refers to, from its sentence (nearest to the figure): the
    date regex reads the folded text, the words come out as written."""
    found: list[tuple[int, str, bool]] = []
    for m in _date_regex(lex).finditer(doc.folded, s_start, s_end):
        text, inferred = _date_text(doc, lex, m, doc.cleaned)
        if text is None:
            continue
        d = f_start - m.end() if m.end() <= f_start else m.start() - f_end
        found.append((abs(d), text, inferred))
    if not found:
        return None, False
    found.sort(key=lambda x: x[0])
    return found[0][1], found[0][2]


_date_cache: dict[str, re.Pattern[str]] = {}


def _date_regex(lex: LangLexicon) -> re.Pattern[str]:
    rx = _date_cache.get(lex.code)
    if rx is not None:
        return rx
    if _cjk(lex):
        y, mo = re.escape(lex.year_mark), re.escape(lex.month_mark)  # 年/月, 년/월
        pattern = (
            rf"(?P<cy>{_YEAR})\s*{y}\s*(?:(?P<cm>\d{{1,2}})\s*{mo}|(?P<half>上半年|下半年|第[一二三四1-4]季度|{lex.date_parts.pattern}))?(?:\s*(?:到|至|-|～|~)\s*(?:(?P<cy2>{_YEAR})\s*{y}\s*)?(?P<cm2>\d{{1,2}})\s*{mo})?"
            rf"|(?P<rel>{lex.this_year.pattern}|{lex.last_year.pattern})(?:\s*(?P<rm>\d{{1,2}})\s*{mo})?"
        )
    else:
        month = lex.months.pattern
        opens = (
            "|".join(re.escape(w) for w in sorted(lex.date_open, key=len, reverse=True))
            or r"(?!x)x"
        )
        joins = (
            "|".join(re.escape(w) for w in sorted(lex.date_join, key=len, reverse=True))
            or r"(?!x)x"
        )
        rel = f"{lex.this_year.pattern}|{lex.last_year.pattern}"
        year = rf"(?:{_YEAR})(?!\d)"
        pattern = (
            rf"(?:(?<![^\W\d_])(?:{opens})\s+)(?P<m1>{month})(?:\s+(?P<y1>{year}))?\s+(?:{joins})\s+(?P<m2>{month})(?:\s+(?:(?:de|of)\s+)?(?P<y2>{year}|{rel}))?"
            rf"|(?P<part>{lex.date_parts.pattern})\s+(?:(?:de|of|del|des|du|von|di|do|da)\s+(?:l'|l’)?)?(?P<py>{year}|{rel})"
            rf"|(?P<m>{month})(?:\s+(?:(?:de|of|del)\s+)?(?P<y>{year}|{rel}))?"
            rf"|(?P<since>{lex.date_since.pattern})\s+(?P<sy>{year})"
            rf"|(?P<in>{lex.date_before_year.pattern})\s+(?P<iy>{year})"
        )
        # every alternative starts a word: checking that first lets the engine pass over the
        # inside of words at once (several times faster on a sentence)
        heads = re.escape(lex.date_heads) if lex.date_heads else r"^\W\d_"
        pattern = rf"(?<![^\W\d_])(?=[{heads}])(?:{pattern})"
    rx = re.compile(pattern)  # on folded text: the words of the lexicon are lowercase
    _date_cache[lex.code] = rx
    return rx


def _resolve_year(doc: _Document, lex: LangLexicon, text: str | None) -> tuple[str | None, bool]:
    """A written year stays as written; "cette année"/"last year" resolve against the
    document's date (an ISO date near its top), marked inferred."""
    if not text:
        return None, False
    if re.fullmatch(_YEAR, text):
        return text, False
    if doc.year is None:
        return None, False
    if lex.this_year.fullmatch(text):
        return str(doc.year), True
    if lex.last_year.fullmatch(text):
        return str(doc.year - 1), True
    return None, False


def _date_text(
    doc: _Document, lex: LangLexicon, m: re.Match[str], written: str
) -> tuple[str | None, bool]:
    """The date matched by ``m`` (in the folded text), in the words of ``written``."""
    g: dict[str, Any] = {
        name: written[m.start(name) : m.end(name)] if m.start(name) >= 0 else None
        for name in m.re.groupindex
    }
    if _cjk(lex):
        y, mo = lex.year_mark, lex.month_mark
        if g.get("cy"):
            text = f"{g['cy']}{y}" + (
                f"{int(g['cm'])}{mo}" if g.get("cm") else (g.get("half") or "")
            )
            if g.get("cm2"):
                text += "–" + (f"{g['cy2']}{y}" if g.get("cy2") else "") + f"{int(g['cm2'])}{mo}"
            return text, False
        year, inferred = _resolve_year(doc, lex, g.get("rel"))
        if year is None:
            return None, False
        return f"{year}{y}" + (f"{int(g['rm'])}{mo}" if g.get("rm") else ""), inferred
    if g.get("m1"):
        y2, inf2 = _resolve_year(doc, lex, g.get("y2"))
        m1, m2 = g["m1"], g["m2"]  # as written: "avril", "May"
        y1 = g.get("y1")
        if y1 and y2 and y1 != y2:
            return f"{m1} {y1}–{m2} {y2}", inf2
        if y2:
            return f"{m1}–{m2} {y2}", inf2
        return f"{m1}–{m2}", False
    if g.get("m"):
        word = g["m"]
        if lex.code == "en" and word[0].islower() and not g.get("y"):
            return None, False  # "may" the verb
        year, inferred = _resolve_year(doc, lex, g.get("y"))
        if year is None:
            if not g.get("y"):
                return None, False  # a month alone is too weak ("mai", "march")
            return word + " " + g["y"], False
        return f"{word} {year}", inferred
    if g.get("part"):  # "first half of 2024", "premier semestre 2024", "Q2 2024"
        year, inferred = _resolve_year(doc, lex, g.get("py"))
        if year is None:
            return None, False
        return f"{' '.join(g['part'].split())} {year}", inferred
    if g.get("sy"):
        return g["sy"], False
    if g.get("iy"):
        return g["iy"], False
    return None, False
