#!/usr/bin/env bash
# Loads the Inner Mongolia demo data (2017 and 2018, approved), the open demo cycle 2019 (see
# open_cycle below and README "演示周期") and the demo logins into DBFILE.
# Usage: tests/scripts/load-demo.sh DBFILE
set -euo pipefail
cd "$(dirname "$0")/../.."

db="${1:?usage: tests/scripts/load-demo.sh DBFILE}"
fixtures=tests/fixtures/imar-2018
DEMO_PASSWORD='Nianbao#2018!'
export NIANBAO_DB="$db"

cli() {
  npm run -s cli -- "$@"
}

echo "Loading the demo data into $db"
cli orgs:import "$fixtures/orgs.csv"
for year in 2017 2018; do
  cli cycle:create --year "$year" --template gov-disclosure-2018
  cli submissions:import --year "$year" --status approved "$fixtures/submissions-$year.csv"
done
# The open demo cycle: 2019 on the 2018 table (labelled as a demo cycle), values taken from the
# 2018 file, every step through the CLI (the same rules as the app). Deadlines are relative to
# today so that the 旗县 deadline has just passed: 固阳县 signs off after it (逾期).
open_cycle() {
  local year=2019 dir
  dir=$(mktemp -d)
  trap 'rm -rf "$dir"' RETURN
  rows() { # rows FILE CODE... : the header and the 2018 rows of these units
    local out=$1; shift
    head -n1 "$fixtures/submissions-2018.csv" >"$out"
    for code in "$@"; do grep -E "^$code," "$fixtures/submissions-2018.csv" >>"$out"; done
  }
  day() { TZ=Asia/Shanghai date -d "$1" +%F; }
  local dept county league
  dept=$(day '+14 days'); league=$(day '+30 days'); county=$(day '-1 day')
  cli cycle:create --year "$year" --template gov-disclosure-2018 --label "2019年度（演示周期，沿用2018年表式）" \
    --deadline "department.submit=$dept" --deadline "department.publish=$dept" \
    --deadline "league_city.submit=$league" --deadline "league_city.publish=$league" \
    --deadline "county.submit=$county" --deadline "county.publish=$county"
  # Drafts: 办公厅 (bgt-filler), 自然资源厅, 呼和浩特市 (hhht-filler).
  rows "$dir/drafts.csv" 150000-01 150000-02 150100
  cli submissions:import --year "$year" --status draft "$dir/drafts.csv"
  # 人力资源和社会保障厅: 待签发. 150000-06: 已报送 with explained warnings.
  # 150000-08: 已报送, then 已退回 by the region's reviewer with a comment on the whole and on a cell.
  rows "$dir/sent.csv" 150000-04 150000-06 150000-08
  cli submissions:import --year "$year" --status draft --explanation "渠道统计口径调整：政府网站与政务新媒体合并发布的信息只计一次，故渠道数少于主动公开条数。" "$dir/sent.csv"
  for code in 150000-04 150000-06 150000-08; do cli workflow:step --year "$year" --org "$code" --step ready; done
  for code in 150000-06 150000-08; do cli workflow:step --year "$year" --org "$code" --step signoff --signer "演示负责人"; done
  cli workflow:step --year "$year" --org 150000-08 --step return --comment "请核对依申请公开的办理结果合计。" --cell-comment "C1=收到申请数与本部门登记台账不一致，请核实后重新报送。"
  # 包头市: every 旗县区 approved (8 imported; 固阳县 signed off after the 旗县 deadline, 逾期,
  # then approved by 包头市's reviewer); 包头市 itself has not yet sent its compiled result up.
  # (固阳县 is a draft while the others are imported, so the import does not compile 包头市.)
  rows "$dir/late.csv" 150222
  cli submissions:import --year "$year" --status draft --explanation "本旗县政务新媒体与网站同步发布，渠道按一次计。" "$dir/late.csv"
  rows "$dir/counties.csv" 150202 150203 150204 150205 150206 150207 150221 150223
  cli submissions:import --year "$year" --status approved "$dir/counties.csv"
  cli workflow:step --year "$year" --org 150222 --step ready
  cli workflow:step --year "$year" --org 150222 --step signoff --signer "固阳县负责人"
  cli workflow:step --year "$year" --org 150222 --step approve
}
open_cycle

# Demo logins of every role (tests/scripts/demo-users.txt is what demo.sh prints); one password.
while IFS='|' read -r username org name roles; do
  [ -z "$username" ] && continue
  args=()
  for role in $roles; do args+=(--role "$role"); done
  cli user:create --username "$username" --password "$DEMO_PASSWORD" --org "$org" --name "$name" "${args[@]}"
done < <(grep -v '^#' tests/scripts/demo-users.txt | cut -d'|' -f1-4)
echo "Demo data loaded into $db"
