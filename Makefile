# The two commands a fresh machine needs (see README):
#   make demo   build the demo catalog (Site/) into _site/
#   make test   run the whole test suite
SWIFT ?= swift
SITE_OUT ?= _site

.PHONY: demo test deps check-deps release bench clean theme demo-zip fuzz lint format

deps:
	@scripts/ensure-deps.sh build

# The build's libraries plus what the site checks use (Chromium, Java, the Nu validator, axe-core).
check-deps:
	@scripts/ensure-deps.sh check

# Release builds link the Swift runtime and Foundation statically: every retain and release
# is a direct call, and start-up binds far fewer symbols; and they optimize across modules,
# so that generic code in one target is specialized where another calls it (README,
# "Performance").
RELEASE_FLAGS ?= -c release --static-swift-stdlib -Xswiftc -cross-module-optimization

release: deps
	$(SWIFT) build $(RELEASE_FLAGS) --product plugin-catalog

demo: release
	.build/release/plugin-catalog build --config Site/catalog.yml --output $(SITE_OUT)
	@echo "Open $(abspath $(SITE_OUT))/index.html"

test: check-deps lint
	@[ -d ../shared ] || echo "note: ../shared is missing: the suites that read the reference material, corpus and conformance vectors are skipped (with CI=true they fail)"
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# The layout of Sources/ is swift-format's, with the settings in .swift-format (`make format` applies it).
lint:
	$(SWIFT) format lint --strict --configuration .swift-format --recursive Sources

format:
	$(SWIFT) format format --in-place --configuration .swift-format --recursive Sources

bench: deps
	$(SWIFT) build $(RELEASE_FLAGS) --product catalog-benchmark
	.build/release/catalog-benchmark

clean:
	rm -rf .build $(SITE_OUT)

# Every fuzz target (or those in FUZZ_TARGETS) for FUZZ_SECONDS each; corpus, crashes and
# logs under .build-fuzz/ (docs/fuzzing.md).
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?=
fuzz: deps
	FUZZ_SECONDS=$(FUZZ_SECONDS) Fuzz/run.sh $(FUZZ_TARGETS)

# Regenerate Sources/SiteBuilder/Theme/EmbeddedTheme.swift after editing Themes/default.
theme:
	RECORD_THEME=1 $(SWIFT) test --filter ThemeEmbeddingTests

# Rebuild the zipped demo package from Site/sources/weather.
demo-zip:
	python3 scripts/zip-demo.py
