"""The wheel ``pip install .`` builds has the parser compiled (see ``_build/backend.py`` and
``setup.py``), reads exactly what the Python sources read, and falls back to pure Python on a
machine that cannot compile.

The test builds the wheel of a copy of the checkout through the project's own build backend
(``pip wheel --no-build-isolation``: the installed mypy compiles), unpacks it, then reads every input of ``scripts/readings.py`` (the string
literals of the suite and the examples, the dev corpus and seeds when present, variants and
random strings) with and without a market hint, in the compiled copy and here, and requires
equal readings: every field of ``parse`` or its error, and every candidate of ``scan``. It is
skipped, with the reason, only when the machine cannot compile (no mypyc, no C compiler, no
Python headers).
"""

from __future__ import annotations

import ast
import json
import os
import pathlib
import shutil
import subprocess
import sys
import sysconfig
import zipfile

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import readings  # noqa: E402
from build_compiled import build_compiled, build_wheel  # noqa: E402

HINTS = [{}, {"lang": "zh", "country": "CN"}]


def _compiled_modules() -> list[str]:
    """The ``COMPILED`` list of ``setup.py``."""
    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == "COMPILED":
            return [str(ast.literal_eval(elt)) for elt in node.value.elts]  # type: ignore[attr-defined]
    raise AssertionError("setup.py has no COMPILED list")


def _cannot_compile() -> str | None:
    try:
        import mypyc.build  # noqa: F401
    except ImportError:
        return "mypyc is not installed (it comes with mypy, in the test extra)"
    compiler = (sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(compiler) is None:
        return f"no C compiler ({compiler}) on this machine"
    if not (pathlib.Path(sysconfig.get_paths()["include"]) / "Python.h").is_file():
        return "no Python headers (Python.h) on this machine"
    try:
        from setuptools.command import bdist_wheel  # noqa: F401
    except ImportError:
        return "setuptools < 70.1 cannot build wheels on its own (the test extra pins a newer one)"
    return None


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    reason = _cannot_compile()
    if reason is not None:
        pytest.skip(reason)
    where = tmp_path_factory.mktemp("compiled")
    try:
        # PIP_VERBOSE: pip shows the backend's output, which says why it fell back, if it did
        site = build_compiled(where, {"PIP_VERBOSE": "1"})
    except subprocess.CalledProcessError as err:
        raise AssertionError(f"the wheel build failed:\n{err.stderr[-3000:]}") from err
    log = (where / "build.log").read_text(encoding="utf-8")
    # mypyc checks more than mypy does ("Local variable has inferred type None"): its errors
    # are printed before the backend falls back to pure Python
    fallback = "building the pure-Python package instead"
    assert fallback not in log, "the parser was not compiled:\n" + "\n".join(
        line for line in log.splitlines() if "error" in line or fallback in line
    )
    return site


_READ = """
import json, sys
sys.path[:0] = [sys.argv[1], sys.argv[2]]
import salarykit._parse
import readings
texts, hints = json.load(sys.stdin)
print(json.dumps({"module": salarykit._parse.__file__, "readings": readings.readings(texts, hints)}))
"""


def test_compiled_build_compiles_every_listed_module(compiled: pathlib.Path) -> None:
    suffix = sysconfig.get_config_var("EXT_SUFFIX")
    for module in _compiled_modules():
        assert (
            (compiled / module)
            .with_suffix("")
            .with_name(pathlib.Path(module).stem + suffix)
            .is_file()
        ), module


def test_compiled_build_reads_what_the_sources_read(compiled: pathlib.Path) -> None:
    texts = readings.inputs()
    run = subprocess.run(
        [sys.executable, "-c", _READ, str(compiled), str(ROOT / "scripts")],
        input=json.dumps([texts, HINTS]),
        capture_output=True,
        text=True,
        timeout=1200,
        cwd=compiled,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    result = json.loads(run.stdout)
    assert pathlib.Path(result["module"]).suffix != ".py", "the compiled copy was not imported"
    assert pathlib.Path(result["module"]).is_relative_to(compiled)
    theirs = result["readings"]
    ours = json.loads(json.dumps(readings.readings(texts, HINTS), ensure_ascii=False))
    assert len(ours) == len(texts) * len(HINTS)
    changed = [key for key in ours if ours[key] != theirs.get(key)]
    assert not changed, f"{len(changed)} readings differ, e.g. {changed[:3]}"


def test_compiled_build_says_so(compiled: pathlib.Path, tmp_path: pathlib.Path) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "salarykit", "--version"],
        env={**os.environ, "PYTHONPATH": str(compiled)},
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    assert run.stdout.strip().endswith("(compiled parser)"), run.stdout


def test_wheel_falls_back_to_pure_python_when_it_cannot_compile(tmp_path: pathlib.Path) -> None:
    reason = _cannot_compile()
    if reason is not None:
        pytest.skip(reason)
    # a C compiler that always fails: mypyc writes the C sources, the compilation fails
    run = build_wheel(tmp_path, {"CC": "false", "PIP_VERBOSE": "1"})
    assert "building the pure-Python package instead" in run.stdout + run.stderr
    (wheel,) = (tmp_path / "wheel").glob("salarykit-*.whl")
    assert wheel.name.endswith("-py3-none-any.whl"), wheel.name
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
    assert "salarykit/_parse.py" in names
    assert not [name for name in names if name.endswith((".so", ".pyd"))], names
