#!/usr/bin/env bash
# Several ingest processes against one PostgreSQL store split the work: each input unit is claimed by one process
# (leased claims), nothing is analyzed or stored twice. Needs a PostgreSQL connection string in MARSAD_BENCH_PG
# (a database this script may fill, e.g. "Host=127.0.0.1;Port=5432;Username=marsad;Database=marsad_two").
#   bench/pg/two-workers.sh [WORKERS (default 2)] [INPUT... (default two SaudiNewsNet days)]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
store="${MARSAD_BENCH_PG:?set MARSAD_BENCH_PG to a PostgreSQL connection string}"
workers="${1:-2}"; shift || true
inputs=("$@")
[[ ${#inputs[@]} -gt 0 ]] || inputs=(../shared/data/saudinewsnet/dataset/2015-07-23.zip ../shared/data/saudinewsnet/dataset/2015-07-24.zip)
./marsad --help >/dev/null
out="$(mktemp -d)"
for i in $(seq 1 "$workers"); do
  dotnet .marsad/bin/marsad.dll ingest "${inputs[@]}" --store "$store" --quiet >"$out/$i.txt" 2>&1 &
done
wait
for i in $(seq 1 "$workers"); do echo "worker $i: $(head -1 "$out/$i.txt")"; done
dotnet .marsad/bin/marsad.dll stats --store "$store" | head -3
rm -rf "$out"
