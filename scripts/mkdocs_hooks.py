"""MkDocs hook: show bare doctest examples as Python console code blocks.

salarykit's docstrings hold their examples as plain doctest paragraphs (``>>> …`` lines
followed by the expected output), which pytest runs with ``--doctest-modules``. Markdown would
read ``>>>`` as nested block quotes; this hook adds a small Markdown preprocessor that wraps
each such paragraph in a ```` ```pycon ```` fence, for the pages and for the docstrings that
mkdocstrings renders (it builds its Markdown converter from the same extension list, so the
hook registers the extension before mkdocstrings reads that list).

The docstrings also use Sphinx cross-reference roles (``:class:`~salarykit.Salary```); Markdown
has no such roles, so a second preprocessor writes them as inline code (``Salary``), and turns
the "::" that opens a reST literal block into a plain colon (the indented block is code in
Markdown too).

Enabled in ``mkdocs.yml`` with ``hooks: [scripts/mkdocs_hooks.py]``.

>>> DoctestBlocks().run(["Text.", "", ">>> 1 + 1", "2", "", "More."])
['Text.', '', '```pycon', '>>> 1 + 1', '2', '```', '', 'More.']
>>> DoctestBlocks().run(["```pycon", ">>> 1", "1", "```"])  # already fenced: left alone
['```pycon', '>>> 1', '1', '```']
>>> RstRoles().run(["See :class:`~salarykit.Salary` and :func:`salarykit.parse`."])
['See `Salary` and `salarykit.parse`.']
>>> RstRoles().run(["Like this::", "", "    code"])  # a reST literal block: "::" becomes ":"
['Like this:', '', '    code']
"""

from __future__ import annotations

import re
from typing import Any

from markdown import Markdown
from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor
from mkdocs.plugins import event_priority

_FENCE = re.compile(r"^\s*(```+|~~~+)")
_PROMPT = re.compile(r"^(\s*)>>>( |$)")
_ROLE = re.compile(r":(?:py:)?(?:class|func|meth|attr|mod|data|exc|obj|const):`(~?)([^`]+)`")


def _role(match: re.Match[str]) -> str:
    name = match.group(2)
    return f"`{name.rsplit('.', 1)[-1] if match.group(1) else name}`"


class DoctestBlocks(Preprocessor):
    """Wrap runs of doctest lines (from ``>>>`` to the next blank line) in a pycon fence."""

    def __init__(self, md: Markdown | None = None) -> None:
        super().__init__(md)

    def run(self, lines: list[str]) -> list[str]:
        out: list[str] = []
        fence: str | None = None
        i = 0
        while i < len(lines):
            line = lines[i]
            opened = _FENCE.match(line)
            if fence is not None:
                if opened and opened.group(1).startswith(fence):
                    fence = None
                out.append(line)
                i += 1
                continue
            if opened:
                fence = opened.group(1)
                out.append(line)
                i += 1
                continue
            prompt = _PROMPT.match(line)
            if prompt is None:
                out.append(line)
                i += 1
                continue
            indent = prompt.group(1)
            out.append(f"{indent}```pycon")
            while i < len(lines) and lines[i].strip():
                out.append(lines[i])
                i += 1
            out.append(f"{indent}```")
        return out


class RstRoles(Preprocessor):
    """Write Sphinx roles (``:class:`~a.B```) as inline code, outside code blocks."""

    def __init__(self, md: Markdown | None = None) -> None:
        super().__init__(md)

    def run(self, lines: list[str]) -> list[str]:
        out: list[str] = []
        fence: str | None = None
        for line in lines:
            opened = _FENCE.match(line)
            if fence is not None:
                if opened and opened.group(1).startswith(fence):
                    fence = None
            elif opened:
                fence = opened.group(1)
            elif not _PROMPT.match(line):
                line = _ROLE.sub(_role, line)
                if line.rstrip().endswith("::"):  # reST literal-block marker: the block follows
                    line = line.rstrip()[:-1]
            out.append(line)
        return out


class DoctestBlocksExtension(Extension):
    """The Markdown extension registering both preprocessors before fenced code."""

    def extendMarkdown(self, md: Markdown) -> None:  # Markdown's API name
        # fenced_code runs at priority 25: wrap before it so the fence is then rendered
        md.preprocessors.register(DoctestBlocks(md), "salarykit_doctest_blocks", 28)
        md.preprocessors.register(RstRoles(md), "salarykit_rst_roles", 27)


@event_priority(100)  # before mkdocstrings copies the extension list for its own converter
def on_config(config: Any) -> Any:
    config.markdown_extensions.append(DoctestBlocksExtension())
    return config
