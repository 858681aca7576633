# privacyscan: `make demo` and `make test` set up everything they need on a fresh machine.
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
OUT ?= out
APT_PACKAGES := tesseract-ocr tesseract-ocr-nld tesseract-ocr-eng samba antiword faketime \
	libreoffice-calc poppler-utils fonts-dejavu-core
export PRIVACYSCAN_KEY ?= demo-key-not-secret

.PHONY: demo test bench eval sysdeps install lock clean

$(STAMP): pyproject.toml requirements.lock
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -c requirements.lock -e '.[dev]'
	touch $@

install: $(STAMP)

# System packages: installed with apt-get when root, otherwise the exact command is printed.
# With CI=true a missing one is a failure, never a silent skip.
sysdeps:
	@missing=""; \
	command -v tesseract >/dev/null || missing="$$missing tesseract-ocr"; \
	{ command -v tesseract >/dev/null && tesseract --list-langs 2>/dev/null | grep -qx nld; } || missing="$$missing tesseract-ocr-nld"; \
	command -v smbd >/dev/null || test -x /usr/sbin/smbd || missing="$$missing samba"; \
	command -v antiword >/dev/null || missing="$$missing antiword"; \
	command -v faketime >/dev/null || missing="$$missing faketime"; \
	command -v soffice >/dev/null || missing="$$missing libreoffice-calc"; \
	command -v pdftotext >/dev/null || missing="$$missing poppler-utils"; \
	test -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf || missing="$$missing fonts-dejavu-core"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "installing system packages:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(APT_PACKAGES) >/dev/null; \
	  else \
	    echo "missing system packages:$$missing"; \
	    echo "run: sudo apt-get install -y $(APT_PACKAGES)"; \
	    if [ "$${CI:-}" = true ]; then exit 1; fi; \
	  fi; \
	fi

demo: $(STAMP) sysdeps
	$(PY) sample_data/generate.py --touch
	@mkdir -p $(OUT)
	@# the sample share is a snapshot of its reference date: judge retention as of that day
	$(VENV)/bin/privacyscan scan sample_data/documents --report $(OUT)/report.xlsx \
	  --jsonl $(OUT)/findings.jsonl --db $(OUT)/index.sqlite \
	  --as-of $$($(PY) -c 'import json; print(json.load(open("sample_data/manifest.json"))["reference_date"])')

test: $(STAMP) sysdeps
	$(PY) -m ruff check --quiet .
	$(PY) -m pytest -q -n 2 --dist loadgroup

bench: $(STAMP) sysdeps
	@for b in tests/bench/bench_*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

eval: $(STAMP)
	@for e in tests/eval/eval_*.py; do echo "== $$e"; $(PY) $$e || exit 1; done

# Regenerate the lock from the current venv after changing dependencies in pyproject.toml.
lock: $(STAMP)
	$(PY) -m pip freeze --exclude-editable | grep -v '^-e' > requirements.lock

clean:
	rm -rf $(OUT) .pytest_cache
