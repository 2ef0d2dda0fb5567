# augenhoehe: one front door. `make demo` runs the app, `make test` runs every test.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.test-installed
export AUGENHOEHE_DATA_DIR ?= $(CURDIR)/var

.PHONY: install install-test demo serve test lint bench eval messages clean help

help:
	@echo "make demo   - install, create a demo database, start http://127.0.0.1:8000"
	@echo "make test   - install test needs (chromium, PostgreSQL), run all tests"
	@echo "make lint   - ruff, mypy and the layer contracts (lint-imports)"
	@echo "make messages - update and compile the translation catalogues (web/locale)"
	@echo "make bench  - benchmarks (figures printed)"
	@echo "make eval   - evaluation of the checker and the monitoring"

$(STAMP): pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(VENV)/bin/pip install -q --disable-pip-version-check uv
	$(VENV)/bin/uv pip install -q -p $(PY) -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

$(TEST_STAMP): $(STAMP) scripts/install-system-deps.sh
	bash scripts/install-system-deps.sh
	touch $(TEST_STAMP)

install-test: $(TEST_STAMP)

demo: install
	@bash scripts/demo.sh

serve: install
	$(VENV)/bin/augenhoehe serve

test: install-test
	@bash scripts/run-tests.sh

lint: install
	$(VENV)/bin/ruff check src tests bench
	AUGENHOEHE_SECRET_KEY=lint-only-not-a-real-key $(VENV)/bin/mypy src
	AUGENHOEHE_SECRET_KEY=lint-only-not-a-real-key $(VENV)/bin/lint-imports

bench: install
	@bash scripts/run-bench.sh

eval: install
	@bash scripts/run-eval.sh

# Catalogues: German is the source; domain texts are marked with domain/i18n.py:gettext_noop.
LOCALES := en de_Simple uk ar tr ru
messages: install
	cd src/augenhoehe && ../../$(PY) ../../manage.py makemessages $(addprefix -l ,$(LOCALES)) \
	  -e html -e py --no-obsolete --no-location -i 'check/reader' -i simulation -i research \
	  -i privacy -i cli -i bootstrap.py -i files.py
	# the apps' own catalogues serve staff pages only (German and English): drop the others makemessages made
	find src/augenhoehe/web/*/locale -mindepth 1 -maxdepth 1 -type d ! -name en -exec rm -rf {} +
	cd src/augenhoehe/web && ../../../$(PY) ../../../manage.py compilemessages $(addprefix -l ,$(LOCALES))

clean:
	rm -rf var test-artifacts .pytest_cache
