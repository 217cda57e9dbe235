# The two commands of README.md, and the rest of the developer loop.
# Every target first makes sure the system libraries the build links (and tmux for the tests) are installed.

SHELL := /bin/bash
SWIFT ?= swift
SYSTEM_PACKAGES := libncursesw5-dev libsqlite3-dev libcurl4-openssl-dev
TEST_PACKAGES := tmux
BUILD_FLAGS ?=

.PHONY: demo test bench build system-packages test-packages clean

demo: system-packages build
	.build/debug/examiner demo

build: system-packages
	$(SWIFT) build $(BUILD_FLAGS)

test: system-packages test-packages
	$(SWIFT) test $(BUILD_FLAGS)

bench: system-packages
	$(SWIFT) build -c release --product examiner-bench
	.build/release/examiner-bench

system-packages:
	@scripts/ensure-packages $(SYSTEM_PACKAGES)

test-packages:
	@scripts/ensure-packages $(TEST_PACKAGES)

clean:
	rm -rf .build
