#!/usr/bin/env python3
"""Fits the weights of jdmatch's fit score (Lexicons/scoring.json) on labelled postings and resumes.

Usage (from the project root, after `swift build -c release --product jdmatch`):
  scripts/fit-weights.py [--jdmatch .build/release/jdmatch] [--write]

Data
  postings  ../shared/benchmarks/matching-dev/postings (88 real postings; labels.json: family, seniority)
  resumes   ../shared/benchmarks/matching-dev/resumes (5 real resumes) and Benchmarks/resumes (the
            project's 34 original resumes, labels.json), each scored against every posting with
            `jdmatch score --format json`, which reports every part's value (0-1) and raw comparison.

Model
  score = W_role*role + W_level*level + W_comp*(coverage*competencies + (1-coverage)*text)
          + W_req*requirements + W_text*text,       text = min(1, cosine / saturation),
  role = family share * (floor + (1-floor) * level)  (roleLevelFloor in scoring.json, a design choice:
  a title of the right family at the wrong level is a different job; 0.5 keeps the fit's held-out
  accuracy and puts same-family, wrong-level pairs in Weak rather than Fair)
  (the competency weight a posting's lexicon coverage does not back goes to the text part).

Fit
  Pairwise logistic regression without intercept on preferences a recruiter would defend: for each
  resume, a posting of its family at a level within one rung > a posting of its family at another level
  > a posting of another family; for each posting, a resume of its family > a resume of another family.
  Weights are kept non-negative (projected gradient), L2-regularised, then scaled to sum to 100. The
  saturation is chosen from a grid. Generalisation: 5 folds grouped by resume (a resume's pairs are
  never in both its training and test folds); the held-out pairwise accuracy is printed for the fitted
  weights and for the built-in ones.
  Vanetik's human rankings are NOT used (the annotators agree at Spearman 0.13).

With --cache FILE, the pairs' parts are kept in FILE and read from it on the next run (for trying
model variants without re-scoring). With --write, Lexicons/scoring.json is rewritten (level curve and unknown values kept from the file).
Needs numpy.
"""
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import numpy as np

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DEV = os.path.normpath(os.path.join(ROOT, "..", "shared", "benchmarks", "matching-dev"))
RUNGS = {"intern/junior": 0, "mid": 1, "senior": 2, "lead/manager": 3, "director/head": 4, "vp/chief": 5}
PARTS = ["role", "level", "competencies", "requirements", "text"]
SATURATIONS = [0.15, 0.2, 0.25, 0.3, 0.35, 0.45]


def score_all(jd, resume, postings):
    out = subprocess.run([jd, "score", "--resume", resume, *postings, "--format", "json"],
                         capture_output=True, check=False, cwd=ROOT)
    fits = json.loads(out.stdout.decode("utf-8", "replace") or "[]")
    if isinstance(fits, dict):
        fits = [fits]
    rows = {}
    for fit in fits:
        parts = {p["kind"]: p for p in fit["parts"]}
        rows[os.path.basename(fit["posting"]["source"])] = {
            "role": parts["role"]["raw"], "level": parts["level"]["value"],
            "competencies": parts["competencies"]["value"], "requirements": parts["requirements"]["value"],
            "cosine": parts["text"]["raw"], "coverage": fit["coverage"], "score": fit["score"]}
    return rows


ROLE_LEVEL_FLOOR = json.load(open(os.path.join(ROOT, "Lexicons", "scoring.json")))["roleLevelFloor"]


def features(row, saturation):
    text = min(1.0, row["cosine"] / saturation)
    cov = row["coverage"]
    role = row["role"] * (ROLE_LEVEL_FLOOR + (1 - ROLE_LEVEL_FLOOR) * row["level"])
    return np.array([role, row["level"], cov * row["competencies"] + (1 - cov) * text, row["requirements"], text])


def relevance(resume_label, posting_label):
    if resume_label["family"] != posting_label["family"]:
        return 0
    a, b = RUNGS[resume_label["seniority"]], RUNGS[posting_label["seniority"]]
    return 2 if abs(a - b) <= 1 else 1


def preference_pairs(table, resumes, postings, labels, saturation):
    """Difference vectors (preferred minus other) and the resume each pair belongs to."""
    diffs, groups = [], []
    for r in resumes:
        rel = {p: relevance(labels[r], labels[p]) for p in postings}
        x = {p: features(table[r][p], saturation) for p in postings}
        for p in postings:
            for q in postings:
                if rel[p] > rel[q]:
                    diffs.append(x[p] - x[q])
                    groups.append(r)
    for p in postings:
        x = {r: features(table[r][p], saturation) for r in resumes}
        fam = {r: labels[r]["family"] == labels[p]["family"] for r in resumes}
        for r in resumes:
            for s in resumes:
                if fam[r] and not fam[s]:
                    diffs.append(x[r] - x[s])
                    groups.append(r + "|" + s)
    return np.array(diffs), groups


def fit(diffs, l2=1e-3, steps=3000, rate=0.5):
    w = np.ones(diffs.shape[1])
    for _ in range(steps):
        margin = diffs @ w
        grad = -(diffs * (1 / (1 + np.exp(np.clip(margin, -30, 30))))[:, None]).mean(axis=0) + l2 * w
        w = np.maximum(0, w - rate * grad)
    return w


def accuracy(diffs, w):
    margin = diffs @ w
    return float(((margin > 0) + 0.5 * (margin == 0)).mean())


def main(argv):
    jd = os.path.join(ROOT, ".build/release/jdmatch")
    if "--jdmatch" in argv:
        jd = argv[argv.index("--jdmatch") + 1]
    labels = json.load(open(os.path.join(DEV, "labels.json")))
    own = json.load(open(os.path.join(ROOT, "Benchmarks/resumes/labels.json")))
    pdir = os.path.join(DEV, "postings")
    postings = sorted(f for f in os.listdir(pdir) if f in labels)
    resume_paths = {f: os.path.join(DEV, "resumes", f) for f in os.listdir(os.path.join(DEV, "resumes")) if f in labels}
    for f, lab in own.items():
        resume_paths[f] = os.path.join(ROOT, "Benchmarks/resumes", f)
        labels[f] = lab
    resumes = sorted(resume_paths)
    cache = argv[argv.index("--cache") + 1] if "--cache" in argv else None
    if cache and os.path.exists(cache):
        table = json.load(open(cache))
    else:
        with ThreadPoolExecutor(os.cpu_count() or 2) as ex:
            got = list(ex.map(lambda r: score_all(jd, resume_paths[r], [os.path.join(pdir, p) for p in postings]),
                              resumes))
        table = dict(zip(resumes, got))
        if cache:
            json.dump(table, open(cache, "w"))
    for r in resumes:
        missing = [p for p in postings if p not in table[r]]
        if missing:
            sys.exit(f"fit-weights: {r}: no score for {len(missing)} postings (first: {missing[0]})")

    model_path = os.path.join(ROOT, "Lexicons", "scoring.json")
    model = json.load(open(model_path))
    current = np.array([model["weights"][k] for k in PARTS])

    folds = 5
    order = {r: i % folds for i, r in enumerate(resumes)}
    print(f"data: {len(postings)} postings x {len(resumes)} resumes "
          f"({len(resume_paths) - len(own)} real, {len(own)} written for the project)")
    best = None
    for sat in SATURATIONS:
        diffs, groups = preference_pairs(table, resumes, postings, labels, sat)
        fold_of = np.array([order[g.split("|")[0]] for g in groups])
        held, base = [], []
        for k in range(folds):
            train, test = diffs[fold_of != k], diffs[fold_of == k]
            w = fit(train)
            held.append(accuracy(test, w))
            base.append(accuracy(test, current))
        w_all = fit(diffs)
        train_acc = accuracy(diffs, w_all)
        print(f"saturation {sat:.2f}: held-out pairwise accuracy {np.mean(held):.4f} "
              f"(current weights {np.mean(base):.4f}), training {train_acc:.4f}, {len(diffs)} pairs")
        if best is None or np.mean(held) > best[0]:
            best = (float(np.mean(held)), sat, w_all, float(np.mean(base)), train_acc)
    held, sat, w, base, train_acc = best
    weights = 100 * w / w.sum()
    rounded = [round(x, 1) for x in weights]
    top = int(np.argmax(rounded))
    rounded[top] = round(rounded[top] + 100 - sum(rounded), 1)
    print(f"chosen: saturation {sat}, weights " + ", ".join(f"{k} {v:.1f}" for k, v in zip(PARTS, rounded)))

    # Score distributions per label with the chosen weights (what the bands are checked against).
    cats = {"same family, level within one rung": [], "same family, other level": [], "other family": []}
    for r in resumes:
        for p in postings:
            s = float(np.dot(features(table[r][p], sat), rounded))
            cats[list(cats)[2 - relevance(labels[r], labels[p])]].append(s)
    print("score distribution by label (quartiles):")
    for name, xs in cats.items():
        q = np.percentile(xs, [10, 25, 50, 75, 90])
        poor = np.mean(np.array(xs) < 40)
        fair = np.mean(np.array(xs) >= 55)
        print(f"  {name:36s} n={len(xs):5d}  p10 {q[0]:5.1f}  p25 {q[1]:5.1f}  median {q[2]:5.1f}  "
              f"p75 {q[3]:5.1f}  p90 {q[4]:5.1f}  Poor {poor:.0%}  Fair+ {fair:.0%}")
    if "--write" in argv:
        model["weights"] = dict(zip(PARTS, rounded))
        model["textSaturation"] = sat
        model["provenance"] = (
            f"scripts/fit-weights.py: pairwise logistic regression on {len(postings)} real postings "
            f"(matching-dev) x {len(resumes)} resumes ({len(resume_paths) - len(own)} real, {len(own)} written "
            f"for the project); held-out pairwise accuracy {held:.3f} over 5 folds by resume "
            f"(previous weights {base:.3f})")
        tmp = model_path + ".tmp"
        with open(tmp, "w") as f:
            json.dump(model, f, indent=2, sort_keys=True)
            f.write("\n")
        os.replace(tmp, model_path)
        print(f"wrote {os.path.relpath(model_path, ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
