#!/usr/bin/env bash
# Arranges what the tests need on a Debian machine, so that the README's `mvn verify` works on a fresh one:
# a running PostgreSQL for the integration tests (the test database itself is created by the tests,
# PostgresDatabaseCreator), Debian's Chromium and ChromeDriver for the browser tests, and a CJK font for the
# dossier PDF. Idempotent and quick when all is present. Maven runs it before the tests (pom.xml, profile
# prepare-test-machine); skip with -Dtest.machine.skip=true where the machine is arranged otherwise.
set -euo pipefail

# Arguments (from the pom): the integration tests' JDBC URL and user, so that a run pointed at another server
# (-Dit.db.url=...) checks that server and starts nothing here.
DB_URL=${1:-jdbc:postgresql://127.0.0.1:5432/major_decision_test}
DB_USER=${2:-postgres}
export PGPASSWORD=${3:-}
hostport=${DB_URL#jdbc:postgresql://}
hostport=${hostport%%/*}
PGHOST=${hostport%%:*}
PGPORT=5432
[ "$hostport" != "$PGHOST" ] && PGPORT=${hostport#*:}
local_server=false
case "$PGHOST" in 127.0.0.1|localhost) local_server=true ;; esac

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif sudo -n true 2>/dev/null; then sudo "$@"; else return 1; fi
}

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
[ -e /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ] || [ -e /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] \
  || missing+=(fonts-wqy-microhei)
$local_server && ! command -v pg_ctlcluster >/dev/null 2>&1 && missing+=(postgresql)

if [ ${#missing[@]} -gt 0 ]; then
  echo "[prepare-test-machine] installing ${missing[*]}"
  if ! command -v apt-get >/dev/null 2>&1 \
      || ! { as_root apt-get update -qq || true; as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"; }; then
    echo "[prepare-test-machine] cannot install ${missing[*]}: install them (Debian packages) or run as root/sudo" >&2
    exit 1
  fi
fi

if $local_server && ! pg_isready -h "$PGHOST" -p "$PGPORT" -q; then
  echo "[prepare-test-machine] PostgreSQL is down at $PGHOST:$PGPORT; starting it"
  version=$(ls /etc/postgresql | sort -V | tail -n 1)
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  for _ in $(seq 1 60); do
    pg_isready -h "$PGHOST" -p "$PGPORT" -q && break
    sleep 1
  done
fi
if ! pg_isready -h "$PGHOST" -p "$PGPORT" -q; then
  echo "[prepare-test-machine] PostgreSQL is not reachable at $PGHOST:$PGPORT" >&2
  exit 1
fi
# A freshly installed Debian cluster only trusts local socket peers; the tests log in as postgres over TCP
# without a password (docs/operations.md says how to point them at a server that has one: -Dit.db.url...).
if ! psql -h "$PGHOST" -p "$PGPORT" -U "$DB_USER" -d postgres -qtAc 'select 1' >/dev/null 2>&1; then
  echo "[prepare-test-machine] PostgreSQL at $PGHOST:$PGPORT refuses user $DB_USER without a password;" \
       "allow it (pg_hba.conf trust for 127.0.0.1) or pass -Dit.db.url/-Dit.db.username/-Dit.db.password" >&2
  exit 1
fi
echo "[prepare-test-machine] PostgreSQL, Chromium, ChromeDriver and a CJK font are ready"
