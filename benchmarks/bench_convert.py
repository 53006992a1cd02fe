"""Conversions per second: salarykit scalar and bulk, side by side with CurrencyConverter.

Same data for everyone: N salary ranges (low, high) in 10 currencies (one pegged: AED), each
with a date drawn from two years of calendar days (weekends included), converted to USD.

* CurrencyConverter — its own ``convert`` called in a loop, twice per salary (low and high),
  with ``fallback_on_missing_rate=True, fallback_on_missing_rate_method="last_known"`` so that
  weekends work (AED, which it lacks, is dropped from its sample). It is timed on a subsample
  and extrapolated to N; the output says so.
* salarykit scalar — ``Salary.convert`` in a loop (subsample, extrapolated).
* salarykit bulk — ``salarykit.bulk.convert`` on all N rows at once. "cold": a fresh
  provider, so every distinct (currency, date) is looked up; "warm": the same provider again,
  whose quotes are memoized (as CurrencyConverter's rates sit preloaded in a dict). The very
  first call, which reads the ECB file, is shown apart.

Usage: python3 benchmarks/bench_convert.py [N] [SAMPLE]     (defaults 1000000 and 20000)
"""

from __future__ import annotations

import sys
import time
from datetime import date
from decimal import Decimal

import numpy as np


def main(n: int = 1_000_000, sample: int = 20_000) -> None:
    from currency_converter import CurrencyConverter

    import salarykit as sk
    from salarykit import bulk

    rng = np.random.default_rng(42)
    codes = np.array(["CNY", "EUR", "GBP", "JPY", "INR", "BRL", "KRW", "PLN", "CHF", "AED"])
    currency = codes[rng.integers(0, len(codes), n)]
    low = np.round(rng.uniform(1_000, 200_000, n), 2)
    high = np.round(low * rng.uniform(1.0, 1.5, n), 2)
    days = np.datetime64("2023-01-01") + rng.integers(0, 730, n).astype("timedelta64[D]")
    py_days = days.astype(date).tolist()
    print(f"{n:,} salaries (low, high), {len(codes)} currencies, {len(np.unique(days))} distinct dates -> USD")

    # ---- CurrencyConverter, in a loop on a subsample
    t = time.perf_counter()
    cc = CurrencyConverter(fallback_on_missing_rate=True, fallback_on_missing_rate_method="last_known")
    cc_load = time.perf_counter() - t
    idx = [i for i in range(min(sample, n)) if currency[i] != "AED"]
    t = time.perf_counter()
    for i in idx:
        cc.convert(low[i], currency[i], "USD", date=py_days[i])
        cc.convert(high[i], currency[i], "USD", date=py_days[i])
    cc_time = (time.perf_counter() - t) / len(idx) * n
    print(f"CurrencyConverter.convert loop : {n / cc_time:12,.0f} salaries/s  "
          f"(timed on {len(idx):,} rows, extrapolated to {n:,}: {cc_time:.1f} s; load {cc_load:.2f} s)")

    # ---- salarykit scalar
    sub = min(sample, n)
    salaries = [
        sk.Salary(low=Decimal(repr(float(low[i]))), high=Decimal(repr(float(high[i]))), currency=str(currency[i]), period="year")
        for i in range(sub)
    ]
    t = time.perf_counter()
    salaries[0].convert("USD", on=py_days[0])
    sk_load = time.perf_counter() - t
    t = time.perf_counter()
    for i, s in enumerate(salaries):
        s.convert("USD", on=py_days[i])
    sk_time = (time.perf_counter() - t) / sub * n
    print(f"salarykit Salary.convert loop  : {n / sk_time:12,.0f} salaries/s  "
          f"(timed on {sub:,} rows, extrapolated: {sk_time:.1f} s; first call with data load {sk_load:.2f} s)")

    # ---- salarykit bulk
    from salarykit._rates import ECBRateProvider, PeggedRateProvider

    batch = bulk.SalaryBatch.from_arrays(low, high, currency=currency, period="year")
    t = time.perf_counter()
    bulk.convert(batch, "USD", on=days)
    first = time.perf_counter() - t
    cold_runs, warm_runs = [], []
    for _ in range(3):
        fresh = PeggedRateProvider(ECBRateProvider())  # no memoized quotes: every key looked up
        t = time.perf_counter()
        out = bulk.convert(batch, "USD", on=days, provider=fresh)
        cold_runs.append(time.perf_counter() - t)
        t = time.perf_counter()
        bulk.convert(batch, "USD", on=days, provider=fresh)  # same provider: quotes memoized
        warm_runs.append(time.perf_counter() - t)
    cold, warm = min(cold_runs), min(warm_runs)
    keys = len(out.steps[-1].entries)
    print(f"salarykit bulk.convert (cold)  : {n / cold:12,.0f} salaries/s  "
          f"({cold:.3f} s for {n:,}, best of 3, fresh provider: {keys:,} distinct keys looked up)")
    print(f"salarykit bulk.convert (warm)  : {n / warm:12,.0f} salaries/s  "
          f"({warm:.3f} s, best of 3, quotes memoized by the provider; "
          f"very first call incl. ECB file load {first:.2f} s)")
    bulk_time = cold

    # cross-check a few rows against CurrencyConverter
    worst = 0.0
    for i in idx[:200]:
        expected = cc.convert(low[i], currency[i], "USD", date=py_days[i])
        worst = max(worst, abs(out.low[i] - expected) / expected)
    print(f"max relative difference bulk vs CurrencyConverter on 200 rows: {worst:.1e}")

    print(f"ratio bulk (cold) / CurrencyConverter loop: {cc_time / cold:,.1f}x faster per salary (target >= 10x)")
    print(f"ratio bulk (warm) / CurrencyConverter loop: {cc_time / warm:,.1f}x")
    print(f"ratio bulk / salarykit scalar loop : {sk_time / bulk_time:,.0f}x")
    print(f"ratio salarykit scalar / CurrencyConverter loop: {cc_time / sk_time:.2f}x")

    # periods: annualize 1M monthly salaries
    monthly = bulk.SalaryBatch.from_arrays(low / 12, high / 12, currency=currency, period="month")
    bulk.annualize(monthly, worktime="US")
    t = time.perf_counter()
    bulk.annualize(monthly, worktime="US")
    ann = time.perf_counter() - t
    one = sk.Salary(low=Decimal(1000), high=Decimal(2000), currency="EUR", period="month")
    t = time.perf_counter()
    for _ in range(sub):
        one.annual(worktime="US")
    ann_scalar = (time.perf_counter() - t) / sub * n
    print(f"annualize: bulk {n / ann:,.0f} salaries/s, scalar {n / ann_scalar:,.0f} salaries/s "
          f"({ann_scalar / ann:,.0f}x)")


if __name__ == "__main__":
    args = [int(a) for a in sys.argv[1:3]]
    main(*args)
