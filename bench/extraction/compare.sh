#!/usr/bin/env bash
# Side by side on the 181 scrapinghub pages, one core each (taskset -c 0): Marsad (Release, after a warm-up pass),
# readability-lxml (Debian python3-readability) and Mozilla Readability.js (npm, with jsdom).
# Prints pages/s (extraction only, files already in memory; the median of ROUNDS interleaved rounds, default 3, so
# that load from other processes hits all three alike), pages per CPU-second of the process (robust when the machine
# is shared: waiting for the core is not counted), peak RSS of the whole process (largest over rounds), and body
# F1 scored by score.py with the benchmark's own definition. Setup once: apt-get install -y python3-readability;
# (cd bench/extraction && npm install).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
data="${1:-$root/../shared/data}/scrapinghub-article-extraction-benchmark"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

"$root/marsad" --help >/dev/null   # build first, outside the timing
py=python3
for candidate in python3 /usr/bin/python3; do
  if "$candidate" -c 'import readability' 2>/dev/null; then py="$candidate"; break; fi
done

rounds="${ROUNDS:-3}"
load_start="$(cut -d' ' -f1 /proc/loadavg)"   # other processes share the cores: report the load with the rates
run() { # name, round, command...
  local name="$1" round="$2"; shift 2
  /usr/bin/time -v -o "$out/$name.$round.time" taskset -c 0 "$@" >"$out/$name.$round.log" 2>&1 || { cat "$out/$name.$round.log" >&2; return 1; }
}

for round in $(seq 1 "$rounds"); do
  run marsad "$round" dotnet "$root/.marsad/bin/marsad.dll" eval extraction --speed --data "$(dirname "$data")" --predictions "$out/marsad.json"
  run readability-lxml "$round" "$py" "$here/readability_lxml.py" "$data" "$out/readability-lxml.json"
  run readability-js "$round" node "$here/readability_js.js" "$data" "$out/readability-js.json"
done

echo "rounds: $rounds (pages/s: median; load average at start: $load_start, now: $(cut -d' ' -f1 /proc/loadavg))"
printf '%-18s %10s %14s %12s %10s %10s %8s\n' tool pages/s pages/cpu-s "peak RSS MB" precision recall F1
for name in marsad readability-lxml readability-js; do
  rate=$(cat "$out/$name".*.log | grep -o '= [0-9.]* pages/s' | awk '{print $2}' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  cpurate=$(cat "$out/$name".*.log | grep -o '= [0-9.]* pages/cpu-s' | awk '{print $2}' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  rss=$(cat "$out/$name".*.time | awk -F': ' '/Maximum resident set size/ {if ($2 > m) m = $2} END {printf "%.0f", m/1024}')
  read -r p r f < <("$py" "$here/score.py" "$data/ground-truth.json" "$out/$name.json")
  printf '%-18s %10s %14s %12s %10s %10s %8s\n' "$name" "$rate" "$cpurate" "$rss" "$p" "$r" "$f"
done
