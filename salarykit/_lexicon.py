"""Language knowledge: the lexicons (``data/lang/*.yaml``) and CLDR data (``data/cldr.json``),
compiled once into one tokenizer.

Every word or sign a lexicon names becomes an :class:`Entry` that records, per role
(``cur``, ``mag``, ``per``, ``join``…) and per language, what it means. All entries of all
languages are compiled into a single trie-shaped regular expression (a trie keeps the
alternation fast with twelve thousand CLDR currency names), together with the number pattern
and the templates that hold a count (``sur {n} mois``, ``{n}薪``). Conflicts between languages
("mil" is a thousand in Spanish and a million in English) are settled at reading time by the
language of the text.

Matching rules: case-insensitive (the pattern runs over the lower-cased text); entries that
begin (end) with a letter only match where no letter comes before (after) them, so "EUR" never
matches inside "ingénieurs"; CJK characters do not count as letters there ("5k左右"); at the
end of a word, a lower-case letter followed by an upper-case one counts as a boundary, for
scraped chips glued together ("a yearFull-time"). ISO 4217 codes are read when written in
capitals ("EUR", "PLN"), so that "all" or "top" never read as a currency.
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
# letters of the scripts whose words end on a boundary (Latin, Greek, Cyrillic); a cheap class
_WORD = "[a-zà-ɏͰ-ϿЀ-ӿḀ-ỿ]"
_END = f"(?!{_WORD})"
_CAMEL = re.compile("[a-zà-ÿ](?=[A-Z][a-z])")
# atoms: a number, a word, spaces, a run of 4+ identical signs (read as nothing), one character
_ATOM = re.compile(
    f"(?P<n>{NUMBER_PATTERN})|(?P<w>{_WORD}+)|(?P<s>[\\s\x01]+)"
    "|(?P<r>(?P<rc>[^\\w\\s])(?P=rc){3,})|(?P<o>.)",
    re.DOTALL,
)
_COUNT = r"\d{1,3}(?:[.,]0+)?"
_COUNT_RE = re.compile(_COUNT)
_DIGIT = re.compile(r"\d")

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

    langs: frozenset[str] = frozenset()  # filled in once the lexicon is complete
    votes: dict[str, float] = field(default_factory=dict)  # language detection weights

    def freeze(self) -> None:
        self.langs = frozenset(lang for by_lang in self.roles.values() for lang in by_lang)
        own = self.langs - {"base", "cldr"}
        # a word shared by many languages ("k", "-") says little about the language of a text
        self.votes = {lang: 1.0 / len(own) for lang in own} if 0 < len(own) <= 3 else {}


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


_N = "\x02N"  # trie atoms standing for a count and for optional spaces (templates only)
_S = "\x02S"
_ATOMS = {_N: _COUNT, _S: r"\s*"}


def _atoms(key: str) -> list[str]:
    """A lexicon key as trie atoms; in templates "{n}" is a count and spaces are optional."""
    if "{n}" not in key:
        return list(key)
    out: list[str] = []
    for part in re.split(r"(\{n\}|\s+)", key):
        if part == "{n}":
            out.append(_N)
        elif part.isspace():
            out.append(_S)
        else:
            out.extend(part)
    return out


def _trie_regex(keys: Iterable[str], end: str = "") -> str:
    r"""A regular expression matching any of ``keys``, longest first, shaped as a trie.

    A trie keeps the alternation fast: the regular-expression engine checks one literal
    character per branch instead of trying every key in turn. ``end`` is appended after keys
    that end with a letter (a word boundary).

    >>> _trie_regex(["eur", "euro", "euros", "€"])
    '(?:eur(?:o(?:s|)|)|€)'
    >>> print(_trie_regex(["sur {n} mois"]))
    sur\s*\d{1,3}(?:[.,]0+)?\s*mois
    """
    trie: dict[str, Any] = {}
    for key in keys:
        node = trie
        for atom in _atoms(key):
            node = node.setdefault(atom, {})
        node[""] = _LETTER_RE.match(key[-1]) is not None

    def emit(node: dict[str, Any]) -> str:
        branches = [
            (_ATOMS.get(atom) or re.escape(atom)) + emit(child)
            for atom, child in sorted(node.items())
            if atom
        ]
        tail = end if node.get("") else ""
        if not branches:
            return tail
        if "" in node:
            branches.append(tail)
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    return emit(trie)


def _shape(text: str) -> str:
    """The lookup key of a matched template: the count as "{n}", spaces removed."""
    return _COUNT_RE.sub("{n}", re.sub(r"\s+", "", text))


def _boundary(text: str, index: int) -> bool:
    """True when a word may end right before ``text[index]`` ("a yearFull" counts)."""
    if index >= len(text) or not _LETTER_RE.match(text[index]):
        return True
    return text[index - 1].islower() and text[index].isupper()


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
        """Index the entries by their atoms and compile the template pattern.

        Text is cut into atoms (a number, a run of letters, a run of spaces, or one other
        character: each CJK character is an atom), so entries can only match whole words:
        "EUR" never matches inside "ingénieurs". Entries are looked up atom by atom in a dict
        (longest match first). Templates holding a count have a small pattern of their own.
        """
        for entry in self.entries.values():
            entry.freeze()
        for entry in self.templates:
            entry.freeze()
        self.template_shapes = {re.sub(r"\s+", "", e.key): e for e in self.templates}
        self.iso_keys = frozenset(code.lower() for code in self.iso_codes)
        self.index: dict[tuple[str, ...], Entry] = {}
        self.prefixes: set[tuple[str, ...]] = set()
        for key, entry in self.entries.items():
            atoms = _split(key)
            if not atoms:
                continue
            self.index.setdefault(atoms, entry)
            for stop in range(1, len(atoms)):
                self.prefixes.add(atoms[:stop])
        self.max_atoms = max((len(a) for a in self.index), default=1)
        self.single = {atoms[0]: entry for atoms, entry in self.index.items() if len(atoms) == 1}
        self.starts = frozenset(prefix[0] for prefix in self.prefixes)
        keys = [e.key for e in self.templates]
        return re.compile(_trie_regex(keys) if keys else "(?!)")

    # ------------------------------------------------------------------ reading
    def tokenize(self, text: str) -> list[Token]:
        """The tokens of a normalized ``text``, in order.

        >>> lex = get_lexicon()
        >>> def show(text):
        ...     return [(t.kind, text[t.start:t.end]) for t in lex.tokenize(text)]
        >>> show("15-25K·13薪")
        [('num', '15'), ('word', '-'), ('num', '25'), ('word', 'K'), ('count', '13薪')]
        >>> show("ingénieurs EUR 5 a yearFull-time"), show("TOP 5 ALL")
        ([('word', 'EUR'), ('num', '5'), ('word', 'a year'), ('word', '-')], [('iso', 'TOP'), ('num', '5'), ('iso', 'ALL')])
        >>> show("30-35kEUR"), show("45kCZK")
        ([('num', '30'), ('word', '-'), ('num', '35'), ('word', 'kEUR')], [('num', '45'), ('word', 'k'), ('iso', 'CZK')])
        """
        lower = text.lower()
        if len(lower) != len(text):  # a few characters lower-case to two ("İ")
            lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        if _CAMEL.search(text) is not None:  # "a yearFull-time": end the word before "Full"
            chars = list(lower)
            for m in _CAMEL.finditer(text):
                chars[m.end()] = "\x03"
            lower = "".join(chars)
        # templates first ("sur 12 mois", "13薪"): their numbers are counts, not amounts
        counts: list[Token] = []
        if self.template_shapes and _DIGIT.search(lower) is not None:
            for m in self.regex.finditer(lower):
                template = self.template_shapes.get(_shape(m.group()))
                found = _COUNT_RE.search(m.group())
                if template is not None and found is not None:
                    count = int(Decimal(found.group().replace(",", ".")))
                    counts.append(Token(m.start(), m.end(), "count", (template, count)))
        atoms = []
        position = 0
        for num, _sep, word, space, run, _rc, other in _ATOM.findall(lower):
            atom = num or word or space or run or other
            stop = position + len(atom)
            kind = "n" if num else "w" if word else "s" if (space or run) else "o"
            atoms.append((position, stop, kind, atom))
            position = stop
        tokens: list[Token] = []
        append = tokens.append
        index, prefixes, starts, single = self.index, self.prefixes, self.starts, self.single
        limit = self.max_atoms
        n = len(atoms)
        ncounts = len(counts)
        i = 0
        c = 0
        while i < n:
            start, end, kind, atom = atoms[i]
            if kind == "s":
                i += 1
                continue
            if c < ncounts and start >= counts[c].start:
                token = counts[c]
                append(token)
                c += 1
                while i < n and atoms[i][0] < token.end:
                    i += 1
                continue
            if atom in starts:  # may open a longer entry: longest match, atom by atom
                found_entry = single.get(atom)
                found_end = i
                seq: tuple[str, ...] = (atom,)
                j = i + 1
                while j < n and j - i < limit and seq in prefixes:
                    a = atoms[j]
                    seq = (*seq, " " if a[2] == "s" else a[3])
                    hit = index.get(seq)
                    if hit is not None:
                        found_entry, found_end = hit, j
                    j += 1
                if found_entry is not None:
                    append(Token(start, atoms[found_end][1], "word", found_entry))
                    i = found_end + 1
                    continue
            else:
                entry = single.get(atom)
                if entry is not None:
                    append(Token(start, end, "word", entry))
                    i += 1
                    continue
            if kind == "n":
                append(Token(start, end, "num", read_number(atom)))
            elif kind == "w":
                self._unknown_word(text, atom, start, end, tokens)
            i += 1
        return tokens

    def _unknown_word(self, text: str, atom: str, start: int, end: int, tokens: list[Token]) -> None:
        """A word that is no entry: an ISO code in capitals, or a magnitude glued to one."""
        if atom in self.iso_keys:
            if text[start:end].isupper():
                tokens.append(Token(start, end, "iso", atom.upper()))
            return
        # "45kPLN": a magnitude glued to a currency, right after a number
        if not tokens or tokens[-1].kind != "num" or tokens[-1].end != start:
            return
        for cut in range(1, min(4, len(atom))):
            head = self.index.get((atom[:cut],))
            if head is None or "mag" not in head.roles:
                continue
            rest = atom[cut:]
            tail = self.index.get((rest,))
            if tail is not None and "cur" in tail.roles:
                tokens.append(Token(start, start + cut, "word", head))
                tokens.append(Token(start + cut, end, "word", tail))
                return
            if rest in self.iso_keys and text[start + cut : end].isupper():
                tokens.append(Token(start, start + cut, "word", head))
                tokens.append(Token(start + cut, end, "iso", rest.upper()))
                return


def _split(key: str) -> tuple[str, ...]:
    """A lexicon key as atoms ("a year" → ("a", " ", "year")).

    >>> _split("brutto / mies."), _split("年収")
    (('brutto', ' ', '/', ' ', 'mies', '.'), ('年', '収'))
    """
    return tuple(" " if m.lastgroup == "s" else m.group() for m in _ATOM.finditer(key))


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
