# evserver — `make run` and `make test` do all set-up on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PYTEST_ARGS ?=

.PHONY: run test lint install bench-ocpp bench-api gen-ocpp-schemas docker-up docker-down clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/evserver serve

test: $(STAMP)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check evserver tests
	$(BIN)/mypy --strict evserver

bench-ocpp: $(STAMP)
	$(BIN)/python tests/bench/bench_ocpp.py

bench-api: $(STAMP)
	$(BIN)/python tests/bench/bench_api.py

# Regenerates the msgspec payload types from the JSON schemas shipped in the `ocpp` package.
gen-ocpp-schemas: $(STAMP)
	$(BIN)/python -m evserver.ocpp.json.schemas.generate

docker-up:
	docker compose -f docker/compose.yml up --build -d

docker-down:
	docker compose -f docker/compose.yml down

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache
