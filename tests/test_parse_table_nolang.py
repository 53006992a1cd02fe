"""Every row of the language tables again, without the ``lang`` hint: ``parse`` must read a
phrase the same way when only the market (``country``) is known, as analysts' columns rarely
say which language a cell is in."""

from __future__ import annotations

import dataclasses
import importlib
from typing import Any

import pytest
from examples_helpers import Example, check, ids

LANGS = ("de", "en", "es", "fr", "it", "ja", "ko", "nl", "pl", "pt", "ru", "sv", "zh")

# rows read right with the lang hint but not without it: text -> what the engine lacks
NOLANG_GAPS: dict[str, str] = {}


def _rows() -> list[Any]:
    rows: list[Any] = []
    for lang in LANGS:
        module = importlib.import_module(f"test_parse_table_{lang}")
        for name, value in sorted(vars(module).items()):
            if not (name.isupper() and isinstance(value, list)):
                continue
            for param in value:
                example, marks = param.values[0], param.marks
                if not isinstance(example, Example) or "lang" not in example.hints:
                    continue
                hints = {k: v for k, v in example.hints.items() if k != "lang"}
                row = dataclasses.replace(example, hints=hints)
                if example.text in NOLANG_GAPS and not marks:
                    reason = f"engine gap without lang: {NOLANG_GAPS[example.text]}"
                    marks = [pytest.mark.xfail(strict=True, reason=reason)]
                rows.append(pytest.param(row, marks=marks, id=f"{lang}:{ids(row)}"))
    return rows


@pytest.mark.parametrize("example", _rows())
def test_reads_the_same_without_a_language_hint(example: Example) -> None:
    check(example)
