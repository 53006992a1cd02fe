"""Errors raised by salarykit.

Every error is a :class:`SalarykitError` and also the builtin that fits, so both
``except sk.SalarykitError`` and ``except ValueError`` work::

    SalarykitError
    ├── SalaryParseError            (ValueError)   no salary could be read; carries text, reason, position
    ├── ConversionError             (ValueError)   a salary cannot be normalized (no amount, no currency…)
    ├── MarketDataError             (ValueError)   a reference table row is invalid; carries row and field
    ├── RateNotFoundError           (LookupError)  no exchange rate for that currency pair and date
    ├── UnsupportedCurrencyError    (LookupError)  a currency no provider knows; lists the supported ones
    ├── DataNotFoundError           (LookupError)  no PPP / inflation figure for that country and year
    └── ProviderError               (ConnectionError) an online provider failed or timed out

This module imports nothing heavy, so catching errors never costs an import.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = [
    "ConversionError",
    "DataNotFoundError",
    "MarketDataError",
    "ProviderError",
    "RateNotFoundError",
    "SalaryParseError",
    "SalarykitError",
    "UnsupportedCurrencyError",
]


class SalarykitError(Exception):
    """Base class of every error raised by salarykit."""


class SalaryParseError(SalarykitError, ValueError):
    """No salary could be read from ``text``.

    >>> err = SalaryParseError("n/a", "no amount found", position=0)
    >>> isinstance(err, ValueError), err.text, err.reason, err.position
    (True, 'n/a', 'no amount found', 0)
    >>> str(err)
    "no amount found (at 0 in 'n/a')"
    """

    def __init__(self, text: str, reason: str, *, position: int | None = None) -> None:
        self.text = text
        self.reason = reason
        self.position = position
        shown = text if len(text) <= 80 else text[:77] + "..."
        where = f"at {position} in " if position is not None else "in "
        super().__init__(f"{reason} ({where}{shown!r})")

    def __reduce__(self) -> tuple[object, ...]:  # picklable across worker processes
        return (_rebuild_parse_error, (self.text, self.reason, self.position))


def _rebuild_parse_error(text: str, reason: str, position: int | None) -> SalaryParseError:
    return SalaryParseError(text, reason, position=position)


class ConversionError(SalarykitError, ValueError):
    """A salary cannot be normalized as asked (no amount, no currency, unknown period…)."""


class MarketDataError(SalarykitError, ValueError):
    """A market-reference row is invalid.

    >>> str(MarketDataError("not a number", row=3, field="value"))
    'row 3, field value: not a number'
    """

    def __init__(self, message: str, *, row: int | None = None, field: str | None = None) -> None:
        self.row = row
        self.field = field
        self.message = message
        where = []
        if row is not None:
            where.append(f"row {row}")
        if field is not None:
            where.append(f"field {field}")
        super().__init__(f"{', '.join(where)}: {message}" if where else message)

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild_market_error, (self.message, self.row, self.field))


def _rebuild_market_error(message: str, row: int | None, field: str | None) -> MarketDataError:
    return MarketDataError(message, row=row, field=field)


class RateNotFoundError(SalarykitError, LookupError):
    """No exchange rate is known for a currency pair on a date."""


class UnsupportedCurrencyError(SalarykitError, LookupError):
    """A currency that no configured provider knows.

    >>> err = UnsupportedCurrencyError("XYZ", supported=["EUR", "USD"])
    >>> err.supported
    ('EUR', 'USD')
    """

    def __init__(self, currency: str, *, supported: Sequence[str] = (), detail: str = "") -> None:
        self.currency = currency
        self.supported = tuple(sorted(supported))
        msg = f"unsupported currency {currency!r}"
        if detail:
            msg += f": {detail}"
        if self.supported:
            msg += f"; supported: {', '.join(self.supported)}"
        super().__init__(msg)

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild_currency_error, (self.currency, self.supported))


def _rebuild_currency_error(currency: str, supported: Sequence[str]) -> UnsupportedCurrencyError:
    return UnsupportedCurrencyError(currency, supported=supported)


class DataNotFoundError(SalarykitError, LookupError):
    """No PPP or inflation figure for a country and year."""


class ProviderError(SalarykitError, ConnectionError):
    """An online rate provider failed, timed out or answered nonsense."""
