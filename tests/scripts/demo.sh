#!/usr/bin/env bash
# npm run demo: the app with the Inner Mongolia 2017/2018 demo data at http://localhost:3000.
set -euo pipefail
cd "$(dirname "$0")/../.."
source tests/scripts/lib.sh

ensure_node_modules
ensure_auth_secret

db=data/nianbao.db
if [ -f "$db" ]; then
  echo "Keeping the existing database $db (delete it to reload the demo data)."
else
  step "Loading the demo data into $db"
  if ! bash tests/scripts/load-demo.sh "$db"; then
    remove_db "$db"
    echo "ERROR: loading the demo data failed; $db was removed." >&2
    exit 1
  fi
fi

step "Building (next build)"
npm run build

export NIANBAO_DB="$db"
cat <<MSG

==> 演示系统 / Demo
    URL:       http://localhost:3000
    用户名 / username: demo
    密码 / password:   Nianbao#2018demo
    (Ctrl+C stops the server)

MSG
exec node_modules/.bin/next start -H 0.0.0.0 -p 3000
