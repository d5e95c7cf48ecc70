#!/usr/bin/env bash
# Nothing is released yet, so the schema has one migration per provider, "Initial". After changing the model,
# run this to recreate both. (Once a release ships, switch to adding migrations instead.)
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
# dotnet-ef 11 is the version the package mirror serves; it drives the EF Core 10 design package fine.
export DOTNET_ROLL_FORWARD=Major
rm -rf core/MipgTeams.Store/Migrations core/MipgTeams.Store/MipgTeams
for provider in Sqlite Postgres; do
  dotnet ef migrations add Initial --project core/MipgTeams.Store --context "${provider}MipgDbContext" --output-dir "Migrations/$provider"
done
