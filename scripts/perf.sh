#!/usr/bin/env bash
# The CLI against the read floor: wall time (median of N runs), MB/s and peak RSS of `wc -l` and of transcriptlint
# over the same folder, for the JIT build, the ReadyToRun publish and the Native AOT publish (the tool's precompiled forms).
#
#   scripts/perf.sh [FOLDER] [--runs N]
#
# FOLDER defaults to a corpus generated with ../shared/bench/gen-corpus.py (--files 2000). Needs /usr/bin/time (GNU).
# `wc -l` reads the same transcript files (*.txt, *.md, *.markdown, *.vtt, *.srt, outside bin/ obj/ node_modules/ .git/).
set -euo pipefail
cd "$(dirname "$0")/.."

runs=5
folder=""
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    *) folder="$1"; shift ;;
  esac
done

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ -z "$folder" ]; then
  gen="$(cd .. && pwd)/shared/bench/gen-corpus.py"
  [ -f "$gen" ] || { echo "no FOLDER given and $gen not found" >&2; exit 2; }
  python3 "$gen" --out "$work/corpus" --files 2000 --seed 1 >/dev/null
  folder="$work/corpus"
fi

dotnet build src/TranscriptLint.Cli -c Release -v:q -nologo >/dev/null
rid="$(dotnet --info | sed -n 's/^ *RID: *//p' | head -1)"
dotnet publish src/TranscriptLint.Cli -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "$work/r2r" -v:q -nologo >/dev/null
# Native AOT needs a C toolchain: clang by default, gcc where clang is missing.
aot_linker=()
command -v clang >/dev/null || aot_linker=(-p:CppCompilerAndLinker=gcc)
aot=1
dotnet publish src/TranscriptLint.Cli -c Release -r "$rid" -p:TranscriptLintNativeAot=true "${aot_linker[@]}" -o "$work/aot" -v:q -nologo >/dev/null 2>&1 || aot=0

find "$folder" \( -name bin -o -name obj -o -name node_modules -o -name .git \) -prune -o -type f \
  \( -iname '*.txt' -o -iname '*.md' -o -iname '*.markdown' -o -iname '*.vtt' -o -iname '*.srt' \) -print0 > "$work/files"
files=$(tr -cd '\0' < "$work/files" | wc -c)
bytes=$(xargs -0 cat < "$work/files" | wc -c)

# One command N times: prints "median_wall_seconds max_rss_kb".
measure() {
  local walls=() rss=0
  for _ in $(seq "$runs"); do
    /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null 2>&1 || true
    read -r wall kb < "$work/time"
    walls+=("$wall")
    [ "$kb" -gt "$rss" ] && rss=$kb
  done
  printf '%s\n' "${walls[@]}" | sort -g | awk -v n="$runs" -v rss="$rss" '{ a[NR] = $1 } END { m = (n % 2) ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2; print m, rss }'
}

row() {
  local name="$1" floor="$2"; shift 2
  read -r wall rss < <(measure "$@")
  awk -v name="$name" -v wall="$wall" -v rss="$rss" -v bytes="$bytes" -v floor="$floor" 'BEGIN {
    mbs = wall > 0 ? bytes / 1048576 / wall : 0
    ratio = floor > 0 ? sprintf("%.1fx", wall / floor) : "1.0x"
    printf "%-28s %8.2f s %9.1f MB/s %9.0f MB %8s\n", name, wall, mbs, rss / 1024, ratio
  }'
  echo "$wall" > "$work/last"
}

echo "folder: $folder"
echo "files: $files, $(awk -v b="$bytes" 'BEGIN { printf "%.1f MB", b / 1048576 }'); $(nproc) cores; $(uname -sm); runs: $runs (median wall, max RSS)"
printf '%-28s %10s %14s %12s %8s\n' "command" "wall" "throughput" "peak RSS" "vs wc"
row "wc -l" 0 xargs -0 -a "$work/files" wc -l
floor=$(cat "$work/last")
row "transcriptlint (JIT)" "$floor" dotnet src/TranscriptLint.Cli/bin/Release/net10.0/transcriptlint.dll "$folder" --format sarif --output "$work/jit.sarif"
row "transcriptlint (ReadyToRun)" "$floor" "$work/r2r/transcriptlint" "$folder" --format sarif --output "$work/r2r.sarif"
if [ "$aot" = 1 ]; then
  row "transcriptlint (Native AOT)" "$floor" "$work/aot/transcriptlint" "$folder" --format sarif --output "$work/aot.sarif"
  cmp -s "$work/jit.sarif" "$work/aot.sarif" || echo "the Native AOT build's SARIF differs from the JIT build's" >&2
else
  echo "transcriptlint (Native AOT): not built (no C toolchain?)"
fi
