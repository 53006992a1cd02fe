"""The documentation: it builds strictly, its generated tables are current, its code runs.

The ``>>>`` examples themselves are run by pytest's ``--doctest-glob=*.md`` over ``docs/`` and
``README.md``; these tests check what doctest cannot: the site builds with ``--strict`` (no
broken link, missing page or unresolvable API entry), the generated pages match the data files,
and no Python example escapes the doctest runner.
"""

from __future__ import annotations

import importlib.util
import pathlib
import re
import subprocess
import sys
from types import ModuleType
from typing import Any

import pytest
import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


def _script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def builder() -> ModuleType:
    return _script("build_languages_doc")


def _nav_files(nav: Any) -> list[str]:
    if isinstance(nav, str):
        return [nav]
    if isinstance(nav, list):
        return [f for item in nav for f in _nav_files(item)]
    if isinstance(nav, dict):
        return [f for value in nav.values() for f in _nav_files(value)]
    return []


class _Loader(yaml.SafeLoader):
    """mkdocs.yml may hold ``!!python/name`` tags; the nav does not need them."""


_Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def _mkdocs_config() -> dict[str, Any]:
    return yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)  # a SafeLoader subclass


# ------------------------------------------------------------------------------ build
def test_site_builds_strictly(tmp_path: pathlib.Path) -> None:
    pytest.importorskip("mkdocs", reason="mkdocs (extra 'docs') is not installed")
    pytest.importorskip("mkdocstrings", reason="mkdocstrings (extra 'docs') is not installed")
    site = tmp_path / "site"
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(ROOT / "mkdocs.yml"), "-d", str(site)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    api = (site / "api" / "index.html").read_text(encoding="utf-8")
    assert 'id="salarykit.Salary"' in api  # the reference really rendered the docstrings
    assert "&gt;&gt;&gt;" in api and "language-pycon" in api  # doctests shown as code
    assert ":class:" not in api and ":func:" not in api  # Sphinx roles rewritten
    languages = (site / "languages" / "index.html").read_text(encoding="utf-8")
    assert "<table>" in languages


def test_nav_and_pages_agree() -> None:
    nav = _nav_files(_mkdocs_config()["nav"])
    pages = sorted(p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md"))
    assert sorted(nav) == pages, "every page in docs/ is in the nav of mkdocs.yml, and back"


# the pages of this part of the project (the capability pages are their authors'; the Spark
# recipe of scale.md, for one, is a Python block that cannot run without a Spark cluster)
OWN_PAGES = ["index.md", "getting-started.md", "languages.md", "data-sources.md", "api.md"]


@pytest.mark.parametrize("name", [*OWN_PAGES, "../README.md"])
def test_python_examples_are_doctests(name: str) -> None:
    """A fenced Python example without ``>>>`` would never be run: pages use pycon doctests."""
    page = DOCS / name
    text = page.read_text(encoding="utf-8")
    for match in re.finditer(r"^```(\w*)\n(.*?)^```", text, flags=re.S | re.M):
        lang, body = match.group(1), match.group(2)
        if lang in ("python", "py", "pycon"):
            assert ">>>" in body, f"{name}: untested example:\n{body}"
        if ">>>" in body:
            # doctest reads the expected output up to a blank line: the closing fence must
            # follow one, or it would be taken as part of the expected output
            assert body.endswith("\n\n"), f"{name}: no blank line before the closing fence:\n{body}"


# ------------------------------------------------------------------ generated tables
def test_generated_pages_are_current(builder: ModuleType) -> None:
    for path, text in builder.build().items():
        assert path.read_text(encoding="utf-8") == text, (
            f"{path.relative_to(ROOT)} is stale: run python3 scripts/build_languages_doc.py"
        )


def test_languages_page_covers_every_lexicon_entry(builder: ModuleType) -> None:
    page = (DOCS / "languages.md").read_text(encoding="utf-8")
    _base, languages = builder.load_lexicons()
    assert languages, "no lexicon in salarykit/data/lang"
    for lex in languages:
        assert f"— `{lex['code']}`" in page
        for period, words in (lex.get("periods") or {}).items():
            for word in words:
                assert builder.code(word) in page, (lex["code"], period, word)
        for word in lex.get("magnitudes") or {}:
            assert builder.code(word) in page, (lex["code"], word)
        for word in lex.get("currencies") or {}:
            assert builder.code(word) in page, (lex["code"], word)
    rows = [line for line in page.splitlines() if line.startswith("| ") and "`" in line]
    assert len(rows) == len(languages)


@pytest.mark.parametrize(
    ("entry", "shown"),
    [
        ("/mois", "`/mois`"),
        ("a\u00a0b", "`a\\u00a0b`"),  # invisible spaces are spelled out
        ("\ufffd", "`\\ufffd`"),
        ("x|y", "`x\\|y`"),  # a pipe would split a table cell
        ("x`y", "`` x`y ``"),
    ],
)
def test_entries_are_written_as_code(builder: ModuleType, entry: str, shown: str) -> None:
    assert builder.code(entry) == shown


def test_worktime_table_lists_every_preset(builder: ModuleType) -> None:
    presets = yaml.safe_load((ROOT / "salarykit" / "data" / "worktime.yaml").read_text(encoding="utf-8"))
    table = builder.render_worktime(presets)
    for name, preset in presets.items():
        if name != "aliases":
            assert f"| `{name}` |" in table
            assert str(preset["source"]).replace("|", "/") in table


def test_stale_page_is_reported(builder: ModuleType, tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stale = tmp_path / "languages.md"
    stale.write_text("# hand-edited\n", encoding="utf-8")
    monkeypatch.setattr(builder, "LANGUAGES_MD", stale)
    monkeypatch.setattr(builder, "DATA_SOURCES_MD", tmp_path / "absent.md")
    assert builder.main(["--check"]) == 1
    assert builder.main([]) == 0 and builder.main(["--check"]) == 0


# ----------------------------------------------------------------------------- README
def test_readme_starts_with_the_two_fresh_machine_commands() -> None:
    """The main job and the test suite stay the README's first commands; CI runs the second."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"^```(\w*)\n(.*?)^```", readme, flags=re.S | re.M)
    assert blocks[0] == ("bash", "python3 -m pip install . && python3 -m salarykit report\n")
    assert blocks[1] == ("bash", 'python3 -m pip install -e ".[test]" && python3 -m pytest\n')
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert blocks[1][1].strip() in ci


def test_readme_links_resolve() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for target in re.findall(r"\]\(([^)#]+)\)", readme):
        if "://" not in target:
            assert (ROOT / target).exists(), f"README links to a missing file: {target}"


@pytest.mark.parametrize("name", ["build_languages_doc", "mkdocs_hooks", "make_job_ads"])
def test_script_doctests(name: str) -> None:
    """The scripts are outside the package, so their doctests are run here."""
    import doctest

    if name == "mkdocs_hooks":
        pytest.importorskip("mkdocs", reason="mkdocs (extra 'docs') is not installed")
    result = doctest.testmod(_script(name), optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0 and result.failed == 0
