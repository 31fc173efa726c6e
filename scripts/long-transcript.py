#!/usr/bin/env python3
"""Write one long transcript of one dialect from a generated corpus, for the big-file benchmark (scripts/memory.sh).

Joins the corpus's files of one extension (podcast Markdown by default) in path order until the output reaches
--mb MiB, cut at a line end. Byte order marks are dropped and CRLF becomes LF, so the output is one consistent
file. The same corpus and size always give the same bytes, and a smaller output is a prefix of a larger one, so
times at 25, 50, 100 and 200 MiB compare the same kind of text.

  python3 scripts/long-transcript.py --corpus /tmp/big --mb 200 --out /tmp/long-200.md
"""
import argparse
import os
import sys


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", required=True, help="a folder written by ../shared/bench/gen-corpus.py")
    ap.add_argument("--mb", type=float, required=True, help="size of the output in MiB")
    ap.add_argument("--ext", default="md", help="which files to join (md, txt, vtt, srt)")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    target = int(args.mb * 1024 * 1024)
    paths = []
    for folder, dirs, files in os.walk(args.corpus):
        dirs.sort()
        paths += [os.path.join(folder, f) for f in sorted(files) if f.endswith("." + args.ext)]
    written = 0
    with open(args.out, "wb") as out:
        for path in paths:
            with open(path, "rb") as f:
                data = f.read()
            data = data.removeprefix(b"\xef\xbb\xbf").replace(b"\r\n", b"\n")
            if not data.endswith(b"\n"):
                data += b"\n"
            if written + len(data) >= target:
                cut = data.rfind(b"\n", 0, target - written)
                out.write(data[:cut + 1])
                written += cut + 1
                break
            out.write(data)
            written += len(data)
    if written < target * 0.99:
        sys.exit(f"the corpus holds only {written / 1048576:.1f} MiB of .{args.ext} files; generate more")
    print(f"{written} bytes in {args.out}")


if __name__ == "__main__":
    main()
