#!/usr/bin/env bash
# A local streaming-replication standby of the main PostgreSQL cluster (127.0.0.1:5432) on port
# 5433, for the read-replica test (TEST_REPLICA_URL). Idempotent; run as root (Debian's
# pg_createcluster). Prints the replica's URL.
set -euo pipefail
version=$(ls /etc/postgresql | sort -V | tail -n 1)
main_conf=/etc/postgresql/$version/main
data=/var/lib/postgresql/$version/replica
password_env=()
[ -n "${PGPASSWORD:-}" ] && password_env=(PGPASSWORD="$PGPASSWORD")

# The primary must accept replication connections from loopback.
if ! grep -qE '^host\s+replication\s+all\s+127\.0\.0\.1/32' "$main_conf/pg_hba.conf"; then
  echo "host replication all 127.0.0.1/32 trust" >>"$main_conf/pg_hba.conf"
  pg_ctlcluster --skip-systemctl-redirect "$version" main reload
fi

if ! pg_lsclusters -h | awk '{print $2}' | grep -qx replica; then
  pg_createcluster "$version" replica --port 5433 >/dev/null
fi
rebuild() {
  pg_ctlcluster --skip-systemctl-redirect "$version" replica stop 2>/dev/null || true
  mkdir -p "$data" && chown postgres:postgres "$data" && chmod 700 "$data"
  find "$data" -mindepth 1 -delete
  su postgres -c "env ${password_env[*]} pg_basebackup -h 127.0.0.1 -p 5432 -U postgres -D $data -R -X stream -c fast"
  # Same client authentication as the primary (the standby is read-only anyway).
  cp "$main_conf/pg_hba.conf" "/etc/postgresql/$version/replica/pg_hba.conf"
}
start() {
  pg_ctlcluster --skip-systemctl-redirect "$version" replica start 2>/dev/null || true
  for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5433 -q && break; sleep 1; done
  pg_isready -h 127.0.0.1 -p 5433 -q
}
# Is the standby receiving the primary's WAL? One that was stopped while the primary wrote a lot
# can find the WAL it needs already removed; it then never catches up and must be copied anew.
streaming() {
  for _ in $(seq 1 15); do
    [ "$(su postgres -c "psql -p 5432 -qAtc \"select count(*) from pg_stat_replication where state = 'streaming'\"")" != "0" ] && return 0
    sleep 1
  done
  return 1
}

[ -f "$data/standby.signal" ] || rebuild
start
if ! streaming; then
  echo "standby on 5433 is not streaming; copying it anew" >&2
  rebuild
  start
  streaming
fi
recovery=$(su postgres -c "psql -p 5433 -qAtc 'select pg_is_in_recovery()'")
[ "$recovery" = "t" ] || { echo "cluster on 5433 is not a standby" >&2; exit 1; }
echo "postgres://postgres@127.0.0.1:5433"
