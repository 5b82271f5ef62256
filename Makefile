# Two commands do everything: `make demo` and `make test`. Each builds .venv first when it is missing or stale.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: demo test lab release check bench clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

demo: $(STAMP)  ## release Lab 0, grade five sample submissions, print the table
	$(PY) -m autograder demo

test: $(STAMP)  ## the whole test suite (what CI runs)
	$(PY) -m pytest

lab: $(STAMP)  ## open the student labs in JupyterLab
	$(VENV)/bin/jupyter lab labs/

release: $(STAMP)  ## regenerate labs/ from solutions/ after editing a solution notebook
	$(PY) -m autograder generate

check: $(STAMP)  ## fail if labs/ is stale or leaks solutions
	$(PY) -m autograder check

bench: $(STAMP)  ## time every lab's solution notebook, normally and in grading mode
	$(PY) bench/notebook_runtime.py

clean:
	rm -rf $(VENV) .pytest_cache .nbgrader
