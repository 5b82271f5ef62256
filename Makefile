# Two commands do everything: `make demo` and `make test`. Each builds .venv first when it is missing or stale.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: demo test lint audit lab validate release check bench clean
WORK := work

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

demo: $(STAMP)  ## release Lab 0, grade five sample submissions, print the table
	$(PY) -m autograder demo

test: lint  ## lint, then the whole test suite (what CI runs)
	$(PY) -m pytest

lint: $(STAMP)  ## ruff's lint and format checks
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

audit: $(STAMP)  ## grade every declared mistake and alternative of every lab (LAB=lab00 for one)
	$(PY) -m autograder audit $(LAB)

lab: $(STAMP)  ## copy new labs into work/ (untracked; never overwrites), open it in JupyterLab as a student
	$(PY) -m autograder workspace --labs labs --work $(WORK)
	JUPYTER_CONFIG_DIR="$(CURDIR)/$(WORK)/.jupyter" $(VENV)/bin/jupyter lab $(WORK)/

validate: $(STAMP)  ## run work/$(LAB)/$(LAB).ipynb the way the grader will: make validate LAB=lab00
	@test -n "$(LAB)" || { echo "usage: make validate LAB=lab00"; exit 2; }
	$(PY) -m autograder validate $(WORK)/$(LAB)/$(LAB).ipynb

release: $(STAMP)  ## regenerate labs/ from solutions/ after editing a solution notebook
	$(PY) -m autograder generate

check: $(STAMP)  ## fail if labs/ is stale or leaks solutions
	$(PY) -m autograder check

bench: $(STAMP)  ## re-measure every README table (about 1 h, quiet machine); LLM=1 adds SmolLM2's, 25 min
	$(PY) bench/spmm.py
	$(PY) bench/notebook_runtime.py
	$(PY) bench/autograde.py
	$(PY) bench/audits.py
	if [ -n "$(LLM)" ]; then \
		$(PY) bench/kv_cache.py --passages 4 --length 256 --budgets 32 64 128 --threads 1 && \
		OMP_NUM_THREADS=1 $(PY) bench/llm_prune.py --calibration 16 --evaluation 16; \
	else echo "kv_cache and llm_prune (SmolLM2) tables not re-measured: make bench LLM=1 does"; fi
	$(PY) bench/readme_tables.py  # the README's generated tables, from bench/results/*.json

clean:
	rm -rf $(VENV) .pytest_cache .nbgrader
