#!/usr/bin/env bash
# Loads the Inner Mongolia demo data (2017 and 2018, approved) and the demo login into DBFILE.
# Usage: tests/scripts/load-demo.sh DBFILE
set -euo pipefail
cd "$(dirname "$0")/../.."

db="${1:?usage: tests/scripts/load-demo.sh DBFILE}"
fixtures=tests/fixtures/imar-2018
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
cli user:create --username demo --password 'Nianbao#2018demo' --org 150000 --name 演示用户
echo "Demo data loaded into $db"
