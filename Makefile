# The two commands of the README: `make run` (the app on the bundled briefing) and `make test`.
# Both create the virtual environment in .venv on first use.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-test
BRIEFING ?= briefings/000_d4146e07ab737f61.yaml
PYTEST_ARGS ?=

.PHONY: run test venv clean keys screenshot

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
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

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .hypothesis
