"""Batch work for extract and validate: read each input, hand its adverts to a job, results in input order."""

from __future__ import annotations

import itertools
import os
import signal
import traceback
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from jobparse.errors import ConfigError, InputError
from jobparse.inputs import STDIN, STDIN_NAME
from jobparse.limits import DEFAULT_MAX_BYTES

if TYPE_CHECKING:
    import datetime as dt

    from jobparse.config import Config, ConfigResolver
    from jobparse.findings import Problem
    from jobparse.fixing import Fixing, FixOutcome
    from jobparse.model import Advert
    from jobparse.rules import RuleContext
    from jobparse.rules.employer_name_across_run import Sighting

# An expanded input (see inputs.files.expand): a path, "-" for standard input, or an error found
# while expanding (a directory that cannot be listed).
Item = str | InputError

T = TypeVar("T")
R = TypeVar("R")

# Files go to workers a few at a time: fewer round trips than one by one, while a slow file
# still cannot hold up much of the output behind it.
CHUNK = 4


@dataclass(frozen=True, slots=True)
class FileResult:
    """What became of one input, for extract and validate alike; small and picklable, to cross processes."""

    path: str
    adverts: int = 0  # how many adverts the input held
    # What the job kept of each advert: extract's rendered records (a JSON line, a CSV row),
    # validate's summary of each advert (its index, line, nation and layout).
    records: tuple[Any, ...] = ()
    problems: tuple[Problem, ...] = ()  # validate: sorted by position within each advert
    lines: Mapping[int, str] = field(default_factory=dict, repr=False)  # validate: line number -> its text
    today: dt.date | None = None  # validate: the day its dates were judged against
    error: str | None = None  # why the input gave no advert
    skipped: str | None = None  # --skip-non-adverts: why the input was skipped (it holds no advert)
    internal: bool = False  # the error is a bug in jobparse, not a fault of the input
    detail: str | None = field(default=None, repr=False)  # the traceback of an internal error, for --debug
    # validate: each advert's employer and unit, for the checks across the run (see with_run_checks)
    sightings: tuple[Sighting, ...] = field(default=(), repr=False)
    # extract under --jobs with a chunked writer: the file holding this input's records, written
    # as one block by the worker (records is then empty); the parent copies it and removes it.
    spool: str | None = None
    fixing: FixOutcome | None = None  # validate --fix or --diff: what was (or would be) fixed


@dataclass(frozen=True, slots=True)
class Input:
    """An input as read: the name its records carry, its bytes, and whether it is standard input."""

    path: str
    data: bytes = field(repr=False)
    stdin: bool = False


@dataclass(frozen=True, slots=True)
class Reading:
    """How inputs are read: the size limit, standard input's name, and whether advert-free inputs are skipped."""

    max_bytes: int = DEFAULT_MAX_BYTES
    stdin_name: str = STDIN_NAME  # the name standard input's records and problems carry (--stdin-filename)
    # Inputs that hold no advert (empty, a README, requirements.txt) are skipped, not errors: a
    # pre-commit hook sees every staged *.txt, adverts or not.
    skip_non_adverts: bool = False


class Job(Protocol):
    """What is done with one input's adverts (in a worker under --jobs): extract or validate."""

    @property
    def stage(self) -> str:
        """What the job does, for the message when it fails ("rendering", "validation")."""
        ...

    def __call__(self, source: Input, adverts: Iterable[Advert], /) -> FileResult: ...


@dataclass(frozen=True, slots=True)
class Extract:
    """extract's job: each advert rendered by the chosen writer (rendering is the costly part);
    with a spool directory and a chunk function, the records go to a file there as one block."""

    render: Callable[[Advert], Any]
    stage: str = "rendering"
    chunk: Callable[[list[Any]], str] | None = None
    spool_dir: str | None = None
    spool_above: int = 0  # spool only inputs larger than this many bytes (0: every input)

    def __call__(self, source: Input, adverts: Iterable[Advert], /) -> FileResult:
        """The input's records, rendered (or spooled)."""
        if self.chunk is None or self.spool_dir is None or len(source.data) <= self.spool_above:
            records = tuple(self.render(advert) for advert in adverts)
            return FileResult(source.path, len(records), records)
        import tempfile

        # Sent through a pipe, a file's records cost the parent more CPU than all its other work
        # (about 25 µs an advert); a file in the spool (memory-backed where /dev/shm exists) is
        # copied to the output by the kernel. Written a few records at a time, as each advert is
        # read: a dump of any size never holds more than that many records in memory.
        count = 0
        with tempfile.NamedTemporaryFile("wb", dir=self.spool_dir, suffix=".chunk", delete=False) as spooled:
            for batch in (
                itertools.batched(adverts, SPOOL_BATCH) if hasattr(itertools, "batched") else _batches(adverts)
            ):
                spooled.write(self.chunk([self.render(advert) for advert in batch]).encode("utf-8"))
                count += len(batch)
        return FileResult(source.path, count, spool=spooled.name)


SPOOL_BATCH = 64  # records rendered before each write to the spool


def _batches(items: Iterable[T]) -> Iterator[tuple[T, ...]]:
    """itertools.batched (Python 3.12) for 3.11."""
    iterator = iter(items)
    while batch := tuple(itertools.islice(iterator, SPOOL_BATCH)):
        yield batch


def spool_directory(in_memory: bool = True) -> str:
    """A new private directory for spooled records: in memory (/dev/shm) where there is one and
    it is asked for, else the temporary directory."""
    import os
    import tempfile

    memory = "/dev/shm"
    usable = in_memory and os.path.isdir(memory) and os.access(memory, os.W_OK)
    return tempfile.mkdtemp(prefix="jobparse-", dir=memory if usable else None)


# In one process, an input larger than this has its records spooled to a file as they are made,
# so that memory stays flat however large one dump is; smaller inputs keep them in memory.
SPOOL_ABOVE = 4 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Validate:
    """validate's job: every enabled rule over each advert (under the input's own configuration),
    and what a reporter shows of it; with `fixing` (--fix, --diff), the input's fixes applied first."""

    configs: ConfigResolver
    fixing: Fixing | None = None
    stage: str = "validation"

    def __call__(self, source: Input, adverts: Iterable[Advert], /) -> FileResult:
        """The input's problems, the lines they point at, and each advert's summary."""
        from jobparse.inputs.documents import kind_of
        from jobparse.inputs.exact import NOT_TEXT
        from jobparse.rules import employer_name_across_run as across
        from jobparse.validator import context, validate

        path = source.path
        config = self.configs.for_input(path)
        ctx = context(config)

        def check(found: Iterable[Advert]) -> list[Problem]:
            return [problem for advert in found for problem in validate(advert, config, ctx)]

        outcome = None
        problems: list[Problem] = []
        kind = kind_of(source.data, path)
        if self.fixing is not None:
            from jobparse.fixing import fix_input
            from jobparse.inputs.reading import parse_bytes

            def recheck(data: bytes) -> tuple[list[Advert], list[Problem]]:
                found = parse_bytes(data, path)
                return found, check(found)

            every = list(adverts)
            outcome, (every, problems) = fix_input(
                path, source.data, kind, source.stdin, (every, check(every)), recheck, self.fixing
            )
            adverts = every
        # Each advert is checked and summed up as it is read, then dropped: a dump of any size
        # holds one advert at a time (with --fix, the fixing above needs them all).
        problems_found: list[Problem] = []
        summaries: list[dict[str, Any]] = []
        seen: list[across.Sighting] = []
        first: Advert | None = None
        watch = across.CODE in config.enabled
        for advert in adverts:
            first = first or advert
            if outcome is None:
                problems_found.extend(validate(advert, config, ctx))
            summaries.append({**advert_summary(advert), "pay": pay_summary(advert, ctx)})
            if watch and (found := across.sighting(advert)) is not None:
                seen.append(found)
        problems = problems if outcome is not None else problems_found
        if outcome is None and kind in NOT_TEXT:
            from jobparse.fixing import without_fixes

            problems = without_fixes(problems)  # a page's or a record's fixes are not the file's
        return FileResult(
            path,
            len(summaries),
            tuple(summaries),
            tuple(problems),
            problem_lines(first, problems) if first is not None else {},
            today=ctx.today,
            sightings=tuple(seen),
            fixing=outcome,
        )


def with_run_checks(results: Iterable[FileResult], configs: ConfigResolver) -> Iterator[FileResult]:
    """validate's results with the findings about the run added: an employer named two ways by
    one unit's adverts is reported once, at the first advert that names it differently. Results
    still stream: each is complete when the adverts before it are known."""
    from dataclasses import replace

    from jobparse.findings import Problem
    from jobparse.rules import employer_name_across_run as across

    run = across.Run()
    for result in results:
        found = [pair for seen in result.sightings for pair in run.add(seen)]
        if not found:
            yield result
            continue
        severity = configs.for_input(result.path).severities[across.CODE]
        added = [
            Problem(
                seen.path,
                seen.line,
                seen.column,
                seen.end_line,
                seen.end_column,
                across.CODE,
                across.NAME,
                severity,
                message,
                "use the employer's current name in every advert",
                seen.advert,
            )
            for seen, message in found
        ]
        lines = {**result.lines, **{seen.line: seen.text for seen, _ in found}}
        yield replace(result, problems=tuple(sorted((*result.problems, *added))), lines=lines)


def advert_summary(advert: Advert) -> dict[str, Any]:
    """What a report says of each advert it checked: where it is, its nation and layout."""
    return {
        "advert": advert.index,
        "line": advert.position(advert.span).get("line"),
        "nation": advert.nation.value if advert.nation is not None else None,
        "layout": advert.layout.name if advert.layout is not None else None,
    }


def pay_summary(advert: Advert, ctx: RuleContext) -> dict[str, str]:
    """The scale the pay rules judged an advert by: whose, why that nation, which year, on what day."""
    from jobparse.payscales import pay_year_name
    from jobparse.rules._pay import basis

    judged = basis(advert, ctx)
    return {
        "nation": judged.nation,
        "nation_from": judged.chosen_by,
        "year": pay_year_name(judged.day),
        "judged_on": judged.day.isoformat(),
    }


def problem_lines(advert: Advert, problems: list[Problem]) -> dict[int, str]:
    """The text of the lines problems point at: all a reporter shows, so that a file's whole text
    is neither kept nor (under --jobs) sent back from the worker."""
    if advert.lines is None:
        return {}
    starts, text = advert.lines.starts, advert.text
    found = {}
    for number in {problem.line for problem in problems}:
        end = starts[number] - 1 if number < len(starts) else len(text)
        found[number] = text[starts[number - 1] : end]
    return found


def _internal(path: str, exc: Exception, where: str = "") -> FileResult:
    return FileResult(
        path,
        error=f"internal error{where} ({type(exc).__name__}: {exc}); please report it with this input",
        internal=True,
        detail=traceback.format_exc(),
    )


def read(item: Item, reading: Reading) -> Input:
    """The bytes of one expanded input; InputError when they cannot be read."""
    from jobparse.inputs.files import stdin_bytes
    from jobparse.inputs.reading import read_file

    if isinstance(item, InputError):
        raise item
    if item == STDIN:
        return Input(reading.stdin_name, stdin_bytes(reading.max_bytes, reading.stdin_name), stdin=True)
    return Input(item, read_file(item, max_bytes=reading.max_bytes))


def process(item: Item, job: Job, reading: Reading) -> FileResult:
    """Read one input and hand its adverts to the job; whatever goes wrong costs this input only (never raises)."""
    from jobparse.inputs.reading import iter_bytes

    name = item.path if isinstance(item, InputError) else reading.stdin_name if item == STDIN else item
    try:
        source = read(item, reading)
        adverts = iter_bytes(source.data, source.path)
    except InputError as exc:
        if exc.no_advert and reading.skip_non_adverts:
            return FileResult(exc.path, skipped=exc.reason)
        return FileResult(exc.path, error=exc.reason)
    except RecursionError:
        return FileResult(name, error="input nested too deeply to parse")
    except Exception as exc:  # a bug must cost one file, not the run: it is reported, not hidden
        return _internal(name, exc)
    try:
        return job(source, adverts)
    except ConfigError:
        raise  # a setting that cannot be used stops the run (exit 2), whichever input showed it
    except InputError as exc:  # the text turned out unreadable while its adverts were being read
        return FileResult(exc.path, error=exc.reason)
    except RecursionError:
        return FileResult(name, error="input nested too deeply to parse")
    except Exception as exc:  # a writer's or a rule's bug: the same
        return _internal(source.path, exc, f" in {job.stage}")


def run(items: Iterable[Item], job: Job, reading: Reading | None = None, jobs: int = 1) -> Iterator[FileResult]:
    """Every input's result, in input order, as each is done, over `jobs` processes."""
    yield from ordered_map(partial(process, job=job, reading=reading or Reading()), items, jobs)


def extract_inputs(
    paths: Iterable[str], render: Callable[[Advert], Any], reading: Reading | None = None, jobs: int = 1
) -> Iterator[FileResult]:
    """Each input's rendered records (files, directories, "-"), in input order."""
    from jobparse.inputs.files import expand

    yield from run(expand(paths), Extract(render), reading, jobs)


def validate_inputs(
    paths: Iterable[str], config: Config | ConfigResolver | None = None, reading: Reading | None = None, jobs: int = 1
) -> Iterator[FileResult]:
    """Each input's problems (files, directories, "-"), in input order: under one Config, or each
    under its own (a ConfigResolver; None finds each input's file as the command line does)."""
    from jobparse.config import ConfigResolver
    from jobparse.inputs.files import expand

    configs = config if isinstance(config, ConfigResolver) else ConfigResolver(config)
    yield from with_run_checks(run(expand(paths), Validate(configs), reading, jobs), configs)


# ---------------------------------------------------------------------------------------------
# Worker processes (`--jobs`).


def resolve_jobs(jobs: int) -> int:
    """The number of processes: 0 means one per core."""
    return max(1, os.cpu_count() or 1) if jobs == 0 else max(1, jobs)


def processes(jobs: int, items: Iterable[Item]) -> int:
    """Worker processes to use for these inputs: standard input can only be read by this process."""
    return 1 if STDIN in items else resolve_jobs(jobs)


def _ignore_interrupts() -> None:
    # Ctrl-C reaches every process in the group; only the parent reports it (exit 130) and
    # stops the workers, so they must not each print a KeyboardInterrupt traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def ordered_map(work: Callable[[T], R], items: Iterable[T], jobs: int) -> Iterator[R]:
    """work(item) for every item, in order; in this process when jobs is 1."""
    if jobs <= 1:
        yield from map(work, items)
        return
    # Imported here: multiprocessing costs about 5 ms of start-up that a one-process run never uses.
    import multiprocessing

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    with multiprocessing.get_context(method).Pool(jobs, initializer=_ignore_interrupts) as pool:
        yield from pool.imap(work, items, CHUNK)


__all__ = [
    "Extract",
    "FileResult",
    "Input",
    "Item",
    "Job",
    "Reading",
    "Validate",
    "extract_inputs",
    "ordered_map",
    "process",
    "processes",
    "resolve_jobs",
    "run",
    "validate_inputs",
]
