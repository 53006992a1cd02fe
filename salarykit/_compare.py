"""Compare a salary with a market figure (or with another salary): :func:`compare`.

Both sides are brought to one pay period and one money — the reference's currency at the
market exchange rate of a date, or international dollars at purchasing-power parity — and
every step taken on the way is listed in :attr:`Comparison.assumptions`.

>>> from salarykit import MarketData
>>> md = MarketData.builtin()
>>> c = compare(md.get("cn-nlp-2024h1"), md.get("cn-it-2024h1"), period="month")
>>> c.ratio.quantize(Decimal("0.01")), c.difference
(Decimal('2.18'), Decimal('13007'))
>>> c.verdict
'more than double the average (2.18×)'
>>> c.describe("fr")
'plus du double de la moyenne, soit 2,18 fois la moyenne'
>>> c.describe("zh")
'高出平均水平118%，是平均水平的2.18倍'
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import operator
import re
from collections.abc import Iterable, Mapping, Sequence
from decimal import Context, Decimal
from importlib import resources
from typing import TYPE_CHECKING, Any, Literal, Protocol, TypeAlias, runtime_checkable

from pydantic import BaseModel, ConfigDict

from ._errors import ConversionError, MarketDataError, SalarykitError
from ._market import MarketData, Reference, date_span
from ._models import Period, Provenance, Salary, _group, _plain

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from ._extract import SalaryMention
    from ._worktime import WorkTime

__all__ = [
    "Assumption",
    "Comparison",
    "RangeOverlap",
    "apply_change",
    "compare",
    "compare_all",
    "compare_many",
    "describe_ratio",
]

SalaryLike: TypeAlias = "Salary | Reference | str"
ReferenceLike: TypeAlias = "Salary | Reference | str | MarketData | Sequence[Reference]"
Basis = Literal["market", "ppp"]

# which row of a distribution stands for it, most central first
_CENTRAL = ("median", "p50", "mean")


# ------------------------------------------------------------------------ wording
@functools.cache
def verdict_languages() -> tuple[str, ...]:
    """Languages that have verdict wording (one YAML file each).

    >>> verdict_languages()
    ('en', 'de', 'es', 'fr', 'ja', 'zh')
    """
    folder = resources.files("salarykit").joinpath("data/verdicts")
    names = sorted(p.name[: -len(".yaml")] for p in folder.iterdir() if p.name.endswith(".yaml"))
    return tuple(sorted(names, key=lambda n: (n != "en", n)))


@functools.cache
def load_verdicts(lang: str) -> dict[str, Any]:
    """The verdict wording of a language (``fr_CA`` and ``fr-CA`` fall back to ``fr``).

    >>> load_verdicts("fr-CA")["lang"]
    'fr'
    >>> load_verdicts("xx")
    Traceback (most recent call last):
    ...
    ValueError: no verdict wording for language 'xx'; available: en, de, es, fr, ja, zh
    """
    import yaml

    base = re.split(r"[-_]", lang.strip())[0].lower()
    if base not in verdict_languages():
        raise ValueError(
            f"no verdict wording for language {lang!r}; available: {', '.join(verdict_languages())}"
        )
    path = resources.files("salarykit").joinpath(f"data/verdicts/{base}.yaml")
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


@functools.lru_cache(maxsize=64)
def _babel_locale(lang: str) -> str:
    from babel import Locale, UnknownLocaleError

    try:
        return str(Locale.parse(lang.replace("-", "_")))
    except (UnknownLocaleError, ValueError):
        return re.split(r"[-_]", lang)[0].lower()


@functools.lru_cache(maxsize=1024)
def _reference_forms(statistic: str, lang: str, locale: str) -> dict[str, str]:
    from babel import Locale

    words = load_verdicts(lang)
    names = words["references"]
    m = re.fullmatch(r"p(\d{1,2})", statistic)
    key = "percentile" if m else statistic if statistic in names else "value"
    entry = names[key]
    forms = dict(entry) if isinstance(entry, Mapping) else {"plain": entry}
    forms.setdefault("of", forms["plain"])
    if m:
        n = int(m[1])
        category = Locale.parse(locale).ordinal_form(n)
        ordinals = words["ordinals"]
        ordinal = str(ordinals.get(category, ordinals["other"])).format(n=n)
        forms = {k: str(v).format(ordinal=ordinal) for k, v in forms.items()}
    return {k: str(v) for k, v in forms.items()}


def _holds(rule: Mapping[str, Any], ratio: Decimal) -> bool:
    checks = {"gt": operator.gt, "ge": operator.ge, "lt": operator.lt, "le": operator.le}
    return all(
        bool(test(ratio, Decimal(str(rule[key])))) for key, test in checks.items() if key in rule
    )


def describe_ratio(
    ratio: Decimal | float | str,
    statistic: str = "mean",
    *,
    lang: str = "en",
    bound: Literal["upper", "lower"] | None = None,
) -> tuple[str, str]:
    """Word a ratio (salary ÷ reference): ``(one-line verdict, ratio phrase)``.

    ``statistic`` names the reference figure (``mean``, ``median``, ``p90``, ``max``, ``offer``…;
    anything else is "the reference"). Wording comes from ``data/verdicts/<lang>.yaml``;
    numbers and percents are formatted by babel for ``lang``. ``bound`` says the ratio is only
    an upper (``"upper"``: the true ratio is at most this) or lower bound, as when one side is an
    open range ("up to 100 000 a month"); the verdict then says "at most" or "at least".

    >>> describe_ratio("2.1825", "mean")
    ('more than double the average (2.18×)', '2.18× the average')
    >>> describe_ratio("2.1825", "mean", lang="fr")
    ('plus du double de la moyenne, soit 2,18 fois la moyenne', '2,18 fois la moyenne')
    >>> describe_ratio("2.1825", "mean", lang="zh")[1]
    '是平均水平的2.18倍'
    >>> describe_ratio("0.7", "p90")[0]
    '30% below the 90th percentile (0.70×)'
    >>> describe_ratio("1.45", "p21", lang="fr")[0]
    '45\\xa0% de plus que le 21e centile, soit 1,45 fois le 21e centile'
    >>> describe_ratio("0.69", bound="upper")[0]
    'at least 31% below the average (≤ 0.69×)'
    >>> describe_ratio("1.42", bound="upper", lang="zh")[0]
    '最多高出平均水平42%（≤1.42倍）'
    """
    from babel.numbers import format_decimal, format_percent

    # twelve significant digits: a ratio computed through another currency (3.12499…9 vs 3.125)
    # reads the same
    value = Context(prec=12).plus(Decimal(str(ratio)))
    words = load_verdicts(lang)
    locale = _babel_locale(lang)
    forms = _reference_forms(statistic, lang, locale)
    ratio_text = format_decimal(value, format="#,##0.00", locale=locale)
    percent_text = format_percent(abs(value - 1), locale=locale)
    fields = {f"{form}_reference": text for form, text in forms.items()}
    fields.update(reference=forms["plain"], ratio=ratio_text, percent=percent_text)
    ratio_phrase = str(words["ratio"]).format(**fields)
    rule = next(r for r in words["verdicts"] if _holds(r, value))
    verdict = str(rule["text"]).format(**fields)
    if bound is None:
        line = str(words["line"]).format(
            verdict=verdict, ratio_phrase=ratio_phrase, ratio=ratio_text
        )
        return line, ratio_phrase
    if bound not in ("upper", "lower"):
        raise ValueError(f"bound must be 'upper', 'lower' or None, not {bound!r}")
    # an upper bound above 1 (or a lower bound below 1) limits how far from the reference it is
    limit = "at_most" if (bound == "upper") == (value >= 1) else "at_least"
    line = str(words["line_bounded"]).format(
        limit=words["limits"][limit],
        sign=words["signs"][bound],
        verdict=verdict,
        ratio_phrase=ratio_phrase,
        ratio=ratio_text,
    )
    return line, ratio_phrase


# ------------------------------------------------------------------------- models
class Assumption(BaseModel):
    """One thing a comparison assumed or did, on one side.

    ``kind`` is a :class:`~salarykit.Provenance` kind (``period``, ``rate``, ``ppp``,
    ``inflation``, ``change``) or ``inferred`` (a value the text did not state), ``date`` (the
    date chosen for rates or PPP), ``open-range`` (an open range stands for its known bound),
    ``statistic`` (which row of a distribution stands for it) or ``percentile``.

    >>> print(Assumption(side="salary", kind="open-range", text="≤ 100,000 taken at its bound"))
    salary: ≤ 100,000 taken at its bound
    """

    model_config = ConfigDict(frozen=True)

    side: Literal["salary", "reference", "both"]
    kind: str
    text: str
    provenance: Provenance | None = None

    def __str__(self) -> str:
        return f"{self.side}: {self.text}"


class RangeOverlap(BaseModel):
    """Where two closed ranges meet, in the compared money.

    ``of_salary`` and ``of_reference`` are the shares (0…1) of each range inside the other;
    ``low``/``high`` are None when the ranges do not meet.

    >>> a = Salary(low=Decimal(700000), high=Decimal(1200000), currency="CNY", period="year")
    >>> b = Salary(low=Decimal(900000), high=Decimal(1500000), currency="CNY", period="year")
    >>> o = compare(a, b).overlap
    >>> o.low, o.high, o.of_salary, o.of_reference
    (Decimal('900000'), Decimal('1200000'), Decimal('0.6'), Decimal('0.5'))
    """

    model_config = ConfigDict(frozen=True)

    low: Decimal | None
    high: Decimal | None
    of_salary: Decimal
    of_reference: Decimal


class Comparison(BaseModel):
    """The result of :func:`compare`: both sides normalized, how they relate, and why.

    ``ratio`` is salary ÷ reference of the midpoints (an open range counts as its known bound);
    ``ratio_low`` and ``ratio_high`` divide the low bounds and the high bounds (a single figure
    is its own low and high). ``difference`` is salary − reference of the midpoints, in
    :attr:`currency` per :attr:`period`. ``percentile`` places the salary's midpoint inside the
    reference distribution when one was given. When an open range ("up to 100 000", "more
    than 900 000") makes ``ratio`` only a bound, ``ratio_bound`` says which (``"upper"``: the true
    ratio is at most ``ratio``; ``"lower"``: at least) and the verdict says "at most"/"at least".
    Frozen, and round-trips through JSON.

    >>> from salarykit import MarketData
    >>> md = MarketData.builtin()
    >>> c = compare(md.get("cn-nlp-2024h1"), md.get("cn-it-2024h1"))
    >>> c.percent_difference.quantize(Decimal(1)), c.describe("fr")
    (Decimal('118'), 'plus du double de la moyenne, soit 2,18 fois la moyenne')
    >>> Comparison.model_validate_json(c.model_dump_json()) == c
    True
    >>> [str(a) for a in c.assumptions if a.kind == "inferred"]
    ['reference: date (2024-H1) was not stated but inferred']
    """

    model_config = ConfigDict(frozen=True)

    salary: Salary
    reference: Salary
    reference_row: Reference | None = None
    basis: Basis
    period: Period
    currency: str
    on: dt.date | None = None
    ratio: Decimal
    ratio_low: Decimal | None = None
    ratio_high: Decimal | None = None
    difference: Decimal
    percentile: Decimal | None = None
    percentile_interpolated: bool = False
    percentile_note: str = ""
    overlap: RangeOverlap | None = None
    statistic: str = "value"
    ratio_bound: Literal["upper", "lower"] | None = None
    assumptions: tuple[Assumption, ...] = ()
    lang: str = "en"
    verdict: str = ""
    ratio_text: str = ""

    def describe(self, lang: str | None = None) -> str:
        """The one-line verdict, in another language if asked."""
        if lang is None:
            return self.verdict
        return describe_ratio(self.ratio, self.statistic, lang=lang, bound=self.ratio_bound)[0]

    def to_record(self) -> dict[str, Any]:
        """The figures as a flat dict (one DataFrame row), amounts as ``Decimal``.

        >>> from salarykit import MarketData
        >>> md = MarketData.builtin()
        >>> rec = compare(md.get("cn-nlp-2024h1"), md.get("cn-it-2024h1")).to_record()
        >>> rec["reference_id"], rec["salary_mid"], rec["reference_mid"], rec["ratio_bound"]
        ('cn-it-2024h1', Decimal('288084'), Decimal('132000'), None)
        """
        row = self.reference_row
        return {
            "reference_id": row.id if row is not None else None,
            "ratio": self.ratio,
            "ratio_low": self.ratio_low,
            "ratio_high": self.ratio_high,
            "ratio_bound": self.ratio_bound,
            "difference": self.difference,
            "percentile": self.percentile,
            "salary_mid": self.salary.midpoint,
            "reference_mid": self.reference.midpoint,
            "currency": self.currency,
            "period": self.period.value,
            "basis": self.basis,
            "verdict": self.verdict,
        }

    @property
    def percent_difference(self) -> Decimal:
        """``ratio − 1`` as a percent (118 for a salary 2.18× the reference)."""
        return (self.ratio - 1) * 100

    def __str__(self) -> str:
        unit = f"{self.currency} per {self.period.value}"
        lines = [
            f"salary    {self.salary.amount_text()} {unit}",
            f"reference {self.reference.amount_text()} {unit} ({self.statistic})",
            f"ratio {_show(self.ratio)}, difference {_signed(self.difference)} {unit}",
        ]
        if self.percentile is not None:
            lines.append(f"percentile {_show(self.percentile, '0.1')} ({self.percentile_note})")
        elif self.percentile_note:
            lines.append(f"percentile: {self.percentile_note}")
        if self.overlap is not None:
            lines.append(
                f"overlap {_show(self.overlap.of_salary * 100, '1')}% of the salary range, "
                f"{_show(self.overlap.of_reference * 100, '1')}% of the reference range"
            )
        lines.append(self.verdict)
        lines.extend(f"  - {a}" for a in self.assumptions)
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        from html import escape

        unit = f"{self.currency} per {self.period.value}"
        rows = [
            ("salary", f"{self.salary.amount_text()} {unit}"),
            ("reference", f"{self.reference.amount_text()} {unit} ({self.statistic})"),
            ("ratio", _show(self.ratio)),
            ("difference", f"{_signed(self.difference)} {unit}"),
        ]
        if self.percentile is not None:
            rows.append(("percentile", f"{_show(self.percentile, '0.1')} ({self.percentile_note})"))
        if self.overlap is not None:
            rows.append(
                ("overlap", f"{_show(self.overlap.of_salary * 100, '1')}% of the salary range")
            )
        body = "".join(
            f"<tr><th style='text-align:left'>{escape(k)}</th><td>{escape(v)}</td></tr>"
            for k, v in rows
        )
        notes = "".join(f"<li>{escape(str(a))}</li>" for a in self.assumptions)
        return (
            f"<div><p><b>{escape(self.verdict)}</b></p><table>{body}</table>"
            f"<details><summary>{len(self.assumptions)} assumptions</summary><ul>{notes}</ul>"
            "</details></div>"
        )


def _show(value: Decimal, places: str = "0.01") -> str:
    return f"{value.quantize(Decimal(places)):f}"


def _signed(value: Decimal) -> str:
    return ("+" if value >= 0 else "−") + _group(abs(value))


# --------------------------------------------------------------------- normalizing
class _Side:
    """One side of a comparison while it is being normalized."""

    def __init__(self, name: Literal["salary", "reference"], salary: Salary, row: Reference | None):
        self.name = name
        self.original = salary
        self.salary = salary
        self.row = row
        self.notes: list[Assumption] = []

    def note(self, kind: str, text: str, provenance: Provenance | None = None) -> None:
        self.notes.append(Assumption(side=self.name, kind=kind, text=text, provenance=provenance))

    @property
    def date(self) -> dt.date | None:
        return self.row.mid_date if self.row is not None else None

    @property
    def year(self) -> int | None:
        return self.row.year if self.row is not None else None


def _as_salary(value: Any, name: str) -> tuple[Salary, Reference | None]:
    if isinstance(value, Salary):
        return value, None
    if isinstance(value, Reference):
        return value.to_salary(), value
    if isinstance(value, str):
        from ._parse import parse

        return parse(value), None
    if isinstance(getattr(value, "salary", None), Salary):  # a SalaryMention from sk.extract
        return value.salary, None
    raise TypeError(f"{name} must be a Salary, a Reference or a string, not {type(value).__name__}")


def _central(group: MarketData) -> Reference:
    for statistic in _CENTRAL:
        for row in group:
            if row.statistic == statistic:
                return row
    if len(group) == 1:
        return group[0]
    raise MarketDataError(
        "a distribution needs a median (or p50) or a mean to compare against; "
        f"it has {', '.join(r.statistic for r in group)}"
    )


def _percentile(
    x: Decimal, points: Sequence[tuple[int, Decimal]]
) -> tuple[Decimal | None, bool, str]:
    """Place ``x`` among ``(percentile, value)`` points by linear interpolation.

    >>> pts = [(10, Decimal(100)), (50, Decimal(200)), (90, Decimal(400))]
    >>> _percentile(Decimal(150), pts)
    (Decimal('30.0'), True, 'interpolated between p10 and p50')
    >>> _percentile(Decimal(200), pts)
    (Decimal('50'), False, 'equal to p50')
    >>> _percentile(Decimal(50), pts)
    (None, False, 'below p10, the lowest point given')
    """
    equal = [p for p, v in points if v == x]
    if equal:
        middle = Decimal(sum(equal)) / len(equal)
        return (
            Decimal(int(middle)) if middle == middle.to_integral_value() else middle,
            False,
            (f"equal to p{equal[0]}" if len(equal) == 1 else f"equal to p{equal[0]}…p{equal[-1]}"),
        )
    if x < points[0][1]:
        return None, False, f"below p{points[0][0]}, the lowest point given"
    if x > points[-1][1]:
        return None, False, f"above p{points[-1][0]}, the highest point given"
    for (p1, v1), (p2, v2) in itertools.pairwise(points):
        if v1 < x < v2:
            value = p1 + (x - v1) / (v2 - v1) * (p2 - p1)
            return value, True, f"interpolated between p{p1} and p{p2}"
    raise AssertionError(
        "unreachable: x lies between the first and last points"
    )  # pragma: no cover


def _overlap(s: Salary, r: Salary) -> RangeOverlap | None:
    if not (s.is_range and r.is_range):
        return None
    assert s.low is not None and s.high is not None and r.low is not None and r.high is not None
    low, high = max(s.low, r.low), min(s.high, r.high)
    if low > high:
        return RangeOverlap(low=None, high=None, of_salary=Decimal(0), of_reference=Decimal(0))

    def share(lo: Decimal, hi: Decimal) -> Decimal:
        return (high - low) / (hi - lo) if hi > lo else Decimal(1)

    return RangeOverlap(
        low=low, high=high, of_salary=share(s.low, s.high), of_reference=share(r.low, r.high)
    )


def _normalize(
    side: _Side,
    *,
    period: Period,
    worktime: WorkTime | str | None,
    basis: Basis,
    currency: str,
    on: dt.date | None,
    ppp_year: int | None,
    inflation_to: int | None,
    provider: Any,
    country: str | None,
) -> None:
    original = side.salary
    for field in sorted(original.inferred):
        holder: Any = side.row if side.row is not None and hasattr(side.row, field) else original
        shown = getattr(holder, field, None)
        shown = getattr(shown, "value", shown)
        what = f" ({shown})" if shown not in (None, "", frozenset()) else ""
        side.note("inferred", f"{field}{what} was not stated but inferred")
    before = len(original.provenance)
    for step in original.provenance:
        side.note(step.kind, str(step), step)
    if not original.has_amount:
        raise ConversionError(
            f"the {side.name} has no amount to compare: {original.text or original!s}"
        )
    if original.low is None or original.high is None:
        side.note("open-range", f"open range {original.amount_text()} is taken at its known bound")

    salary = original.to_period(period, worktime=worktime)
    if inflation_to is not None:
        from_year = side.year if side.year is not None else (on.year if on is not None else None)
        if from_year is None:
            side.note(
                "inflation", f"undated: taken as {inflation_to} money, not adjusted for inflation"
            )
        elif from_year != inflation_to:
            salary = salary.adjust_for_inflation(inflation_to, from_year=from_year, country=country)
    if basis == "market":
        if salary.currency != currency:
            options = {"provider": provider} if provider is not None else {}
            salary = salary.convert(currency, on=on, **options)
    else:
        salary = salary.to_ppp(ppp_year, country=country)
    for step in salary.provenance[before:]:
        side.note(step.kind, str(step), step)
    side.salary = salary


def compare(
    salary: SalaryLike | SalaryMention,
    reference: ReferenceLike,
    *,
    basis: Basis = "market",
    on: dt.date | None = None,
    worktime: WorkTime | str | None = None,
    period: Period | str = "year",
    currency: str | None = None,
    inflation_to: int | None = None,
    lang: str = "en",
    market: MarketData | None = None,
    ppp_year: int | None = None,
    provider: Any = None,
) -> Comparison:
    """Compare ``salary`` with ``reference`` on one period and one money.

    ``salary`` and ``reference`` may each be a :class:`~salarykit.Salary`, a
    :class:`~salarykit.Reference` or a string (read with :func:`salarykit.parse`), and
    ``salary`` a :class:`~salarykit.SalaryMention` found by :func:`salarykit.extract`;
    ``reference`` may also be a :class:`~salarykit.MarketData` group (or a list of references)
    giving a distribution — its median (or mean) is the figure compared with, and the salary is
    placed in it as a percentile. With ``market``, a single ``Reference`` brings its group
    from that table.

    * ``basis="market"``: both sides in ``currency`` (default: the reference's) at the market
      rate of ``on`` (default: the middle of the reference's period when it is dated, else the
      rate provider's latest), through ``provider`` when given.
    * ``basis="ppp"``: both sides in international dollars at purchasing-power parity of
      ``ppp_year`` (default: ``inflation_to``, else the reference's year, else ``on``'s year,
      else the latest), each for its own country.
    * ``inflation_to``: first bring each dated side to that year's money (a plain Salary is
      dated by ``on``).
    * ``period`` and ``worktime``: the pay period compared on and the convention used to get
      there (see :class:`~salarykit.WorkTime`; by default each side uses its own country's
      preset, so a French hourly wage and a US yearly figure each keep their own working year).

    Every step is listed in :attr:`Comparison.assumptions`; the verdict is worded in ``lang``.

    >>> from salarykit import MarketData
    >>> md = MarketData.builtin()
    >>> c = compare(md.get("cn-deep-learning-2024h1"), md.get("cn-it-2024h1"))
    >>> str(c.ratio.quantize(Decimal("0.01"))), c.period.value, c.currency
    ('2.39', 'year', 'CNY')
    >>> c.salary.low, c.reference.low
    (Decimal('315348'), Decimal('132000'))
    >>> print(c.verdict)
    more than double the average (2.39×)
    >>> compare(md.get("cn-nlp-2024h1"), md.get("cn-it-2024h1"), lang="zh").verdict
    '高出平均水平118%，是平均水平的2.18倍'
    """
    if basis not in ("market", "ppp"):
        raise ValueError(f"basis must be 'market' or 'ppp', not {basis!r}")
    if basis == "ppp" and (currency is not None or provider is not None):
        raise ValueError(
            "currency= and provider= are for basis='market'; PPP compares in international dollars"
        )
    if basis == "market" and ppp_year is not None:
        raise ValueError("ppp_year= is for basis='ppp'")
    target_period = Period(getattr(period, "value", period))

    # ---- the reference side, and its distribution if any
    group: MarketData | None = None
    if isinstance(reference, (MarketData, list, tuple)):
        table = reference if isinstance(reference, MarketData) else MarketData(reference)
        if not len(table):
            raise MarketDataError("the reference table is empty")
        groups = table.groups()
        if len(groups) > 1:
            raise MarketDataError(
                f"the reference table holds {len(groups)} groups; pick one with filter() or groups(), "
                "or use compare_many()"
            )
        group = table
        central_row = _central(table)
        ref_row: Reference | None = central_row
        ref_salary = central_row.to_salary()
    else:
        ref_salary, ref_row = _as_salary(reference, "reference")
        if ref_row is not None and market is not None:
            group = market.group_of(ref_row)
    sal_salary, sal_row = _as_salary(salary, "salary")
    s_side = _Side("salary", sal_salary, sal_row)
    r_side = _Side("reference", ref_salary, ref_row)
    common: list[Assumption] = []

    # ---- money and dates
    date_note: Assumption | None = None
    if basis == "market":
        target_currency = (currency or ref_salary.currency or "").upper()
        if not target_currency:
            raise ConversionError("the reference has no currency; pass currency=...")
        if on is None:
            on = r_side.date or s_side.date
            if on is not None:
                whose = r_side if r_side.date is not None else s_side
                assert whose.row is not None
                date_note = Assumption(
                    side="both",
                    kind="date",
                    text=f"rates of {on.isoformat()}, the middle of the {whose.name}'s period "
                    f"{whose.row.date}",
                )
    else:
        target_currency = ""
        if ppp_year is None:
            candidates = [
                (inflation_to, "the inflation target year"),
                (r_side.year, "the reference's year"),
                (on.year if on is not None else None, "the year of on"),
            ]
            ppp_year, why = next(((y, w) for y, w in candidates if y is not None), (None, ""))
            text = (
                f"PPP factors of {ppp_year}, {why}"
                if ppp_year is not None
                else "PPP factors of the latest year available"
            )
            common.append(Assumption(side="both", kind="date", text=text))

    for side in (s_side, r_side):
        country = side.salary.country
        _normalize(
            side,
            period=target_period,
            worktime=worktime,
            basis=basis,
            currency=target_currency,
            on=on,
            ppp_year=ppp_year,
            inflation_to=inflation_to,
            provider=provider,
            country=country,
        )
    s, r = s_side.salary, r_side.salary
    if date_note is not None and any(n.kind == "rate" for n in (*s_side.notes, *r_side.notes)):
        common.append(date_note)  # said only when a rate was actually used
    if basis == "ppp":
        target_currency = r.currency or ""
        if s.currency != r.currency:
            raise ConversionError(f"PPP conversion gave {s.currency} and {r.currency}")

    # ---- figures
    s_mid, r_mid = s.midpoint, r.midpoint
    assert s_mid is not None and r_mid is not None  # _normalize checked the amounts
    if r_mid == 0:
        raise ConversionError("the reference is zero; a ratio cannot be computed")
    ratio = s_mid / r_mid

    def bound_ratio(a: Decimal | None, b: Decimal | None) -> Decimal | None:
        return a / b if a is not None and b is not None and b != 0 else None

    s_low, s_high = (s.low, s.high)
    r_low, r_high = (r.low, r.high)
    ratio_low = bound_ratio(s_low, r_low)
    ratio_high = bound_ratio(s_high, r_high)

    statistic = (ref_row.statistic if ref_row is not None else ref_salary.statistic) or "value"
    percentile: Decimal | None = None
    interpolated = False
    pnote = ""
    if group is not None:
        points = group.distribution()
        if len(points) >= 2:
            original_mid = ref_salary.midpoint
            assert original_mid is not None and original_mid != 0
            factor = r_mid / original_mid  # the same period and money steps apply to every point
            scaled = [(p, v * factor) for p, v in points]
            percentile, interpolated, pnote = _percentile(s_mid, scaled)
            common.append(
                Assumption(
                    side="reference",
                    kind="percentile",
                    text=f"distribution of {len(points)} points "
                    f"({', '.join(f'p{p}' for p, _ in points)}); salary midpoint {pnote}",
                )
            )
        if len(group) > 1:
            common.append(
                Assumption(
                    side="reference",
                    kind="statistic",
                    text=f"the group's {statistic} stands for it",
                )
            )

    # an open range makes the ratio a bound: "≤ X" on the salary side or "≥ X" on the reference
    # side bound it from above, the other two from below
    directions = set()
    if s.has_amount and s.low is None:
        directions.add("upper")
    if s.has_amount and s.high is None:
        directions.add("lower")
    if r.low is None:
        directions.add("lower")
    if r.high is None:
        directions.add("upper")
    ratio_bound: Literal["upper", "lower"] | None = None
    if len(directions) == 1:
        ratio_bound = "upper" if "upper" in directions else "lower"
        common.append(
            Assumption(
                side="both",
                kind="open-range",
                text=f"the ratio is a{'n upper' if ratio_bound == 'upper' else ' lower'} bound: "
                f"the true ratio is {'at most' if ratio_bound == 'upper' else 'at least'} "
                f"{_show(ratio)}",
            )
        )
    elif len(directions) == 2:
        common.append(
            Assumption(
                side="both",
                kind="open-range",
                text="open ranges pull the ratio both ways: it is neither an upper nor a lower bound",
            )
        )
    line, ratio_text = describe_ratio(ratio, statistic, lang=lang, bound=ratio_bound)
    return Comparison(
        salary=s,
        reference=r,
        reference_row=ref_row,
        basis=basis,
        period=target_period,
        currency=target_currency,
        on=on,
        ratio=ratio,
        ratio_low=ratio_low,
        ratio_high=ratio_high,
        difference=s_mid - r_mid,
        percentile=percentile,
        percentile_interpolated=interpolated,
        percentile_note=pnote,
        overlap=_overlap(s, r),
        statistic=statistic,
        ratio_bound=ratio_bound,
        assumptions=(*common, *s_side.notes, *r_side.notes),
        lang=lang,
        verdict=line,
        ratio_text=ratio_text,
    )


# ------------------------------------------------------------------------ raises
@runtime_checkable
class _ChangeLike(Protocol):
    @property
    def low(self) -> Any: ...
    @property
    def high(self) -> Any: ...


def _parse_change(text: str) -> tuple[Decimal, Decimal]:
    """Read a percentage or a range of percentages.

    >>> _parse_change("+11%"), _parse_change("5 %")
    ((Decimal('11'), Decimal('11')), (Decimal('5'), Decimal('5')))
    >>> _parse_change("entre 5 % et 11 %"), _parse_change("3,5–4%"), _parse_change("10%-20%")
    ((Decimal('5'), Decimal('11')), (Decimal('3.5'), Decimal('4')), (Decimal('10'), Decimal('20')))
    >>> _parse_change("-3 %"), _parse_change("de -5 % à +2 %")
    ((Decimal('-3'), Decimal('-3')), (Decimal('-5'), Decimal('2')))
    """
    values: list[Decimal] = []
    for m in re.finditer(r"\d+(?:[.,]\d+)?", text):
        before = text[: m.start()].rstrip()
        # a sign belongs to the number unless it joins two figures ("10%-20%", "5-11 %")
        negative = before.endswith(("-", "−")) and not before[:-1].rstrip().endswith(
            tuple("0123456789%％")
        )
        value = Decimal(m[0].replace(",", "."))
        values.append(-value if negative else value)
    if ("%" not in text and "％" not in text) or not 1 <= len(values) <= 2:
        raise ValueError(f"not a percentage or a range of percentages: {text!r}")
    return min(values), max(values)


def _change_bounds(change: Any) -> tuple[Decimal, Decimal]:
    if isinstance(change, str):
        return _parse_change(change)
    if isinstance(change, (int, float, Decimal)) and not isinstance(change, bool):
        value = Decimal(str(change))
        return value, value
    if isinstance(change, _ChangeLike):
        low = change.low if change.low is not None else change.high
        high = change.high if change.high is not None else change.low
        if low is None or high is None:
            raise ValueError("the change has no percentage")
        lo, hi = Decimal(str(low)), Decimal(str(high))
        return min(lo, hi), max(lo, hi)
    raise TypeError(
        f"a change is a SalaryChange, a percentage or a string, not {type(change).__name__}"
    )


def apply_change(
    target: Salary | Reference, change: Any, *, source: str | None = None
) -> Salary | Reference:
    """``target`` raised (or cut) by ``change``, recorded in provenance (kind ``change``).

    ``change`` is a percentage (``5`` = +5 %), a string (``"5 %"``, ``"+11%"``, ``"-3 %"``,
    ``"5–11 %"``) or anything with ``low`` and ``high`` percents such as
    :class:`~salarykit.SalaryChange` (whose ``source`` and ``text`` are recorded when present;
    ``source`` overrides the source named in provenance). A range of changes gives a range: the low change applies
    to the low bound, the high change to the high bound.

    >>> s = Salary(low=Decimal(11000), high=Decimal(11000), currency="CNY", period="month")
    >>> raised = apply_change(s, "5 % – 11 %")
    >>> raised.low, raised.high
    (Decimal('11550.00'), Decimal('12210.00'))
    >>> print(raised.provenance[-1])
    change: CNY/month → CNY/month ×1.05 (salary change) — +5% to +11% (high bound ×1.11) (written '5 % – 11 %')
    >>> from salarykit import MarketData
    >>> ref = apply_change(MarketData.builtin().get("us-ai-engineer-entry-2024"), 3)
    >>> ref.value, ref.provenance[-1].kind
    (Decimal('246170.00'), 'change')
    """
    low_pct, high_pct = _change_bounds(change)
    if source is None:
        source = getattr(change, "source", None) or "salary change"
    written = getattr(change, "text", None)
    if isinstance(change, str):
        written = change
    low_factor = 1 + low_pct / 100
    high_factor = 1 + high_pct / 100
    if low_factor < 0:
        raise ValueError(f"a change of {low_pct}% would make the salary negative")
    unit = f"{target.currency or '?'}/{target.period.value if target.period else '?'}"
    same = low_pct == high_pct
    note = (
        f"{_pct(low_pct)}"
        if same
        else f"{_pct(low_pct)} to {_pct(high_pct)} (high bound ×{_plain(high_factor)})"
    )
    if written:
        note += f" (written {written!r})"
    step = Provenance(
        kind="change", source=source, factor=low_factor, from_unit=unit, to_unit=unit, note=note
    )

    if isinstance(target, Reference):
        low, high = target.bounds
        new_low = None if low is None else low * low_factor
        new_high = None if high is None else high * high_factor
        if target.value is not None and new_low == new_high:
            update: dict[str, Any] = {"value": new_low}
        else:
            update = {"value": None, "low": new_low, "high": new_high}
        update["provenance"] = (*target.provenance, step)
        return target.model_copy(update=update)
    if not isinstance(target, Salary):
        raise TypeError(f"apply_change needs a Salary or a Reference, not {type(target).__name__}")
    if not target.has_amount:
        raise ConversionError(
            f"cannot apply a change to a salary without amounts: {target.text or target!s}"
        )
    return target.model_copy(
        update={
            "low": None if target.low is None else target.low * low_factor,
            "high": None if target.high is None else target.high * high_factor,
            "provenance": (*target.provenance, step),
        }
    )


def _pct(value: Decimal) -> str:
    return f"{'+' if value >= 0 else '−'}{_plain(abs(value))}%"


# -------------------------------------------------------------------- many at once
def _same_figure(salary: Salary, reference: Reference) -> bool:
    low, high = reference.bounds
    same_period = salary.period is not None and salary.period == reference.period
    return same_period and (salary.currency, salary.low, salary.high) == (
        reference.currency,
        low,
        high,
    )


def compare_many(
    salaries: Iterable[SalaryLike | SalaryMention],
    market: MarketData | None = None,
    *,
    reference: SalaryLike | None = None,
    roles: Sequence[str | None] | None = None,
    places: Sequence[str | None] | None = None,
    countries: Sequence[str | None] | None = None,
    dates: Sequence[str | dt.date | None] | None = None,
    statistic: str | None = None,
    min_score: float = 0.0,
    errors: Literal["raise", "coerce"] = "raise",
    exclude_identical: bool = False,
    **options: Any,
) -> pd.DataFrame:
    """Compare many salaries, each with one ``reference`` or with its best match in ``market``.

    For each salary the best reference is found with :meth:`MarketData.best_match` from its
    role, place, country and date (the ``roles``, ``places``, ``countries``, ``dates``
    sequences, aligned with ``salaries``; a salary's own ``country`` is used when no country
    is given). ``salaries`` may also hold the :class:`~salarykit.SalaryMention` objects of
    :func:`salarykit.extract`, whose ``about``, ``place``, ``country`` and ``when`` (when it is
    a date or period) describe them. With ``exclude_identical=True`` a reference stating the
    very same figure (amounts, currency and period) is passed over, so that figures taken from
    the table itself are compared with the *other* rows. Other keyword arguments go to
    :func:`compare`. With ``errors="coerce"`` a row that cannot be compared gets its error
    message in the ``error`` column instead of raising.

    Returns a pandas DataFrame, one row per salary: ``salary``, ``reference_id``,
    ``match_score``, ``rank`` (1 = furthest above its reference), then the columns of
    :meth:`Comparison.to_record` (``ratio``, ``ratio_low``, ``ratio_high``, ``ratio_bound``, ``difference``, ``percentile``,
    ``salary_mid``, ``reference_mid``, ``currency``, ``period``, ``basis``, ``verdict``), and
    ``error``.

    >>> from salarykit import MarketData
    >>> md = MarketData.builtin()
    >>> rows = [md.get("cn-nlp-2024h1"), md.get("cn-deep-learning-2024h1")]
    >>> df = compare_many(rows, reference=md.get("cn-it-2024h1"), period="month")
    >>> df["ratio"].astype(float).round(2).tolist()
    [2.18, 2.39]
    >>> offers = [Salary(low=Decimal(30000), currency="CNY", period="month", country="CN")]
    >>> compare_many(offers, md, roles=["NLP engineer"], period="month").loc[0, "reference_id"]
    'cn-nlp-2024h1'
    """
    import pandas as pd

    if (market is None) == (reference is None):
        raise ValueError("give either a market table to match in or one reference, not both")
    items: list[Any] = list(salaries)

    def column(values: Sequence[Any] | None, name: str) -> list[Any]:
        if values is None:
            return [None] * len(items)
        values = list(values)  # by position, also for a pandas Series with another index
        if len(values) != len(items):
            raise ValueError(f"{name} has {len(values)} entries for {len(items)} salaries")
        return values

    role_col, place_col = column(roles, "roles"), column(places, "places")
    country_col, date_col = column(countries, "countries"), column(dates, "dates")
    records: list[dict[str, Any]] = []
    matches: dict[tuple[Any, ...], list[tuple[float, Reference]]] = {}
    for i, item in enumerate(items):
        about = place = when = mention_country = None
        if isinstance(getattr(item, "salary", None), Salary):  # a SalaryMention from sk.extract
            about, place = getattr(item, "about", None), getattr(item, "place", None)
            mention_country, when = getattr(item, "country", None), getattr(item, "when", None)
            item = item.salary
            if when is not None:
                try:
                    date_span(str(when))
                except ValueError:
                    when = None  # free text such as "avril 2022–avril 2023": not used to match
        record: dict[str, Any] = {"salary": item if isinstance(item, str) else str(item)}
        try:
            target: Any = reference
            score: float | None = None
            if market is not None:
                sal, row = _as_salary(item, "salary")
                country = (
                    country_col[i]
                    or mention_country
                    or sal.country
                    or (row.country if row else None)
                )
                query = (
                    role_col[i] or about or (row.role if row else None),
                    place_col[i] or place,
                    country,
                    date_col[i] or when,
                )
                found = matches.get(query)
                if found is None:  # job-board columns repeat: score each description once
                    found = matches[query] = market.match(
                        query[0],
                        place=query[1],
                        country=query[2],
                        date=query[3],
                        statistic=statistic,
                    )
                if exclude_identical:
                    found = [(sc, r) for sc, r in found if not _same_figure(sal, r)]
                if not found or found[0][0] <= min_score:
                    raise MarketDataError(f"no reference matches salary {i + 1}", row=i + 1)
                score, target = found[0]
                item = row if row is not None else sal
            result = compare(item, target, market=market, **options)
        except (SalarykitError, ValueError, LookupError, TypeError, ArithmeticError) as exc:
            if errors == "raise":
                raise
            record.update(error=f"{type(exc).__name__}: {exc}")
            records.append(record)
            continue
        record.update(match_score=score, **result.to_record(), error=None)
        records.append(record)
    columns = [
        "salary", "reference_id", "match_score", "ratio", "rank", "ratio_low", "ratio_high", "ratio_bound",
        "difference", "percentile", "salary_mid", "reference_mid", "currency", "period", "basis",
        "verdict", "error",
    ]  # fmt: skip
    frame: pd.DataFrame = pd.DataFrame.from_records(records, columns=columns)
    # 1 = furthest above its reference; rows that could not be compared get no rank
    frame["rank"] = _rank(frame["ratio"])
    return frame


def _rank(ratios: pd.Series) -> pd.Series:
    values = ratios.astype(float)
    ranked: pd.Series = values.rank(ascending=False, method="min").astype("Int64")
    return ranked


def compare_all(
    salary: SalaryLike | SalaryMention,
    market: MarketData,
    *,
    statistic: str | None = None,
    errors: Literal["raise", "coerce"] = "coerce",
    **options: Any,
) -> pd.DataFrame:
    """Compare one salary with every figure of a table, highest ratio first.

    One row per reference (a distribution counts once, through its median or mean), with its
    id and description, then the columns of :meth:`Comparison.to_record`. References that
    cannot be compared (no rate for their currency, no PPP figure…) keep their error message
    with ``errors="coerce"`` (the default) and come last.

    >>> from salarykit import MarketData
    >>> md = MarketData.builtin()
    >>> offer = Salary(low=Decimal(50000), high=Decimal(50000), currency="CNY", period="month")
    >>> df = compare_all(offer, md, statistic="mean", period="month")
    >>> df[["reference_id", "rank"]].values.tolist()
    [['cn-it-2024h1', 1], ['cn-nlp-2024h1', 2], ['cn-deep-learning-2024h1', 3], ['cn-aigc-new-2023-06', 4], ['us-ai-engineer-entry-2024', 5]]
    >>> df.loc[0, "verdict"]
    'more than triple the average (4.55×)'
    """
    import pandas as pd

    table = market.filter(statistic=statistic) if statistic is not None else market
    records: list[dict[str, Any]] = []
    for group in table.groups():
        try:
            central: Reference | MarketData = group if len(group) > 1 else group[0]
            result = compare(salary, central, **options)
        except (SalarykitError, ValueError, LookupError, TypeError, ArithmeticError) as exc:
            if errors == "raise":
                raise
            first = group[0]
            records.append(
                {
                    "reference_id": first.id,
                    "reference": first.describe(),
                    "error": f"{type(exc).__name__}: {exc}",
                }
            )
            continue
        row = result.reference_row
        records.append(
            {
                "reference": row.describe() if row is not None else None,
                **result.to_record(),
                "error": None,
            }
        )
    columns = [
        "reference_id", "reference", "ratio", "rank", "ratio_low", "ratio_high", "ratio_bound",
        "difference", "percentile", "salary_mid", "reference_mid", "currency", "period", "basis",
        "verdict", "error",
    ]  # fmt: skip
    frame: pd.DataFrame = pd.DataFrame.from_records(records, columns=columns)
    frame["rank"] = _rank(frame["ratio"])
    frame = frame.sort_values("rank", na_position="last", kind="stable").reset_index(drop=True)
    return frame
