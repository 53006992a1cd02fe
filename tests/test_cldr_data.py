"""Integrity of the generated ``salarykit/data/cldr.json``.

The file is built from babel's CLDR data by ``scripts/build_cldr.py``; it is never edited by
hand. These tests rebuild it in memory and compare, then check a table of facts a salary
reader relies on.
"""

from __future__ import annotations

import difflib
import importlib.util
import json
import pathlib
from types import ModuleType
from typing import Any

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "build_cldr.py"
DATA = ROOT / "salarykit" / "data" / "cldr.json"
REBUILD = "rebuild it with: python3 scripts/build_cldr.py (never edit cldr.json by hand)"


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_cldr", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def script() -> ModuleType:
    return _load_script()


@pytest.fixture(scope="module")
def fresh(script: ModuleType) -> dict[str, Any]:
    """One in-memory build shared by the tests (a build reads all of CLDR: about two seconds)."""
    data: dict[str, Any] = script.build()
    return data


@pytest.fixture(scope="module")
def committed() -> dict[str, Any]:
    assert DATA.exists(), f"{DATA} is missing: {REBUILD}"
    data: dict[str, Any] = json.loads(DATA.read_text(encoding="utf-8"))
    return data


def _same_babel(committed: dict[str, Any]) -> None:
    """Skip when another babel release is installed: its CLDR data legitimately differs."""
    import babel

    if committed["babel_version"] != babel.__version__:
        pytest.skip(
            f"cldr.json was built with babel {committed['babel_version']}, babel {babel.__version__} is "
            f"installed; {REBUILD}"
        )


def test_committed_file_matches_a_fresh_build(
    script: ModuleType, committed: dict[str, Any], fresh: dict[str, Any]
) -> None:
    _same_babel(committed)
    text: str = script.render(fresh)
    current = DATA.read_text(encoding="utf-8")
    if text != current:
        diff = "".join(
            list(
                difflib.unified_diff(
                    current.splitlines(keepends=True),
                    text.splitlines(keepends=True),
                    "committed cldr.json",
                    "fresh build",
                    n=1,
                )
            )[:40]
        )
        pytest.fail(f"salarykit/data/cldr.json differs from a fresh build; {REBUILD}\n{diff}")


def test_build_is_deterministic(script: ModuleType, fresh: dict[str, Any]) -> None:
    assert script.render(script.build()) == script.render(fresh)


def test_provenance_matches_installed_babel(committed: dict[str, Any]) -> None:
    from babel.core import get_cldr_version

    _same_babel(committed)
    assert committed["cldr_version"] == str(get_cldr_version()), REBUILD


def test_file_stays_small() -> None:
    assert DATA.stat().st_size < 2_000_000


def test_layout(committed: dict[str, Any]) -> None:
    expected = {
        "babel_version",
        "cldr_version",
        "locales",
        "currency_names",
        "currency_symbols",
        "territory_currency",
        "number_symbols",
        "compact_magnitudes",
        "iso_codes",
    }
    assert set(committed) == expected
    for key in ("currency_names", "number_symbols", "compact_magnitudes"):
        assert set(committed[key]) == set(committed["locales"]), key
    for lang in (
        "de",
        "en",
        "es",
        "fr",
        "it",
        "ja",
        "ko",
        "nl",
        "pl",
        "pt",
        "ru",
        "sv",
        "zh",
        "zh_Hant",
    ):
        assert lang in committed["locales"]
    assert committed["iso_codes"] == sorted(set(committed["iso_codes"]))
    codes = set(committed["iso_codes"])
    for names in committed["currency_names"].values():
        assert set(names.values()) <= codes
        assert all(name == name.lower() for name in names)
    for symbol, symbol_codes in committed["currency_symbols"].items():
        assert symbol_codes and set(symbol_codes) <= codes, symbol
        assert len(symbol_codes) == len(set(symbol_codes)), symbol
    assert set(committed["territory_currency"].values()) <= codes


@pytest.mark.parametrize(
    ("code", "active"),
    [
        ("USD", True), ("EUR", True), ("CNY", True), ("JPY", True), ("KRW", True), ("INR", True),
        ("GBP", True), ("AUD", True), ("BRL", True), ("PLN", True), ("RUB", True), ("SEK", True),
        ("CHF", True), ("XOF", True), ("ZWG", True),
        ("FRF", False), ("DEM", False), ("HRK", False), ("ZWL", False), ("XAU", False), ("XXX", False),
        ("CNH", False),
    ],
)  # fmt: skip
def test_iso_codes(committed: dict[str, Any], code: str, active: bool) -> None:
    assert (code in committed["iso_codes"]) is active


@pytest.mark.parametrize(
    ("locale", "name", "code"),
    [
        ("en", "us dollar", "USD"),
        ("en", "us dollars", "USD"),
        ("en", "chinese yuan", "CNY"),
        ("en", "indian rupees", "INR"),
        ("fr", "euros", "EUR"),
        ("fr", "yuan renminbi chinois", "CNY"),
        ("fr", "yuans renminbi chinois", "CNY"),
        ("fr", "dollars des états-unis", "USD"),
        ("de", "euro", "EUR"),
        ("de", "schweizer franken", "CHF"),
        ("es", "dólares estadounidenses", "USD"),
        ("pt", "reais brasileiros", "BRL"),
        ("it", "euro", "EUR"),
        ("pl", "złotych polskich", "PLN"),
        ("pl", "złote polskie", "PLN"),
        ("ru", "российских рублей", "RUB"),
        ("ru", "российский рубль", "RUB"),
        ("nl", "euro", "EUR"),
        ("sv", "svenska kronor", "SEK"),
        ("ja", "日本円", "JPY"),
        ("ja", "米ドル", "USD"),
        ("ko", "대한민국 원", "KRW"),
        ("zh", "人民币", "CNY"),
        ("zh", "美元", "USD"),
        ("zh_Hant", "人民幣", "CNY"),
        ("zh_Hant", "新台幣", "TWD"),
    ],
)
def test_currency_names(committed: dict[str, Any], locale: str, name: str, code: str) -> None:
    assert committed["currency_names"][locale][name] == code


@pytest.mark.parametrize(
    ("symbol", "first", "also"),
    [
        ("$", "USD", ["AUD", "CAD", "MXN"]),
        ("US$", "USD", []),
        ("€", "EUR", []),
        ("£", "GBP", []),
        ("¥", "JPY", ["CNY"]),
        ("￥", "JPY", []),
        ("CN¥", "CNY", []),
        ("₹", "INR", []),
        ("R$", "BRL", []),
        ("A$", "AUD", []),
        ("₩", "KRW", []),
        ("₽", "RUB", []),
        ("zł", "PLN", []),
        ("kr", "SEK", ["NOK"]),
        ("HK$", "HKD", []),
    ],
)
def test_currency_symbols(
    committed: dict[str, Any], symbol: str, first: str, also: list[str]
) -> None:
    codes = committed["currency_symbols"][symbol]
    assert codes[0] == first
    assert set(also) <= set(codes)


@pytest.mark.parametrize(
    ("territory", "code"),
    [
        ("AU", "AUD"), ("CN", "CNY"), ("JP", "JPY"), ("KR", "KRW"), ("IN", "INR"), ("US", "USD"),
        ("GB", "GBP"), ("FR", "EUR"), ("DE", "EUR"), ("HR", "EUR"), ("BR", "BRL"), ("PT", "EUR"),
        ("PL", "PLN"), ("RU", "RUB"), ("SE", "SEK"), ("CH", "CHF"), ("TW", "TWD"), ("HK", "HKD"),
        ("EC", "USD"), ("PA", "PAB"), ("BT", "BTN"),
    ],
)  # fmt: skip
def test_territory_currency(committed: dict[str, Any], territory: str, code: str) -> None:
    assert committed["territory_currency"][territory] == code


@pytest.mark.parametrize(
    ("locale", "decimal", "group"),
    [
        ("en", ".", ","),
        ("en_IN", ".", ","),
        ("fr", ",", "\u202f"),
        ("de", ",", "."),
        ("de_CH", ".", "'"),  # CLDR 49 (babel 2.19): ASCII apostrophe; CLDR 47 had U+2019
        ("ru", ",", "\u00a0"),
        ("pl", ",", "\u00a0"),
        ("pt_BR", ",", "."),
        ("sv", ",", "\u00a0"),
        ("es_MX", ".", ","),
        ("ja", ".", ","),
    ],
)
def test_number_symbols(committed: dict[str, Any], locale: str, decimal: str, group: str) -> None:
    assert committed["number_symbols"][locale] == {"decimal": decimal, "group": group}


@pytest.mark.parametrize(
    ("locale", "word", "multiplier"),
    [
        ("en", "K", 1000),
        ("en", "M", 1_000_000),
        ("en", "million", 1_000_000),
        ("en_IN", "L", 100_000),
        ("en_IN", "Cr", 10_000_000),
        ("fr", "k", 1000),
        ("fr", "millions", 1_000_000),
        ("fr", "Md", 1_000_000_000),
        ("fr", "mille", 1000),
        ("it", "mille", 1000),
        ("de", "Mio.", 1_000_000),
        ("de", "Tausend", 1000),
        ("es", "mil", 1000),
        ("es", "mil M", 1_000_000_000),
        ("pt", "mil", 1000),
        ("pt", "mi", 1_000_000),
        ("ru", "тыс.", 1000),
        ("ru", "млн", 1_000_000),
        ("zh", "万", 10_000),
        ("zh", "亿", 100_000_000),
        ("zh_Hant", "萬", 10_000),
        ("zh_Hant", "億", 100_000_000),
        ("ja", "万", 10_000),
        ("ja", "億", 100_000_000),
        ("ko", "천", 1000),
        ("ko", "만", 10_000),
        ("ko", "억", 100_000_000),
    ],
)
def test_compact_magnitudes(
    committed: dict[str, Any], locale: str, word: str, multiplier: int
) -> None:
    assert committed["compact_magnitudes"][locale][word] == multiplier


def test_build_check_mode(
    script: ModuleType,
    fresh: dict[str, Any],
    tmp_path: pathlib.Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(script, "build", lambda: fresh)
    target = tmp_path / "cldr.json"
    assert script.main(["--output", str(target)]) == 0
    assert script.main(["--check", "--output", str(target)]) == 0
    target.write_text(
        target.read_text(encoding="utf-8").replace('"USD"', '"XXX"', 1), encoding="utf-8"
    )
    assert script.main(["--check", "--output", str(target)]) == 1


def test_test_extra_pins_the_babel_release_cldr_json_was_built_from(committed: dict[str, Any]) -> None:
    """CI installs ``.[test]``; pinning babel there keeps the regeneration test from skipping."""
    import re

    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    pins = re.findall(r'"babel==([0-9.]+)"', pyproject)
    assert pins == [committed["babel_version"]], (
        f"pyproject.toml's test extra pins babel {pins}, cldr.json was built with "
        f"{committed['babel_version']}: rebuild cldr.json or move the pin"
    )
