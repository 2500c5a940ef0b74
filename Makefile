# The two set-up commands of the README: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test bench lint templat contoh docs clean rilis

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# PYTHONWARNINGS: setuptools' note on every editable install ("Editable installation... be careful
# with folders") is information only; hidden so `make demo` prints no setuptools warning.
$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet --upgrade pip
	PYTHONWARNINGS='ignore:Editable installation:UserWarning' $(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(COMPILE)
	$(BIN)/rkt demo

# Bytecode first: where PYTHONDONTWRITEBYTECODE is set (as on some CI machines) every `rkt`
# process the tests start would otherwise compile the whole package again. Python still
# reads the cached files; only changed modules are compiled.
COMPILE := $(BIN)/python -m compileall -q -j 0 rkt_xl

test: $(STAMP)
	$(COMPILE)
	$(BIN)/python -m pytest -q -n auto

lint: $(STAMP)
	$(BIN)/ruff check .

bench: $(STAMP)
	$(COMPILE)
	$(BIN)/python benchmarks/run.py

# The committed workbooks change only here (the commands write to the current folder by default).
templat: $(STAMP)
	$(BIN)/rkt templat -o workbooks/RKT_template.xlsx
	$(BIN)/rkt xlsm -o workbooks/RKT_template.xlsm
	$(BIN)/rkt templat-dokumen --baru --folder rkt_xl/documents/data

contoh: $(STAMP)
	$(BIN)/rkt contoh -o workbooks/contoh/RKT_BKPSDM_2023.xlsx

# dist/rkt_xl-<versi>-windows.zip: everything an office PC needs, installable offline (INSTAL.bat).
rilis: $(STAMP)
	$(BIN)/python tools/rilis.py

clean:
	rm -rf $(VENV) hasil .pytest_cache .hypothesis

docs: $(STAMP)
	$(BIN)/python -m rkt_xl.texts.finding_docs
