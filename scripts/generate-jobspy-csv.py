#!/usr/bin/env python3
"""Writes a CSV of N synthetic job postings in python-jobspy's export layout, deterministically from a seed.

Usage: scripts/generate-jobspy-csv.py --count N --seed S FILE.csv

The columns and their order are those of the DataFrame jobspy's scrape_jobs returns (`desired_order` in
jobspy/util.py of speedyapply/JobSpy), written as its README writes them:
`jobs.to_csv(..., quoting=csv.QUOTE_NONNUMERIC, escapechar="\\", index=False)`: text quoted, numbers and
is_remote bare, missing values as "". Descriptions are Markdown, as jobspy's default description_format
writes them, with the synthetic sentences of scripts/generate-corpus.py (words from Lexicons/cpo.yaml and
that script's filler vocabulary; no text copied from anywhere). About one row in fifty has no description,
as LinkedIn rows fetched without descriptions have. Standard library only.
"""
import argparse
import csv
import importlib.util
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("generate_corpus", os.path.join(HERE, "generate-corpus.py"))
corpus = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(corpus)

COLUMNS = ["id", "site", "job_url", "job_url_direct", "title", "company", "location", "date_posted", "job_type",
           "salary_source", "interval", "min_amount", "max_amount", "currency", "is_remote", "job_level",
           "job_function", "listing_type", "emails", "description", "company_industry", "company_url",
           "company_logo", "company_url_direct", "company_addresses", "company_num_employees", "company_revenue",
           "company_description", "skills", "experience_range", "company_rating", "company_reviews_count",
           "vacancy_count", "work_from_home_type"]
SITES = {"indeed": "https://www.indeed.com/viewjob?jk={}", "linkedin": "https://www.linkedin.com/jobs/view/{}",
         "glassdoor": "https://www.glassdoor.com/job-listing/jl={}", "zip_recruiter": "https://www.ziprecruiter.com/jobs/{}"}
JOB_TYPES = ["fulltime", "fulltime", "fulltime", "contract", "parttime"]


def markdown(sections):
    out = []
    for heading, kind, sentences in sections:
        out.append(f"**{heading}**")
        if kind in ("resp", "req", "pref"):
            out.append("\n".join(f"* {s}" for s in sentences))
        else:
            out.append(" ".join(sentences))
    return "\n\n".join(out)


def row(w, r, index):
    site = r.choice(list(SITES))
    key = f"{r.randrange(1 << 48):012x}"
    remote = r.random() < 0.3
    city = "Remote, US" if remote and r.random() < 0.5 else r.choice(corpus.CITIES)
    values = {
        "id": f"{site[:2]}-{key}", "site": site, "job_url": SITES[site].format(key),
        "title": r.choice(corpus.ROLES), "company": w.company(), "location": city,
        "date_posted": f"2026-{r.randint(9, 11):02d}-{r.randint(1, 28):02d}", "job_type": r.choice(JOB_TYPES),
        "is_remote": remote, "currency": "USD",
    }
    pay = r.random()
    if pay < 0.5:
        low = r.randint(80, 240) * 1000
        values.update(interval="yearly", min_amount=float(low), max_amount=float(low + r.randint(10, 60) * 1000),
                      salary_source="direct_data")
    elif pay < 0.65:
        low = r.randint(30, 110)
        values.update(interval="hourly", min_amount=float(low), max_amount=float(low + r.randint(5, 30)),
                      salary_source="direct_data")
    else:
        values["currency"] = None
    sections = [s for s in w.sections() if s[1] != "benefits"]
    values["description"] = None if index % 50 == 49 else markdown(sections)
    return ["" if values.get(c) is None else values[c] for c in COLUMNS]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("file")
    args = parser.parse_args()
    r = random.Random(args.seed)
    w = corpus.Writer(r, corpus.lexicon_phrases(corpus.LEXICON))
    with open(args.file, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, quoting=csv.QUOTE_NONNUMERIC, escapechar="\\", lineterminator="\n")
        writer.writerow(COLUMNS)
        for index in range(args.count):
            writer.writerow(row(w, r, index))


if __name__ == "__main__":
    main()
