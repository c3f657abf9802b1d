#!/usr/bin/env bash
# npm test: type check, lint, unit tests, build, then the browser tests against a fresh demo database.
set -euo pipefail
cd "$(dirname "$0")/../.."
source tests/scripts/lib.sh

ensure_node_modules

run_e2e=1
if ! have_browser_tools; then
  if [ "$(id -u)" = "0" ]; then
    install_browser_tools
  elif is_ci; then
    echo "ERROR: chromium, poppler-utils or a report font is missing; install them with:" >&2
    echo "  apt-get install -y --no-install-recommends $APT_TEST_PACKAGES" >&2
    exit 1
  else
    echo "WARNING: chromium, poppler-utils or a report font is missing and this is not root: the browser tests are skipped." >&2
    echo "         Install them with: sudo apt-get install -y --no-install-recommends $APT_TEST_PACKAGES" >&2
    run_e2e=0
  fi
fi

ensure_office_tools

ensure_auth_secret

step "Type check (tsc --noEmit)"
npx tsc --noEmit

step "Lint (eslint)"
npx eslint .

step "Unit tests (vitest)"
npx vitest run

step "Build (next build)"
npm run build

if [ "$run_e2e" = "1" ]; then
  step "Preparing the e2e database (data/e2e.db)"
  remove_db data/e2e.db
  bash tests/scripts/load-demo.sh data/e2e.db
  NIANBAO_DB=data/e2e.db npx tsx tests/scripts/e2e-policy.ts

  step "Browser tests (playwright)"
  npx playwright test
else
  step "Browser tests skipped (no chromium/pdftotext)"
fi

step "All checks passed"
