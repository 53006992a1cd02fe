"""examples/: the job-ads CSV is reproducible, and the example scripts run."""

from __future__ import annotations

import csv
import importlib.util
import io
import pathlib
import subprocess
import sys
from collections import Counter
from types import ModuleType

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


def _script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True, timeout=300)


# --------------------------------------------------------------------------- the data
@pytest.fixture(scope="module")
def ads() -> list[dict[str, str]]:
    with (EXAMPLES / "job_ads.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_csv_is_what_the_generator_writes() -> None:
    make = _script("make_job_ads")
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=make.COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(make.make_ads(3000))
    assert (EXAMPLES / "job_ads.csv").read_text(encoding="utf-8") == buffer.getvalue(), (
        "examples/job_ads.csv is stale: run python3 scripts/make_job_ads.py"
    )


def test_generator_is_deterministic_and_seeded() -> None:
    make = _script("make_job_ads")
    assert make.make_ads(200) == make.make_ads(200)
    assert make.make_ads(200, seed=1) != make.make_ads(200)


def test_csv_looks_like_a_real_scrape(ads: list[dict[str, str]]) -> None:
    assert len(ads) >= 2000
    assert list(ads[0]) == ["ad_id", "posted", "title", "company", "city", "country", "lang", "salary"]
    langs = Counter(a["lang"] for a in ads)
    assert {"en-US", "en-GB", "en-IN", "fr", "de", "es", "zh", "ja", "ko", "pl", "pt-BR"} <= set(langs)
    salaries = Counter(a["salary"] for a in ads)
    assert salaries[""] > 0.05 * len(ads)  # empty cells
    assert len(salaries) < 0.8 * len(ads)  # strings repeat
    assert any(s in salaries for s in ("面议", "Negotiable", "A convenir", "회사내규에 따름"))
    assert any(s in salaries for s in ("-1", "N/A", "$", "TBD"))  # malformed values
    assert len({a["ad_id"] for a in ads}) == len(ads)
    assert all("2024-01-01" <= a["posted"] <= "2025-07-31" for a in ads)


# -------------------------------------------------------------------------- the scripts
def test_parse_column_reads_most_of_the_column() -> None:
    result = run("examples/parse_column.py")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("3000 rows")
    total = next(line for line in lines if line.startswith("all"))
    read, negotiable, empty, bad = (int(x) for x in total.split()[1:5])
    assert read + negotiable + empty + bad == 3000
    assert read > 0.75 * 3000  # the ads are written in formats the parser must read
    assert "why cells were not read" in result.stdout


def test_parse_column_reports_a_missing_column() -> None:
    result = run("examples/parse_column.py", "--column", "pay")
    assert result.returncode == 2 and "no column 'pay'" in result.stderr


def test_compare_offer_market_and_ppp() -> None:
    result = run("examples/compare_offer.py", "un salaire mensuel maximum de 100 000 yuans",
                 "--lang", "fr", "--country", "CN", "--reference", "us-ai-engineer-entry-2024")
    assert result.returncode == 0, result.stderr
    assert "offer: ≤ 100,000 CNY per month" in result.stdout
    assert "market:" in result.stdout and "ppp:" in result.stdout
    assert "2025-02-10" in result.stdout  # the rate date is among the assumptions


def test_compare_offer_rejects_what_is_not_a_salary() -> None:
    result = run("examples/compare_offer.py", "see description")
    assert result.returncode == 2 and "cannot read the offer" in result.stderr


def test_plot_offers_saves_a_figure(tmp_path: pathlib.Path) -> None:
    pytest.importorskip("matplotlib", reason="matplotlib (extra 'plot') is not installed")
    for basis in ("market", "ppp"):
        out = tmp_path / f"offers-{basis}.png"
        result = run("examples/plot_offers.py", str(out), "--basis", basis)
        assert result.returncode == 0, result.stderr
        assert out.read_bytes()[:4] == b"\x89PNG"
