# detente: `make run` codes the sample corpus, `make test` runs the tests. Both set up first.
PYTHON ?= $(shell command -v python3.11 || command -v python3.12 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
DB ?= detente.duckdb
SAMPLES := samples/wikinews_2019_2020/wikinews_2019_2020.jsonl samples/wcep_2003_2025/wcep_2003_2025.jsonl

.PHONY: setup run test test-all lint eval manifest bench bench-long clean cameo-lexicon

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

run: setup
	$(VENV)/bin/detente ingest $(SAMPLES) --db $(DB)
	$(VENV)/bin/detente summary --db $(DB)

test: setup
	$(PY) -m pytest -q -m "not slow"

test-all: setup
	$(PY) -m pytest -q

lint: setup
	$(VENV)/bin/ruff check src tests benchmarks

manifest: setup
	$(PY) -m detente.manifest

# rebuild events/data/cameo2_triggers.tsv and discards.tsv from the PETRARCH2 dictionaries (MIT)
cameo-lexicon: setup
	$(PY) -m detente.events.petrarch ../shared/data/dictionaries/petrarch2 \
		../shared/data/events/CAMEO2PLOVER-2021.txt src/detente/events/data
	$(PY) -m detente.manifest

bench: setup
	$(PY) benchmarks/throughput.py

bench-long: setup
	$(PY) benchmarks/long_run.py

clean:
	rm -rf $(VENV) $(DB) .pytest_cache
