#!/usr/bin/env bash
# Installs what the app needs to build, and with --browser what its tests need.
# Idempotent: each tool is checked first, so a second run installs nothing and
# needs no network. Versions are pinned; wasm-bindgen-cli follows Cargo.lock.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
LEPTOSFMT_VERSION=0.1.33
WASM_BINDGEN_VERSION=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
WITH_BROWSER=0
[ "${1:-}" = "--browser" ] && WITH_BROWSER=1

export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
log() { printf '[setup] %s\n' "$*"; }
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"

apt_updated=0
apt_install() { # apt_install PACKAGE... : installs those that are missing
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing Debian packages: ${missing[*]}"
  if [ $apt_updated -eq 0 ]; then $SUDO apt-get update -qq; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

for component in clippy rustfmt; do
  if ! rustup component list --installed | grep -q "^$component"; then
    log "adding the $component component"
    rustup component add "$component"
  fi
done

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  log "installing trunk $TRUNK_VERSION (takes about 7 minutes once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# Formats the view! macros, which rustfmt leaves alone; the test command checks it.
if [ "$(leptosfmt --version 2>/dev/null)" != "leptosfmt $LEPTOSFMT_VERSION" ]; then
  log "installing leptosfmt $LEPTOSFMT_VERSION (about a minute once)"
  cargo install leptosfmt --version "$LEPTOSFMT_VERSION" --locked
fi

# Trunk cannot download wasm-bindgen offline, so the CLI must equal the library in Cargo.lock.
# (--locked fails here: the CLI's own lock names a crate the registry no longer serves.)
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION to match Cargo.lock"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# npm packages: binaryen's wasm-opt for the build; Playwright, axe-core, Lighthouse and
# puppeteer-core (Firefox over WebDriver BiDi) for the tests.
# (Debian's binaryen 108 breaks wasm-bindgen's externref table, so it is not used.)
stamp=node_modules/.installed-from-lock
if [ ! -f "$stamp" ] || ! cmp -s package-lock.json "$stamp"; then
  log "installing npm packages from package-lock.json (binaryen, Playwright, Lighthouse)"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
  cp package-lock.json "$stamp"
fi

if [ $WITH_BROWSER -eq 1 ]; then
  # Debian's Chromium, Firefox ESR and WebKitGTK with its WebDriver (the test tools cannot
  # download their own browsers here), Xvfb for WebKit's MiniBrowser, which has no headless
  # mode, and a font with ₹.
  apt_install chromium firefox-esr webkit2gtk-driver xvfb xauth fonts-noto-core
fi

log "ready: $(trunk --version), $(wasm-bindgen --version), $(wasm-opt --version), $(leptosfmt --version)"
