#!/usr/bin/env python3
"""Writes Fixtures/boards/printed-job-description-label-product-manager.pdf: a one-page posting printed as
"Job Description: Product Manager" (the label in the title line, as some ATS print views have it), with
the standard Helvetica fonts and no dependencies, so its bytes are the same on every machine.

Usage:  python3 scripts/make-board-pdf-fixture.py
"""

import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUTPUT = os.path.join(HERE, "..", "Fixtures", "boards", "printed-job-description-label-product-manager.pdf")

def esc(t): return t.replace("\\","\\\\").replace("(","\\(").replace(")","\\)")
lines = [
 (16, True, "Job Description: Product Manager"),
 (10, False, ""),
 (11, False, "Corrigan Seed Co. is looking for a Product Manager to lead our grower portal, the app that"),
 (11, False, "4,000 farms use to order seed, track deliveries and plan planting windows."),
 (10, False, ""),
 (13, True, "Responsibilities"),
 (11, False, "- Talk to growers and agronomists every week and turn what you learn into a roadmap."),
 (11, False, "- Work with four engineers and a designer to ship improvements every two weeks."),
 (11, False, "- Define success measures for each release and report on them to the leadership team."),
 (10, False, ""),
 (13, True, "Requirements"),
 (11, False, "- Three or more years of product management experience with B2B or marketplace software."),
 (11, False, "- Comfort with SQL and with talking to customers who are not software people."),
 (10, False, ""),
 (11, False, "This role is based in our Ballarat office, with two days a week from home."),
]
ops = ["BT"]
y = 780
for size, bold, text in lines:
    y -= size + 8 if text else 6
    if not text: continue
    ops.append(f"/{'F2' if bold else 'F1'} {size} Tf 1 0 0 1 56 {y} Tm ({esc(text)}) Tj")
ops.append("ET")
stream = "\n".join(ops).encode("latin-1")
objs = [
 b"<< /Type /Catalog /Pages 2 0 R >>",
 b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
 b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
 b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
 b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
 b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
 b"<< /Title (Job Description: Product Manager) /Producer (jdmatch fixture script) /CreationDate (D:20240501120000Z) >>",
]
out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
offsets = []
for i, body in enumerate(objs, 1):
    offsets.append(len(out))
    out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
xref = len(out)
out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
for off in offsets: out += b"%010d 00000 n \n" % off
out += b"trailer\n<< /Size %d /Root 1 0 R /Info 7 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
open(OUTPUT, "wb").write(out)
