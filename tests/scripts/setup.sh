#!/usr/bin/env bash
# npm run setup: prepares a real office's installation: an empty, migrated data/nianbao.db, the
# session secret, optionally the organisation tree, and the first administrator.
#
#   npm run setup -- [--orgs FILE.csv] [--username U] [--password P] [--org CODE] [--name NAME] [--role ROLE]
#
# The account is the 系统管理员 (--role sysadmin) unless --role says otherwise: run it again with
# --role secadmin and --role auditor for the 安全管理员 and 安全审计员 (三员分立: three people).
# They bind an authenticator app (TOTP) at their first login. Missing values are asked for (the
# password without echo). Without a terminal, every value except --orgs must be given as a flag.
set -euo pipefail
cd "$(dirname "$0")/../.."
source tests/scripts/lib.sh

orgs="" username="" password="" org="" name="" role="sysadmin"
while [ $# -gt 0 ]; do
  case "$1" in
    --orgs) orgs="${2:?--orgs needs a file}"; shift 2 ;;
    --username) username="${2:?--username needs a value}"; shift 2 ;;
    --password) password="${2:?--password needs a value}"; shift 2 ;;
    --org) org="${2:?--org needs an organisation code}"; shift 2 ;;
    --name) name="${2:?--name needs a value}"; shift 2 ;;
    --role) role="${2:?--role needs sysadmin, secadmin or auditor}"; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "ERROR: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

interactive=0
if [ -t 0 ]; then interactive=1; fi

ask() { # ask VAR PROMPT [silent]
  local __var="$1" __prompt="$2" __silent="${3:-}" __value=""
  if [ -n "${!__var}" ]; then return; fi
  if [ "$interactive" != "1" ]; then
    echo "ERROR: $__prompt is required (no terminal to ask on); pass it as a flag, see --help" >&2
    exit 2
  fi
  while [ -z "$__value" ]; do
    if [ -n "$__silent" ]; then
      read -r -s -p "$__prompt: " __value
      echo
    else
      read -r -p "$__prompt: " __value
    fi
  done
  printf -v "$__var" '%s' "$__value"
}

ensure_node_modules
ensure_auth_secret

export NIANBAO_DB="${NIANBAO_DB:-data/nianbao.db}"
cli() {
  npm run -s cli -- "$@"
}

step "Creating or migrating $NIANBAO_DB"
cli db:migrate

if [ -z "$orgs" ] && [ "$interactive" = "1" ]; then
  read -r -p "机构名录 CSV 文件（code,name,parent_code,kind；已导入可直接回车跳过）: " orgs
fi
if [ -n "$orgs" ]; then
  step "Importing organisations from $orgs"
  cli orgs:import "$orgs"
fi

step "Creating an administrator ($role)"
ask username "管理员用户名 (username)"
ask name "管理员姓名 (display name)"
ask org "所属机构代码 (organisation code)"
if [ -z "$password" ] && [ "$interactive" = "1" ]; then
  while :; do
    ask password "密码 (password)" silent
    confirm=""
    read -r -s -p "再次输入密码 (repeat): " confirm
    echo
    if [ "$password" = "$confirm" ]; then break; fi
    echo "两次输入的密码不一致，请重新输入。" >&2
    password=""
  done
fi
ask password "密码 (password)" silent

cli user:create --username "$username" --password "$password" --org "$org" --name "$name" --role "$role"

cat <<MSG

==> Setup finished
    Database: $NIANBAO_DB
    Start the app: npm run build && npm start   (http://localhost:3000)
    Log in as: $username ($role; binds an authenticator app at the first login)
    The other administrators: npm run setup -- --role secadmin …, npm run setup -- --role auditor …
MSG
