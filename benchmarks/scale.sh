#!/usr/bin/env bash
# Streaming throughput, sequential and on every core, from BenchmarkDotNet (StreamingBenchmarks: one launch, one
# warm-up, three passes) over a generated input, made by `newsmodel generate` when it does not exist yet.
#
#   benchmarks/scale.sh [input-file] [size-mb]     defaults: artifacts/scale/corpus-256MB.txt 256
set -euo pipefail
cd "$(dirname "$0")/.."
input=${1:-artifacts/scale/corpus-256MB.txt}
size_mb=${2:-256}
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

if [ ! -f "$input" ]; then
  mkdir -p "$(dirname "$input")"
  dotnet run --project src/NewsModel.Cli -c Release -- generate "$input" --size-mb "$size_mb" \
    seeds/*.txt tests/NewsModel.Tests/Layout/Articles/*.txt tests/NewsModel.Tests/Corpus/*/*.txt
fi

NEWSMODEL_SCALE_INPUT=$(realpath "$input") dotnet run --project benchmarks/NewsModel.Benchmarks -c Release -- \
  --filter '*StreamingBenchmarks*' --artifacts artifacts/scale/benchmarks
