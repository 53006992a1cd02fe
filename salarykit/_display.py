"""HTML display of results in notebooks (Jupyter calls ``_repr_html_``).

Kept free of heavy imports: only the standard library's :mod:`html`.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from ._models import Salary

__all__: list[str] = []

_STYLE = (
    "border-collapse:collapse;font-family:system-ui,sans-serif;font-size:0.9em;"
    "border:1px solid #ccc"
)
_CELL = "padding:2px 8px;text-align:left;border-top:1px solid #eee"


def _mark(text: str, field: str, inferred: frozenset[str]) -> str:
    """Escape ``text`` and mark it when the field was inferred rather than read."""
    shown = html.escape(text)
    if field in inferred:
        return f'{shown} <i title="inferred, not written in the text">(inferred)</i>'
    return shown


def salary_html(salary: Salary) -> str:
    """A compact HTML card for a :class:`~salarykit.Salary`.

    Inferred fields are marked "(inferred)", open bounds are shown as ≥ / ≤, and every
    normalization step is listed with its source.

    >>> from decimal import Decimal
    >>> from salarykit import Salary
    >>> card = salary_html(Salary(low=Decimal(25000), high=Decimal(30000), currency="CNY",
    ...                           period="month", inferred=frozenset({"period"}),
    ...                           text="25-30K"))
    >>> "25,000–30,000" in card and "month <i" in card and "25-30K" in card
    True
    """
    rows: list[tuple[str, str]] = [("amount", html.escape(salary.amount_text()))]
    if salary.currency:
        rows.append(("currency", _mark(salary.currency, "currency", salary.inferred)))
    if salary.period is not None:
        rows.append(("period", _mark(salary.period.value, "period", salary.inferred)))
    if salary.payments_per_year:
        rows.append(
            ("payments", _mark(f"{salary.payments_per_year} a year", "payments_per_year",
                               salary.inferred))
        )
    flags = []
    if salary.gross is not None:
        flags.append("gross" if salary.gross else "net")
    if salary.statistic:
        flags.append(salary.statistic)
    if salary.negotiable:
        flags.append("negotiable")
    if flags:
        rows.append(("notes", html.escape(", ".join(flags))))
    if salary.text:
        rows.append(("read from", f"<q>{html.escape(salary.text)}</q>"))
    for i, step in enumerate(salary.provenance):
        rows.append(("assumed" if i == 0 else "", html.escape(str(step))))
    body = "".join(
        f'<tr><th style="{_CELL}">{html.escape(name)}</th><td style="{_CELL}">{value}</td></tr>'
        for name, value in rows
    )
    title = html.escape(str(salary))
    return (
        f'<table class="salarykit-salary" style="{_STYLE}">'
        f'<caption style="text-align:left;font-weight:bold">{title}</caption>'
        f"{body}</table>"
    )
