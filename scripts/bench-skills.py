#!/usr/bin/env python3
"""Skill extraction benchmark: ESCO skills found by `jdmatch skills` in job-posting sentences, against gold.

Usage (from the project root; Python 3 standard library only):
  scripts/bench-skills.py [--data Benchmarks/skills] [--jdmatch .build/release/jdmatch]
                          [--vocabulary Lexicons/skills/esco-skills.tsv] [--details FILE]

Data
  The validation halves of the TECH and HOUSE sets of github.com/jensjorisdecorte/Skill-Extraction-benchmark
  (SkillSpan sentences whose skill spans carry an ESCO preferred label; see Benchmarks/skills/README.md).
  --data is a folder holding tech_validation_annotations.csv and/or house_validation_annotations.csv (also
  found in a data/ subfolder), or a git directory of that repository (the files are read from HEAD:data/ with
  `git show`). Only files named *_validation_annotations.csv are ever read: the test halves stay unseen.
  Default: Benchmarks/skills (a copy of the two validation files).

  Each CSV row is one annotated span: sentence, span, sub_span, label. The gold of a sentence is the set of
  ESCO concepts named by the labels of its rows, mapped to ESCO ids through the vocabulary's preferred
  labels (then its alternative labels, both case-insensitive, for a label ESCO v1.1.1 renamed; a label found
  nowhere stays a gold item no prediction can hit, and is counted on stderr). Two labels name no concept and
  add nothing to the gold: "LABEL NOT PRESENT" (a real skill span that no ESCO concept fits) and
  "UNDERSPECIFIED" (a span too vague to map to one concept). A sentence listed twice in a file, or in both
  files, is scored once with the union of its labels. Sentences whose spans all carry those two labels stay
  in: they have an empty gold, so every ESCO concept predicted there counts against precision. Only
  sentences with at least one skill span are in the files (the benchmark's sentences without spans are not
  published there), so precision on whole postings would be lower.

Systems
  jdmatch    `JDMATCH skills FILE --format jsonl`, FILE holding one sentence a line. The expected output is
             one JSON object a line, one per input line, in order:
               {"line": N, "skills": [{"id": "...", "label": "...", "source": "esco"|"technology"}, ...]}
             N is the 1-based input line number. Only `source == "esco"` entries are scored (their `id` is
             the ESCO short id of Lexicons/skills/esco-skills.tsv); technology entries are counted and shown,
             never scored.
  baseline   exact label match, run by this script: a sentence predicts every ESCO concept of the vocabulary
             whose preferred or alternative label (lowercased) occurs in the lowercased sentence as a whole
             word (no letter, digit or underscore on either side of the label's letters).

Scores: micro precision, recall and F1 over (sentence, ESCO id) pairs. With --details FILE, a TSV of every
sentence with its gold, jdmatch and baseline ids (and labels) is written for error analysis.

Exit status: 0 when both systems were scored; 3 when the jdmatch binary is missing or has no `skills`
command (the baseline is printed alone); 2 when jdmatch failed or printed output that breaks the contract;
1 for missing data.
"""
import argparse
import csv
import io
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
NO_CONCEPT = {"LABEL NOT PRESENT", "UNDERSPECIFIED"}
SUFFIX = "_validation_annotations.csv"
SETS = ["tech", "house"]


# ---------------------------------------------------------------------------------------------- data

def read_validation(path):
    """{set name: CSV text} of the validation files under path (a folder or a git directory)."""
    found = {}
    probe = subprocess.run(["git", "-C", path, "rev-parse", "--is-bare-repository"], capture_output=True, text=True)
    is_git_dir = probe.returncode == 0 and (probe.stdout.strip() == "true" or os.path.isdir(os.path.join(path, ".git")))
    if is_git_dir:
        names = subprocess.run(["git", "-C", path, "ls-tree", "--name-only", "HEAD", "data/"],
                               capture_output=True, text=True, check=True).stdout.split()
        for name in names:
            base = os.path.basename(name)
            if base.endswith(SUFFIX):
                text = subprocess.run(["git", "-C", path, "show", "HEAD:" + name], capture_output=True,
                                      check=True).stdout.decode("utf-8-sig")
                found[base[: -len(SUFFIX)]] = text
    else:
        for folder in (path, os.path.join(path, "data")):
            if not os.path.isdir(folder):
                continue
            for base in sorted(os.listdir(folder)):
                if base.endswith(SUFFIX) and base[: -len(SUFFIX)] not in found:
                    with open(os.path.join(folder, base), encoding="utf-8-sig") as f:
                        found[base[: -len(SUFFIX)]] = f.read()
    return found


def read_vocabulary(path):
    """(preferred label -> id, lowercased label -> set of ids for every label, id -> preferred label)."""
    preferred, labels, names = {}, {}, {}
    with open(path, encoding="utf-8", newline="") as f:
        header = f.readline().rstrip("\n").split("\t")
        col = {name: i for i, name in enumerate(header)}
        for line in f:
            cols = line.rstrip("\n").split("\t")
            sid, pref = cols[col["id"]], cols[col["preferred"]]
            alts = cols[col["alternatives"]].split(" | ") if cols[col["alternatives"]] else []
            preferred[pref] = sid
            names[sid] = pref
            for label in [pref] + alts:
                labels.setdefault(label.lower(), set()).add(sid)
    return preferred, labels, names


def gold_sentences(texts, preferred, labels):
    """[(sentence, set of gold items)], a gold item being an ESCO id or "?label" for an unknown label."""
    by_casefold = {k.casefold(): v for k, v in preferred.items()}
    order, gold = [], {}
    stats = {"rows": 0, "no concept": 0, "mapped by alternative": 0, "unknown": set()}
    for name in sorted(texts, key=lambda n: (SETS.index(n) if n in SETS else len(SETS), n)):
        for row in csv.DictReader(io.StringIO(texts[name])):
            sentence = " ".join(row["sentence"].split())
            if sentence not in gold:
                order.append(sentence)
                gold[sentence] = set()
            stats["rows"] += 1
            label = row["label"].strip()
            if label in NO_CONCEPT:
                stats["no concept"] += 1
                continue
            sid = preferred.get(label) or by_casefold.get(label.casefold())
            if sid is None:
                ids = labels.get(label.lower(), set())
                if len(ids) == 1:
                    sid = next(iter(ids))
                    stats["mapped by alternative"] += 1
            if sid is None:
                stats["unknown"].add(label)
                sid = "?" + label
            gold[sentence].add(sid)
    return [(s, gold[s]) for s in order], stats


# ---------------------------------------------------------------------------------------------- systems

def is_word(ch):
    return ch.isalnum() or ch == "_"


def baseline(sentences, labels):
    """Every ESCO id whose label occurs in the lowercased sentence as a whole word."""
    longest = max(len(label) for label in labels)
    out = []
    for sentence in sentences:
        text = sentence.lower()
        n = len(text)
        # A match may start (end) only where a word does not continue across the edge.
        starts = [i for i in range(n) if not text[i].isspace() and (i == 0 or not (is_word(text[i - 1]) and is_word(text[i])))]
        ends = {j for j in range(1, n + 1) if not text[j - 1].isspace() and (j == n or not (is_word(text[j - 1]) and is_word(text[j])))}
        found = set()
        for i in starts:
            for j in range(i + 1, min(n, i + longest) + 1):
                if j in ends:
                    ids = labels.get(text[i:j])
                    if ids:
                        found |= ids
        out.append(found)
    return out


def has_skills_command(jdmatch):
    run = subprocess.run([jdmatch, "--help"], capture_output=True, text=True, cwd=ROOT)
    listed = re.search(r"^SUBCOMMANDS:\n(.*?)(?:\n\S|\Z)", run.stdout, re.S | re.M)
    section = listed.group(1) if listed else run.stdout
    return re.search(r"^\s+skills(\s|$)", section, re.M) is not None


def run_jdmatch(jdmatch, sentences):
    """[(set of ESCO ids, [technology labels])] per sentence; raises RuntimeError when the contract breaks."""
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False) as f:
        f.write("".join(s + "\n" for s in sentences))
        path = f.name
    try:
        run = subprocess.run([jdmatch, "skills", path, "--format", "jsonl"], capture_output=True, cwd=ROOT)
    finally:
        os.unlink(path)
    if run.returncode != 0:
        raise RuntimeError(f"jdmatch skills exited with {run.returncode}: "
                           + run.stderr.decode("utf-8", "replace").strip()[:2000])
    results = {}
    for number, line in enumerate(run.stdout.decode("utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            n = obj["line"]
            skills = obj["skills"]
            esco = {s["id"] for s in skills if s.get("source") == "esco"}
            other = [s.get("label") or s.get("id") for s in skills if s.get("source") != "esco"]
        except (ValueError, KeyError, TypeError) as error:
            raise RuntimeError(f"output line {number} breaks the contract ({error}): {line[:200]}")
        if not isinstance(n, int) or not 1 <= n <= len(sentences) or n in results:
            raise RuntimeError(f"output line {number}: line number {n!r} out of range or repeated")
        results[n] = (esco, other)
    missing = [n for n in range(1, len(sentences) + 1) if n not in results]
    if missing:
        raise RuntimeError(f"no output for {len(missing)} of {len(sentences)} input lines (first: {missing[0]})")
    return [results[n] for n in range(1, len(sentences) + 1)]


# ---------------------------------------------------------------------------------------------- scoring

def score(golds, predictions):
    tp = sum(len(g & p) for g, p in zip(golds, predictions))
    npred = sum(len(p) for p in predictions)
    ngold = sum(len(g) for g in golds)
    precision = tp / npred if npred else 0.0
    recall = tp / ngold if ngold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tp": tp, "predicted": npred, "gold": ngold, "precision": precision, "recall": recall, "f1": f1}


def table(rows):
    print(f"{'system':28} {'precision':>9} {'recall':>7} {'F1':>6} {'TP':>5} {'predicted':>9} {'gold':>5}")
    for name, s in rows:
        print(f"{name:28} {s['precision']:9.3f} {s['recall']:7.3f} {s['f1']:6.3f} {s['tp']:5d} {s['predicted']:9d} "
              f"{s['gold']:5d}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default=os.path.join(ROOT, "Benchmarks", "skills"),
                        help="folder (or git dir of the benchmark repo) with the *_validation_annotations.csv files")
    parser.add_argument("--jdmatch", default=os.path.join(ROOT, ".build", "release", "jdmatch"))
    parser.add_argument("--vocabulary", default=os.path.join(ROOT, "Lexicons", "skills", "esco-skills.tsv"))
    parser.add_argument("--details", help="write a per-sentence TSV (gold, jdmatch, baseline) to this file")
    args = parser.parse_args()

    texts = read_validation(args.data)
    if not texts:
        print(f"{args.data}: no *{SUFFIX} files (see --data)", file=sys.stderr)
        return 1
    preferred, labels, names = read_vocabulary(args.vocabulary)
    data, stats = gold_sentences(texts, preferred, labels)
    sentences = [s for s, _ in data]
    golds = [g for _, g in data]
    print(f"data: {', '.join(sorted(texts))} validation ({args.data}); {stats['rows']} annotated spans, "
          f"{stats['no concept']} of them LABEL NOT PRESENT / UNDERSPECIFIED; {len(sentences)} distinct sentences, "
          f"{sum(1 for g in golds if g)} with an ESCO label", file=sys.stderr)
    if stats["mapped by alternative"]:
        print(f"  {stats['mapped by alternative']} gold labels matched an alternative label only", file=sys.stderr)
    if stats["unknown"]:
        print(f"  {len(stats['unknown'])} gold labels are not in the vocabulary (they count as misses): "
              + "; ".join(sorted(stats["unknown"])), file=sys.stderr)

    base = baseline(sentences, labels)
    base_score = score(golds, base)

    status, jd, jd_score, note = 0, None, None, ""
    if not os.path.exists(args.jdmatch):
        status, note = 3, f"{args.jdmatch} not found: build it first (baseline only)"
    elif not has_skills_command(args.jdmatch):
        status, note = 3, f"{args.jdmatch} has no `skills` command (baseline only)"
    else:
        try:
            jd = run_jdmatch(args.jdmatch, sentences)
            jd_score = score(golds, [p for p, _ in jd])
        except RuntimeError as error:
            status, note = 2, f"jdmatch skills: {error}"

    rows = ([("jdmatch skills", jd_score)] if jd_score else []) + [("baseline (exact label match)", base_score)]
    table(rows)
    if jd:
        tech = sum(len(t) for _, t in jd)
        print(f"(jdmatch also reported {tech} technology mentions, not scored)")
    if note:
        print(note, file=sys.stderr)

    if args.details:
        with open(args.details, "w", encoding="utf-8", newline="\n") as f:
            f.write("sentence\tgold\tjdmatch\tbaseline\n")
            label = lambda ids: " | ".join(sorted(names.get(i, i) for i in ids))
            for k, (sentence, gold) in enumerate(data):
                f.write("\t".join([sentence, label(gold), label(jd[k][0]) if jd else "-", label(base[k])]) + "\n")

    b = base_score
    summary_base = (f"baseline exact-label precision={b['precision']:.3f} recall={b['recall']:.3f} f1={b['f1']:.3f}; "
                    f"{len(sentences)} sentences, {b['gold']} gold labels")
    if jd_score:
        j = jd_score
        print(f"skills: jdmatch precision={j['precision']:.3f} recall={j['recall']:.3f} f1={j['f1']:.3f} ({summary_base})")
    else:
        print(f"skills: jdmatch not scored ({summary_base})")
    return status


if __name__ == "__main__":
    sys.exit(main())
