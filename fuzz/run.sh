#!/usr/bin/env bash
# Fuzz Marsad's parsers of outside data.
#   fuzz/run.sh afl    [SECONDS_PER_TARGET=300] [TARGETS...]  - SharpFuzz-instrumented assemblies under AFL++ (afl-fuzz);
#                                                              env RESUME=1 continues each target's last run
#   fuzz/run.sh mutate [SECONDS_PER_TARGET=120] [TARGETS...]  - in-process blind mutation loop (no AFL needed)
# Findings land in fuzz/out/<mode>/<target>/ (crashes/, hangs/ for AFL; crash-*/hang-*/slow-* for mutate); each
# finding becomes a regression test in tests/Marsad.Reliability.Tests. Needs: apt-get install -y afl++ and
# dotnet tool install --tool-path /tmp/sharpfuzz-tool SharpFuzz.CommandLine --version 2.3.0
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mode="${1:-mutate}"; secs="${2:-}"; shift $(( $# > 2 ? 2 : $# )) || true
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(extract extract-text decode dates feed warc jsonl trec query)
out="$root/fuzz/out/$mode"
bin="$root/fuzz/out/bin"
mkdir -p "$out"
dotnet build "$root/fuzz/Marsad.Fuzz" -c Release -o "$bin" -v q --nologo >/dev/null
case "$mode" in
  afl)
    secs="${secs:-300}"
    sharpfuzz="${SHARPFUZZ:-/tmp/sharpfuzz-tool/sharpfuzz}"
    # A separate copy: instrumented assemblies only run under SharpFuzz's loop, so `mutate`/`run` keep the plain ones.
    plain="$bin"; bin="$root/fuzz/out/afl-bin"
    if [[ ! -f "$bin/.instrumented" || "$plain/Marsad.Fuzz.dll" -nt "$bin/.instrumented" ]]; then rm -rf "$bin"; cp -r "$plain" "$bin"; fi
    # Instrument Marsad's own assemblies (not the BCL or third-party ones) once; sharpfuzz rewrites them in place.
    if [[ ! -f "$bin/.instrumented" ]]; then
      for dll in "$bin"/Marsad.Core.dll "$bin"/Marsad.Arabic.dll "$bin"/Marsad.Extraction.dll "$bin"/Marsad.Ingest.dll "$bin"/Marsad.Storage.dll "$bin"/Marsad.Analysis.dll; do
        "$sharpfuzz" "$dll"
      done
      touch "$bin/.instrumented"
    fi
    for t in "${targets[@]}"; do
      seeds="$root/fuzz/corpus/$t"; [[ -d "$seeds" ]] || seeds="$root/fuzz/corpus/extract"
      # RESUME=1 continues the last run of the target (its queue, and afl-fuzz keeps counting executions).
      input=(-i "$seeds")
      if [[ "${RESUME:-0}" == 1 && -d "$out/$t/default/queue" ]]; then input=(-i -); else rm -rf "$out/$t"; fi
      AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 \
        timeout --signal=INT "$((secs + 30))" afl-fuzz -V "$secs" -t 10000 -m none "${input[@]}" -o "$out/$t" \
        -- dotnet "$bin/Marsad.Fuzz.dll" afl "$t" > "$out/$t.log" 2>&1 || true
      stats="$out/$t/default/fuzzer_stats"
      if [[ -f "$stats" ]]; then
        awk -v t="$t" -F' *: ' '/^(execs_done|execs_per_sec|corpus_count|bitmap_cvg|saved_crashes|saved_hangs|unique_crashes|unique_hangs|edges_found|total_edges) /{printf "%s=%s ", $1, $2} END{print "<- " t}' "$stats"
      else
        echo "$t: afl-fuzz did not start; see $out/$t.log"; tail -5 "$out/$t.log"
      fi
    done
    ;;
  mutate)
    secs="${secs:-120}"
    for t in "${targets[@]}"; do
      seeds="$root/fuzz/corpus/$t"; [[ -d "$seeds" ]] || seeds="$root/fuzz/corpus/extract"
      dotnet "$bin/Marsad.Fuzz.dll" mutate "$t" "$seeds" "$out" "$secs" || true
    done
    ;;
  *) echo "usage: fuzz/run.sh afl|mutate [SECONDS] [TARGETS...]" >&2; exit 2 ;;
esac
