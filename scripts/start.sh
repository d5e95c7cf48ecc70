#!/usr/bin/env bash
# Starts MipgTeams on the embedded default: a SQLite store in data/, a copy of the demo library in data/demo synced
# into it (validated change requests are published into that copy), the sync worker and the public portal
# (http://localhost:5080) in the background, and the bot on http://localhost:3978/api/messages.
# With --playground, also the Microsoft 365 Agents Playground (the local Teams client) on http://localhost:56150.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

playground=false
[ "${1:-}" = "--playground" ] && playground=true

echo "== build"
dotnet build MipgTeams.sln --nologo -v quiet -clp:ErrorsOnly

# Publication writes into the library (validated changes move and add files): it gets a copy under data/, so the
# demo's generated files in git stay untouched. Delete data/demo to start again from the demo.
if [ ! -d data/demo ]; then
  echo "== copy the demo library to data/demo (publication writes there)"
  mkdir -p data/demo && cp -R demo/library demo/lists data/demo/
  mkdir -p data/demo/library/Borradores
  # One draft to walk a change through in the Playground ("Borradores/GLEGN02-P001 borrador.docx" in the form).
  cp "demo/library/Gestión Jurídica/Mejora Normativa/GLEGN02-P001 Procedimiento Actos Administrativos de Carácter General y Abstracto o Proyectos Específicos de Regulación.docx" \
    "data/demo/library/Borradores/GLEGN02-P001 borrador.docx"
fi
export Folder__Root=data/demo

echo "== sync the demo library (data/demo) into data/mipg.db"
# Exit code 1 means "synced, some files failed" (the demo holds one corrupt pdf on purpose); only worse stops us.
dotnet run --no-build --project sync-worker/MipgTeams.SyncWorker -- once || [ $? -eq 1 ]

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT INT TERM

dotnet run --no-build --project sync-worker/MipgTeams.SyncWorker >/dev/null 2>&1 &
pids+=($!)

# The portal runs as Development with the development sign-in, so its indicators can be entered as one of the demo's
# people (a deployed portal uses Entra ID: docs/indicators.md).
ASPNETCORE_ENVIRONMENT=Development Portal__Auth__Mode=Development \
  dotnet run --no-build --project portal/MipgTeams.Portal >/dev/null 2>&1 &
pids+=($!)
echo "== portal (the public documentation and the master list): open http://localhost:5080 in a browser"
echo "== indicators (quality team and committee; development sign-in): http://localhost:5080/indicadores"
# The committee report card links to the quarter's indicators on this portal.
export ChangeRequests__IndicatorsBaseUrl=http://localhost:5080

if $playground; then
  (cd tools/playground && { [ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error; } \
    && TEAMSAPPTESTER_BROWSER=none npx agentsplayground start --app-endpoint http://127.0.0.1:3978/api/messages \
       --channel-id msteams --disable-telemetry) &
  pids+=($!)
  echo "== Agents Playground: open http://localhost:56150 in a browser"
fi

echo "== bot on http://localhost:3978/api/messages (Ctrl+C stops everything)"
dotnet run --no-build --project bot/MipgTeams.Bot
