#!/usr/bin/env python3
"""Writes N varied, synthetic job postings for benchmarking jdmatch, deterministically from a seed.

Usage: scripts/generate-corpus.py --count N --seed S [--shape mixed|text-dense] DIR

--shape mixed (the default) takes the shapes of the fixtures (an ATS page with an application form, a
careers page with schema.org JSON-LD, a blog post buried in navigation, sidebars and comments, a
plain-text posting) and averages about 40 KB, like saved pages: most of the bytes are inline CSS, scripts
and navigation, as on real pages. --shape text-dense writes long descriptions instead, like the longest
real CPO postings: 20-50 KB of text in a dozen or more headed sections of paragraphs and bullets, on a
light careers page (some navigation, a little CSS). The words come from the competency lexicon (Lexicons/cpo.yaml) and a filler vocabulary
written for this script; no text is copied from anywhere. Standard library only.
"""
import argparse
import html
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LEXICON = os.path.join(HERE, "..", "Lexicons", "cpo.yaml")

ROLES = ["Chief Product Officer", "VP of Product", "Head of Product", "Director of Product",
         "Senior Director of Product Management", "Group Product Manager", "Senior Product Manager",
         "Product Marketing Manager", "Engineering Manager", "Senior Backend Engineer", "Data Scientist",
         "Registered Nurse", "Account Executive", "Operations Manager", "UX Research Lead"]
SYLLABLES = ["lu", "mo", "ra", "ve", "tin", "kor", "sa", "bel", "dan", "qui", "fen", "ar", "os", "wyn", "ta", "rel"]
SUFFIXES = ["Health", "Labs", "Systems", "Logistics", "Analytics", "Bank", "Robotics", "Studio", "Energy", "Works"]
CITIES = ["Boston, MA", "Austin, TX", "Denver, CO", "Seattle, WA", "Chicago, IL", "New York, NY", "Remote (US)",
          "London, UK", "Toronto, ON", "Berlin, DE"]
FILLER_NOUNS = ["platform", "customers", "members", "partners", "teams", "workflows", "operations", "markets",
                "clinics", "merchants", "fleets", "stores", "agents", "developers", "analysts", "buyers"]
FILLER_VERBS = ["shape", "grow", "lead", "own", "scale", "improve", "simplify", "launch", "rethink", "connect"]
FILLER_ADJ = ["fast-growing", "profitable", "regulated", "global", "mid-sized", "mission-driven", "B2B", "consumer"]
DENSE_HEADINGS = [("About us", "about"), ("Our story so far", "about"), ("The opportunity", "role"),
                  ("Why this role matters now", "role"), ("What you'll do", "resp"), ("Your first 90 days", "resp"),
                  ("Strategy and vision", "resp"), ("Execution and delivery", "resp"),
                  ("Leading the product organization", "resp"), ("What success looks like", "role"),
                  ("What you bring", "req"), ("Leadership qualities", "req"), ("Nice to have", "pref"),
                  ("How we work", "about"), ("Compensation", "benefits"), ("Benefits and perks", "benefits"),
                  ("Our commitment to equal opportunity", "about"), ("How to apply", "about")]
HEADINGS = [("About us", "about"), ("The role", "role"), ("What you'll do", "resp"), ("What you bring", "req"),
            ("Nice to have", "pref"), ("Benefits", "benefits")]


def lexicon_phrases(path):
    phrases = []
    for line in open(path, encoding="utf-8"):
        match = re.match(r"^\s+- (.+)$", line)
        if match and not line.strip().startswith("- id:"):
            phrases.append(match.group(1).strip().strip('"'))
    return phrases or ["product strategy", "roadmap", "stakeholder management"]


class Writer:
    def __init__(self, rng, phrases):
        self.rng = rng
        self.phrases = phrases

    def company(self):
        r = self.rng
        name = "".join(r.choice(SYLLABLES) for _ in range(r.randint(2, 3))).capitalize()
        return f"{name} {r.choice(SUFFIXES)}"

    def sentence(self, kind):
        r = self.rng
        phrase = r.choice(self.phrases)
        noun, verb, adj = r.choice(FILLER_NOUNS), r.choice(FILLER_VERBS), r.choice(FILLER_ADJ)
        if kind == "req":
            return r.choice([
                f"{r.randint(5, 15)}+ years of experience with {phrase} in a {adj} company.",
                f"A record of {phrase} that helped {noun} {verb} their business.",
                f"Deep experience in {phrase}, ideally across several {noun}.",
                f"A Bachelor's degree is required; an MBA is a plus.",
            ])
        if kind == "pref":
            return f"Experience with {phrase} for {noun} is a plus."
        if kind == "benefits":
            return r.choice([f"Salary range ${r.randint(150, 250)},000 – ${r.randint(260, 380)},000 per year.",
                             "Fully paid health coverage and 20 weeks of parental leave.",
                             f"A {r.randint(2, 6)}% 401(k) match and an annual learning budget."])
        if kind == "about":
            return f"We help {r.randint(2, 90) * 100} {noun} {verb} their {r.choice(FILLER_NOUNS)} with a {adj} {r.choice(FILLER_NOUNS)}."
        return r.choice([
            f"{verb.capitalize()} our {phrase} so that {noun} can {r.choice(FILLER_VERBS)} faster.",
            f"Partner with engineering and design on {phrase} across {r.randint(3, 20)} teams.",
            f"Own {phrase} for the {adj} {noun} business and report progress to the leadership team.",
        ])

    def sections(self):
        r = self.rng
        out = []
        for heading, kind in HEADINGS:
            count = r.randint(3, 8) if kind in ("resp", "req") else r.randint(2, 4)
            out.append((heading, kind, [self.sentence(kind) for _ in range(count)]))
        return out

    def paragraph(self, kind):
        """Three to seven sentences of one kind, some joined by connecting clauses, as long postings write."""
        r = self.rng
        sentences = [self.sentence(kind) for _ in range(r.randint(3, 7))]
        linked = []
        for sentence in sentences:
            if linked and r.random() < 0.3:
                linked[-1] = linked[-1].rstrip(".") + r.choice(["; in practice, ", ", which means ", " - and "]) + \
                    sentence[0].lower() + sentence[1:]
            else:
                linked.append(sentence)
        return " ".join(linked)

    def dense_sections(self):
        """Headed sections of paragraphs and bullets until the text is 20-50 KB."""
        r = self.rng
        target = r.randint(20000, 50000)
        out, size = [], 0
        while size < target:
            for heading, kind in DENSE_HEADINGS:
                if kind in ("resp", "req", "pref"):
                    items = [self.sentence(kind) for _ in range(r.randint(6, 14))]
                    out.append((heading, kind, items))
                else:
                    items = [self.paragraph(kind) for _ in range(r.randint(2, 5))]
                    out.append((heading, "para", items))
                size += sum(len(x) + 1 for x in items) + len(heading)
                if size >= target:
                    break
        return out

    def css(self, size):
        r = self.rng
        rules = []
        while sum(len(x) for x in rules) < size:
            rules.append(f".c-{r.randrange(1 << 24):06x}{{margin:{r.randint(0, 40)}px;padding:{r.randint(0, 24)}px;"
                         f"color:#{r.randrange(1 << 24):06x};display:flex;font-size:{r.randint(10, 24)}px}}\n")
        return "".join(rules)

    def script(self, size):
        r = self.rng
        parts = []
        while sum(len(x) for x in parts) < size:
            parts.append(f"function f{r.randrange(1 << 20)}(a,b){{return a*{r.randint(1, 99)}+b.map(x=>x+{r.randint(1, 9)});}}\n")
        return "".join(parts)

    def nav(self, links):
        r = self.rng
        items = "".join(f'<li><a href="/p/{r.randrange(1 << 20)}">{r.choice(FILLER_NOUNS).capitalize()} {r.choice(SUFFIXES)}</a></li>'
                        for _ in range(links))
        return f"<nav class=\"site-nav\"><ul>{items}</ul></nav>"

    def body_html(self, sections):
        out = []
        for heading, kind, sentences in sections:
            out.append(f"<h2>{html.escape(heading)}</h2>")
            if kind in ("resp", "req", "pref"):
                out.append("<ul>" + "".join(f"<li>{html.escape(s)}</li>" for s in sentences) + "</ul>")
            else:
                out.append("".join(f"<p>{html.escape(s)}</p>" for s in sentences))
        return "\n".join(out)


def ats_page(w, title, company, city, sections):
    r = w.rng
    fields = "".join(f'<div class="field"><label for="q{i}">Question {i}</label><input id="q{i}" name="q{i}"></div>'
                     for i in range(r.randint(10, 30)))
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Job Application for {html.escape(title)} at {html.escape(company)}</title>
<style>{w.css(r.randint(18000, 34000))}</style><script>{w.script(r.randint(9000, 20000))}</script></head>
<body><div id="header"><a class="logo" href="/">{html.escape(company)}</a></div>
<div id="app_body"><h1 class="app-title">{html.escape(title)}</h1><div class="company-name">at {html.escape(company)}</div>
<div class="location">{html.escape(city)}</div><div id="content">{w.body_html(sections)}</div>
<form id="application_form"><h2>Apply for this job</h2>{fields}<button>Submit application</button></form></div>
<div id="footer">Powered by an applicant tracking system · <a href="/privacy">Privacy Policy</a></div></body></html>"""


def jsonld_page(w, title, company, city, sections):
    r = w.rng
    description = w.body_html(sections)
    posting = {"@context": "https://schema.org", "@type": "JobPosting", "title": title,
               "hiringOrganization": {"@type": "Organization", "name": company},
               "jobLocation": {"@type": "Place", "address": {"addressLocality": city.split(",")[0]}},
               "datePosted": f"2024-0{r.randint(1, 9)}-1{r.randint(0, 9)}", "employmentType": "FULL_TIME",
               "description": description}
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(title)} | {html.escape(company)} Careers</title>
<meta property="og:site_name" content="{html.escape(company)} Careers">
<script type="application/ld+json">{json.dumps(posting)}</script>
<style>{w.css(r.randint(16000, 30000))}</style></head><body>{w.nav(r.randint(20, 60))}
<header class="site-header"><a href="/">{html.escape(company)}</a></header>
<main><article class="job"><h1>{html.escape(title)}</h1><p class="meta">{html.escape(city)}</p>{description}</article></main>
<footer class="site-footer"><p>© 2024 {html.escape(company)}. All rights reserved.</p></footer>
<script>{w.script(r.randint(8000, 16000))}</script></body></html>"""


def blog_page(w, title, company, city, sections):
    r = w.rng
    recent = "".join(f"<li><a href='/{i}'>{html.escape(w.sentence('about'))}</a></li>" for i in range(r.randint(5, 12)))
    comments = "".join(f"<div class='comment'><p class='author'>Reader {i}</p><p>{html.escape(w.sentence('resp'))}</p></div>"
                       for i in range(r.randint(2, 8)))
    archives = "".join(f"<li><a href='/archive/{y}/{m}'>{m}/{y}</a></li>" for y in range(2018, 2025) for m in range(1, 13))
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>We're hiring a {html.escape(title)} – The {html.escape(company)} Blog</title>
<style>{w.css(r.randint(14000, 26000))}</style></head><body>
{w.nav(r.randint(30, 80))}<div class="cookie-banner">We use cookies to improve your experience. <button>Accept</button></div>
<div class="layout"><article class="post"><h1>We're hiring a {html.escape(title)}</h1><p class="byline">Posted by the {html.escape(company)} team</p>
<div class="entry-content"><p>{html.escape(w.sentence('about'))} {html.escape(w.sentence('about'))}</p>{w.body_html(sections)}</div>
<div class="share-bar"><a href="#">Share on LinkedIn</a> <a href="#">Share by email</a></div></article>
<aside class="sidebar"><h3>Recent Posts</h3><ul>{recent}</ul><h3>Archives</h3><ul>{archives}</ul></aside></div>
<section class="comments"><h3>Comments</h3>{comments}</section>
<footer><p>© {html.escape(company)}</p></footer><script>{w.script(r.randint(6000, 14000))}</script></body></html>"""


def dense_page(w, title, company, city, sections):
    r = w.rng
    body = []
    for heading, kind, items in sections:
        body.append(f"<h2>{html.escape(heading)}</h2>")
        if kind == "para":
            body.append("".join(f"<p>{html.escape(p)}</p>" for p in items))
        else:
            body.append("<ul>" + "".join(f"<li>{html.escape(s)}</li>" for s in items) + "</ul>")
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(title)} - {html.escape(company)}</title>
<style>{w.css(r.randint(1500, 4000))}</style></head><body>{w.nav(r.randint(8, 20))}
<main><h1>{html.escape(title)}</h1><p class="meta">{html.escape(company)} · {html.escape(city)}</p>
{"".join(body)}</main><footer><p>© {html.escape(company)}</p></footer></body></html>"""


def text_posting(w, title, company, city, sections):
    lines = [title, "", company, city, ""]
    for heading, kind, sentences in sections:
        lines += [heading.upper(), ""]
        lines += [f"- {s}" for s in sentences] if kind in ("resp", "req", "pref") else [" ".join(sentences)]
        lines.append("")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--shape", choices=["mixed", "text-dense"], default="mixed")
    parser.add_argument("directory")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    writer = Writer(rng, lexicon_phrases(LEXICON))
    os.makedirs(args.directory, exist_ok=True)
    shapes = [(ats_page, "html", 40), (jsonld_page, "html", 25), (blog_page, "html", 25), (text_posting, "txt", 10)]
    weights = [s[2] for s in shapes]
    total = 0
    for index in range(args.count):
        if args.shape == "text-dense":
            title, company, city = rng.choice(ROLES), writer.company(), rng.choice(CITIES)
            make, extension = dense_page, "html"
            page = make(writer, title, company, city, writer.dense_sections())
        else:
            make, extension, _ = rng.choices(shapes, weights=weights)[0]
            title, company, city = rng.choice(ROLES), writer.company(), rng.choice(CITIES)
            page = make(writer, title, company, city, writer.sections())
        # Folders of at most 1,000 files, as people keep them.
        folder = os.path.join(args.directory, f"{index // 1000:03d}")
        os.makedirs(folder, exist_ok=True)
        path = os.path.join(folder, f"posting-{index:06d}.{extension}")
        with open(path, "w", encoding="utf-8") as out:
            out.write(page)
        total += len(page.encode("utf-8"))
    print(f"{args.count} postings, {total / 1e6:.1f} MB, {total / max(1, args.count) / 1024:.1f} KB average, in {args.directory}")


if __name__ == "__main__":
    main()
