"""The row type of the parser's example tables (``tests/test_parse_table_<lang>.py``).

Each row is one real-looking salary string with the reading a careful human expert gives it
(the conventions of ``shared/corpus/README.md``)::

    Example("15-25K·13薪", 15000, 25000, "CNY", "month", payments=13,
            inferred=("currency",), hints=CN)

* ``low`` / ``high``: amounts in currency units (``None`` for an open bound);
* ``period``: the pay period; list ``"period"`` in ``inferred`` when the text does not state it
  (the test then requires ``"period" in s.inferred``, and requires it *absent* otherwise);
* ``inferred``: other fields that must be marked inferred (``"currency"`` when none is written);
* ``Example.none(text)``: no salary at all, ``parse`` must raise ``SalaryParseError``;
* ``Example.negotiable_(text)``: a negotiable marker with no amount.

Rows the engine does not read yet are wrapped by :func:`gap` (``xfail(strict=True)``), never
weakened.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import Any

import pytest

import salarykit as sk

__all__ = ["Example", "check", "gap", "ids", "table"]

Amount = int | float | str | Decimal | None


def _dec(value: Amount) -> Decimal | None:
    if value is None:
        return None
    return value if isinstance(value, Decimal) else Decimal(str(value))


@dataclasses.dataclass(frozen=True)
class Example:
    """One row: the text, its expected reading and the hints given to ``parse``."""

    text: str
    low: Amount = None
    high: Amount = None
    currency: str | None = None
    period: str | None = None
    payments: int | None = None
    approximate: bool = False
    negotiable: bool = False
    gross: bool | None = None
    statistic: str | None = None
    inferred: tuple[str, ...] = ()
    hints: dict[str, str] = dataclasses.field(default_factory=dict)
    error: bool = False

    @classmethod
    def none(cls, text: str, hints: dict[str, str] | None = None) -> Example:
        """A string with no salary in it: ``parse`` raises ``SalaryParseError``."""
        return cls(text, error=True, hints=dict(hints or {}))

    @classmethod
    def negotiable_(cls, text: str, hints: dict[str, str] | None = None, **fields: Any) -> Example:
        """A negotiable marker ("A convenir", "面议") with no amount."""
        return cls(text, negotiable=True, hints=dict(hints or {}), **fields)


def ids(example: Any) -> str:
    """Readable test ids: the text itself, shortened."""
    if isinstance(example, Example):
        text = " ".join(example.text.split())
        return text if len(text) <= 60 else text[:57] + "..."
    return str(example)


def gap(example: Example, reason: str) -> Any:
    """A row the engine does not read right yet: a strict xfail, so a fix shows at once."""
    return pytest.param(
        example,
        marks=pytest.mark.xfail(strict=True, reason=f"engine gap: {reason}"),
        id=ids(example),
    )


def table(*rows: Example | Any) -> list[Any]:
    """The parametrize list of a table (plain rows and :func:`gap` rows)."""
    return [row if not isinstance(row, Example) else pytest.param(row, id=ids(row)) for row in rows]


def check(example: Example) -> None:
    """Parse ``example.text`` with its hints and compare every field of the reading."""
    if example.error:
        with pytest.raises(sk.SalaryParseError) as info:
            sk.parse(example.text, **example.hints)
        assert info.value.text == example.text
        return
    s = sk.parse(example.text, **example.hints)
    assert s.text == example.text
    if example.negotiable and example.low is None and example.high is None:
        # no amount: only the marker matters (currency / period may be inferred from the market)
        assert s.negotiable and not s.has_amount, f"{example.text!r}: got {s!r}"
        return
    got = {
        "low": s.low,
        "high": s.high,
        "currency": s.currency,
        "period": None if s.period is None else str(s.period),
        "payments": s.payments_per_year,
        "approximate": s.approximate,
        "negotiable": s.negotiable,
        "gross": s.gross,
        "statistic": s.statistic,
    }
    want = {
        "low": _dec(example.low),
        "high": _dec(example.high),
        "currency": example.currency,
        "period": example.period,
        "payments": example.payments,
        "approximate": example.approximate,
        "negotiable": example.negotiable,
        "gross": example.gross,
        "statistic": example.statistic,
    }
    assert got == want, f"{example.text!r}: got {s!r}"
    if example.period is not None:
        stated = "period" not in example.inferred
        assert ("period" in s.inferred) is not stated, (
            f"{example.text!r}: period should be {'read' if stated else 'inferred'}; inferred={sorted(s.inferred)}"
        )
    for name in example.inferred:
        assert name in s.inferred, (
            f"{example.text!r}: {name} should be marked inferred; got {sorted(s.inferred)}"
        )
    if s.has_amount:
        assert s.span is not None
        start, end = s.span
        assert 0 <= start < end <= len(example.text), s.span
        assert example.text[start:end].strip(), f"{example.text!r}: blank span {s.span}"
    if s.low is not None and s.high is not None:
        assert s.low <= s.high


# shorthands of the tables: the Example constructors, the inferred-field tuples and the hints of
# the markets (language and country) the rows are read under
E = Example
N = Example.none
NEG = Example.negotiable_
P = ("period",)
C = ("currency",)
PC = ("period", "currency")
JP = {"lang": "ja", "country": "JP"}
CN = {"lang": "zh", "country": "CN"}
US = {"lang": "en", "country": "US"}
FR = {"lang": "fr", "country": "FR"}
PL = {"lang": "pl", "country": "PL"}
IN = {"lang": "en", "country": "IN"}
AU = {"lang": "en", "country": "AU"}
TW = {"lang": "zh", "country": "TW"}
GB = {"lang": "en", "country": "GB"}
DE = {"lang": "de", "country": "DE"}
KR = {"lang": "ko", "country": "KR"}
IT = {"lang": "it", "country": "IT"}
ES = {"lang": "es", "country": "ES"}
BR = {"lang": "pt", "country": "BR"}
SE = {"lang": "sv", "country": "SE"}
RU = {"lang": "ru", "country": "RU"}
NL = {"lang": "nl", "country": "NL"}
MX = {"lang": "es", "country": "MX"}
CO = {"lang": "es", "country": "CO"}
CA = {"lang": "en", "country": "CA"}
AR = {"lang": "es", "country": "AR"}
