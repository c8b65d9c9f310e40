#!/usr/bin/env bash
# Peak memory and wall-clock throughput of the console's streaming parse (`parse --format jsonl`, output to
# /dev/null) on a generated input of 1 GB, sequential and with --parallel, measured by /usr/bin/time -v.
# The input is made by `newsmodel generate` from the repository's own articles when it does not exist yet.
#
#   benchmarks/peak-memory.sh [input-file] [size-mb]     defaults: artifacts/scale/corpus-1GB.txt 1024
set -euo pipefail
cd "$(dirname "$0")/.."
input=${1:-artifacts/scale/corpus-1GB.txt}
size_mb=${2:-1024}
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

dotnet build src/NewsModel.Cli -c Release -v quiet -nologo > /dev/null
cli=(dotnet src/NewsModel.Cli/bin/Release/net10.0/NewsModel.Cli.dll)
if [ ! -f "$input" ]; then
  mkdir -p "$(dirname "$input")"
  "${cli[@]}" generate "$input" --size-mb "$size_mb" seeds/*.txt tests/NewsModel.Tests/Layout/Articles/*.txt tests/NewsModel.Tests/Corpus/*/*.txt
fi

bytes=$(stat -c %s "$input")
log=$(mktemp)
trap 'rm -f "$log"' EXIT
printf 'input: %s (%d MB)\n' "$input" $((bytes / 1000000))
for mode in sequential parallel; do
  flags=()
  if [ "$mode" = parallel ]; then flags=(--parallel); fi
  /usr/bin/time -v -o "$log" "${cli[@]}" parse "$input" --format jsonl "${flags[@]}" > /dev/null
  rss_kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$log")
  # "Elapsed (wall clock) time (h:mm:ss or m:ss): 1:23.45"
  seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$log")
  awk -v mode="$mode" -v rss="$rss_kb" -v s="$seconds" -v b="$bytes" \
    'BEGIN { printf "%-10s  peak RSS %4d MB   wall %7.1f s   %6.1f MB/s\n", mode, rss / 1024, s, b / 1e6 / s }'
done
