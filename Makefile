# Front door. `make demo` scans examples/; `make test` builds everything and runs every test.
# Both run scripts/setup first (idempotent: Debian packages and npm ci in deps/).
PRESET ?= dev
BUILD := build/$(PRESET)

.PHONY: setup configure build demo test test-faketime asan bench fuzz clean package install

setup:
	@scripts/setup

configure: setup
	@test -f $(BUILD)/build.ninja || cmake --preset $(PRESET)

build: configure
	@cmake --build --preset $(PRESET)

demo: configure
	@cmake --build --preset $(PRESET) --target atscan-doors
	@$(BUILD)/cli/atscan scan examples; rc=$$?; test $$rc -le 1

test: build
	@ctest --preset $(PRESET)

# The whole suite with the machine clock faked to 2028-06-01 (libfaketime, Debian package faketime):
# every date decision must come from --now / SOURCE_DATE_EPOCH, never from the machine clock.
FAKE_NOW ?= 2028-06-01 12:00:00
test-faketime: build
	@faketime '$(FAKE_NOW)' date -u +'test-faketime: the machine clock reads %F %T'
	@faketime '$(FAKE_NOW)' ctest --preset $(PRESET)

asan:
	@$(MAKE) test PRESET=asan

bench: build
	@ATSCAN=$(BUILD)/cli/atscan bench/run.sh

# A Debian package of the build (CPack): $(BUILD)/atscan_<version>_<arch>.deb.
package: build
	@cmake --build --preset $(PRESET) --target package

# Into PREFIX (default /usr/local): bin/atscan, share/atscan/rules, lib/atscan, the man page.
PREFIX ?= /usr/local
install: build
	@cmake --install $(BUILD) --prefix $(PREFIX)

# libFuzzer targets (fuzz preset), FUZZ_SECONDS (default 60) each; crashes land in tests/fuzz/regressions/.
fuzz: setup
	@fuzz/run.sh

clean:
	rm -rf build
