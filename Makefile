# detente: `make run` codes the sample corpus, `make test` runs the tests. Both set up first:
# `make run` installs what detente needs to run; `make test` adds the dev tools (pytest, ruff, ...).
# The first python3.x that runs and is 3.11 or newer (a pyenv shim of an absent version does not run).
PYTHON ?= $(shell for p in python3.11 python3.12 python3.13 python3; do $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1 && { command -v $$p; exit 0; }; done; echo python3)
VENV := .venv
PY := $(VENV)/bin/python
RUNTIME := $(VENV)/.runtime-stamp
DEV := $(VENV)/.dev-stamp
DB ?= detente.duckdb
SAMPLES := samples/wikinews_2019_2020/wikinews_2019_2020.jsonl samples/wcep_2003_2025/wcep_2003_2025.jsonl

.PHONY: setup runtime dev venv python-check run test test-all lint eval manifest bench bench-long clean cameo-lexicon tone-model event-model argument-model trigger-model quote-model

# -- set-up -----------------------------------------------------------------------------------
python-check:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || { \
	  echo "detente needs Python 3.11 or newer; '$(PYTHON)' is $$($(PYTHON) --version 2>/dev/null || echo 'not found')." >&2; \
	  echo "Install python3.11+ (e.g. apt install python3.11 python3.11-venv) or give one: make PYTHON=/path/to/python3.12 ..." >&2; \
	  exit 1; }

# A .venv whose python does not start, is too old, or lacks pip is rebuilt from scratch.
venv: python-check
	@$(PY) -c 'import sys, pip; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1 || { \
	  if [ -e $(VENV) ]; then echo "$(VENV) is broken or too old: rebuilding it" >&2; rm -rf $(VENV); fi; \
	  $(PYTHON) -m venv $(VENV) || { echo "could not create $(VENV) (on Debian/Ubuntu: apt install python3-venv)" >&2; exit 1; }; \
	  $(PY) -m pip install -q --upgrade pip; }

# What detente needs to run, and the place index built once (else the first `detente code` would).
runtime: venv
	@if [ ! -f $(RUNTIME) ] || [ pyproject.toml -nt $(RUNTIME) ]; then \
	  echo "installing detente and its runtime dependencies into $(VENV)" >&2; \
	  $(PY) -m pip install -q -e . && $(PY) -m detente.places.gazetteer && touch $(RUNTIME); \
	fi

# The dev tools on top (pytest, ruff, pandas, playwright, ...).
dev: runtime
	@if [ ! -f $(DEV) ] || [ pyproject.toml -nt $(DEV) ]; then \
	  echo "installing the dev tools into $(VENV)" >&2; \
	  $(PY) -m pip install -q -e '.[dev]' && touch $(DEV); \
	fi

setup: dev

# -- use --------------------------------------------------------------------------------------
run: runtime
	$(VENV)/bin/detente ingest $(SAMPLES) --db $(DB)
	$(VENV)/bin/detente summary --db $(DB)

test: dev
	$(PY) -m pytest -q -m "not slow"

test-all: dev
	$(PY) -m pytest -q

lint: dev
	$(VENV)/bin/ruff check src tests benchmarks

manifest: runtime
	$(PY) -m detente.manifest

# rebuild events/data/cameo2_triggers.tsv and discards.tsv from the PETRARCH2 dictionaries (MIT)
cameo-lexicon: runtime
	$(PY) -m detente.events.petrarch ../shared/data/dictionaries/petrarch2 \
		../shared/data/events/CAMEO2PLOVER-2021.txt src/detente/events/data
	$(PY) -m detente.manifest

# retrain tone/data/tone_model.tsv from gold/tone/train.jsonl + train2.jsonl (deterministic: numpy, fixed
# iterations); TONE_NOTE goes into the file's "made" line (date and the figures it was measured at)
TONE_NOTE ?= $(shell date -u +%Y-%m-%d) by make tone-model
tone-model: runtime
	$(PY) -m detente.tone.train --gold gold/tone/train.jsonl --gold gold/tone/train2.jsonl \
		--out src/detente/tone/data/tone_model.tsv --note "$(TONE_NOTE)"
	$(PY) -m detente.manifest tone

# retrain events/data/row_verifier.tsv (the learned row verifier, issue 13 round 15) from rows detente
# codes on its tuning material (own gold tune halves, judged tune halves: verifier_train.OWN_TUNING, JUDGED)
# (deterministic: numpy, fixed iterations); EVENT_NOTE goes into the file's "made" line
EVENT_NOTE ?= $(shell date -u +%Y-%m-%d) by make event-model
event-model: runtime
	DETENTE_ROW_VERIFIER=off $(PY) -m detente.events.verifier_train \
		--out src/detente/events/data/row_verifier.tsv --note "$(EVENT_NOTE)"
	$(PY) -m detente.manifest events

ARGUMENT_NOTE ?= $(shell date -u +%Y-%m-%d) by make argument-model
argument-model: runtime
	DETENTE_ARGUMENT_MODEL=off $(PY) -m detente.events.argument_model_train \
		--out src/detente/events/data/argument_model.tsv --note "$(ARGUMENT_NOTE)"
	$(PY) -m detente.manifest events

# retrain events/data/trigger_model.tsv (the learned trigger proposer, issue 13 item 5, round 24) from the
# verbs and nouns no lexicon entry matched in the tuning halves (deterministic); switch: semantics.yaml
TRIGGER_NOTE ?= $(shell date -u +%Y-%m-%d) by make trigger-model
trigger-model: runtime
	DETENTE_TRIGGER_MODEL=off $(PY) -m detente.events.trigger_model_train \
		--out src/detente/events/data/trigger_model.tsv --note "$(TRIGGER_NOTE)"
	$(PY) -m detente.manifest events

# retrain quotes/data/quote_filter.tsv (the learned quote filter, issue 14 round 26) from PolNeAR train's tune
# part only (gold/quotes/polnear_train: `python gold/quotes/polnear_train/draw.py PolNeAR/data/train OUT` builds
# OUT/tune; give it as POLNEAR_TUNE). Deterministic: numpy, zero start, fixed iterations; switch: models.yaml
POLNEAR_TUNE ?= build/polnear_train/tune
QUOTE_NOTE ?= $(shell date -u +%Y-%m-%d) by make quote-model
quote-model: runtime
	DETENTE_QUOTE_FILTER=off $(PY) -m detente.quotes.quote_filter_train --gold $(POLNEAR_TUNE) \
		--names gold/quotes/polnear_train/tune.names --cv 5 \
		--out src/detente/quotes/data/quote_filter.tsv --note "$(QUOTE_NOTE)"
	$(PY) -m detente.manifest quotes

bench: runtime
	$(PY) benchmarks/throughput.py

bench-long: runtime
	$(PY) benchmarks/long_run.py

clean:
	rm -rf $(VENV) $(DB) .pytest_cache
