#!/usr/bin/env python3
"""Regenerate Fixtures/resumes/vp-product-morgan-ellis.docx from its Markdown twin.

The Markdown resume (Fixtures/resumes/vp-product-morgan-ellis.md) is the only
source of text: this script parses its small Markdown subset and writes the
same content as a WordprocessingML (.docx) package, using nothing but the
Python standard library. Edit the .md file, then run this script again.

Markdown subset understood (anything else is an error, so the two files can
never drift apart silently):

  # Name                      -> paragraph, style Title
  ## Section                  -> paragraph, style Heading1
  ### Role — **Company** — Dates
                              -> paragraph, style Heading2; the company is a
                                 bold run and the dates a separate plain run
  - item                      -> paragraph, style ListParagraph, with w:numPr
                                 (bullet list defined in word/numbering.xml)
  | a | b |  (pipe table)     -> w:tbl with two columns; first row is a bold
                                 header row, the |---| delimiter row is skipped
  other lines                 -> Normal paragraphs; consecutive lines are joined
                                 with a space, a trailing backslash is a hard
                                 line break (w:br)
  **bold**, *italic*          -> runs with w:b / w:i
  a literal TAB character     -> w:tab

Things a .docx reader has to get right, on purpose:

  * The contact paragraph holds one w:tab and one w:br between words
    ("Oakhaven, Oregon<TAB>(555) 014-2298<BR>morgan.ellis@example.net ...").
  * Role headings are split into several runs (title, bold company, dates).
  * The first "experimentation" is split mid-word across two runs
    ("experi" + "mentation", the second carrying its own w:rPr), as Word does
    after spell-check or revision edits; readers must not insert a space.
  * The text contains a right single quotation mark (U+2019) in
    "Quillfeather’s".

Output is deterministic: fixed zip timestamps (2024-01-01 00:00:00), fixed
file attributes, entries written in sorted order, fixed core properties.
Running the script twice produces byte-identical files.

Usage:  python3 scripts/make-resume-docx.py [source.md [output.docx]]
"""

import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
RESUMES = os.path.join(HERE, "..", "Fixtures", "resumes")
DEFAULT_SOURCE = os.path.join(RESUMES, "vp-product-morgan-ellis.md")
DEFAULT_OUTPUT = os.path.join(RESUMES, "vp-product-morgan-ellis.docx")

ZIP_DATE = (2024, 1, 1, 0, 0, 0)
SPLIT_WORD = ("experimentation", 6)  # split the first occurrence after 6 letters

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

# ---------------------------------------------------------------------------
# Markdown parsing
# ---------------------------------------------------------------------------
# A run is a tuple: ("text", str, bold, italic) | ("tab",) | ("br",)

INLINE = re.compile(r"\*\*(.+?)\*\*|\*(.+?)\*")


def parse_inline(text):
    """Split one line of Markdown into runs."""
    runs = []
    pos = 0
    for m in INLINE.finditer(text):
        if m.start() > pos:
            runs.extend(plain_runs(text[pos:m.start()]))
        if m.group(1) is not None:
            runs.extend(plain_runs(m.group(1), bold=True))
        else:
            runs.extend(plain_runs(m.group(2), italic=True))
        pos = m.end()
    if pos < len(text):
        runs.extend(plain_runs(text[pos:]))
    for run in runs:
        if run[0] == "text" and "*" in run[1]:
            raise ValueError("unbalanced emphasis marker in: %r" % text)
    return runs


def plain_runs(text, bold=False, italic=False):
    """Text with literal tabs becomes text runs separated by tab runs."""
    runs = []
    for i, piece in enumerate(text.split("\t")):
        if i:
            runs.append(("tab",))
        if piece:
            runs.append(("text", piece, bold, italic))
    return runs


def split_heading2(runs):
    """Give the dates after the last ' — ' their own run."""
    last = runs[-1]
    if last[0] == "text" and " — " in last[1]:
        head, dates = last[1].rsplit(" — ", 1)
        return runs[:-1] + [("text", head + " — ", last[2], last[3]), ("text", dates, last[2], last[3])]
    return runs


def parse_markdown(source):
    """Return a list of blocks: (kind, payload)."""
    blocks = []
    paragraph = []  # pending lines of a Normal paragraph
    table = []

    def flush_paragraph():
        if paragraph:
            runs = []
            for i, line in enumerate(paragraph):
                hard_break = line.endswith("\\")
                if hard_break:
                    line = line[:-1]
                runs.extend(parse_inline(line))
                if i < len(paragraph) - 1:
                    runs.append(("br",) if hard_break else ("text", " ", False, False))
                elif hard_break:
                    raise ValueError("hard line break at the end of a paragraph")
            blocks.append(("para", runs))
            paragraph.clear()

    def flush_table():
        if table:
            rows = []
            for i, line in enumerate(table):
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                if i == 1:
                    if not all(re.fullmatch(r":?-{3,}:?", c) for c in cells):
                        raise ValueError("second table row must be the delimiter row")
                    continue
                rows.append([parse_inline(c) for c in cells])
            widths = {len(r) for r in rows}
            if widths != {2}:
                raise ValueError("the skills table must have exactly two columns")
            blocks.append(("table", rows))
            table.clear()

    for raw in source.splitlines():
        line = raw.rstrip(" ")
        if line.startswith("|"):
            flush_paragraph()
            table.append(line)
            continue
        flush_table()
        if not line.strip():
            flush_paragraph()
        elif line.startswith("### "):
            flush_paragraph()
            blocks.append(("h2", split_heading2(parse_inline(line[4:]))))
        elif line.startswith("## "):
            flush_paragraph()
            blocks.append(("h1", parse_inline(line[3:])))
        elif line.startswith("# "):
            flush_paragraph()
            blocks.append(("title", parse_inline(line[2:])))
        elif line.startswith("- "):
            flush_paragraph()
            blocks.append(("bullet", parse_inline(line[2:])))
        elif line.startswith(("#", ">", "```", "* ", "+ ", "1.")):
            raise ValueError("unsupported Markdown construct: %r" % line)
        else:
            paragraph.append(line)
    flush_table()
    flush_paragraph()
    return blocks


def split_first_word(blocks):
    """Split the first occurrence of SPLIT_WORD across two runs."""
    word, at = SPLIT_WORD
    for _, payload in blocks:
        rows = payload if isinstance(payload[0], list) else [[payload]]
        for row in rows:
            for runs in row:
                for i, run in enumerate(runs):
                    if run[0] == "text" and word in run[1]:
                        k = run[1].index(word) + at
                        runs[i:i + 1] = [
                            ("text", run[1][:k], run[2], run[3]),
                            ("text", run[1][k:], run[2], run[3], "lang"),
                        ]
                        return
    raise ValueError("word to split not found: %r" % word)


# ---------------------------------------------------------------------------
# WordprocessingML
# ---------------------------------------------------------------------------

def run_xml(run):
    if run[0] == "tab":
        return "<w:r><w:tab/></w:r>"
    if run[0] == "br":
        return "<w:r><w:br/></w:r>"
    text, bold, italic = run[1], run[2], run[3]
    props = ""
    if bold:
        props += "<w:b/><w:bCs/>"
    if italic:
        props += "<w:i/><w:iCs/>"
    if len(run) > 4 and run[4] == "lang":
        props += '<w:lang w:val="en-US"/>'
    rpr = "<w:rPr>%s</w:rPr>" % props if props else ""
    space = ' xml:space="preserve"' if text != text.strip() else ""
    return "<w:r>%s<w:t%s>%s</w:t></w:r>" % (rpr, space, escape(text))


def paragraph_xml(runs, style=None, bullet=False):
    ppr = ""
    if style or bullet:
        inner = '<w:pStyle w:val="%s"/>' % style if style else ""
        if bullet:
            inner += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
        ppr = "<w:pPr>%s</w:pPr>" % inner
    return "<w:p>%s%s</w:p>" % (ppr, "".join(run_xml(r) for r in runs))


def table_xml(rows):
    widths = (2200, 7160)
    border = '<w:{0} w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/>'
    borders = "".join(border.format(side) for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    out = [
        "<w:tbl>",
        '<w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:tblBorders>%s</w:tblBorders>'
        '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0"'
        ' w:noHBand="0" w:noVBand="1"/></w:tblPr>' % (sum(widths), borders),
        "<w:tblGrid>%s</w:tblGrid>" % "".join('<w:gridCol w:w="%d"/>' % w for w in widths),
    ]
    for r, row in enumerate(rows):
        header = r == 0
        out.append("<w:tr>%s" % ("<w:trPr><w:tblHeader/></w:trPr>" if header else ""))
        for width, runs in zip(widths, row):
            if header:
                runs = [(x[0], x[1], True, x[3]) + tuple(x[4:]) if x[0] == "text" else x for x in runs]
            out.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc>' % (width, paragraph_xml(runs)))
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def document_xml(blocks):
    body = []
    for kind, payload in blocks:
        if kind == "title":
            body.append(paragraph_xml(payload, "Title"))
        elif kind == "h1":
            body.append(paragraph_xml(payload, "Heading1"))
        elif kind == "h2":
            body.append(paragraph_xml(payload, "Heading2"))
        elif kind == "bullet":
            body.append(paragraph_xml(payload, "ListParagraph", bullet=True))
        elif kind == "para":
            body.append(paragraph_xml(payload))
        elif kind == "table":
            body.append(table_xml(payload))
            body.append("<w:p/>")  # Word always keeps a paragraph after a trailing table
    sect = (
        '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/>'
        '<w:pgMar w:top="1080" w:right="1080" w:bottom="1080" w:left="1080"'
        ' w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>'
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:document xmlns:w="%s" xmlns:r="%s"><w:body>%s%s</w:body></w:document>'
        % (W_NS, R_NS, "\n".join(body), sect)
    )


STYLES_XML = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="%s">
<w:docDefaults>
<w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/><w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="en-US"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="80" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault>
</w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="60"/></w:pPr><w:rPr><w:b/><w:sz w:val="48"/><w:szCs w:val="48"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="808080"/></w:pBdr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:caps/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="160" w:after="40"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:sz w:val="23"/><w:szCs w:val="23"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>
</w:styles>
""" % W_NS

NUMBERING_XML = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="%s">
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/></w:rPr></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>
""" % W_NS

CONTENT_TYPES_XML = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>
"""

ROOT_RELS_XML = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>
"""

DOCUMENT_RELS_XML = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
</Relationships>
"""

CORE_XML = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>%s \u2014 Resume</dc:title>
<dc:creator>%s</dc:creator>
<cp:lastModifiedBy>%s</cp:lastModifiedBy>
<cp:revision>1</cp:revision>
<dcterms:created xsi:type="dcterms:W3CDTF">2024-01-01T00:00:00Z</dcterms:created>
<dcterms:modified xsi:type="dcterms:W3CDTF">2024-01-01T00:00:00Z</dcterms:modified>
</cp:coreProperties>
"""


def title_text(blocks):
    for kind, payload in blocks:
        if kind == "title":
            return "".join(r[1] for r in payload if r[0] == "text")
    raise ValueError("the resume has no '# Name' line")


def build(source_path, output_path):
    with open(source_path, encoding="utf-8") as f:
        blocks = parse_markdown(f.read())
    name = escape(title_text(blocks))
    split_first_word(blocks)
    parts = {
        "[Content_Types].xml": CONTENT_TYPES_XML,
        "_rels/.rels": ROOT_RELS_XML,
        "docProps/core.xml": CORE_XML % (name, name, name),
        "word/_rels/document.xml.rels": DOCUMENT_RELS_XML,
        "word/document.xml": document_xml(blocks),
        "word/numbering.xml": NUMBERING_XML,
        "word/styles.xml": STYLES_XML,
    }
    with zipfile.ZipFile(output_path, "w") as zf:
        for entry in sorted(parts):
            info = zipfile.ZipInfo(entry, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o644 << 16
            zf.writestr(info, parts[entry].encode("utf-8"))
    return output_path


def main(argv):
    source = argv[1] if len(argv) > 1 else DEFAULT_SOURCE
    output = argv[2] if len(argv) > 2 else DEFAULT_OUTPUT
    print("wrote", os.path.relpath(build(source, output)))


if __name__ == "__main__":
    main(sys.argv)
