#!/usr/bin/env python3
"""Render the benchmark resumes in Benchmarks/resumes/ from their Markdown sources, and write their labels.

Every resume in Benchmarks/resumes/ is an original, invented resume written for jdmatch's matching benchmark.
Its only source is Benchmarks/resumes/sources/<stem>.md, which starts with a YAML front-matter block:

    ---
    family: product            # one of the matching-dev families (see FAMILIES below)
    seniority: senior          # intern/junior, mid, senior, lead/manager, director/head or vp/chief
    title: Senior Product Manager
    format: pdf                # md, docx or pdf: the one format the benchmark uses for this resume
    layout: two-column         # optional, pdf only: one-column (default) or two-column
    ---

For every source the script writes Benchmarks/resumes/<stem>.<format>, deletes a stale <stem>.md/.docx/.pdf in
another format (left over after a source changed its format), and finally writes Benchmarks/resumes/labels.json:
{"<file name>": {"family": ..., "seniority": ..., "title": ...}, ...} with sorted keys, for all sources present.
If Benchmarks/resumes/README.md has the lines "<!-- files:begin -->" and "<!-- files:end -->", the table of
files between them is rewritten (file, family, seniority, format, title), so the README follows the sources.

  md    the source without its front matter, byte for byte.
  docx  pandoc (markdown -> docx, default reference document). SOURCE_DATE_EPOCH is fixed, so the zip entry
        times and the created/modified core properties are 2024-01-01T00:00:00Z.
  pdf   drawn with pycairo, word by word, as a word processor exports a PDF: one column, or two columns (a
        narrow left sidebar with the sections named in SIDEBAR, e.g. Skills, Education, Certifications, and
        a main column with everything else, flowing onto further pages) with a running footer. Fixed
        creation and modification dates. Only this Markdown subset is understood in pdf sources:
        "# name", "## section", "### role", "- bullet", "---" (a rule), **bold**, *italic*, other lines
        (each source line is one printed line, wrapped if too long; a trailing backslash is dropped).

Output is deterministic: running the script twice gives byte-identical files with the same pandoc, cairo and
DejaVu fonts (checked with pandoc 2.17.1.1, pycairo 1.20.1 / cairo 1.16 on Debian 12).

Needs: Python 3 (standard library), pandoc (Debian: `apt-get install pandoc`), pycairo (Debian:
`apt-get install python3-cairo`, then run with /usr/bin/python3; or `pip install pycairo`) and the DejaVu Sans
fonts (fonts-dejavu-core).

Usage (from anywhere):  /usr/bin/python3 scripts/make-benchmark-resumes.py
"""

import json
import os
import re
import subprocess
import sys

import cairo

HERE = os.path.dirname(os.path.abspath(__file__))
RESUMES = os.path.normpath(os.path.join(HERE, "..", "Benchmarks", "resumes"))
SOURCES = os.path.join(RESUMES, "sources")

FAMILIES = {"product", "software-engineering", "data/ml", "design", "marketing", "sales", "customer-success",
            "operations", "people/hr", "security", "executive", "policy", "technical-writing"}
SENIORITIES = {"intern/junior", "mid", "senior", "lead/manager", "director/head", "vp/chief"}
FORMATS = ("md", "docx", "pdf")
LAYOUTS = {"one-column", "two-column"}

SOURCE_DATE_EPOCH = "1704067200"  # 2024-01-01T00:00:00Z
FIXED_DATE = "2024-01-01T00:00:00Z"
FONT = "DejaVu Sans"
PAGE_W, PAGE_H = 612.0, 792.0  # US Letter, points

# Section headings (lower case, any of these words) that go into the sidebar of a two-column PDF.
SIDEBAR = ("skill", "education", "certification", "tool", "language", "award", "board", "interest",
           "contact", "publication", "talk")


# ---------------------------------------------------------------------------
# Sources
# ---------------------------------------------------------------------------

def read_source(path):
    """Returns (front-matter dict, body text). The front matter is flat `key: value` lines; `#` starts a
    comment; values may be quoted."""
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    match = re.match(r"---\n(.*?)\n---\n", text, re.S)
    if not match:
        raise ValueError("%s: no front-matter block" % path)
    meta = {}
    for line in match.group(1).splitlines():
        line = re.sub(r"\s+#.*$", "", line).strip()
        if not line or line.startswith("#"):
            continue
        key, sep, value = line.partition(":")
        if not sep:
            raise ValueError("%s: bad front-matter line %r" % (path, line))
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        meta[key.strip()] = value
    for key in ("family", "seniority", "title", "format"):
        if not meta.get(key):
            raise ValueError("%s: front matter lacks %r" % (path, key))
    if meta["family"] not in FAMILIES:
        raise ValueError("%s: unknown family %r" % (path, meta["family"]))
    if meta["seniority"] not in SENIORITIES:
        raise ValueError("%s: unknown seniority %r" % (path, meta["seniority"]))
    if meta["format"] not in FORMATS:
        raise ValueError("%s: unknown format %r" % (path, meta["format"]))
    if meta.get("layout", "one-column") not in LAYOUTS:
        raise ValueError("%s: unknown layout %r" % (path, meta["layout"]))
    body = text[match.end():].lstrip("\n")
    return meta, body


# ---------------------------------------------------------------------------
# md and docx
# ---------------------------------------------------------------------------

def write_md(body, output):
    with open(output, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(body)


def write_docx(body, output):
    env = dict(os.environ, SOURCE_DATE_EPOCH=SOURCE_DATE_EPOCH)
    subprocess.run(["pandoc", "--from", "markdown", "--to", "docx", "--output", output],
                   input=body.encode("utf-8"), env=env, check=True)


# ---------------------------------------------------------------------------
# pdf: Markdown subset -> blocks
# ---------------------------------------------------------------------------
# A run is (text, bold, italic). Blocks: ("title", runs) ("h2", runs) ("h3", runs) ("line", runs)
# ("bullet", runs) ("rule",) ("gap",) -- a gap is a blank source line.

INLINE = re.compile(r"\*\*(.+?)\*\*|\*(.+?)\*")


def runs_of(text, bold=False):
    text = text.replace("\\&", "&").replace("\\*", "*")
    runs, pos = [], 0
    for m in INLINE.finditer(text):
        if m.start() > pos:
            runs.append((text[pos:m.start()], bold, False))
        if m.group(1) is not None:
            runs.append((m.group(1), True, False))
        else:
            runs.append((m.group(2), bold, True))
        pos = m.end()
    if pos < len(text):
        runs.append((text[pos:], bold, False))
    return runs


def parse_markdown(body):
    blocks = []
    for raw in body.splitlines():
        line = raw.rstrip()
        if line.endswith("\\"):
            line = line[:-1].rstrip()
        if not line.strip():
            if blocks and blocks[-1][0] != "gap":
                blocks.append(("gap",))
        elif line.strip() == "---":
            blocks.append(("rule",))
        elif line.startswith("### "):
            blocks.append(("h3", runs_of(line[4:], bold=True)))
        elif line.startswith("## "):
            blocks.append(("h2", runs_of(line[3:], bold=True)))
        elif line.startswith("# "):
            blocks.append(("title", runs_of(line[2:], bold=True)))
        elif line.startswith(("- ", "* ")):
            blocks.append(("bullet", runs_of(line[2:].strip())))
        else:
            blocks.append(("line", runs_of(line.strip())))
    return blocks


def sections(blocks):
    """The blocks before the first h2, and a list of (h2 text, h2 runs, blocks under it)."""
    head, named = [], []
    for block in blocks:
        if block[0] == "h2":
            named.append(("".join(r[0] for r in block[1]), block[1], []))
        elif not named:
            head.append(block)
        else:
            named[-1][2].append(block)
    return head, named


def plain(runs):
    return "".join(r[0] for r in runs)


# ---------------------------------------------------------------------------
# pdf: layout (words placed on pages, drawn afterwards)
# ---------------------------------------------------------------------------

class Style:
    def __init__(self, size, leading=None, bold=False, italic=False):
        self.size, self.leading = size, leading or round(size * 1.3, 2)
        self.bold, self.italic = bold, italic


class Layout:
    """ops[page] lists ("text", x, baseline, string, size, bold, italic) and ("rule", x1, y1, x2, y2)."""

    def __init__(self):
        scratch = cairo.ImageSurface(cairo.FORMAT_A8, 10, 10)
        self.ctx = cairo.Context(scratch)
        options = cairo.FontOptions()  # measure as the PDF surface draws: unhinted metrics
        options.set_hint_metrics(cairo.HINT_METRICS_OFF)
        options.set_hint_style(cairo.HINT_STYLE_NONE)
        self.ctx.set_font_options(options)
        self.ops = []

    def page(self, index):
        while len(self.ops) <= index:
            self.ops.append([])
        return self.ops[index]

    @staticmethod
    def set_font(ctx, size, bold, italic):
        ctx.select_font_face(FONT, cairo.FONT_SLANT_OBLIQUE if italic else cairo.FONT_SLANT_NORMAL,
                             cairo.FONT_WEIGHT_BOLD if bold else cairo.FONT_WEIGHT_NORMAL)
        ctx.set_font_size(size)

    def width(self, text, size, bold=False, italic=False):
        self.set_font(self.ctx, size, bold, italic)
        return self.ctx.text_extents(text).x_advance

    def text(self, page, x, baseline, text, size, bold=False, italic=False):
        self.page(page).append(("text", x, baseline, text, size, bold, italic))

    def rule(self, page, x1, y1, x2, y2):
        self.page(page).append(("rule", x1, y1, x2, y2))

    @staticmethod
    def words(runs):
        """Words are lists of fragments (text, bold, italic): a word may change style mid-way."""
        words, current = [], []
        for text, bold, italic in runs:
            for piece in re.split(r"( +)", text):
                if piece.startswith(" "):
                    if current:
                        words.append(current)
                    current = []
                elif piece:
                    current.append((piece, bold, italic))
        if current:
            words.append(current)
        return words

    def word_width(self, word, size, style):
        return sum(self.width(t, size, b or style.bold, i or style.italic) for t, b, i in word)

    def wrap(self, runs, width, style):
        space = self.width(" ", style.size)
        lines, line, used = [], [], 0.0
        for word in self.words(runs):
            w = self.word_width(word, style.size, style)
            if line and used + space + w > width:
                lines.append(line)
                line, used = [], 0.0
            used += (space if line else 0.0) + w
            line.append(word)
        if line:
            lines.append(line)
        return lines


class Column:
    """A rectangle text flows through; `pages` are the pages it may use, in order, `tops` their top edges."""

    def __init__(self, layout, x, width, tops, bottom, pages):
        self.layout, self.x, self.width, self.tops, self.bottom, self.pages = layout, x, width, tops, bottom, pages
        self.index, self.y = 0, tops[0]

    @property
    def page(self):
        return self.pages[self.index]

    def advance(self, height):
        if self.y + height > self.bottom:
            self.index += 1
            self.y = self.tops[min(self.index, len(self.tops) - 1)]

    def line(self, words, style, indent=0.0):
        self.advance(style.leading)
        baseline = self.y + style.size
        x = self.x + indent
        space = self.layout.width(" ", style.size)
        for number, word in enumerate(words):
            if number:
                x += space
            for text, bold, italic in word:
                b, i = bold or style.bold, italic or style.italic
                self.layout.text(self.page, x, baseline, text, style.size, b, i)
                x += self.layout.width(text, style.size, b, i)
        self.y += style.leading

    def paragraph(self, runs, style, before=0.0, after=0.0, indent=0.0, bullet=None):
        self.y += before
        for number, words in enumerate(self.layout.wrap(runs, self.width - indent, style)):
            if bullet and number == 0:
                self.advance(style.leading)
                self.layout.text(self.page, self.x + indent - 9, self.y + style.size, bullet, style.size)
            self.line(words, style, indent)
        self.y += after

    def heading(self, runs, style, before, after, underline=False):
        self.advance(style.leading * 3 + before)  # keep a heading with what follows it
        self.paragraph(runs, style, before=before)
        if underline:
            self.layout.rule(self.page, self.x, self.y + 1, self.x + self.width, self.y + 1)
        self.y += after

    def rule(self):
        self.y += 3
        self.layout.rule(self.page, self.x, self.y, self.x + self.width, self.y)
        self.y += 5


def flow(column, blocks, body, small_bullets=None):
    """Places blocks in a column."""
    bullet_style = small_bullets or body
    for block in blocks:
        kind = block[0]
        if kind == "h3":
            column.heading(block[1], Style(body.size + 1, body.leading + 1.5, bold=True), before=5, after=1)
        elif kind == "line":
            runs = block[1]
            italic = all(r[2] for r in runs)
            column.paragraph(runs, Style(body.size, body.leading, italic=italic), after=1)
        elif kind == "bullet":
            column.paragraph(block[1], bullet_style, after=2, indent=11, bullet="\u2022")
        elif kind == "gap":
            column.y += 4
        elif kind == "rule":
            column.rule()
        elif kind == "title":
            column.paragraph(block[1], Style(20, 26, bold=True), after=2)
        else:
            raise ValueError("no layout for %r" % (kind,))


def one_column(blocks):
    layout = Layout()
    margin = 56.0
    column = Column(layout, margin, PAGE_W - 2 * margin, [52.0], 745.0, list(range(6)))
    body = Style(10, 13)
    for block in blocks:
        if block[0] == "h2":
            column.heading(block[1], Style(12.5, 16, bold=True), before=8, after=4, underline=True)
        else:
            flow(column, [block], body)
    return layout


def two_column(blocks):
    head, named = sections(blocks)
    layout = Layout()
    body, small = Style(9.5, 12.4), Style(9, 11.6)
    h2 = Style(11.5, 14.5, bold=True)
    margin, top, bottom = 40.0, 42.0, 738.0

    full = Column(layout, margin, PAGE_W - 2 * margin, [top], bottom, [0])
    for block in head:
        if block[0] == "title":
            full.paragraph(block[1], Style(22, 28, bold=True), after=2)
        elif block[0] == "line":
            full.paragraph(block[1], Style(10, 13.5))
        elif block[0] == "gap":
            full.y += 2
        else:
            flow(full, [block], body)
    full.y += 4
    layout.rule(0, margin, full.y, PAGE_W - margin, full.y)
    columns_top = full.y + 12

    side_w = 158.0
    sidebar = Column(layout, margin, side_w, [columns_top, top], bottom, list(range(6)))
    main_x = margin + side_w + 22
    main = Column(layout, main_x, PAGE_W - margin - main_x, [columns_top, top], bottom, list(range(6)))
    for name, runs, content in named:
        column = sidebar if any(word in name.lower() for word in SIDEBAR) else main
        first = column.y == columns_top and column.index == 0
        column.heading(runs, h2, before=0 if first else 10, after=5, underline=True)
        flow(column, content, small if column is sidebar else body, small if column is sidebar else None)
    return layout


def name_of(blocks):
    for block in blocks:
        if block[0] == "title":
            return plain(block[1]).strip()
    return "Resume"


def write_pdf(body, output, layout_name):
    blocks = parse_markdown(body)
    name = name_of(blocks)
    layout = two_column(blocks) if layout_name == "two-column" else one_column(blocks)
    count = len(layout.ops)

    def running(number):
        if layout_name != "two-column":
            if count == 1:
                return []
            label = "%d" % number
            return [("text", (PAGE_W - layout.width(label, 8)) / 2, 768.0, label, 8, False, False)]
        right = "Page %d of %d" % (number, count)
        return [("text", 40.0, 768.0, "%s \u00b7 Resume" % name, 8, False, False),
                ("text", PAGE_W - 40.0 - layout.width(right, 8), 768.0, right, 8, False, False)]

    surface = cairo.PDFSurface(output, PAGE_W, PAGE_H)
    surface.set_metadata(cairo.PDFMetadata.TITLE, "%s \u2014 Resume" % name)
    surface.set_metadata(cairo.PDFMetadata.AUTHOR, name)
    surface.set_metadata(cairo.PDFMetadata.CREATOR, "jdmatch scripts/make-benchmark-resumes.py")
    surface.set_metadata(cairo.PDFMetadata.CREATE_DATE, FIXED_DATE)
    surface.set_metadata(cairo.PDFMetadata.MOD_DATE, FIXED_DATE)
    ctx = cairo.Context(surface)
    for number, ops in enumerate(layout.ops, start=1):
        ctx.set_source_rgb(0, 0, 0)
        for op in ops + running(number):
            if op[0] == "text":
                _, x, baseline, text, size, bold, italic = op
                Layout.set_font(ctx, size, bold, italic)
                ctx.move_to(x, baseline)
                ctx.show_text(text)
            else:
                _, x1, y1, x2, y2 = op
                ctx.set_line_width(0.6)
                ctx.move_to(x1, y1)
                ctx.line_to(x2, y2)
                ctx.stroke()
        ctx.show_page()
    surface.finish()


# ---------------------------------------------------------------------------

def main():
    labels = {}
    stems = sorted(name[:-3] for name in os.listdir(SOURCES) if name.endswith(".md"))
    if not stems:
        print("no sources in %s" % SOURCES, file=sys.stderr)
        return 1
    for stem in stems:
        meta, body = read_source(os.path.join(SOURCES, stem + ".md"))
        fmt = meta["format"]
        output = os.path.join(RESUMES, "%s.%s" % (stem, fmt))
        if fmt == "md":
            write_md(body, output)
        elif fmt == "docx":
            write_docx(body, output)
        else:
            write_pdf(body, output, meta.get("layout", "one-column"))
        for other in FORMATS:
            stale = os.path.join(RESUMES, "%s.%s" % (stem, other))
            if other != fmt and os.path.exists(stale):
                os.remove(stale)
        labels[os.path.basename(output)] = {"family": meta["family"], "seniority": meta["seniority"],
                                            "title": meta["title"]}
        print("wrote %s" % os.path.relpath(output, os.getcwd()))
    with open(os.path.join(RESUMES, "labels.json"), "w", encoding="utf-8", newline="\n") as handle:
        json.dump(labels, handle, indent=2, sort_keys=True, ensure_ascii=False)
        handle.write("\n")
    print("wrote labels.json (%d resumes)" % len(labels))
    update_readme(labels)
    return 0


def update_readme(labels):
    path = os.path.join(RESUMES, "README.md")
    if not os.path.exists(path):
        return
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    begin, end = "<!-- files:begin -->\n", "<!-- files:end -->"
    if begin not in text or end not in text:
        return
    rows = ["| File | Family | Seniority | Format | Title |", "|---|---|---|---|---|"]
    for name in sorted(labels):
        label = labels[name]
        rows.append("| `%s` | %s | %s | %s | %s |" % (name, label["family"], label["seniority"],
                                                   name.rsplit(".", 1)[1], label["title"]))
    head, rest = text.split(begin, 1)
    tail = rest.split(end, 1)[1]
    text = head + begin + "\n".join(rows) + "\n" + end + tail
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
    print("updated README.md (%d rows)" % len(labels))


if __name__ == "__main__":
    sys.exit(main())
