#!/usr/bin/env bash
# Starts MipgTeams on the embedded default: a SQLite store in data/, the demo library synced into it, the sync worker
# and the public portal (http://localhost:5080) in the background, and the bot on http://localhost:3978/api/messages.
# With --playground, also the Microsoft 365 Agents Playground (the local Teams client) on http://localhost:56150.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

playground=false
[ "${1:-}" = "--playground" ] && playground=true

echo "== build"
dotnet build MipgTeams.sln --nologo -v quiet -clp:ErrorsOnly

echo "== sync the demo library into data/mipg.db"
# Exit code 1 means "synced, some files failed" (the demo holds one corrupt pdf on purpose); only worse stops us.
dotnet run --no-build --project sync-worker/MipgTeams.SyncWorker -- once || [ $? -eq 1 ]

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT INT TERM

dotnet run --no-build --project sync-worker/MipgTeams.SyncWorker >/dev/null 2>&1 &
pids+=($!)

dotnet run --no-build --project portal/MipgTeams.Portal >/dev/null 2>&1 &
pids+=($!)
echo "== portal (the public documentation and the master list): open http://localhost:5080 in a browser"

if $playground; then
  (cd tools/playground && { [ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error; } \
    && TEAMSAPPTESTER_BROWSER=none npx agentsplayground start --app-endpoint http://127.0.0.1:3978/api/messages \
       --channel-id msteams --disable-telemetry) &
  pids+=($!)
  echo "== Agents Playground: open http://localhost:56150 in a browser"
fi

echo "== bot on http://localhost:3978/api/messages (Ctrl+C stops everything)"
dotnet run --no-build --project bot/MipgTeams.Bot
