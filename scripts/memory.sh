#!/usr/bin/env bash
# Memory flatness and big-file linearity of the CLI (issue 10), as two tables of peak RSS and time.
#
#   scripts/memory.sh [--runs N] [--files N] [--work DIR] [--cli DLL] [FOLDER...]
#
# 1. Flatness: `transcriptlint FOLDER --format sarif` on corpora from ../shared/bench/gen-corpus.py (seed 9) of
#    --files/10 and --files files (2,500 and 25,000 by default, about 110 MB and 1.1 GB), and on any FOLDER given.
#    Peak RSS should not grow with the corpus: the last column is each row's peak over the first row's.
# 2. Linearity: one Markdown transcript of 25, 50, 100 and 200 MiB, joined from the large corpus's podcasts by
#    scripts/long-transcript.py (each a prefix of the next). Time should grow with size: the ratio column is time
#    over the 25 MiB time (8 at 200 MiB is linear, 64 would be quadratic).
#
# Wall time is the median of --runs runs (3 by default), CPU is user + system of that run, peak RSS the largest of the
# runs (GNU /usr/bin/time). Corpora are generated once under --work (default /tmp/transcriptlint-memory) and kept:
# the large one takes a few minutes to write. Other jobs on the machine move the times more than the memory.
# --cli measures another build's transcriptlint.dll (an older commit's, say) instead of building this one.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=3
files=25000
work=/tmp/transcriptlint-memory
extra=()
dll=""
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --files) files="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --cli) dll="$(realpath "$2")"; shift 2 ;;
    *) extra+=("$1"); shift ;;
  esac
done

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
gen="$(cd .. && pwd)/shared/bench/gen-corpus.py"
[ -f "$gen" ] || { echo "$gen not found" >&2; exit 2; }
mkdir -p "$work"
if [ -z "$dll" ]; then
  dotnet build src/TranscriptLint.Cli -c Release -v:q -nologo >/dev/null
  dll=src/TranscriptLint.Cli/bin/Release/net10.0/transcriptlint.dll
fi
cli=(dotnet "$dll")

corpus() { # corpus FILES -> folder
  local dir="$work/seed9-$1"
  [ -f "$dir/truth.tsv" ] || python3 "$gen" --out "$dir" --files "$1" --seed 9 >/dev/null
  echo "$dir"
}

# measure ARGS... -> "median_wall cpu_of_that_run max_rss_kb"
measure() {
  local rows=()
  for _ in $(seq "$runs"); do
    /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" >/dev/null 2>&1 || true
    rows+=("$(tail -1 "$work/time")")
  done
  printf '%s\n' "${rows[@]}" | sort -g | awk -v n="$runs" '
    { wall[NR] = $1; cpu[NR] = $2 + $3; if ($4 > rss) rss = $4 }
    END { m = int((n + 1) / 2); print wall[m], cpu[m], rss }'
}

# transcripts FOLDER -> "count MiB" of the files the CLI would look at (outside bin/ obj/ node_modules/ .git/)
transcripts() {
  find -L "$1" \( -name bin -o -name obj -o -name node_modules -o -name .git \) -prune -o -type f \
    \( -iname '*.txt' -o -iname '*.md' -o -iname '*.markdown' -o -iname '*.vtt' -o -iname '*.srt' \) -printf '%s\n' |
    awk '{ n++; s += $1 } END { printf "%d %.0f\n", n, s / 1048576 }'
}

small=$(corpus $((files / 10)))
large=$(corpus "$files")
echo "$(nproc) cores, $(uname -sm), runs: $runs (median wall, its CPU, max peak RSS)"
echo
echo "Flatness: peak RSS by corpus size"
printf '%-34s %8s %8s %9s %9s %10s %7s\n' "folder" "files" "MiB" "wall s" "CPU s" "peak MiB" "ratio"
first=""
for folder in "$small" "$large" "${extra[@]}"; do
  read -r n mb < <(transcripts "$folder")
  read -r wall cpu rss < <(measure "${cli[@]}" "$folder" --format sarif --output "$work/out.sarif")
  first=${first:-$rss}
  awk -v f="$(basename "$folder")" -v n="$n" -v mb="$mb" -v w="$wall" -v c="$cpu" -v r="$rss" -v r0="$first" \
    'BEGIN { printf "%-34s %8d %8d %9.2f %9.2f %10.0f %6.2fx\n", f, n, mb, w, c, r / 1024, r / r0 }'
done

echo
echo "Linearity: one Markdown transcript"
printf '%-10s %9s %9s %10s %9s %11s\n' "size" "wall s" "CPU s" "peak MiB" "ratio" "CPU s/100MiB"
base=""
for mb in 25 50 100 200; do
  file="$work/long-$mb.md"
  [ -f "$file" ] || python3 scripts/long-transcript.py --corpus "$large" --mb "$mb" --out "$file" >/dev/null
  read -r wall cpu rss < <(measure "${cli[@]}" "$file" --format sarif --output "$work/out.sarif")
  base=${base:-$wall}
  awk -v s="$mb MiB" -v w="$wall" -v c="$cpu" -v r="$rss" -v b="$base" -v mb="$mb" \
    'BEGIN { printf "%-10s %9.2f %9.2f %10.0f %8.1fx %11.2f\n", s, w, c, r / 1024, w / b, c / mb * 100 }'
done
