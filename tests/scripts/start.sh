#!/usr/bin/env bash
# npm start: the app on port 3000 (PORT overrides) with data/nianbao.db (NIANBAO_DB overrides); builds first if needed.
set -euo pipefail
cd "$(dirname "$0")/../.."
source tests/scripts/lib.sh

ensure_node_modules
ensure_auth_secret
if [ ! -f .next/BUILD_ID ]; then
  step "Building (next build)"
  npm run build
fi
warn_audit_key_beside_db
exec node server/next/serve.mjs -H "${HOST:-0.0.0.0}" -p "${PORT:-3000}"
