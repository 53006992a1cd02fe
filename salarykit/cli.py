"""The ``salarykit`` command line (also ``python -m salarykit``).

Commands::

    salarykit parse "15-25K·13薪"                 # one phrase, or one per line on stdin
    salarykit extract article.txt --csv          # every salary in documents
    salarykit convert "100 000 yuans/mois" --to USD --on 2025-02-10 --period year
    salarykit compare "100 000 yuans/mois" --reference us-ai-engineer-entry-2024 --basis ppp
    salarykit report                             # the seed articles, normalized and compared

Everything runs offline on the data embedded in the package. Results go to stdout; errors go
to stderr with exit status 1 (2 for a wrong command line).
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import datetime as dt
import html
import io
import json
import os
import pathlib
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from decimal import ROUND_HALF_EVEN, Decimal
from typing import TYPE_CHECKING, Any, TextIO

from ._errors import SalarykitError

if TYPE_CHECKING:  # pragma: no cover
    from ._compare import Comparison
    from ._market import MarketData, Reference
    from ._models import Salary

__all__ = ["main"]

PROG = "salarykit"
REPORT_CURRENCY = "USD"
REPORT_PERIOD = "year"


class CommandError(SalarykitError, ValueError):
    """A command cannot do what was asked (bad file, nothing to read…); exit status 1."""


# ============================================================================ formatting
def _width(text: str) -> int:
    """Columns taken on a terminal: East-Asian wide characters take two.

    >>> _width("abc"), _width("年薪"), _width("€")
    (3, 4, 1)
    """
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _clip(text: str, limit: int) -> str:
    """Cut ``text`` to ``limit`` columns with an ellipsis."""
    text = " ".join(text.split())
    if _width(text) <= limit:
        return text
    out, used = "", 0
    for c in text:
        w = _width(c)
        if used + w > limit - 1:
            break
        out, used = out + c, used + w
    return out + "…"


def table(headers: Sequence[str], rows: Iterable[Sequence[str]], *, right: Iterable[str] = ()) -> str:
    """An aligned plain-text table (numbers right-aligned in the ``right`` columns).

    >>> print(table(["a", "amount"], [["x", "1,000"], ["年薪", "20"]], right={"amount"}))
    a     amount
    ----  ------
    x      1,000
    年薪      20
    """
    rows = [list(r) for r in rows]
    aligned = set(right)
    widths = [max([_width(h)] + [_width(r[i]) for r in rows]) for i, h in enumerate(headers)]

    def line(cells: Sequence[str]) -> str:
        out = []
        for i, cell in enumerate(cells):
            pad = " " * (widths[i] - _width(cell))
            out.append(pad + cell if headers[i] in aligned else cell + pad)
        return "  ".join(out).rstrip()

    parts = [line(headers), "  ".join("-" * w for w in widths)]
    parts.extend(line(r) for r in rows)
    return "\n".join(parts)


def _amount(value: Decimal | None, places: int = 0) -> str:
    """An amount rounded for display only.

    >>> _amount(Decimal("1234567.891")), _amount(Decimal("11.655"), 2), _amount(None)
    ('1,234,568', '11.66', '')
    """
    if value is None:
        return ""
    quantum = Decimal(1).scaleb(-places)
    return f"{value.quantize(quantum, rounding=ROUND_HALF_EVEN):,f}"


def _range(salary: Salary | None, places: int = 0) -> str:
    """A salary's amounts rounded for display, open bounds written ≥ / ≤.

    >>> from salarykit import Salary
    >>> _range(Salary(low=Decimal("700000.4"), high=Decimal("1200000")))
    '700,000–1,200,000'
    >>> _range(Salary(high=Decimal("100000"), approximate=True))
    '~≤ 100,000'
    """
    if salary is None:
        return ""
    low, high = salary.low, salary.high
    if low is None and high is None:
        text = "negotiable" if salary.negotiable else "?"
    elif low is None:
        text = f"≤ {_amount(high, places)}"
    elif high is None:
        text = f"≥ {_amount(low, places)}"
    elif _amount(low, places) == _amount(high, places):
        text = _amount(low, places)
    else:
        text = f"{_amount(low, places)}–{_amount(high, places)}"
    return ("~" + text) if salary.approximate else text


def _reading(salary: Salary) -> str:
    """The salary as read: amounts, currency, period, payments, with inferred fields starred."""
    parts = [_range(salary, 2 if _has_cents(salary) else 0)]
    if salary.currency:
        parts.append(salary.currency + ("*" if "currency" in salary.inferred else ""))
    if salary.period is not None:
        parts.append("/" + salary.period.value + ("*" if "period" in salary.inferred else ""))
    if salary.payments_per_year:
        parts.append(f"×{salary.payments_per_year}")
    if salary.statistic:
        parts.append(f"({salary.statistic})")
    return " ".join(parts)


def _has_cents(salary: Salary) -> bool:
    return any(v is not None and v != v.to_integral_value() for v in (salary.low, salary.high))


def _ratio(value: Any) -> str:
    if value is None:
        return ""
    return f"{Decimal(str(value)).quantize(Decimal('0.01')):f}×"


def _salary_record(salary: Salary) -> dict[str, Any]:
    """A JSON-ready record: amounts as exact decimal strings, like ``Salary.model_dump_json``."""
    data: dict[str, Any] = json.loads(salary.model_dump_json())
    data["inferred"] = sorted(salary.inferred)
    return data


def _write_csv(out: TextIO, headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(headers)
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])


# ============================================================================ commands
def _hints(args: argparse.Namespace) -> dict[str, Any]:
    return {"lang": args.lang, "country": args.country, "currency": args.currency}


def _parse(text: str, args: argparse.Namespace) -> Salary:
    from ._parse import parse

    salary: Salary = parse(text, **_hints(args))
    return salary


def cmd_parse(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Read one phrase, or one phrase per line of stdin."""
    if args.phrase is not None and args.phrase != "-":
        phrases = [args.phrase]
    else:
        phrases = [line.rstrip("\r\n") for line in sys.stdin]
        phrases = [p for p in phrases if p.strip()]
    failed = 0
    rows: list[list[str]] = []
    read: dict[str, Salary | SalarykitError] = {}  # files of phrases repeat: read each once
    for phrase in phrases:
        if phrase not in read:
            try:
                read[phrase] = _parse(phrase, args)
            except SalarykitError as exc:
                read[phrase] = exc
        try:
            known = read[phrase]
            if isinstance(known, SalarykitError):
                raise known
            salary = known
        except SalarykitError as exc:
            failed += 1
            if args.jsonl:
                out.write(json.dumps({"input": phrase, "error": str(exc)}, ensure_ascii=False) + "\n")
            else:
                rows.append([_clip(phrase, 40), "", "", "", "", "", "", str(exc)])
            if len(phrases) == 1:
                err.write(f"{PROG}: cannot read a salary: {exc}\n")
            continue
        if args.jsonl:
            record = {"input": phrase, **_salary_record(salary), "error": None}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            continue
        flags = [
            name
            for name, on in (
                ("approximate", salary.approximate),
                ("negotiable", salary.negotiable),
                ("gross", salary.gross is True),
                ("net", salary.gross is False),
            )
            if on
        ]
        if salary.statistic:
            flags.append(salary.statistic)
        rows.append([
            _clip(phrase, 40),
            _range(salary, 2 if _has_cents(salary) else 0),
            salary.currency or "",
            salary.period.value if salary.period else "",
            str(salary.payments_per_year or ""),
            ",".join(flags),
            ",".join(sorted(salary.inferred)),
            "",
        ])  # fmt: skip
    if not args.jsonl and rows:
        headers = ["input", "amount", "currency", "period", "payments", "flags", "inferred", "error"]
        out.write(table(headers, rows, right={"amount"}) + "\n")
    if failed and len(phrases) > 1:
        err.write(f"{PROG}: {failed} of {len(phrases)} lines could not be read\n")
    return 1 if failed else 0


# ---------------------------------------------------------------------------- extract
@dataclasses.dataclass
class _Found:
    """One salary found in a document, with what the text says about it."""

    source: str
    salary: Salary
    phrase: str
    about: str | None = None
    kind: str | None = None
    when: str | None = None
    place: str | None = None
    country: str | None = None
    sentence: str | None = None


def _text_of(value: Any) -> str | None:
    if value is None:
        return None
    return str(value)


def _extract_text(text: str, source: str, args: argparse.Namespace) -> list[_Found]:
    from ._extract import extract

    found = []
    for mention in extract(text, **_hints(args)):
        salary = mention.salary
        span = salary.span
        phrase = text[span[0] : span[1]] if span else salary.text
        found.append(
            _Found(
                source=source,
                salary=salary,
                phrase=" ".join(phrase.split()),
                about=_text_of(getattr(mention, "about", None)),
                kind=_text_of(getattr(mention, "kind", None)),
                when=_text_of(getattr(mention, "when", None)),
                place=_text_of(getattr(mention, "place", None)),
                country=_text_of(getattr(mention, "country", None)),
                sentence=_text_of(getattr(getattr(mention, "sentence", None), "text", None)),
            )
        )
    return found


def _read_document(name: str) -> str:
    if name == "-":
        return sys.stdin.read()
    path = pathlib.Path(name)
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise CommandError(f"no such file: {name}") from exc
    except IsADirectoryError as exc:
        raise CommandError(f"{name} is a directory; give the files in it") from exc
    except UnicodeDecodeError as exc:
        raise CommandError(f"{name} is not UTF-8 text") from exc


EXTRACT_COLUMNS = (
    "source", "start", "end", "phrase", "low", "high", "currency", "period",
    "payments_per_year", "approximate", "statistic", "inferred", "kind", "about", "when", "place",
)  # fmt: skip


def _found_row(f: _Found) -> list[Any]:
    s = f.salary
    start, end = s.span if s.span else (None, None)
    return [
        f.source, start, end, f.phrase,
        None if s.low is None else f"{s.low:f}", None if s.high is None else f"{s.high:f}",
        s.currency, s.period.value if s.period else None, s.payments_per_year,
        s.approximate, s.statistic, ";".join(sorted(s.inferred)),
        f.kind, f.about, f.when, f.place,
    ]  # fmt: skip


def cmd_extract(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Every salary in the given documents."""
    found: list[_Found] = []
    for name in args.files:
        found.extend(_extract_text(_read_document(name), "<stdin>" if name == "-" else name, args))
    if args.csv:
        _write_csv(out, EXTRACT_COLUMNS, (_found_row(f) for f in found))
    elif args.jsonl:
        for f in found:
            record = {
                "source": f.source, "phrase": f.phrase, **_salary_record(f.salary),
                "kind": f.kind, "about": f.about, "when": f.when, "place": f.place,
            }  # fmt: skip
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    elif found:
        rows = [
            [pathlib.Path(f.source).name, _clip(f.phrase, 38), _reading(f.salary),
             f.kind or "", _clip(f.about or "", 34)]
            for f in found
        ]  # fmt: skip
        out.write(table(["source", "phrase", "reading", "kind", "about"], rows) + "\n")
    if not found:
        err.write(f"{PROG}: no salary found in {', '.join(args.files)}\n")
    return 0


# ---------------------------------------------------------------------------- convert
def _normalize(
    salary: Salary,
    *,
    to: str | None,
    period: str | None,
    worktime: str | None,
    on: dt.date | None,
    ppp: bool,
    ppp_year: int | None,
    country: str | None,
) -> Salary:
    if period is not None:
        salary = salary.to_period(period, worktime=worktime)
    if ppp:
        salary = salary.to_ppp(ppp_year, country=country)
    if to is not None:
        salary = salary.convert(to, on=on)
    return salary


def cmd_convert(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Normalize one salary: period, currency at market rate, or PPP."""
    if args.to is None and not args.ppp and args.period is None:
        raise CommandError("say what to convert to: --to CURRENCY, --ppp and/or --period PERIOD")
    salary = _parse(args.phrase, args)
    result = _normalize(
        salary, to=args.to, period=args.period, worktime=args.worktime, on=args.on,
        ppp=args.ppp, ppp_year=args.ppp_year, country=args.country,
    )  # fmt: skip
    if args.jsonl:
        record = {"input": args.phrase, "read": _salary_record(salary), **_salary_record(result)}
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        return 0
    out.write(f"{args.phrase}\n  read as    {_reading(salary)}\n  becomes    {_reading(result)}\n")
    _write_assumptions(out, _assumptions([salary, result]))
    return 0


def _assumptions(salaries: Iterable[Salary]) -> list[str]:
    """Every distinct assumption behind some salaries: inferred fields and normalization steps."""
    seen: dict[str, None] = {}
    for s in salaries:
        for step in s.provenance:
            seen.setdefault(str(step), None)
    return list(seen)


def _write_assumptions(out: TextIO, lines: Sequence[str], title: str = "Assumptions") -> None:
    if not lines:
        return
    out.write(f"\n{title}:\n")
    for i, line in enumerate(lines, 1):
        out.write(f"  [{i}] {line}\n")


# ---------------------------------------------------------------------------- compare
def _load_references(path: str | None) -> MarketData:
    from ._market import MarketData

    if path is None:
        return MarketData.builtin()
    if not pathlib.Path(path).is_file():
        raise CommandError(f"no such reference table: {path}")
    return MarketData.from_json(path) if path.endswith(".json") else MarketData.from_csv(path)


def _compare_fields(comparison: Comparison) -> tuple[Decimal, str]:
    """(ratio of midpoints, one-line verdict) of a Comparison."""
    return comparison.ratio, comparison.verdict


def cmd_compare(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Compare a salary with a reference, another salary, or the built-in table."""
    from ._compare import compare

    salary = _parse(args.phrase, args)
    targets: list[tuple[str, Any]]
    market = _load_references(args.references)
    if args.against is not None:
        targets = [(args.against, _parse(args.against, args))]
    elif args.reference is not None:
        try:
            targets = [(args.reference, market.get(args.reference))]
        except (KeyError, LookupError) as exc:
            ids = ", ".join(r.id or "?" for r in market)
            raise CommandError(f"no reference {args.reference!r}; known: {ids}") from exc
    elif args.role is not None:
        best = market.best_match(args.role, country=args.country)
        if best is None:
            raise CommandError(f"no reference matches {args.role!r}")
        targets = [(best.id or best.describe(), best)]
    else:
        targets = [(r.id or r.describe(), r) for r in market]
    rows: list[list[str]] = []
    notes: list[str] = []
    for name, target in targets:
        comparison = compare(salary, target, basis=args.basis, on=args.on, worktime=args.worktime,
                             lang=args.verdict_lang)  # fmt: skip
        ratio, verdict = _compare_fields(comparison)
        rows.append([_clip(name, 40), _ratio(ratio), _clip(verdict, 60)])
        notes.extend(str(a) for a in comparison.assumptions)
    out.write(f"{args.phrase}  →  {_reading(salary)}   (basis: {args.basis})\n\n")
    out.write(table(["reference", "ratio", "verdict"], rows, right={"ratio"}) + "\n")
    _write_assumptions(out, list(dict.fromkeys(notes)))
    return 0


# ----------------------------------------------------------------------------- report
@dataclasses.dataclass
class Versus:
    """A salary compared with one baseline reference, at market rates and at PPP."""

    reference: Reference
    market: Any = None  # Comparison at market rates (None when it could not be made)
    ppp: Any = None  # Comparison at purchasing-power parity
    problem: str | None = None
    same: bool = False  # the salary *is* this reference's figure


@dataclasses.dataclass
class ReportRow:
    """One salary of the report: as found, per year in the report's money and in PPP dollars,
    and against each baseline reference."""

    found: _Found
    market: Salary | None = None
    ppp: Salary | None = None
    versus: list[Versus] = dataclasses.field(default_factory=list)
    problem: str | None = None


def _repo_root() -> pathlib.Path:
    return pathlib.Path(__file__).resolve().parent.parent


def find_seed_dir(cwd: pathlib.Path | None = None) -> pathlib.Path | None:
    """``shared/seeds`` beside the current directory or beside the repository, if present."""
    cwd = cwd or pathlib.Path.cwd()
    for base in (cwd, _repo_root()):
        candidate = base.parent / "shared" / "seeds"
        if candidate.is_dir() and any(candidate.glob("*.txt")):
            return candidate
    return None


def find_catalogue(cwd: pathlib.Path | None = None) -> pathlib.Path | None:
    """The project's seed catalogue ``seeds/catalogue.yaml``, if present."""
    cwd = cwd or pathlib.Path.cwd()
    for base in (cwd, _repo_root()):
        candidate = base / "seeds" / "catalogue.yaml"
        if candidate.is_file():
            return candidate
    return None


def _catalogue_entries(path: pathlib.Path) -> list[dict[str, Any]]:
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if isinstance(data, dict):
        for key in ("salaries", "entries", "figures", "items", "catalogue"):
            if isinstance(data.get(key), list):
                data = data[key]
                break
    if not isinstance(data, list):
        raise CommandError(f"{path}: expected a list of salary entries")
    return [e for e in data if isinstance(e, dict)]


def _from_catalogue(path: pathlib.Path, args: argparse.Namespace) -> list[_Found]:
    """The catalogued phrases, read with the context the catalogue records for each (the
    market country, and the statistic a mean or median figure is, marked inferred)."""
    from ._parse import parse

    found = []
    for entry in _catalogue_entries(path):
        phrase = entry.get("phrase") or entry.get("text")
        if not phrase:
            continue
        raw = entry.get("context")
        context: dict[str, Any] = raw if isinstance(raw, dict) else {}
        hints = {k: context.get(k) or entry.get(k) or getattr(args, k)
                 for k in ("lang", "country", "currency")}  # fmt: skip
        try:
            salary = parse(str(phrase), **hints)
        except SalarykitError:
            continue
        kind = context.get("kind") or entry.get("kind")
        if kind in CENTRAL_STATISTICS and salary.statistic is None:
            salary = salary.model_copy(
                update={"statistic": kind, "inferred": salary.inferred | {"statistic"}}
            )
        found.append(_Found(
            source=str(entry.get("source") or path.name), salary=salary, phrase=str(phrase),
            about=_text_of(context.get("about") or entry.get("refers_to")), kind=_text_of(kind),
            when=_text_of(context.get("when")), place=_text_of(context.get("place")),
            country=_text_of(context.get("country")),
        ))  # fmt: skip
    return found


def _from_references(market: MarketData) -> list[_Found]:
    return [
        _Found(source=r.source or "built-in", salary=r.to_salary(), phrase=str(r),
               about=r.describe(), kind=r.statistic, when=r.date, place=r.place,
               country=r.country)
        for r in market
    ]  # fmt: skip


def _date_of(text: str | None, lang: str | None = None) -> dt.date | None:
    """The middle of the period a figure refers to, when the text says it.

    Reads the reference tables' forms ("2024-H1", "2024-05", "2024") and a month name followed
    by a year in the text's language (CLDR month names through babel: "mai 2024", "June 2023").

    >>> _date_of("2024-H1"), _date_of("mai 2024", "fr"), _date_of("someday")
    (datetime.date(2024, 3, 31), datetime.date(2024, 5, 16), None)
    """
    if not text:
        return None
    from ._market import date_span

    try:
        start, end = date_span(str(text))
    except (ValueError, LookupError):
        words = str(text).lower().split()
        years = [w for w in words if w.isdigit() and len(w) == 4]
        if len(years) != 1:
            return None
        month = _month_number(words, lang)
        try:
            start, end = date_span(f"{years[0]}-{month:02d}" if month else years[0])
        except (ValueError, LookupError):
            return None
    return start + (end - start) / 2


def _month_number(words: Sequence[str], lang: str | None) -> int | None:
    from babel import Locale, UnknownLocaleError
    from babel.dates import get_month_names

    for code in dict.fromkeys([lang or "en", "en"]):
        try:
            locale = Locale.parse(code.replace("-", "_"))
        except (ValueError, UnknownLocaleError):
            continue
        for width in ("wide", "abbreviated"):
            names = {n.lower().rstrip("."): m for m, n in get_month_names(width, locale=locale).items()}
            for word in words:
                if word.rstrip(".") in names:
                    month: int = names[word.rstrip(".")]
                    return month
    return None


def _same_figure(salary: Salary, reference: Reference) -> bool:
    low, high = reference.bounds
    return (salary.currency, salary.period, salary.low, salary.high) == (
        reference.currency, reference.period, low, high,
    )  # fmt: skip


# at most this many baseline columns by default, so the table fits a wide terminal
MAX_BASELINES = 6
CENTRAL_STATISTICS = ("mean", "median")


def choose_baselines(market: MarketData, ids: Sequence[str] | None) -> list[Reference]:
    """The references every salary is compared with: the ones asked for, else the table's
    central market figures (means and medians, not offers), at most :data:`MAX_BASELINES`."""
    if ids:
        chosen = []
        for ref_id in ids:
            try:
                chosen.append(market.get(ref_id))
            except (KeyError, LookupError) as exc:
                known = ", ".join(r.id or "?" for r in market)
                raise CommandError(f"no reference {ref_id!r}; known: {known}") from exc
        return chosen
    central = [r for r in market if r.statistic in CENTRAL_STATISTICS and r.id]
    return central[:MAX_BASELINES]


def build_report(
    found: list[_Found], baselines: Sequence[Reference], args: argparse.Namespace
) -> list[ReportRow]:
    """Every salary per year in ``args.to`` (ECB rate) and in PPP dollars, then against each
    baseline at market rates and at PPP."""
    from ._compare import compare

    rows = []
    for f in found:
        row = ReportRow(found=f)
        rows.append(row)
        if not f.salary.has_amount:
            row.problem = "no amount to normalize"
            continue
        on = args.on or _date_of(f.when, f.salary.lang)
        try:
            yearly = f.salary.to_period(REPORT_PERIOD, worktime=args.worktime)
            row.market = yearly.convert(args.to, on=on)
            row.ppp = yearly.to_ppp(args.ppp_year or (on.year if on else None))
        except (SalarykitError, ValueError, LookupError) as exc:
            row.problem = str(exc)
            continue
        for ref in baselines:
            versus = Versus(reference=ref, same=_same_figure(f.salary, ref))
            row.versus.append(versus)
            try:
                versus.market = compare(f.salary, ref, basis="market", on=args.on,
                                        worktime=args.worktime, currency=args.to)  # fmt: skip
                versus.ppp = compare(f.salary, ref, basis="ppp", worktime=args.worktime,
                                     ppp_year=args.ppp_year)  # fmt: skip
            except (SalarykitError, ValueError, LookupError) as exc:
                versus.problem = str(exc)
    return rows


FOUND_HEADERS = ("#", "source", "phrase", "read as", "per year, {to} (ECB)", "per year, PPP int$", "notes")


def _found_cells(i: int, row: ReportRow, notes: dict[str, int], to: str) -> list[str]:
    f = row.found
    marks = []
    for s in (row.market, row.ppp):
        for step in s.provenance if s is not None else ():
            marks.append(notes.setdefault(str(step), len(notes) + 1))
    if row.problem:
        marks.append(notes.setdefault(row.problem, len(notes) + 1))
    return [
        str(i),
        _clip(pathlib.Path(f.source).name, 16),
        _clip(f.phrase, 40),
        _reading(f.salary),
        _range(row.market),
        _range(row.ppp),
        ",".join(str(m) for m in sorted(set(marks))),
    ]


def _versus_cell(v: Versus) -> str:
    if v.same:
        return "(itself)"
    if v.market is None or v.ppp is None:
        return "n/a"
    return f"{_ratio(v.market.ratio)} / {_ratio(v.ppp.ratio)}"


def _baselines_of(rows: list[ReportRow]) -> list[Reference]:
    for row in rows:
        if row.versus:
            return [v.reference for v in row.versus]
    return []


def render_text(rows: list[ReportRow], origin: str, to: str = REPORT_CURRENCY) -> str:
    """The report as plain-text tables with the assumptions listed under them."""
    notes: dict[str, int] = {}
    headers = [h.format(to=to) for h in FOUND_HEADERS]
    cells = [_found_cells(i, r, notes, to) for i, r in enumerate(rows, 1)]
    buf = io.StringIO()
    buf.write(f"salarykit report — {len(rows)} salaries from {origin}\n\n")
    buf.write(table(headers, cells, right={"#", headers[4], headers[5]}) + "\n")
    buf.write("\n  * inferred from the context, not written in the phrase; amounts rounded for display\n")
    baselines = _baselines_of(rows)
    if baselines:
        names = [f"[{chr(ord('A') + k)}]" for k in range(len(baselines))]
        versus_rows = [
            [str(i), _clip(r.found.phrase, 32), *(_versus_cell(v) for v in r.versus)]
            for i, r in enumerate(rows, 1)
            if r.versus
        ]
        buf.write("\nCompared with market figures: salary ÷ reference, per year, "
                  "at market rates / at PPP\n\n")  # fmt: skip
        buf.write(table(["#", "phrase", *names], versus_rows, right=set(names)) + "\n\n")
        for name, ref in zip(names, baselines, strict=True):
            buf.write(f"  {name} {ref.id}: {_clip(str(ref), 110)}\n")
        buf.write(
            "\n  Market rates: ECB reference rates at the middle of the reference's period; PPP:\n"
            "  World Bank factors of the reference's year; open ranges count at their known end.\n"
            "  Every comparison's own assumptions are in the --csv output.\n"
        )
    _write_assumptions(buf, list(notes), title="Assumptions (see the notes column)")
    return buf.getvalue()


def render_csv(rows: list[ReportRow], to: str = REPORT_CURRENCY) -> str:
    """The report as CSV with exact amounts (no display rounding) and every assumption."""
    buf = io.StringIO()
    baselines = _baselines_of(rows)
    unit = to.lower()
    headers = [
        "source", "phrase", "low", "high", "currency", "period", "payments_per_year", "inferred",
        "about", "kind", "when", f"{unit}_year_low", f"{unit}_year_high", "ppp_year_low",
        "ppp_year_high", "assumptions", "problem",
    ]  # fmt: skip
    for ref in baselines:
        headers += [f"ratio_market:{ref.id}", f"ratio_ppp:{ref.id}", f"assumptions:{ref.id}"]

    def num(value: Any) -> str | None:
        return None if value is None else f"{value:f}"

    def body() -> Iterable[list[Any]]:
        for r in rows:
            s = r.found.salary
            steps = [*(r.market.provenance if r.market else ()), *(r.ppp.provenance if r.ppp else ())]
            line = [
                r.found.source, r.found.phrase, num(s.low), num(s.high), s.currency,
                s.period.value if s.period else None, s.payments_per_year,
                ";".join(sorted(s.inferred)), r.found.about, r.found.kind, r.found.when,
                num(r.market.low) if r.market else None, num(r.market.high) if r.market else None,
                num(r.ppp.low) if r.ppp else None, num(r.ppp.high) if r.ppp else None,
                " | ".join(dict.fromkeys(str(p) for p in steps)), r.problem,
            ]  # fmt: skip
            by_id = {v.reference.id: v for v in r.versus}
            for ref in baselines:
                v = by_id.get(ref.id)
                if v is None or v.market is None or v.ppp is None:
                    line += [None, None, v.problem if v else None]
                    continue
                said = [str(a) for a in (*v.market.assumptions, *v.ppp.assumptions)]
                line += [num(v.market.ratio), num(v.ppp.ratio), " | ".join(dict.fromkeys(said))]
            yield line

    _write_csv(buf, headers, body())
    return buf.getvalue()


def render_html(rows: list[ReportRow], origin: str, to: str = REPORT_CURRENCY) -> str:
    """The report as a stand-alone HTML page."""
    notes: dict[str, int] = {}
    esc = html.escape
    headers = [h.format(to=to) for h in FOUND_HEADERS]
    cells = [_found_cells(i, r, notes, to) for i, r in enumerate(rows, 1)]

    def html_table(head: Sequence[str], body_rows: Sequence[Sequence[str]]) -> str:
        top = "".join(f"<th>{esc(h)}</th>" for h in head)
        body = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in body_rows)
        return f"<table><thead><tr>{top}</tr></thead><tbody>{body}</tbody></table>"

    parts = [
        "<!doctype html><html><head><meta charset='utf-8'><title>salarykit report</title>"
        "<style>body{font-family:system-ui,sans-serif}table{border-collapse:collapse}"
        "td,th{padding:2px 8px;border-bottom:1px solid #ddd;text-align:left}</style></head><body>",
        f"<h1>salarykit report</h1><p>{len(rows)} salaries from {esc(origin)}</p>",
        html_table(headers, cells),
        "<p>* inferred from the context, not written in the phrase; amounts rounded for "
        "display.</p>",
    ]
    baselines = _baselines_of(rows)
    if baselines:
        names = [ref.id or "?" for ref in baselines]
        versus_rows = [[str(i), r.found.phrase, *(_versus_cell(v) for v in r.versus)]
                       for i, r in enumerate(rows, 1) if r.versus]  # fmt: skip
        parts.append("<h2>Compared with market figures</h2><p>salary ÷ reference, per year, "
                     "at market rates / at PPP</p>")  # fmt: skip
        parts.append(html_table(["#", "phrase", *names], versus_rows))
        parts.append("<ul>" + "".join(f"<li>{esc(ref.id or '')}: {esc(str(ref))}</li>"
                                      for ref in baselines) + "</ul>")  # fmt: skip
    items = "".join(f"<li value='{n}'>{esc(text)}</li>" for text, n in notes.items())
    parts.append(f"<h2>Assumptions</h2><ol>{items}</ol></body></html>\n")
    return "".join(parts)


def _report_sources(args: argparse.Namespace, market: MarketData) -> tuple[list[_Found], str]:
    if args.files:
        found: list[_Found] = []
        for name in args.files:
            path = pathlib.Path(name)
            files = sorted(path.glob("*.txt")) if path.is_dir() else [path]
            for file in files:
                found.extend(_extract_text(_read_document(str(file)), str(file), args))
        return found, ", ".join(args.files)
    seeds = find_seed_dir()
    if seeds is not None:
        found = []
        for file in sorted(seeds.glob("*.txt")):
            found.extend(_extract_text(file.read_text(encoding="utf-8"), file.name, args))
        return found, f"the seed articles in {seeds}"
    catalogue = find_catalogue()
    if catalogue is not None:
        return _from_catalogue(catalogue, args), f"the seed catalogue {catalogue}"
    return _from_references(market), "the built-in reference table"


def cmd_report(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Extract, normalize and compare every salary of the documents; print the tables."""
    market = _load_references(args.references)
    baselines = choose_baselines(market, args.against)
    found, origin = _report_sources(args, market)
    if not found:
        raise CommandError(f"no salary found in {origin}")
    rows = build_report(found, baselines, args)
    out.write(render_text(rows, origin, args.to))
    if args.csv:
        pathlib.Path(args.csv).write_text(render_csv(rows, args.to), encoding="utf-8")
        err.write(f"{PROG}: wrote {args.csv}\n")
    if args.html:
        pathlib.Path(args.html).write_text(render_html(rows, origin, args.to), encoding="utf-8")
        err.write(f"{PROG}: wrote {args.html}\n")
    return 0


# ============================================================================ arguments
def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from exc


def _currency(text: str) -> str:
    code = text.strip().upper()
    if len(code) != 3 or not code.isalpha():
        raise argparse.ArgumentTypeError(f"not an ISO 4217 currency code: {text!r}")
    return code


PERIODS = ("hour", "day", "week", "month", "year")


def _add_hints(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("reading hints")
    g.add_argument("--lang", help="language of the text (BCP 47, e.g. fr, zh, en-IN)")
    g.add_argument("--country", type=str.upper, help="market, ISO 3166 alpha-2 (e.g. CN, FR)")
    g.add_argument("--currency", type=_currency, help="currency to assume when none is written")


def _parser_build() -> str:
    """``"compiled"`` when the parsing pipeline is the compiled build (``pip install .`` makes
    it when the machine can compile, see ``setup.py``), else ``"pure Python"``."""
    from . import _parse

    return "pure Python" if _parse.__file__.endswith(".py") else "compiled"


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``salarykit`` command."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Read salaries as they are written, normalize and compare them (offline).",
        epilog="Run 'salarykit COMMAND --help' for the options of a command.",
    )
    from . import __version__

    version = f"%(prog)s {__version__} ({_parser_build()} parser)"
    parser.add_argument("--version", action="version", version=version)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("parse", help="read salary phrases", description=(
        "Read one salary phrase, or one phrase per line from stdin, into a table or JSON lines. "
        "Exit status 1 when a phrase cannot be read."))  # fmt: skip
    p.add_argument("phrase", nargs="?", help="the phrase (omit or '-' to read lines from stdin)")
    p.add_argument("--jsonl", action="store_true", help="one JSON object per phrase")
    _add_hints(p)
    p.set_defaults(func=cmd_parse)

    p = sub.add_parser("extract", help="find every salary in documents", description=(
        "Find every salary in text files (UTF-8; '-' for stdin): a table, CSV or JSON lines."))  # fmt: skip
    p.add_argument("files", nargs="+", metavar="FILE", help="text files to read ('-' for stdin)")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--csv", action="store_true", help="CSV on stdout")
    fmt.add_argument("--jsonl", action="store_true", help="one JSON object per salary")
    _add_hints(p)
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("convert", help="normalize one salary", description=(
        "Express a salary per another period, in another currency at the ECB market rate of a "
        "date, or in PPP international dollars; the assumptions are listed."))  # fmt: skip
    p.add_argument("phrase", help="the salary phrase")
    p.add_argument("--to", type=_currency, help="target currency (ISO 4217), e.g. USD")
    p.add_argument("--on", type=_date, help="date of the market rate (YYYY-MM-DD)")
    p.add_argument("--period", choices=PERIODS, help="target pay period")
    p.add_argument("--worktime", help="pay convention preset (country code, e.g. FR, US)")
    p.add_argument("--ppp", action="store_true", help="convert to PPP international dollars")
    p.add_argument("--ppp-year", type=int, help="year of the PPP factors (default: latest)")
    p.add_argument("--jsonl", action="store_true", help="print a JSON object")
    _add_hints(p)
    p.set_defaults(func=cmd_convert)

    p = sub.add_parser("compare", help="compare a salary with references", description=(
        "Compare a salary with a reference of the built-in table (or your own --references "
        "CSV/JSON), with another salary, or with every reference."))  # fmt: skip
    p.add_argument("phrase", help="the salary phrase")
    target = p.add_mutually_exclusive_group()
    target.add_argument("--reference", metavar="ID", help="id of a reference row")
    target.add_argument("--role", help="compare with the reference that best matches this role")
    target.add_argument("--against", metavar="PHRASE", help="another salary phrase")
    p.add_argument("--references", metavar="FILE", help="a reference table (CSV or JSON)")
    p.add_argument("--basis", choices=("market", "ppp"), default="market",
                   help="market exchange rate (default) or purchasing-power parity")  # fmt: skip
    p.add_argument("--on", type=_date, help="date of the market rate (YYYY-MM-DD)")
    p.add_argument("--worktime", help="pay convention preset (country code)")
    p.add_argument("--verdict-lang", default="en", metavar="LANG",
                   help="language of the verdicts (e.g. en, fr, zh; default en)")  # fmt: skip
    _add_hints(p)
    p.set_defaults(func=cmd_compare)

    p = sub.add_parser("report", help="the seed report: extract, normalize, compare", description=(
        "Read documents (default: the seed articles in ../shared/seeds, else the seed catalogue "
        "seeds/catalogue.yaml, else the built-in references), extract every salary, express it "
        "per year in USD at the ECB market rate and in PPP international dollars, compare it "
        "with the market figures of the built-in references (at market rates and at PPP) and "
        "print the tables with the assumptions."))  # fmt: skip
    p.add_argument("files", nargs="*", metavar="FILE", help="documents or folders of .txt files")
    p.add_argument("--to", type=_currency, default=REPORT_CURRENCY, help="currency (default USD)")
    p.add_argument("--on", type=_date,
                   help="date of every market rate (default: the figure's own date when known)")  # fmt: skip
    p.add_argument("--ppp-year", type=int, help="year of the PPP factors (default: the figure's)")
    p.add_argument("--worktime", help="pay convention preset for every salary (country code)")
    p.add_argument("--references", metavar="FILE", help="your own reference table (CSV or JSON)")
    p.add_argument("--against", metavar="ID", action="append",
                   help="compare with this reference (repeatable; default: the table's means "
                        "and medians)")  # fmt: skip
    p.add_argument("--csv", metavar="FILE", help="also write the report as CSV (exact amounts)")
    p.add_argument("--html", metavar="FILE", help="also write the report as an HTML page")
    _add_hints(p)
    p.set_defaults(func=cmd_report)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    out, err = sys.stdout, sys.stderr
    for stream in (out, err):  # a terminal that cannot show 年薪 or € still gets the table
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="replace")
    try:
        status: int = args.func(args, out, err)
        out.flush()  # a closed pipe shows here, inside the try, not at interpreter exit
    except BrokenPipeError:  # `salarykit report | head`: the reader left, nothing to report
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # no second error when Python flushes stdout
        return 141  # 128 + SIGPIPE, as shells report it
    except (SalarykitError, OSError) as exc:
        err.write(f"{PROG} {args.command}: error: {exc}\n")
        return 1
    except KeyboardInterrupt:  # pragma: no cover
        return 130
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
