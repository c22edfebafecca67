#!/usr/bin/env python3
"""Writes jdmatch's general skills vocabulary (Lexicons/skills/) from the ESCO v1.1.1 CSV files.

Usage (from the project root; Python 3 standard library only):
  scripts/make-skills-vocabulary.py SOURCE [--out Lexicons/skills] [--check]

SOURCE is one of
  - a git directory (bare or not) of github.com/tabiya-tech/tabiya-esco-datasets-and-tools: the files are
    read from its HEAD with `git show`, under datasets/esco/v1.1.1/. A CSV whose blob is absent from the
    copy (large files often are) is read from the zip archive of the same folder instead;
  - a folder holding the ESCO v1.1.1 English CSV files (skills_en.csv, occupations_en.csv, ...) and the
    relations file occupationSkillRelations.csv, as extracted from the two ESCO download archives
    ("classification - en - csv" and "classification -  - csv"), or the two zip archives themselves.
    Subfolders are searched.

It writes, sorted by id, UTF-8 with LF line ends, a header line first:
  esco-skills.tsv       id  type  reuse  preferred  alternatives
  esco-occupations.tsv  id  isco  preferred  alternatives  essential  optional
and checks technology.tsv (written by hand; never rewritten here). With --check nothing is written: the
files that would be written are compared with the ones on disk (exit 1 when they differ).
The README in the output folder says what every column means.
"""
import argparse
import collections
import csv
import io
import os
import re
import subprocess
import sys
import zipfile

csv.field_size_limit(sys.maxsize)

ESCO_PREFIX = "datasets/esco/v1.1.1/"
SKILLS = "skills_en.csv"
LANGUAGE = "languageSkillsCollection_en.csv"
TRANSVERSAL = "transversalSkillsCollection_en.csv"
HIERARCHY = "skillsHierarchy_en.csv"
BROADER = "broaderRelationsSkillPillar.csv"
OCCUPATIONS = "occupations_en.csv"
RELATIONS = "occupationSkillRelations.csv"
NEEDED = [SKILLS, LANGUAGE, TRANSVERSAL, HIERARCHY, BROADER, OCCUPATIONS, RELATIONS]

MAX_LABEL_WORDS = 8
ALT_SEPARATOR = " | "
TECH_CATEGORIES = {"language", "frontend", "backend", "fullstack", "mobile", "database", "cloud", "devops", "data", "ml",
                   "testing", "security", "product-design", "visual-design", "content-design", "service-design",
                   "ux-research", "cad", "compliance", "product", "marketing", "sales", "practice", "os", "embedded", "other"}


# ---------------------------------------------------------------------------------------------- reading

class GitSource:
    def __init__(self, path):
        self.path = path
        self.commit = self.git("rev-parse", "HEAD").decode().strip()
        names = self.git("ls-tree", "-r", "--name-only", "HEAD", "--", ESCO_PREFIX).decode("utf-8").splitlines()
        self.names = sorted(names)
        self.zips = {}

    def git(self, *args):
        return subprocess.run(["git", "-C", self.path, *args], check=True, capture_output=True).stdout

    def blob(self, name):
        try:
            return self.git("show", "HEAD:" + name)
        except subprocess.CalledProcessError:
            return None  # listed in the tree but the object is not in this copy

    def read(self, base):
        for name in self.names:
            if name.endswith("/" + base):
                data = self.blob(name)
                if data is not None:
                    return data, name
        for name in self.names:
            if name.endswith(".zip") and "/v1.1.1/" in name:
                if name not in self.zips:
                    data = self.blob(name)
                    self.zips[name] = zipfile.ZipFile(io.BytesIO(data)) if data is not None else None
                archive = self.zips[name]
                if archive is not None and base in archive.namelist():
                    return archive.read(base), name + ":" + base
        raise SystemExit(f"{base}: not found (nor readable) under {ESCO_PREFIX} in {self.path}")


class FolderSource:
    def __init__(self, path):
        self.path = path
        self.commit = ""
        self.files = []
        for root, dirs, files in os.walk(path):
            dirs.sort()
            self.files += [os.path.join(root, f) for f in sorted(files)]

    def read(self, base):
        for name in self.files:
            if os.path.basename(name) == base:
                with open(name, "rb") as f:
                    return f.read(), name
        for name in self.files:
            if name.endswith(".zip"):
                with zipfile.ZipFile(name) as archive:
                    if base in archive.namelist():
                        return archive.read(base), name + ":" + base
        raise SystemExit(f"{base}: not found in {self.path}")


def open_source(path):
    if not os.path.isdir(path):
        raise SystemExit(f"{path}: not a folder")
    probe = subprocess.run(["git", "-C", path, "rev-parse", "--git-dir"], capture_output=True)
    if probe.returncode == 0 and (os.path.exists(os.path.join(path, "HEAD")) or
                                  os.path.isdir(os.path.join(path, ".git"))):
        return GitSource(path)
    return FolderSource(path)


def rows(source, base):
    data, where = source.read(base)
    print(f"  {base:36} {where}", file=sys.stderr)
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


# ---------------------------------------------------------------------------------------------- labels

def short_id(uri):
    return uri.rstrip("/").rsplit("/", 1)[-1]


def clean(label):
    return re.sub(r"\s+", " ", label).strip()


def alternatives(raw, preferred):
    """ESCO's alternative labels (one a line in the CSV), filtered and sorted; and how many there were."""
    parts = [p for p in re.split(r"\n", raw) if p.strip()]
    seen = {preferred.casefold()}
    kept = []
    for part in parts:
        if "\t" in part.strip("\r\n ") or "|" in part:
            continue
        label = clean(part)
        if not label or len(label.split(" ")) > MAX_LABEL_WORDS or label.casefold() in seen:
            continue
        seen.add(label.casefold())
        kept.append(label)
    kept.sort(key=lambda s: (s.casefold(), s))
    return kept, len(parts)


# ---------------------------------------------------------------------------------------------- building

def build_skills(source):
    skills = rows(source, SKILLS)
    language = {r["conceptUri"] for r in rows(source, LANGUAGE)}
    transversal = {r["conceptUri"] for r in rows(source, TRANSVERSAL)}
    # The top of the skills pillar: S skills, K knowledge, L language, T transversal (codes of level 0).
    top = {}
    for r in rows(source, HIERARCHY):
        if r["Level 0 URI"] and r["Level 0 code"]:
            top[r["Level 0 URI"]] = r["Level 0 code"]
    broader = collections.defaultdict(list)
    for r in rows(source, BROADER):
        broader[r["conceptUri"]].append(r["broaderUri"])
    memo = {}

    def roots(uri, path=frozenset()):
        if uri in top:
            return {top[uri]}
        if uri in memo:
            return memo[uri]
        found = set()
        for b in broader.get(uri, ()):
            if b not in path:
                found |= roots(b, path | {uri})
        memo[uri] = found
        return found

    out = {}
    stats = collections.Counter()
    for r in skills:
        uri = r["conceptUri"]
        sid = short_id(uri)
        preferred = clean(r["preferredLabel"])
        reuse = r["reuseLevel"].strip()
        alts, raw_count = alternatives(r["altLabels"], preferred)
        stats["alt labels (ESCO)"] += raw_count
        stats["alt labels (kept)"] += len(alts)
        kind = r["skillType"].strip()
        # ESCO's language collection, and the few language concepts outside it (write Latin, aviation
        # English) whose every broader concept lies under "language skills and knowledge". Not a concept
        # with one broader elsewhere: "traditional Chinese medicine" also hangs under "Chinese".
        parents = broader.get(uri, [])
        if uri in language or (parents and all("L" in roots(b) for b in parents)):
            typ = "language"
        elif uri in transversal or reuse == "transversal":
            typ = "transversal"
        elif kind == "knowledge":
            typ = "knowledge"
        elif kind == "skill/competence":
            typ = "skill"
        else:  # six DigComp concepts have no skill type: their place in the hierarchy says
            typ = "knowledge" if roots(uri) == {"K"} else "skill"
            stats["type from hierarchy"] += 1
        if sid in out:
            raise SystemExit(f"duplicate skill id {sid}")
        out[sid] = (typ, reuse, preferred, alts)
        stats[f"type {typ}"] += 1
    return out, stats


def build_occupations(source, skills):
    occupations = rows(source, OCCUPATIONS)
    links = collections.defaultdict(lambda: {"essential": set(), "optional": set()})
    stats = collections.Counter()
    for r in rows(source, RELATIONS):
        sid = short_id(r["skillUri"])
        kind = r["relationType"].strip()
        if sid not in skills:
            stats["relations to unknown skills (dropped)"] += 1
            continue
        if kind not in ("essential", "optional"):
            stats[f"relations of type {kind!r} (dropped)"] += 1
            continue
        links[short_id(r["occupationUri"])][kind].add(sid)
    out = {}
    for r in occupations:
        oid = short_id(r["conceptUri"])
        isco = r["iscoGroup"].strip()
        isco = isco if re.fullmatch(r"\d{4}", isco) else ""
        preferred = clean(r["preferredLabel"])
        alts, raw_count = alternatives(r["altLabels"], preferred)
        stats["occupation alt labels (ESCO)"] += raw_count
        stats["occupation alt labels (kept)"] += len(alts)
        essential = links[oid]["essential"]
        optional = links[oid]["optional"] - essential
        stats["essential relations"] += len(essential)
        stats["optional relations"] += len(optional)
        stats["optional relations also essential (dropped)"] += len(links[oid]["optional"] & essential)
        out[oid] = (isco, preferred, alts, sorted(essential), sorted(optional))
    unknown = set(links) - set(out)
    if unknown:
        stats[f"relations of {len(unknown)} occupations absent from {OCCUPATIONS} (dropped)"] += sum(
            len(links[o]["essential"]) + len(links[o]["optional"]) for o in unknown)
    return out, stats


def tsv(header, lines):
    for fields in [header] + lines:
        for f in fields:
            if "\t" in f or "\n" in f or "\r" in f:
                raise SystemExit(f"field with a tab or line break: {f!r}")
    return "".join("\t".join(fields) + "\n" for fields in [header] + lines)


# ---------------------------------------------------------------------------------------------- technology

def check_technology(path, esco_ids):
    """Checks the hand-written technology vocabulary; returns its entry count (0 when absent)."""
    if not os.path.exists(path):
        print(f"{path}: absent (not checked)", file=sys.stderr)
        return 0
    problems = []
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    if "\r" in text:
        problems.append("CR line ends")
    lines = text.split("\n")
    if lines[-1] != "":
        problems.append("no final line end")
    lines = lines[:-1]
    header = ["id", "name", "category", "aliases", "case", "esco"]
    if lines[0].split("\t") != header:
        problems.append(f"header is not {header}")
    ids, forms = set(), {}  # forms: casefolded form -> [(id, form, exact)]
    previous = ""
    for number, line in enumerate(lines[1:], start=2):
        cols = line.split("\t")
        if len(cols) != len(header):
            problems.append(f"line {number}: {len(cols)} columns")
            continue
        tid, name, category, aliases, case, esco = cols
        if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", tid):
            problems.append(f"line {number}: id {tid!r}")
        if tid in ids:
            problems.append(f"line {number}: duplicate id {tid}")
        if tid <= previous:
            problems.append(f"line {number}: ids not sorted ({previous} then {tid})")
        previous = tid
        ids.add(tid)
        if category not in TECH_CATEGORIES:
            problems.append(f"line {number}: category {category!r}")
        alias_list = aliases.split(ALT_SEPARATOR) if aliases else []
        all_forms = [name] + alias_list
        for form in all_forms:
            if form != form.strip() or not form or "|" in form:
                problems.append(f"line {number}: bad form {form!r}")
        exact = set()
        if case == "exact":
            exact = set(all_forms)
        elif case:
            exact = set(case.split(ALT_SEPARATOR))
            for form in exact - set(all_forms):
                problems.append(f"line {number}: case form {form!r} is neither the name nor an alias")
        if len(set(all_forms)) != len(all_forms):
            problems.append(f"line {number}: repeated form")
        for form in all_forms:
            # Two entries clash when one could match the other's text: same letters, unless both
            # forms are exact-case and spelled with different capitals.
            for other_id, other_form, other_exact in forms.get(form.casefold(), []):
                if other_id != tid and not (form in exact and other_exact and form != other_form):
                    problems.append(f"line {number}: {form!r} also names {other_id} ({other_form!r})")
            forms.setdefault(form.casefold(), []).append((tid, form, form in exact))
        for e in esco.split(" ") if esco else []:
            if e not in esco_ids:
                problems.append(f"line {number}: esco id {e} is not an ESCO skill")
    for p in problems:
        print(f"{path}: {p}", file=sys.stderr)
    if problems:
        raise SystemExit(f"{path}: {len(problems)} problems")
    return len(lines) - 1


# ---------------------------------------------------------------------------------------------- main

def main():
    root = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("source", help="tabiya-esco-datasets-and-tools git dir, or a folder of ESCO v1.1.1 CSVs")
    parser.add_argument("--out", default=os.path.join(root, "Lexicons", "skills"))
    parser.add_argument("--check", action="store_true", help="compare with the files on disk, write nothing")
    args = parser.parse_args()

    source = open_source(args.source)
    print(f"reading {args.source}" + (f" (commit {source.commit})" if source.commit else ""), file=sys.stderr)
    skills, skill_stats = build_skills(source)
    occupations, occ_stats = build_occupations(source, skills)

    skill_lines = [[sid, typ, reuse, preferred, ALT_SEPARATOR.join(alts)]
                   for sid, (typ, reuse, preferred, alts) in sorted(skills.items())]
    occ_lines = [[oid, isco, preferred, ALT_SEPARATOR.join(alts), " ".join(ess), " ".join(opt)]
                 for oid, (isco, preferred, alts, ess, opt) in sorted(occupations.items())]
    outputs = {
        "esco-skills.tsv": tsv(["id", "type", "reuse", "preferred", "alternatives"], skill_lines),
        "esco-occupations.tsv": tsv(["id", "isco", "preferred", "alternatives", "essential", "optional"], occ_lines),
    }
    differs = False
    for name, text in outputs.items():
        path = os.path.join(args.out, name)
        if args.check:
            current = open(path, encoding="utf-8", newline="").read() if os.path.exists(path) else None
            if current != text:
                print(f"{path}: differs from what the source gives", file=sys.stderr)
                differs = True
        else:
            os.makedirs(args.out, exist_ok=True)
            tmp = path + ".tmp"
            with open(tmp, "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
            os.replace(tmp, path)
    technology = check_technology(os.path.join(args.out, "technology.tsv"), set(skills))

    print(f"skills: {len(skills)} concepts", file=sys.stderr)
    for key, value in sorted(skill_stats.items()):
        print(f"  {key}: {value}", file=sys.stderr)
    print(f"occupations: {len(occupations)} "
          f"({sum(1 for o in occupations.values() if o[0])} with an ISCO code, "
          f"{sum(1 for o in occupations.values() if not o[3] and not o[4])} without skills)", file=sys.stderr)
    for key, value in sorted(occ_stats.items()):
        print(f"  {key}: {value}", file=sys.stderr)
    print(f"technology: {technology} entries", file=sys.stderr)
    if source.commit:
        print(f"source commit: {source.commit}", file=sys.stderr)
    return 1 if differs else 0


if __name__ == "__main__":
    sys.exit(main())
