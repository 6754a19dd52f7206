#!/usr/bin/env bash
# Runs every test: native unit and property tests, then the release build in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --browser
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

echo "== cargo fmt --check, cargo clippy"
cargo fmt --check
cargo clippy --locked --all-targets -- -D warnings

echo "== cargo test (data, model, URL codec, state)"
cargo test --locked

echo "== trunk build --release"
trunk build --release
# A second build, labelled, that the update test deploys over the first.
BUILD_LABEL=next trunk build --release --dist dist-next
# A build for one sub-path with absolute asset URLs, as `--public-url` makes it.
trunk build --release --dist dist-public-url --public-url /salary/

echo "== end-to-end tests in headless Chromium"
npx playwright test "$@"
