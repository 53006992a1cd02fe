"""schema.org interchange: a :class:`~salarykit.Salary` as a JobPosting ``baseSalary``.

Job boards and search engines describe pay with a schema.org
`MonetaryAmount <https://schema.org/MonetaryAmount>`_ whose ``value`` is a
`QuantitativeValue <https://schema.org/QuantitativeValue>`_ holding ``minValue`` / ``maxValue``
(or a single ``value``) and a ``unitText`` of ``HOUR``, ``DAY``, ``WEEK``, ``MONTH`` or
``YEAR`` (the values Google's job-posting guidelines list).

>>> from decimal import Decimal
>>> from salarykit import Salary
>>> s = Salary(low=Decimal(30000), high=Decimal(35000), currency="GBP", period="year")
>>> to_schema_org(s)  # doctest: +NORMALIZE_WHITESPACE
{'@type': 'MonetaryAmount', 'currency': 'GBP',
 'value': {'@type': 'QuantitativeValue', 'minValue': 30000, 'maxValue': 35000, 'unitText': 'YEAR'}}
>>> from_schema_org(to_schema_org(s)) == s
True

Only what schema.org can say travels: amounts, currency and unit. Payments per year, gross/net,
approximation and statistics have no schema.org property; ``annualized=True`` folds the payments
into a yearly figure first (Google Cloud Talent Solution's "annualized base compensation range"
is the same idea).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from ._errors import ConversionError, SalaryParseError

if TYPE_CHECKING:  # pragma: no cover
    from ._models import Salary
    from ._worktime import WorkTime

__all__ = ["from_schema_org", "to_schema_org"]

# Salary.period value -> schema.org unitText (Google job-posting guidelines, "baseSalary")
_UNIT_OUT = {"hour": "HOUR", "day": "DAY", "week": "WEEK", "month": "MONTH", "year": "YEAR"}

# what is written in the wild -> Salary.period value. unitText is free text, so we also accept
# the adjective and "per …" forms, and UN/CEFACT common codes (unitCode): HUR, DAY, WEE, MON, ANN.
_UNIT_IN = {
    "hour": "hour", "hours": "hour", "hourly": "hour", "per hour": "hour", "hr": "hour", "h": "hour",
    "hur": "hour",
    "day": "day", "days": "day", "daily": "day", "per day": "day",
    "week": "week", "weeks": "week", "weekly": "week", "per week": "week", "wee": "week", "wk": "week",
    "month": "month", "months": "month", "monthly": "month", "per month": "month", "mon": "month",
    "year": "year", "years": "year", "yearly": "year", "annual": "year", "annually": "year",
    "annum": "year", "per annum": "year", "per year": "year", "ann": "year", "yr": "year",
}  # fmt: skip

# "50,000" / "50,000.00": comma thousands grouping, the only grouping accepted in a string value
_GROUPED = re.compile(r"^[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?$")
_PLAIN = re.compile(r"^[0-9]+(?:\.[0-9]+)?$")


def _json_number(value: Decimal) -> int | float:
    """A Decimal as a JSON number: an int when whole, else the nearest float.

    >>> _json_number(Decimal("30000.00")), _json_number(Decimal("11.65"))
    (30000, 11.65)
    """
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def to_schema_org(
    salary: Salary,
    *,
    annualized: bool = False,
    worktime: WorkTime | str | None = None,
    context: bool = False,
) -> dict[str, Any]:
    """``salary`` as a schema.org ``MonetaryAmount`` (the ``baseSalary`` of a ``JobPosting``).

    ``annualized=True`` first converts the salary to a yearly figure (payments per year and the
    ``worktime`` convention applied, see :meth:`Salary.annual`). ``context=True`` adds
    ``"@context": "https://schema.org"`` for a stand-alone JSON-LD document.
    Raises :class:`~salarykit.ConversionError` for a salary without any amount.

    >>> from decimal import Decimal
    >>> from salarykit import Salary
    >>> to_schema_org(Salary(low=Decimal("11.65"), high=Decimal("11.65"), currency="EUR",
    ...                      period="hour"))  # doctest: +NORMALIZE_WHITESPACE
    {'@type': 'MonetaryAmount', 'currency': 'EUR',
     'value': {'@type': 'QuantitativeValue', 'value': 11.65, 'unitText': 'HOUR'}}
    >>> to_schema_org(Salary(low=Decimal(900000), currency="USD", period="year"))["value"]
    {'@type': 'QuantitativeValue', 'minValue': 900000, 'unitText': 'YEAR'}
    """
    if annualized:
        salary = salary.annual(worktime=worktime)
    if not salary.has_amount:
        raise ConversionError(
            f"{salary} has no amount: schema.org MonetaryAmount needs at least one value"
        )
    quantity: dict[str, Any] = {"@type": "QuantitativeValue"}
    if salary.low is not None and salary.low == salary.high:
        quantity["value"] = _json_number(salary.low)
    else:
        if salary.low is not None:
            quantity["minValue"] = _json_number(salary.low)
        if salary.high is not None:
            quantity["maxValue"] = _json_number(salary.high)
    if salary.period is not None:
        quantity["unitText"] = _UNIT_OUT[salary.period.value]
    amount: dict[str, Any] = {}
    if context:
        amount["@context"] = "https://schema.org"
    amount["@type"] = "MonetaryAmount"
    if salary.currency:
        amount["currency"] = salary.currency
    amount["value"] = quantity
    return amount


def from_schema_org(data: Mapping[str, Any] | str | int | float) -> Salary:
    """Read a schema.org ``MonetaryAmount`` (or a ``JobPosting`` holding one) into a Salary.

    Accepts what real pages publish: a JSON string or a dict; a whole ``JobPosting`` (its
    ``baseSalary``, and its legacy ``salaryCurrency``); values as numbers or strings
    (``"50000"``, ``"50,000.00"``); ``value`` as a plain number; ``minValue`` / ``maxValue``
    on the ``MonetaryAmount`` itself; ``unitText`` in any case and as words (``"per hour"``,
    ``"annual"``) or UN/CEFACT ``unitCode`` (``HUR``, ``DAY``, ``WEE``, ``MON``, ``ANN``).
    Raises :class:`~salarykit.SalaryParseError` when no amount can be read.

    >>> s = from_schema_org({"@type": "MonetaryAmount", "currency": "usd",
    ...     "value": {"@type": "QuantitativeValue", "minValue": "40", "maxValue": 50.5,
    ...               "unitText": "hourly"}})
    >>> s.low, s.high, s.currency, s.period.value
    (Decimal('40'), Decimal('50.5'), 'USD', 'hour')
    >>> from_schema_org('{"@type": "MonetaryAmount", "currency": "EUR", "value": 3000}').low
    Decimal('3000')
    """
    raw_text = data if isinstance(data, str) else json.dumps(data, default=str, ensure_ascii=False)
    if isinstance(data, str):
        try:
            data = json.loads(data)
        except json.JSONDecodeError as exc:
            raise SalaryParseError(raw_text, f"not JSON: {exc.msg}", position=exc.pos) from exc
    currency: Any = None
    if isinstance(data, Mapping) and "baseSalary" in data:  # a whole JobPosting
        currency = data.get("salaryCurrency")
        data = data["baseSalary"]
    if isinstance(data, list):
        if len(data) != 1:
            raise SalaryParseError(raw_text, f"expected one baseSalary, found {len(data)}")
        data = data[0]

    value: Any
    unit: Any = None
    low: Decimal | None = None
    high: Decimal | None = None
    if isinstance(data, Mapping):
        currency = data.get("currency", currency)
        value = data.get("value")
        unit = data.get("unitText") or data.get("unitCode")
        low = _amount(data.get("minValue"), raw_text)
        high = _amount(data.get("maxValue"), raw_text)
    else:
        value = data
    if isinstance(value, Mapping):  # QuantitativeValue
        unit = value.get("unitText") or value.get("unitCode") or unit
        low = _amount(value.get("minValue"), raw_text) if "minValue" in value else low
        high = _amount(value.get("maxValue"), raw_text) if "maxValue" in value else high
        value = value.get("value")
    single = _amount(value, raw_text)
    if single is not None and low is None and high is None:
        low = high = single
    if low is None and high is None:
        raise SalaryParseError(raw_text, "no minValue, maxValue or value in the MonetaryAmount")
    if low is not None and high is not None and low > high:
        raise SalaryParseError(raw_text, f"minValue {low} is above maxValue {high}")

    from ._models import Period, Salary

    period: Period | None = None
    if unit is not None:
        key = str(unit).strip().lower().replace("_", " ")
        if key not in _UNIT_IN:
            raise SalaryParseError(raw_text, f"unknown unitText {unit!r}")
        period = Period(_UNIT_IN[key])
    code = str(currency).strip().upper() if currency not in (None, "") else None
    if code is not None and not re.fullmatch(r"[A-Z]{3}", code):
        raise SalaryParseError(raw_text, f"currency {currency!r} is not an ISO 4217 code")
    return Salary(low=low, high=high, currency=code, period=period)


def _amount(value: Any, raw_text: str) -> Decimal | None:
    """One schema.org number (int, float, Decimal or string) as a Decimal, None when absent.

    >>> _amount("50,000.00", ""), _amount(12.5, ""), _amount(None, ""), _amount(" 7000 ", "")
    (Decimal('50000.00'), Decimal('12.5'), None, Decimal('7000'))
    """
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise SalaryParseError(raw_text, f"a boolean {value!r} is not an amount")
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise SalaryParseError(raw_text, f"amount {value!r} is not a finite number")
        return Decimal(repr(value))  # the shortest decimal that reads back to the same float
    if isinstance(value, Decimal):
        return value
    if isinstance(value, str):
        text = value.strip()
        if _GROUPED.match(text):
            text = text.replace(",", "")
        if _PLAIN.match(text):
            try:
                return Decimal(text)
            except InvalidOperation:  # pragma: no cover - the regex only lets numbers through
                pass
        raise SalaryParseError(raw_text, f"amount {value!r} is not a plain number")
    raise SalaryParseError(raw_text, f"amount of type {type(value).__name__} is not a number")
