# make run   — set up system libraries, build, and run the main job on the bundled fixtures
# make test  — the same set-up, then the test suite
# make chromium    — install headless Chromium for the browser tests (CI does; without it they are skipped)
# make screenshot  — docs/report.png and docs/report-phone.png: the HTML report of the fixtures as Chromium
#                    shows it on a desktop (1280 pixels wide) and on a phone (390)
# make bench-tagging — competency tagging P/R/F1 on Benchmarks/tagging (test half, dev half), before and after
# make lint        — swift format lint (.swift-format) over every Swift file, and the README's module table
#                    against the imports; make format fixes the formatting
# make bench-speed — jdmatch-bench on a mixed and a text-dense synthetic corpus (scripts/generate-corpus.py)
# make bench-instructions — callgrind instruction counts per page (floor, extract, rank --jobs 1), per byte of
#                    main text (analysis) and for one `jdmatch score`, on fixed samples (scripts/bench-instructions.py)
# make bench-kinds  — document kinds: real postings and resumes kept, real non-posting pages (wcxb-dev) set aside
# make install    — the release binary to $(PREFIX)/bin/jdmatch and its data (Lexicons/) to
#                    $(PREFIX)/share/jdmatch/Lexicons, where the installed binary finds them; PREFIX=/usr/local by
#                    default, DESTDIR for staging; make uninstall removes both
# make bench-skills — ESCO labels found per sentence on the Decorte et al. validation files (Benchmarks/skills),
#                     precision and recall beside an exact-label-match baseline
# make test-dask  — scripts/dask-analyze.py on a local Dask cluster of two worker processes against one
#                    `jdmatch analyze --format jsonl` (DaskDriverTests), with dask[distributed] pinned in a venv
#                    under .build (scripts/dask-requirements.txt); nothing installed outside the checkout
SHELL := /bin/bash
SWIFT ?= swift
# Debian packages the build needs, as "pkg-config-name:apt-package" pairs.
SYSTEM_LIBS := libxml-2.0:libxml2-dev poppler-glib:libpoppler-glib-dev libcmark-gfm:libcmark-gfm-dev
# The same for packages that ship no .pc file, as "header:apt-package" pairs (the header in /usr/include):
# cmark-gfm's extensions, which libcmark-gfm.pc links but another package holds.
SYSTEM_HEADERS := cmark-gfm-core-extensions.h:libcmark-gfm-extensions-dev
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
JDMATCH := .build/release/jdmatch
# Release builds link the Swift runtime and Foundation statically: the binary starts without resolving
# thousands of shared-library symbols, which is a third of a `jdmatch score` run otherwise. Generic types made
# concrete (a Dictionary of a key type of ours, a Set in the argument parser) get their metadata through the
# type's accessor rather than from a mangled name: a mangled name makes the runtime demangle it and look up each
# conformance it requires by scanning all 7,000 conformance records of the binary, the first time each is seen
# (some 300,000 instructions a look-up; `jdmatch score` 110.7 M → 98.9 M instructions).
RELEASE := -c release --static-swift-stdlib \
  -Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors
PREFIX ?= /usr/local
DESTDIR ?=
BINDIR := $(DESTDIR)$(PREFIX)/bin
DATADIR := $(DESTDIR)$(PREFIX)/share/jdmatch
# The data the binary reads beside its lexicon (LexiconLocator finds $(PREFIX)/share/jdmatch/Lexicons/cpo.yaml
# from $(PREFIX)/bin/jdmatch): lexicon, roles, document kinds, scoring model, background frequencies, skills.
LEXICON_FILES := $(wildcard Lexicons/*.yaml Lexicons/*.json Lexicons/*.tsv Lexicons/*.md Lexicons/LICENSE*)
SKILL_FILES := $(wildcard Lexicons/skills/*.tsv Lexicons/skills/*.md Lexicons/skills/LICENSE*)

.PHONY: run test lint format bench-speed bench-instructions setup build release bench-extraction bench-matching bench-requirements bench-tagging bench-skills bench-kinds background clean \
  chromium screenshot install install-built uninstall test-dask

setup:
	@missing=""; \
	command -v pkg-config >/dev/null || missing="$$missing pkg-config"; \
	for pair in $(SYSTEM_LIBS); do \
	  pc=$${pair%%:*}; pkg=$${pair##*:}; \
	  pkg-config --exists $$pc 2>/dev/null || missing="$$missing $$pkg"; \
	done; \
	for pair in $(SYSTEM_HEADERS); do \
	  header=$${pair%%:*}; pkg=$${pair##*:}; \
	  [ -e /usr/include/$$header ] || missing="$$missing $$pkg"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing missing system packages:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

build: setup
	$(SWIFT) build

release: setup
	$(SWIFT) build $(RELEASE) --product jdmatch

run: release
	$(JDMATCH) rank --resume Fixtures/resumes/vp-product-morgan-ellis.md Fixtures/postings
	@echo
	$(JDMATCH) score --resume Fixtures/resumes/vp-product-morgan-ellis.md Fixtures/postings/greenhouse-cpo-lumora.html

install: release
	@$(MAKE) --no-print-directory install-built PREFIX="$(PREFIX)" DESTDIR="$(DESTDIR)"

# The copy alone, of a binary `make release` built (the tests run this: no build inside a test run).
install-built:
	@[ -x $(JDMATCH) ] || { echo "make: no $(JDMATCH); run make release first" >&2; exit 1; }
	install -d "$(BINDIR)" "$(DATADIR)/Lexicons/skills"
	install -m 755 $(JDMATCH) "$(BINDIR)/jdmatch"
	install -m 644 $(LEXICON_FILES) "$(DATADIR)/Lexicons/"
	install -m 644 $(SKILL_FILES) "$(DATADIR)/Lexicons/skills/"
	@echo "installed $(BINDIR)/jdmatch and its data in $(DATADIR)/Lexicons"

uninstall:
	rm -f "$(BINDIR)/jdmatch"
	rm -rf "$(DATADIR)"

test: setup
	$(SWIFT) build $(RELEASE) --product jdmatch
	$(SWIFT) test

# The Dask driver's test, with the pinned dask[distributed] in a venv of its own (remade when the pins change).
# Debian's own python3 makes venvs only with python3-venv installed: it is installed when the first try fails.
DASK_VENV := .build/dask-venv

$(DASK_VENV)/installed: scripts/dask-requirements.txt
	rm -rf $(DASK_VENV)
	python3 -m venv $(DASK_VENV) 2>/dev/null || { rm -rf $(DASK_VENV); $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq python3-venv && python3 -m venv $(DASK_VENV); }
	$(DASK_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r scripts/dask-requirements.txt
	touch $@

test-dask: setup $(DASK_VENV)/installed
	JDMATCH_DASK_PYTHON=$(CURDIR)/$(DASK_VENV)/bin/python $(SWIFT) test --filter DaskDriverTests

# The Swift files the formatter checks: every target, the fuzz package and the manifests.
SWIFT_FILES := Sources Tests Fuzz/Sources Fuzz/Package.swift Package.swift

lint:
	$(SWIFT) format lint --strict --recursive --parallel $(SWIFT_FILES)
	scripts/check-module-graph.sh

format:
	$(SWIFT) format --in-place --recursive --parallel $(SWIFT_FILES)

chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "Installing chromium for the browser tests"; \
	  { $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium; } \
	    || echo "warning: chromium could not be installed; the browser tests will be skipped"; \
	}

# Chromium's window is never narrower than 500 pixels, so the phone's 390 are an iframe of that width.
screenshot: release chromium
	$(JDMATCH) rank --resume Fixtures/resumes/vp-product-morgan-ellis.md Fixtures/postings --quiet \
	  --format html --output .build/report.html
	chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir=.build/chromium-profile \
	  --window-size=1280,1600 --screenshot=docs/report.png file://$(CURDIR)/.build/report.html 2>/dev/null
	printf '%s' '<!DOCTYPE html><meta charset="utf-8"><title>phone</title><body style="margin:0">' \
	  '<iframe src="report.html" style="display:block;border:0;width:390px;height:1800px"></iframe>' \
	  > .build/report-phone.html
	chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir=.build/chromium-profile \
	  --window-size=390,1800 --screenshot=docs/report-phone.png file://$(CURDIR)/.build/report-phone.html 2>/dev/null

bench-extraction: release
	../shared/bench/score-extraction -- $(JDMATCH) extract --format text {}

# Skill extraction on the validation sentences of the Decorte et al. benchmark, beside exact label matching.
bench-skills: release
	scripts/bench-skills.py --jdmatch $(JDMATCH)

# Document kinds: every real posting kept, every real resume read as one, non-posting web pages set aside.
bench-kinds: release
	scripts/bench-kinds.py --jdmatch $(JDMATCH)

# Ranking quality on real postings against TF-IDF and BM25 (see scripts/bench-matching.sh).
bench-matching: release
	scripts/bench-matching.sh $(JDMATCH)

# The text part's background term frequencies, from the project's own postings and resumes only.
background: release
	$(JDMATCH) lexicon background Fixtures/postings/*.{html,htm,mhtml,mht,txt,md,pdf} Fixtures/resumes/[a-z]* \
	  Benchmarks/resumes/[a-z]*.{md,docx,pdf} --output Lexicons/background-df.tsv

# Two corpora of 2,000 postings each (made once under .build/corpora), measured in one run.
bench-speed: setup
	$(SWIFT) build $(RELEASE) --product jdmatch
	$(SWIFT) build $(RELEASE) --product jdmatch-bench
	@[ -d .build/corpora/mixed ] || python3 scripts/generate-corpus.py --count 2000 --seed 42 .build/corpora/mixed
	@[ -d .build/corpora/text-dense ] || \
	  python3 scripts/generate-corpus.py --count 2000 --seed 42 --shape text-dense .build/corpora/text-dense
	.build/release/jdmatch-bench .build/corpora/mixed .build/corpora/text-dense \
	  --resume Fixtures/resumes/vp-product-morgan-ellis.md

# Instruction counts under callgrind on fixed samples: stable figures whatever the machine's load.
bench-instructions: setup
	$(SWIFT) build $(RELEASE) --product jdmatch
	$(SWIFT) build $(RELEASE) --product jdmatch-bench
	@command -v valgrind >/dev/null || { $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq valgrind; }
	scripts/bench-instructions.py --jdmatch $(JDMATCH) --bench .build/release/jdmatch-bench

bench-requirements: setup
	@$(SWIFT) test --filter RequirementImportanceTests 2>&1 | grep '^importance,'

bench-tagging: setup
	$(SWIFT) build $(RELEASE) --product jdmatch-bench
	.build/release/jdmatch-bench tagging Benchmarks/tagging/sentences.tsv --lexicon Lexicons/cpo.yaml \
	  --baseline Benchmarks/tagging/cpo-before-issue-12.yaml

clean:
	rm -rf .build
