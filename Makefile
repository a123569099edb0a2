# Two commands for a fresh machine: `make demo` and `make test` (see README.md).
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test install benchmark

$(BIN)/newsevents: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@

install: $(BIN)/newsevents

demo: install
	$(BIN)/newsevents ingest examples/ --db newsevents.duckdb
	$(BIN)/newsevents query --db newsevents.duckdb --format table

test: install
	$(BIN)/python -m pytest -q

benchmark: install
	$(BIN)/python benchmarks/throughput.py
