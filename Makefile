# Solidarity Across Borders — two commands: `make site` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
KIT := $(BIN)/solidarity-kit
# Same sources, same bytes: dates inside the build come from the last commit.
export SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 315532800)

.PHONY: site test check serve serve-es lab lint clean

$(STAMP): pyproject.toml package.json package-lock.json
	@echo "Setting up $(VENV) (first run only)…"
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet -e ".[test]"
	npm ci --no-audit --no-fund --loglevel=error
	touch $(STAMP)

site: $(STAMP)   ## check the content, build site and PDFs into build/
	$(KIT) build

check: $(STAMP)  ## content checks only
	$(KIT) check

test: $(STAMP)   ## the whole test suite
	$(BIN)/ruff check src tests
	$(BIN)/pytest

serve: $(STAMP)  ## live preview (English); `make serve-es` for Spanish
	$(KIT) serve --lang en

serve-es: $(STAMP)
	$(KIT) serve --lang es

lab: $(STAMP)    ## JupyterLab for the notebooks (optional extra)
	$(BIN)/pip install --quiet -e ".[lab]"
	$(BIN)/jupyter lab notebooks/

clean:
	rm -rf build .cache
