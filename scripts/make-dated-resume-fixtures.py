#!/usr/bin/env python3
"""Write Fixtures/resume-shapes/pdf-creation-date.pdf: a one-page resume whose only date of its own is in the
PDF's Info dictionary (CreationDate March 2019, ModDate May 2019), as a word processor exports one.

The page is drawn with the standard Helvetica font (no embedded font), one text line per resume line, so
poppler reads the text back as written. Nothing but the Python standard library; the output is
byte-identical on every run (fixed dates, no document ID).

Usage:  python3 scripts/make-dated-resume-fixtures.py
"""

import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "Fixtures", "resume-shapes", "pdf-creation-date.pdf")

# (font, size, text): F1 Helvetica, F2 Helvetica-Bold.
LINES = [
    ("F2", 18, "Ilse Marchetti"),
    ("F1", 10, "Site reliability engineer - Trieste, Italy"),
    ("F2", 14, "Experience"),
    ("F2", 10, "Site Reliability Engineer, Quarry Bay Networks, Jan 2016 - Present"),
    ("F1", 10, "Keeps the routing fleet of three data centres on call and patched."),
    ("F2", 10, "Systems Administrator, Portolano Shipping, Sep 2012 - Dec 2015"),
    ("F1", 10, "Ran the office network and the booking servers."),
    ("F2", 14, "Education"),
    ("F1", 10, "B.Sc. Computer Science, University of Udine, 2012"),
]


def escape(text):
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def main():
    y = 760
    ops = ["BT"]
    for font, size, text in LINES:
        ops.append(f"/{font} {size} Tf 1 0 0 1 56 {y} Tm ({escape(text)}) Tj")
        y -= size * 2 + 8
    ops.append("ET")
    content = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 7 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream",
        b"<< /Title (Ilse Marchetti - Resume) /Producer (make-dated-resume-fixtures.py) "
        b"/CreationDate (D:20190315093000+01'00') /ModDate (D:20190502120000+01'00') >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    with open(OUT, "wb") as handle:
        handle.write(out)


if __name__ == "__main__":
    main()
