#!/usr/bin/env bash
# Crash safety of ingest: N random `kill -9` of a running `marsad ingest` into one SQLite store; after each kill the
# store must pass PRAGMA integrity_check; then a last run completes the job. Compares the articles with a clean
# reference ingest of the same input: lost (in the reference, missing after the crashes) and duplicated (same key or
# URL stored twice) must both be 0.
#   bench/crash/run.sh [INPUT (default ../shared/data/saudinewsnet/dataset)]   env: KILLS=20, MAX_DELAY=8 (seconds)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
input="${1:-../shared/data/saudinewsnet/dataset}"
kills="${KILLS:-20}"
max_delay="${MAX_DELAY:-8}"
work="$(mktemp -d /tmp/marsad-crash.XXXXXX)"
trap 'rm -rf "$work"' EXIT
./marsad --help >/dev/null            # build once
marsad=(dotnet "$root/.marsad/bin/marsad.dll")

echo "crash: reference ingest of $input"
"${marsad[@]}" ingest "$input" --store "$work/ref.db" --quiet | head -1

integrity_failures=0
for i in $(seq 1 "$kills"); do
  "${marsad[@]}" ingest "$input" --store "$work/crash.db" --quiet >/dev/null 2>&1 &
  pid=$!
  delay=$(python3 -c "import random; print(round(random.uniform(1.0, $max_delay), 2))")
  sleep "$delay"
  if kill -0 "$pid" 2>/dev/null; then kill -9 "$pid"; state="killed after ${delay}s"; else state="had finished"; fi
  wait "$pid" 2>/dev/null || true
  check="$("${marsad[@]}" stats --store "$work/crash.db" --check --json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["integrity"], d["articles"])')"
  [[ "$check" == ok* ]] || integrity_failures=$((integrity_failures + 1))
  echo "crash: run $i $state; integrity, articles: $check"
done

echo "crash: final run"
"${marsad[@]}" ingest "$input" --store "$work/crash.db" --quiet | head -1
"${marsad[@]}" stats --store "$work/crash.db" --check | grep integrity
python3 - "$work/ref.db" "$work/crash.db" "$integrity_failures" <<'PY'
import sqlite3, sys
def rows(path):
    c = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    return c.execute("select key, url from articles").fetchall()
ref, got = rows(sys.argv[1]), rows(sys.argv[2])
ref_keys = {k for k, _ in ref}
got_keys = [k for k, _ in got]
urls = [u for _, u in got if u]
lost = len(ref_keys - set(got_keys))
extra = len(set(got_keys) - ref_keys)
dup = (len(got_keys) - len(set(got_keys))) + (len(urls) - len(set(urls)))
print(f"crash: reference {len(ref_keys)} articles; after crashes {len(got_keys)}; lost {lost}; duplicated {dup}; unexpected {extra}; integrity failures {sys.argv[3]}")
sys.exit(0 if lost == 0 and dup == 0 and extra == 0 and sys.argv[3] == "0" else 1)
PY
