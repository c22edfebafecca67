#!/usr/bin/env python3
"""Instruction counts (valgrind --tool=callgrind) per page for the floor, `jdmatch extract` and
`jdmatch rank --jobs 1`, per byte of main text for analysis, and for one `jdmatch score` run.

Instruction counts do not move with the machine's load, so a change is judged on them; wall time and
memory stay with jdmatch-bench (make bench-speed).

Samples, fixed: COUNT pages of each synthetic shape (scripts/generate-corpus.py --seed SEED, made once
under .build/corpora/instr-*) and the real postings of ../shared/benchmarks/matching-dev/postings (less
the PDFs, which the floor does not read).
Start-up is subtracted: every per-page figure is (run on the sample - run on its first file alone) /
(pages - 1). Analysis is the inclusive cost of Preparer.posting within the rank runs (the same
difference), over the bytes of main text the sample reads as.

Usage: scripts/bench-instructions.py [--jdmatch BIN] [--before BIN] [--bench BIN] [--count N] [--seed S]
                                     [--parallel J] [--keep DIR]
"""
import argparse
import concurrent.futures
import os
import re
import shutil
import subprocess
import sys
import tempfile

LEXICON = "Lexicons/cpo.yaml"
RESUME = "Fixtures/resumes/vp-product-morgan-ellis.md"
SCORE_POSTING = "Fixtures/postings/greenhouse-cpo-lumora.html"
REAL = "../shared/benchmarks/matching-dev/postings"
EXTENSIONS = {".html", ".htm", ".mhtml", ".mht", ".txt", ".md", ".pdf"}
# Preparer.posting(_:compact:), mangled: the analysis of one posting (tokenization included).
ANALYSIS_SYMBOL = "8Analysis8PreparerV7posting_7compact"


def environment(binary):
    """The lexicon, and a cache folder of the binary's own for its compiled lexicon (made before measuring,
    then only read)."""
    return dict(os.environ, JDMATCH_LEXICON=os.path.abspath(LEXICON), JDMATCH_CACHE=binary + ".cache")


def callgrind(command, out_file):
    """Runs command under callgrind; returns the instructions collected."""
    result = subprocess.run(
        ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out_file}", *command],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=environment(command[0]))
    match = re.search(r"Collected : (\d+)", result.stderr)
    if not match:
        sys.exit(f"callgrind failed on {' '.join(command)}:\n{result.stderr[-2000:]}")
    return int(match.group(1))


def inclusive(out_file, symbol):
    """The inclusive instructions of the function whose (mangled) name contains symbol."""
    text = subprocess.run(
        ["callgrind_annotate", "--inclusive=yes", "--threshold=100", out_file],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True).stdout
    best = 0
    for line in text.splitlines():
        if symbol in line:
            match = re.match(r"\s*([\d,]+)", line)
            if match:
                best = max(best, int(match.group(1).replace(",", "")))
    return best


def pages(folder):
    return sorted(
        os.path.join(root, name) for root, _, names in os.walk(folder) for name in names
        if os.path.splitext(name)[1].lower() in EXTENSIONS - {".pdf"})


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--jdmatch", default=".build/release/jdmatch")
    parser.add_argument("--bench", default=".build/release/jdmatch-bench")
    parser.add_argument("--count", type=int, default=150)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--parallel", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--before", help="a second jdmatch binary, measured in the same run (before → after)")
    parser.add_argument("--keep", help="keep the callgrind output files in this folder")
    args = parser.parse_args()
    if not shutil.which("valgrind"):
        sys.exit("valgrind is not installed (apt-get install valgrind)")

    shapes = []
    for shape in ["mixed", "text-dense"]:
        folder = f".build/corpora/instr-{shape}-{args.count}-{args.seed}"
        if not os.path.isdir(folder):
            subprocess.run(
                [sys.executable, "scripts/generate-corpus.py", "--count", str(args.count), "--seed", str(args.seed),
                 "--shape", shape, folder], check=True, stdout=subprocess.DEVNULL)
        shapes.append((f"{shape} pages", folder))
    if os.path.isdir(REAL):
        shapes.append(("real postings", REAL))  # less its PDFs: the floor is a parse of HTML

    work = args.keep or tempfile.mkdtemp(prefix="bench-instructions-")
    os.makedirs(work, exist_ok=True)
    # valgrind 3.19 cannot read the DWARF 5 debug information of these builds: measure copies without it
    # (the symbol table stays, so functions keep their names).
    builds = []
    for build, binary in [("before", args.before), ("after", args.jdmatch)] + [("-", args.bench)]:
        if binary:
            stripped = os.path.join(work, f"{build if build != '-' else 'bench'}-{os.path.basename(binary)}")
            subprocess.run(["strip", "-g", "-o", stripped, binary], check=True)
            builds.append((build, stripped))
    bench = builds.pop()[1]
    for _, binary in builds:
        # The compiled lexicon (the skills vocabulary's saved matcher, for builds before it) is made on a first
        # run, in a cache folder of the binary's own, before measuring: a run that raced another's write would
        # parse the lexicon again. (Under valgrind, as the builds before the compiled lexicon named it after
        # /proc/self/exe, which is valgrind's there.)
        subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", binary, "score",
                        "--resume", RESUME, SCORE_POSTING],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=environment(binary))
    jobs = {}  # (build, shape, stage, size) -> command
    samples = {}
    for index, (name, folder) in enumerate(shapes):
        files = pages(folder)
        one = os.path.join(work, f"one-{index}")
        os.makedirs(one, exist_ok=True)
        first = os.path.join(one, os.path.basename(files[0]))
        if not os.path.exists(first):
            shutil.copy(files[0], first)
        samples[name] = (files, first)
        for size, inputs in [("all", files), ("one", [first])]:
            jobs[("-", name, "floor", size)] = [bench, "floor", *inputs]
            for build, binary in builds:
                jobs[(build, name, "extract", size)] = [binary, "extract", "--format", "text", *inputs]
                jobs[(build, name, "rank", size)] = [
                    binary, "rank", "--jobs", "1", "--quiet", "--format", "csv", "--resume", RESUME, *inputs]
                if name == "real postings":  # a folder of fewer than 100: every posting detailed
                    jobs[(build, name, "rank-json", size)] = [
                        binary, "rank", "--jobs", "1", "--quiet", "--format", "json", "--resume", RESUME, *inputs]
    for build, binary in builds:
        jobs[(build, "score", "score", "one")] = [binary, "score", "--resume", RESUME, SCORE_POSTING]

    counts = {}
    outs = {key: os.path.join(work, "callgrind." + "-".join(key).replace(" ", "_")) for key in jobs}
    # Longest first, so the parallel runs finish together.
    order = sorted(jobs, key=lambda key: (not key[2].startswith("rank"), key[3] != "all", key[1]))
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.parallel) as pool:
        futures = {pool.submit(callgrind, jobs[key], outs[key]): key for key in order}
        for future in concurrent.futures.as_completed(futures):
            counts[futures[future]] = future.result()

    def both(values, format):
        return " → ".join(format(value) for value in values)

    def mega(value):
        return f"{value / 1e6:.2f} M"

    print(f"instructions (callgrind), start-up subtracted; samples: {args.count} generated pages of each shape "
          f"(seed {args.seed}) and the real postings in {REAL}" + ("; before → after" if args.before else ""))
    print()
    print("| per page | pages | floor | extract | `rank --jobs 1` (csv) | floor / rank | analysis, per byte of main text |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, _ in shapes:
        files, first = samples[name]
        n = len(files)

        def per(build, stage):
            return (counts[(build, name, stage, "all")] - counts[(build, name, stage, "one")]) / (n - 1)

        text_bytes = main_text_bytes_of(bench, files) - main_text_bytes_of(bench, [first])
        floor = per("-", "floor")
        extract, rank, share, per_byte = [], [], [], []
        for build, _ in builds:
            extract.append(per(build, "extract"))
            rank.append(per(build, "rank"))
            share.append(floor / rank[-1] * 100)
            analysis = inclusive(outs[(build, name, "rank", "all")], ANALYSIS_SYMBOL) - inclusive(
                outs[(build, name, "rank", "one")], ANALYSIS_SYMBOL)
            per_byte.append(analysis / max(1, text_bytes))
        print(f"| {name} | {n} | {mega(floor)} | {both(extract, mega)} | {both(rank, mega)} | "
              f"{both(share, lambda v: f'{v:.1f}%')} | {both(per_byte, lambda v: f'{v:,.0f}')} |")
    print()
    real = [name for name, _ in shapes if name == "real postings"]
    if real:
        files, _ = samples[real[0]]
        json = [(counts[(build, real[0], "rank-json", "all")] - counts[(build, real[0], "rank-json", "one")])
                / (len(files) - 1) for build, _ in builds]
        print(f"`rank --jobs 1 --format json` (every posting detailed), real postings, per page: {both(json, mega)}")
    score = [counts[(build, "score", "score", "one")] for build, _ in builds]
    print(f"`jdmatch score`, one pair, whole process: {both(score, mega)}")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


def main_text_bytes_of(bench, files):
    out = subprocess.run([bench, "floor", "--main-text", *files], stdout=subprocess.PIPE, text=True, check=True).stdout
    return int(re.search(r"(\d+) bytes of main text", out).group(1))


if __name__ == "__main__":
    main()
