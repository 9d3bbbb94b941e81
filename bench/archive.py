"""`make bench-archive ARCHIVE=DIR`: jobparse over every input below a directory of real records.

Made for archives of schema.org JobPosting records such as the public NHS Jobs archive of late
2020 (github.com/stochastictalk/nhs_jobs_data, `data/<id>.json`; get it yourself, never commit it).
In one process it extracts and validates every input, and prints:

- records read, input errors, internal errors; adverts and megabytes a second for extract (parse
  and the JSON a record becomes) and for validate; and extract's megabytes a second over a sample
  of the archive and over the generated bench corpus, in alternating rounds, with their ratio;
- per-field coverage: how many records have a title, dates, employer, postcode, salary figures,
  band and contract;
- for JSON-LD inputs, how often the record jobparse builds agrees with the record's own fields:
  title, datePosted, validThrough, hiringOrganization name and postcode, and the salary figures
  with the figures its free-text salary gives (read here by a simple pattern, independently of
  jobparse's own money parser);
- the findings by rule, and the share of records with an error-level pay finding.
"""

from __future__ import annotations

import argparse
import html
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import orjson
import regex

from bench import corpus as generator
from jobparse.inputs.source import normalise

# The free-text salary's figures, read simply: a figure with £, or with pence or thousands.
FIGURE = regex.compile(r"(?P<pound>£\s?)?(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d\d|\d{4,})")
BETWEEN = regex.compile(r"\s*(?:ph|p/h|per hour|pa|per annum)?\s*(?:-|–|to|/|rising to)\s*", regex.IGNORECASE)
UP_TO = regex.compile(r"\bup\s+to\s*$", regex.IGNORECASE)
SUFFIXES = (".json", ".jsonld", ".jsonl", ".txt", ".html", ".htm", ".xml")


def _value(record: dict[str, Any], path: str) -> Any:
    value: Any = record
    for part in path.split("."):
        if value is None:
            return None
        value = value.get(part) if isinstance(value, dict) else None
    return value


def _plain(value: Any) -> str:
    return " ".join(html.unescape(str(value or "")).split())


def _expected_pay(text: str) -> tuple[float | None, float | None] | None:
    """The salary a free text gives, read independently of jobparse: its first figure, the end of
    a range or list of points after it ("£24,214 / £26,220 / £27,260"), None for an "up to" floor;
    None when the text holds no figure."""
    matches = list(FIGURE.finditer(text))
    if not matches:
        return None
    numbers = [float(match["n"].replace(",", "")) for match in matches]
    last = 0
    while last + 1 < len(matches) and BETWEEN.fullmatch(text[matches[last].end() : matches[last + 1].start()]):
        last += 1
    low = None if UP_TO.search(text[: matches[0].start()]) else numbers[0]
    return low, numbers[last]


class Agreement:
    """How often jobparse's record agrees with a JobPosting's own fields."""

    def __init__(self) -> None:
        self.checked: Counter[str] = Counter()
        self.agreed: Counter[str] = Counter()
        self.examples: dict[str, list[str]] = {}

    def check(self, name: str, expected: Any, got: Any, where: str) -> None:
        if expected in (None, "", []):
            return
        self.checked[name] += 1
        if expected == got:
            self.agreed[name] += 1
        elif len(self.examples.setdefault(name, [])) < 5:
            self.examples[name].append(f"{where}: expected {expected!r}, got {got!r}")

    def compare(self, source: dict[str, Any], record: dict[str, Any], where: str) -> None:
        """One JobPosting against the record jobparse built from it."""
        # Titles and names compared after the normalisation jobparse applies to all text (odd spaces
        # and hyphens made plain, zero-width characters dropped); postcodes without their spaces.
        self.check("title", _plain(normalise(str(source.get("title") or ""))), _value(record, "title.value"), where)
        self.check("date posted", str(source.get("datePosted") or "")[:10], _value(record, "date_posted.value"), where)
        self.check(
            "closing date", str(source.get("validThrough") or "")[:10], _value(record, "closing_date.value"), where
        )
        organisation = source.get("hiringOrganization")
        name = _plain(organisation.get("name")) if isinstance(organisation, dict) else _plain(organisation)
        self.check("employer", _plain(normalise(name)), _value(record, "employer.name.value"), where)
        place = source.get("jobLocation")
        place = place[0] if isinstance(place, list) and place else place
        postcode = _plain(_value(place, "address.postalCode") if isinstance(place, dict) else "").upper()
        got = record["locations"][0]["postcode"] if record["locations"] else None
        self.check("postcode", "".join(postcode.split()), "".join((got or "").split()) or None, where)
        free = _value(source, "baseSalary.value.value")
        if isinstance(free, str) and (pay := _expected_pay(html.unescape(free))) is not None:
            salary = record.get("salary") or {}
            mine = tuple(None if x is None else float(x) for x in (salary.get("minimum"), salary.get("maximum")))
            self.check("salary figures", pay, mine, where)

    def lines(self) -> list[str]:
        """The figures as lines of text."""
        out = []
        for name, checked in self.checked.items():
            share = 100 * self.agreed[name] / checked
            out.append(f"  {name:16} {self.agreed[name]:>7,}/{checked:<7,} {share:6.2f}%")
        return out


def _inputs(root: Path) -> list[Path]:
    return sorted(path for path in root.rglob("*") if path.is_file() and path.suffix.lower() in SUFFIXES)


def _bench_corpus(count: int) -> list[tuple[bytes, str]]:
    """The generated bench corpus's files, read into memory."""
    with tempfile.TemporaryDirectory() as scratch:
        directory = Path(scratch)
        generator.write_corpus(directory, count)
        return [(path.read_bytes(), str(path)) for path in sorted(directory.rglob("*.txt"))]


def _megabytes_per_second(datas: list[tuple[bytes, str]]) -> float:
    """Extract's rate (parse and JSON) over files held in memory; input errors are skipped."""
    from jobparse.errors import InputError
    from jobparse.inputs.reading import parse_bytes

    started = time.perf_counter()
    for data, name in datas:
        try:
            for advert in parse_bytes(data, name):
                orjson.dumps(advert.to_dict())
        except InputError:
            continue
    return sum(len(data) for data, _ in datas) / 1e6 / (time.perf_counter() - started)


def compare_rates(archive: list[tuple[bytes, str]], rounds: int) -> tuple[float, float, float]:
    """Medians of extract's MB/s over (a sample of) the archive and over the bench corpus, timed in
    alternating rounds (this machine's speed moves over minutes), and the median of their ratios."""
    import statistics

    corpus = _bench_corpus(2000)
    sample = archive[:: max(1, len(archive) // 2000)]
    pairs = [(_megabytes_per_second(sample), _megabytes_per_second(corpus)) for _ in range(rounds)]
    return (
        statistics.median(a for a, _ in pairs),
        statistics.median(b for _, b in pairs),
        statistics.median(a / b for a, b in pairs),
    )


def main(argv: list[str] | None = None) -> None:
    """Run over an archive and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("archive", type=Path, help="a directory of inputs (searched recursively)")
    parser.add_argument("--limit", type=int, default=0, help="read only the first N inputs (0: all)")
    parser.add_argument("--today", default="2020-11-01", help="the day validation judges dates against")
    parser.add_argument("--rounds", type=int, default=5, help="alternating rounds for the rate comparison")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)

    import datetime as dt

    from jobparse.config import Config
    from jobparse.errors import InputError
    from jobparse.inputs.reading import parse_bytes
    from jobparse.validator import validate

    paths = _inputs(args.archive)
    if args.limit:
        paths = paths[: args.limit]
    if not paths:
        raise SystemExit(f"no inputs below {args.archive}")
    datas = [(path.read_bytes(), str(path)) for path in paths]
    megabytes = sum(len(data) for data, _ in datas) / 1e6

    records: list[tuple[str, Any, dict[str, Any], Any]] = []
    errors: Counter[str] = Counter()
    internal: list[str] = []
    started = time.perf_counter()
    for data, name in datas:
        try:
            for advert in parse_bytes(data, name):
                orjson.dumps(advert.to_dict())
                records.append((name, data, advert.to_dict(), advert))
        except InputError as exc:
            errors[exc.reason.split(" (")[0]] += 1
        except Exception as exc:  # counted and shown: the point of this run is to find them
            internal.append(f"{name}: {type(exc).__name__}: {exc}")
    extract_seconds = time.perf_counter() - started

    config = Config.default().with_overrides(today=dt.date.fromisoformat(args.today))
    findings: Counter[str] = Counter()
    pay_errors = 0
    started = time.perf_counter()
    for _, _, _, advert in records:
        problems = validate(advert, config)
        findings.update(problem.code for problem in problems)
        pay_errors += any(problem.code.startswith("JP1") and str(problem.severity) == "error" for problem in problems)
    validate_seconds = time.perf_counter() - started

    coverage: Counter[str] = Counter()
    agreement = Agreement()
    for name, data, record, _ in records:
        for field, path in (
            ("title", "title.value"), ("date posted", "date_posted.value"), ("closing date", "closing_date.value"),
            ("employer", "employer.name.value"), ("band", "band.value"), ("contract", "contract.type"),
            ("salary figures", "salary.minimum"),
        ):  # fmt: skip
            coverage[field] += _value(record, path) is not None
        coverage["postcode"] += any(location["postcode"] for location in record["locations"])
        if name.endswith((".json", ".jsonld")) and record["index"] == 0:
            try:
                source = json.loads(data)
            except (ValueError, RecursionError):
                continue
            if isinstance(source, dict) and source.get("@type") == "JobPosting":
                agreement.compare(source, record, name)

    archive_rate, bench_rate, ratio = compare_rates(datas, args.rounds)
    count = len(records)
    figures = {
        "inputs": len(paths),
        "megabytes": round(megabytes, 2),
        "records": count,
        "input_errors": dict(errors),
        "internal_errors": len(internal),
        "extract_adverts_per_s": round(count / extract_seconds),
        "extract_mb_per_s": round(megabytes / extract_seconds, 2),
        "rate_comparison": {
            "archive_sample_mb_per_s": round(archive_rate, 2),
            "bench_corpus_mb_per_s": round(bench_rate, 2),
            "archive_to_bench_ratio": round(ratio, 2),
            "rounds": args.rounds,
        },
        "validate_adverts_per_s": round(count / validate_seconds),
        "coverage": {field: round(100 * found / count, 2) for field, found in coverage.items()} if count else {},
        "agreement": {
            name: round(100 * agreement.agreed[name] / checked, 2) for name, checked in agreement.checked.items()
        },
        "findings": dict(findings.most_common()),
        "records_with_error_level_pay_finding": round(100 * pay_errors / count, 2) if count else 0,
    }
    if args.json:
        print(json.dumps(figures, indent=2))
        return
    print(f"{len(paths):,} inputs, {megabytes:.1f} MB: {count:,} records, {sum(errors.values()):,} input errors, "
          f"{len(internal):,} internal errors")  # fmt: skip
    for reason, times in errors.most_common():
        print(f"  input error: {reason} ({times:,})")
    for line in internal[:10]:
        print(f"  internal error: {line}")
    print(f"extract: {figures['extract_adverts_per_s']:,} adverts/s, {figures['extract_mb_per_s']} MB/s")
    print(f"extract, alternating rounds: archive sample {archive_rate:.2f} MB/s, bench corpus {bench_rate:.2f} MB/s, "
          f"archive/bench {ratio:.2f} (median of {args.rounds})")  # fmt: skip
    print(f"validate: {figures['validate_adverts_per_s']:,} adverts/s")
    print("coverage (records with the field):")
    for field, share in figures["coverage"].items():
        print(f"  {field:16} {share:6.2f}%")
    print("agreement with the records' own fields:")
    print("\n".join(agreement.lines()))
    for name, examples in agreement.examples.items():
        for example in examples[:3]:
            print(f"    {name} differs: {example}")
    print(
        f"findings by rule (records with an error-level pay finding: {figures['records_with_error_level_pay_finding']}%):"
    )
    for code, times in findings.most_common():
        print(f"  {code} {times:,}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
