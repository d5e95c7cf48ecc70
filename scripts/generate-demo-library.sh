#!/usr/bin/env bash
# Regenerates the committed demo library (demo/library, demo/lists) from tools/MipgTeams.DemoLibrary. Deterministic:
# running it again without changing the generator leaves git clean.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run --project tools/MipgTeams.DemoLibrary -- demo
# The evaluation library of another municipality, which the answers are measured on (tests/evaluation/README.md).
dotnet run --project tools/MipgTeams.DemoLibrary -- --unseen tests/evaluation/unseen-library
