#!/usr/bin/env bash
# Regenerates the committed demo library (demo/library, demo/lists) from tools/MipgTeams.DemoLibrary. Deterministic:
# running it again without changing the generator leaves git clean.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run --project tools/MipgTeams.DemoLibrary -- demo
