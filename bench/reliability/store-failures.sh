#!/usr/bin/env bash
# A full disk and a read-only store: `marsad ingest` must end with a clear error and leave a store that passes
# PRAGMA integrity_check and holds only whole articles. Needs root (mount -t tmpfs); says so and exits 0 otherwise.
#   bench/reliability/store-failures.sh [INPUT=../shared/data/saudinewsnet/dataset/2015-07-23.zip]   env: MARSAD_BIN
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
input="${1:-../shared/data/saudinewsnet/dataset/2015-07-23.zip}"
if [[ -z "${MARSAD_BIN:-}" ]]; then ./marsad --help >/dev/null; MARSAD_BIN="$root/.marsad/bin"; fi
marsad=(dotnet "$MARSAD_BIN/marsad.dll")
mnt="$(mktemp -d /tmp/marsad-full.XXXXXX)"
if ! mount -t tmpfs -o size=1m tmpfs "$mnt" 2>/dev/null; then echo "store-failures: skipped, cannot mount a tmpfs (not root?)"; exit 0; fi
trap 'umount "$mnt" 2>/dev/null; rmdir "$mnt"' EXIT
check() { python3 - "$1" <<'PY'
import sqlite3, sys
c = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
ok = c.execute("PRAGMA integrity_check").fetchone()[0]
n = c.execute("select count(*) from articles").fetchone()[0]
half = c.execute("select count(*) from articles where json is null or length(json) < 10").fetchone()[0] if "json" in [r[1] for r in c.execute("pragma table_info(articles)")] else 0
print(f"integrity {ok}; articles {n}; without a document {half}")
PY
}
echo "== full disk: 1 MB tmpfs, ingest $input"
timeout 120 "${marsad[@]}" ingest "$input" --store "$mnt/m.db" --quiet > "$mnt/../full.out" 2> /tmp/marsad-full.err; rc=$?
echo "exit $rc; stderr: $(head -c 300 /tmp/marsad-full.err | tr '\n' ' ')"
echo "store after: $(check "$mnt/m.db" 2>&1)"
echo "== read-only store: remount read-only, ingest again"
mount -o remount,ro "$mnt"
timeout 120 "${marsad[@]}" ingest "$root/samples" --store "$mnt/m.db" --quiet > /dev/null 2> /tmp/marsad-ro.err; rc=$?
echo "exit $rc; stderr: $(head -c 300 /tmp/marsad-ro.err | tr '\n' ' ')"
"${marsad[@]}" search "الوزير" --store "$mnt/m.db" > /dev/null 2> /tmp/marsad-ro-search.err; rc2=$?
echo "search on the read-only store: exit $rc2; stderr: $(head -c 200 /tmp/marsad-ro-search.err | tr '\n' ' ')"
echo "store after: $(check "$mnt/m.db" 2>&1)"
