#!/usr/bin/env bash
# A docs repo's no-op rebuild with and without the package: a Microsoft.Build.NoTargets project over a generated corpus
# (gen-corpus.py --files N), `dotnet build --no-restore` timed N runs each, alternating, after two first builds; prints
# the medians and their ratio (issue 11's target: within 10%).
#
#   scripts/rebuild-perf.sh [--files N] [--runs N] [--keep]
#
# Packs the package into a temp feed with its own NuGet package folder, so the machine's cache is untouched.
set -euo pipefail
cd "$(dirname "$0")/.."

files=3000 runs=5 keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --files) files="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --keep) keep=1; shift ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
work="$(mktemp -d)"
[ "$keep" = 1 ] && echo "work folder: $work" || trap 'rm -rf "$work"' EXIT
export NUGET_PACKAGES="$work/packages"

gen="$(cd .. && pwd)/shared/bench/gen-corpus.py"
[ -f "$gen" ] || { echo "$gen not found" >&2; exit 2; }

version="0.0.0-rebuildperf.$(date +%s)"
dotnet pack src/TranscriptLint.Tasks -c Release -o "$work/feed" -p:Version="$version" -v:q -nologo >/dev/null
cat > "$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration><packageSources><add key="rebuild-perf-feed" value="$work/feed" /></packageSources></configuration>
XML
echo '<Project />' > "$work/Directory.Build.props"
echo '<Project />' > "$work/Directory.Build.targets"

# The same corpus twice, one project with the package and one without; runs alternate between them so that drift in
# the machine's speed falls on both alike.
python3 "$gen" --out "$work/with" --files "$files" --seed 4 >/dev/null
cp -r "$work/with" "$work/without"
project() { # $1: folder, $2: package reference or empty
  cat > "$1/docs.proj" <<XML
<Project Sdk="Microsoft.Build.NoTargets/3.7.0">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
  <ItemGroup>$2</ItemGroup>
</Project>
XML
  # Two builds: the first lints everything; the second keeps the change stamps, which have settled by then.
  (cd "$1" && dotnet restore -v:q -nologo >/dev/null && dotnet build --no-restore -v:q -nologo >/dev/null 2>&1 || true)
  sleep 2
  (cd "$1" && dotnet build --no-restore -v:q -nologo >/dev/null 2>&1 || true)
}

median() { sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
time_noop() { # $1: folder; prints the wall time of one no-op build
  /usr/bin/time -f '%e' -o "$work/t" bash -c "cd '$1' && dotnet build --no-restore -nologo >/dev/null 2>&1" || true
  cat "$work/t"
}

project "$work/with" "<PackageReference Include=\"TranscriptLint\" Version=\"$version\" PrivateAssets=\"all\" />"
project "$work/without" ""
: > "$work/with.times"
: > "$work/without.times"
for _ in $(seq "$runs"); do
  time_noop "$work/with" >> "$work/with.times"
  time_noop "$work/without" >> "$work/without.times"
done
with=$(median < "$work/with.times")
without=$(median < "$work/without.times")
count=$(find "$work/with" -type f \( -name '*.md' -o -name '*.txt' -o -name '*.vtt' -o -name '*.srt' \) | wc -l)
awk -v w="$with" -v wo="$without" -v n="$count" -v r="$runs" 'BEGIN {
  printf "no-op rebuild, %d transcripts, median of %d (alternating): with the package %.2f s, without %.2f s, ratio %.2f\n", n, r, w, wo, w / wo }'
