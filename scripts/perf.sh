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

# The commands run in turn, run after run (wc -l before each build), so that the VM's drift in speed, 10-20% over
# minutes, falls on all of them alike and the ratios to `wc -l` compare the same minutes.
names=("wc -l" "transcriptlint (JIT)" "transcriptlint (ReadyToRun)")
[ "$aot" = 1 ] && names+=("transcriptlint (Native AOT)")
# argv: command number $1 (0 wc -l, then each build), as an array so that paths with spaces stay whole.
argv_of() {
  case "$1" in
    0) argv=(xargs -0 -a "$work/files" wc -l) ;;
    1) argv=(dotnet src/TranscriptLint.Cli/bin/Release/net10.0/transcriptlint.dll "$folder" --format sarif --output "$work/jit.sarif") ;;
    2) argv=("$work/r2r/transcriptlint" "$folder" --format sarif --output "$work/r2r.sarif") ;;
    3) argv=("$work/aot/transcriptlint" "$folder" --format sarif --output "$work/aot.sarif") ;;
  esac
}
# Wall time from bash's microsecond clock around the command itself. /usr/bin/time's %e counts hundredths of a second,
# too coarse for wc -l's 0.085 s, and timing /usr/bin/time from outside adds its own start (about 4 ms, 5% of wc -l):
# both skewed the ratios. Peak RSS comes from one more run of each command under /usr/bin/time, not timed.
timed() { # $1: the command's number
  argv_of "$1"
  local start="$EPOCHREALTIME"
  "${argv[@]}" >/dev/null 2>&1 || true
  local end="$EPOCHREALTIME"
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.4f\n", e - s }' >> "$work/times.$1"
}
# Each build runs right after a `wc -l` of its own, so that each ratio compares runs seconds apart (see paired below).
for _ in $(seq "$runs"); do
  for i in "${!names[@]}"; do
    [ "$i" = 0 ] && continue
    timed 0
    tail -n 1 "$work/times.0" >> "$work/before.$i"
    timed "$i"
  done
done
for i in "${!names[@]}"; do
  argv_of "$i"
  /usr/bin/time -f '%M' -o "$work/rss.$i" "${argv[@]}" >/dev/null 2>&1 || true
done

# Median wall of one command's runs and its peak RSS: "seconds kb". (`wc -l` runs once before each build, so it has
# more runs than the builds.)
summary() {
  sort -g "$work/times.$1" | awk -v rss="$(tail -1 "$work/rss.$1")" '{ a[NR] = $1 } END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; print m, rss }'
}

# The median of one command's ratios to the `wc -l` run just before it: each pair shares the seconds it ran in, so the
# VM's drift (and `wc -l`'s own swings, 0.09-0.12 s from one batch to the next) cancels in the pair, where the ratio of
# two medians taken over minutes keeps it.
paired() { # $1: the command's number
  [ "$1" = 0 ] && { echo 1; return; }
  paste "$work/before.$1" "$work/times.$1" | awk '$1 > 0 { print $2 / $1 }' | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

echo "folder: $folder"
echo "files: $files, $(awk -v b="$bytes" 'BEGIN { printf "%.1f MB", b / 1048576 }'); $(nproc) cores; $(uname -sm); runs: $runs, in turn (median wall; peak RSS of one more run)"
echo "vs wc: the ratio of the two medians; paired: the median of each round's ratio to that round's wc -l"
printf '%-28s %10s %14s %12s %8s %8s\n' "command" "wall" "throughput" "peak RSS" "vs wc" "paired"
read -r floor _ < <(summary 0)
for i in "${!names[@]}"; do
  read -r wall rss < <(summary "$i")
  awk -v name="${names[$i]}" -v wall="$wall" -v rss="$rss" -v bytes="$bytes" -v floor="$floor" -v first="$i" -v paired="$(paired "$i")" 'BEGIN {
    mbs = wall > 0 ? bytes / 1048576 / wall : 0
    ratio = first > 0 && floor > 0 ? sprintf("%.2fx", wall / floor) : "1.00x"
    printf "%-28s %8.3f s %9.1f MB/s %9.0f MB %8s %7.2fx\n", name, wall, mbs, rss / 1024, ratio, paired
  }'
done

if [ "$aot" = 1 ]; then
  cmp -s "$work/jit.sarif" "$work/aot.sarif" || echo "the Native AOT build's SARIF differs from the JIT build's" >&2
else
  echo "transcriptlint (Native AOT): not built (no C toolchain?)"
fi
