# diplograph: two commands on a fresh machine.
#   make demo  - set up, ingest examples/ into the default store, look up Modi, write the HTML graph
#   make test  - set up with test extras and run the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test install install-test browser score bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install -q -e .

install-test: $(BIN)/python
	$(BIN)/pip install -q -e '.[test]'

# Debian's chromium for the browser tests of the HTML graph (no browser download).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "chromium not installed and no root/apt: browser tests will skip"; fi; }

demo: install
	$(BIN)/diplograph ingest examples/articles
	$(BIN)/diplograph meetings Modi
	$(BIN)/diplograph viz -o diplograph-graph.html
	$(BIN)/diplograph timeline Modi -o diplograph-timeline-modi.png
	@echo "Browse it: $(BIN)/diplograph serve  (then open http://127.0.0.1:8000/)"

# A private Virtuoso on 127.0.0.1 for the remote-store tests (exit 3: no root/apt, they skip;
# on CI they fail instead). It is stopped whatever pytest says.
test: install-test browser
	scripts/virtuoso.sh start || [ $$? = 3 ]
	$(BIN)/python -m pytest -q; rc=$$?; scripts/virtuoso.sh stop || true; exit $$rc

score: install
	$(PYTHON) ../shared/tools/score.py ../shared/corpus/dev --cli $(BIN)/diplograph

clean:
	rm -rf $(VENV) diplograph-store diplograph-graph.html diplograph-timeline-*.png *.egg-info
