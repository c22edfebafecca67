import Foundation
import Matching
import TestSupport
import Testing

@testable import Report

@Suite("Text from postings, resumes and file names is shown, never run")
struct EscapingTests {
  @Test("the escaper replaces every character that could open markup or close an attribute")
  func escaper() {
    #expect(
      HTMLEscaping.escape(#"<script>alert("x") & 'y'</script>"#)
        == "&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;")
    #expect(HTMLEscaping.escape("plain text, café") == "plain text, café")
    #expect(HTMLEscaping.escape("&lt;already&gt;") == "&amp;lt;already&amp;gt;")
  }

  @Test(
    "a CSV field is quoted only when it holds a comma, a double quote or a line break, its quotes doubled",
    arguments: [
      ("plain", "plain"), ("Acme, Inc.", "\"Acme, Inc.\""), ("the \"best\" team", "\"the \"\"best\"\" team\""),
      ("two\nlines", "\"two\nlines\""), ("dos\r\nline", "\"dos\r\nline\""), ("Zürich – café", "Zürich – café"),
      ("", ""), ("=cmd|' /C calc'!A0", "=cmd|' /C calc'!A0"),
    ])
  func csvField(field: String, written: String) {
    var csv = CSVText()
    csv.append(row: [field, "x"])
    csv.append(row: ["y"])
    #expect(csv.text == written + ",x\ny")
  }

  @Test("a posting with <script> in its title, company, headings and sentences shows them as text")
  func scriptPayloadPosting() throws {
    let ranking = try ReportFixtures.ranking(postings: [
      ReportFixtures.hostile("script-payload-cpo.html"), Fixtures.posting("greenhouse-cpo-lumora.html"),
    ])
    let hostile = try #require(ranking.entries.first { $0.file.hasSuffix("script-payload-cpo.html") })
    #expect(hostile.title?.contains("<script>alert(1)</script>") == true, "the fixture must carry the payload")
    let html = HTMLReport.render(ranking)
    // The only script element is the report's own sort script.
    #expect(HTMLProbe.count("<script", in: html) == 1)
    #expect(HTMLProbe.count("</script>", in: html) == 1)
    for live in ["<img", "<iframe", "<svg onload", "<b onmouseover", "</textarea>", "</title></style>"] {
      #expect(!html.contains(live), "\(live) must be escaped")
    }
    #expect(html.firstMatch(of: HTMLProbe.eventHandler) == nil)
    #expect(html.contains("Chief Product Officer &lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(html.contains("&lt;img src=x onerror=alert(2)&gt;"))
    // An entity-like string in the posting stays the characters it was.
    #expect(html.contains("&amp;lt;escaped&amp;gt;"))
    // Inside attributes (tooltips, ARIA labels, sort keys) quotes are escaped too.
    #expect(html.contains(#"data-value="Chief Product Officer &lt;script&gt;alert(1)&lt;/script&gt;""#))
    #expect(html.contains("Payload &quot;Quotes&quot; &amp; Co"))
  }

  @Test("the score page escapes the same payload")
  func scriptPayloadFitPage() throws {
    let fit = try ReportFixtures.fit(posting: ReportFixtures.hostile("script-payload-cpo.html"))
    let html = HTMLReport.render(fit)
    #expect(HTMLProbe.count("<script", in: html) == 0)
    #expect(
      html.contains(
        "<title>jdmatch: \(fit.score)/100 for Chief Product Officer &lt;script&gt;alert(1)&lt;/script&gt;</title>"))
    #expect(!html.contains("<img"))
  }

  @Test("file names, the subject and skip reasons are escaped in text and in attributes")
  func hostilePaths() throws {
    let json = #"""
      {"mode": "postingsForResume", "subject": "</code><script>alert(1)</script>.md", "scannedCount": 1,
       "rankedCount": 1,
       "skipped": [{"file": "bad<img src=x onerror=alert(1)>.html", "reason": "binary <b>data</b>"}],
       "entries": [{"rank": 1, "score": 50, "band": "Weak", "title": "\" onmouseover=\"alert(1)",
                    "company": "A & B", "location": null, "file": "x\" onclick=\"alert(1).html",
                    "topGaps": ["<i>gap</i>"], "duplicates": ["copy'><script>alert(2)</script>.html"]}]}
      """#
    let ranking = try JSONDecoder().decode(Ranking.self, from: Data(json.utf8))
    let html = HTMLReport.render(ranking)
    #expect(HTMLProbe.count("<script", in: html) == 1)
    #expect(!html.contains("<img"))
    // No tag gains an event handler: quotes cannot close an attribute value.
    #expect(html.firstMatch(of: HTMLProbe.eventHandler) == nil)
    #expect(html.contains(#"data-value="&quot; onmouseover=&quot;alert(1)""#))
    #expect(!html.contains("<i>gap"))
    #expect(!html.contains("<b>data"))
    #expect(html.contains("&lt;/code&gt;&lt;script&gt;alert(1)&lt;/script&gt;.md"))
    #expect(html.contains("&lt;i&gt;gap&lt;/i&gt;"))
    #expect(html.contains("A &amp; B"))
  }
}
