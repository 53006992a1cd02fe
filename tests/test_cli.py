"""The ``salarykit`` command line, run as a user runs it: in a subprocess."""

from __future__ import annotations

import csv
import io
import json
import os
import pathlib
import shutil
import subprocess
import sys
from decimal import Decimal

import pytest

from salarykit.cli import main

ROOT = pathlib.Path(__file__).resolve().parent.parent
COMMANDS = ["parse", "extract", "convert", "compare", "report"]


def run(
    *args: str, stdin: str | None = None, cwd: pathlib.Path | None = None,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:  # fmt: skip
    return subprocess.run(
        [sys.executable, "-m", "salarykit", *args],
        input=stdin, capture_output=True, text=True, cwd=cwd or ROOT, env=env, timeout=120,
    )  # fmt: skip


def run_here(*args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """The command run in this process (for the many quick argument checks)."""
    try:
        status = main(list(args))
    except SystemExit as exc:  # argparse: --help and usage errors
        status = int(exc.code or 0)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


# --------------------------------------------------------------------------- help
def test_no_command_prints_help_and_fails() -> None:
    out = run()
    assert out.returncode == 2
    assert "usage: salarykit" in out.stderr
    for command in COMMANDS:
        assert command in out.stderr


def test_help_in_a_subprocess() -> None:
    out = run("report", "--help")
    assert out.returncode == 0 and out.stdout.startswith("usage: salarykit report")


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_help(command: str | None, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run_here(*([command] if command else []), "--help", capsys=capsys)
    assert status == 0, err
    assert out.startswith("usage: salarykit")
    assert err == ""


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["frobnicate"], "invalid choice"),
        (["convert", "100 000 yuans/mois", "--to", "dollars"], "not an ISO 4217"),
        (["convert", "100 000 yuans/mois", "--to", "USD", "--on", "10/02/2025"], "not a date"),
        (["extract"], "required"),
        (["compare", "x", "--basis", "vibes"], "invalid choice"),
        (["extract", "a.txt", "--csv", "--jsonl"], "not allowed with"),
    ],
)
def test_bad_command_lines_exit_2(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run_here(*args, capsys=capsys)
    assert status == 2
    assert message in err
    assert out == ""


def test_bad_command_line_in_a_subprocess() -> None:
    out = run("convert", "x", "--on", "yesterday")
    assert out.returncode == 2 and "not a date" in out.stderr and out.stdout == ""


# -------------------------------------------------------------------------- parse
def test_version_says_which_parser_is_installed(capsys: pytest.CaptureFixture[str]) -> None:
    from salarykit import __version__, _parse

    status, out, _ = run_here("--version", capsys=capsys)
    build = "pure Python" if _parse.__file__.endswith(".py") else "compiled"
    assert status == 0
    assert out.strip() == f"salarykit {__version__} ({build} parser)"


def test_parse_one_phrase() -> None:
    out = run("parse", "15-25K·13薪", "--lang", "zh", "--country", "cn")
    assert out.returncode == 0, out.stderr
    header, rule, row = out.stdout.splitlines()
    assert header.split()[:4] == ["input", "amount", "currency", "period"]
    assert set(rule.replace(" ", "")) == {"-"}
    assert "15,000–25,000" in row and "CNY" in row and "month" in row and "13" in row


def test_parse_failure_goes_to_stderr() -> None:
    out = run("parse", "lorem ipsum dolor")
    assert out.returncode == 1
    assert "cannot read a salary" in out.stderr and "lorem ipsum" in out.stderr


def test_parse_stdin_jsonl() -> None:
    lines = "£30,000 - £35,000 per annum\n\nlorem ipsum\n年収600万円～1,200万円\n"
    out = run("parse", "--jsonl", stdin=lines)
    assert out.returncode == 1  # one line could not be read
    assert "1 of 3 lines could not be read" in out.stderr
    records = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["input"] for r in records] == [
        "£30,000 - £35,000 per annum", "lorem ipsum", "年収600万円～1,200万円",
    ]  # fmt: skip
    gbp, bad, jpy = records
    assert (gbp["low"], gbp["high"], gbp["currency"], gbp["period"]) == ("30000", "35000", "GBP", "year")
    assert bad["error"] and "low" not in bad
    assert (jpy["low"], jpy["high"], jpy["currency"]) == ("6000000", "12000000", "JPY")


def test_parse_stdin_table_keeps_every_line() -> None:
    out = run("parse", "-", "--lang", "zh", "--country", "CN", stdin="25-30K\n13-19K\n")
    assert out.returncode == 0, out.stderr
    assert len(out.stdout.splitlines()) == 4


# ------------------------------------------------------------------------ extract
PARAGRAPH = (
    "L'entreprise propose un salaire mensuel maximum de 100 000 yuans à ses chercheurs, "
    "pour un budget de 2,5 milliards de dollars.\n"
)


def test_extract_csv(tmp_path: pathlib.Path) -> None:
    doc = tmp_path / "article.txt"
    doc.write_text(PARAGRAPH, encoding="utf-8")
    out = run("extract", str(doc), "--csv")
    assert out.returncode == 0, out.stderr
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert len(rows) == 1  # the budget is not a salary
    row = rows[0]
    assert (row["high"], row["currency"], row["period"]) == ("100000", "CNY", "month")
    assert row["low"] == ""
    assert PARAGRAPH[int(row["start"]) : int(row["end"])] == row["phrase"]


def test_extract_jsonl_from_stdin() -> None:
    out = run("extract", "-", "--jsonl", stdin=PARAGRAPH)
    assert out.returncode == 0, out.stderr
    (record,) = [json.loads(line) for line in out.stdout.splitlines()]
    assert record["source"] == "<stdin>" and record["currency"] == "CNY"


def test_extract_missing_file() -> None:
    out = run("extract", "no/such/file.txt")
    assert out.returncode == 1
    assert "no such file: no/such/file.txt" in out.stderr
    assert out.stdout == ""


# ------------------------------------------------------------------------ convert
def test_convert_to_usd_per_year() -> None:
    out = run("convert", "100 000 yuans/mois", "--to", "USD", "--on", "2025-02-10", "--period", "year")
    assert out.returncode == 0, out.stderr
    assert "read as    100,000 CNY /month" in out.stdout
    assert "USD /year" in out.stdout
    assert "Assumptions:" in out.stdout and "2025-02-10" in out.stdout


def test_convert_jsonl_matches_the_library(capsys: pytest.CaptureFixture[str]) -> None:
    from datetime import date

    import salarykit as sk

    status, stdout, err = run_here("convert", "100 000 yuans/mois", "--to", "usd", "--on",
                                   "2025-02-10", "--period", "year", "--jsonl", capsys=capsys)  # fmt: skip
    assert status == 0, err
    record = json.loads(stdout)
    expected = sk.parse("100 000 yuans/mois").annual().convert("USD", on=date(2025, 2, 10))
    assert record["low"] == f"{expected.low:f}" or float(record["low"]) == float(expected.low)  # type: ignore[arg-type]
    assert record["read"]["period"] == "month"


def test_convert_needs_a_target(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run_here("convert", "100 000 yuans/mois", capsys=capsys)
    assert status == 1
    assert "--to CURRENCY" in err


def test_convert_outside_the_rate_history_fails_cleanly() -> None:
    out = run("convert", "100 000 yuans/mois", "--to", "USD", "--on", "1950-01-02")
    assert out.returncode == 1
    assert out.stderr.startswith("salarykit convert: error:")
    assert "Traceback" not in out.stderr


# ------------------------------------------------------------------------ compare
def test_compare_with_a_builtin_reference() -> None:
    out = run("compare", "24 007 yuans par mois", "--reference", "cn-it-2024h1", "--lang", "fr")
    assert out.returncode == 0, out.stderr
    assert "cn-it-2024h1" in out.stdout and "2.18×" in out.stdout


def test_compare_unknown_reference(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run_here("compare", "24 007 yuans par mois", "--reference", "nope", capsys=capsys)
    assert status == 1
    assert "no reference 'nope'" in err and "cn-it-2024h1" in err


def test_compare_against_every_reference(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run_here("compare", "100 000 yuans/mois", "--basis", "ppp", capsys=capsys)
    assert status == 0, err
    assert "us-ai-engineer-entry-2024" in out


# ------------------------------------------------------------------------- report
def _report_table(stdout: str) -> list[str]:
    lines = stdout.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("#"))
    end = lines.index("", start)
    return lines[start + 2 : end]


def test_report_on_the_seed_articles(shared_dir: pathlib.Path, tmp_path: pathlib.Path) -> None:
    html_file, csv_file = tmp_path / "report.html", tmp_path / "report.csv"
    out = run("report", "--html", str(html_file), "--csv", str(csv_file))
    assert out.returncode == 0, out.stderr
    assert "seed articles" in out.stdout.splitlines()[0]
    rows = _report_table(out.stdout)
    assert len(rows) >= 6
    text = out.stdout
    assert "100,000" in text and "CNY" in text  # the DeepSeek monthly maximum
    assert "Assumptions" in text and "ECB" in text
    records = list(csv.DictReader(csv_file.open(encoding="utf-8")))
    assert len(records) == len(rows)
    assert all(r["usd_year_low"] or r["usd_year_high"] or r["problem"] for r in records)
    page = html_file.read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>") and "<table>" in page and "Assumptions" in page
    # the DeepSeek monthly maximum against the US entry-level average, as the library says
    import salarykit as sk

    us = sk.MarketData.builtin().get("us-ai-engineer-entry-2024")
    deepseek = next(r for r in records if r["phrase"].endswith("100 000 yuans"))
    mention = sk.parse(deepseek["phrase"], lang="fr", country="CN")
    for basis in ("market", "ppp"):
        expected = sk.compare(mention, us, basis=basis).ratio
        got = Decimal(deepseek[f"ratio_{basis}:us-ai-engineer-entry-2024"])
        assert abs(got - expected) < Decimal("0.0001"), basis
    assert "Compared with market figures" in text and "us-ai-engineer-entry-2024" in text


def test_report_on_given_files(tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "ad.txt"
    doc.write_text(PARAGRAPH, encoding="utf-8")
    status, out, err = run_here("report", str(doc), capsys=capsys)
    assert status == 0, err
    assert len(_report_table(out)) == 1


def _installed_copy(tmp_path: pathlib.Path) -> tuple[pathlib.Path, dict[str, str]]:
    """The package alone in a folder with no ../shared beside it: a fresh machine."""
    site = tmp_path / "site"
    shutil.copytree(ROOT / "salarykit", site / "salarykit",
                    ignore=shutil.ignore_patterns("__pycache__"))  # fmt: skip
    env = {**os.environ, "PYTHONPATH": str(site)}
    work = tmp_path / "work"
    work.mkdir()
    return work, env


def test_report_without_shared_uses_the_builtin_references(tmp_path: pathlib.Path) -> None:
    work, env = _installed_copy(tmp_path)
    out = run("report", cwd=work, env=env)
    assert out.returncode == 0, out.stderr
    assert "built-in reference table" in out.stdout.splitlines()[0]
    assert len(_report_table(out.stdout)) >= 8
    assert "Assumptions" in out.stdout


def test_report_without_shared_reads_the_catalogue(tmp_path: pathlib.Path) -> None:
    catalogue = ROOT / "seeds" / "catalogue.yaml"
    if not catalogue.is_file():
        pytest.xfail("seeds/catalogue.yaml (extraction issue) is not written yet")
    work, env = _installed_copy(tmp_path)
    (work / "seeds").mkdir()
    shutil.copy(catalogue, work / "seeds" / "catalogue.yaml")
    out = run("report", cwd=work, env=env)
    assert out.returncode == 0, out.stderr
    assert "seed catalogue" in out.stdout.splitlines()[0]
    assert len(_report_table(out.stdout)) >= 6


def test_report_against_chosen_references(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = tmp_path / "ad.txt"
    doc.write_text(PARAGRAPH, encoding="utf-8")
    status, out, err = run_here("report", str(doc), "--against", "cn-it-2024h1", "--against",
                                "us-ai-engineer-entry-2024", capsys=capsys)  # fmt: skip
    assert status == 0, err
    assert "[A] cn-it-2024h1" in out and "[B] us-ai-engineer-entry-2024" in out
    assert "[C]" not in out
    status, _, err = run_here("report", str(doc), "--against", "nope", capsys=capsys)
    assert status == 1 and "no reference 'nope'" in err


def test_report_with_nothing_to_read(tmp_path: pathlib.Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("Nothing about pay here.\n", encoding="utf-8")
    out = run("report", str(empty))
    assert out.returncode == 1
    assert "no salary found" in out.stderr


# --------------------------------------------------------------------------- docs
def _documented_commands() -> list[str]:
    page = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    return [line[len("$ salarykit ") :] for line in page.splitlines() if line.startswith("$ salarykit ")]


@pytest.mark.parametrize("command", _documented_commands())
def test_documented_commands_run(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    import shlex

    status, out, err = run_here(*shlex.split(command), capsys=capsys)
    assert status == 0, err
    assert out.strip()


def test_compare_verdict_language(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run_here("compare", "24 007 yuans par mois", "--reference", "cn-it-2024h1",
                                "--verdict-lang", "fr", capsys=capsys)  # fmt: skip
    assert status == 0, err
    assert "moyenne" in out


def test_output_closed_early_is_not_an_error() -> None:
    proc = subprocess.Popen([sys.executable, "-m", "salarykit", "compare", "100 000 yuans/mois"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)  # fmt: skip
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()  # like `| head -1`
    stderr = proc.stderr.read().decode()
    proc.wait(timeout=120)
    assert "Traceback" not in stderr and "error" not in stderr
