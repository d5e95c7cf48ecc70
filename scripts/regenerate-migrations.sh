#!/usr/bin/env bash
# Collapses the schema into one migration per provider, "Initial", recreated from the model. Only for a store nobody
# keeps data in: an existing store cannot apply a recreated Initial. Otherwise add a migration per provider, as
# SubmissionKey was added:
#   dotnet ef migrations add <Name> --project core/MipgTeams.Store --context SqliteMipgDbContext --output-dir Migrations/Sqlite
#   (and the same with PostgresMipgDbContext and Migrations/Postgres)
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
# dotnet-ef 11 is the version the package mirror serves; it drives the EF Core 10 design package fine.
export DOTNET_ROLL_FORWARD=Major
rm -rf core/MipgTeams.Store/Migrations core/MipgTeams.Store/MipgTeams
for provider in Sqlite Postgres; do
  dotnet ef migrations add Initial --project core/MipgTeams.Store --context "${provider}MipgDbContext" --output-dir "Migrations/$provider"
done
