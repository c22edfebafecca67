#!/usr/bin/env python3
"""Fits the scoring model of jdmatch (Lexicons/scoring.json) on labelled real postings and resumes.

Usage (from the project root, after `make release`):
  scripts/fit-weights.py [--jdmatch .build/release/jdmatch] [--cache FILE] [--write] [--trials N]
                         [--min-coverage X [--min-content-scale Y]]
  The model in Lexicons/scoring.json: scripts/fit-weights.py --min-coverage 0 --min-content-scale 0.1 --write

Data (all development data; nothing held out of the project is read)
  postings  ../shared/benchmarks/matching-dev/postings (88 real postings; labels.json: family, seniority,
            specialty)
  resumes   ../shared/benchmarks/matching-dev/resumes (5 real resumes, labels.json),
            ../shared/benchmarks/resume-reading/resumes (real resumes; family and level from its truth.json,
            specialty from matching-dev/extra-resume-labels.json), and Benchmarks/resumes (the project's own
            resumes, labels.json: family and level). Each resume is scored against every posting with
            `jdmatch score --format json`, which reports every part's value, the skills' coverage, focus
            and cosine, and the gate's families and rungs.

Model (Sources/Matching/Fit/FitScorer.swift)
  content = (S*skills + C*cov*competencies + C*(1-cov)*skills + R*requirements + T*text) / (100 - R if the
            posting states no requirement, else 100)
  skills  = a*coverage + b*focus + c*cosine + d*specialty       (a + b + c + d = 1; specialty: cosine of the
            technology categories asked and shown)
  score   = 100 * (1 - exp(-content / contentScale)) * family factor * level factor * kind-of-work factor
  family factor = 1 same family (or a family not read: judged on content), the affinity for an adjacent
                  family (scoring.json, by hand), `other` for the rest
  level factor  = floor + (1 - floor) * levelFit(resume rung - posting rung); unknownLevel when unread
  kind of work  = 1 - specialtyGate * share * (1 - specialty), where both sides show technology kinds of
                  work (frontend, backend, data…; full-stack = front and back end together) and share is
                  the part of the posting's asks naming one; 1 otherwise

Fit
  Random search, then as many steps of hill climbing from the best (seeded, so reruns agree), over the
  content weights, the skill shape, `other`, the affinities' scale, the level fit, floor and unknownLevel
  and the kind-of-work gate, maximising the mean of four ranking figures a recruiter and a seeker would
  defend, each as the benchmark computes it: seeker AUC (same family above other families), specialty AUC
  (within the family, the resume's specialty above other specialties), level AUC (within the family,
  postings within one rung above those three or more away) and recruiter AUC. Generalisation: 5 folds
  grouped by person-resume; each fold's parameters are fitted on the other four and its figures printed on
  its held-out resumes. An ablation drops one content part at a time (weights refitted without it).
  With --write, scoring.json gets the fit on all resumes (the affinities rescaled; shareFull and the
  saturation kept from the file).
"""
import argparse, json, math, os, random, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
SHARED = os.path.normpath(os.path.join(ROOT, "..", "shared", "benchmarks"))
DEV = os.path.join(SHARED, "matching-dev")
READING = os.path.join(SHARED, "resume-reading")
RUNGS = {"intern/junior": 0, "mid": 1, "senior": 2, "lead/manager": 3, "director/head": 4, "vp/chief": 5}
LEVEL_ALIASES = {"intern": 0, "junior": 0, "lead": 3, "manager": 3, "director": 4, "head": 4, "vp": 5, "chief": 5}


def rung(text):
    if text is None:
        return None
    text = text.lower()
    if text in RUNGS:
        return RUNGS[text]
    return LEVEL_ALIASES.get(text)


def resumes():
    """[(path, {family, rung, specialty, group})]"""
    out = []
    labels = json.load(open(os.path.join(DEV, "labels.json")))
    for name, label in sorted(labels.items()):
        path = os.path.join(DEV, "resumes", name)
        if os.path.exists(path):
            out.append((path, {"family": label["family"], "rung": rung(label["seniority"]),
                               "specialty": label.get("specialty"), "group": name}))
    truth_path = os.path.join(READING, "truth.json")
    if os.path.exists(truth_path):
        truth = json.load(open(truth_path))["files"]
        extra = json.load(open(os.path.join(DEV, "extra-resume-labels.json")))
        for name, t in sorted(truth.items()):
            path = os.path.join(READING, "resumes", name)
            if os.path.exists(path):
                out.append((path, {"family": t.get("family"), "rung": rung(t.get("level")),
                                   "specialty": (extra.get(name) or {}).get("specialty"),
                                   "group": t.get("person") or name}))
    own = json.load(open(os.path.join(ROOT, "Benchmarks", "resumes", "labels.json")))
    for name, label in sorted(own.items()):
        path = os.path.join(ROOT, "Benchmarks", "resumes", name)
        if os.path.exists(path):
            out.append((path, {"family": label["family"], "rung": rung(label["seniority"]), "specialty": None,
                               "group": "own:" + name}))
    return out


def postings():
    labels = json.load(open(os.path.join(DEV, "labels.json")))
    out = []
    for name in sorted(os.listdir(os.path.join(DEV, "postings"))):
        label = labels.get(name)
        if label:
            out.append((os.path.join(DEV, "postings", name), {"family": label["family"], "rung": rung(label["seniority"]),
                                                              "specialty": label.get("specialty")}))
    return out


def features(jd, resume, posting_paths):
    run = subprocess.run([jd, "score", "--resume", resume, *posting_paths, "--format", "json"],
                         capture_output=True, cwd=ROOT)
    text = run.stdout.decode("utf-8", "replace").strip()
    fits = json.loads(text) if text else []
    if isinstance(fits, dict):
        fits = [fits]
    rows = {}
    for fit in fits:
        parts = {p["kind"]: p for p in fit["parts"]}
        gate = fit["gate"]
        rows[os.path.basename(fit["posting"]["source"])] = {
            "coverageSkills": fit["skills"]["coverage"], "focus": fit["skills"]["focus"],
            "cosineSkills": fit["skills"]["cosine"], "hasSkills": bool(fit["skills"]["items"]),
            "specialty": fit["skills"]["specialty"], "specialtyKnown": fit["skills"].get("specialtyKnown", False),
            "specialtyShare": fit["skills"].get("specialtyShare", 0),
            "competencies": parts["competencies"]["value"], "lexicon": fit["coverage"],
            "requirements": parts["requirements"]["value"], "cosine": parts["text"]["raw"],
            "hasRequirements": bool(fit["requirements"]),
            "relation": gate["relation"], "familyFactor": gate["familyFactor"],
            "postingFamily": gate.get("postingFamily"),
            "postingRung": gate.get("postingRung"), "resumeRung": gate.get("resumeRung"), "score": fit["score"]}
    return rows


def score(row, p, model):
    shape = (p["a"] * row["coverageSkills"] + p["b"] * row["focus"] + p["d"] * row["specialty"]
             + (1 - p["a"] - p["b"] - p["d"]) * row["cosineSkills"])
    text = min(1.0, row["cosine"] / model["textSaturation"])
    S, C, R, T = p["S"], p["C"], p["R"], p["T"]
    spare = C * (1 - row["lexicon"])
    Rm = R if row["hasRequirements"] else 0
    if row["hasSkills"]:
        content = (S + spare) * shape + C * row["lexicon"] * row["competencies"] + Rm * row["requirements"] + T * text
    else:
        content = C * row["lexicon"] * row["competencies"] + Rm * row["requirements"] + (T + S + spare) * text
    content /= (100.0 - (R - Rm))
    family = row["familyFactor"]
    if row["relation"] == "other":
        family = p["other"]
    elif row["relation"] == "related":
        family = p["other"] + (family - model["family"]["other"]) * p["related"]
    if row["postingRung"] is None or row["resumeRung"] is None:
        level = p["unknownLevel"]
    else:
        steps = max(-5, min(5, row["resumeRung"] - row["postingRung"]))
        level = p["floor"] + (1 - p["floor"]) * p["levelFit"][steps + 5]
    kind = 1 - p["specialtyGate"] * row["specialtyShare"] * (1 - row["specialty"]) if row["specialtyKnown"] else 1
    return 100 * (1 - math.exp(-content / p["contentScale"])) * family * level * kind


def auc(pos, neg):
    if not pos or not neg:
        return None
    wins = sum(1.0 if a > b else 0.5 if a == b else 0.0 for a in pos for b in neg)
    return wins / (len(pos) * len(neg))


def figures(data, subjects, p, model, plabels):
    """mean seeker, specialty, level AUC over `subjects` (resume indices), recruiter AUC over postings."""
    seeker, special, level = [], [], []
    by_posting = {}
    for i in subjects:
        label, rows = data[i]
        scores = {name: score(row, p, model) for name, row in rows.items()}
        fam = label["family"]
        same = [n for n in scores if plabels[n]["family"] == fam]
        other = [n for n in scores if plabels[n]["family"] != fam]
        if not same:
            continue
        a = auc([scores[n] for n in same], [scores[n] for n in other])
        if a is not None:
            seeker.append(a)
        if label["specialty"]:
            spec = [n for n in same if plabels[n]["specialty"]]
            a = auc([scores[n] for n in spec if plabels[n]["specialty"] == label["specialty"]],
                    [scores[n] for n in spec if plabels[n]["specialty"] != label["specialty"]])
            if a is not None:
                special.append(a)
        if label["rung"] is not None:
            a = auc([scores[n] for n in same if abs(plabels[n]["rung"] - label["rung"]) <= 1],
                    [scores[n] for n in same if abs(plabels[n]["rung"] - label["rung"]) >= 3])
            if a is not None:
                level.append(a)
        for n, s in scores.items():
            by_posting.setdefault(n, []).append((s, label["family"]))
    recruiter = []
    for n, pairs in by_posting.items():
        a = auc([s for s, f in pairs if f == plabels[n]["family"]], [s for s, f in pairs if f != plabels[n]["family"]])
        if a is not None:
            recruiter.append(a)
    mean = lambda xs: sum(xs) / len(xs) if xs else float("nan")
    return {"seeker": mean(seeker), "specialty": mean(special), "level": mean(level), "recruiter": mean(recruiter)}


def objective(f):
    values = [v for v in f.values() if not math.isnan(v)]
    return sum(values) / len(values) if values else 0


# Floors a product decision sets, not the fit (--min-coverage, --min-content-scale): the AUCs are flat over
# many weightings, and among them a user is better served by one where what a posting asks for counts.
FLOORS = None


def sample(rng, drop=None):
    p = draw(rng, drop)
    if FLOORS is not None:
        # Redrawn with the floors: the skill mix's coverage share first, then the content scale.
        p["a"] = FLOORS["coverage"] + (1 - FLOORS["coverage"]) * rng.random()
        p["b"] = rng.random() * (1 - p["a"])
        p["d"] = rng.random() * (1 - p["a"] - p["b"])
        p["contentScale"] = rng.uniform(FLOORS["contentScale"], 0.5)
    return p


def draw(rng, drop=None):
    w = [rng.random() for _ in range(4)]
    if drop is not None:
        w[drop] = 0
    total = sum(w)
    w = [100 * x / total for x in w]
    a = rng.random()
    b = rng.random() * (1 - a)
    d = rng.random() * (1 - a - b)
    # Level fit by rungs below (b1..b3) and above (a2..a4) the posting: 1 at the same rung and one above,
    # never rising with the distance.
    b1 = rng.uniform(0.5, 1); b2 = rng.uniform(0.1, b1); b3 = rng.uniform(0, b2)
    a2 = rng.uniform(0.5, 1); a3 = rng.uniform(0.1, a2); a4 = rng.uniform(0, a3)
    return {"S": w[0], "C": w[1], "R": w[2], "T": w[3], "a": a, "b": b, "d": d, "other": rng.uniform(0.03, 0.4),
            "floor": rng.uniform(0.1, 0.6), "unknownLevel": rng.uniform(0.6, 1.0),
            "contentScale": rng.uniform(0.1, 0.5), "related": rng.uniform(1.0, 3.0),
            "specialtyGate": rng.uniform(0, 1), "levelFit": [0, 0, b3, b2, b1, 1, 1, a2, a3, a4, a4 / 2]}


def valid(p):
    """Whether parameters are in range: shares sum to at most 1, factors within 0-1, level fit monotone."""
    lf = p["levelFit"]
    if FLOORS is not None and (p["a"] < FLOORS["coverage"] or p["contentScale"] < FLOORS["contentScale"]):
        return False
    return (p["a"] + p["b"] + p["d"] <= 1 and 0.03 <= p["other"] <= 0.5 and p["floor"] <= 1
            and p["unknownLevel"] <= 1 and p["specialtyGate"] <= 1 and p["contentScale"] > 0.02
            and all(0 <= x <= 1 for x in lf) and lf[2] <= lf[3] <= lf[4] <= 1 and 1 >= lf[7] >= lf[8] >= lf[9] >= lf[10])


def perturb(rng, p, drop=None):
    """A neighbour of p: one parameter moved (weights renormalised to 100)."""
    q = dict(p)
    q["levelFit"] = list(p["levelFit"])
    keys = ["S", "C", "R", "T", "a", "b", "d", "other", "floor", "unknownLevel", "contentScale", "related",
            "specialtyGate", "levelFit"]
    key = rng.choice([k for k in keys if not (drop is not None and k == "SCRT"[drop])])
    if key == "levelFit":
        i = rng.choice([2, 3, 4, 7, 8, 9])
        q["levelFit"][i] = q["levelFit"][i] + rng.gauss(0, 0.1)
        q["levelFit"][10] = q["levelFit"][9] / 2
    else:
        q[key] = max(0.0, q[key] * math.exp(rng.gauss(0, 0.25)) if q[key] > 0.01 else rng.uniform(0, 0.1))
    total = q["S"] + q["C"] + q["R"] + q["T"]
    for k in ("S", "C", "R", "T"):
        q[k] *= 100 / total
    return q


def fit(data, subjects, model, plabels, trials, seed, drop=None):
    """Random search over `trials` samples, then as many steps of hill climbing from the best."""
    rng = random.Random(seed)
    best, best_value = None, -1
    for _ in range(trials):
        p = sample(rng, drop)
        value = objective(figures(data, subjects, p, model, plabels))
        if value > best_value:
            best, best_value = p, value
    for _ in range(trials):
        q = perturb(rng, best, drop)
        if not valid(q):
            continue
        value = objective(figures(data, subjects, q, model, plabels))
        if value > best_value:
            best, best_value = q, value
    return best, best_value


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jdmatch", default=".build/release/jdmatch")
    ap.add_argument("--cache")
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--trials", type=int, default=400)
    ap.add_argument("--min-coverage", type=float, help="floor on the coverage share of the skill mix")
    ap.add_argument("--min-content-scale", type=float, default=0.1, help="floor on the content scale (with --min-coverage)")
    args = ap.parse_args()
    global FLOORS
    if args.min_coverage is not None:
        FLOORS = {"coverage": args.min_coverage, "contentScale": args.min_content_scale}
    model = json.load(open(os.path.join(ROOT, "Lexicons", "scoring.json")))
    post = postings()
    plabels = {os.path.basename(path): label for path, label in post}
    res = [(path, label) for path, label in resumes() if label["family"] in {l["family"] for _, l in post}]
    if args.cache and os.path.exists(args.cache):
        cached = json.load(open(args.cache))
    else:
        with ThreadPoolExecutor(2) as pool:
            rows = list(pool.map(lambda r: features(args.jdmatch, r[0], [p for p, _ in post]), res))
        cached = {path: row for (path, _), row in zip(res, rows)}
        if args.cache:
            json.dump(cached, open(args.cache, "w"))
    data = [(label, cached[path]) for path, label in res if cached.get(path)]
    print(f"{len(data)} resumes x {len(post)} postings")
    everyone = list(range(len(data)))
    current = {"S": model["weights"]["skills"], "C": model["weights"]["competencies"],
               "R": model["weights"]["requirements"], "T": model["weights"]["text"],
               "a": model["skillShape"]["coverage"], "b": model["skillShape"]["focus"],
               "d": model["skillShape"]["specialty"],
               "other": model["family"]["other"], "floor": model["levelFloor"],
               "unknownLevel": model["unknownLevel"], "contentScale": model["contentScale"], "related": 1.0,
               "specialtyGate": model.get("specialtyGate", 0), "levelFit": model["levelFit"]}
    print("current model, all resumes:", {k: round(v, 3) for k, v in figures(data, everyone, current, model, plabels).items()})
    # Folds by person.
    groups = sorted({label["group"] for label, _ in data})
    random.Random(7).shuffle(groups)
    fold_of = {g: i % 5 for i, g in enumerate(groups)}
    held = []
    for k in range(5):
        train = [i for i in everyone if fold_of[data[i][0]["group"]] != k]
        test = [i for i in everyone if fold_of[data[i][0]["group"]] == k]
        p, _ = fit(data, train, model, plabels, args.trials, seed=k)
        f_train = figures(data, train, p, model, plabels)
        f_test = figures(data, test, p, model, plabels)
        held.append(f_test)
        print(f"fold {k}: train {objective(f_train):.3f} held-out {objective(f_test):.3f} "
              + " ".join(f"{key}={value:.3f}" for key, value in f_test.items()))
    print("held-out mean: " + " ".join(
        f"{key}={sum(f[key] for f in held if not math.isnan(f[key])) / max(1, sum(not math.isnan(f[key]) for f in held)):.3f}"
        for key in held[0]))
    best, value = fit(data, everyone, model, plabels, args.trials, seed=99)
    final = figures(data, everyone, best, model, plabels)
    print("fit on all:", {k: (round(v, 3) if not isinstance(v, list) else [round(x, 3) for x in v])
                          for k, v in best.items()}, {k: round(v, 3) for k, v in final.items()})
    for drop, name in enumerate(["skills", "competencies", "requirements", "text"]):
        p, _ = fit(data, everyone, model, plabels, args.trials // 2, seed=50 + drop, drop=drop)
        f = figures(data, everyone, p, model, plabels)
        print(f"ablation without {name:13s}: " + " ".join(f"{k}={v:.3f}" for k, v in f.items()))
    if args.write:
        model["weights"] = {"skills": round(best["S"], 1), "competencies": round(best["C"], 1),
                            "requirements": round(best["R"], 1)}
        model["weights"]["text"] = round(100 - sum(model["weights"].values()), 1)
        model["skillShape"]["coverage"] = round(best["a"], 3)
        model["skillShape"]["focus"] = round(best["b"], 3)
        model["skillShape"]["specialty"] = round(best["d"], 3)
        model["skillShape"]["cosine"] = round(1 - model["skillShape"]["coverage"] - model["skillShape"]["focus"]
                                              - model["skillShape"]["specialty"], 3)
        for pair in model["family"]["affinities"]:
            pair["value"] = round(best["other"] + (pair["value"] - model["family"]["other"]) * best["related"], 3)
        model["family"]["other"] = round(best["other"], 3)
        model["levelFloor"] = round(best["floor"], 3)
        model["unknownLevel"] = round(best["unknownLevel"], 3)
        model.pop("contentFull", None)
        model["contentScale"] = round(best["contentScale"], 3)
        model["specialtyGate"] = round(best["specialtyGate"], 3)
        model["levelFit"] = [round(x, 3) for x in best["levelFit"]]
        model["provenance"] = (f"scripts/fit-weights.py: random search ({args.trials} trials) on 88 real postings "
                               f"(matching-dev) x {len(data)} resumes (real and the project's own); mean of seeker, "
                               f"specialty, level and recruiter AUC {objective(final):.3f}; 5 folds by person held out")
        with open(os.path.join(ROOT, "Lexicons", "scoring.json"), "w") as out:
            json.dump(model, out, indent=2, sort_keys=True)
            out.write("\n")
        print("wrote Lexicons/scoring.json")


if __name__ == "__main__":
    main()
