"""sk.plot.ranges: what is drawn for each kind of salary, labels, references, assumptions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

matplotlib = pytest.importorskip("matplotlib", reason="matplotlib (extra 'plot') is not installed")
matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

import salarykit as sk  # noqa: E402

D = Decimal


def usd(low: int | None, high: int | None, text: str = "", **kw: object) -> sk.Salary:
    return sk.Salary(
        low=None if low is None else D(low),
        high=None if high is None else D(high),
        currency="USD",
        period=sk.Period.YEAR,
        text=text,
        **kw,  # type: ignore[arg-type]
    )


@pytest.fixture(autouse=True)
def _close_figures() -> Iterator[None]:
    yield
    plt.close("all")


def gids(ax: object) -> list[str]:
    """The gid of every artist of the axes that has one (our own markers)."""
    found = []
    for artist in ax.get_children():  # type: ignore[attr-defined]
        gid = artist.get_gid()
        if gid:
            found.append(gid)
    return found


# what each kind of salary draws: (salary, gids that must be there, gids that must not)
KINDS = [
    (usd(120000, 150000, "$120K-$150K"), {"range", "amount"}, {"open-high", "open-low", "point"}),
    (usd(75000, 75000, "$75,000 a year"), {"point", "amount"}, {"range", "open-high", "open-low"}),
    (usd(90000, None, "From $90,000 a year"), {"open-high", "open-high-arrow"}, {"range", "open-low"}),
    (usd(None, 60000, "Up to $60,000 a year"), {"open-low", "open-low-arrow"}, {"range", "open-high"}),
    (sk.Salary(negotiable=True, text="Competitive"), {"not-drawn"}, {"range", "point"}),
    (sk.Salary(low=D(50000), high=D(60000), period=sk.Period.YEAR, text="50-60k"), {"not-drawn"}, {"range"}),
]


@pytest.mark.parametrize(("salary", "present", "absent"), KINDS, ids=[k[0].text for k in KINDS])
def test_each_kind_of_salary_is_drawn_as_it_reads(salary: sk.Salary, present: set[str], absent: set[str]) -> None:
    ax = sk.plot.ranges([salary])
    drawn = set(gids(ax))
    assert present <= drawn
    assert not (absent & drawn)
    assert [t.get_text() for t in ax.get_yticklabels()] == [salary.text]


def test_open_ends_point_away_from_the_known_bound() -> None:
    ax = sk.plot.ranges([usd(90000, None, "from 90k"), usd(None, 60000, "up to 60k")])
    arrows = {p.get_gid(): p for p in ax.patches if p.get_gid() in ("open-high-arrow", "open-low-arrow")}
    high_x = arrows["open-high-arrow"].get_path().transformed(arrows["open-high-arrow"].get_patch_transform()).vertices[:, 0]
    low_x = arrows["open-low-arrow"].get_path().transformed(arrows["open-low-arrow"].get_patch_transform()).vertices[:, 0]
    assert high_x.min() > 90000  # the arrow of "from 90k" lies beyond 90k
    assert low_x.max() < 60000  # the arrow of "up to 60k" lies below 60k
    # the faded tail gets lighter away from the known bound
    tail = [p for p in ax.patches if p.get_gid() == "open-high"]
    alphas = [p.get_alpha() for p in sorted(tail, key=lambda p: p.get_x())]
    assert alphas == sorted(alphas, reverse=True) and alphas[0] > alphas[-1]


def test_approximate_is_hatched_and_dollar_signs_are_not_math() -> None:
    ax = sk.plot.ranges([usd(48400, 61300, "Estimated $48.4K - $61.3K a year", approximate=True)])
    bar = next(p for p in ax.patches if p.get_gid() == "range")
    assert bar.get_hatch() == "//"
    labels = ax.get_yticklabels()
    assert labels[0].get_text() == "Estimated $48.4K - $61.3K a year"
    assert not labels[0].get_parse_math()
    amount = next(c for c in ax.get_children() if c.get_gid() == "amount")
    assert amount.get_text() == "~48.4k–61.3k"


def test_references_are_lines_and_bands_with_a_legend() -> None:
    refs = {
        "entry-level mean": usd(239000, 239000),
        "IT band": usd(80000, 110000),
    }
    ax = sk.plot.ranges([usd(120000, 150000, "offer")], refs)
    lines = [line for line in ax.get_lines() if line.get_gid() == "reference"]
    bands = [p for p in ax.patches if p.get_gid() == "reference"]
    assert len(lines) == 1 and lines[0].get_xdata()[0] == 239000
    assert len(bands) == 1
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["entry-level mean (239k)", "IT band (80k–110k)"]
    assert ax.get_xlim()[1] >= 239000


def test_labels_override_and_must_match() -> None:
    ax = sk.plot.ranges([usd(1, 2), usd(3, 4)], labels=["first", "second"])
    assert [t.get_text() for t in ax.get_yticklabels()] == ["first", "second"]
    with pytest.raises(ValueError, match="labels"):
        sk.plot.ranges([usd(1, 2)], labels=["a", "b"])


def test_long_labels_are_shortened_to_one_line() -> None:
    ax = sk.plot.ranges([usd(1, 2, "Estimated $48.4K - $61.3K a year\nFull-time8 hour shift +2 and more")])
    label = ax.get_yticklabels()[0].get_text()
    assert "\n" not in label and label.endswith("…") and len(label) <= 42


def test_bad_basis_is_a_library_error() -> None:
    with pytest.raises(sk.ConversionError):
        sk.plot.ranges([usd(1, 2)], basis="nominal")  # type: ignore[arg-type]


def test_an_existing_axes_is_used_and_returned() -> None:
    _fig, ax = plt.subplots()
    assert sk.plot.ranges([usd(1, 2, "x")], ax=ax) is ax
    assert ax.get_xlabel() == "USD per year"


def test_saved_png(tmp_path: object) -> None:
    import pathlib

    out = pathlib.Path(str(tmp_path)) / "ranges.png"
    ax = sk.plot.ranges([usd(120000, 150000, "a"), usd(90000, None, "b"), usd(None, 60000, "c")], [usd(100000, 100000)])
    ax.figure.savefig(out, dpi=60)
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert out.stat().st_size > 5000


# ------------------------------------------------------ with normalization (other modules)
def test_salaries_are_brought_to_one_period_and_money_with_the_assumptions_written() -> None:
    monthly_cny = sk.Salary(low=D(100000), high=D(100000), currency="CNY", period=sk.Period.MONTH, text="100 000 yuans/mois")
    ax = sk.plot.ranges([monthly_cny], currency="USD", on=dt.date(2025, 2, 10))
    assert ax.get_xlabel() == "USD per year · rates of 2025-02-10"
    expected = monthly_cny.annual().convert("USD", on=dt.date(2025, 2, 10))
    point = next(line for line in ax.get_lines() if line.get_gid() == "point")
    assert point.get_xdata()[0] == pytest.approx(float(expected.low))
    notes = next(c for c in ax.get_children() if c.get_gid() == "assumptions").get_text()
    assert "2025-02-10" in notes and "CNY" in notes


def test_ppp_basis() -> None:
    monthly_cny = sk.Salary(low=D(100000), high=D(100000), currency="CNY", period=sk.Period.MONTH, country="CN", text="x")
    ax = sk.plot.ranges([monthly_cny], basis="ppp", on=dt.date(2024, 6, 1))
    assert ax.get_xlabel() == "international $ per year · PPP 2024"
    notes = next(c for c in ax.get_children() if c.get_gid() == "assumptions").get_text()
    assert "2024" in notes


def test_strings_are_parsed() -> None:
    ax = sk.plot.ranges(["$120K-$150K"])
    assert {"range"} <= set(gids(ax))


# ------------------------------------------------------------------------- properties
amounts = st.one_of(st.none(), st.integers(min_value=0, max_value=10**9))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(amounts, amounts), min_size=1, max_size=5))
def test_every_row_is_drawn_or_explained(bounds: list[tuple[int | None, int | None]]) -> None:
    salaries = [usd(*sorted(b) if None not in b else b, text=f"s{i}") for i, b in enumerate(bounds)]  # type: ignore[misc]
    ax = sk.plot.ranges(salaries)
    marks = [g for g in gids(ax) if g in ("range", "point", "open-high-arrow", "open-low-arrow", "not-drawn")]
    assert len(marks) == len(salaries)
    assert len(ax.get_yticklabels()) == len(salaries)
    plt.close("all")


def test_cjk_labels_get_a_fallback_font_when_one_is_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    from salarykit import plot

    monkeypatch.setattr(plot, "_cjk_font", lambda: "DejaVu Serif")  # stands in for a CJK font
    ax = sk.plot.ranges([usd(1, 2, "年収600万円～1,200万円"), usd(3, 4, "plain")])
    families = [t.get_fontfamily() for t in ax.get_yticklabels()]
    assert all("DejaVu Serif" in f for f in families)
    monkeypatch.setattr(plot, "_cjk_font", lambda: None)  # none installed: left as it is
    ax = sk.plot.ranges([usd(1, 2, "年収600万円")])
    assert "DejaVu Serif" not in ax.get_yticklabels()[0].get_fontfamily()


def test_assumptions_are_grouped_by_rate_date() -> None:
    on = dt.date(2025, 2, 10)
    salaries = [
        sk.Salary(low=D(100000), high=D(100000), currency="CNY", period=sk.Period.MONTH, text="a"),
        sk.Salary(low=D(70000), high=D(85000), currency="GBP", period=sk.Period.YEAR, text="b"),
    ]
    ax = sk.plot.ranges(salaries, currency="USD", on=on)
    notes = next(c for c in ax.get_children() if c.get_gid() == "assumptions").get_text().splitlines()
    rate_lines = [line for line in notes if "2025-02-10" in line]
    assert len(rate_lines) == 1  # one line for the date, both currencies on it
    assert "1 CNY = " in rate_lines[0] and "1 GBP = " in rate_lines[0]
    assert any(line.startswith("month → year: ×12") for line in notes)


def test_one_reference_alone_and_market_rows() -> None:
    md = sk.MarketData.builtin()
    us = md.get("us-ai-engineer-entry-2024")
    ax = sk.plot.ranges([usd(120000, 150000, "offer")], us)  # a single Reference, not a list
    legend = [t.get_text().replace("\n", " ") for t in ax.get_legend().get_texts()]
    assert legend == ["entry-level AI engineers (US, 2024-05), mean (239k)"]
    ax = sk.plot.ranges([usd(120000, 150000, "offer")], md.filter(country="US"), on=dt.date(2025, 2, 10))
    assert len(ax.get_legend().get_texts()) == len(md.filter(country="US"))
