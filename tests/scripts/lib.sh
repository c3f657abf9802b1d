# Shared helpers for the scripts in tests/scripts/ (sourced, not run). Run from the repo root.

step() {
  printf '\n==> %s\n' "$*"
}

is_ci() {
  [ -n "${CI:-}" ] && [ "${CI}" != "false" ] && [ "${CI}" != "0" ]
}

# npm ci when node_modules is missing. Browsers come from Debian, never from Playwright's CDN.
ensure_node_modules() {
  if [ ! -d node_modules ]; then
    step "Installing dependencies (npm ci)"
    export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
    if [ -d /usr/include/node ]; then export npm_config_nodedir=/usr; fi
    npm ci
  fi
}

# Debian packages the tests need: chromium (browser tests, bench:pdf), poppler-utils (pdftotext,
# pdffonts, pdfinfo read the report PDFs back) and the report's fonts: Noto CJK, and Fandol from
# texlive-lang-chinese (docs/decisions/005-report-pdf.md).
APT_TEST_PACKAGES="chromium poppler-utils fonts-noto-cjk texlive-lang-chinese"

have_browser_tools() {
  [ -x /usr/bin/chromium ] && command -v pdftotext >/dev/null 2>&1 && command -v pdffonts >/dev/null 2>&1 &&
    [ -f /usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc ] &&
    [ -f /usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/FandolFang-Regular.otf ]
}

install_browser_tools() {
  step "Installing $APT_TEST_PACKAGES (apt-get)"
  apt-get update
  # shellcheck disable=SC2086 # a list of package names
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $APT_TEST_PACKAGES
  have_browser_tools || { echo "ERROR: installed $APT_TEST_PACKAGES but a tool or font is still missing" >&2; return 1; }
}

# LibreOffice headless (Debian's no-GUI builds), a separate check from the browser tools: the export
# tests open the xlsx and docx files in it as an office would (tests/integration/exports/office.ts).
APT_OFFICE_PACKAGES="libreoffice-calc-nogui libreoffice-writer-nogui"

have_office_tools() {
  command -v soffice >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1
}

install_office_tools() {
  step "Installing $APT_OFFICE_PACKAGES (apt-get)"
  apt-get update
  # shellcheck disable=SC2086 # a list of package names
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $APT_OFFICE_PACKAGES poppler-utils
  have_office_tools || { echo "ERROR: installed $APT_OFFICE_PACKAGES but soffice is still missing" >&2; return 1; }
}

# Root installs LibreOffice when missing; under CI a missing LibreOffice fails the run; otherwise
# (not root, not CI) the office checks are skipped with a warning (office.ts says so again).
ensure_office_tools() {
  have_office_tools && return 0
  if [ "$(id -u)" = "0" ]; then
    install_office_tools
  elif is_ci; then
    echo "ERROR: LibreOffice is missing; install it with:" >&2
    echo "  apt-get install -y --no-install-recommends $APT_OFFICE_PACKAGES poppler-utils" >&2
    return 1
  else
    echo "WARNING: LibreOffice is missing and this is not root: the office rendering checks are skipped." >&2
    echo "         Install it with: sudo apt-get install -y --no-install-recommends $APT_OFFICE_PACKAGES poppler-utils" >&2
  fi
}

# The secret that signs session cookies: kept in data/auth-secret (never committed), created
# on first use, exported as AUTH_SECRET for next.
ensure_auth_secret() {
  mkdir -p data
  if [ ! -s data/auth-secret ]; then
    (umask 077 && node -e 'process.stdout.write(require("node:crypto").randomBytes(32).toString("base64url") + "\n")' > data/auth-secret)
    echo "Created a new session secret in data/auth-secret"
  fi
  AUTH_SECRET="$(cat data/auth-secret)"
  export AUTH_SECRET
}

# Removes an SQLite database together with its WAL and shared-memory files.
remove_db() {
  rm -f "$1" "$1-wal" "$1-shm" "$1-journal"
}

# Warns when the audit key would sit in the database's folder (NIANBAO_AUDIT_KEY_FILE, else the
# path in audit-key.location beside the database, else audit.key there: db/audit/settings.ts).
warn_audit_key_beside_db() {
  local db="${NIANBAO_DB:-data/nianbao.db}" db_dir key
  db_dir="$(cd "$(dirname "$db")" 2>/dev/null && pwd)" || return 0
  if [ -n "${NIANBAO_AUDIT_KEY_FILE:-}" ]; then
    key="$NIANBAO_AUDIT_KEY_FILE"
  elif [ -s "$db_dir/audit-key.location" ]; then
    key="$(cat "$db_dir/audit-key.location")"
  else
    key="$db_dir/audit.key"
  fi
  local key_dir
  key_dir="$(cd "$(dirname "$key")" 2>/dev/null && pwd)" || return 0
  if [ "$key_dir" = "$db_dir" ]; then
    echo "WARNING: 审计密钥（$key）与数据库在同一目录：复制该目录的人可以改写审计链。运行 npm run setup 把密钥移到数据目录之外。" >&2
  fi
}
