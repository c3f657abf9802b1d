#!/usr/bin/env bash
# npm run demo: the app with the Inner Mongolia demo data (2017/2018 seed, 2024–2026 演示数据) at http://localhost:3000.
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
echo "    演示日期 / demo date: 2027-02-10 (shown in the header; deadlines and 逾期 go by it, logins and the audit log by the real clock)"
echo "    2017, 2018: the seed's figures (2018 table). 2024, 2025: 演示数据 in the 2021 table, approved."
echo "    Open cycle: 2026年度（演示数据）, /review/2026 (demo, baotou-reviewer, hhht-reviewer)"
echo "      草稿 drafts:        自治区人民政府办公厅 (bgt-filler), 自治区自然资源厅, 呼和浩特市发展和改革委员会 (hhht-fgw-filler)"
echo "      待签发 ready:       自治区人力资源和社会保障厅, 呼和浩特市人民政府办公室"
echo "      已报送 submitted:  自治区生态环境厅 (warning explained), 鄂尔多斯市, 回民区"
echo "      已退回 returned:   自治区交通运输厅 (with a comment on the whole and on cell R1.np)"
echo "      逾期 late:         固阳县 (包头市) signed off on 02-07 after the 旗县 deadline 02-05, then approved"
echo "      包头市: all 9 旗县区 approved (达茂旗 compiled its 旗直部门 and 苏木镇); its compiled result not yet sent up"
echo "      Deadlines: 旗县 02-05 (报告 02-08), 区直部门 02-20, 盟市 03-10. The home page shows 2025."
echo
exec node server/next/serve.mjs -H 0.0.0.0 -p 3000
