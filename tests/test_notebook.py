"""examples/salaries.ipynb: generated from its script, and executed end to end with nbclient."""

from __future__ import annotations

import importlib.util
import pathlib
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "examples" / "salaries.ipynb"


def _make_notebook() -> object:
    spec = importlib.util.spec_from_file_location("make_notebook", ROOT / "scripts" / "make_notebook.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_notebook"] = module
    spec.loader.exec_module(module)
    return module


def test_notebook_is_generated_and_has_no_outputs() -> None:
    pytest.importorskip("nbformat", reason="nbformat (extra 'test') is not installed")
    make = _make_notebook()
    assert NOTEBOOK.read_text(encoding="utf-8") == make.render(), (  # type: ignore[attr-defined]
        "examples/salaries.ipynb is stale: run python3 scripts/make_notebook.py"
    )
    import nbformat

    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None


def test_notebook_runs(tmp_path: pathlib.Path) -> None:
    nbformat = pytest.importorskip("nbformat", reason="nbformat (extra 'test') is not installed")
    nbclient = pytest.importorskip("nbclient", reason="nbclient (extra 'test') is not installed")
    pytest.importorskip("ipykernel", reason="ipykernel (extra 'test') is not installed")
    pytest.importorskip("pandas", reason="pandas (extra 'pandas') is not installed")
    pytest.importorskip("matplotlib", reason="matplotlib (extra 'plot') is not installed")

    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        nb,
        timeout=300,
        kernel_name="python3",
        resources={"metadata": {"path": str(NOTEBOOK.parent)}},  # the notebook's own folder
    )
    client.execute()  # raises CellExecutionError, with the cell and traceback, on any error

    outputs = [out for cell in nb.cells if cell.cell_type == "code" for out in cell.outputs]
    text = "\n".join(
        str(out.get("text", "")) + str(out.get("data", {}).get("text/plain", "")) for out in outputs
    )
    assert "3,000 ads" in text
    assert not [out for out in outputs if out.get("output_type") == "error"]
    images = [out for out in outputs if "image/png" in out.get("data", {})]
    assert len(images) == 2, "the two plots of offers against references"
    html = [out["data"]["text/html"] for out in outputs if "text/html" in out.get("data", {})]
    assert any("CNY" in h for h in html), "a Salary shows as an HTML card"
    nbformat.write(nb, tmp_path / "executed.ipynb")  # what a reader would see, for debugging
