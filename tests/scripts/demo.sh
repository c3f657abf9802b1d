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
echo
echo "==> 演示系统 / Demo: http://localhost:3000   (Ctrl+C stops the server)"
echo "    密码 / password (every demo login): Nianbao#2018!"
echo "    用户名 / username      单位 / unit   角色 / role"
grep -v '^#' tests/scripts/demo-users.txt | while IFS='|' read -r username org name roles note; do
  printf '    %-16s %-10s %s — %s\n' "$username" "$org" "$name" "$note"
done
echo
exec node_modules/.bin/next start -H 0.0.0.0 -p 3000
