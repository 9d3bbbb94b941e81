# Two commands on a fresh machine with Python 3.11+: `make demo` and `make test`.
# Everything runs from a virtual environment in .venv that the first command creates.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test golden data lint fuzz fuzz-coverage bench bench-archive clean

FUZZ_SECONDS ?= 60

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "jobparse needs Python 3.11 or newer; this is " + sys.version.split()[0])'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $(STAMP)

## demo: install, extract the example adverts (a table, then the JSON records), then check them
demo: $(STAMP)
	$(BIN)/jobparse extract examples/ --format table
	$(BIN)/jobparse extract examples/ --format json
	$(BIN)/jobparse validate examples/ --today 2026-02-01 --fail-on never

## test: install, then run the whole test suite
test: $(STAMP)
	$(BIN)/python -m pytest

## golden: rewrite the expected JSON beside every fixture (review the diff like code)
golden: $(STAMP)
	$(BIN)/python -m pytest tests/test_golden.py --update-golden

## data: rewrite jobparse/data/compiled.json, the copy of the YAML data files that runs read
data: $(STAMP)
	$(BIN)/python -m jobparse.datafiles

## fuzz: a fuzzing session of FUZZ_SECONDS (default 60) from FUZZ_SEED (default: a random seed, printed);
## a failure is shrunk and saved under fuzz-failures/ (see README, "Fuzzing")
fuzz: $(STAMP)
	$(BIN)/python -m tests.fuzz --seconds $(FUZZ_SECONDS) $(if $(FUZZ_SEED),--seed $(FUZZ_SEED))

## fuzz-coverage: coverage-guided fuzzing of the value parsers and the tokenizer (atheris) for
## FUZZ_SECONDS; installs the `fuzz` extra first
fuzz-coverage: $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test,fuzz]'
	$(BIN)/python -m tests.fuzz_coverage -max_total_time=$(FUZZ_SECONDS) $(if $(FUZZ_SEED),-seed=$(FUZZ_SEED))

## bench: throughput, memory and start-up on a generated corpus (BENCH_ARGS, e.g. --json)
bench: $(STAMP)
	$(BIN)/python -m bench.run $(BENCH_ARGS)

## bench-archive: extract and validate every input below ARCHIVE (e.g. a checkout of the public
## NHS Jobs archive of JobPosting records); prints rates, field coverage, agreement with the
## records' own fields and findings by rule. Never commit the archive.
bench-archive: $(STAMP)
	@test -n "$(ARCHIVE)" || { echo "usage: make bench-archive ARCHIVE=DIR"; exit 2; }
	$(BIN)/python -m bench.archive $(ARCHIVE) $(BENCH_ARGS)

## lint: ruff (style and common bugs), ruff format, and strict mypy over the whole package
lint: $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test,lint]'
	$(BIN)/ruff check jobparse tests
	$(BIN)/ruff format --check jobparse tests
	$(BIN)/mypy --strict jobparse

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
