"""The checks shared by the held-out extraction tables (``test_extract_heldout*.py``): each
table is data (paragraphs and what must be found in them); what is checked lives here once."""

from __future__ import annotations

from decimal import Decimal

import pytest
from test_extract_paragraphs import Case, _find

import salarykit as sk


def params(cases: list[Case], gaps: dict[str, str]) -> list[object]:
    """The cases as pytest params, a known gap marked strict xfail with its reason."""
    return [
        pytest.param(
            c,
            id=c.id,
            marks=[pytest.mark.xfail(strict=True, reason=gaps[c.id])] if c.id in gaps else [],
        )
        for c in cases
    ]


def _amount(value: object) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def check_salaries(case: Case) -> None:
    """Every salary of the paragraph found, with its reading and context, and nothing else."""
    mentions = sk.extract(case.text)
    assert len(mentions) == len(case.salaries), [m.text for m in mentions]
    for phrase, low, high, currency, period in case.salaries:
        m = _find(case.text, phrase, mentions)
        s = m.salary
        assert (s.low, s.high) == (_amount(low), _amount(high)), m.text
        assert s.currency == currency, m.text
        assert (s.period.value if s.period else None) == period, m.text
        assert case.text[m.span[0] : m.span[1]] == m.text
        for name, value in case.context.get(phrase, {}).items():
            assert getattr(m, name) == value, name


def check_other_money_and_changes(case: Case) -> None:
    """Money that is not pay comes back labelled, raises as changes, all in text order."""
    everything = sk.extract(case.text, include_other_money=True)
    assert [m.span for m in everything] == sorted(m.span for m in everything)
    money = [m for m in everything if isinstance(m, sk.MoneyMention)]
    changes = [m for m in everything if isinstance(m, sk.SalaryChange)]
    assert sorted(m.label for m in money) == sorted(label for _, label in case.other), [
        (m.text, m.label) for m in money
    ]
    for phrase, label in case.other:
        assert _find(case.text, phrase, money).label == label
    assert len(changes) == len(case.changes), [c.text for c in changes]
    for phrase, low, high in case.changes:
        change = _find(case.text, phrase, changes)
        assert (change.low, change.high) == (Decimal(low), Decimal(high))


def check_span_alone_reads_the_same(case: Case) -> None:
    """``parse`` of a mention's own text gives its amounts, or fails only for want of what the
    sentence supplied (an inferred currency or period)."""
    for m in sk.extract(case.text):
        s = m.salary
        try:
            p = sk.parse(m.text, lang=m.lang)
        except sk.SalaryParseError:
            assert {"currency", "period"} & s.inferred, m.text
            continue
        assert (p.low, p.high) == (s.low, s.high), m.text
