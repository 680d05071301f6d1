#!/usr/bin/env bash
# Publishes the CLI into DIR (default bench/out/bin) with the project's release settings, for the benchmarks.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-bench/out/bin}
dotnet publish src/BriefingBook.Cli -c Release -o "$dir" --nologo -v quiet >/dev/null
