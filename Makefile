# The two commands a new user needs: `make play` and `make test`.
export PATH := $(PATH):/opt/swift/usr/bin
SWIFT ?= swift

.PHONY: play test deps test-deps build release bench

play: deps release
	./.build/release/beatpaxos play

test: test-deps
	./scripts/check-test-returns.py
	$(SWIFT) build
	SWIFT=$(SWIFT) ./scripts/test-with-timeout.sh
	./scripts/e2e-cli.sh
	./scripts/e2e-diagram.sh
	./scripts/e2e-window.sh
	./scripts/e2e-raft-window.sh
	./scripts/e2e-hardening.sh
	./scripts/e2e-travel.sh
	./scripts/e2e-keyboard.sh

deps:
	./scripts/install-deps.sh

test-deps:
	./scripts/install-deps.sh --tests

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product beatpaxos

bench: test-deps release
	./scripts/bench.sh
