#!/usr/bin/env bash
# Crash safety on PostgreSQL: N random `kill -9` of `marsad ingest` (and of `marsad watch` against loopback news
# sites), consistency checks of the store after each kill, then completing runs. Reports articles lost and duplicated.
#   bench/reliability/pg-kill.sh [ingest|watch|both (default)]
#   env: KILLS=50 MAX_DELAY=5 (seconds) INPUT="4 SaudiNewsNet days" SITES=6 ITEMS=30 (per site, published
#        gradually over the runs) LEASE_WAIT=70 (seconds)
# Starts a throwaway PostgreSQL under a temp folder (as the ./test script does; as root through `runuser postgres`).
# The consistency check after every kill (a "bad" count above 0 fails the run):
#   - every article has its document and its search vector (tsv), and its story exists;
#   - no orphan: documents, entities, mentions, entity_names, entity_roles, quotes, events, lsh rows and finished
#     inputs all point to an existing article; entities point to an existing actor;
#   - no article without the finished input that stored it; no pending page whose unit is already done;
#   - no duplicate article key or URL (document ids may repeat: the same text under two keys);
#   - amcheck: bt_index_check(heapallindexed) on every B-tree index of the store.
# A killed worker's claims stay leased to it (IngestOptions.Lease, 60 s, renewed while the worker lives): the completing run right after the kills
# skips those units, so the script reports that run, waits LEASE_WAIT seconds from the last kill and runs again.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
mode="${1:-both}"
kills="${KILLS:-50}"; max_delay="${MAX_DELAY:-5}"; lease_wait="${LEASE_WAIT:-70}"
sites="${SITES:-6}"; items="${ITEMS:-30}"; port_http="${PORT:-18951}"
data="$root/../shared/data/saudinewsnet/dataset"
read -r -a input <<<"${INPUT:-$data/2015-07-21.zip $data/2015-07-22.zip $data/2015-07-23.zip $data/2015-07-24.zip}"

pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[[ -x "$pg_bin/initdb" ]] || { echo "pg-kill: PostgreSQL not installed" >&2; exit 2; }
work="$(mktemp -d /tmp/marsad-pg-kill.XXXXXX)"
servers=()
as_pg=()
cleanup() {
  for p in "${servers[@]}"; do kill "$p" 2>/dev/null || true; done
  "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$work/pg/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$work/pg"
if [[ $(id -u) -eq 0 ]]; then
  id postgres >/dev/null 2>&1 || useradd -r -M postgres
  chmod 711 "$work"; chown postgres "$work/pg"; chmod 700 "$work/pg"
  as_pg=(runuser -u postgres --)
fi
port=$(( 20000 + RANDOM % 20000 ))
"${as_pg[@]}" "$pg_bin/initdb" -D "$work/pg/data" -U marsad --auth=trust -E UTF8 --locale=C.UTF-8 >"$work/pg/initdb.log" 2>&1
# fsync stays on (the default): a crash of the client must not be hidden by a server that never syncs.
"${as_pg[@]}" "$pg_bin/pg_ctl" -D "$work/pg/data" -o "-p $port -k $work/pg -c listen_addresses=127.0.0.1" \
  -l "$work/pg/pg.log" -w start >/dev/null
echo "pg-kill: PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on port $port"
conn() { echo "Host=127.0.0.1;Port=$port;Username=marsad;Database=$1;Pooling=true"; }
sql() { local db="$1"; shift; psql -X -q -h 127.0.0.1 -p "$port" -U marsad -d "$db" -At -v ON_ERROR_STOP=1 "$@"; }

# A private copy of the CLI: a rebuild of .marsad/bin by another command mid-run must not swap the binary under us.
./marsad --help >/dev/null
cp -r "$root/.marsad/bin" "$work/bin"
marsad=(dotnet "$work/bin/marsad.dll")

# Prints "bad=N amcheck=ok|ERROR articles=N" and the non-zero checks.
check() {
  local db="$1"
  local out
  out="$(sql "$db" <<'SQL' 2>&1 || true
SELECT 'no_document', count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.article_id = a.id)
UNION ALL SELECT 'no_tsv', count(*) FROM articles WHERE tsv IS NULL
UNION ALL SELECT 'no_story', count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = a.story_id)
UNION ALL SELECT 'orphan_documents', count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = d.article_id)
UNION ALL SELECT 'orphan_entities', count(*) FROM entities x WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = x.article_id)
UNION ALL SELECT 'entity_no_actor', count(*) FROM entities x WHERE NOT EXISTS (SELECT 1 FROM actors t WHERE t.id = x.actor_id)
UNION ALL SELECT 'orphan_mentions', count(*) FROM mentions x WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = x.article_id)
UNION ALL SELECT 'orphan_entity_names', count(*) FROM entity_names x WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = x.article_id)
UNION ALL SELECT 'orphan_entity_roles', count(*) FROM entity_roles x WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = x.article_id)
UNION ALL SELECT 'orphan_quotes', count(*) FROM quotes x WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = x.article_id)
UNION ALL SELECT 'orphan_events', count(*) FROM events x WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = x.article_id)
UNION ALL SELECT 'orphan_lsh', count(*) FROM lsh x WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = x.article_id)
UNION ALL SELECT 'orphan_inputs', count(*) FROM inputs i WHERE i.article_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = i.article_id)
UNION ALL SELECT 'article_no_input', count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM inputs i WHERE i.article_id = a.id)
UNION ALL SELECT 'pending_done', count(*) FROM pending_pages p WHERE EXISTS (SELECT 1 FROM inputs i WHERE i.unit_key = p.unit_key)
UNION ALL SELECT 'dup_key', count(*) - count(DISTINCT key) FROM articles
UNION ALL SELECT 'dup_url', count(url) - count(DISTINCT url) FROM articles;
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS amcheck;
SELECT 'amcheck_indexes', count(bt_index_check(c.oid, true)) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
  JOIN pg_am am ON am.oid = c.relam WHERE am.amname = 'btree' AND c.relnamespace = 'public'::regnamespace;
SELECT 'articles', count(*) FROM articles;
SELECT 'leased', count(*) FROM claims c WHERE c.lease_until < 9223372036854775807 AND NOT EXISTS (SELECT 1 FROM inputs i WHERE i.unit_key = c.unit_key);
SQL
)"
  python3 - "$out" <<'PY'
import sys
rows = dict(l.split("|", 1) for l in sys.argv[1].splitlines() if "|" in l)
errors = [l for l in sys.argv[1].splitlines() if "|" not in l]
counts = {k: int(v) for k, v in rows.items() if k not in ("articles", "amcheck_indexes", "leased")}
bad = sum(counts.values()) + (1 if errors else 0)
am = f"ok({rows['amcheck_indexes']} indexes)" if "amcheck_indexes" in rows and not errors else "ERROR " + " ".join(errors)[:200]
detail = " ".join(f"{k}={v}" for k, v in counts.items() if v)
print(f"bad={bad} amcheck={am} articles={rows.get('articles', '?')} leased_unfinished={rows.get('leased', '?')} {detail}".rstrip())
PY
}

kill_loop() {  # NAME DB COMMAND...: kills, checks; prints the number of failed checks on the last line
  local name="$1" db="$2"; shift 2
  local failures=0 killed=0
  for i in $(seq 1 "$kills"); do
    if declare -F before_run >/dev/null; then before_run "$i"; fi
    "$@" >/dev/null 2>&1 &
    local pid=$!
    local delay; delay=$(python3 -c "import random; print(round(random.uniform(0.5, $max_delay), 2))")
    sleep "$delay"
    local state
    if kill -0 "$pid" 2>/dev/null; then kill -9 "$pid"; state="killed after ${delay}s"; killed=$((killed + 1)); else state="had exited"; fi
    wait "$pid" 2>/dev/null || true
    local c; c="$(check "$db")"
    [[ "$c" == bad=0* ]] || failures=$((failures + 1))
    echo "pg-kill $name: run $i $state; $c" >&2
  done
  echo "pg-kill $name: $killed of $kills runs killed mid-run; failed checks $failures" >&2
  echo "$failures"
}

compare() {  # NAME DB EXPECTED_FILE: lost / duplicated / unexpected against the expected keys (one per line)
  sql "$2" -c "SELECT key FROM articles" >"$work/got.txt"
  sql "$2" -c "SELECT url FROM articles WHERE url IS NOT NULL" >"$work/got-urls.txt"
  python3 - "$1" "$3" "$work/got.txt" "$work/got-urls.txt" <<'PY'
import sys
name, exp, got, urls = sys.argv[1], *[open(p).read().split("\n") for p in sys.argv[2:]]
exp = {k for k in exp if k}; got = [k for k in got if k]; urls = [u for u in urls if u]
lost = len(exp - set(got)); extra = len(set(got) - exp)
dup = (len(got) - len(set(got))) + (len(urls) - len(set(urls)))
print(f"pg-kill {name}: expected {len(exp)}; stored {len(got)}; lost {lost}; duplicated {dup}; unexpected {extra}")
PY
}

finish() {  # NAME DB EXPECTED_FILE COMMAND...: completing run now, then after the dead workers' leases expired
  local name="$1" db="$2" expected="$3"; shift 3
  local last_kill; last_kill=$(date +%s)
  "$@" >"$work/$name-final1.txt" 2>&1 || true
  echo "pg-kill $name: completing run right after the kills: $(head -1 "$work/$name-final1.txt")"
  echo "pg-kill $name: $(sql "$db" -c "SELECT count(*) FROM claims c WHERE c.lease_until < 9223372036854775807 AND NOT EXISTS (SELECT 1 FROM inputs i WHERE i.unit_key = c.unit_key)") units still leased to killed workers"
  compare "$name (right after)" "$db" "$expected"
  local wait_s=$(( last_kill + lease_wait - $(date +%s) ))
  if (( wait_s > 0 )); then echo "pg-kill $name: waiting ${wait_s}s for the killed workers' leases to expire"; sleep "$wait_s"; fi
  "$@" >"$work/$name-final2.txt" 2>&1 || true
  echo "pg-kill $name: completing run after the leases expired: $(head -1 "$work/$name-final2.txt")"
  echo "pg-kill $name: check after the completing runs: $(check "$db")"
  compare "$name" "$db" "$expected"
}

status=0
if [[ "$mode" == ingest || "$mode" == both ]]; then
  sql postgres -c "CREATE DATABASE ref" -c "CREATE DATABASE crash"
  echo "pg-kill ingest: reference ingest of ${input[*]##*/}"
  "${marsad[@]}" ingest "${input[@]}" --store "$(conn ref)" --quiet | head -1
  echo "pg-kill ingest: reference check: $(check ref)"
  sql ref -c "SELECT key FROM articles" >"$work/ingest-expected.txt"
  f="$(kill_loop ingest crash "${marsad[@]}" ingest "${input[@]}" --store "$(conn crash)" --quiet 2>&1 | tee -a "$work/loop.log" | tail -1)"; grep -v "^[0-9]*$" "$work/loop.log"; : >"$work/loop.log"
  finish ingest crash "$work/ingest-expected.txt" "${marsad[@]}" ingest "${input[@]}" --store "$(conn crash)" --quiet | tee "$work/ingest-result.txt"
  grep -q "lost 0; duplicated 0; unexpected 0" <(tail -1 "$work/ingest-result.txt") && [[ "$f" == 0 ]] || status=1
fi

if [[ "$mode" == watch || "$mode" == both ]]; then
  sql postgres -c "CREATE DATABASE watch"
  python3 - "$work" "$sites" "$items" "$port_http" <<'PY'
import os, sys
work, sites, items, port = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
words = "قال وزير الخارجية إن المحادثات مع الوفد تناولت التعاون الاقتصادي والأمن الإقليمي وأكد أن البلدين سيواصلان العمل".split()
yaml = ["sources:"]
with open(os.path.join(work, "watch-expected-urls.txt"), "w") as expected:
    for s in range(sites):
        host = f"127.0.0.{s + 2}"
        d = os.path.join(work, f"site{s}"); os.makedirs(os.path.join(d, "a"))
        rss = []
        for i in range(items):
            body = " ".join(words[(i + k) % len(words)] for k in range(60 + s))
            html = f'<html lang="ar"><head><meta charset="utf-8"><title>خبر {s}-{i}</title></head><body><article><h1>خبر رقم {i} من الموقع {s}</h1><p>{body}.</p><p>وأضاف المتحدث أن «الاجتماع المقبل سيعقد في الرياض» خلال الشهر رقم {i}.</p></article></body></html>'
            open(os.path.join(d, "a", f"{i}.html"), "w", encoding="utf-8").write(html)
            url = f"http://{host}:{port}/a/{i}.html"
            expected.write(url + "\n")
            rss.append(f"<item><title>خبر {s}-{i}</title><link>{url}</link><pubDate>Mon, 01 May 2024 10:{i % 60:02d}:00 +0300</pubDate></item>")
        open(os.path.join(work, f"items{s}.txt"), "w", encoding="utf-8").write("\n".join(rss) + "\n")
        yaml.append(f"  - name: s{s}\n    feeds: [http://{host}:{port}/rss.xml]\n    interval: 30s\n    language: ar")
open(os.path.join(work, "sources.yaml"), "w", encoding="utf-8").write("\n".join(yaml) + "\n")
PY
  # The sites publish as the runs go: before run i each feed lists its first ceil(i * ITEMS / KILLS) articles, so
  # every kill lands on a watcher with new articles to fetch and store, not on one idly re-reading its feeds.
  publish() {
    for s in $(seq 0 $((sites - 1))); do
      { printf '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>موقع</title>'
        head -n "$1" "$work/items$s.txt"; printf '</channel></rss>'; } >"$work/site$s/rss.tmp"
      mv "$work/site$s/rss.tmp" "$work/site$s/rss.xml"
    done
  }
  before_run() { publish $(( ($1 * items + kills - 1) / kills )); }
  publish "$items"
  for s in $(seq 0 $((sites - 1))); do
    python3 -m http.server "$port_http" --bind "127.0.0.$((s + 2))" --directory "$work/site$s" >/dev/null 2>&1 &
    servers+=("$!")
  done
  sleep 1
  common=(--sources "$work/sources.yaml" --store "$(conn watch)" --per-host 2 --delay-ms 20 --quiet)
  publish 0
  f="$(kill_loop watch watch "${marsad[@]}" watch "${common[@]}" 2>&1 | tee -a "$work/loop.log" | tail -1)"; grep -v "^[0-9]*$" "$work/loop.log"; : >"$work/loop.log"
  unset -f before_run
  publish "$items"
  # Watch articles are compared by URL: the expected keys are the URLs the feeds list.
  "${marsad[@]}" watch --once "${common[@]}" >"$work/watch-final.txt" 2>&1 || echo "pg-kill watch: watch --once exited non-zero: $(tail -2 "$work/watch-final.txt")"
  sql watch -c "SELECT url FROM articles" >"$work/watch-got-urls.txt"
  echo "pg-kill watch: check after watch --once: $(check watch)"
  python3 - "$work/watch-expected-urls.txt" "$work/watch-got-urls.txt" "$(sql watch -c 'SELECT count(*) - count(DISTINCT key) + count(*) - count(DISTINCT doc_id) FROM articles')" <<'PY' | tee "$work/watch-result.txt"
import sys
exp = {u for u in open(sys.argv[1]).read().split("\n") if u}
got = [u for u in open(sys.argv[2]).read().split("\n") if u]
lost = len(exp - set(got)); extra = len(set(got) - exp); dup = len(got) - len(set(got)) + int(sys.argv[3])
print(f"pg-kill watch: expected {len(exp)}; stored {len(got)}; lost {lost}; duplicated {dup}; unexpected {extra}")
PY
  grep -q "lost 0; duplicated 0; unexpected 0" "$work/watch-result.txt" && [[ "$f" == 0 ]] || status=1
fi
exit "$status"
