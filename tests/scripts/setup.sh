#!/usr/bin/env bash
# npm run setup: prepares a real office's installation: an empty, migrated data/nianbao.db, the
# session secret, optionally the organisation tree, and the first administrator.
#
#   npm run setup -- [--orgs FILE.csv] [--username U] [--password P] [--org CODE] [--name NAME] [--role ROLE] [--audit-key FILE]
#
# The account is the 系统管理员 (--role sysadmin) unless --role says otherwise: run it again with
# --role secadmin and --role auditor for the 安全管理员 and 安全审计员 (三员分立: three people).
# They bind an authenticator app (TOTP) at their first login. Missing values are asked for (the
# password without echo). Without a terminal, every value except --orgs must be given as a flag.
set -euo pipefail
cd "$(dirname "$0")/../.."
source tests/scripts/lib.sh

orgs="" username="" password="" org="" name="" role="sysadmin" audit_key=""
while [ $# -gt 0 ]; do
  case "$1" in
    --orgs) orgs="${2:?--orgs needs a file}"; shift 2 ;;
    --username) username="${2:?--username needs a value}"; shift 2 ;;
    --password) password="${2:?--password needs a value}"; shift 2 ;;
    --org) org="${2:?--org needs an organisation code}"; shift 2 ;;
    --name) name="${2:?--name needs a value}"; shift 2 ;;
    --role) role="${2:?--role needs sysadmin, secadmin or auditor}"; shift 2 ;;
    --audit-key) audit_key="${2:?--audit-key needs a file path}"; shift 2 ;;
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

# The audit key outside the data folder: whoever copies that folder must not get the key that
# lets them rewrite the chain (README, 安全审计). Asked once; the answer is kept beside the
# database in audit-key.location (a path, not the key).
db_dir="$(mkdir -p "$(dirname "$NIANBAO_DB")" && cd "$(dirname "$NIANBAO_DB")" && pwd)"
location_file="$db_dir/audit-key.location"
if [ -n "${NIANBAO_AUDIT_KEY_FILE:-}" ]; then
  step "Audit key: $NIANBAO_AUDIT_KEY_FILE (NIANBAO_AUDIT_KEY_FILE)"
elif [ -s "$location_file" ]; then
  step "Audit key: $(cat "$location_file") (chosen before, $location_file)"
else
  default_key="${XDG_CONFIG_HOME:-$HOME/.config}/nianbao/audit.key"
  if [ -z "$audit_key" ] && [ "$interactive" = "1" ]; then
    read -r -p "审计密钥文件保存位置（应在数据目录之外，仅本服务账户可读）[$default_key]: " audit_key
  fi
  audit_key="${audit_key:-$default_key}"
  key_dir="$(mkdir -p "$(dirname "$audit_key")" && cd "$(dirname "$audit_key")" && pwd)"
  chmod 700 "$key_dir" 2>/dev/null || true
  audit_key="$key_dir/$(basename "$audit_key")"
  if [ "$key_dir" = "$db_dir" ]; then
    echo "WARNING: the audit key would sit in the database's folder ($db_dir): a copy of that folder could rewrite the audit chain." >&2
  fi
  # An existing installation keeps its chain: its key (and checkpoints) move to the new place.
  if [ -f "$db_dir/audit.key" ] && [ ! -e "$audit_key" ] && [ "$key_dir" != "$db_dir" ]; then
    mv "$db_dir/audit.key" "$audit_key"
    if [ -f "$db_dir/audit.checkpoints" ]; then mv "$db_dir/audit.checkpoints" "$key_dir/audit.checkpoints"; fi
    echo "Moved the existing audit key and checkpoints to $key_dir"
  fi
  printf '%s\n' "$audit_key" > "$location_file"
  step "Audit key: $audit_key (recorded in $location_file; made on first use, mode 0600)"
fi

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
