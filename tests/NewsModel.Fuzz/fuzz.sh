#!/usr/bin/env bash
# Runs the NewsModel SharpFuzz harness under AFL++ (see README.md beside this file).
# Usage: tests/NewsModel.Fuzz/fuzz.sh [seconds] [work folder]   (defaults: 3600, artifacts/fuzz)
# Needs afl-fuzz on PATH (Debian: apt-get install afl++) and the local tool from dotnet-tools.json (dotnet tool restore).
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-3600}
work=${2:-artifacts/fuzz}
mkdir -p "$work"

# 1. Publish the harness, then instrument only the library: the harness, SharpFuzz and the framework stay as they are.
dotnet publish tests/NewsModel.Fuzz -c Release -o "$work/bin"
dotnet tool restore
dotnet sharpfuzz "$work/bin/NewsModel.dll"

# 2. Seed the corpus with real text: the seeds and every test article (file names kept apart by folder).
rm -rf "$work/corpus"
mkdir -p "$work/corpus"
for file in seeds/*.txt tests/NewsModel.Tests/Layout/Articles/*.txt tests/NewsModel.Tests/Corpus/*/*.txt \
            tests/NewsModel.Tests/TestData/Fuzz/*.bin; do
  [ -f "$file" ] || continue
  name=$(echo "$file" | tr '/' '_')
  cp "$file" "$work/corpus/$name"
done

# 3. Fuzz. The target is `dotnet NewsModel.Fuzz.dll`, not an instrumented native binary, so the binary check is off;
#    SharpFuzz runs the AFL fork server inside the .NET process. A finding stays in $work/findings/default/crashes.
#    Resume a stopped run by passing -i - instead of the corpus (AFL_AUTORESUME=1 does the same).
export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_AUTORESUME=1
exec afl-fuzz -i "$work/corpus" -o "$work/findings" -x tests/NewsModel.Fuzz/newsmodel.dict \
  -t 10000 -m none -V "$seconds" -- dotnet "$work/bin/NewsModel.Fuzz.dll"
