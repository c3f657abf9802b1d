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
echo "    演示周期 / open demo cycle: 2019年度（演示周期，沿用2018年表式）, /review/2019 (demo, baotou-reviewer)"
echo "      草稿 drafts:        自治区人民政府办公厅 (bgt-filler), 自治区自然资源厅, 呼和浩特市 (hhht-filler)"
echo "      待签发 ready:       自治区人力资源和社会保障厅"
echo "      已报送 submitted:  自治区生态环境厅 (warnings explained; demo may return or approve it)"
echo "      已退回 returned:   自治区交通运输厅 (with a comment on the whole and on cell C1)"
echo "      逾期 late:         固阳县 (包头市) signed off after the 旗县 deadline (yesterday), then approved"
echo "      包头市: all 9 旗县区 approved; its compiled result not yet sent up (baotou-filler → baotou-signer)"
echo "      everything else:   未填报. Deadlines: 区直部门 in 14 days, 盟市 in 30 days (from loading)."
echo "    The home page keeps showing 2018, the latest complete cycle."
echo
exec node server/next/serve.mjs -H 0.0.0.0 -p 3000
