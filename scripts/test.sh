#!/usr/bin/env bash
# The one test command (README.md, .ci/run): restores everything a fresh machine needs, starts a throwaway
# PostgreSQL 15 for the store tests, runs every test project and prints one closing summary line.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

echo "== restore"
dotnet tool restore >/dev/null
dotnet restore MipgTeams.sln --nologo -v quiet
if [ -f manifest/package-lock.json ]; then
  (cd manifest && npm ci --no-audit --no-fund --prefer-offline --loglevel=error)
fi

# The portal's browser tests drive Debian's Chromium (Playwright cannot download its own browsers here).
if ! command -v chromium >/dev/null 2>&1; then
  echo "== install chromium (portal browser tests)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

echo "== build"
dotnet build MipgTeams.sln --no-restore --nologo -v quiet -clp:ErrorsOnly

log=$(mktemp)
trap 'rm -f "$log"' EXIT
echo "== test (PostgreSQL 15 throwaway server included)"
status=0
scripts/with-postgres.sh dotnet test MipgTeams.sln --no-build --nologo -v quiet 2>&1 | tee "$log" || status=$?

# dotnet test prints one "Passed!/Failed!" line per test project; sum them into one closing line.
awk '/(Passed|Failed)! +- +Failed: +[0-9]+, +Passed: +[0-9]+/ {
       for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }
     }
     END { gsub(",", "", p); printf "Tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit "$status"
