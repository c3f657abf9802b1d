#!/usr/bin/env bash
# Loads the Inner Mongolia demo data (2017 and 2018 approved; 2024 and 2025 approved and the open
# 2026 cycle in the 2021 table, README "演示数据"; the 演示日期 2027-02-10) and the demo logins
# (tests/scripts/demo-users.txt) into DBFILE: the CLI's `demo:load` (cli/commands/demo-load.ts),
# which refuses a database that already holds a cycle.
# Usage: tests/scripts/load-demo.sh DBFILE
set -euo pipefail
cd "$(dirname "$0")/../.."

db="${1:?usage: tests/scripts/load-demo.sh DBFILE}"
export NIANBAO_DB="$db"

echo "Loading the demo data into $db"
npm run -s cli -- demo:load
echo "Demo data loaded into $db"
