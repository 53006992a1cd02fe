"""Language knowledge: the lexicons (``data/lang/*.yaml``) and CLDR data (``data/cldr.json``),
compiled once into one tokenizer.

Every word or sign a lexicon names becomes an :class:`Entry` that records, per role
(``cur``, ``mag``, ``per``, ``join``…) and per language, what it means. All entries of all
languages are compiled into a single trie-shaped regular expression (a trie keeps the
alternation fast with twelve thousand CLDR currency names), together with the number pattern
and the templates that hold a count (``sur {n} mois``, ``{n}薪``). Conflicts between languages
("mil" is a thousand in Spanish and a million in English) are settled at reading time by the
language of the text.

Matching rules: case-insensitive; entries that begin (end) with a letter only match where no
letter comes before (after) them, so "EUR" never matches inside "ingénieurs"; CJK characters
do not count as letters there ("5k左右"), and a lower-case letter followed by an upper-case one
counts as a boundary, for scraped chips glued together ("a yearFull-time").
"""

from __future__ import annotations

import functools
import json
import re
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from importlib import resources
from typing import Any

from ._numbers import NUMBER_PATTERN, read_number

__all__ = ["LANGS", "Entry", "Lexicon", "Token", "get_lexicon"]

LANGS = ("en", "fr", "zh", "ja", "ko", "de", "es", "pt", "it", "pl", "nl", "ru", "sv")
"""Languages whose lexicon is loaded when present (plus ``base``, shared by all)."""

# letters for word boundaries: word characters that are not digits, underscore, CJK or Hangul
_CJK = "\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
LETTER = rf"[^\W\d_{_CJK}]"
_LETTER_RE = re.compile(LETTER)
# "30-35kEUR": a magnitude glued before a code; "a yearFull-time": chips glued by a scraper
_LEFT = rf"(?:(?<!{LETTER})|(?<=\d[kKmM])|(?-i:(?<=[a-zà-ÿ])(?=[A-Z])))"
_RIGHT = rf"(?:(?!{LETTER})|(?-i:(?<=[a-zà-ÿ.])(?=[A-Z])))"
_COUNT = r"(\d{1,3}(?:[.,]0+)?)"

# roles whose lexicon value is a list of words meaning True
_FLAG_ROLES = {
    "negotiable": "neg",
    "gross": "gross",
    "net": "net",
    "salary_words": "salary",
    "other_pay_words": "other",
    "probation_words": "probation",
    "non_salary_words": "nonsalary",
    "glue": "glue",
    "noise": "noise",
    "percent": "percent",
}
_INHERITED = frozenset({"gross", "net", "mean", "median", "cur"})
_LABEL_ROLES = frozenset({"per", "salary", "other", "nonsalary", "probation"})
_SUB_ROLES = {
    "range": {"join": "join"},
    "bounds": {
        "upper_before": "upper_before",
        "upper_after": "upper_after",
        "lower_before": "lower_before",
        "lower_after": "lower_after",
    },
    "approximate": {"before": "approx_before", "after": "approx_after"},
    "statistic": {"mean": "mean", "median": "median"},
}


@dataclass(slots=True)
class Entry:
    """What one word or sign means: ``roles[role][lang] = value``."""

    key: str
    roles: dict[str, dict[str, Any]] = field(default_factory=dict)

    def add(self, role: str, lang: str, value: Any) -> None:
        self.roles.setdefault(role, {}).setdefault(lang, value)

    def get(self, role: str, lang: str | None) -> Any:
        """The value of ``role`` in ``lang`` (else in any language), or None.

        >>> e = Entry("mil"); e.add("mag", "es", 1000); e.add("mag", "en", 1000000)
        >>> e.get("mag", "es"), e.get("mag", "en"), e.get("mag", "fr"), e.get("cur", "es")
        (1000, 1000000, 1000, None)
        """
        by_lang = self.roles.get(role)
        if by_lang is None:
            return None
        if lang is not None and lang in by_lang:
            return by_lang[lang]
        return next(iter(by_lang.values()))

    @property
    def langs(self) -> frozenset[str]:
        return frozenset(lang for by_lang in self.roles.values() for lang in by_lang)


@dataclass(slots=True)
class Token:
    """One thing found in the text.

    ``kind`` is ``"num"`` (``value``: Decimal), ``"word"`` (``value``: :class:`Entry`),
    ``"count"`` (a template holding a count; ``value``: (Entry, int)) or ``"iso"`` (``value``:
    an ISO 4217 code written in capitals).
    """

    start: int
    end: int
    kind: str
    value: Any


def _trie_regex(keys: Iterable[str]) -> str:
    """A regular expression matching any of ``keys``, longest first, shaped as a trie.

    >>> _trie_regex(["eur", "euro", "euros", "€"])
    '(?:eur(?:o(?:s|)|)|€)'
    """
    trie: dict[str, Any] = {}
    for key in keys:
        node = trie
        for char in key:
            node = node.setdefault(char, {})
        node[""] = True

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        end = ""
        if not branches:
            return end
        if "" in node:
            branches.append(end)
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    return emit(trie)


def _template_regex(template: str) -> str:
    """A regular expression for a template holding a count: ``sur {n} mois``."""
    before, _, after = template.partition("{n}")
    parts = []
    if before:
        parts.append((_LEFT if _LETTER_RE.match(before[0]) else "") + _spaced(before))
    else:
        parts.append(r"(?<![\d.,])")
    parts.append(_COUNT)
    if after:
        parts.append(_spaced(after) + (_RIGHT if _LETTER_RE.match(after[-1]) else ""))
    else:
        parts.append(r"(?!\d)")
    return "".join(parts)


def _spaced(words: str) -> str:
    r"""Escape ``words``; any run of spaces in it matches any run of spaces (or none).

    >>> _spaced("sur ")
    'sur\\s*'
    """
    return "".join(r"\s*" if part.isspace() else re.escape(part) for part in re.split(r"(\s+)", words) if part)


def _variants(key: str) -> Iterator[str]:
    """Spellings of a lexicon entry that should match too: "/ mois" for "/mois"."""
    yield key
    if key.startswith("/") and len(key) > 1:
        yield "/ " + key[1:]
    if "'" in key:
        yield key.replace("'", "")


class Lexicon:
    """All lexicons and CLDR data, compiled into one tokenizer (built once, lazily)."""

    def __init__(self, lang_data: dict[str, dict[str, Any]], cldr: dict[str, Any]) -> None:
        self.entries: dict[str, Entry] = {}
        self.templates: list[Entry] = []
        self.default_country: dict[str, str] = {}
        self.territory_currency: dict[str, str] = dict(cldr.get("territory_currency", {}))
        self.iso_codes: frozenset[str] = frozenset(cldr.get("iso_codes", ()))
        self.symbols: dict[str, tuple[str, ...]] = {}
        for code, data in lang_data.items():
            self._add_language(code, data)
        self._add_cldr(cldr)
        self._inherit_roles()
        self.regex = self._compile()

    # ------------------------------------------------------------------ building
    def _entry(self, key: str) -> Entry:
        key = key.lower().strip()
        entry = self.entries.get(key)
        if entry is None:
            entry = self.entries[key] = Entry(key)
        return entry

    def _add(self, lang: str, role: str, words: Iterable[Any], value: Any = True) -> None:
        for word in words or ():
            word = str(word)
            if "{n}" in word:
                entry = Entry(word.lower())
                entry.add(role, lang, value)
                self.templates.append(entry)
                continue
            for spelling in _variants(word.lower()):
                self._entry(spelling).add(role, lang, value)

    def _add_language(self, lang: str, data: dict[str, Any]) -> None:
        if data.get("default_country"):
            self.default_country[lang] = str(data["default_country"]).upper()
        for word, code in (data.get("currencies") or {}).items():
            # a list names a word shared by several currencies ("元": CNY, TWD, HKD), most common first
            value = tuple(str(c) for c in code) if isinstance(code, list) else str(code)
            self._add(lang, "cur", [word], value)
        for word, mult in (data.get("magnitudes") or {}).items():
            self._add(lang, "mag", [word], int(mult))
        for word, code in (data.get("currency_hints") or {}).items():
            self._add(lang, "cur_hint", [word], str(code))
        for period, words in (data.get("periods") or {}).items():
            self._add(lang, "per", words, str(period))
        for section, roles in _SUB_ROLES.items():
            sub = data.get(section) or {}
            for name, role in roles.items():
                self._add(lang, role, sub.get(name) or ())
        for name, role in _FLAG_ROLES.items():
            self._add(lang, role, data.get(name) or ())
        self._add(lang, "payments", data.get("payments") or ())
        self._add(lang, "payments_monthly", data.get("payments_monthly") or ())

    def _add_cldr(self, cldr: dict[str, Any]) -> None:
        for locale, names in (cldr.get("currency_names") or {}).items():
            lang = locale.split("_")[0]
            for name, code in names.items():
                if code in self.iso_codes and not re.search(r"[\d()]", name):
                    self._entry(name).add("cur", lang, code)
        for symbol, codes in (cldr.get("currency_symbols") or {}).items():
            # single letters and bare capitals ("R", "UM") are too ambiguous to read as money
            if re.fullmatch(r"[A-Z]{1,2}", symbol):
                continue
            self.symbols[symbol.lower()] = tuple(codes)
            self._entry(symbol).add("cur", "cldr", symbol.lower())
        for locale, words in (cldr.get("compact_magnitudes") or {}).items():
            lang = locale.split("_")[0]
            for word, mult in words.items():
                if len(word) > 1 or not word.isascii() or word.lower() in ("k", "m", "l"):
                    self._entry(word).add("mag", lang, int(mult))

    def _inherit_roles(self) -> None:
        """Give phrases the gross/net/statistic meaning of their words ("brutto / mies.")."""
        for key, entry in list(self.entries.items()):
            parts = [p for p in re.split(r"[\s/()+:：]+", key) if p and p != key]
            if not parts:
                continue
            # scraper labels ("RAL:", "Salary:") keep the meaning of the words they hold
            only_noise = entry.roles.keys() <= {"noise", "glue"}
            for part in parts:
                word = self.entries.get(part)
                if word is None:
                    continue
                for role, by_lang in word.roles.items():
                    if role in _INHERITED or (only_noise and role in _LABEL_ROLES):
                        for lang, value in by_lang.items():
                            entry.add(role, lang, value)

    def _compile(self) -> re.Pattern[str]:
        groups: dict[tuple[bool, bool], list[str]] = {}
        for key in self.entries:
            starts, ends = bool(_LETTER_RE.match(key[0])), bool(_LETTER_RE.match(key[-1]))
            groups.setdefault((starts, ends), []).append(key)
        templates = []
        self._template_groups: list[tuple[int, Entry]] = []
        group = 2  # group 1 is (?P<count>...)
        for entry in self.templates:
            pattern = _template_regex(entry.key)
            templates.append(pattern)
            self._template_groups.append((group, entry))
            group += re.compile(pattern).groups
        words = []
        for (starts, ends), keys in sorted(groups.items()):
            words.append((_LEFT if starts else "") + _trie_regex(keys) + (_RIGHT if ends else ""))
        source = (
            (f"(?P<count>{'|'.join(templates)})|" if templates else "")
            + f"(?P<word>{'|'.join(words)})"
            + f"|(?P<num>{NUMBER_PATTERN})"
            + f"|(?P<iso>(?-i:{_LEFT}[A-Z]{{3}}{_RIGHT}))"
        )
        if not templates:
            source = source.replace("(?P<word>", "(?P<count>(?!))|(?P<word>", 1)
        return re.compile(source, re.IGNORECASE)

    # ------------------------------------------------------------------ reading
    def tokenize(self, text: str) -> list[Token]:
        """The tokens of a normalized ``text``, in order.

        >>> lex = get_lexicon()
        >>> [(t.kind, text) for t in lex.tokenize("15-25K·13薪") for text in [ "15-25K·13薪"[t.start:t.end]]]
        [('num', '15'), ('word', '-'), ('num', '25'), ('word', 'K'), ('count', '13薪')]
        """
        tokens: list[Token] = []
        entries = self.entries
        for m in self.regex.finditer(text):
            kind = m.lastgroup
            if kind == "word":
                entry = entries.get(m.group().lower())
                if entry is None:  # a spelling variant ("/ mois"): look it up without spaces
                    entry = entries.get(re.sub(r"\s+", " ", m.group().lower()))
                    if entry is None:
                        continue
                tokens.append(Token(m.start(), m.end(), "word", entry))
            elif kind == "num":
                tokens.append(Token(m.start(), m.end(), "num", read_number(m.group())))
            elif kind == "iso":
                code = m.group()
                if code in self.iso_codes:
                    tokens.append(Token(m.start(), m.end(), "iso", code))
            elif kind == "count":
                for index, entry in self._template_groups:
                    raw = m.group(index)
                    if raw is not None:
                        count = int(Decimal(raw.replace(",", ".")))
                        tokens.append(Token(m.start(), m.end(), "count", (entry, count)))
                        break
        return tokens


_LOCK = threading.Lock()


def _read_data(name: str) -> str:
    return resources.files("salarykit").joinpath("data").joinpath(name).read_text(encoding="utf-8")


@functools.cache
def load_yaml(name: str) -> Any:
    """A YAML data file of the package (``data/<name>``), parsed once."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(_read_data(name), Loader=loader)


@functools.cache
def load_cldr() -> dict[str, Any]:
    """``data/cldr.json``, built by ``scripts/build_cldr.py``."""
    try:
        data: dict[str, Any] = json.loads(_read_data("cldr.json"))
    except FileNotFoundError as exc:  # pragma: no cover - a broken install
        raise FileNotFoundError(
            "salarykit/data/cldr.json is missing: run `python scripts/build_cldr.py`"
        ) from exc
    return data


def _load_languages() -> dict[str, dict[str, Any]]:
    data: dict[str, dict[str, Any]] = {}
    folder = resources.files("salarykit").joinpath("data").joinpath("lang")
    for code in ("base", *LANGS):
        if folder.joinpath(f"{code}.yaml").is_file():
            data[code] = load_yaml(f"lang/{code}.yaml") or {}
    return data


@functools.cache
def _build() -> Lexicon:
    return Lexicon(_load_languages(), load_cldr())


def get_lexicon() -> Lexicon:
    """The compiled lexicon of all languages (built on first use, then shared)."""
    with _LOCK:
        return _build()
