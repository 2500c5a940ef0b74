# The two set-up commands of the README: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test bench lint templat contoh docs clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/rkt demo

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check .

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

templat: $(STAMP)
	$(BIN)/rkt templat
	$(BIN)/rkt xlsm
	$(BIN)/rkt templat-dokumen --baru --folder rkt_xl/documents/data

contoh: $(STAMP)
	$(BIN)/rkt contoh

clean:
	rm -rf $(VENV) hasil .pytest_cache .hypothesis

docs: $(STAMP)
	$(BIN)/python -m rkt_xl.texts.finding_docs
