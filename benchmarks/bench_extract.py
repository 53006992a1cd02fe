"""Extraction throughput: ``salarykit.extract`` over mixed-language prose, MB/s, side by side
with quantulum3's ``parser.parse`` (which finds quantities, money included, in English text)
on the same text in the same run.

The corpus is built from the seed articles (``../shared/seeds/``, French, English, Chinese news
on AI salaries, when present beside the checkout) and the test paragraphs of
``tests/test_extract_paragraphs.py`` (English, French, Chinese, German, Spanish, Japanese),
shuffled and repeated to the size asked. Every copy gets fresh digits (same shapes: "24 007"
stays a 5-digit grouped number) so that no two copies read the same and no memoization helps.

Printed:

* salarykit at 1×, 4× and 16× the base size (each run starts with an empty memo of parser
  readings; within a run, a phrase met again is read once, as in any long document): seconds (wall and CPU: the machine may be shared,
  CPU seconds are the fairer figure), MB/s, and the ratio of time to size against 1× (linear
  growth keeps it near 1.0);
* salarykit on news prose only (the seed articles, when present): far fewer figures per MB
  than the test paragraphs, closer to what articles and reports hold;
* quantulum3 on a subsample of the 1× text (it is about 50 times slower), extrapolated, and the
  speed ratio.

Usage: python3 benchmarks/bench_extract.py [BASE_KB] [QUANTULUM_KB]      (defaults 256 and 48)
Target (issue 4): at least 2 MB/s, no worse than linear as documents grow.
"""

from __future__ import annotations

import gc
import importlib.util
import pathlib
import random
import re
import sys
import time
import warnings

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"


def _paragraphs() -> list[str]:
    spec = importlib.util.spec_from_file_location(
        "paragraphs", ROOT / "tests" / "test_extract_paragraphs.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["paragraphs"] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return [case.text for case in module.CASES]


def corpus(size: int, seed: int = 1, *, paragraphs: bool = True) -> str:
    """About ``size`` bytes of mixed-language prose (UTF-8), reproducible. Without
    ``paragraphs``: the seed articles only (news prose, far fewer figures per MB)."""
    parts = _paragraphs() if paragraphs else []
    if SEEDS.is_dir():
        parts += [p.read_text("utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    if not parts:
        return ""
    rng = random.Random(seed)
    out: list[str] = []
    total = 0
    while total < size:
        rng.shuffle(parts)
        for part in parts:
            copy = re.sub(r"[0-9]", lambda _m: str(rng.randint(1, 9)), part)
            out.append(copy)
            total += len(copy.encode("utf-8")) + 2
            if total >= size:
                break
    return "\n\n".join(out)


def timed(func: object, text: str) -> tuple[float, float, int]:
    from salarykit import _extract

    _extract._parse_span.cache_clear()  # no reading carried over from an earlier run
    gc.collect()
    wall, cpu = time.perf_counter(), time.process_time()
    found = func(text)  # type: ignore[operator]
    return time.perf_counter() - wall, time.process_time() - cpu, len(found)


def main(base_kb: int = 256, quantulum_kb: int = 48) -> None:
    import salarykit as sk

    def salaries(text: str) -> list[object]:
        return sk.extract(text)

    def everything(text: str) -> list[object]:
        return sk.extract(text, include_other_money=True)

    for part in _paragraphs():  # every language's tables load once, before timing
        everything(part)
    everything(corpus(32 * 1024, seed=0))
    print(
        f"corpus: seeds {'present' if SEEDS.is_dir() else 'absent'} + test paragraphs, fresh digits per copy"
    )
    print("extract(text): salaries only (the default); +other: include_other_money=True")
    print(
        f"{'size':>9} {'call':>8} {'wall s':>8} {'cpu s':>8} {'MB/s wall':>10} {'MB/s cpu':>9} "
        f"{'found':>7} {'cpu/MB vs 1x':>13}"
    )
    first: dict[str, float] = {}
    texts = {}
    for factor in (1, 4, 16):
        text = corpus(base_kb * 1024 * factor, seed=factor)
        texts[factor] = text
        mb = len(text.encode("utf-8")) / 1e6
        for label, func in (("extract", salaries), ("+other", everything)):
            wall, cpu, found = timed(func, text)
            per_mb = cpu / mb
            first.setdefault(label, per_mb)
            print(
                f"{mb:8.2f}M {label:>8} {wall:8.2f} {cpu:8.2f} {mb / wall:10.2f} {mb / cpu:9.2f} "
                f"{found:7d} {per_mb / first[label]:13.2f}"
            )
    extract = everything
    if SEEDS.is_dir():
        news = corpus(base_kb * 1024 * 4, seed=99, paragraphs=False)
        mb = len(news.encode("utf-8")) / 1e6
        for label, func in (("extract", salaries), ("+other", everything)):
            _, cpu, found = timed(func, news)
            print(
                f"{mb:8.2f}M {label:>8} news prose only (seed articles): {mb / cpu:.2f} MB/s cpu, {found} found"
            )

    try:
        from quantulum3 import parser as q_parser
    except ImportError:  # pragma: no cover - bench extra not installed
        print("quantulum3 not installed (pip install salarykit[bench]): no peer figure")
        return
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        q_parser.parse("warm-up: 30 000 euros")
        sample = texts[1][: quantulum_kb * 1024]
        mb = len(sample.encode("utf-8")) / 1e6
        wall, cpu, found = timed(q_parser.parse, sample)
    _, ours_cpu, ours_found = timed(extract, sample)
    print(
        f"quantulum3 parser.parse on the first {mb:.3f} MB (subsample: it is slow): "
        f"{mb / cpu:.3f} MB/s cpu, {found} quantities; extrapolated to 1x: "
        f"{cpu * len(texts[1].encode('utf-8')) / 1e6 / mb:.1f} s cpu"
    )
    print(
        f"salarykit.extract on the same subsample: {mb / ours_cpu:.2f} MB/s cpu, {ours_found} mentions "
        f"(salaries, pay changes, other money) -> {cpu / ours_cpu:.0f}x quantulum3's speed"
    )


if __name__ == "__main__":
    args = [int(a) for a in sys.argv[1:3]]
    main(*args)
