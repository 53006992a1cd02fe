"""Record every reading the parser gives on a large set of inputs, or compare with a record.

Usage::

    python scripts/readings.py record OUT.json.gz   # at the commit before a change
    python scripts/readings.py compare OUT.json.gz  # after it: lists every reading that changed

Only inputs read on both sides are compared (an edited literal adds or drops inputs).

A speed change must read exactly what the code before it read. The inputs are every string
literal of the test suite and the examples (table rows, paragraphs, cut into sentences too),
the benchmark phrases and the dev corpus when ``../shared`` is present, each read with no hint
and under a handful of language and market hints, plus variants (upper-cased, glued to noise,
repeated) and random strings from a fixed seed. For each input the script records
``parse`` (the salary's every field, or the error's reason and position) and ``scan`` (every
candidate's span, kind, salary and reason), so that extraction is covered too.
"""

from __future__ import annotations

import ast
import gzip
import json
import pathlib
import random
import re
import sys
from collections.abc import Iterator
from typing import Any

ROOT = pathlib.Path(__file__).resolve().parents[1]

HINTS: list[dict[str, str]] = [
    {},
    {"lang": "fr"},
    {"lang": "zh", "country": "CN"},
    {"lang": "en-IN"},
    {"country": "AU"},
    {"lang": "ja", "country": "JP"},
    {"currency": "EUR"},
]
_SENTENCE = re.compile(r"(?<=[.!?。！？])\s+|\n+")


def _literals() -> Iterator[str]:
    files = sorted((ROOT / "tests").glob("*.py")) + sorted((ROOT / "benchmarks").glob("*.py"))
    files += sorted((ROOT / "salarykit").glob("*.py"))
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                text = node.value
                if (0 < len(text) <= 3000 and any(c.isdigit() for c in text)) or len(text) < 60:
                    yield text
    for path in sorted((ROOT / "examples").glob("*.csv")):
        yield from path.read_text(encoding="utf-8").splitlines()[:3000]
    corpus = ROOT.parent / "shared" / "corpus" / "dev.jsonl"
    if corpus.is_file():
        for line in corpus.read_text(encoding="utf-8").splitlines():
            yield json.loads(line)["text"]
    seeds = ROOT.parent / "shared" / "seeds"
    if seeds.is_dir():
        for path in sorted(seeds.iterdir()):
            if path.is_file():
                yield from path.read_text(encoding="utf-8", errors="replace").splitlines()


def inputs() -> list[str]:
    """The texts read, in a fixed order, without duplicates."""
    seen: dict[str, None] = {}
    for text in _literals():
        seen.setdefault(text, None)
        if len(text) > 200:
            for part in _SENTENCE.split(text):
                if part.strip():
                    seen.setdefault(part, None)
    rng = random.Random(20261203)
    base = list(seen)
    short = [t for t in base if len(t) < 120]
    alphabet = "0123456789 .,-–~～/$€£¥₹kKM万千円元年月 per hour an mois brut€ 13薪 Lacs"
    for text in short:
        seen.setdefault(text.upper(), None)
        seen.setdefault(f"xx{text}yy", None)
        seen.setdefault(f"{text} / {rng.choice(short)}", None)
    for _ in range(20000):
        seen.setdefault("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30))), None)
    return list(seen)


def _salary(s: Any) -> object:
    if s is None:
        return None
    data = s.model_dump(mode="json")
    data["inferred"] = sorted(data["inferred"])
    return data


def readings(
    texts: list[str] | None = None, hints_list: list[dict[str, str]] | None = None
) -> dict[str, object]:
    """Every reading of ``texts`` (default: :func:`inputs`) under each of ``hints_list``
    (default: ``HINTS``), by the ``salarykit`` first on ``sys.path``."""
    import salarykit as sk
    from salarykit._parse import scan

    out: dict[str, object] = {}
    for text in inputs() if texts is None else texts:
        for hints in HINTS if hints_list is None else hints_list:
            key = json.dumps([text, hints], ensure_ascii=False)
            try:
                parsed: object = _salary(sk.parse(text, **hints))
            except sk.SalaryParseError as exc:
                parsed = ["error", str(exc)]
            found = [
                [list(c.span), c.kind, _salary(c.salary), c.reason, c.cue]
                for c in scan(text, **hints)
            ]
            out[key] = [parsed, found]
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("record", "compare"):
        print(__doc__)
        return 2
    path = pathlib.Path(argv[1])
    sys.path.insert(0, str(ROOT))  # the salarykit of this checkout
    now = readings()
    if argv[0] == "record":
        with gzip.open(path, "wt", encoding="utf-8") as handle:
            json.dump(now, handle, ensure_ascii=False)
        print(f"{len(now):,} readings recorded in {path}")
        return 0
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        before = json.load(handle)
    # inputs come from the sources' literals too: an edited docstring adds or drops inputs,
    # which is no change of reading; only inputs read on both sides are compared
    common = before.keys() & now.keys()
    changed = [key for key in common if before[key] != now[key]]
    for key in sorted(changed)[:40]:
        print(key)
        print("  before:", json.dumps(before.get(key), ensure_ascii=False)[:400])
        print("  now:   ", json.dumps(now.get(key), ensure_ascii=False)[:400])
    print(
        f"{len(common):,} readings compared, {len(changed):,} changed"
        f" ({len(now.keys() - common):,} new inputs, {len(before.keys() - common):,} gone)"
    )
    return 1 if changed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
