"""Pay conventions: presets, their sources, derived fields and validation."""

from __future__ import annotations

from decimal import Decimal

import pytest

from salarykit import ConversionError, WorkTime

# (preset, hours per year, payments per year) — the figures each preset is meant to carry
PRESETS = [
    ("DEFAULT", "2080", 12),
    ("US", "2080", 12),
    ("GB", "1950", 12),  # 37.5 h × 52
    ("FR", "1607", 12),
    ("FR-MENSUEL", "1820", 12),  # 151.67 h × 12
    ("DE", "2080", 12),
    ("ES", "2080", 14),
    ("IT", "2080", 13),
    ("CN", "2088", 12),  # 21.75 days × 8 h × 12
    ("JP", "2080", 12),
    ("KR", "2508", 12),  # 209 h × 12
    ("IN", "2496", 12),  # 48 h × 52
    ("BR", "2860", 13),  # 220 h × 13
    ("PL", "2080", 12),
    ("AU", "1976", 12),  # 38 h × 52
    ("CA", "2080", 12),
]


@pytest.mark.parametrize(("name", "hours", "payments"), PRESETS)
def test_preset_figures(name: str, hours: str, payments: int) -> None:
    wt = WorkTime.preset(name)
    assert wt.hours_per_year == Decimal(hours)
    assert wt.payments_per_year == payments
    assert wt.name == name
    assert wt.source, f"preset {name} must name its source"
    assert wt.weeks_per_year * wt.hours_per_week == wt.hours_per_year


def test_every_preset_is_tested() -> None:
    assert {name for name, _, _ in PRESETS} == set(WorkTime.presets())


@pytest.mark.parametrize(
    ("spelling", "name"),
    [("uk", "GB"), ("USA", "US"), (" fr ", "FR"), ("neutral", "DEFAULT"), ("fr-mensuel", "FR-MENSUEL")],
)
def test_aliases_and_spellings(spelling: str, name: str) -> None:
    assert WorkTime.preset(spelling).name == name


@pytest.mark.parametrize(("country", "name"), [("FR", "FR"), ("NZ", "DEFAULT"), (None, "DEFAULT"), ("gb", "GB")])
def test_for_country(country: str | None, name: str) -> None:
    assert WorkTime.for_country(country).name == name


def test_unknown_preset_lists_presets() -> None:
    with pytest.raises(ConversionError, match="presets: AU, BR"):
        WorkTime.preset("Atlantis")


@pytest.mark.parametrize(
    "kwargs",
    [
        {"hours_per_week": 0},
        {"hours_per_week": -1},
        {"days_per_week": "x"},
        {"payments_per_year": 0},
        {"payments_per_year": 12.5},
        {"payments_per_year": True},
        {"hours_per_week": 40, "weeks_per_year": 52, "hours_per_year": 1607},
    ],
)
def test_invalid_conventions_raise(kwargs: dict[str, object]) -> None:
    with pytest.raises(ConversionError):
        WorkTime(**kwargs)  # type: ignore[arg-type]


def test_frozen_and_hashable() -> None:
    wt = WorkTime.preset("US")
    with pytest.raises(AttributeError):
        wt.hours_per_week = Decimal(1)  # type: ignore[misc]
    assert hash(wt) == hash(WorkTime.preset("US"))
    assert wt.with_payments(13) != wt and wt.with_payments(12) is wt


def test_hours_per_year_derives_weeks() -> None:
    wt = WorkTime(hours_per_week=Decimal(35), hours_per_year=Decimal(1607))
    assert wt.weeks_per_year * 35 == 1607
    assert WorkTime(hours_per_week=Decimal("37.5")).hours_per_year == Decimal("1950.0")


def test_coerce() -> None:
    assert WorkTime.coerce(None, "FR") == (WorkTime.preset("FR"), "preset of the salary country FR (assumed)")
    assert WorkTime.coerce(None, None)[1] == "neutral default (assumed)"
    mine = WorkTime(hours_per_week=Decimal(30), name="part-time")
    assert WorkTime.coerce(mine) == (mine, "asked")
    with pytest.raises(ConversionError):
        WorkTime.coerce(40)  # type: ignore[arg-type]


@pytest.mark.parametrize("name", sorted(WorkTime.presets()))
def test_with_payments_keeps_the_year(name: str) -> None:
    wt = WorkTime.preset(name)
    for payments in (12, 13, 14, 15, 16):
        other = wt.with_payments(payments)
        assert other.hours_per_year == wt.hours_per_year and other.payments_per_year == payments


def test_odd_yearly_hours_survive_replace() -> None:
    wt = WorkTime(hours_per_week=Decimal(37), hours_per_year=Decimal(1600), name="odd")
    assert wt.with_payments(13).hours_per_year == Decimal(1600)
