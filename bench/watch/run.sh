#!/usr/bin/env bash
# Watch benchmark: 20 loopback sources x 50 Arabic articles, 'marsad watch' killed with SIGKILL and restarted.
# Usage: bench/watch/run.sh [sources] [items] [kill-at-stored]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
"$root/marsad" --help >/dev/null   # builds the CLI (Release) into .marsad/bin when sources changed
if ! dotnet build "$root/bench/watch/WatchBench/WatchBench.csproj" -c Release --nologo -v quiet -clp:ErrorsOnly -o "$root/.marsad/bench-watch" >/tmp/marsad-bench-watch-build.log 2>&1; then
  cat /tmp/marsad-bench-watch-build.log >&2
  exit 3
fi
exec dotnet "$root/.marsad/bench-watch/WatchBench.dll" "$root/.marsad/bin/marsad.dll" "$@"
