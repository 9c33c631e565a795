#!/usr/bin/env bash
# Regenerates completions/ from the built commands (ArgumentParser writes them).
# Usage: Scripts/generate-completions.sh [BIN_DIR]   (default .build/debug)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/debug}
for dir in Sources/[a-z]*/; do
  tool=$(basename "$dir")
  "$bin/$tool" --generate-completion-script bash > "completions/bash/$tool"
  "$bin/$tool" --generate-completion-script zsh > "completions/zsh/_$tool"
  "$bin/$tool" --generate-completion-script fish > "completions/fish/$tool.fish"
done
