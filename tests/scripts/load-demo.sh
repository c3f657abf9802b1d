#!/usr/bin/env bash
# Loads the Inner Mongolia demo data (2017 and 2018, approved) and the demo login into DBFILE.
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
# Demo logins of every role (tests/scripts/demo-users.txt is what demo.sh prints); one password.
while IFS='|' read -r username org name roles; do
  [ -z "$username" ] && continue
  args=()
  for role in $roles; do args+=(--role "$role"); done
  cli user:create --username "$username" --password "$DEMO_PASSWORD" --org "$org" --name "$name" "${args[@]}"
done < <(grep -v '^#' tests/scripts/demo-users.txt | cut -d'|' -f1-4)
echo "Demo data loaded into $db"
