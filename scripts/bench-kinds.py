#!/usr/bin/env python3
"""Document-kind check: does jdmatch keep every real posting and resume, and set aside the pages that are neither?

Usage (from the project root):  scripts/bench-kinds.py [--jdmatch PATH] [--shared DIR] [--verbose]

Runs `jdmatch analyze --format json` (postings) and `jdmatch analyze --resume --format json` (resumes) on
  ../shared/benchmarks/matching-dev/postings        88 real postings: every one must be kept
  ../shared/benchmarks/matching-dev/resumes          real resumes: every one must read as a resume
  ../shared/benchmarks/resume-reading/resumes        real resumes (the scored files: .tex sources are not read)
  ../shared/benchmarks/wcxb-dev/html/*.html.gz       160 real web pages of seven types (pages.json), none a job
                                                     posting: how many does rank set aside, by type
  Fixtures/postings, Fixtures/look-alikes            the project's own fixtures
and reads each file's `kind` (kind, isExpectedKind, isDoubtful). Standard library only.
"""
import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict

BATCH = 25


def analyze(jdmatch, files, resume=False):
    """{path: kind object} for the files, read in batches (a file that cannot be read is missing)."""
    out = {}
    for start in range(0, len(files), BATCH):
        batch = files[start:start + BATCH]
        command = [jdmatch, "analyze"] + (["--resume"] if resume else []) + ["--format", "json"] + batch
        result = subprocess.run(command, capture_output=True, text=True)
        if not result.stdout.strip():
            continue
        data = json.loads(result.stdout)
        if isinstance(data, dict):
            data = [data]
        for item in data:
            out[item["source"]] = item.get("kind")
    return out


def files_in(folder, extensions):
    return sorted(
        os.path.join(folder, name) for name in os.listdir(folder)
        if not name.startswith(".") and name.lower().endswith(extensions))


POSTING_EXT = (".html", ".htm", ".mhtml", ".mht", ".txt", ".md", ".pdf")
RESUME_EXT = POSTING_EXT + (".docx", ".json")


def summary(kinds, files):
    kept = [f for f in files if kinds.get(f) and kinds[f]["isExpectedKind"]]
    doubtful = [f for f in kept if kinds[f]["isDoubtful"]]
    aside = [f for f in files if kinds.get(f) and not kinds[f]["isExpectedKind"]]
    unread = [f for f in files if not kinds.get(f)]
    return kept, doubtful, aside, unread


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--jdmatch", default=".build/release/jdmatch")
    parser.add_argument("--shared", default="../shared/benchmarks")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    shared = args.shared
    rows = []
    failures = []

    def report(label, kinds, files, want_kept):
        kept, doubtful, aside, unread = summary(kinds, files)
        rows.append((label, len(files), len(kept), len(doubtful), len(aside), len(unread)))
        wrong = aside if want_kept else kept
        for f in wrong:
            k = kinds[f]
            failures.append(f"{label}: {f}: read as {k['kind']} ({k['pointsFor']} for, {k['pointsAgainst']} against)")
        if args.verbose:
            for f in files:
                k = kinds.get(f)
                if k:
                    cues = ", ".join(f"{e['cue']}={e['points']}" for e in k["evidence"])
                    print(f"  {label}: {os.path.basename(f)}: {k['kind']} doubt={k['isDoubtful']} [{cues}]")

    postings = files_in(os.path.join(shared, "matching-dev/postings"), POSTING_EXT)
    report("matching-dev postings (keep)", analyze(args.jdmatch, postings), postings, True)
    for folder in ["matching-dev/resumes", "resume-reading/resumes"]:
        resumes = files_in(os.path.join(shared, folder), RESUME_EXT)
        report(f"{folder} (read as resumes)", analyze(args.jdmatch, resumes, resume=True), resumes, True)
    fixtures = files_in("Fixtures/postings", POSTING_EXT)
    report("Fixtures/postings (keep)", analyze(args.jdmatch, fixtures), fixtures, True)

    pages = json.load(open(os.path.join(shared, "wcxb-dev/pages.json")))
    with tempfile.TemporaryDirectory() as tmp:
        by_type = defaultdict(list)
        for page_id, info in sorted(pages.items()):
            source = os.path.join(shared, "wcxb-dev/html", page_id + ".html.gz")
            if not os.path.exists(source):
                continue
            target = os.path.join(tmp, page_id + ".html")
            with gzip.open(source, "rb") as compressed, open(target, "wb") as plain:
                plain.write(compressed.read())
            by_type[info["page_type"]].append(target)
        every = sorted(f for files in by_type.values() for f in files)
        kinds = analyze(args.jdmatch, every)
        aside_total = 0
        for page_type in sorted(by_type):
            files = by_type[page_type]
            kept, doubtful, aside, unread = summary(kinds, files)
            aside_total += len(aside)
            rows.append((f"wcxb-dev {page_type} (set aside)", len(files), len(kept), len(doubtful), len(aside),
                         len(unread)))
            if args.verbose:
                for f in files:
                    k = kinds.get(f)
                    if k:
                        cues = ", ".join(f"{e['cue']}={e['points']}" for e in k["evidence"])
                        print(f"  wcxb {page_type}: {os.path.basename(f)}: {k['kind']} [{cues}]")
        kept, doubtful, aside, unread = summary(kinds, every)
        rows.append(("wcxb-dev all pages (set aside)", len(every), len(kept), len(doubtful), len(aside), len(unread)))
        asides = Counter(kinds[f]["kind"] for f in aside)

    print(f"| set | files | kept | of them in doubt | set aside | unreadable |")
    print(f"|---|---:|---:|---:|---:|---:|")
    for label, n, kept, doubtful, aside, unread in rows:
        print(f"| {label} | {n} | {kept} | {doubtful} | {aside} | {unread} |")
    print()
    print("wcxb-dev pages set aside as: " + ", ".join(f"{k} {v}" for k, v in sorted(asides.items())))
    for line in failures:
        print("MISS " + line)
    print(f"bench-kinds: postings kept {rows[0][2]}/{rows[0][1]}; resumes read as resumes "
          f"{rows[1][2] + rows[2][2]}/{rows[1][1] + rows[2][1]}; wcxb-dev set aside {aside_total}/{len(every)}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
