# The contract of DESIGN.md: install, run, test. Everything else is a convenience.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PYTEST_WORKERS ?= 2

export DJANGO_SETTINGS_MODULE ?= sites.settings.dev

.PHONY: install tools run test check bench bench-search backup restore clean

VNU_JAR := .tools/node_modules/vnu-jar/build/dist/vnu.jar

install: $(VENV)/.installed tools

$(VENV)/.installed: requirements.txt requirements-dev.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $@

# The Nu Html Checker for the browser tests (npm package vnu-jar, pinned in .tools/package-lock.json; run
# with Java). Without npm the browser tests skip the check and say why (on CI they fail instead).
tools: $(VNU_JAR)

$(VNU_JAR): .tools/package.json .tools/package-lock.json
	@if command -v npm >/dev/null 2>&1; then npm ci --prefix .tools --no-audit --no-fund --ignore-scripts && touch $@; \
	else echo "npm not found: the Nu Html Checker (vnu.jar) is not installed; browser tests will skip it."; fi

run: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py seed_demo
	$(BIN)/python manage.py runserver 0.0.0.0:8000

# Browser tests and the tests with real servers (marker `live`) run in a second, single-process pass: they
# need a live server and a transactional database, which would wipe the data the other tests share.
test: install
	DJANGO_SETTINGS_MODULE=sites.settings.test $(BIN)/python -m pytest -n $(PYTEST_WORKERS) -m "not e2e and not live" $(PYTEST_ARGS)
	DJANGO_SETTINGS_MODULE=sites.settings.test $(BIN)/python -m pytest -m "e2e or live" $(PYTEST_ARGS)

check: install
	$(BIN)/python manage.py check
	$(BIN)/python manage.py makemigrations --check --dry-run

# Times the oversight scorecard on 500 portals × 200 pages (bulk-generated into a throwaway database:
# /tmp/bench-scorecard.sqlite3, or BENCH_DATABASE_URL, which must be an empty database you can lose).
# Then times production serving (bench/serving.py): gunicorn uncached, from the application's page cache and
# from Varnish, against nginx serving a static file and a trivial Django view, in interleaved wrk rounds;
# counts the queries of every kind of page at demo size and with the content ×10 (bench/content.py); soaks
# the server with mixed traffic and publishing for SOAK_SECONDS (bench/soak.py, default 600). Compares the
# uncached home, article and register with Wagtail's bakerydemo in the same rounds (bench/bakerydemo.py: cloned
# into the bench work folder at bench time, or BAKERYDEMO_DIR; skipped with a message when unavailable).
bench: install
	$(BIN)/python bench/scorecard.py
	$(BIN)/python bench/serving.py
	$(BIN)/python bench/bakerydemo.py
	$(BIN)/python bench/content.py
	$(BIN)/python bench/soak.py
	$(BIN)/python bench/search.py

# Search p50/p95 at 100,000 pages (bench/search.py), portal and province-wide, with and without diacritics.
# Needs an empty, throwaway PostgreSQL database of its own: BENCH_SEARCH_DATABASE_URL (or BENCH_DATABASE_URL).
bench-search: install
	$(BIN)/python bench/search.py

# PostgreSQL dump plus media (deploy/backup.sh, deploy/restore.sh; README «Triển khai»).
BACKUP_DIR ?= backups
backup:
	deploy/backup.sh $(BACKUP_DIR)

restore:
	@test -n "$(BACKUP)" || (echo "make restore BACKUP=backups/portal-YYYYmmdd-HHMMSS"; exit 2)
	deploy/restore.sh $(BACKUP)

clean:
	rm -rf $(VENV) db.sqlite3 media-test media-test-private private-media .pytest_cache .tools/node_modules screenshots
