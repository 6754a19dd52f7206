#!/usr/bin/env bash
# Runs every test: native unit and property tests, then the release build in headless Chromium,
# Firefox and WebKit, then the budgets (size, first estimate, first answer, interaction,
# Lighthouse), each printing its figures.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --browser
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

# The modules form layers (data -> model -> filters -> state -> view) with no cycle. The checker
# lives beside the project with the team's tools (or where RUST_MODULE_CYCLES says); it prints
# each cycle and fails on any. cargo test checks the layers' order wherever the clone is.
cycles_tool="${RUST_MODULE_CYCLES:-../shared/tools/rust-module-cycles.py}"
if [ -f "$cycles_tool" ]; then
  echo "== module cycles"
  python3 "$cycles_tool" src
else
  echo "== module cycles: skipped, $cycles_tool is not here (cargo test still checks the layers' order)"
fi

# The survey's article, where it is beside the project too: cargo test checks the tables'
# figures against it (and says it skipped that where it is not here).
survey_article="${SURVEY_ARTICLE:-../shared/reference/backend-developer-salary-india-2025.txt}"
if [ -f "$survey_article" ]; then
  export SURVEY_ARTICLE="$(cd "$(dirname "$survey_article")" && pwd)/$(basename "$survey_article")"
  echo "== the survey's tables are checked against $SURVEY_ARTICLE"
else
  echo "== the survey's tables: not checked against the article, $survey_article is not here"
fi

echo "== cargo fmt --check, leptosfmt --check (the view! macros), cargo clippy"
cargo fmt --check
leptosfmt --check src
cargo clippy --locked --all-targets -- -D warnings

echo "== cargo test (data, model, URL codec, state)"
cargo test --locked

echo "== the four years' cases worked out again from the law (e2e/law.mjs), which cargo test holds the model to"
node --test e2e/law-cases.test.mjs

echo "== trunk build --release"
trunk build --release
# A second build, labelled, that the update test deploys over the first.
BUILD_LABEL=next trunk build --release --dist dist-next
# A build for one sub-path with absolute asset URLs, as `--public-url` makes it.
# With the address it is served at, so the link-preview tags are absolute (and tested there).
SITE_URL=http://127.0.0.1:4175/salary/ trunk build --release --dist dist-public-url --public-url /salary/

echo "== size: every file a first visit loads, raw, gzip and as served (brotli)"
node scripts/size-budget.mjs dist

echo "== first estimate: a shared link on a phone (Lighthouse mobile emulation), median of 7 fresh loads"
node scripts/first-estimate.mjs dist

echo "== first answer: the form answers a change on a phone (Lighthouse mobile emulation), median of 7 fresh loads"
node scripts/first-answer.mjs dist

echo "== end-to-end tests in headless Chromium"
npx playwright test --project=root --project=sub-path --project=public-url "$@"

echo "== the core journeys in two more engines: Firefox ESR (WebDriver BiDi) and WebKit, Safari's engine (W3C WebDriver, under Xvfb)"
node --test e2e/engines/firefox.test.mjs
# -noreset: by default Xvfb resets when its last client leaves, and a browser that connects
# during the reset cannot open the display and leaves its WebDriver session waiting.
xvfb-run -a -s "-screen 0 1280x1024x24 -noreset" node --test e2e/engines/webkit.test.mjs

echo "== interaction benchmark (alone, one worker): select change -> estimate updated"
npx playwright test --project=bench --workers=1

echo "== lighthouse (mobile preset, devtools throttling, brotli), median of 7 runs"
node scripts/lighthouse.mjs dist
