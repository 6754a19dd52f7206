#!/usr/bin/env bash
# Sets up what is missing, then serves the release build locally with live rebuilds.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
PORT="${PORT:-8080}"
echo "Serving the salary estimator: open http://127.0.0.1:${PORT}/ in a browser (Ctrl+C stops it)."
exec trunk serve --release --address 127.0.0.1 --port "$PORT"
