"""extract() over the seed articles, checked against seeds/catalogue.yaml."""

from __future__ import annotations

import pathlib
import re
from decimal import Decimal
from typing import Any

import pytest
import yaml

import salarykit as sk

ROOT = pathlib.Path(__file__).resolve().parent.parent
CATALOGUE: dict[str, Any] = yaml.safe_load((ROOT / "seeds" / "catalogue.yaml").read_text("utf-8"))


def _spans(text: str, phrase: str) -> list[tuple[int, int]]:
    rx = re.compile(r"\s+".join(re.escape(w) for w in phrase.split()))
    return [m.span() for m in rx.finditer(text)]


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


@pytest.fixture(scope="module")
def seeds(shared_dir: pathlib.Path) -> dict[str, str]:
    folder = shared_dir / "seeds"
    return {p.name: p.read_text("utf-8") for p in sorted(folder.glob("*.txt"))}


@pytest.fixture(scope="module")
def extracted(seeds: dict[str, str]) -> dict[str, list[Any]]:
    return {name: sk.extract(text, include_other_money=True) for name, text in seeds.items()}


def _dec(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


@pytest.mark.parametrize(
    "entry", CATALOGUE["salaries"], ids=[e["id"] for e in CATALOGUE["salaries"]]
)
def test_catalogued_salary_is_found(
    entry: dict[str, Any], seeds: dict[str, str], extracted: dict[str, list[Any]]
) -> None:
    text = seeds[entry["source"]]
    (where,) = _spans(text, entry["phrase"])
    found = [
        m
        for m in extracted[entry["source"]]
        if isinstance(m, sk.SalaryMention) and _overlaps(m.span, where)
    ]
    assert len(found) == 1, f"{entry['phrase']!r} not found as one salary"
    mention = found[0]
    salary, expect = mention.salary, entry["expect"]
    assert (salary.low, salary.high) == (_dec(expect["low"]), _dec(expect["high"]))
    assert salary.currency == expect["currency"]
    assert (salary.period.value if salary.period else None) == expect["period"]
    assert salary.inferred == frozenset(expect["inferred"])
    assert salary.approximate == expect["approximate"]
    assert salary.statistic == expect["statistic"]
    assert text[mention.span[0] : mention.span[1]] == mention.text
    assert mention.sentence.text == text[mention.sentence.span[0] : mention.sentence.span[1]]
    context = entry["context"]
    for field in ("about", "place", "country", "when", "kind", "source"):
        assert getattr(mention, field) == context[field], field
    assert mention.inferred == frozenset(context["inferred"])


@pytest.mark.parametrize(
    "name",
    sorted(
        {e["source"] for e in CATALOGUE["salaries"]}
        | {"001_f1f80820b8aa46f4.txt", "004_934cf1650db352c3.txt"}
    ),
)
def test_no_uncatalogued_salary(
    name: str, seeds: dict[str, str], extracted: dict[str, list[Any]]
) -> None:
    if name not in seeds:
        pytest.skip(f"{name} is not among the seeds")
    text = seeds[name]
    expected = [_spans(text, e["phrase"])[0] for e in CATALOGUE["salaries"] if e["source"] == name]
    got = [m.span for m in extracted[name] if isinstance(m, sk.SalaryMention)]
    assert len(got) == len(expected)
    for span in got:
        assert any(_overlaps(span, e) for e in expected), text[span[0] : span[1]]


@pytest.mark.parametrize("entry", CATALOGUE["changes"], ids=[e["id"] for e in CATALOGUE["changes"]])
def test_raise_is_a_change(
    entry: dict[str, Any], seeds: dict[str, str], extracted: dict[str, list[Any]]
) -> None:
    text = seeds[entry["source"]]
    (where,) = _spans(text, entry["phrase"])
    found = [m for m in extracted[entry["source"]] if _overlaps(m.span, where)]
    assert len(found) == 1 and isinstance(found[0], sk.SalaryChange)
    change = found[0]
    assert (change.low, change.high) == (
        _dec(entry["expect"]["low"]),
        _dec(entry["expect"]["high"]),
    )
    for field, value in entry["context"].items():
        assert getattr(change, field) == value, field


@pytest.mark.parametrize(
    "entry",
    CATALOGUE["not_salaries"],
    ids=[f"{e['source'][:3]}:{e['phrase']}" for e in CATALOGUE["not_salaries"]],
)
def test_not_a_salary(
    entry: dict[str, Any], seeds: dict[str, str], extracted: dict[str, list[Any]]
) -> None:
    text = seeds[entry["source"]]
    spans = _spans(text, entry["phrase"])
    assert spans, f"{entry['phrase']!r} is not in {entry['source']}"
    for where in spans:
        hits = [m for m in extracted[entry["source"]] if _overlaps(m.span, where)]
        assert not any(isinstance(m, sk.SalaryMention) for m in hits)
        if "label" in entry:
            assert [(type(m).__name__, m.label) for m in hits] == [("MoneyMention", entry["label"])]
