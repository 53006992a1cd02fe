"""Rate providers: ECB history (checked against CurrencyConverter itself), pegs, static, online."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from currency_converter import CurrencyConverter

from salarykit import (
    ECBRateProvider,
    ForexPythonProvider,
    ProviderError,
    RateNotFoundError,
    RateProvider,
    RateQuote,
    StaticRateProvider,
    UnsupportedCurrencyError,
)
from salarykit._rates import default_provider, load_pegs, supported_currencies

D = Decimal


@pytest.fixture(scope="module")
def cc() -> CurrencyConverter:
    """CurrencyConverter on the same file, with its strict defaults (no silent fallbacks)."""
    return CurrencyConverter()


@pytest.fixture(scope="module")
def ecb() -> ECBRateProvider:
    return ECBRateProvider()


# business days: the ECB fixing of that very day must be used and match CurrencyConverter
CROSS = [
    ("CNY", "USD", date(2025, 2, 10)),
    ("EUR", "USD", date(2025, 2, 10)),
    ("USD", "JPY", date(2024, 6, 3)),
    ("GBP", "EUR", date(2016, 6, 24)),  # the day after the Brexit vote
    ("CHF", "EUR", date(2015, 1, 15)),  # the day the SNB dropped its floor
    ("INR", "KRW", date(2023, 11, 7)),
    ("PLN", "BRL", date(2020, 3, 16)),
    ("USD", "CNY", date(2005, 4, 1)),  # first CNY fixing
]


@pytest.mark.parametrize(("base", "quote", "day"), CROSS)
def test_cross_rates_match_currencyconverter(
    ecb: ECBRateProvider, cc: CurrencyConverter, base: str, quote: str, day: date
) -> None:
    q = ecb.rate(base, quote, day)
    expected = cc.convert(1, base, quote, date=day)
    assert q.on == day and not q.fallback and q.note == ""
    assert float(q.rate) == pytest.approx(expected, rel=1e-12)
    assert isinstance(q.rate, Decimal)
    assert q.provider.startswith("ECB euro reference rates (currencyconverter")


@pytest.mark.parametrize(
    ("asked", "used"),
    [
        (date(2025, 2, 8), date(2025, 2, 7)),  # Saturday
        (date(2025, 2, 9), date(2025, 2, 7)),  # Sunday
        (date(2024, 12, 25), date(2024, 12, 24)),  # Christmas
        (date(2024, 12, 26), date(2024, 12, 24)),
        (date(2025, 5, 1), date(2025, 4, 30)),  # Labour Day
        (date(2024, 3, 29), date(2024, 3, 28)),  # Good Friday
    ],
)
def test_days_without_fixing_use_last_known(ecb: ECBRateProvider, cc: CurrencyConverter, asked: date, used: date) -> None:
    q = ecb.rate("USD", "GBP", asked)
    assert q.on == used and q.requested == asked and not q.fallback
    assert f"{asked} has no ECB fixing: last known rate, of {used}" == q.note
    assert float(q.rate) == pytest.approx(cc.convert(1, "USD", "GBP", date=used), rel=1e-12)


def test_outside_data_raises_naming_range(ecb: ECBRateProvider) -> None:
    first, last = ecb.date_range()
    with pytest.raises(RateNotFoundError, match=f"USD from {first} to {last}"):
        ecb.rate("EUR", "USD", date(1998, 12, 31))
    with pytest.raises(RateNotFoundError, match="pass fallback=True"):
        ecb.rate("EUR", "USD", last + timedelta(days=30))
    assert isinstance(RateNotFoundError("x"), LookupError)


def test_fallback_is_recorded(ecb: ECBRateProvider, cc: CurrencyConverter) -> None:
    first, last = ecb.date_range()
    late = ecb.rate("EUR", "USD", last + timedelta(days=400), fallback=True)
    assert late.fallback and late.on == last and "outside the data" in late.note
    early = ecb.rate("EUR", "USD", date(1990, 1, 1), fallback=True)
    assert early.fallback and early.on == first
    assert float(early.rate) == pytest.approx(cc.convert(1, "EUR", "USD", date=first))


def test_suspended_currency(ecb: ECBRateProvider) -> None:
    """The ECB stopped quoting RUB on 2022-03-01: later dates are not silently served."""
    assert ecb.currency_range("RUB")[1] == date(2022, 3, 1)
    with pytest.raises(RateNotFoundError, match="RUB from 2005-04-01 to 2022-03-01"):
        ecb.rate("RUB", "EUR", date(2023, 1, 10))
    q = ecb.rate("RUB", "EUR", date(2023, 1, 10), fallback=True)
    assert q.fallback and q.on == date(2022, 3, 1)


def test_latest_when_no_date(ecb: ECBRateProvider) -> None:
    q = ecb.rate("EUR", "USD")
    assert q.on == ecb.currency_range("USD")[1] and q.requested is None
    assert q.note == "latest rate of the data"


def test_unsupported_currency_lists_supported(ecb: ECBRateProvider) -> None:
    with pytest.raises(UnsupportedCurrencyError) as info:
        ecb.rate("EUR", "AED", date(2025, 1, 6))
    assert "USD" in info.value.supported and "the ECB does not quote it" in str(info.value)
    with pytest.raises(UnsupportedCurrencyError, match="not an ISO 4217 code"):
        ecb.rate("EUR", "dollars")


def test_same_currency_is_one(ecb: ECBRateProvider) -> None:
    assert ecb.rate("USD", "USD", date(2025, 2, 10)).rate == 1


# ------------------------------------------------------------------------------------ pegs
PEGGED = [
    ("AED", "USD", D(1) / D("3.6725")),
    ("USD", "SAR", D("3.75")),
    ("QAR", "USD", D(1) / D("3.64")),
    ("BHD", "USD", D(1) / D("0.376")),
    ("OMR", "USD", D(1) / D("0.3845")),
    ("EUR", "XOF", D("655.957")),
    ("XAF", "EUR", D(1) / D("655.957")),
    ("SAR", "AED", D("3.6725") / D("3.75")),
    ("BAM", "EUR", D(1) / D("1.95583")),
    ("NPR", "INR", D(1) / D("1.6")),
]


@pytest.mark.parametrize(("base", "quote", "expected"), PEGGED)
def test_pegs(base: str, quote: str, expected: Decimal) -> None:
    q = default_provider().rate(base, quote, date(2025, 2, 10))
    assert abs(q.rate - expected) < D("1e-20")
    assert "peg" in q.note and q.on == date(2025, 2, 10)


def test_peg_times_market_rate(cc: CurrencyConverter) -> None:
    q = default_provider().rate("AED", "JPY", date(2025, 2, 10))
    expected = cc.convert(1, "USD", "JPY", date=date(2025, 2, 10)) / 3.6725
    assert float(q.rate) == pytest.approx(expected, rel=1e-12)
    assert "Central Bank of the UAE" in q.note and q.provider.endswith("+ fixed pegs")
    # a chain: the pataca is linked to the HKD, which the ECB quotes
    mop = default_provider().rate("MOP", "HKD", date(2025, 2, 10))
    assert mop.rate == 1 / D("1.03")


def test_peg_before_it_existed() -> None:
    with pytest.raises(RateNotFoundError, match="its peg to USD applies from 2025-03-31"):
        default_provider().rate("XCG", "EUR", date(2024, 1, 5))


def test_unknown_floating_currency_refused_with_list() -> None:
    with pytest.raises(UnsupportedCurrencyError) as info:
        default_provider().rate("TWD", "USD", date(2025, 2, 10))
    assert {"AED", "SAR", "USD", "CNY"} <= set(info.value.supported)
    assert "TWD" not in info.value.supported


def test_every_peg_is_sourced_and_resolvable() -> None:
    p = default_provider()
    for code, peg in load_pegs().items():
        assert peg.source and peg.units_per_anchor > 0, code
        assert p.rate(code, "EUR", max(peg.since, date(2024, 1, 8)), fallback=True).rate > 0


def test_hkd_stays_in_its_band_since_2005(ecb: ECBRateProvider) -> None:
    """The ECB cross USD/HKD sits inside the HKMA convertibility band on every day since the band
    was set (a real-data check of cross rates), with one exception found by this test: the
    fixing of 2009-03-26, whose cross rate (7.686) is an anomaly of the ECB file itself."""
    band = load_pegs()["HKD"].band
    assert band is not None
    tolerance = D("0.01")  # ECB fixings carry 5 significant digits and are taken at 14:15 CET
    outside = []
    day, last = date(2005, 5, 18), ecb.currency_range("HKD")[1]
    while day <= last:
        q = ecb.rate("USD", "HKD", day)
        if q.on == day and not band[0] - tolerance <= q.rate <= band[1] + tolerance:
            outside.append(day)
        day += timedelta(days=1)
    assert set(outside) <= {date(2009, 3, 26)}  # the known anomaly, if the file still has it


def test_supported_currencies() -> None:
    found = supported_currencies()
    assert "EUR" in found and "AED" in found and found == sorted(found)


def test_protocol() -> None:
    for provider in (ECBRateProvider(), default_provider(), StaticRateProvider({"USD": 1}), ForexPythonProvider()):
        assert isinstance(provider, RateProvider)


def test_quote_inverse() -> None:
    q = RateQuote("EUR", "USD", D("1.25"), date(2025, 1, 2), "t")
    assert q.inverse().rate == D("0.8") and q.inverse().base == "USD"


# ---------------------------------------------------------------------------------- static
def test_static_provider() -> None:
    p = StaticRateProvider({"USD": "1.10", "GBP": D("0.85")}, base="EUR", name="my table")
    q = p.rate("GBP", "USD", date(2030, 1, 1))
    assert q.rate == D("1.10") / D("0.85") and q.provider == "my table" and q.on == date(2030, 1, 1)
    assert p.currencies() == {"EUR", "USD", "GBP"}
    with pytest.raises(UnsupportedCurrencyError, match="my table"):
        p.rate("EUR", "JPY")


def test_static_dated_tables() -> None:
    p = StaticRateProvider({date(2024, 1, 1): {"USD": "1.10"}, date(2024, 7, 1): {"USD": "1.07"}})
    assert p.rate("EUR", "USD", date(2024, 6, 30)).rate == D("1.10")
    assert p.rate("EUR", "USD", date(2025, 1, 1)).rate == D("1.07")
    assert p.rate("EUR", "USD").on == date(2024, 7, 1)
    with pytest.raises(RateNotFoundError, match="from 2024-01-01 to 2024-07-01"):
        p.rate("EUR", "USD", date(2023, 1, 1))
    assert p.rate("EUR", "USD", date(2023, 1, 1), fallback=True).fallback


@pytest.mark.parametrize("bad", ["x", "-1", 0])
def test_static_rejects_bad_rates(bad: Any) -> None:
    with pytest.raises(ProviderError):
        StaticRateProvider({"USD": bad})


# ---------------------------------------------------------------------------------- online
@dataclass
class FakeResponse:
    status_code: int
    text: str


@dataclass
class FakeSession:
    """A requests-like session that never touches the network."""

    response: FakeResponse | None = None
    error: Exception | None = None
    calls: list[dict[str, Any]] = field(default_factory=list)

    def get(self, url: str, params: dict[str, str] | None = None, timeout: float | None = None) -> FakeResponse:
        self.calls.append({"url": url, "params": params, "timeout": timeout})
        if self.error is not None:
            raise self.error
        assert self.response is not None
        return self.response


def test_forex_python_uses_timeout_and_decimal() -> None:
    session = FakeSession(FakeResponse(200, '{"base": "EUR", "date": "2025-02-07", "rates": {"USD": 1.0377}}'))
    p = ForexPythonProvider(timeout=3, session=session)
    q = p.rate("EUR", "USD", date(2025, 2, 8))
    assert q.rate == D("1.0377") and q.on == date(2025, 2, 7) and "no fixing" in q.note
    call = session.calls[0]
    assert call["timeout"] == 3.0
    assert call["url"].endswith("/2025-02-08") and call["params"]["symbols"] == "USD"


@pytest.mark.parametrize(
    ("session", "message"),
    [
        (FakeSession(error=TimeoutError("read timed out")), "failed: read timed out"),
        (FakeSession(error=ConnectionRefusedError("refused")), "failed: refused"),
        (FakeSession(FakeResponse(503, "down")), "HTTP 503"),
        (FakeSession(FakeResponse(200, "<html>not json</html>")), "unreadable answer"),
        (FakeSession(FakeResponse(200, '{"rates": {"USD": "abc"}, "date": "2025-01-01"}')), "malformed answer"),
    ],
)
def test_forex_python_failures_become_provider_errors(session: FakeSession, message: str) -> None:
    with pytest.raises(ProviderError, match=message) as info:
        ForexPythonProvider(session=session).rate("EUR", "USD", date(2025, 2, 10))
    assert isinstance(info.value, ConnectionError)


def test_forex_python_missing_rate() -> None:
    session = FakeSession(FakeResponse(200, '{"rates": {}}'))
    with pytest.raises(RateNotFoundError):
        ForexPythonProvider(session=session).rate("EUR", "XYZ")


def test_forex_python_needs_a_timeout() -> None:
    with pytest.raises(ValueError, match="timeout"):
        ForexPythonProvider(timeout=0)


def test_forex_python_real_session_is_blocked_by_the_network_guard() -> None:
    """Without a fake, the real requests session is used, and the test network guard turns the
    connection into a failure that surfaces as ProviderError — nothing leaves the machine."""
    with pytest.raises(ProviderError):
        ForexPythonProvider(timeout=2).rate("EUR", "USD", date(2025, 2, 10))


def test_forex_python_lists_its_currencies_offline() -> None:
    found = ForexPythonProvider().currencies()
    assert {"EUR", "USD", "JPY"} <= found
    assert ForexPythonProvider().date_range()[0] == date(1999, 1, 4)


@pytest.mark.parametrize(
    ("code", "per_euro"),
    [("FRF", "6.55957"), ("DEM", "1.95583"), ("ITL", "1936.27"), ("ESP", "166.386"), ("GRD", "340.750")],
)
def test_legacy_euro_currencies(code: str, per_euro: str) -> None:
    """An old franc or mark amount converts at the irrevocable rate, on any date since 1999."""
    for day in (date(2001, 6, 1), date(2024, 6, 3)):
        q = default_provider().rate(code, "EUR", day)
        assert q.rate == 1 / D(per_euro) and "Council Regulation" in q.note


def test_legacy_currency_to_ppp() -> None:
    from salarykit import Period, Salary

    francs = Salary(low=D(150000), high=D(150000), currency="FRF", period=Period.YEAR, country="FR")
    out = francs.to_ppp(2001)
    rate, ppp = out.provenance
    assert rate.factor == 1 / D("6.55957") and ppp.from_unit == "EUR" and ppp.year == 2001


@pytest.mark.parametrize(
    ("code", "per_euro", "last_quote"),
    [("HRK", "7.53450", date(2022, 12, 30)), ("LTL", "3.45280", date(2014, 12, 31)), ("SKK", "30.1260", date(2008, 12, 31))],
)
def test_currencies_replaced_by_the_euro(ecb: ECBRateProvider, code: str, per_euro: str, last_quote: date) -> None:
    """Before adoption the ECB fixing is used; after the last fixing, the conversion rate."""
    assert ecb.currency_range(code)[1] == last_quote
    before = default_provider().rate(code, "EUR", last_quote)
    assert "peg" not in before.note and before.provider.startswith("ECB")
    after = default_provider().rate(code, "EUR", last_quote + timedelta(days=400))
    assert after.rate == 1 / D(per_euro) and "Council Regulation" in after.note and not after.fallback
    # the ECB alone still refuses, naming its range
    with pytest.raises(RateNotFoundError):
        ecb.rate(code, "EUR", last_quote + timedelta(days=400))


def test_ecb_file_of_your_own(tmp_path: Any) -> None:
    """path= reads another copy of eurofxref-hist.zip (same format: newest first, N/A gaps)."""
    import zipfile

    csv_text = (
        "Date,USD,JPY,\n"
        "2030-01-03,1.2000,N/A,\n"
        "2030-01-02,1.1000,150.00,\n"
    )
    path = tmp_path / "eurofxref-hist.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("eurofxref-hist.csv", csv_text)
    mine = ECBRateProvider(str(path))
    assert mine.date_range() == (date(2030, 1, 2), date(2030, 1, 3))
    assert mine.rate("EUR", "USD", date(2030, 1, 3)).rate == D("1.2000")
    jpy = mine.rate("USD", "JPY", date(2030, 1, 3))  # no JPY fixing that day: both taken on the 2nd
    assert jpy.on == date(2030, 1, 2) and jpy.rate == D("150.00") / D("1.1000")
    assert str(mine.rate("EUR", "USD")).startswith("1 EUR = 1.2 USD on 2030-01-03")
    with pytest.raises(RateNotFoundError, match="from 2030-01-02 to 2030-01-03"):
        mine.rate("EUR", "USD", date(2029, 12, 31))


def test_after_the_end_of_the_file(ecb: ECBRateProvider) -> None:
    """The weekend right after the last fixing uses it; the next business day is outside the data."""
    last = ecb.date_range()[1]
    if last.weekday() == 4:  # the file ends on a Friday
        assert ecb.rate("EUR", "USD", last + timedelta(days=1)).on == last
        assert ecb.rate("EUR", "USD", last + timedelta(days=2)).on == last
    monday_after = last + timedelta(days=7 - last.weekday())
    with pytest.raises(RateNotFoundError, match="pass fallback=True"):
        ecb.rate("EUR", "USD", monday_after)
    assert ecb.rate("EUR", "USD", monday_after, fallback=True).fallback


def test_datetimes_count_as_their_day(ecb: ECBRateProvider) -> None:
    from datetime import datetime

    at = datetime(2025, 2, 10, 18, 30)
    assert ecb.rate("EUR", "USD", at).on == date(2025, 2, 10)
    assert default_provider().rate("AED", "EUR", at).on == date(2025, 2, 10)
    static = StaticRateProvider({date(2025, 1, 1): {"USD": "1.1"}})
    assert static.rate("EUR", "USD", at).on == date(2025, 1, 1)
