"""Throughput of ``salarykit.parse`` next to price-parser and quantulum3, in the same run.

Usage::

    python benchmarks/bench_parse.py [--repeat N] [--corpus PATH] [--baseline CHECKOUT] [--compiled]

Prints phrases per second (uncached, one core) for each tool on the same lists, the ratios,
the time to ``import salarykit``, the first-call cost (lexicons and CLDR data compiled), the
peak memory of reading the lists (tracemalloc), an optional cached mode (``functools.lru_cache``
around ``parse``, for comparison only) and rows for one megabyte of adversarial input.

Two lists are timed: the mixed multilingual list below (the phrases of the issue, the seed
articles' sentences, job-board formats in 14 languages) and the job-board strings of a corpus
(``--corpus``, by default ``../shared/corpus/dev.jsonl`` beside the checkout when present).
Every phrase is parsed on every pass: nothing is remembered between calls.

Timings are CPU time of this process (``time.process_time``), best of ``--repeat`` runs, so
that other processes on a shared machine disturb them less. Not a test: nothing is asserted.

``--baseline`` names another checkout (a ``git worktree`` of an earlier commit, say): its
``salarykit`` and this one are timed on the same lists in fresh interpreters, one after the
other, ``--repeat`` times, and the best of each is compared, so that a change is measured
before and after in the same run.

``--compiled`` also builds the wheel ``pip install .`` builds (the parser compiled by mypyc,
see ``_build/backend.py`` and ``setup.py``) into a temporary directory and times it in fresh
interpreters against this run's figures (the salarykit imported here, pure Python in an
editable install, and price-parser).

price-parser and quantulum3 read far less than salarykit (one number, no range, no period,
no CJK): the comparison is of cost, not of results. Install them with ``pip install -e ".[bench]"``.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import os
import pathlib
import random
import statistics
import string
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence

# a mixed multilingual list of salary phrases as job boards and news write them
PHRASES = [
    "700k–1.2M yuans/an", "15-25K·13薪", "年収600万円～1,200万円", "£30,000 - £35,000 per annum",
    "Mensuel de 1800,00 Euros à 2000,00 Euros sur 12 mois", "$120K-$150K", "1-1.5万", "3,000~8,000만원",
    "70万-120万", "12-16 Lacs", "月給21万7,500円", "Estimated $48.4K - $61.3K a yearFull-time8 hour shift +2",
    "(Glassdoor est.) $81K - $114K", "Employer Provided Salary:$55 - $66 Per Hour", "INR 2,25,000 a month",
    "₹ 5-10 Lacs P.A.", "₹5.2 - 8 LPA (Glassdoor est.)", "21 840  – 30 240  PLN", "6 309 zł brutto / mies.",
    "9 000–12 000 zł netto (+ VAT) / mies.", "R$ 3.000,00 a R$ 5.000,00", "Remuneração anual de até R$ 180 mil",
    "30.000 € - 40.000 € Bruto/año", "Retribucion: 2.800 € brutos/mes", "Entwickler verdienen zwischen 4.500 und 6.000 Euro im Monat.",
    "70.000 € p.a. + Bonus", "stipendio mensile netto di circa 1.800 €", "Зарплата от 150 000 до 200 000 ₽ в месяц",
    "€ 4.000 per maand + 13e maand", "Lön: 45 000 kr/mån", "월급 300만원", "연봉 3,000~5,000만원", "회사내규에 따름",
    "薪资面议", "130-260元/天", "1.5-2.5万/月", "8千-1万/月", "到手12k+", "均薪5k左右", "年收入8-12万",
    "試用期1800/月转正后底薪2000+业绩提成", "月給18万5,000円～40万円", "年収240万円～", "時給1,200円",
    "$22.05 an hourFull-time", "From $55,000 a year", "$28/hr", "$52,000/yr", "Up to $25 an hour",
    "Salaire : 30-35kEUR", "Environ 85k€", "à partir de 21 000,00€ par an", "1 823,03 € / mois",
    "De 38 200€ à 46 500€ brut annuel minimum", "Une rémunération annuelle brute à partir de 43,3K € (versée sur 14 mois)",
    "le salaire moyen des ingénieurs en IA débutants aux États-Unis était de 239 000 dollars",
    "De grandes entreprises comme OpenAI offrent des salaires annuels de plus de 900 000 $.",
    "un budget de 2,5 milliards de dollars", "Competitive", "Negotiable",
]  # fmt: skip


def _cpu_rate(
    func: Callable[[str], object], phrases: Sequence[str], repeat: int, min_time: float = 0.3
) -> float:
    """Phrases per CPU second, best of ``repeat`` runs of at least ``min_time`` seconds."""
    best = 0.0
    for _ in range(repeat):
        count = 0
        start = time.process_time()
        while True:
            for phrase in phrases:
                with contextlib.suppress(Exception):
                    func(phrase)
            count += len(phrases)
            elapsed = time.process_time() - start
            if elapsed >= min_time:
                break
        best = max(best, count / elapsed)
    return best


def _import_time(runs: int = 7) -> float:
    """Median seconds of ``import salarykit`` in a fresh interpreter."""
    code = "import time; t = time.perf_counter(); import salarykit; print(time.perf_counter() - t)"
    times = [
        float(subprocess.check_output([sys.executable, "-c", code], text=True)) for _ in range(runs)
    ]
    return statistics.median(times)


def _first_parse_time(runs: int = 3) -> float:
    """Median seconds of the first ``parse`` in a fresh interpreter (lexicons compiled)."""
    code = (
        "import time, salarykit as sk; t = time.perf_counter(); sk.parse('15-25K', country='CN'); "
        "print(time.perf_counter() - t)"
    )
    times = [
        float(subprocess.check_output([sys.executable, "-c", code], text=True)) for _ in range(runs)
    ]
    return statistics.median(times)


def _adversarial() -> dict[str, str]:
    rng = random.Random(1)
    return {
        "1 MB random printable text": "".join(
            rng.choice(string.printable) for _ in range(1_000_000)
        ),
        "1 MB repeated dashes": "-" * 1_000_000,
        "1 MB '12,' repeated": "12," * 333_333,
        "1 MB '1-' repeated (500k numbers)": "1-" * 500_000,
        "1 MB prose, salary at the end": "lorem ipsum dolor " * 58_000 + "salary $50,000 a year",
    }


ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "dev.jsonl"

# timed in a fresh interpreter: µs per phrase of the salarykit on PYTHONPATH, for each list
_RATE_CODE = """
import contextlib, json, sys, time
import salarykit as sk
try:
    from price_parser import Price
    price = Price.fromstring
except ImportError:
    price = None
lists = json.load(sys.stdin)

def chunk(func, phrases):
    # µs per phrase over at least 0.05 s of CPU time
    count, start = 0, time.process_time()
    while time.process_time() - start < 0.05:
        for phrase in phrases:
            with contextlib.suppress(Exception):
                func(phrase)
        count += len(phrases)
    return 1e6 * (time.process_time() - start) / count

out, peer = {}, {}
for name, phrases in lists.items():
    for phrase in phrases:  # lexicons built, code warm
        with contextlib.suppress(Exception):
            sk.parse(phrase)
    # salarykit and price-parser timed in turns, in this same interpreter, so that both see the
    # same load of the machine; the best chunk of each
    for _ in range(8):
        out[name] = min(chunk(sk.parse, phrases), out.get(name, 1e9))
        if price is not None:
            peer[name] = min(chunk(price, phrases), peer.get(name, 1e9))
print(json.dumps({"module": sk.__file__, "micros": out, "price_parser": peer}))
"""


def _checkout_rates(checkout: pathlib.Path, lists: dict[str, list[str]]) -> dict[str, float]:
    """µs per phrase of the ``salarykit`` of ``checkout`` on each list (one run, fresh interpreter).

    The interpreter runs in ``checkout`` with it on ``PYTHONPATH``: ``python -c`` puts the
    current directory first on ``sys.path``, before ``PYTHONPATH`` and installed packages.
    """
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    out = subprocess.run(
        [sys.executable, "-c", _RATE_CODE],
        input=json.dumps(lists),
        env=env,
        cwd=checkout,
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(out.stdout)
    module = pathlib.Path(result["module"]).resolve()
    if not module.is_relative_to(checkout):
        raise RuntimeError(f"timed {module}, not the salarykit of {checkout}")
    rates: dict[str, float] = result["micros"]
    # price-parser timed in turns with it, in the same interpreter (absent when not installed)
    for name, micros in result.get("price_parser", {}).items():
        rates[f"{name} (price-parser)"] = micros
    return rates


def _compare(baseline: pathlib.Path, lists: dict[str, list[str]], repeat: int) -> None:
    """Time the baseline checkout and this one alternately; print the best of each and the ratio."""
    best: dict[str, dict[str, float]] = {"baseline": {}, "this checkout": {}}
    for _ in range(repeat):
        for side, checkout in (("baseline", baseline), ("this checkout", ROOT)):
            for name, micros in _checkout_rates(checkout, lists).items():
                best[side][name] = min(micros, best[side].get(name, micros))
    print(
        f"\nbefore / after (fresh interpreters, alternating, best of {repeat}); baseline: {baseline}"
    )
    print(f"{'list':20} {'baseline µs':>12} {'this µs':>10} {'speed-up':>9}")
    for name in lists:
        before, after = best["baseline"][name], best["this checkout"][name]
        print(f"{name:20} {before:12.1f} {after:10.1f} {before / after:8.2f}x")


def _build_compiled() -> pathlib.Path:
    """The wheel of this checkout as ``pip install .`` builds it (the parser compiled by mypyc),
    unpacked; needs mypy and a C compiler (without them the wheel is pure Python)."""
    import tempfile

    sys.path.insert(0, str(ROOT / "scripts"))
    from build_compiled import build_compiled

    return build_compiled(pathlib.Path(tempfile.mkdtemp(prefix="salarykit-compiled-")))


def _compiled_rows(
    lists: dict[str, list[str]], rates: dict[str, dict[str, float]], repeat: int
) -> None:
    """Time the compiled build (fresh interpreters, best of ``repeat``) against this run's tools."""
    where = _build_compiled()
    best: dict[str, float] = {}
    for _ in range(repeat):
        for name, micros in _checkout_rates(where, lists).items():
            best[name] = min(micros, best.get(name, micros))
    print(
        f"\ncompiled build (the wheel of pip install ., mypyc; fresh interpreters, best of {repeat};"
        f" price-parser timed in turns with it in the same interpreters): {where}"
    )
    print(f"{'list':20} {'phrases/s':>12} {'µs/phrase':>10} {'÷ pure':>8} {'÷ price-parser':>15}")
    for name in lists:
        micros = best[name]
        pure = rates[name]["salarykit.parse (uncached)"]
        # the peer timed alongside it (same interpreters, same load); else this run's in-process figure
        price_micros = best.get(f"{name} (price-parser)")
        price = 1e6 / price_micros if price_micros else rates[name].get("price_parser.Price.fromstring")
        versus = f"{1e6 / micros / price:15.2f}" if price else f"{'-':>15}"
        print(
            f"{name:20} {1e6 / micros:12,.0f} {micros:10.1f} {1e6 / micros / pure:7.2f}x {versus}"
        )
    print("targets: ≥ 40,000 phrases/s; ≥ 0.5 × price-parser")


def _tools(repeat: int) -> dict[str, tuple[Callable[[str], object], int, float]]:
    """The tools to time: name -> (function, runs, least seconds per run)."""
    import salarykit as sk

    tools: dict[str, tuple[Callable[[str], object], int, float]] = {
        "salarykit.parse (uncached)": (sk.parse, repeat, 0.3),
    }
    try:
        from price_parser import Price

        tools["price_parser.Price.fromstring"] = (Price.fromstring, repeat, 0.3)
    except ImportError:
        print("price-parser not installed (pip install price-parser)")
    try:
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "classifier dependencies not installed"
            from quantulum3 import parser as q3

        tools["quantulum3 parser.parse"] = (q3.parse, 1, 0.5)
    except ImportError:
        print("quantulum3 not installed (pip install quantulum3)")
    return tools


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument(
        "--corpus", type=pathlib.Path, default=CORPUS, help="a corpus .jsonl (field 'text')"
    )
    ap.add_argument(
        "--baseline", type=pathlib.Path, help="another checkout to time before/after against"
    )
    ap.add_argument(
        "--compiled",
        action="store_true",
        help="also build the wheel of pip install . (parser compiled by mypyc) and time it",
    )
    args = ap.parse_args()

    lists = {"mixed list": list(PHRASES)}
    if args.corpus is not None and args.corpus.exists():
        lines = args.corpus.read_text("utf-8").splitlines()
        lists["dev corpus"] = [json.loads(line)["text"] for line in lines if line.strip()]
    for name, phrases in lists.items():
        print(f"{name}: {len(phrases)} phrases")

    print(f"import salarykit: {1000 * _import_time():.1f} ms (median of 7 fresh interpreters)")

    first = _first_parse_time()
    tracemalloc.start()
    import salarykit as sk

    with contextlib.suppress(sk.SalaryParseError):
        sk.parse("15-25K")
    for phrases in lists.values():
        for phrase in phrases:
            with contextlib.suppress(sk.SalaryParseError):
                sk.parse(phrase)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    from salarykit import _parse

    build = "pure Python" if _parse.__file__.endswith(".py") else "compiled"
    print(f"salarykit timed below: {_parse.__file__} ({build} parser)")
    print(f"first parse (lexicons + CLDR compiled, fresh interpreter): {1000 * first:.0f} ms")
    print(f"peak memory (tracemalloc, lexicons + reading the lists): {peak / 2**20:.1f} MiB")

    tools = _tools(args.repeat)
    rates: dict[str, dict[str, float]] = {}
    for list_name, phrases in lists.items():
        rates[list_name] = {
            name: _cpu_rate(func, phrases, runs, least)
            for name, (func, runs, least) in tools.items()
        }
    cached = functools.lru_cache(maxsize=100_000)(sk.parse)
    rates["mixed list"]["salarykit.parse (lru_cache, warm; not the target)"] = _cpu_rate(
        cached, lists["mixed list"], args.repeat
    )

    for list_name, by_tool in rates.items():
        base = by_tool["salarykit.parse (uncached)"]
        print(f"\n{list_name:52} {'phrases/s':>12} {'µs/phrase':>10} {'salarykit ÷ tool':>17}")
        for name, rate in by_tool.items():
            print(f"{name:52} {rate:12,.0f} {1e6 / rate:10.1f} {base / rate:17.2f}")
        if "price_parser.Price.fromstring" in by_tool:
            ratio = base / by_tool["price_parser.Price.fromstring"]
            print(f"salarykit / price-parser throughput: {ratio:.2f} (target ≥ 0.5)")
        print(
            f"salarykit uncached: {base:,.0f} phrases/s (target ≥ 40,000), {1e6 / base:.1f} µs per phrase"
        )

    if args.compiled:
        _compiled_rows(lists, rates, args.repeat)

    if args.baseline is not None:
        _compare(args.baseline.resolve(), lists, args.repeat)

    print(f"\n{'adversarial input':36} {'seconds':>8} {'MB/s':>8}  result")
    for name, text in _adversarial().items():
        start = time.process_time()
        try:
            result = str(sk.parse(text))[:40]
        except sk.SalaryParseError as err:
            result = f"SalaryParseError: {err.reason}"
        elapsed = time.process_time() - start
        print(f"{name:36} {elapsed:8.2f} {len(text) / 1e6 / max(elapsed, 1e-9):8.2f}  {result}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
