#!/usr/bin/env bash
# A private ESM build for one developer, so parallel work never races on dist/:
#   scripts/dev-build.sh NAME   → scratch/NAME/dist/index.js and scratch/NAME/package.json
# then: node ../shared/eval/score.mjs --project scratch/NAME --gold ../shared/eval/dev
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/dev-build.sh NAME}
out="scratch/$name"
mkdir -p "$out"
npx --no-install tsup src/index.ts --no-config --format esm --platform neutral --target node20 \
  --external wink-nlp --external wink-eng-lite-web-model --external zod \
  --out-dir "$out/dist" --silent
echo '{"type":"module","exports":"./dist/index.js"}' > "$out/package.json"
