#!/usr/bin/env bash
# Load test of `marsad serve` with wrk: the search and article endpoints at 50 concurrent connections over the
# SaudiNewsNet corpus (31,030 articles; evaluation use only, CC BY-NC-SA). Ingests it first when the store is missing.
#
#   bench/web/load.sh [STORE] [SECONDS] [ONLY]   default STORE=artifacts/bench/saudinewsnet.db, SECONDS=30;
#                                               ONLY=uncached runs only the runs with the result cache off
#
# Each run also reports the server's CPU time per request (user + system, from /proc), which a loaded, shared
# machine does not inflate the way it inflates latency: 1000 / cpu_ms_per_request is the requests/s one idle core serves.
#
# Search paths are 500 distinct words drawn (fixed seed) from the stored titles at run time, so the mix has common and
# rare words, and 200 headline queries (2–3 consecutive words of a stored title); article paths are random article ids.
# Search runs with the server's short result cache (the default; every query asked once before measuring, as popular
# queries are) and with it off (--search-cache 0: every request ranks, cuts snippets and counts facets), so both the
# cached and the cold cost are visible.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
store="${1:-artifacts/bench/saudinewsnet.db}"
seconds="${2:-30}"
only="${3:-}"
port="${MARSAD_BENCH_PORT:-5091}"
conns=50
base="http://127.0.0.1:$port"
work="$(mktemp -d /tmp/marsad-load.XXXXXX)"
server=""
cleanup() { [[ -n "$server" ]] && kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

if [[ ! -f "$store" ]]; then
  mkdir -p "$(dirname "$store")"
  echo "load: ingesting SaudiNewsNet into $store (a few minutes)…" >&2
  ./marsad ingest ../shared/data/saudinewsnet/dataset --field published=date_extracted --store "$store" --quiet
fi

start() {
  ./marsad serve --store "$store" --port "$port" "$@" >"$work/serve.log" 2>&1 &
  server=$!
  for _ in $(seq 1 600); do
    curl -sf "$base/api/stats" -o /dev/null && return 0
    sleep 0.5
  done
  cat "$work/serve.log" >&2; exit 1
}
stop() { kill "$server"; wait "$server" 2>/dev/null || true; server=""; }
# utime + stime of the server process (the dotnet child of ./marsad, which execs it), in clock ticks.
server_cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$server/stat"; }

start
python3 - "$base" "$work" <<'PY'
import json, random, sys, urllib.parse, urllib.request
base, work = sys.argv[1], sys.argv[2]
get = lambda p: json.load(urllib.request.urlopen(base + p))
total = get("/api/stats")["articles"]
words = set()
titles = []
for page in range(0, 30):
    for h in get(f"/api/search?limit=100&collapse=false&facets=false&cursor={page * 100}")["hits"]:
        titles.append(h.get("title") or "")
        for w in (h.get("title") or "").split():
            w = w.strip("«»\"'.,:؛،()[]-–")
            if len(w) >= 4 and all("\u0621" <= c <= "\u064a" for c in w):
                words.add(w)
rng = random.Random(7)
words = sorted(words)
rng.shuffle(words)
with open(f"{work}/search.txt", "w") as f:
    for w in words[:500]:
        f.write("/api/search?q=" + urllib.parse.quote(w) + "\n")
heads = []
for t in rng.sample(titles, len(titles)):
    ws = [w.strip("«»\"'.,:؛،()[]-–") for w in t.split()]
    ws = [w for w in ws if w]
    n = rng.choice((2, 3))
    if len(ws) >= n and len(heads) < 200:
        i = rng.randrange(len(ws) - n + 1)
        heads.append(" ".join(ws[i:i + n]))
with open(f"{work}/headlines.txt", "w") as f:
    for q in heads:
        f.write("/api/search?q=" + urllib.parse.quote(q) + "\n")
with open(f"{work}/article.txt", "w") as f:
    for i in rng.sample(range(1, total + 1), min(5000, total)):
        f.write(f"/api/articles/{i}\n")
print(f"load: {total} articles; {min(500, len(words))} search words; {len(heads)} headline queries; 5000 article ids", file=sys.stderr)
PY

run() { # name paths-file [warm: every path once first]
  if [[ "${3:-}" == warm ]]; then
    xargs -P4 -I{} curl -s -o /dev/null "$base{}" < "$work/$2"
  else
    wrk -t2 -c"$conns" -d5s -s bench/web/paths.lua "$base" -- "$work/$2" >/dev/null 2>&1 || true   # warm-up
  fi
  local before; before="$(server_cpu_ticks)"
  local out; out="$(wrk -t2 -c"$conns" -d"${seconds}s" --timeout 10s --latency -s bench/web/paths.lua "$base" -- "$work/$2" | grep '^RESULT')"
  local after; after="$(server_cpu_ticks)"
  local requests; requests="$(sed -E 's/.*requests=([0-9]+).*/\1/' <<<"$out")"
  local cpu; cpu="$(awk -v b="$before" -v a="$after" -v n="$requests" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", (a - b) * 1000 / hz / (n > 0 ? n : 1) }')"
  echo "$1 connections=$conns ${out#RESULT } server_cpu_ms_per_request=$cpu"
}
if [[ "$only" != uncached ]]; then
  run "search(cache,warm)" search.txt warm
  run "article" article.txt
fi
stop
start --search-cache 0
run "search(no-cache,words)" search.txt
run "search(no-cache,headlines)" headlines.txt
echo "load: machine load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores" >&2
