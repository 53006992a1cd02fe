"""salarykit: read salaries the way they are really written, then normalize and compare them.

>>> import salarykit as sk
>>> s = sk.parse("700k–1.2M yuans/an")
>>> s.low, s.high, s.currency, s.period
(Decimal('700000'), Decimal('1200000'), 'CNY', <Period.YEAR: 'year'>)

Importing salarykit is cheap: the public names below are loaded on first use, so pydantic,
babel, pint and the data files are only read when they are needed.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# public name -> private module that defines it (loaded lazily on first attribute access)
_EXPORTS: dict[str, str] = {
    # results and errors
    "Salary": "._models",
    "Period": "._models",
    "Provenance": "._models",
    "SalarykitError": "._errors",
    "SalaryParseError": "._errors",
    "ConversionError": "._errors",
    "MarketDataError": "._errors",
    "RateNotFoundError": "._errors",
    "UnsupportedCurrencyError": "._errors",
    "DataNotFoundError": "._errors",
    "ProviderError": "._errors",
    # reading (issue: parser)
    "parse": "._parse",
    # normalization (issue: normalization)
    "WorkTime": "._worktime",
    "convert": "._currency",
    "RateProvider": "._rates",
    "ECBRateProvider": "._rates",
    "StaticRateProvider": "._rates",
    "ForexPythonProvider": "._rates",
    "PeggedRateProvider": "._rates",
    "RateQuote": "._rates",
    "to_ppp": "._ppp",
    "adjust_for_inflation": "._inflation",
    # finding salaries in prose (issue: extraction)
    "extract": "._extract",
    "SalaryMention": "._extract",
    "SalaryChange": "._extract",
    "MoneyMention": "._extract",
    "TextSpan": "._extract",
    # comparison (issue: comparison)
    "MarketData": "._market",
    "Reference": "._market",
    "compare": "._compare",
    "Comparison": "._compare",
    "Assumption": "._compare",
    "RangeOverlap": "._compare",
    "apply_change": "._compare",
    "compare_all": "._compare",
    "compare_many": "._compare",
    "describe_ratio": "._compare",
    # interchange
    "to_schema_org": "._schemaorg",
    "from_schema_org": "._schemaorg",
}

# public submodules, also loaded lazily: sk.bulk, sk.plot
_SUBMODULES = ("bulk", "plot")

__all__ = sorted([*_EXPORTS, *_SUBMODULES, "__version__"])

if TYPE_CHECKING:  # pragma: no cover - for type checkers and IDEs only
    from . import bulk, plot
    from ._compare import (
        Assumption,
        Comparison,
        RangeOverlap,
        apply_change,
        compare,
        compare_all,
        compare_many,
        describe_ratio,
    )
    from ._currency import convert
    from ._errors import (
        ConversionError,
        DataNotFoundError,
        MarketDataError,
        ProviderError,
        RateNotFoundError,
        SalarykitError,
        SalaryParseError,
        UnsupportedCurrencyError,
    )
    from ._extract import MoneyMention, SalaryChange, SalaryMention, TextSpan, extract
    from ._inflation import adjust_for_inflation
    from ._market import MarketData, Reference
    from ._models import Period, Provenance, Salary
    from ._parse import parse
    from ._ppp import to_ppp
    from ._rates import (
        ECBRateProvider,
        ForexPythonProvider,
        PeggedRateProvider,
        RateProvider,
        RateQuote,
        StaticRateProvider,
    )
    from ._schemaorg import from_schema_org, to_schema_org
    from ._worktime import WorkTime


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is not None:
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value  # cache: the next access is a plain attribute read
        return value
    if name in _SUBMODULES:
        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module 'salarykit' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
