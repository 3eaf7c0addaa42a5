# actplot: `make examples` renders every function into Examples/, `make test` runs the tests.
# Both first install Cairo and the DejaVu fonts with apt-get when they are missing.

SWIFT ?= swift
BIN := .build/release/actplot
SOURCES := Package.swift $(shell find Sources -name '*.swift' -o -name '*.c' -o -name '*.h' -o -name '*.modulemap')
# The release binary: the Swift libraries inside it, and no $ORIGIN search path (it loads no
# library of its own). Generic types' metadata made by calls rather than from mangled names:
# the runtime would otherwise check each generic requirement (a Dictionary key's Hashable, say)
# by searching all of the binary's 3,900 conformance records, at every start, some 3.5 million
# instructions, a sixth of a terminal chart's. The C targets' debug information as DWARF 4:
# valgrind 3.19 (make bench counts instructions with callgrind) cannot read clang's DWARF 5.
RELEASE := -c release --static-swift-stdlib --disable-local-rpath -Xcc -gdwarf-4 \
	-Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps build test examples examples-all examples-each readme bench base fuzz fuzz-build fuzz-merge clean \
	browser-deps browser-test

all: build

# libcairo2-dev for the build, fonts-dejavu-core for matplotlib's face.
deps:
	@if ! pkg-config --exists cairo 2>/dev/null || ! { fc-list 2>/dev/null | grep -q "DejaVuSans.ttf" \
			|| test -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf; }; then \
		echo "Installing libcairo2-dev and fonts-dejavu-core with apt-get"; \
		$(SUDO) apt-get update && $(SUDO) apt-get install -y libcairo2-dev fonts-dejavu-core; \
	fi

build: $(BIN)

$(BIN): $(SOURCES) | deps
	$(SWIFT) build $(RELEASE) --product actplot

# The tests also read PDFs back (pdftotext, pdffonts from poppler-utils), embed a font that
# fontconfig finds by family (Latin Modern Roman, from fonts-lmodern), draw math in matplotlib's
# own faces (python-matplotlib-data) and in the packages actplot falls back to without them
# (fonts-dejavu-extra, fonts-stix, fonts-lyx), run `actplot --term` in tmux, run the HTML page's
# ticker with node, and drive the HTML pages in Chromium (browser-test).
MATH_FONTS := /usr/share/matplotlib/mpl-data/fonts/ttf/DejaVuSans.ttf:python-matplotlib-data \
	/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf:fonts-dejavu-extra \
	/usr/share/fonts/opentype/stix/STIXGeneral-Regular.otf:fonts-stix \
	/usr/share/fonts/truetype/lyx/cmsy10.ttf:fonts-lyx

test: deps browser-deps
	@missing=""; command -v pdftotext >/dev/null || missing="$$missing poppler-utils"; \
		fc-list 2>/dev/null | grep -q "Latin Modern Roman" || missing="$$missing fonts-lmodern"; \
		command -v tmux >/dev/null || missing="$$missing tmux"; \
		for font in $(MATH_FONTS); do test -f "$${font%%:*}" || missing="$$missing $${font##*:}"; done; \
		if [ -n "$$missing" ]; then $(SUDO) apt-get update && $(SUDO) apt-get install -y $$missing; fi
	$(SWIFT) test
	$(BROWSER_TEST)

# Browser tests (Tests/Browser): Playwright from PyPI in a virtual environment, driving Debian's
# chromium package (Playwright's own browser download is not used); node for the ticker test.
# Each is installed when missing.
BROWSER_VENV := .venv-browser
BROWSER_TEST = $(SWIFT) build --product actplot && ACTPLOT=.build/debug/actplot $(BROWSER_VENV)/bin/python -m pytest -q Tests/Browser

browser-deps:
	@command -v node >/dev/null || { $(SUDO) apt-get update && $(SUDO) apt-get install -y nodejs; }
	@test -x /usr/bin/chromium || { $(SUDO) apt-get update && $(SUDO) apt-get install -y chromium; }
	@$(BROWSER_VENV)/bin/python -c "import playwright, pytest, PIL, numpy" 2>/dev/null || { \
		python3 -m venv $(BROWSER_VENV) && $(BROWSER_VENV)/bin/pip install -q -r Tests/Browser/requirements.txt; }

browser-test: deps browser-deps
	$(BROWSER_TEST)

# `make examples`: every function through `actplot all` (parallel across cores), the gallery
# poster, and the README's function table regenerated from the catalog.
examples: examples-all Examples/gallery.png readme

examples-all: $(BIN)
	$(BIN) all -o Examples --format png,svg

Examples/gallery.png: $(BIN)
	$(BIN) gallery -o $@

readme: $(BIN)
	$(BIN) list --json | python3 scripts/readme_gallery.py README.md

# Per-file rules, for `make -j2 examples-each` or one file such as `make Examples/elu.svg`.
# The function names come from the built tool, so the catalog is never listed twice.
.build/functions.mk: $(BIN)
	@printf 'FUNCTIONS := %s\n' "$$($(BIN) list --names | tr '\n' ' ')" > $@

ifneq ($(filter examples-each,$(MAKECMDGOALS)),)
-include .build/functions.mk
endif

examples-each: $(foreach f,$(FUNCTIONS),Examples/$(f).png Examples/$(f).svg)

Examples/%.png: $(BIN)
	@$(BIN) $* --range -10:10 -o $@ && echo "  $@"

Examples/%.svg: $(BIN)
	@$(BIN) $* --range -10:10 -o $@ && echo "  $@"

# Speed and memory goals against gnuplot and matplotlib (installs them if missing), every
# function's instruction count against main's build (BASE_REF), made apart in .build-base, and
# the HTML pages' goals, measured in Chromium.
BASE_REF ?= main
BASE_BIN := .build-base/src/.build/release/actplot
# The in-process timing of math in labels, which bench.py finds beside the binary (defined
# before `bench` names it: make expands prerequisites as it reads them).
MATH_BENCH := .build/release/MathBench
$(MATH_BENCH): $(SOURCES) | deps
	$(SWIFT) build -c release --product MathBench

bench: $(BIN) $(MATH_BENCH) base browser-deps
	python3 bench/bench.py $(BIN) $(BASE_BIN)

# Rebuilt when BASE_REF points at another commit than the one built last.
base: | deps
	@ref=$$(git rev-parse $(BASE_REF)) && \
	if [ "$$(cat .build-base/ref 2>/dev/null)" != "$$ref" ] || [ ! -x $(BASE_BIN) ]; then \
		echo "Building $(BASE_REF) ($$ref) in .build-base for bench's comparison"; \
		rm -rf .build-base/src && mkdir -p .build-base/src && git archive $$ref | tar -x -C .build-base/src && \
		(cd .build-base/src && $(SWIFT) build $(RELEASE) --product actplot) && \
		echo $$ref > .build-base/ref; \
	fi

# libFuzzer over every parser: arguments, function specs, expressions, option values.
# fuzz/corpus is the committed corpus, minimised to the inputs that add coverage; new inputs go to
# fuzz/new and crash, leak and timeout artefacts to fuzz/artifacts (both ignored by git), so a run
# never changes tracked files. A crash fails the run. `make fuzz-merge` folds fuzz/new into the
# committed corpus, keeping the smallest set of inputs that covers what the two cover together
# (libFuzzer's -set_cover_merge, the minimising form of -merge=1).
FUZZ_SECONDS ?= 600
FUZZ_BIN := .build-fuzz/release/ActplotFuzz
FUZZ_FLAGS := -max_len=512 -timeout=20

fuzz-build: | deps
	$(SWIFT) build --product ActplotFuzz --scratch-path .build-fuzz -c release \
		-Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -use-ld=lld

fuzz: fuzz-build
	mkdir -p fuzz/new fuzz/artifacts
	$(FUZZ_BIN) fuzz/new fuzz/corpus fuzz/seeds -max_total_time=$(FUZZ_SECONDS) $(FUZZ_FLAGS) \
		-artifact_prefix=fuzz/artifacts/ -print_final_stats=1

fuzz-merge: fuzz-build
	rm -rf fuzz/merged && mkdir -p fuzz/merged fuzz/new
	$(FUZZ_BIN) -set_cover_merge=1 $(FUZZ_FLAGS) fuzz/merged fuzz/corpus fuzz/new
	rm -rf fuzz/corpus fuzz/new && mv fuzz/merged fuzz/corpus

clean:
	rm -rf .build .build-fuzz .build-base

# ---- Installing: make install, make uninstall, make deb -------------------------------------
# `make install` puts the release binary, the man pages and bash/zsh/fish completions under
# $(DESTDIR)$(PREFIX); no root is needed for a PREFIX you own (`make install PREFIX=~/.local`).
# `make uninstall` removes exactly what it installed, from the manifest it wrote.
PREFIX ?= /usr/local
MAN_DIR := .build/man
COMPLETIONS := $(foreach s,bash zsh fish,.build/completions/actplot.$(s))

.PHONY: man completions install uninstall deb

# Man pages from the command-line help, by swift-argument-parser's generate-manual plugin.
man: $(MAN_DIR)/actplot.1

$(MAN_DIR)/actplot.1: $(SOURCES) VERSION scripts/man-pages.sh | deps
	scripts/man-pages.sh $(MAN_DIR)

completions: $(COMPLETIONS)

.build/completions/actplot.%: $(BIN) packaging/completions/default-subcommand.% scripts/completion-script.sh
	@mkdir -p $(@D)
	scripts/completion-script.sh $(BIN) $* > $@.tmp && mv $@.tmp $@

install: $(BIN) man completions
	scripts/install.sh install "$(DESTDIR)$(PREFIX)" $(BIN) $(MAN_DIR) .build/completions

uninstall:
	scripts/install.sh uninstall "$(DESTDIR)$(PREFIX)"

# actplot_VERSION_ARCH.deb in the current folder (dpkg-dev brings dpkg-shlibdeps).
deb: $(BIN) man completions
	@command -v dpkg-shlibdeps >/dev/null || { $(SUDO) apt-get update && $(SUDO) apt-get install -y dpkg-dev; }
	scripts/build-deb.sh $(BIN) $(MAN_DIR) .build/completions .

# ---- API documentation ------------------------------------------------------------------------
# `make docs`: DocC documentation of the library products Activations and Chart, one static site
# in .build/docs (open .build/docs/index.html through a web server, e.g.
# `python3 -m http.server -d .build/docs`); any DocC warning is an error.
# `make docs-coverage` lists public symbols of both libraries that have no summary and fails if
# there are any.
DOCS_TARGETS := Activations Chart
DOCS_COVERAGE_TARGETS ?= Activations Chart

.PHONY: docs docs-coverage

docs: | deps
	rm -rf .build/docs
	$(SWIFT) package --allow-writing-to-directory .build/docs generate-documentation \
		$(foreach t,$(DOCS_TARGETS),--target $(t)) --enable-experimental-combined-documentation \
		--output-path .build/docs --transform-for-static-hosting --disable-indexing --warnings-as-errors

docs-coverage: | deps
	scripts/check-doc-coverage.sh $(DOCS_COVERAGE_TARGETS)
