"""Extraction vocabulary: the YAML files of ``salarykit/data/extract/`` compiled into regexes.

One file per language (``en.yaml``, ``fr.yaml``…) holds the words that tell what a figure in
prose is about: pay words, non-pay money words, raise words, roles, months, sources.
``common.yaml`` holds currency symbols and ISO codes, ``places.yaml`` the places and
organisations that name a market, ``markets.yaml`` the conventions of each market. Files are
read on first use and cached; adding a language means adding a file.

Matching rules (the same as the parser's lexicons): case-insensitive; entries that begin or
end with a letter or digit of an alphabetic script match on word boundaries only; entries in
CJK scripts or made of symbols match anywhere; longer entries are tried first.

>>> lex = lexicon("fr")
>>> lex.code, lex.script
('fr', 'latin')
>>> bool(lex.salary.search("un salaire mensuel"))
True
>>> lex.non_salary_label("investissements")
'investment'
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from importlib import resources
from typing import Any

__all__ = [
    "LangLexicon",
    "Syntax",
    "alternation",
    "fold",
    "languages",
    "lexicon",
    "markets",
    "place_scanners",
    "places",
    "syntax",
]

_NEVER = re.compile(r"(?!x)x")


def _yaml(name: str) -> dict[str, Any]:
    import yaml  # lazy: PyYAML is only needed once per file

    text = (
        resources.files("salarykit")
        .joinpath("data")
        .joinpath("extract")
        .joinpath(name)
        .read_text("utf-8")
    )
    data = yaml.safe_load(text)
    return data if isinstance(data, dict) else {}


def _is_word_char(char: str) -> bool:
    """True for letters and digits of alphabetic scripts (those need word boundaries).

    >>> _is_word_char("a"), _is_word_char("é"), _is_word_char("年"), _is_word_char("$")
    (True, True, False, False)
    """
    return (char.isalnum() or char == "_") and ord(char) < 0x2E80


def alternation(words: Iterable[str], *, fold: bool = True) -> str:
    """A regex matching any of ``words`` (longest first), with word boundaries where needed.

    The words are laid out as a trie (``ab(?:c|d)``), so the regex engine only follows the
    branch of the next character: matching stays fast with hundreds of entries. With ``fold``
    the words are lowercased (compile the result with ``re.IGNORECASE``).

    >>> rx = re.compile(alternation(["EUR", "€", "万", "euros", "euro"]), re.I)
    >>> [m.group() for m in rx.finditer("ingénieurs 30 EUR 5万 € 2 euros")]
    ['EUR', '万', '€', 'euros']
    """
    trie: dict[str, Any] = {}
    for word in {str(w) for w in words if str(w)}:
        word = " ".join(word.split())
        if fold:
            word = word.lower()
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = True
    if not trie:
        return r"(?!x)x"
    return _emit(trie, "", top=True)


_LEFT = r"(?<![^\W\d_])"  # not glued to a letter on the left
# not glued to a lowercase letter on the right: "yearFull-time" (scraped text) and "5k左右"
# (CJK goes on without spaces) still end a word, "euros" does not end in "euro"
_RIGHT = r"(?!(?-i:[a-zß-öø-ÿā-ɏа-яёα-ω]))"


def _emit(node: dict[str, Any], last: str, *, top: bool = False) -> str:
    alternatives: list[str] = []
    for char in sorted(k for k in node if k):
        piece = r"\s+" if char == " " else re.escape(char)
        if top and _is_word_char(char):
            # the character first, then the boundary check: the engine can skip ahead to the
            # characters that start an entry instead of trying every branch everywhere
            piece = piece + r"(?<![^\W\d_]" + piece + ")"
        alternatives.append(piece + _emit(node[char], char))
    if "" in node:
        alternatives.append(_RIGHT if _is_word_char(last) else "")
    if len(alternatives) == 1:
        only = alternatives[0]
        return only if top or not only or "|" not in only else f"(?:{only})"
    return "(?:" + "|".join(alternatives) + ")"


def _compile(words: Iterable[str], *, folded: bool = False) -> re.Pattern[str]:
    """One regex for ``words``: case-insensitive, or with ``folded`` for text passed through
    :func:`fold` (the entries are lowercased; no IGNORECASE, which makes the regex engine
    several times slower on long alternations)."""
    pattern = alternation(words)
    if pattern == r"(?!x)x":
        return _NEVER
    return re.compile(pattern) if folded else re.compile(pattern, re.IGNORECASE)


def _key(text: str) -> str:
    return " ".join(text.lower().split())


def _labelled(mapping: Mapping[str, Any]) -> tuple[re.Pattern[str], dict[str, str]]:
    """One regex (for folded text) for several labelled word lists, and the map matched word
    -> label."""
    labels: dict[str, str] = {}
    for label, words in (mapping or {}).items():
        for word in words or ():
            labels.setdefault(_key(str(word)), str(label))
    return _compile(labels, folded=True), labels


@dataclass(frozen=True)
class LangLexicon:
    """The compiled context vocabulary of one language.

    The word lists read around a figure (``salary``, ``non_salary``, ``change``,
    ``pay_change``, ``change_breakers``, ``kinds``, ``periods``, ``roles``, ``about_continue``, ``about_stop``,
    ``report_words``, ``source_before``, ``source_after``) match text passed through
    :func:`fold`; the month and date words match any case (their patterns also go into the
    date regex of :mod:`salarykit._extract`, which reads folded text).
    """

    code: str
    name: str
    script: str
    stopwords: frozenset[str]
    salary: re.Pattern[str]
    non_salary: re.Pattern[str]
    non_salary_labels: dict[str, str]
    change: re.Pattern[str]
    pay_change: re.Pattern[str]  # "pay rise", "Lohnerhöhung", "賃上げ": a pay change on its own
    share_after: re.Pattern[str]  # "40 percent *of* staff": a share, not a change
    change_breakers: re.Pattern[str]
    kinds: re.Pattern[str]
    kind_labels: dict[str, str]
    periods: re.Pattern[str]
    period_labels: dict[str, str]
    roles: re.Pattern[str]
    roles_match_suffix: bool
    role_modifiers: frozenset[str]
    about_direction: str
    about_continue: re.Pattern[str]
    about_stop: re.Pattern[str]
    about_stop_words: frozenset[str]
    about_trim: frozenset[str]
    cue_heads: frozenset[str]  # first words of pay, kind, period and change entries
    continue_heads: frozenset[str]  # first words of about_continue entries
    demonstratives: frozenset[str]
    source_before: re.Pattern[str]
    source_after: re.Pattern[str]
    source_skip: frozenset[str]
    articles: frozenset[str]
    report_words: re.Pattern[str]
    months: re.Pattern[str]
    month_numbers: dict[str, int]
    this_year: re.Pattern[str]
    last_year: re.Pattern[str]
    date_open: frozenset[str]
    date_join: frozenset[str]
    date_since: re.Pattern[str]
    date_before_year: re.Pattern[str]
    date_parts: re.Pattern[str]
    date_heads: str = ""  # the first letters of every date word (a quick check of the date regex)
    year_mark: str = "年"  # CJK scripts: the character after a year ("2024年", "2024년")
    month_mark: str = "月"  # …and after a month number ("3月", "3월")

    def non_salary_label(self, word: str) -> str:
        """The label (budget, investment…) of a non-pay money word."""
        return self.non_salary_labels.get(_key(word), "other")

    def kind_label(self, word: str) -> str | None:
        return self.kind_labels.get(_key(word))

    def period_label(self, word: str) -> str | None:
        return self.period_labels.get(_key(word))


@functools.cache
def languages() -> tuple[str, ...]:
    """The language codes that have an extraction file.

    >>> {"en", "fr", "zh", "de", "es", "ja"} <= set(languages())
    True
    """
    folder = resources.files("salarykit").joinpath("data").joinpath("extract")
    names = [p.name for p in folder.iterdir() if p.name.endswith(".yaml")]
    skip = {"common.yaml", "places.yaml", "markets.yaml"}
    return tuple(sorted(n[:-5] for n in names if n not in skip))


@functools.cache
def lexicon(code: str) -> LangLexicon:
    """The compiled vocabulary of language ``code`` (read once, then cached)."""
    data = _yaml(f"{code}.yaml")

    def words(key: str) -> list[str]:
        return [str(w) for w in data.get(key) or ()]

    dates = data.get("dates") or {}
    months = [str(m) for m in data.get("months") or ()]
    kinds, kind_labels = _labelled(data.get("kinds") or {})
    periods, period_labels = _labelled(data.get("periods_context") or {})
    non_salary, non_salary_labels = _labelled(data.get("non_salary") or {})
    return LangLexicon(
        code=str(data.get("code", code)),
        name=str(data.get("name", code)),
        script=str(data.get("script", "latin")),
        stopwords=frozenset(_key(w) for w in words("stopwords")),
        salary=_compile(words("salary_words"), folded=True),
        non_salary=non_salary,
        non_salary_labels=non_salary_labels,
        change=_compile(words("change_words") + words("pay_change_words"), folded=True),
        pay_change=_compile(words("pay_change_words"), folded=True),
        share_after=_compile(words("share_after"), folded=True),
        change_breakers=_compile(words("change_breakers"), folded=True),
        kinds=kinds,
        kind_labels=kind_labels,
        periods=periods,
        period_labels=period_labels,
        roles=_compile(words("roles"), folded=True)
        if not data.get("roles_match_suffix")
        else re.compile(
            # from the start of a word only ("Software*entwickler*"): tried at every letter,
            # the letter run would be read again and again
            r"(?<![^\W\d_])[^\W\d_]*(?:"
            + re.sub(r"\(\?<!\[\^\\W\\d_\][^)]*\)", "", alternation(words("roles")))
            + ")"
        ),
        roles_match_suffix=bool(data.get("roles_match_suffix")),
        role_modifiers=frozenset(_key(w) for w in words("role_modifiers_before")),
        about_direction=str(data.get("about_direction", "right")),
        about_continue=_compile(words("about_continue"), folded=True),
        about_stop=_compile(words("about_stop"), folded=True),
        about_stop_words=frozenset(_key(w) for w in words("about_stop")),
        about_trim=frozenset(_key(w) for w in words("about_trim")),
        cue_heads=frozenset(
            _key(w).split(" ")[0]
            for w in [
                *words("salary_words"),
                *words("change_words"),
                *(str(x) for ws in (data.get("kinds") or {}).values() for x in ws or ()),
                *(str(x) for ws in (data.get("periods_context") or {}).values() for x in ws or ()),
            ]
        ),
        continue_heads=frozenset(_key(w).split(" ")[0] for w in words("about_continue")),
        demonstratives=frozenset(_key(w) for w in words("demonstratives")),
        source_before=_compile(words("source_before"), folded=True),
        source_after=_compile(words("source_after"), folded=True),
        source_skip=frozenset(_key(w) for w in words("source_skip")),
        articles=frozenset(_key(w) for w in words("articles")),
        report_words=_compile(words("report_words"), folded=True),
        months=_compile(months),
        month_numbers={_key(m): i + 1 for i, m in enumerate(months)},
        this_year=_compile(str(w) for w in dates.get("this_year") or ()),
        last_year=_compile(str(w) for w in dates.get("last_year") or ()),
        date_open=frozenset(_key(str(w)) for w in dates.get("open") or ()),
        date_join=frozenset(_key(str(w)) for w in dates.get("join") or ()),
        date_since=_compile(str(w) for w in dates.get("since") or ()),
        date_before_year=_compile(str(w) for w in dates.get("before_year") or ()),
        date_parts=_compile(str(w) for w in dates.get("parts_of_year") or ()),
        date_heads="".join(
            sorted(
                {
                    c
                    for w in [
                        *months,
                        *(
                            str(x)
                            for k in (
                                "open",
                                "since",
                                "before_year",
                                "parts_of_year",
                                "this_year",
                                "last_year",
                            )
                            for x in dates.get(k) or ()
                        ),
                    ]
                    if w
                    for c in (w[0].lower(), w[0].upper())
                }
            )
        ),
        year_mark=str(dates.get("year_mark") or "年"),
        month_mark=str(dates.get("month_mark") or "月"),
    )


# a capital right after a lowercase letter (capitals first: they are the rarer characters)
_HUMP = re.compile(r"[A-ZÀ-ÖØ-ÞА-ЯЁ](?<=[a-zß-öø-ÿа-яё].)")


def fold(text: str) -> str:
    """``text`` lowercased, keeping its length (so positions stay positions).

    A capital right after a lowercase letter stays a capital: scraped text glues words
    ("a yearFull-time"), and a word still ends before such a hump, as it does in the text as
    written (the word boundaries of :func:`alternation` look for a lowercase letter).

    >>> fold("Salaire MENSUEL"), len(fold("İx")) == len("İx")
    ('salaire mensuel', True)
    >>> fold("per yearFull-time")
    'per yearFull-time'
    """
    folded = text.lower()
    if len(folded) != len(text):
        folded = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    pieces: list[str] = []
    done = 0
    for m in _HUMP.finditer(text):
        at = m.start()
        pieces.append(folded[done:at])
        pieces.append(text[at])
        done = at + 1
    if not pieces:
        return folded
    pieces.append(folded[done:])
    return "".join(pieces)


@dataclass(frozen=True)
class Syntax:
    """Money syntax of all languages together (money is written alike across languages)."""

    currency: re.Pattern[str]
    currency_codes: dict[str, str]
    ambiguous: dict[str, str]
    magnitude: re.Pattern[str]
    magnitudes: dict[str, Decimal]
    connector: re.Pattern[str]
    percent: re.Pattern[str]
    period_after: re.Pattern[str]
    period_after_labels: dict[str, str]
    gross: re.Pattern[str]
    net: re.Pattern[str]
    lower_before: frozenset[str]
    upper_before: frozenset[str]
    not_after: frozenset[str]  # "turned over £4 million": "over" is a particle there
    lower_after: re.Pattern[str]
    upper_after: re.Pattern[str]
    approximate: frozenset[str]
    approximate_after: re.Pattern[str]
    opens: frozenset[str]
    prefix_rev: re.Pattern[str]
    join: re.Pattern[str]
    join_with_open: frozenset[str]
    close: re.Pattern[str]
    stopword_langs: dict[str, tuple[str, ...]]
    letter_langs: dict[str, tuple[str, ...]]
    counters: frozenset[str]
    letters: re.Pattern[str]
    month_names: re.Pattern[str]
    report: re.Pattern[str]
    # quick pre-checks over a folded text (see fold()): pay and period words, raise words,
    # non-pay money words of every language; each list is cut into a few regexes by first
    # character (the regex engine tries the alternatives of a position one by one: fewer
    # first characters per regex make each scan cheaper than one scan with them all)
    any_pay: tuple[re.Pattern[str], ...]
    any_change: tuple[re.Pattern[str], ...]
    any_other: tuple[re.Pattern[str], ...]
    # quick checks of find_money: does anything that attaches to a number (percent, magnitude,
    # currency, gross/net, period) start here; any word written after a figure (range closer,
    # bound, approximation); the last characters of the words written before one
    suffix_any: re.Pattern[str] = _NEVER
    after_any: re.Pattern[str] = _NEVER
    prefix_ends: frozenset[str] = frozenset()
    # the openers each such join goes with, from the languages that have it: Dutch "en" joins
    # after "tussen", never after the "de" of "es de 2.213 euros al mes en 15 pagas"
    join_openers: dict[str, frozenset[str]] = dataclasses.field(default_factory=dict)


@functools.lru_cache(maxsize=1)
def syntax() -> Syntax:
    """The union of the money syntax of every language file plus ``common.yaml``."""
    common = _yaml("common.yaml")
    codes: dict[str, str] = {}
    for word, iso in (common.get("currencies") or {}).items():
        codes[_key(str(word))] = str(iso)
    ambiguous = {_key(str(k)): str(v) for k, v in (common.get("ambiguous") or {}).items()}
    mags: dict[str, Decimal] = {}
    connectors: set[str] = set()
    period_labels: dict[str, str] = {}
    gross: set[str] = set()
    net: set[str] = set()
    lower_b: set[str] = set()
    upper_b: set[str] = set()
    not_after: set[str] = set()
    lower_a: set[str] = set()
    upper_a: set[str] = set()
    approx: set[str] = set()
    opens: set[str] = set()
    joins: set[str] = set()
    join_open: set[str] = set()
    join_openers: dict[str, set[str]] = {}
    close: set[str] = set()
    stop_langs: dict[str, list[str]] = {}
    letter_langs: dict[str, list[str]] = {}
    counters: set[str] = set()
    joins.update(str(w) for w in common.get("range_join") or ())
    months: set[str] = set()
    reports: set[str] = set()
    pay_words: set[str] = set()
    change_words: set[str] = set()
    other_words: set[str] = set()
    for code in languages():
        data = _yaml(f"{code}.yaml")
        for word, iso in (data.get("currencies") or {}).items():
            codes.setdefault(_key(str(word)), str(iso))
        for word, value in (data.get("magnitudes") or {}).items():
            mags.setdefault(_key(str(word)), Decimal(str(value)))
        connectors.update(str(w) for w in data.get("magnitude_connectors") or ())
        for period, words in (data.get("periods_after") or {}).items():
            for word in words or ():
                period_labels.setdefault(_key(str(word)), str(period))
        gross.update(str(w) for w in data.get("gross") or ())
        net.update(str(w) for w in data.get("net") or ())
        bounds = data.get("bounds") or {}
        lower_b.update(_key(str(w)) for w in bounds.get("lower_before") or ())
        upper_b.update(_key(str(w)) for w in bounds.get("upper_before") or ())
        not_after.update(_key(str(w)) for w in bounds.get("not_after") or ())
        lower_a.update(str(w) for w in bounds.get("lower_after") or ())
        upper_a.update(str(w) for w in bounds.get("upper_after") or ())
        approx.update(_key(str(w)) for w in data.get("approximate") or ())
        rng = data.get("range") or {}
        opens.update(_key(str(w)) for w in rng.get("open") or ())
        joins.update(str(w) for w in rng.get("join") or ())
        join_open.update(_key(str(w)) for w in rng.get("join_with_open") or ())
        for w in rng.get("join_with_open") or ():
            join_openers.setdefault(_key(str(w)), set()).update(
                _key(str(o)) for o in rng.get("open") or ()
            )
        close.update(str(w) for w in rng.get("close") or ())
        counters.update(str(c) for c in data.get("counters") or ())
        for letter in data.get("letters") or ():
            letter_langs.setdefault(str(letter), []).append(code)
        for word in data.get("stopwords") or ():
            stop_langs.setdefault(_key(str(word)), []).append(code)
        months.update(str(m) for m in data.get("months") or () if not str(m)[0].isdigit())
        reports.update(str(w) for w in data.get("report_words") or ())
        pay_words.update(str(w) for w in data.get("salary_words") or ())
        for words in (data.get("periods_context") or {}).values():
            pay_words.update(str(w) for w in words or ())
        change_words.update(str(w) for w in data.get("change_words") or ())
        change_words.update(str(w) for w in data.get("pay_change_words") or ())
        for words in (data.get("non_salary") or {}).values():
            other_words.update(str(w) for w in words or ())
    suffix_only = {_key(str(w)) for w in common.get("suffix_only") or ()}
    prefix_words = (
        set(lower_b) | set(upper_b) | set(approx) | set(opens) | (set(codes) - suffix_only)
    )
    cjk_approx_after = {w for w in approx if not _is_word_char(w[0])}
    percent_words = [str(w) for w in common.get("percent") or ()]
    suffix_words = set(percent_words) | set(mags) | set(codes) | gross | net | set(period_labels)
    after_words = close | lower_a | upper_a | cjk_approx_after
    return Syntax(
        currency=_compile(codes),
        currency_codes=codes,
        ambiguous=ambiguous,
        magnitude=_compile(mags),
        magnitudes=mags,
        connector=_compile(connectors),
        percent=_compile(str(w) for w in common.get("percent") or ()),
        period_after=_compile(period_labels),
        period_after_labels=period_labels,
        gross=_compile(gross),
        net=_compile(net),
        lower_before=frozenset(lower_b),
        upper_before=frozenset(upper_b),
        not_after=frozenset(not_after),
        lower_after=_compile(lower_a),
        upper_after=_compile(upper_a),
        approximate=frozenset(approx),
        approximate_after=_compile(cjk_approx_after),
        opens=frozenset(opens),
        prefix_rev=re.compile(
            r"[ \t\u00a0\u202f\u2009]*(" + alternation(w[::-1] for w in prefix_words) + ")",
            re.IGNORECASE,
        ),
        join=re.compile(
            r"\s*(" + alternation(joins | {w for w in join_open}) + r")\s*", re.IGNORECASE
        ),
        join_with_open=frozenset(join_open),
        join_openers={k: frozenset(v) for k, v in join_openers.items()},
        close=_compile(close),
        stopword_langs={k: tuple(v) for k, v in stop_langs.items()},
        letter_langs={k: tuple(v) for k, v in letter_langs.items()},
        counters=frozenset(counters),
        letters=re.compile(
            "[" + "".join(re.escape(c) for c in letter_langs) + "]" if letter_langs else r"(?!x)x"
        ),
        month_names=_compile(months),
        report=_compile(reports),
        # matched on folded text without IGNORECASE: four times faster over a whole text
        any_pay=_split_by_first_char(pay_words),
        any_change=_split_by_first_char(change_words),
        any_other=_split_by_first_char(other_words),
        suffix_any=_compile(suffix_words),
        after_any=_compile(after_words),
        prefix_ends=frozenset(
            c for w in prefix_words if w for c in {w[-1], w[-1].upper(), w[-1].lower()}
        ),
    )


def _split_by_first_char(words: Iterable[str], parts: int = 3) -> tuple[re.Pattern[str], ...]:
    """Regexes (for folded text) that together match ``words``, each for a share of the first
    characters.

    >>> rxs = _split_by_first_char(["ab", "b", "c"], parts=2)
    >>> [[m.group() for m in rx.finditer("ab b c")] for rx in rxs]
    [['ab', 'c'], ['b']]
    """
    keyed = {_key(str(w)) for w in words if str(w).strip()}
    heads = sorted({w[0] for w in keyed})
    groups = [set(heads[i::parts]) for i in range(parts)]
    return tuple(
        re.compile(alternation(w for w in keyed if w[0] in group)) for group in groups if group
    )


@dataclass(frozen=True)
class Place:
    name: str
    country: str
    organisation: bool


@functools.lru_cache(maxsize=1)
def places() -> tuple[re.Pattern[str], dict[str, Place]]:
    """One case-sensitive regex for every place and organisation, and what each names.

    >>> rx, table = places()
    >>> table[rx.search("au bureau de Pékin").group()].country
    'CN'
    """
    data = _yaml("places.yaml")
    table: dict[str, Place] = {}
    for country, entry in (data.get("countries") or {}).items():
        for key, org in (("names", False), ("cities", False), ("organisations", True)):
            for name in entry.get(key) or ():
                table.setdefault(str(name), Place(str(name), str(country), org))
    return re.compile(alternation(table, fold=False)), table


@functools.lru_cache(maxsize=1)
def place_scanners() -> tuple[re.Pattern[str], ...]:
    """The regex of :func:`places` cut into a few by first character, for scanning a whole
    text (see ``Syntax.any_pay``); their matches, merged leftmost-longest, are those of the one
    regex.

    >>> sum(len(rx.findall("Paris, Pékin et Londres")) for rx in place_scanners())
    3
    """
    _, table = places()
    heads = {name[0] for name in table}
    # names that start with an ASCII letter, and the others (accented, Cyrillic, CJK, Hangul):
    # the fastest split measured (2026-12, CPython 3.11)
    groups = [{h for h in heads if h.isascii()}, {h for h in heads if not h.isascii()}]
    return tuple(
        re.compile(alternation((n for n in table if n[0] in group), fold=False))
        for group in groups
        if group
    )


@functools.lru_cache(maxsize=1)
def place_heads() -> frozenset[str]:
    """The first words of every place and organisation name (a quick check before the regex).

    >>> "Pékin" in place_heads(), "New" in place_heads()
    (True, True)
    """
    _, table = places()
    return frozenset(name.split()[0] for name in table)


@dataclass(frozen=True)
class Markets:
    currency: dict[str, str]
    dollar_sign: frozenset[str]
    yen_sign: frozenset[str]
    signs: dict[str, frozenset[str]]  # every "<name>_sign" list: "$", "¥", "pesos"…
    market_named_signs: frozenset[str]  # signs that name a currency only with the market
    bands: dict[str, dict[str, tuple[Decimal, Decimal]]]
    max_salary: Decimal


@functools.lru_cache(maxsize=1)
def markets() -> Markets:
    """Market conventions (currency of a country, period bands of bare figures).

    >>> markets().currency["CN"]
    'CNY'
    """
    data = _yaml("markets.yaml")
    bands: dict[str, dict[str, tuple[Decimal, Decimal]]] = {}
    for cur, periods in (data.get("period_bands") or {}).items():
        bands[str(cur)] = {
            str(p): (Decimal(str(lo)), Decimal(str(hi))) for p, (lo, hi) in (periods or {}).items()
        }
    return Markets(
        currency={str(k): str(v) for k, v in (data.get("currency") or {}).items()},
        dollar_sign=frozenset(str(c) for c in data.get("dollar_sign") or ()),
        yen_sign=frozenset(str(c) for c in data.get("yen_sign") or ()),
        signs={
            str(k): frozenset(str(c) for c in v or ())
            for k, v in data.items()
            if str(k).endswith("_sign")
        },
        market_named_signs=frozenset(str(k) for k in data.get("market_named_signs") or ()),
        bands=bands,
        max_salary=Decimal(str(data.get("max_salary_magnitude", 1_000_000_000))),
    )
