"""The data structures that make ``parse`` fast read exactly what the plain ones would.

The tokenizer walks a trie of atoms (``Lexicon.trie``) instead of looking every prefix up in
the flat index of entries (``Lexicon.index``), and reads each atom with the spaces before it
in one regex match. These tests check both against the plain definitions: the trie holds the
index and nothing else, and the longest match found by walking it is the longest key of the
index (brute force) on lexicon phrases glued together with numbers and noise. Stages that
skip their work when their trigger words are absent read every table row as they do without
the skips. The regex that spares normalization its character table finds exactly the characters
of that table. Throughput itself is measured by ``benchmarks/bench_parse.py``, never asserted here.
"""

from __future__ import annotations

import importlib
import pathlib
import re
import sys

import pytest
from examples_helpers import Example
from hypothesis import given, settings
from hypothesis import strategies as st

import salarykit as sk
from salarykit import _parse
from salarykit._lexicon import (
    _SPACED_ATOM,
    _SPACES,
    Entry,
    Lexicon,
    Token,
    _cut_atoms,
    _cut_atoms_grouped,
    _Node,
    _split,
    get_lexicon,
)
from salarykit._parse_stages import read_words
from salarykit._parse_text import _TABLE, _TRANSLATED

LEX = get_lexicon()
KEYS = sorted(key for key in LEX.entries if key.strip())


def _walk(trie: dict[str, _Node], atoms: tuple[str, ...]) -> _Node | None:
    node = None
    level = trie
    for atom in atoms:
        node = level.get(atom)
        if node is None:
            return None
        level = node.next
    return node


def _atoms(lex: Lexicon, text: str) -> list[tuple[int, int, str, str, str, str]]:
    """The atoms the tokenizer reads (its first pass), rebuilt from the regex alone."""
    out: list[tuple[int, int, str, str, str, str]] = []
    position = 0
    spaced = False
    for space, num, word, run, _rc, numeral, other in _SPACED_ATOM.findall(text.lower()):
        position += len(space)
        spaced = spaced or bool(space)
        atom = word or num or other
        if run:
            position += len(run)
            spaced = True
            continue
        if numeral:  # Chinese numerals: single characters are enough for this check
            for char in numeral:
                out.append((position, position + 1, "o", char, char, " " + char if spaced else char))
                position += 1
                spaced = False
            continue
        if not atom:
            break
        out.append((position, position + len(atom), "w", atom, atom, " " + atom if spaced else atom))
        position += len(atom)
        spaced = False
    return out


def _brute_longest(
    lex: Lexicon, atoms: list[tuple[int, int, str, str, str, str]], i: int
) -> tuple[Entry | None, int]:
    """The longest key of the flat index starting at ``atoms[i]``, tried from the longest."""
    for stop in range(len(atoms), i, -1):
        key = (atoms[i][4], *(a[5] for a in atoms[i + 1 : stop]))
        entry = lex.index.get(key)
        if entry is not None:
            return entry, stop - 1
    return None, i


def test_trie_holds_every_entry_of_the_index() -> None:
    for atoms, entry in LEX.index.items():
        node = _walk(LEX.trie, atoms)
        assert node is not None and node.entry is entry, atoms
        assert node.template == (atoms in LEX.template_keys)


def test_trie_holds_nothing_else() -> None:
    found = 0
    stack: list[tuple[tuple[str, ...], dict[str, _Node]]] = [((), LEX.trie)]
    while stack:
        path, level = stack.pop()
        for atom, node in level.items():
            key = (*path, atom)
            if node.entry is not None:
                assert LEX.index.get(key) is node.entry, key
                found += 1
            else:
                assert node.next, f"a dead end: {key}"
            stack.append((key, node.next))
    assert found == len(LEX.index)


@pytest.mark.parametrize(
    ("key", "atoms"),
    [
        ("brutto / mies.", ("brutto", " /", " mies", ".")),
        ("年収", ("年", "収")),
        ("a $", ("a", " $")),
        ("a$", ("a", "$")),
        ("per annum", ("per", " annum")),
        ("----", ()),  # a run of one sign is a separator
        ("  k€  ", ("k", "€")),
    ],
)
def test_split_lexicon_keys(key: str, atoms: tuple[str, ...]) -> None:
    assert _split(key) == atoms


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(KEYS),
            st.sampled_from(["12", "3,5", "1 200", "x", "-", "/", "per", "de", "万", " ", "\n"]),
        ),
        min_size=1,
        max_size=8,
    ),
    st.lists(st.sampled_from(["", " ", "  ", "/"]), min_size=8, max_size=8),
)
def test_trie_walk_is_the_longest_key_of_the_index(parts: list[str], glue: list[str]) -> None:
    text = "".join(part + sep for part, sep in zip(parts, glue, strict=False))
    atoms = _atoms(LEX, text)
    for i, atom in enumerate(atoms):
        entry, end, _template = LEX._longest(atoms, i, atom[4])
        want, want_end = _brute_longest(LEX, atoms, i)
        assert (entry, end) == (want, want_end), (text, i)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab12,. -/€$万円年\n\x01'----", max_size=40))
def test_spaced_atoms_cover_the_text_one_after_another(text: str) -> None:
    end = 0
    for match in _SPACED_ATOM.finditer(text):
        assert match.start() == end  # no character skipped, none read twice
        end = match.end()
    assert end == len(text)


def test_parse_remembers_nothing_between_calls() -> None:
    """Each call reads its text again: equal readings, never the same object."""
    first = sk.parse("£30,000 - £35,000 per annum")
    second = sk.parse("£30,000 - £35,000 per annum")
    assert first == second and first is not second


# ---------------------------------------------------------------- stages skipped by trigger words
def _table_rows() -> list[tuple[str, dict[str, str]]]:
    """Every row of every parse table (``test_parse_table_*``, ``test_parse_heldout_*``)."""
    rows: dict[tuple[str, str], tuple[str, dict[str, str]]] = {}
    for path in sorted(pathlib.Path(__file__).parent.glob("test_parse_*.py")):
        if not path.stem.startswith(("test_parse_table_", "test_parse_heldout_")):
            continue
        module = importlib.import_module(path.stem)
        for value in vars(module).values():
            if not isinstance(value, list):
                continue
            for item in value:
                example = item.values[0] if hasattr(item, "values") and item.values else item
                if isinstance(example, Example):
                    key = (example.text, repr(sorted(example.hints.items())))
                    rows[key] = (example.text, dict(example.hints))
    return list(rows.values())


def _reading(text: str, hints: dict[str, str]) -> object:
    try:
        return sk.parse(text, **hints).model_dump()
    except sk.SalaryParseError as err:
        return ("error", str(err))


def test_skipping_stages_changes_no_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    """Stages skip the work whose trigger words are absent (``roles_present``): every row of
    every parse table, and its scan, reads the same with the skips turned off."""
    rows = _table_rows()
    assert len(rows) > 1500
    fast = [(_reading(text, hints), _scan(text)) for text, hints in rows]

    def everything(lex: Lexicon, tokens: list[Token]) -> tuple[int, dict[str, float], str | None]:
        _, votes, market = read_words(lex, tokens)
        return -1, votes, market  # every role "present": no stage skips anything

    monkeypatch.setattr(_parse, "read_words", everything)
    full = [(_reading(text, hints), _scan(text)) for text, hints in rows]
    for (text, _hints), got, want in zip(rows, fast, full, strict=True):
        assert got == want, text


def _scan(text: str) -> list[object]:
    return [(c.span, c.kind, c.reason, c.cue, c.salary and c.salary.model_dump()) for c in _parse.scan(text)]


def test_translated_finds_exactly_the_characters_of_the_table() -> None:
    """normalize_text translates a text only when this regex finds a character to translate in
    it: every character of the translation table, and no other, over all of Unicode."""
    found = {code for code in range(sys.maxunicode + 1) if _TRANSLATED.match(chr(code))}
    assert found == set(_TABLE)


# ----------------------------------------------------------- the atom cutter's two paths
def test_spaces_are_what_the_pattern_calls_white_space() -> None:
    """``_cut_atoms`` strips ``_SPACES`` where the grouped pattern reads ``[\\s\x01]``."""
    everything = "".join(map(chr, range(0x110000)))
    assert set(_SPACES) == set(re.findall(r"[\s\x01]", everything))


@settings(max_examples=500, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            [*"ab k1290,.' -–/€$¥万千五十一円年月\n\x01\x03\xa0\u3000·+()kKé", "\u0663", "\U0001d7d9"]
        ),
        max_size=40,
    )
)
def test_plain_atoms_equal_the_grouped_ones(text: str) -> None:
    """The fast path (no groups, kinds told by the first character) cuts what the reference
    path cuts; texts with a run of one sign take the reference path."""
    lower = text.lower()
    assert _cut_atoms(lower) == _cut_atoms_grouped(lower)


@pytest.mark.parametrize(
    "text",
    ["15-25K·13薪", "  1 200 PLN (B2B)  ", "年薪五十万", "2千万", "연봉 3,000~5,000만원", "٣٠٠٠ درهم", "x" + " " * 5000],
)
def test_plain_atoms_on_examples(text: str) -> None:
    lower = text.lower()
    assert _cut_atoms(lower) == _cut_atoms_grouped(lower)
