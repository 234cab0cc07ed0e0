# Maintainer commands. `make test` is what CI runs (.ci/run) and what the README shows.
PY      ?= python3
VENV    ?= .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed

.PHONY: test lint fmt typecheck pytest demo bench spec wheels clean

$(STAMP): pyproject.toml packaging/sandbox/pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	@# callbox and the callbox-sandbox distribution (its dependencies and pytest plugin; the
	@# code both import is this tree's callbox/, sandbox included)
	$(BIN)/python -m pip install --quiet -e '.[dev]' -e ./packaging/sandbox
	@# Optional: the official Node library, for the test that drives the sandbox with it
	@# (it skips without node/npm). Pinned; installed inside the venv folder.
	@if command -v npm >/dev/null 2>&1; then \
		timeout 180 npm install --silent --no-audit --no-fund --prefix $(VENV)/node twilio@6.3.1 >/dev/null 2>&1 \
		|| echo "npm install twilio failed: the Node library test will skip"; \
	fi
	touch $(STAMP)

test: $(STAMP) lint typecheck pytest

lint: $(STAMP)
	$(BIN)/ruff check callbox tests tools bench examples
	$(BIN)/ruff format --check callbox tests tools bench examples
	$(BIN)/lint-imports --no-cache

fmt: $(STAMP)
	$(BIN)/ruff format callbox tests tools bench examples
	$(BIN)/ruff check --fix callbox tests tools bench examples

typecheck: $(STAMP)
	@# callbox/, tests/ and tools/, strict (the files and overrides are in pyproject.toml)
	$(BIN)/mypy
	$(BIN)/mypy --strict examples/typed_client.py

# coverage starts before pytest, so the modules the callbox pytest plugin imports early
# (callbox/__init__, callbox/sandbox/...) are measured too; the floor is in pyproject.toml.
pytest: $(STAMP)
	NODE_PATH="$${NODE_PATH:-$(abspath $(VENV))/node/node_modules}" \
		$(BIN)/python -m coverage run -m pytest -q
	$(BIN)/python -m coverage report

demo: $(STAMP)
	$(BIN)/callbox demo

spec: $(STAMP)
	$(BIN)/python tools/gen_spec.py ../shared/twilio-oai
	$(BIN)/python tools/gen_stubs.py

bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	bash bench/run.sh

# The two distributions a release uploads: callbox and callbox-sandbox, into dist/.
wheels: $(STAMP)
	$(BIN)/python -m pip wheel --quiet --no-deps -w dist . ./packaging/sandbox

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache .coverage
