#!/usr/bin/env python3
"""Regenerate the PDF fixtures from the text fixtures they share their words with.

Every PDF is drawn with cairo (pycairo), word by word, the way a word processor or a browser
writes one, so the reader has to rebuild lines, columns and paragraphs from word positions:

  Fixtures/resumes/vp-product-morgan-ellis.pdf
      The .md resume (the source of the .docx twin too) in two columns on two pages: name and
      contacts across the top, a narrow sidebar (Skills, Education, Certifications) on the left
      and the main column (Summary, Experience) on the right, flowing onto page 2. Lines of the
      two columns share baselines. Running footer "Morgan Ellis · Resume" / "Page N of 2".
      Long words in the main column are hyphenated at line ends with "-", and every "fi"/"fl"
      is drawn as the ligature character (U+FB01/U+FB02), as a font with ligatures exports it.
  Fixtures/resumes/marketing-lead-sade-okafor.pdf
      The .md resume in one column; hyphenation at line ends with a soft hyphen (U+00AD);
      ligatures as above.
  Fixtures/postings/printed-cpo-meridian.pdf
      The posting of plain-cpo-meridian.txt as a browser prints a page: a date and the page
      title at the top of every page, the URL and "N/M" at the bottom.
  Fixtures/unreadable/scanned-resume.pdf
      Page 1 of the one-column resume as a bitmap only: no text layer.
  Fixtures/unreadable/encrypted-resume.pdf
      The one-column resume encrypted with a user password ("open-sesame") by qpdf.

Output is deterministic: fixed creation and modification dates, fixed document ID and AES
vector for the encrypted file. Running the script twice gives byte-identical files on the same
cairo, qpdf and DejaVu fonts.

Needs pycairo (Debian: `apt-get install python3-cairo`, then run it with /usr/bin/python3; or
`pip install pycairo`), the DejaVu Sans fonts (fonts-dejavu-core) and qpdf.

Usage:  python3 scripts/make-pdf-fixtures.py
"""

import os
import re
import subprocess
import sys

import cairo

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.normpath(os.path.join(HERE, "..", "Fixtures"))
RESUMES = os.path.join(FIXTURES, "resumes")
POSTINGS = os.path.join(FIXTURES, "postings")
UNREADABLE = os.path.join(FIXTURES, "unreadable")

FONT = "DejaVu Sans"
PAGE_W, PAGE_H = 612.0, 792.0  # US Letter, points
FIXED_DATE = "2024-01-01T00:00:00Z"
SOFT_HYPHEN = "\u00ad"
USER_PASSWORD = "open-sesame"

# ---------------------------------------------------------------------------
# Markdown subset: the resumes' own structure
# ---------------------------------------------------------------------------
# A run is (text, bold, italic). Blocks: ("title", runs) ("h2", runs) ("h3", runs)
# ("lines", [runs, ...]) one entry per source line, ("bullet", runs), ("table", [[cell runs]]).

INLINE = re.compile(r"\*\*(.+?)\*\*|\*(.+?)\*")


def runs_of(text, bold=False):
    runs = []
    pos = 0
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


def parse_markdown(path):
    blocks = []
    lines = []
    table = []

    def flush():
        if lines:
            blocks.append(("lines", list(lines)))
            lines.clear()
        if table:
            rows = [[runs_of(c.strip()) for c in row.strip().strip("|").split("|")] for row in table]
            blocks.append(("table", [r for i, r in enumerate(rows) if i != 1]))
            table.clear()

    with open(path, encoding="utf-8") as handle:
        for raw in handle.read().splitlines():
            line = raw.rstrip(" ")
            if line.startswith("|"):
                if lines:
                    flush()
                table.append(line)
                continue
            if table:
                flush()
            if not line.strip() or line.strip() == "---":
                flush()
            elif line.startswith("### "):
                flush()
                blocks.append(("h3", runs_of(line[4:], bold=True)))
            elif line.startswith("## "):
                flush()
                blocks.append(("h2", runs_of(line[3:], bold=True)))
            elif line.startswith("# "):
                flush()
                blocks.append(("title", runs_of(line[2:], bold=True)))
            elif line.startswith("- "):
                flush()
                blocks.append(("bullet", runs_of(line[2:])))
            else:
                # Every source line is a line of its own in print; a trailing backslash is Markdown's.
                lines.append(runs_of(line[:-1] if line.endswith("\\") else line))
    flush()
    return blocks


def sections(blocks):
    """The blocks before the first h2, and a dict of h2 text -> (heading block, blocks under it)."""
    head, named, order, current = [], {}, [], None
    for block in blocks:
        if block[0] == "h2":
            current = "".join(r[0] for r in block[1])
            named[current] = (block, [])
            order.append(current)
        elif current is None:
            head.append(block)
        else:
            named[current][1].append(block)
    return head, named, order


# ---------------------------------------------------------------------------
# Layout: words placed on pages as drawing operations, rendered afterwards
# ---------------------------------------------------------------------------

class Style:
    def __init__(self, size, leading=None, bold=False, italic=False):
        self.size = size
        self.leading = leading or round(size * 1.3, 2)
        self.bold = bold
        self.italic = italic


class Layout:
    """Places text on pages. `ops[page]` lists ("text", x, baseline, string, size, bold, italic) and
    ("rule", x1, y1, x2, y2) operations."""

    def __init__(self, ligatures=False, hyphen="-"):
        scratch = cairo.ImageSurface(cairo.FORMAT_A8, 10, 10)
        self.ctx = cairo.Context(scratch)
        # Measure as the PDF surface draws: unhinted metrics, not widths rounded to whole pixels.
        options = cairo.FontOptions()
        options.set_hint_metrics(cairo.HINT_METRICS_OFF)
        options.set_hint_style(cairo.HINT_STYLE_NONE)
        self.ctx.set_font_options(options)
        self.ops = []
        self.ligatures = ligatures
        self.hyphen = hyphen

    def page(self, index):
        while len(self.ops) <= index:
            self.ops.append([])
        return self.ops[index]

    def shaped(self, text):
        if self.ligatures:
            text = text.replace("fi", "\ufb01").replace("fl", "\ufb02")
        return text

    def set_font(self, ctx, size, bold, italic):
        ctx.select_font_face(FONT, cairo.FONT_SLANT_OBLIQUE if italic else cairo.FONT_SLANT_NORMAL,
                             cairo.FONT_WEIGHT_BOLD if bold else cairo.FONT_WEIGHT_NORMAL)
        ctx.set_font_size(size)

    def width(self, text, size, bold=False, italic=False):
        self.set_font(self.ctx, size, bold, italic)
        return self.ctx.text_extents(self.shaped(text)).x_advance

    def text(self, page, x, baseline, text, size, bold=False, italic=False):
        self.page(page).append(("text", x, baseline, self.shaped(text), size, bold, italic))

    def rule(self, page, x1, y1, x2, y2):
        self.page(page).append(("rule", x1, y1, x2, y2))

    # Words are lists of fragments (text, bold, italic); a tab is the word [("\t", ...)].
    @staticmethod
    def words(runs):
        words, current = [], []
        for text, bold, italic in runs:
            for piece in re.split(r"( |\t)", text):
                if piece == " ":
                    if current:
                        words.append(current)
                    current = []
                elif piece == "\t":
                    if current:
                        words.append(current)
                    words.append([("\t", bold, italic)])
                    current = []
                elif piece:
                    current.append((piece, bold, italic))
        if current:
            words.append(current)
        return words

    def word_width(self, word, size):
        if word[0][0] == "\t":
            return 24.0
        return sum(self.width(t, size, b, i) for t, b, i in word)

    def wrap(self, runs, width, size, hyphenate):
        """Greedy line filling; a long plain word that does not fit is hyphenated when allowed."""
        space = self.width(" ", size)
        lines, line, used = [], [], 0.0
        pending = self.words(runs)
        while pending:
            word = pending.pop(0)
            w = self.word_width(word, size)
            gap = space if line and word[0][0] != "\t" and line[-1][0][0] != "\t" else 0.0
            if not line or used + gap + w <= width:
                line.append(word)
                used += gap + w
                continue
            split = self.hyphenation(word, width - used - gap, size) if hyphenate else None
            if split:
                head, tail = split
                line.append(head)
                pending.insert(0, tail)
            else:
                pending.insert(0, word)
            lines.append(line)
            line, used = [], 0.0
        if line:
            lines.append(line)
        return lines

    def hyphenation(self, word, room, size):
        if len(word) != 1:
            return None
        text, bold, italic = word[0]
        match = re.fullmatch(r"([a-z]+)([.,;:]?)", text)
        if not match or len(match.group(1)) < 8:
            return None
        letters = match.group(1)
        for k in range(len(letters) - 3, 2, -1):
            head = letters[:k] + self.hyphen
            if self.width(head, size, bold, italic) <= room:
                return [(head, bold, italic)], [(text[k:], bold, italic)]
        return None


class Column:
    """A rectangle that text flows through; `pages` are the pages it may use, in order."""

    def __init__(self, layout, x, width, tops, bottom, pages, hyphenate=False):
        self.layout, self.x, self.width, self.tops, self.bottom = layout, x, width, tops, bottom
        self.pages, self.index, self.hyphenate = pages, 0, hyphenate
        self.y = tops[0]

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
        previous = None
        for word in words:
            if previous is not None and word[0][0] != "\t" and previous[0][0] != "\t":
                x += space
            if word[0][0] == "\t":
                x += 24.0
            else:
                for text, bold, italic in word:
                    self.layout.text(self.page, x, baseline, text, style.size, bold or style.bold,
                                     italic or style.italic)
                    x += self.layout.width(text, style.size, bold or style.bold, italic or style.italic)
            previous = word
        self.y += style.leading

    def paragraph(self, runs, style, before=0.0, after=0.0, indent=0.0, bullet=None):
        self.y += before
        lines = self.layout.wrap(runs, self.width - indent, style.size, self.hyphenate)
        for number, words in enumerate(lines):
            if bullet and number == 0:
                self.advance(style.leading)
                self.layout.text(self.page, self.x + indent - 10, self.y + style.size, bullet, style.size)
            self.line(words, style, indent)
        self.y += after

    def heading(self, runs, style, before, after, underline=False):
        self.advance(style.leading * 2.5 + before)
        self.paragraph(runs, style, before=before)
        if underline:
            self.layout.rule(self.page, self.x, self.y + 1, self.x + self.width, self.y + 1)
        self.y += after


# ---------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------

def render(layout, path, title, running=None):
    """Writes `layout`'s pages to a PDF; `running(page_number, page_count)` returns extra operations
    drawn on every page (headers and footers)."""
    surface = cairo.PDFSurface(path, PAGE_W, PAGE_H)
    surface.set_metadata(cairo.PDFMetadata.TITLE, title)
    surface.set_metadata(cairo.PDFMetadata.CREATOR, "jdmatch scripts/make-pdf-fixtures.py")
    surface.set_metadata(cairo.PDFMetadata.CREATE_DATE, FIXED_DATE)
    surface.set_metadata(cairo.PDFMetadata.MOD_DATE, FIXED_DATE)
    ctx = cairo.Context(surface)
    count = len(layout.ops)
    for number, ops in enumerate(layout.ops, start=1):
        draw(layout, ctx, ops + (running(number, count) if running else []))
        ctx.show_page()
    surface.finish()


def draw(layout, ctx, ops):
    ctx.set_source_rgb(0, 0, 0)
    for op in ops:
        if op[0] == "text":
            _, x, baseline, text, size, bold, italic = op
            layout.set_font(ctx, size, bold, italic)
            ctx.move_to(x, baseline)
            ctx.show_text(text)
        elif op[0] == "rule":
            _, x1, y1, x2, y2 = op
            ctx.set_line_width(0.6)
            ctx.move_to(x1, y1)
            ctx.line_to(x2, y2)
            ctx.stroke()


def right_aligned(layout, text, right, baseline, size):
    return ("text", right - layout.width(text, size), baseline, layout.shaped(text), size, False, False)


# ---------------------------------------------------------------------------
# The fixtures
# ---------------------------------------------------------------------------

def two_column_resume(source, output):
    blocks = parse_markdown(source)
    head, named, order = sections(blocks)
    layout = Layout(ligatures=True)
    body = Style(9.5, 12.4)
    small = Style(9, 11.6)
    italic = Style(9, 11.6, italic=True)
    h2 = Style(12, 15, bold=True)
    h3 = Style(10, 13, bold=True)

    margin, top, bottom = 40.0, 42.0, 745.0
    # Name and contacts across the top of page 1.
    full = Column(layout, margin, PAGE_W - 2 * margin, [top], bottom, [0])
    for kind, payload in head:
        if kind == "title":
            full.paragraph(payload, Style(22, 28, bold=True))
        elif kind == "lines":
            for runs in payload:
                full.paragraph(runs, Style(9.5, 12.5))
    full.y += 4
    layout.rule(0, margin, full.y, PAGE_W - margin, full.y)
    columns_top = full.y + 10

    sidebar = Column(layout, margin, 150, [columns_top], bottom, [0])
    main = Column(layout, 215, PAGE_W - margin - 215, [columns_top, top], bottom, [0, 1, 2, 3], hyphenate=True)

    def place(column, name):
        heading, content = named[name]
        column.heading(heading[1], h2, before=0 if column.y == columns_top else 8, after=5, underline=True)
        for kind, payload in content:
            if kind == "h3":
                column.heading(payload, h3, before=6, after=1)
            elif kind == "lines":
                for runs in payload:
                    only_italic = all(r[2] for r in runs)
                    column.paragraph(runs, italic if only_italic else body, after=3)
            elif kind == "bullet":
                column.paragraph(payload, small if column is sidebar else body, after=2.5, indent=10,
                                 bullet="\u2022")
            elif kind == "table":
                for cells in payload[1:]:  # the header row ("Area | Skills") is not printed
                    label = [(t, True, i) for t, _, i in cells[0]]
                    label[-1] = (label[-1][0] + ":", True, label[-1][2])
                    column.paragraph(label + [(" ", False, False)] + cells[1], small, after=4)

    for name in ("Skills", "Education", "Certifications"):
        place(sidebar, name)
    for name in ("Summary", "Experience"):
        place(main, name)
    extra = [name for name in order if name not in ("Skills", "Education", "Certifications", "Summary", "Experience")]
    if extra:
        raise ValueError("sections with no place in the two-column layout: %r" % extra)

    def running(number, count):
        baseline = 768.0
        return [("text", margin, baseline, "Morgan Ellis \u00b7 Resume", 8, False, False),
                right_aligned(layout, "Page %d of %d" % (number, count), PAGE_W - margin, baseline, 8)]

    render(layout, output, "Morgan Ellis \u2014 Resume", running)


def one_column_layout(source):
    blocks = parse_markdown(source)
    layout = Layout(ligatures=True, hyphen=SOFT_HYPHEN)
    margin = 54.0
    column = Column(layout, margin, PAGE_W - 2 * margin, [50.0], 750.0, [0, 1, 2], hyphenate=True)
    body = Style(10, 13)
    for kind, payload in blocks:
        if kind == "title":
            column.paragraph(payload, Style(20, 26, bold=True), after=2)
        elif kind == "h2":
            column.heading(payload, Style(13, 17, bold=True), before=10, after=3)
        elif kind == "h3":
            column.heading(payload, Style(11, 14, bold=True), before=6, after=1)
        elif kind == "lines":
            for runs in payload:
                column.paragraph(runs, body)
            column.y += 4
        elif kind == "bullet":
            column.paragraph(payload, body, after=2, indent=12, bullet="\u2022")
        else:
            raise ValueError("no one-column layout for %r" % kind)
    return layout


def one_column_resume(source, output):
    render(one_column_layout(source), output, "Resume")


def printed_posting(source, output):
    """The posting of a saved text page, printed from a browser."""
    with open(source, encoding="utf-8") as handle:
        lines = handle.read().splitlines()
    start = lines.index("Chief Product Officer")
    end = next(i for i, line in enumerate(lines) if line.startswith("Meridian Bank is an Equal Opportunity"))
    headings = {"ABOUT MERIDIAN BANK": "About Meridian Bank", "THE ROLE": "The role",
                "RESPONSIBILITIES:": "Responsibilities", "QUALIFICATIONS:": "Qualifications",
                "PREFERRED:": "Preferred", "COMPENSATION AND BENEFITS": "Compensation and benefits"}
    layout = Layout()
    margin = 50.0
    column = Column(layout, margin, PAGE_W - 2 * margin, [50.0], 742.0, list(range(6)))
    body = Style(11.5, 17)
    for index, line in enumerate(lines[start:end + 1]):
        if not line.strip():
            continue
        if index == 0:
            column.paragraph([(line, True, False)], Style(24, 32, bold=True), after=4)
        elif line in headings:
            column.heading([(headings[line], True, False)], Style(15, 20, bold=True), before=12, after=4)
        elif line.startswith(("- ", "\u2022 ")):
            column.paragraph([(line[2:], False, False)], body, after=3, indent=18, bullet="\u2022")
        else:
            column.paragraph([(line, False, False)], body, after=8)

    url = "https://careers.meridianbank.example/jobs/48113-chief-product-officer"
    title = "Chief Product Officer | Meridian Bank Careers"

    def running(number, count):
        size = 8
        return [("text", 20, 22, "5/2/24, 8:14 AM", size, False, False),
                ("text", (PAGE_W - layout.width(title, size)) / 2, 22, title, size, False, False),
                ("text", 20, 778, url, size, False, False),
                right_aligned(layout, "%d/%d" % (number, count), PAGE_W - 20, 778, size)]

    render(layout, output, title, running)


def scanned_resume(source, output):
    """Page 1 of a resume as a 1-bit bitmap at 100 dpi, the only thing on the page."""
    layout = one_column_layout(source)
    scale = 100 / 72
    bitmap = cairo.ImageSurface(cairo.FORMAT_A1, int(PAGE_W * scale), int(PAGE_H * scale))
    ctx = cairo.Context(bitmap)
    ctx.scale(scale, scale)
    options = cairo.FontOptions()
    options.set_antialias(cairo.ANTIALIAS_NONE)
    ctx.set_font_options(options)
    ctx.set_antialias(cairo.ANTIALIAS_NONE)
    draw(layout, ctx, layout.ops[0])
    bitmap.flush()

    surface = cairo.PDFSurface(output, PAGE_W, PAGE_H)
    surface.set_metadata(cairo.PDFMetadata.CREATOR, "jdmatch scripts/make-pdf-fixtures.py (scanner)")
    surface.set_metadata(cairo.PDFMetadata.CREATE_DATE, FIXED_DATE)
    surface.set_metadata(cairo.PDFMetadata.MOD_DATE, FIXED_DATE)
    page = cairo.Context(surface)
    page.set_source_rgb(1, 1, 1)
    page.paint()
    page.scale(1 / scale, 1 / scale)
    page.set_source_rgb(0, 0, 0)
    page.mask_surface(bitmap, 0, 0)
    page.show_page()
    surface.finish()


def encrypted_resume(source_pdf, output):
    subprocess.run(
        ["qpdf", "--static-id", "--static-aes-iv", "--encrypt", USER_PASSWORD, "owner-" + USER_PASSWORD, "128",
         "--use-aes=y", "--", source_pdf, output],
        check=True)


def main():
    os.makedirs(UNREADABLE, exist_ok=True)
    morgan = os.path.join(RESUMES, "vp-product-morgan-ellis.md")
    sade = os.path.join(RESUMES, "marketing-lead-sade-okafor.md")
    two_column_resume(morgan, os.path.join(RESUMES, "vp-product-morgan-ellis.pdf"))
    one_column_resume(sade, os.path.join(RESUMES, "marketing-lead-sade-okafor.pdf"))
    printed_posting(os.path.join(POSTINGS, "plain-cpo-meridian.txt"), os.path.join(POSTINGS, "printed-cpo-meridian.pdf"))
    scanned_resume(sade, os.path.join(UNREADABLE, "scanned-resume.pdf"))
    encrypted_resume(os.path.join(RESUMES, "marketing-lead-sade-okafor.pdf"),
                     os.path.join(UNREADABLE, "encrypted-resume.pdf"))


if __name__ == "__main__":
    sys.exit(main())
