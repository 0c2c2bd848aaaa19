# The Media Ahead CMS. `make help` lists the targets.
PYTHON ?= python3
PORT ?= 8000
HOST ?= 127.0.0.1
VENV ?= .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
INSTALLED := $(VENV)/.installed
# axe-core for the browser tests (tests/browser). npm's own record of what it installed is the
# stamp: `npm ci` (here or in .ci/run) rewrites it, so npm runs again only when the lock changes.
NODE_INSTALLED := $(if $(wildcard package.json),node_modules/.package-lock.json)
# Test workers (pytest-xdist), one per core of a small CI machine; TEST_WORKERS=0 runs in one process.
TEST_WORKERS ?= 2
# The demo site and the API's absolute URLs point where `make run` serves.
export WAGTAILADMIN_BASE_URL ?= http://localhost:$(PORT)

.DEFAULT_GOAL := help
.PHONY: help install run seed test lint format check messages schema bench constraints clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(INSTALLED): $(BIN)/python pyproject.toml requirements/constraints.txt
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements/constraints.txt -e ".[dev]"
	@touch $(INSTALLED)

node_modules/.package-lock.json: package.json $(wildcard package-lock.json)
	@if command -v npm >/dev/null 2>&1; then \
		npm ci --no-audit --no-fund && touch $@; \
	else \
		echo "npm not found: no axe-core, so the browser tests will skip"; \
	fi

install: $(INSTALLED) $(NODE_INSTALLED) ## Create the virtualenv and install everything (again only when dependencies change)
	$(MANAGE) compilecatalogues

seed: install ## Migrate and load the demo content (idempotent)
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo_content --users
	$(MANAGE) load_gallery_demo --users

run: seed ## Install, migrate, load demo content and serve on SQLite at PORT (default 8000)
	@echo ""
	@echo "  The Media Ahead CMS runs at http://$(HOST):$(PORT)/"
	@echo "  Admin:  http://$(HOST):$(PORT)/admin/   login admin / mediastad, curator / mediastad   (development only)"
	@echo "  API:    http://$(HOST):$(PORT)/api/v2/pages/?locale=nl   http://$(HOST):$(PORT)/api/gallery/artworks/   docs: http://$(HOST):$(PORT)/api/docs/"
	@echo "  Urban Gallery: http://$(HOST):$(PORT)/nl/urban-gallery/   open call: http://$(HOST):$(PORT)/nl/open-call/"
	@echo ""
	$(MANAGE) runserver $(HOST):$(PORT)

test: install ## Run the test suite (PostgreSQL when DATABASE_URL is set, else SQLite)
	$(BIN)/pytest -n $(TEST_WORKERS) $(PYTEST_ARGS)

lint: install ## Check code style with ruff
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install ## Format the code with ruff
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

check: install ## Django system checks and a check for missing migrations
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run --noinput

messages: install ## Update the Dutch catalogue from the source (needs GNU gettext)
	$(MANAGE) makemessages --locale nl --ignore ".venv/*" --ignore "tests/*" --ignore "bench/*" --no-obsolete

schema: install ## Regenerate the committed OpenAPI document (api/openapi.yaml), validated
	DJANGO_SETTINGS_MODULE=cms.settings.test $(MANAGE) spectacular --validate --fail-on-warn --file api/openapi.yaml

bench: install ## Benchmarks: print figures and ratios, never pass/fail
	$(BIN)/python bench/run.py

constraints: ## Regenerate the pinned versions from the current virtualenv
	(echo "# Tested versions of every dependency. Regenerate with: make constraints"; \
	 $(BIN)/pip freeze --exclude-editable | grep -v the-media-ahead) > requirements/constraints.txt

clean: ## Remove the virtualenv, node_modules, the SQLite database and local media
	rm -rf $(VENV) node_modules db.sqlite3 static
	find media -mindepth 1 ! -name .gitkeep -delete
