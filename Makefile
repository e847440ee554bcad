# Sealnote: `make demo` to try it, `make test` to check it.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DIR ?= .demo-data
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: demo test bench lint install clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/sealnote demo --data-dir $(DEMO_DIR)
	@echo
	@echo "Open http://$(HOST):$(PORT)/ and sign in with one of the logins above."
	$(BIN)/sealnote serve --data-dir $(DEMO_DIR) --host $(HOST) --port $(PORT)

test: $(STAMP)
	$(BIN)/ruff check src tests
	$(BIN)/mypy
	$(BIN)/pytest

bench: $(STAMP)
	$(BIN)/pip install --quiet -e '.[dev,bench]'
	$(BIN)/python benchmarks/run.py
	$(BIN)/python benchmarks/deid.py
	$(BIN)/python benchmarks/probes.py
	$(BIN)/python benchmarks/drafting.py

lint: $(STAMP)
	$(BIN)/ruff check src tests
	$(BIN)/mypy

clean:
	rm -rf $(VENV) $(DEMO_DIR) .pytest_cache .mypy_cache .ruff_cache artifacts
