#!/usr/bin/env bash
# `npm test`: every test layer, in order, with the time of each stage. Stops at the first failure.
#   build → typecheck → lint (if defined) → unit tests (node:test) → dataset check (if defined)
#   → package (.vsix) → e2e UI tests in code-server + Chromium → extension-host tests in code-server
# The e2e stages install code-server (cached in ~/.cache/figure-check-e2e) and, as root, Debian's
# chromium on first use. FIGURE_CHECK_SKIP_E2E=1 stops after packaging (says so; never silently).
set -euo pipefail
cd "$(dirname "$0")/.."

STAGES=()
CURRENT=""
T0=$(date +%s)

print_times() {
  local status=$1
  echo
  echo "== stage times =="
  for line in "${STAGES[@]}"; do echo "$line"; done
  if [[ $status -ne 0 && -n "$CURRENT" ]]; then printf '  %-22s FAILED\n' "$CURRENT"; fi
  printf '  %-22s %4ss\n' "total" "$(( $(date +%s) - T0 ))"
  if [[ $status -eq 0 ]]; then echo "npm test: all stages passed"; else echo "npm test: FAILED in stage '$CURRENT'"; fi
}
trap 'print_times $?' EXIT

stage() {
  local name=$1; shift
  CURRENT=$name
  echo
  echo "== $name: $* =="
  local start; start=$(date +%s)
  "$@"
  STAGES+=("$(printf '  %-22s %4ss' "$name" "$(( $(date +%s) - start ))")")
  CURRENT=""
}

has_script() {
  node -e 'process.exit(require("./package.json").scripts?.[process.argv[1]] ? 0 : 1)' "$1"
}

stage build npm run --silent build
stage typecheck npm run --silent typecheck
if has_script lint; then stage lint npm run --silent lint; fi
stage unit node --import tsx --test --test-reporter=spec test/unit/*.test.ts
if has_script data:check; then stage data:check npm run --silent data:check; fi

VSIX="$(pwd)/$(node -p 'const p=require("./package.json"); `${p.name}-${p.version}.vsix`')"
stage package node scripts/package.mjs --out "$VSIX"

if [[ "${FIGURE_CHECK_SKIP_E2E:-}" == "1" ]]; then
  echo
  echo "FIGURE_CHECK_SKIP_E2E=1: e2e UI and extension-host tests NOT run"
  exit 0
fi
# The UI tests install the .vsix just built instead of packaging again.
export FIGURE_CHECK_VSIX="$VSIX"
stage e2e-ui npm run --silent test:e2e
stage extension-host node --import tsx test/e2e/run-host-tests.ts --no-build
stage restricted-mode node --import tsx test/e2e/run-host-tests.ts --no-build --restricted
