# The two commands of the README: `make run` (the app on the bundled briefing) and `make test`.
# Both create the virtual environment in .venv on first use.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-test
BRIEFING ?= briefings/000_d4146e07ab737f61.yaml
PYTEST_ARGS ?=

.PHONY: run test venv clean keys screenshot bench fuzz

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	# An editable install writes no bytecode (nor does Python under PYTHONDONTWRITEBYTECODE):
	# compile the package once, as a regular install would, so no start compiles it again.
	$(BIN)/python -m compileall -q tui
	touch $(STAMP)

venv: $(STAMP)

run: $(STAMP)
	$(BIN)/briefing $(BRIEFING)

# The key reference, generated from the bindings (tests/app/test_keys_doc.py checks it is current).
keys: $(STAMP)
	$(BIN)/python -m tui.app.keymap > docs/keys.md

# The README's screenshot, taken by the app itself (App.save_screenshot) on the bundled briefing.
screenshot: $(STAMP)
	$(BIN)/python -m tui.app.screenshot $(BRIEFING) docs/screenshot.svg

test: $(STAMP)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# The benchmark of issue 8 (ratios against baselines of the same run; writes docs/benchmarks.md).
# BENCH_ARGS=--quick for a two-minute run.
BENCH_ARGS ?=
bench: $(STAMP)
	$(BIN)/python -m bench $(BENCH_ARGS)

# The reliability fuzzing of issue 9 with many more examples than CI runs (FUZZ_EXAMPLES each).
FUZZ_EXAMPLES ?= 2000
fuzz: $(STAMP)
	BRIEFING_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) BRIEFING_FUZZ_RANDOM=1 $(BIN)/python -m pytest tests/reliability -q -p no:cacheprovider -s -k fuzz

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .hypothesis
