# tether — `make demo` runs the main job on the embedded default; `make test` runs the checks.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint typecheck layers unit bench clean compile

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

# Byte-compile the sources: tether sits in front of every command, so a cold start must not pay
# for compiling (PYTHONDONTWRITEBYTECODE is set on some machines).
compile: $(STAMP)
	$(BIN)/python -m compileall -q src >/dev/null

demo: compile
	$(BIN)/python scripts/demo.py

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

layers: $(STAMP)
	$(BIN)/lint-imports --no-cache

unit: compile
	$(BIN)/pytest -q

test: lint typecheck layers unit

bench: compile
	$(BIN)/python benchmarks/bench_read.py
	$(BIN)/python benchmarks/bench_run.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
