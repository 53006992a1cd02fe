"""schema.org ``baseSalary`` export and import: tables of real shapes, and round trips."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import salarykit as sk
from salarykit import Period, Salary

D = Decimal


# (salary, expected MonetaryAmount)
EXPORTS: list[tuple[Salary, dict[str, Any]]] = [
    (
        Salary(low=D(30000), high=D(35000), currency="GBP", period=Period.YEAR),
        {"@type": "MonetaryAmount", "currency": "GBP",
         "value": {"@type": "QuantitativeValue", "minValue": 30000, "maxValue": 35000,
                   "unitText": "YEAR"}},
    ),
    (
        Salary(low=D("11.65"), high=D("11.65"), currency="EUR", period=Period.HOUR),
        {"@type": "MonetaryAmount", "currency": "EUR",
         "value": {"@type": "QuantitativeValue", "value": 11.65, "unitText": "HOUR"}},
    ),
    (  # "un salaire mensuel maximum de 100 000 yuans": an upper bound only
        Salary(high=D(100000), currency="CNY", period=Period.MONTH),
        {"@type": "MonetaryAmount", "currency": "CNY",
         "value": {"@type": "QuantitativeValue", "maxValue": 100000, "unitText": "MONTH"}},
    ),
    (  # "plus de 900 000 $" a year: a lower bound only
        Salary(low=D(900000), currency="USD", period=Period.YEAR),
        {"@type": "MonetaryAmount", "currency": "USD",
         "value": {"@type": "QuantitativeValue", "minValue": 900000, "unitText": "YEAR"}},
    ),
    (  # a day rate
        Salary(low=D(150), high=D(200), currency="CNY", period=Period.DAY),
        {"@type": "MonetaryAmount", "currency": "CNY",
         "value": {"@type": "QuantitativeValue", "minValue": 150, "maxValue": 200,
                   "unitText": "DAY"}},
    ),
    (  # no period written: no unitText rather than a guess
        Salary(low=D(500), high=D(700), currency="EUR"),
        {"@type": "MonetaryAmount", "currency": "EUR",
         "value": {"@type": "QuantitativeValue", "minValue": 500, "maxValue": 700}},
    ),
    (
        Salary(low=D(900), high=D(1100), currency="AUD", period=Period.WEEK),
        {"@type": "MonetaryAmount", "currency": "AUD",
         "value": {"@type": "QuantitativeValue", "minValue": 900, "maxValue": 1100,
                   "unitText": "WEEK"}},
    ),
]  # fmt: skip


@pytest.mark.parametrize(("salary", "expected"), EXPORTS)
def test_export(salary: Salary, expected: dict[str, Any]) -> None:
    out = sk.to_schema_org(salary)
    assert out == expected
    json.dumps(out)  # plain JSON, no Decimal left inside


@pytest.mark.parametrize(("salary", "expected"), EXPORTS)
def test_export_reads_back(salary: Salary, expected: dict[str, Any]) -> None:
    assert sk.from_schema_org(expected) == salary
    assert sk.from_schema_org(json.dumps(expected)) == salary


def test_context_for_standalone_json_ld() -> None:
    out = sk.to_schema_org(Salary(low=D(1), high=D(2), currency="USD"), context=True)
    assert out["@context"] == "https://schema.org"


def test_no_amount_cannot_be_exported() -> None:
    with pytest.raises(sk.ConversionError, match="no amount"):
        sk.to_schema_org(Salary(negotiable=True))


# (what real pages publish, low, high, currency, period)
WILD: list[tuple[Any, str | None, str | None, str | None, str | None]] = [
    # Google's own example shape
    ({"@type": "MonetaryAmount", "currency": "USD",
      "value": {"@type": "QuantitativeValue", "value": 40.00, "unitText": "HOUR"}},
     "40.0", "40.0", "USD", "hour"),
    # values as strings, lowercase unit
    ({"@type": "MonetaryAmount", "currency": "USD",
      "value": {"@type": "QuantitativeValue", "minValue": "50000", "maxValue": "65000",
                "unitText": "year"}},
     "50000", "65000", "USD", "year"),
    # grouped strings and words for the unit
    ({"@type": "MonetaryAmount", "currency": "gbp",
      "value": {"minValue": "30,000.00", "maxValue": "35,000.00", "unitText": "per annum"}},
     "30000.00", "35000.00", "GBP", "year"),
    # value as a plain number, no unit
    ({"@type": "MonetaryAmount", "currency": "EUR", "value": 3000}, "3000", "3000", "EUR", None),
    # min/max on the MonetaryAmount itself (schema.org allows it), unitCode instead of unitText
    ({"@type": "MonetaryAmount", "currency": "EUR", "minValue": 45000, "maxValue": 55000,
      "unitCode": "ANN"}, "45000", "55000", "EUR", "year"),
    # a whole JobPosting with the legacy salaryCurrency
    ({"@type": "JobPosting", "title": "Data engineer", "salaryCurrency": "CAD",
      "baseSalary": {"@type": "MonetaryAmount",
                     "value": {"@type": "QuantitativeValue", "minValue": 85000,
                               "unitText": "Yearly"}}},
     "85000", None, "CAD", "year"),
    # a list holding one baseSalary
    ([{"@type": "MonetaryAmount", "currency": "INR",
       "value": {"@type": "QuantitativeValue", "maxValue": 1200000, "unitText": "MONTHLY"}}],
     None, "1200000", "INR", "month"),
    ({"@type": "MonetaryAmount", "currency": "JPY",
      "value": {"@type": "QuantitativeValue", "value": "1500", "unitCode": "HUR"}},
     "1500", "1500", "JPY", "hour"),
    # a bare number
    (42000, "42000", "42000", None, None),
]  # fmt: skip


@pytest.mark.parametrize(("data", "low", "high", "currency", "period"), WILD)
def test_reads_the_wild(
    data: Any, low: str | None, high: str | None, currency: str | None, period: str | None
) -> None:
    if isinstance(data, list):
        data = {"baseSalary": data}
    s = sk.from_schema_org(data)
    assert s.low == (D(low) if low else None)
    assert s.high == (D(high) if high else None)
    assert s.currency == currency
    assert (s.period.value if s.period else None) == period


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        ({"@type": "MonetaryAmount", "currency": "USD"}, "no minValue"),
        ({"@type": "MonetaryAmount", "currency": "USD", "value": "about 50k"}, "not a plain number"),
        ({"@type": "MonetaryAmount", "value": {"minValue": 9, "maxValue": 3}}, "above maxValue"),
        ({"@type": "MonetaryAmount", "value": {"value": 9, "unitText": "fortnight"}}, "unknown unitText"),
        ({"@type": "MonetaryAmount", "currency": "dollars", "value": 9}, "ISO 4217"),
        ({"@type": "MonetaryAmount", "value": True}, "boolean"),
        ({"@type": "MonetaryAmount", "value": float("nan")}, "finite"),
        ("{not json", "not JSON"),
        ({"baseSalary": []}, "expected one baseSalary"),
    ],
)
def test_bad_input_is_a_parse_error(data: Any, reason: str) -> None:
    with pytest.raises(sk.SalaryParseError, match=reason) as info:
        sk.from_schema_org(data)
    assert info.value.text  # carries what it was reading


amounts = st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False)


@st.composite
def salaries(draw: st.DrawFn) -> Salary:
    low = draw(st.one_of(st.none(), amounts))
    high = draw(st.one_of(st.none(), amounts))
    if low is None and high is None:
        low = draw(amounts)
    if low is not None and high is not None and low > high:
        low, high = high, low
    if draw(st.booleans()) and low is not None:
        high = low
    return Salary(
        low=low,
        high=high,
        currency=draw(st.one_of(st.none(), st.sampled_from(["USD", "EUR", "CNY", "JPY", "INR"]))),
        period=draw(st.one_of(st.none(), st.sampled_from(list(Period)))),
    )


@given(salaries())
def test_round_trip(salary: Salary) -> None:
    exported = sk.to_schema_org(salary)
    back = sk.from_schema_org(json.loads(json.dumps(exported)))
    assert back == salary


def test_annualized_applies_the_period_conversion() -> None:
    s = Salary(low=D(15000), high=D(25000), currency="CNY", period=Period.MONTH,
               payments_per_year=13)  # fmt: skip
    out = sk.to_schema_org(s, annualized=True)
    assert out["value"] == {"@type": "QuantitativeValue", "minValue": 195000,
                            "maxValue": 325000, "unitText": "YEAR"}  # fmt: skip
