#!/usr/bin/env bash
# Crash safety of `marsad watch`: N random `kill -9` of the watch loop against loopback news sites, PRAGMA
# integrity_check after each, then `watch --once` to finish. Every article must end up stored exactly once.
#   bench/reliability/watch-crash.sh   env: KILLS=50 SITES=8 ITEMS=40 MAX_DELAY=6 (seconds before the kill)
# The sites are python3 http.server processes on 127.0.0.2..N+1 serving an RSS feed and made-up Arabic articles; the
# feeds grow over the runs (ITEMS per site in all), so each kill lands on a watcher with new articles to store.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
kills="${KILLS:-50}"; sites="${SITES:-8}"; items="${ITEMS:-40}"; max_delay="${MAX_DELAY:-6}"; port="${PORT:-18931}"
work="$(mktemp -d /tmp/marsad-watch-crash.XXXXXX)"
servers=()
cleanup() { for p in "${servers[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
# A private copy of the CLI: a rebuild of .marsad/bin by another command mid-run must not swap the binary under us.
if [[ -z "${MARSAD_BIN:-}" ]]; then ./marsad --help >/dev/null; cp -r "$root/.marsad/bin" "$work/bin"; MARSAD_BIN="$work/bin"; fi
marsad=(dotnet "$MARSAD_BIN/marsad.dll")

python3 - "$work" "$sites" "$items" "$port" <<'PY'
import os, sys
work, sites, items, port = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
words = "قال وزير الخارجية إن المحادثات مع الوفد تناولت التعاون الاقتصادي والأمن الإقليمي وأكد أن البلدين سيواصلان العمل".split()
yaml = ["sources:"]
for s in range(sites):
    host = f"127.0.0.{s + 2}"
    d = os.path.join(work, f"site{s}"); os.makedirs(os.path.join(d, "a"))
    rss = []
    for i in range(items):
        body = " ".join(words[(i + k) % len(words)] for k in range(60 + s))
        html = f'<html lang="ar"><head><meta charset="utf-8"><title>خبر {s}-{i}</title></head><body><article><h1>خبر رقم {i} من الموقع {s}</h1><p>{body}.</p><p>وأضاف المتحدث أن «الاجتماع المقبل سيعقد في الرياض» خلال الشهر رقم {i}.</p></article></body></html>'
        open(os.path.join(d, "a", f"{i}.html"), "w", encoding="utf-8").write(html)
        rss.append(f"<item><title>خبر {s}-{i}</title><link>http://{host}:{port}/a/{i}.html</link><pubDate>Mon, 01 May 2024 10:{i % 60:02d}:00 +0300</pubDate></item>")
    open(os.path.join(work, f"items{s}.txt"), "w", encoding="utf-8").write("\n".join(rss) + "\n")
    yaml.append(f"  - name: s{s}\n    feeds: [http://{host}:{port}/rss.xml]\n    interval: 30s\n    language: ar")
open(os.path.join(work, "sources.yaml"), "w", encoding="utf-8").write("\n".join(yaml) + "\n")
PY
# The sites publish as the runs go: before run i each feed lists its first ceil(i * ITEMS / KILLS) articles, so every
# kill lands on a watcher with new articles to fetch and store, not on one idly re-reading its feeds.
publish() {
  for s in $(seq 0 $((sites - 1))); do
    { printf '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>موقع</title>'
      head -n "$1" "$work/items$s.txt"; printf '</channel></rss>'; } >"$work/site$s/rss.tmp"
    mv "$work/site$s/rss.tmp" "$work/site$s/rss.xml"
  done
}
publish 0
for s in $(seq 0 $((sites - 1))); do
  python3 -m http.server "$port" --bind "127.0.0.$((s + 2))" --directory "$work/site$s" >/dev/null 2>&1 &
  servers+=("$!")
done
sleep 1
common=(--sources "$work/sources.yaml" --store "$work/watch.db" --per-host 2 --delay-ms 20 --quiet)
count() { python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(c.execute(sys.argv[2]).fetchone()[0])" "$work/watch.db" "$1" 2>/dev/null || echo 0; }
integrity_failures=0
for i in $(seq 1 "$kills"); do
  publish $(( (i * items + kills - 1) / kills ))
  "${marsad[@]}" watch "${common[@]}" >/dev/null 2>&1 &
  pid=$!
  delay=$(python3 -c "import random; print(round(random.uniform(0.5, $max_delay), 2))")
  sleep "$delay"
  if kill -0 "$pid" 2>/dev/null; then kill -9 "$pid"; state="killed after ${delay}s"; else state="had exited"; fi
  wait "$pid" 2>/dev/null || true
  check=$(python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(c.execute('PRAGMA integrity_check').fetchone()[0])" "$work/watch.db" 2>&1 || true)
  [[ "$check" == ok || "$check" == *"unable to open"* ]] || integrity_failures=$((integrity_failures + 1))
  echo "watch-crash: run $i $state; integrity $check; stored $(count 'SELECT COUNT(*) FROM articles')"
done
publish "$items"
"${marsad[@]}" watch --once "${common[@]}" >/dev/null 2>&1 || echo "watch-crash: final --once exited non-zero"
python3 - "$work/watch.db" "$sites" "$items" "$port" "$integrity_failures" <<'PY'
import sqlite3, sys
db, sites, items, port, bad = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
c = sqlite3.connect(db)
integrity = c.execute("PRAGMA integrity_check").fetchone()[0]
urls = [r[0] for r in c.execute("SELECT url FROM articles")]
ids = [r[0] for r in c.execute("SELECT doc_id FROM articles")]
expected = {f"http://127.0.0.{s + 2}:{port}/a/{i}.html" for s in range(sites) for i in range(items)}
lost = len(expected - set(urls))
dup = (len(urls) - len(set(urls))) + (len(ids) - len(set(ids)))
extra = len(set(urls) - expected)
print(f"watch-crash: expected {len(expected)}; stored {len(urls)}; lost {lost}; duplicated {dup}; unexpected {extra}; integrity {integrity}; integrity failures after kills {bad}")
if extra: print("  e.g.", sorted(set(urls) - expected)[:3])
sys.exit(0 if lost == 0 and dup == 0 and integrity == "ok" and bad == "0" else 1)
PY
