#!/usr/bin/env bash
# Memory under a long ingest: SaudiNewsNet ingested COPIES times over (new ids and URLs per copy) in ONE process via
# `marsad bench search --build`, sampling VmRSS/VmHWM from /proc every second.
#   bench/reliability/memory.sh [INPUT=../shared/data/saudinewsnet/dataset] [COPIES=3]   -> rss CSV + summary
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
input="${1:-../shared/data/saudinewsnet/dataset}"; copies="${2:-3}"
work="$(mktemp -d /tmp/marsad-memory.XXXXXX)"
trap 'rm -rf "$work"' EXIT
./marsad --help >/dev/null
csv="${RSS_CSV:-bench/reliability/rss.csv}"
dotnet .marsad/bin/marsad.dll bench search --build "$input" --copies "$copies" --store "$work/m.db" > "$work/out.txt" 2>&1 &
pid=$!
echo "seconds,rss_mb,hwm_mb" > "$csv"
t=0
while kill -0 "$pid" 2>/dev/null; do
  if [[ -r /proc/$pid/status ]]; then
    awk -v t="$t" '/^VmRSS/{r=$2} /^VmHWM/{h=$2} END{if (r) printf "%d,%.0f,%.0f\n", t, r/1024, h/1024}' "/proc/$pid/status" >> "$csv" || true
  fi
  sleep 1; t=$((t + 1))
done
wait "$pid" || echo "memory: bench exited non-zero"
grep -iE "ingest|copy|stored|articles" "$work/out.txt" | head -10
python3 - "$csv" <<'PY'
import csv, sys
rows = [(int(r["seconds"]), float(r["rss_mb"])) for r in csv.DictReader(open(sys.argv[1]))]
if not rows: sys.exit("no samples")
n = len(rows); thirds = [rows[i * n // 3:(i + 1) * n // 3] for i in range(3)]
print(f"memory: {n} s sampled; peak RSS {max(r for _, r in rows):.0f} MB; peak per third of the run: " + ", ".join(f"{max(r for _, r in t):.0f}" for t in thirds if t) + " MB")
for s, r in rows[:: max(1, n // 20)]: print(f"  t={s:4d}s rss={r:.0f} MB")
PY
