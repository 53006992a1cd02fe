"""Language knowledge: the lexicons (``data/lang/*.yaml``) and CLDR data (``data/cldr.json``),
compiled once into one tokenizer.

Every word or sign a lexicon names becomes an :class:`Entry` that records, per role
(``cur``, ``mag``, ``per``, ``join``…) and per language, what it means. The text is cut into
atoms (numbers, runs of letters, single other characters; each CJK character is one atom) and
entries, twelve thousand CLDR currency names among them, are looked up atom by atom in a dict,
longest match first; templates that hold a count (``sur {n} mois``, ``{n}薪``) are entries
whose ``{n}`` atom matches a small number. Conflicts between languages ("mil" is a thousand
in Spanish and a million in English) are settled at reading time by the language of the text.

Matching rules: case-insensitive (atoms are cut from the lower-cased text); entries match
whole words only, so "EUR" never matches inside "ingénieurs"; CJK characters are atoms of
their own ("5k左右"); a lower-case letter followed by a capitalized word ends a word, for
scraped chips glued together ("a yearFull-time"). ISO 4217 codes are read when written in
capitals ("EUR", "PLN"), so that "all" or "top" never read as a currency.
"""

from __future__ import annotations

import functools
import json
import re
import threading
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from importlib import resources
from typing import Any, Final

from ._numbers import NUMBER_PATTERN, read_number

__all__ = ["LANGS", "ROLES", "Entry", "Lexicon", "Token", "get_lexicon", "role_mask"]

LANGS: Final = ("en", "fr", "zh", "ja", "ko", "de", "es", "pt", "it", "pl", "nl", "ru", "sv")
"""Languages whose lexicon is loaded when present (plus ``base``, shared by all)."""

ROLES: Final = (
    "cur", "mag", "cur_hint", "per", "join", "upper_before", "upper_after", "lower_before",
    "lower_after", "approx_before", "approx_after", "mean", "median", "neg", "neg_alone", "gross",
    "net", "salary", "other", "probation", "nonsalary", "glue", "noise", "percent", "payments",
    "payments_monthly", "payments_named", "payment_rank", "mag_sign", "mag_and", "market", "total",
    "day_rate", "counter", "piece",
)  # fmt: skip
"""Every role a lexicon entry may have; :attr:`Entry.mask` holds one bit per role."""
_ROLE_BIT: Final = {role: 1 << bit for bit, role in enumerate(ROLES)}
# words that stay words in capitals, and glued to anything
_MAG_CUR: Final = _ROLE_BIT["mag"] | _ROLE_BIT["cur"]
_MAG_BIT: Final = _ROLE_BIT["mag"]
_GROUPED_COMMA: Final = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?").fullmatch
_PAYMENT_COUNTS: Final = _ROLE_BIT["payments"] | _ROLE_BIT["payments_monthly"]


def role_mask(*roles: str) -> int:
    """The bits of ``roles`` in :attr:`Entry.mask`: one test for several roles at once.

    >>> role_mask("cur") | role_mask("mag") == role_mask("cur", "mag")
    True
    """
    mask = 0
    for role in roles:
        mask |= _ROLE_BIT[role]
    return mask


# letters for word boundaries: word characters that are not digits, underscore, CJK or Hangul
_CJK: Final = "\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
LETTER: Final = rf"[^\W\d_{_CJK}]"
_LETTER_RE: Final = re.compile(LETTER)
_LATIN_WORD: Final = re.compile("[a-zà-ɏ]")  # a word of Latin letters: a magnitude scoped to its languages
# letters of the scripts whose words end on a boundary (Latin, Greek, Cyrillic); a cheap class
_WORD: Final = "[a-zà-ɏͰ-ϿЀ-ӿḀ-ỿ]"
_END: Final = f"(?!{_WORD})"
# a word glued to the next chip: "a yearFull-time", "par moisCDI" (two lower-case letters before a
# run of capitals: "30-35kEUR" stays one unit)
_CAMEL: Final = re.compile("[a-zà-ÿ](?=[A-Z][a-z])|(?<=[a-zà-ÿ])[a-zà-ÿ](?=[A-Z]{2,}(?![a-z]))")
_NOISE_MASK: Final = role_mask("noise")
_CAMEL_PAIR: Final = re.compile("[a-zà-ÿ][A-Z]").search  # what every match of _CAMEL starts with
# atoms: a number, a word (letters; digits inside it: "B2B"), a Chinese numeral ("五十万"),
# spaces, a run of 4+ identical signs (read as nothing), one character
_NUMBER: Final = f"(?P<n>{NUMBER_PATTERN})"
_WORD_ATOM: Final = f"{_WORD}+(?:\\d+{_WORD}+)*"
_NUMERAL_TEXT: Final = "零〇一二两兩三四五六七八九十百千万萬亿億일이삼사오육칠팔구십백천만억"
_NUMERAL_ATOM: Final = f"[{_NUMERAL_TEXT}]{{2,}}"
_WORDS: Final = f"(?P<w>{_WORD_ATOM})"
_RUN: Final = "(?P<r>(?P<rc>[^\\w\\s])(?P=rc){3,})"
_NUMERAL: Final = f"(?P<cn>{_NUMERAL_ATOM})"
# each atom is read with the spaces written before it (possessive: read once, never
# backtracked), so that the tokenizer reads one match per atom; the last match may be empty
_SPACED_ATOM: Final = re.compile(
    f"(?P<s>[\\s\x01]*+)(?:{_NUMBER}|{_WORDS}|{_RUN}|{_NUMERAL}|(?P<o>.)|\\Z)", re.DOTALL
)
# the same atoms as plain strings (no groups: ``findall`` builds no tuple per atom), for the
# texts that hold no run of one sign (nearly all): the tokenizer tells the kinds apart by their
# first character (see _cut_atoms)
# (the last match may be empty: "\\Z" reads the spaces at the end in one match, where a search
# from each of them would be quadratic)
# (words first and numbers behind a look-ahead: the alternatives start with different
# characters, so their order changes no match, and most atoms are words or signs)
_PLAIN_ATOM: Final = re.compile(
    f"[\\s\x01]*+(?:{_WORD_ATOM}|(?=\\d)(?:{NUMBER_PATTERN})|{_NUMERAL_ATOM}|.|\\Z)", re.DOTALL
).findall
# what ``\s`` matches (Unicode white space: str.isspace), and the padding of normalize_text
_SPACES: Final = "\x01\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u2028\u2029\u202f\u205f\u3000"
_NUMERAL_CHARS: Final = frozenset(_NUMERAL_TEXT)
# the letters of _WORD, for words of one letter ("k", "m")
_WORD_CHARS: Final = frozenset(
    chr(code)
    for low, high in (("a", "z"), ("à", "ɏ"), ("Ͱ", "Ͽ"), ("Ѐ", "ӿ"), ("Ḁ", "ỿ"))
    for code in range(ord(low), ord(high) + 1)
)
_CN_DIGITS: Final = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS: Final = {"十": 10, "百": 100, "千": 1000}
_CN_BIG: Final = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
_KO_NUMERALS: Final = dict(zip("일이삼사오육칠팔구십백천만억", "一二三四五六七八九十百千万亿", strict=True))


def chinese_number(text: str) -> int | None:
    """The value of a Chinese numeral with a unit in it ("五十万", "百万"), else None.

    Korean sino-numerals read the same way ("삼천만" is 30 000 000).

    >>> chinese_number("五十万"), chinese_number("百万"), chinese_number("一亿五千万"), chinese_number("十三")
    (500000, 1000000, 150000000, 13)
    >>> chinese_number("一万五"), chinese_number("삼천만"), chinese_number("이백만")
    (15000, 30000000, 2000000)
    >>> chinese_number("一一") is None
    True
    """
    total = section = number = 0
    last_unit = 0
    for char in text:
        char = _KO_NUMERALS.get(char, char)
        if char in _CN_DIGITS:
            number = _CN_DIGITS[char]
        elif char in _CN_UNITS:
            section += (number or 1) * _CN_UNITS[char]
            number = 0
            last_unit = _CN_UNITS[char]
        else:
            big = _CN_BIG[char]
            part = section + number or (1 if not total else 0)
            total = (total + part) * big if (big >= 10**8 or not total) else total + part * big
            section = number = 0
            last_unit = big
    if not last_unit:
        return None
    if number and last_unit >= 10:  # "一万五" is 15 000: a last digit counts in the next unit down
        number *= last_unit // 10
    return total + section + number
_COUNT: Final = r"\d{1,3}(?:[.,]0+)?"
_COUNT_RE: Final = re.compile(_COUNT)
# used while building the lexicon (compiled once: twelve thousand CLDR names go through them)
_DIGIT_OR_PAREN: Final = re.compile(r"[\d()]").search
_SHORT_CAPITALS: Final = re.compile(r"[A-Z]{1,2}").fullmatch
_PARTS: Final = re.compile(r"[\s/()+:：]+").split

# roles whose lexicon value is a list of words meaning True
_FLAG_ROLES: Final = {
    "negotiable": "neg",
    "negotiable_alone": "neg_alone",
    "gross": "gross",
    "net": "net",
    "salary_words": "salary",
    "other_pay_words": "other",
    "total_pay_words": "total",
    "probation_words": "probation",
    "non_salary_words": "nonsalary",
    "glue": "glue",
    "noise": "noise",
    "percent": "percent",
    "day_rate_words": "day_rate",
    "counters": "counter",
    "piece_rates": "piece",
}
_INHERITED: Final = frozenset({"gross", "net", "mean", "median", "cur", "per"})
_LABEL_ROLES: Final = frozenset({"per", "salary", "other", "nonsalary", "probation"})
_SUB_ROLES: Final = {
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

    def langs_of(self, roles: tuple[str, ...]) -> set[str]:
        """The languages in which this entry has one of ``roles``."""
        return {lang for role in roles for lang in self.roles.get(role, {})}

    langs: frozenset[str] = frozenset()  # filled in once the lexicon is complete
    votes: dict[str, float] = field(default_factory=dict)  # language detection weights
    mask: int = 0  # the bits of its roles (see role_mask)
    sole_currency: str | None = None  # the one currency it names, if it names exactly one
    mag_everywhere: bool = False  # a magnitude read in any language (see _parse_stages._magnitude_in)

    def freeze(self) -> None:
        self.mask = role_mask(*self.roles)
        mags = self.roles.get("mag", {})
        # a magnitude of the base lexicon, a sign or CJK character, or a word of several languages
        self.mag_everywhere = bool(mags) and (
            "base" in mags or not _LATIN_WORD.match(self.key) or len(mags.keys() - {"cldr"}) > 1
        )
        self.langs = frozenset(lang for by_lang in self.roles.values() for lang in by_lang)
        own = sorted(self.langs - {"base", "cldr"})  # sorted: the same votes in every process
        # a word shared by many languages ("k", "-") says little about the language of a text
        self.votes = {lang: 1.0 / len(own) for lang in own} if 0 < len(own) <= 3 else {}


_NO_ENTRY: Final = Entry("")  # the entry of the tokens that are no word (no role: mask 0)


class Token:
    """One thing found in the text (slots: the stages read its fields millions of times, and a
    slot is read faster than a field of a named tuple).

    ``kind`` is ``"num"`` (``value``: Decimal), ``"word"`` (``value``: :class:`Entry`),
    ``"count"`` (a template holding a count; ``value``: (Entry, int)) or ``"iso"`` (``value``:
    an ISO 4217 code written in capitals).

    >>> Token(0, 2, "num", Decimal(15))
    Token(0, 2, 'num', Decimal('15'))
    """

    __slots__ = ("end", "entry", "kind", "start", "value")

    def __init__(self, start: int, end: int, kind: str, value: Any) -> None:
        self.start = start
        self.end = end
        self.kind = kind
        self.value = value
        # the Entry of a word or of a template's count, typed (an empty entry for numbers and
        # ISO codes): the stages read ``token.entry.mask`` natively in the compiled build,
        # where ``token.entry.mask`` is a generic attribute lookup on an object of any type
        self.entry: Entry = value if kind == "word" else value[0] if kind == "count" else _NO_ENTRY

    def __repr__(self) -> str:
        return f"Token({self.start}, {self.end}, {self.kind!r}, {self.value!r})"


_N: Final = "\x02N"  # the atom standing for the count of a template ("sur {n} mois")


def _capitals(text: str, start: int, end: int, kind: str, entry: Entry, tokens: list[Token]) -> bool:
    """True for a short word in capitals that is not read as a lexicon word.

    "PA", "CA", "OK", "DO", "AB" in "Pittsburgh, PA", "Physician - DO" are places and titles,
    not "per annum", "circa", "up to" or "from"; capitals still read as magnitudes and
    currencies ("K", "M", "L"), and right after an amount ("5 Lacs PA").
    """
    if kind != "w" or end - start > 2 or not text[start:end].isupper():
        return False
    if entry.mask & _MAG_CUR:
        return False
    if tokens and not text[tokens[-1].end : start].strip():
        last = tokens[-1]
        if last.kind == "num" or (last.kind == "word" and last.entry.mask & _MAG_CUR):
            return False
    return True


def _hangul(atom: str) -> bool:
    return len(atom) == 1 and "\uac00" <= atom <= "\ud7a3"


def _inside_hangul_word(atoms: list[tuple[int, int, str, str, str, str]], i: int, entry: Entry) -> bool:
    """True for a one-syllable Korean word glued to the syllable after it: Korean is written
    with spaces between words, so "연" in "연구" (research) is no year, nor "월" in
    "월요일" (Monday) a month. Money and magnitudes glue to what follows ("만원", "천만원").

    >>> lex = get_lexicon()
    >>> def words(text):
    ...     return [text[t.start : t.end] for t in lex.tokenize(text) if t.kind == "word"]
    >>> words("연 4,200만원"), words("연구 300만원"), words("월요일 월 300만원")
    (['연', '만', '원'], ['만', '원'], ['월', '만', '원'])
    """
    atom = atoms[i][3]
    if not _hangul(atom) or i + 1 >= len(atoms) or entry.mask & _MAG_CUR:
        return False
    nxt = atoms[i + 1]
    return nxt[0] == atoms[i][1] and _hangul(nxt[3])


def _boundary(text: str, index: int) -> bool:
    """True when a word may end right before ``text[index]`` ("a yearFull" counts)."""
    if index >= len(text) or not _LETTER_RE.match(text[index]):
        return True
    return text[index - 1].islower() and text[index].isupper()


def _variants(key: str) -> Iterator[str]:
    """Spellings of a lexicon entry that should match too.

    >>> sorted(_variants("brutto / mies."))
    ['brutto / mies.', 'brutto /mies.', 'brutto/ mies.', 'brutto/mies.']
    >>> sorted(_variants("/mois")), sorted(_variants("jusqu'à"))
    (['/ mois', '/mois'], ["jusqu'à", 'jusquà'])
    """
    yield key
    if "/" in key:
        before, _, after = key.partition("/")
        for left in (before.rstrip(), before.rstrip() + " ") if before.strip() else ("",):
            for right in (after.lstrip(), " " + after.lstrip()) if after.strip() else ("",):
                if left + "/" + right != key:
                    yield left + "/" + right
    if "'" in key:
        yield key.replace("'", "")


def _as_written(atom: tuple[int, int, str, str, str, str]) -> str:
    """The lookup form of an atom as the next atom of an entry, a small number as written
    (not as the count of a template): the "4" of "per 4 weken"."""
    return " " + atom[3] if atom[5][:1] == " " else atom[3]


def _continues(node: _Node, atom: tuple[int, int, str, str, str, str]) -> bool:
    """True when ``atom`` may follow ``node`` in an entry: in its lookup form (a small number as
    a template's count) or as written ("per 4 weken")."""
    nxt = node.next
    return atom[5] in nxt or _as_written(atom) in nxt


def _join_spaced_groups(text: str, tokens: list[Token]) -> None:
    """Join the figures split by a space typed after a grouping comma ("$89, 670 - $106,449",
    "€45, 000 - €55, 000"), in place, when the text shows the thousands: another figure is
    written with a grouping comma, or two figures are split the same way. Elsewhere a comma
    and a space end a figure ("$18, 40 hours a week").

    >>> lex = get_lexicon()
    >>> [str(t.value) for t in lex.tokenize("$89, 670 - $106,449") if t.kind == "num"]
    ['89670', '106449']
    >>> [str(t.value) for t in lex.tokenize("$18, 400 hours") if t.kind == "num"]
    ['18', '400']
    """
    grouped = False
    pairs: list[int] = []
    last = len(tokens) - 1
    for k, token in enumerate(tokens):
        if token.kind != "num":
            continue
        written = text[token.start : token.end]
        if _GROUPED_COMMA(written) is not None:
            grouped = True
        elif k < last and written.isdigit() and len(written) <= 3 and written[0] != "0":
            nxt = tokens[k + 1]
            if (
                nxt.kind == "num"
                and nxt.start == token.end + 2
                and text[token.end : nxt.start] == ", "
                and nxt.end - nxt.start == 3
                and text[nxt.start : nxt.end].isdigit()
                and not (pairs and pairs[-1] == k - 1)
            ):
                pairs.append(k)
    if not pairs or (not grouped and len(pairs) < 2):
        return
    for k in reversed(pairs):
        head, tail = tokens[k], tokens[k + 1]
        tokens[k : k + 2] = [Token(head.start, tail.end, "num", head.value * 1000 + tail.value)]


def _count_range(text: str, tokens: list[Token], start: int, value: int) -> tuple[int, int]:
    """The start and count of a count of payments written as a range ("13-15薪", "* 13-15薪"):
    the guaranteed payments, the lower count, read over the whole range (whose first end and
    dash are taken off ``tokens``); ``start`` and ``value`` as they are otherwise."""
    dash = tokens[-1]
    first = tokens[-2]
    if dash.kind != "word" or dash.entry.key not in ("-", "–", "~", "～") or dash.end != start:
        return start, value
    if first.end != dash.start:
        return start, value
    if first.kind == "num":
        low = first.value
        if not (isinstance(low, Decimal) and low == low.to_integral_value() and 1 <= low < value):
            return start, value
        lower = int(low)
    elif first.kind == "count" and first.entry.mask & _PAYMENT_COUNTS and first.value[1] < value:
        lower = int(first.value[1])
    else:
        return start, value
    begin = first.start
    del tokens[-2:]
    return begin, lower


def _rejoin_camels(
    atoms: list[tuple[int, int, str, str, str, str]],
    lower: str,
    heads: frozenset[str],
    trie: dict[str, _Node],
) -> list[tuple[int, int, str, str, str, str]]:
    """The atoms of a text cut at its camel-case joints (marked "\x03" in place of the
    capital), the word after a joint given back its first letter when it opens a negotiable
    marker (``heads``): a scraper glues the salary field's answer to its label
    ("RémunérationSelon profil" is negotiable), or when it is a lexicon word that is not only
    noise ("AvantagesSalaire de 45 000 €": the pay word, not "alaire"). Other chips glued after
    a word stay cut off ("a yearFull-time": the chip after the period is board noise)."""
    out: list[tuple[int, int, str, str, str, str]] = []
    i = 0
    n = len(atoms)
    while i < n:
        atom = atoms[i]
        word = lower[atom[0]] + atoms[i + 1][3] if atom[3] == "\x03" and i + 1 < n else ""
        if word and atoms[i + 1][2] == "w" and atoms[i + 1][0] == atom[1] and (
            word in heads or _telling_word(trie, word)
        ):
            out.append((atom[0], atoms[i + 1][1], "w", word, word, word))
            i += 2
            continue
        out.append(atom)
        i += 1
    return out


def _telling_word(trie: dict[str, _Node], word: str) -> bool:
    """True when ``word`` alone is a lexicon entry with a role other than noise."""
    node = trie.get(word)
    return node is not None and node.entry is not None and bool(node.entry.mask & ~_NOISE_MASK)


def _add_numeral(atoms: list[tuple[int, int, str, str, str, str]], position: int, numeral: str, spaced: bool) -> int:
    """Append the atoms of a Chinese numeral written at ``position`` ("五十万": one number; "一一",
    or units right after a number as in "2千万": single characters); return where it ends."""
    value = chinese_number(numeral)
    after_number = bool(atoms) and atoms[-1][2] == "n"
    if value is None or (after_number and not numeral.strip("十百千万萬亿億십백천만억")):
        for char in numeral:
            atoms.append((position, position + 1, "o", char, char, " " + char if spaced else char))
            position += 1
            spaced = False
        return position
    text_value = str(value)
    look = _N if _COUNT_RE.fullmatch(text_value) else text_value
    atoms.append((position, position + len(numeral), "n", text_value, look, " " + look if spaced else look))
    return position + len(numeral)


def _cut_atoms(lower: str) -> list[tuple[int, int, str, str, str, str]]:
    """The atoms of a lower-cased text, each as (start, end, kind, text, lookup form, lookup form
    as the next atom of an entry: with a leading space when written after one).

    Kinds are ``w`` (a word), ``o`` (one other character) and ``n`` (a number, or a Chinese
    numeral read as its value); the lookup form of a small number is the count of a template.
    Spaces and runs of one sign are no atoms: they only mark the atom after them as spaced.
    """
    atoms: list[tuple[int, int, str, str, str, str]] = []
    position = 0
    count_like = _COUNT_RE.fullmatch
    run_char = ""  # the sign of the atoms just read, one right after the other, and their count
    run = 0
    # each match is one atom with the spaces before it; its first character tells its kind
    # (the alternatives of the pattern start with different characters)
    matches: list[str] = _PLAIN_ATOM(lower)  # typed: mypyc reads the strings natively (findall says Any)
    for match in matches:
        code = ord(match[0]) if match else 0
        if code <= 0x20 or (code >= 0x85 and match[0] in _SPACES):  # spaces before the atom
            atom = match.lstrip(_SPACES)
            size = len(atom)
            if not size:  # the spaces at the end of the text
                break
            spaced = size != len(match)  # else a control character, no space ("\x03")
            position += len(match) - size
            code = ord(atom[0])
        else:
            atom = match
            size = len(atom)
            spaced = False
        stop = position + size
        if 0x30 <= code <= 0x39 or (code > 0x7F and atom[0].isdecimal()):  # a number (\d: any script)
            # count_like, cheaper for digits alone: a count has at most three of them
            if atom.isdigit():
                look = _N if size <= 3 else atom
            else:
                look = _N if size < 8 and count_like(atom) else atom
            atoms.append((position, stop, "n", atom, look, " " + look if spaced else look))
            run = 0
        elif size == 1 and atom not in _WORD_CHARS:  # one other character
            if atom == run_char and not spaced and atoms[-1][1] == position:
                run += 1
                if run == 4 and not atom.isalnum() and atom != "_":
                    # a run of one sign ("-----"): read as spaces, by the pattern that has it
                    return _cut_atoms_grouped(lower)
            else:
                run_char, run = atom, 1
            atoms.append((position, stop, "o", atom, atom, " " + atom if spaced else atom))
        elif atom[0] not in _NUMERAL_CHARS:  # a word (a numeral has two characters or more)
            atoms.append((position, stop, "w", atom, atom, " " + atom if spaced else atom))
            run = 0
        else:
            run = 0
            run_char = ""
            stop = _add_numeral(atoms, position, atom, spaced)
        position = stop
    return atoms


def _cut_atoms_grouped(lower: str) -> list[tuple[int, int, str, str, str, str]]:
    """:func:`_cut_atoms` for a text holding a run of one sign ("-----"), read as spaces."""
    atoms: list[tuple[int, int, str, str, str, str]] = []
    position = 0
    spaced = False
    count_like = _COUNT_RE.fullmatch
    groups: list[tuple[str, str, str, str, str, str, str]] = _SPACED_ATOM.findall(lower)
    for space, num, word, run, _rc, numeral, other in groups:
        if space:
            position += len(space)
            spaced = True
        if word:
            stop = position + len(word)
            atoms.append((position, stop, "w", word, word, " " + word if spaced else word))
        elif other:
            stop = position + 1
            atoms.append((position, stop, "o", other, other, " " + other if spaced else other))
        elif num:
            stop = position + len(num)
            # count_like, cheaper for digits alone: a count has at most three of them
            if num.isdigit():
                look = _N if stop - position <= 3 else num
            else:
                look = _N if len(num) < 8 and count_like(num) else num
            atoms.append((position, stop, "n", num, look, " " + look if spaced else look))
        elif run:  # a run of one sign separates atoms, like spaces
            position += len(run)
            spaced = True
            continue
        elif numeral:
            stop = _add_numeral(atoms, position, numeral, spaced)
        else:  # the end of the text
            break
        position = stop
        spaced = False
    return atoms


class _Node:
    """A node of the lexicon trie: the entry ending at this atom, if any, and the atoms after it."""

    __slots__ = ("entry", "next", "template")

    def __init__(self) -> None:
        self.entry: Entry | None = None
        self.template = False  # the entry holds a count ("sur {n} mois")
        self.next: dict[str, _Node] = {}


class Lexicon:
    """All lexicons and CLDR data, compiled into one tokenizer (built once, lazily)."""

    def __init__(self, lang_data: dict[str, dict[str, Any]], cldr: dict[str, Any]) -> None:
        self.entries: dict[str, Entry] = {}
        self.templates: list[Entry] = []
        self.default_country: dict[str, str] = {}
        self.country_lang: dict[str, str] = {}  # market -> its main language (for conflicts)
        self.territory_currency: dict[str, str] = dict(cldr.get("territory_currency", {}))
        self.iso_codes: frozenset[str] = frozenset(cldr.get("iso_codes", ()))
        # the decimal separator of each language (CLDR), for "1,234 Mio." vs "1,234 million"
        self.decimal: dict[str, str] = {
            locale: str(symbols.get("decimal", "."))
            for locale, symbols in (cldr.get("number_symbols") or {}).items()
            if "_" not in locale
        }
        self.symbols: dict[str, tuple[str, ...]] = {}
        # CLDR symbols of two capitals ("DT" TND, "DA" DZD): too ambiguous as words ("da" is
        # "from" in Italian), read only as written, in capitals, right after an amount
        self.capital_symbols: dict[str, Entry] = {}
        for code, data in lang_data.items():
            self._add_language(code, data)
        self._add_cldr(cldr)
        self._inherit_roles()
        self._add_unaccented()
        self._compile()

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
            self.country_lang.setdefault(self.default_country[lang], lang)
        for country in data.get("countries") or ():
            self.country_lang.setdefault(str(country).upper(), lang)
        for word, code in (data.get("currencies") or {}).items():
            # a list names a word shared by several currencies ("元": CNY, TWD, HKD), most common first
            value = tuple(str(c) for c in code) if isinstance(code, list) else str(code)
            self._add(lang, "cur", [word], value)
        for word, mult in (data.get("magnitudes") or {}).items():
            self._add(lang, "mag", [word], int(mult))
        # "₹25T": a magnitude read only right after a currency sign ("7.5t" is tonnes)
        self._add(lang, "mag_sign", data.get("magnitudes_after_sign") or ())
        # "3 mil e 500": the word joining a smaller number to a magnitude word (3 500)
        self._add(lang, "mag_and", data.get("magnitude_and") or ())
        for word, code in (data.get("market_words") or {}).items():  # "+ super": Australia
            self._add(lang, "market", [word], str(code).upper())
        for word, code in (data.get("currency_hints") or {}).items():
            self._add(lang, "cur_hint", [word], str(code))
        for period, words in (data.get("periods") or {}).items():
            self._add(lang, "per", words, str(period))
        for span, words in (data.get("period_spans") or {}).items():  # "bi-weekly": see periods.yaml
            self._add(lang, "per", words, str(span))
        for section, roles in _SUB_ROLES.items():
            sub = data.get(section) or {}
            for name, role in roles.items():
                self._add(lang, role, sub.get(name) or ())
        for name, role in _FLAG_ROLES.items():
            self._add(lang, role, data.get(name) or ())
        self._add(lang, "payments", data.get("payments") or ())
        for word, count in (data.get("payments_named") or {}).items():  # "tredicesima": 13
            self._add(lang, "payments_named", [word], int(count))
        for template in data.get("payment_ranks") or ():  # "13e mois": a rank, and a count too
            entry = Entry(str(template).lower())
            entry.add("payments", lang, True)
            entry.add("payment_rank", lang, True)
            self.templates.append(entry)
        self._add(lang, "payments_monthly", data.get("payments_monthly") or ())

    def _add_cldr(self, cldr: dict[str, Any]) -> None:
        for locale, names in (cldr.get("currency_names") or {}).items():
            lang = locale.split("_")[0]
            for name, code in names.items():
                if code in self.iso_codes and not _DIGIT_OR_PAREN(name):
                    self._entry(name).add("cur", lang, code)
        for symbol, codes in (cldr.get("currency_symbols") or {}).items():
            # single letters and bare capitals ("R", "UM") are too ambiguous to read as money
            if _SHORT_CAPITALS(symbol):
                if len(symbol) == 2:  # "DT", "DA": read in capitals right after an amount only
                    self.symbols[symbol.lower()] = tuple(codes)
                    entry = Entry(symbol.lower())
                    entry.add("cur", "cldr", symbol.lower())
                    self.capital_symbols[symbol] = entry
                continue
            self.symbols[symbol.lower()] = tuple(codes)
            self._entry(symbol).add("cur", "cldr", symbol.lower())
        for locale, words in (cldr.get("compact_magnitudes") or {}).items():
            lang = locale.split("_")[0]
            for word, mult in words.items():
                if len(word) > 1 or not word.isascii() or word.lower() in ("k", "m", "l"):
                    self._entry(word).add("mag", lang, int(mult))

    def _inherit_roles(self) -> None:
        """Give phrases the gross/net/statistic meaning of their words ("brutto / mies.").

        Compound pay words take the gross/net meaning of a word of their language written
        inside them ("Jahresbruttogehalt" holds "brutto").
        """
        flags = [
            (key, role, lang, value)
            for key, entry in self.entries.items()
            if len(key) >= 5 and key.isalpha()
            for role in ("gross", "net")
            for lang, value in entry.roles.get(role, {}).items()
        ]
        for key, entry in self.entries.items():
            if len(key) < 8 or not key.isalpha() or not entry.roles.keys() & {"per", "salary"}:
                continue
            for word, role, lang, value in flags:
                if word != key and word in key and lang in entry.langs_of(("per", "salary")):
                    entry.add(role, lang, value)
        for key, entry in list(self.entries.items()):
            parts = [p for p in _PARTS(key) if p and p != key]
            if not parts:
                continue
            # scraper labels ("RAL:", "Salary:") keep the meaning of the words they hold
            only_noise = entry.roles.keys() <= {"noise", "glue"}
            # a phrase of noise words names no period: "en horaire journée" is a work schedule;
            # nor does a name of other pay: "annual leave loading" is no yearly pay
            schedule = (only_noise and " " in key) or "other" in entry.roles
            for part in parts:
                inner = self.entries.get(part)
                if inner is None:
                    continue
                # a sign that is money and magnitude at once keeps both: "k€/año" is 1000 €
                money_mag = inner.roles.keys() >= {"mag", "cur"}
                for role, by_lang in inner.roles.items():
                    if schedule and role == "per":
                        continue
                    if role in _INHERITED or (only_noise and role in _LABEL_ROLES) or (
                        role == "mag" and money_mag
                    ):
                        for lang, value in by_lang.items():
                            entry.add(role, lang, value)

    def _add_unaccented(self) -> None:
        """Let negotiable phrases match when scrapers or typists drop their accents.

        "a negocier", "A négocier" and "segun valia" are common spellings of "à négocier" and
        "según valía": a negotiable phrase written with accented Latin letters also answers to
        its spellings with some or all accents dropped, unless that spelling is an entry of its
        own. Only those phrases: a short word loses its meaning without its accents ("mês" is
        the month, "mes" the French "my"; "medianą" is Polish, "mediana" a Spanish adjective).
        """
        for key, entry in list(self.entries.items()):
            if not entry.roles.keys() & _FOLDED_ROLES:
                continue
            for spelling in _unaccented(key):
                self.entries.setdefault(spelling, entry)

    def _compile(self) -> None:
        """Index the entries and templates by their atoms.

        Text is cut into atoms (a number, a run of letters, or one other character: each CJK
        character is an atom; spaces only separate atoms), so entries can only match whole
        words: "EUR" never matches inside "ingénieurs". Entries are looked up atom by atom in a
        trie of dicts, longest match first. In templates, "{n}" is an atom matching a small count.
        """
        for entry in self.entries.values():
            entry.freeze()
            entry.sole_currency = self._sole_currency(entry)
        for entry in [*self.templates, *self.capital_symbols.values()]:
            entry.freeze()
            entry.sole_currency = self._sole_currency(entry)
        self.iso_keys = frozenset(code.lower() for code in self.iso_codes)
        # the first words of the negotiable markers, read after a camel-case joint
        self.camel_heads = frozenset(
            _split(key)[0]
            for key, entry in self.entries.items()
            if entry.roles.keys() & _FOLDED_ROLES and _split(key)
        )
        self.index: dict[tuple[str, ...], Entry] = {}
        self.template_keys: set[tuple[str, ...]] = set()
        keyed = [(_split(key), entry) for key, entry in self.entries.items()]
        for entry in self.templates:
            # "{n}" is an atom; the spaces around it may be written or not ("x14", "x 14")
            before, _, after = entry.key.partition("{n}")
            spellings = {
                (before.rstrip() + b if before.strip() else "") + "0" + (a + after.lstrip() if after.strip() else "")
                for b in ("", " ")
                for a in ("", " ")
            }
            for spelling in spellings:
                atoms = tuple(a.replace("0", _N) if a.strip() == "0" else a for a in _split(spelling))
                self.template_keys.add(atoms)
                keyed.append((atoms, entry))
        for atoms, entry in keyed:
            if not atoms:
                continue
            self.index.setdefault(atoms, entry)
        # the same entries as a trie of atoms, walked atom by atom by the tokenizer
        self.trie: dict[str, _Node] = {}
        for atoms, entry in self.index.items():
            level, node = self.trie, None
            for atom in atoms:
                node = level.get(atom)
                if node is None:
                    node = level[atom] = _Node()
                level = node.next
            if node is not None:
                node.entry, node.template = entry, atoms in self.template_keys

    def _sole_currency(self, entry: Entry) -> str | None:
        """The ISO code of the one currency ``entry`` names ("R$", "zł"), or None ("$", "kr")."""
        by_lang = entry.roles.get("cur")
        if by_lang is None:
            return None
        codes: set[str] = set()
        for value in by_lang.values():
            if isinstance(value, tuple):
                codes.update(value)
            else:
                codes.update(self.symbols.get(value, (value,)))
        return codes.pop() if len(codes) == 1 else None

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
        >>> show("15-25Kx13薪")
        [('num', '15'), ('word', '-'), ('num', '25'), ('word', 'K'), ('count', '13薪')]
        >>> show("30-35kEUR"), show("45kCZK")
        ([('num', '30'), ('word', '-'), ('num', '35'), ('word', 'kEUR')], [('num', '45'), ('word', 'k'), ('iso', 'CZK')])
        """
        lower = text.lower()
        if len(lower) != len(text):  # a few characters lower-case to two ("İ")
            lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        # "a yearFull-time": end before "Full" (_CAMEL_PAIR first: a plain pair of letters is a
        # search many times cheaper than _CAMEL's look-behind, and it finds none in most texts)
        marks: list[int] = (
            [m.end() for m in _CAMEL.finditer(text)]
            if lower != text and _CAMEL_PAIR(text) is not None
            else []
        )
        if marks:  # each capital that starts a glued word becomes a mark (one scan, no list of chars)
            parts: list[str] = []
            last = 0
            for mark in marks:
                parts.append(lower[last:mark])
                parts.append("\x03")
                last = mark + 1
            parts.append(lower[last:])
            atoms = _rejoin_camels(_cut_atoms("".join(parts)), lower, self.camel_heads, self.trie)
        else:
            atoms = _cut_atoms(lower)
        tokens: list[Token] = []
        # no bound methods kept in locals (tokens.append, trie.get): compiled by mypyc, a call of
        # the method itself is a direct C call, a call of a bound method a generic one
        trie = self.trie
        iso_keys = self.iso_keys
        n = len(atoms)
        last = n - 1
        i = 0
        # The hot paths below are written out in place (no helper calls): most atoms start no
        # entry, or an entry of one atom that the next atom does not continue.
        capital_symbols = self.capital_symbols
        while i < n:
            start, end, kind, atom, look, _ = atoms[i]
            if kind == "w" and end - start == 2 and tokens and tokens[-1].kind == "num":
                # "1200 DT", "45 000 DA": a currency symbol of two capitals after an amount
                symbol = capital_symbols.get(text[start:end])
                if (
                    symbol is not None
                    and not text[tokens[-1].end : start].strip()
                    and not text[end : end + 2].strip()[:1].isdigit()  # "2024 UM 5,5 PROZENT": a word
                ):
                    tokens.append(Token(start, end, "word", symbol))
                    i += 1
                    continue
            node = trie.get(look)
            if look is atom:  # not a small number (whose lookup form is the count of a template)
                if node is None:  # the common case: no entry starts with this atom
                    if kind == "n":
                        tokens.append(Token(start, end, "num", read_number(atom)))
                    elif kind == "w" and (
                        atom in iso_keys
                        or (tokens and tokens[-1].kind == "num" and tokens[-1].end == start)
                    ):  # an ISO code, or a word right after a number ("45kPLN"): see _unknown_word
                        self._unknown_word(text, atom, start, end, tokens)
                    i += 1
                    continue
                following = node.next
                if following and i != last:
                    # _continues, written out: the next atom in its lookup form, or a small
                    # number as written (look differs from the text only for small numbers)
                    nxt = atoms[i + 1]
                    longer = nxt[5] in following or (
                        nxt[4] is not nxt[3]
                        and (" " + nxt[3] if nxt[5] is not nxt[4] else nxt[3]) in following
                    )
                else:
                    longer = False
                if not longer:  # an entry of one atom, or none
                    entry = node.entry
                    if (
                        entry is not None
                        and (
                            end - start != 3
                            or entry.mask & _MAG_CUR != _MAG_BIT
                            or atom not in iso_keys
                            or not text[start:end].isupper()
                        )  # "50.000 DZD": an ISO code in capitals, not the Dutch "dzd" (duizend)
                        and (
                            kind != "w"
                            or end - start > 2
                            or not text[start:end].isupper()  # the first test of _capitals, cheaper
                            or not _capitals(text, start, end, kind, entry, tokens)
                        )
                        and (
                            kind != "o"
                            or not "\uac00" <= atom <= "\ud7a3"
                            or not _inside_hangul_word(atoms, i, entry)
                        )
                    ):
                        tokens.append(Token(start, end, "word", entry))
                    elif kind == "n":
                        tokens.append(Token(start, end, "num", read_number(atom)))
                    elif kind == "w":
                        self._unknown_word(text, atom, start, end, tokens)
                    i += 1
                    continue
                other = None
                found_entry, found_end, template = self._walk(atoms, i, node)
            else:
                other = trie.get(atom)  # a count is also a number
                if i != last:
                    nxt = atoms[i + 1]
                    # _continues written out, as above (node: the count of a template, "{n}薪")
                    following = node.next if node is not None else {}
                    longer = (
                        nxt[5] in following
                        or (
                            nxt[4] is not nxt[3]
                            and (" " + nxt[3] if nxt[5] is not nxt[4] else nxt[3]) in following
                        )
                        or (other is not None and nxt[5] in other.next)
                    )
                else:
                    longer = False
                if not longer:
                    entry = node.entry if node is not None else None
                    if entry is None and other is not None:
                        entry = other.entry
                    if entry is not None and (
                        kind != "w" or end - start > 2 or not _capitals(text, start, end, kind, entry, tokens)
                    ) and (kind != "o" or not _inside_hangul_word(atoms, i, entry)):
                        tokens.append(Token(start, end, "word", entry))
                    else:  # a small number that opens no template ("15" in "15-25K")
                        tokens.append(Token(start, end, "num", read_number(atom)))
                    i += 1
                    continue
                # _longest from the nodes already found: as a count, else as a number ("1日あたり")
                found_entry, found_end, template = (
                    self._walk(atoms, i, node) if node is not None else (None, i, False)
                )
                if found_entry is None and other is not None:
                    found_entry, found_end, template = self._walk(atoms, i, other)
            if found_entry is not None and found_end > i:
                stop = atoms[found_end][1]
                if template:
                    count = next(a[3] for a in atoms[i : found_end + 1] if a[4] == _N)
                    value = int(Decimal(count.replace(",", ".")))
                    if found_entry.mask & _PAYMENT_COUNTS and len(tokens) >= 2:
                        start, value = _count_range(text, tokens, start, value)
                    tokens.append(Token(start, stop, "count", (found_entry, value)))
                else:
                    tokens.append(Token(start, stop, "word", found_entry))
                i = found_end + 1
                continue
            if (
                found_entry is not None
                and not _capitals(text, start, end, kind, found_entry, tokens)
                and not _inside_hangul_word(atoms, i, found_entry)
            ):
                tokens.append(Token(start, end, "word", found_entry))
            elif kind == "n":
                tokens.append(Token(start, end, "num", read_number(atom)))
            elif kind == "w":
                self._unknown_word(text, atom, start, end, tokens)
            i += 1
        if ", " in text and len(tokens) > 2:
            _join_spaced_groups(text, tokens)
        return tokens

    def _longest(
        self, atoms: list[tuple[int, int, str, str, str, str]], i: int, first: str
    ) -> tuple[Entry | None, int, bool]:
        """The longest entry whose atoms start at ``atoms[i]`` (read as ``first``): the entry,
        the index of its last atom, and whether it is a template."""
        node = self.trie.get(first)
        if node is None:
            return None, i, False
        return self._walk(atoms, i, node)

    def _walk(
        self, atoms: list[tuple[int, int, str, str, str, str]], i: int, node: _Node
    ) -> tuple[Entry | None, int, bool]:
        """The longest entry from ``node``, reached at ``atoms[i]``. A small number inside an
        entry is either the count of a template ("sur {n} mois") or written in the entry
        ("per 4 weken"): when both may go on, the longer match wins."""
        found, found_end, template = node.entry, i, node.template
        following = node.next
        j = i + 1
        n = len(atoms)
        while following and j < n:
            atom = atoms[j]
            nxt = following.get(atom[5])
            if atom[2] == "n":
                written = following.get(_as_written(atom))
                if written is not None and written is not nxt:
                    if nxt is not None:  # both go on: try each, keep the longer
                        tried = [r for r in (self._walk(atoms, j, nxt), self._walk(atoms, j, written)) if r[0]]
                        best = max(tried, key=lambda r: r[1], default=None)
                        if best is not None and (found is None or best[1] > found_end):
                            return best
                        return found, found_end, template
                    nxt = written
            if nxt is None:
                break
            if nxt.entry is not None:
                found, found_end, template = nxt.entry, j, nxt.template
            following = nxt.next
            j += 1
        return found, found_end, template

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
            if rest == "x" and text[end : end + 1].isdigit():  # "15-25Kx13薪": times the payments
                tokens.append(Token(start, start + cut, "word", head))
                return
            tail = self.index.get((rest,))
            if tail is not None and "cur" in tail.roles:
                tokens.append(Token(start, start + cut, "word", head))
                tokens.append(Token(start + cut, end, "word", tail))
                return
            if rest in self.iso_keys and text[start + cut : end].isupper():
                tokens.append(Token(start, start + cut, "word", head))
                tokens.append(Token(start + cut, end, "iso", rest.upper()))
                return
        # "26000–36000złbrutto/mies." (pracuj.pl, spaces dropped): a currency glued to a gross or
        # net word, right after a number
        for cut in range(1, min(5, len(atom) - 3)):
            head = self.index.get((atom[:cut],))
            if head is None or "cur" not in head.roles:
                continue
            tail = self.index.get((atom[cut:],))
            if tail is not None and ("gross" in tail.roles or "net" in tail.roles):
                tokens.append(Token(start, start + cut, "word", head))
                tokens.append(Token(start + cut, end, "word", tail))
                return


_FOLDED_ROLES: Final = frozenset({"neg", "neg_alone"})  # entries that also match without accents
_FOLD: Final = {"ł": "l", "ø": "o", "ё": "е", "đ": "d"}  # letters NFD does not take apart


def _fold(char: str) -> str:
    """``char`` without its accent when it is an accented Latin letter, else ``char``.

    >>> _fold("é"), _fold("ł"), _fold("ё"), _fold("й"), _fold("€")
    ('e', 'l', 'е', 'й', '€')
    """
    if char in _FOLD:
        return _FOLD[char]
    if char.isascii() or not char.isalpha():
        return char
    base = unicodedata.normalize("NFD", char)[0]
    return base if base.isascii() else char


def _unaccented(key: str) -> list[str]:
    """The spellings of ``key`` with some or all of its accents dropped (not ``key`` itself).

    Every combination when the key has at most three accented letters, else only the fully
    unaccented spelling.

    >>> _unaccented("à négocier")
    ['a négocier', 'à negocier', 'a negocier']
    >>> _unaccented("zł"), _unaccented("brutto")
    (['zl'], [])
    """
    places = [i for i, c in enumerate(key) if _fold(c) != c]
    if not places:
        return []
    if len(places) > 3:
        return ["".join(_fold(c) for c in key)]
    out = []
    for mask in range(1, 1 << len(places)):
        chars = list(key)
        for bit, place in enumerate(places):
            if mask >> bit & 1:
                chars[place] = _fold(chars[place])
        out.append("".join(chars))
    return out


def _split(key: str) -> tuple[str, ...]:
    """A lexicon key as atoms; an atom written after a space carries a leading space.

    >>> _split("brutto / mies."), _split("年収"), _split("a $"), _split("a$")
    (('brutto', ' /', ' mies', '.'), ('年', '収'), ('a', ' $'), ('a', '$'))
    """
    out: list[str] = []
    spaced = False
    for space, num, word, run, _rc, numeral, other in _SPACED_ATOM.findall(key):
        if space or run:
            spaced = True
        atom = word or num or other
        if atom:
            out.append((" " + atom) if spaced and out else atom)
            spaced = False
        elif numeral:  # lexicon keys keep Chinese numerals as characters
            out.extend((" " + c) if spaced and out and i == 0 else c for i, c in enumerate(numeral))
            spaced = False
    return tuple(out)


_LOCK: Final = threading.Lock()


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


_BUILT: Final[list[Lexicon]] = []


def get_lexicon() -> Lexicon:
    """The compiled lexicon of all languages (built on first use, then shared)."""
    if _BUILT:
        return _BUILT[0]
    with _LOCK:
        if not _BUILT:
            _BUILT.append(_build())
    return _BUILT[0]
