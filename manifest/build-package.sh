#!/usr/bin/env bash
# One command for the Teams app package: installs the manifest tooling if needed, then builds and validates it.
#   TEAMS_APP_ID=<guid> BOT_ID=<guid> BOT_DOMAIN=<host> PORTAL_DOMAIN=<host> manifest/build-package.sh
set -euo pipefail
cd "$(dirname "$0")"
[ -d node_modules/@microsoft/app-manifest ] || npm ci --no-audit --no-fund --loglevel=error >&2
exec node build.mjs
