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

# The commands run in turn, run after run (wc -l, then each build), so that the VM's drift in speed, 10-20% over
# minutes, falls on all of them alike and the ratios to `wc -l` compare the same minutes.
names=("wc -l" "transcriptlint (JIT)" "transcriptlint (ReadyToRun)")
[ "$aot" = 1 ] && names+=("transcriptlint (Native AOT)")
# Wall time from bash's microsecond clock around /usr/bin/time (which only counts hundredths of a second, too coarse
# for wc -l's 0.08 s: one hundredth moved the ratio by half a point); /usr/bin/time gives the peak RSS. The clock also
# counts starting /usr/bin/time itself, about a millisecond, alike for every command.
timed() { # $1: the command's number; the rest: the command
  local i="$1"; shift
  local start="$EPOCHREALTIME"
  /usr/bin/time -f '%M' -o "$work/rss" "$@" >/dev/null 2>&1 || true
  local end="$EPOCHREALTIME"
  echo "$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.4f", e - s }') $(cat "$work/rss")" >> "$work/times.$i"
}
for _ in $(seq "$runs"); do
  timed 0 xargs -0 -a "$work/files" wc -l
  timed 1 dotnet src/TranscriptLint.Cli/bin/Release/net10.0/transcriptlint.dll "$folder" --format sarif --output "$work/jit.sarif"
  timed 2 "$work/r2r/transcriptlint" "$folder" --format sarif --output "$work/r2r.sarif"
  [ "$aot" = 1 ] && timed 3 "$work/aot/transcriptlint" "$folder" --format sarif --output "$work/aot.sarif"
done

# Median wall and max RSS of one command's runs: "seconds kb".
summary() {
  sort -g "$work/times.$1" | awk -v n="$runs" '{ a[NR] = $1; if ($2 > rss) rss = $2 } END { m = (n % 2) ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2; print m, rss }'
}

echo "folder: $folder"
echo "files: $files, $(awk -v b="$bytes" 'BEGIN { printf "%.1f MB", b / 1048576 }'); $(nproc) cores; $(uname -sm); runs: $runs, in turn (median wall, max RSS)"
printf '%-28s %10s %14s %12s %8s\n' "command" "wall" "throughput" "peak RSS" "vs wc"
read -r floor _ < <(summary 0)
for i in "${!names[@]}"; do
  read -r wall rss < <(summary "$i")
  awk -v name="${names[$i]}" -v wall="$wall" -v rss="$rss" -v bytes="$bytes" -v floor="$floor" -v first="$i" 'BEGIN {
    mbs = wall > 0 ? bytes / 1048576 / wall : 0
    ratio = first > 0 && floor > 0 ? sprintf("%.2fx", wall / floor) : "1.00x"
    printf "%-28s %8.3f s %9.1f MB/s %9.0f MB %8s\n", name, wall, mbs, rss / 1024, ratio
  }'
done

if [ "$aot" = 1 ]; then
  cmp -s "$work/jit.sarif" "$work/aot.sarif" || echo "the Native AOT build's SARIF differs from the JIT build's" >&2
else
  echo "transcriptlint (Native AOT): not built (no C toolchain?)"
fi
