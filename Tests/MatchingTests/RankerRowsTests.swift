import Analysis
import Foundation
import Requirements
import Testing

@testable import Matching

/// The ranker orders rows by index and rows and entries keep their rare parts by reference (``Boxed``), so
/// that 50,000 of them stay small; these pin what that must not change.
@Suite("Ranking rows kept small")
struct RankerRowsTests {
  static func row(_ file: String, score: Int, fingerprint: UInt64) -> ScoredFile {
    ScoredFile(
      file: file, fingerprint: fingerprint, score: score, band: FitBand(score: score), title: "Title of \(file)",
      company: nil, location: nil, topGaps: ["gap of \(file)"])
  }

  @Test("rows in any order: best score first, ties by file, a duplicate text under its first file by name")
  func order() {
    let rows = [
      Self.row("d.html", score: 80, fingerprint: 4),
      Self.row("b.html", score: 80, fingerprint: 2),
      Self.row("c.html", score: 80, fingerprint: 3),
      Self.row("a.html", score: 60, fingerprint: 3),
      Self.row("e.html", score: 90, fingerprint: 2),
    ]
    let ranking = Ranker.rank(rows, mode: .postingsForResume, subject: "me.md", skipped: [])
    // a.html and c.html share a text: a.html comes first by name and keeps its own score (60); e.html joins
    // b.html the same way, so b.html's 80 stands, not e.html's 90.
    #expect(ranking.entries.map(\.file) == ["b.html", "d.html", "a.html"])
    #expect(ranking.entries.map(\.score) == [80, 80, 60])
    #expect(ranking.entries.map(\.rank) == [1, 2, 3])
    #expect(ranking.entries.map(\.duplicates) == [["e.html"], [], ["c.html"]])
    #expect(ranking.entries.map(\.title) == ["Title of b.html", "Title of d.html", "Title of a.html"])
    #expect(ranking.scannedCount == 5)
    #expect(ranking.rankedCount == 3)
    let top = Ranker.rank(rows, mode: .postingsForResume, subject: "me.md", skipped: [], top: 2)
    #expect(top.entries.map(\.file) == ["b.html", "d.html"])
  }

  @Test("a row's pay and candidate are its own: setting them on a copy leaves the original as it was")
  func boxedParts() {
    var original = Self.row("a.md", score: 50, fingerprint: 1)
    original.salary = SalaryRange(min: 150_000, max: 180_000, currency: "USD", period: .year, evidence: "")
    var copy = original
    copy.salary = SalaryRange(min: 90_000, currency: "EUR", period: .year, evidence: "")
    copy.candidate = Candidate(
      name: "Ana Ruiz", nameFromResume: true, currentTitle: "Head of Product", level: "director/head", years: 11,
      missingSkills: ["SQL"])
    #expect(original.salary?.min == 150_000)
    #expect(original.salary?.currency == "USD")
    #expect(original.candidate == nil)
    #expect(copy.salary?.min == 90_000)
    #expect(copy.candidate?.name == "Ana Ruiz")
    #expect(original != copy)
    copy.salary = original.salary
    copy.candidate = nil
    #expect(original == copy)
    // The candidate reaches the entry, named by the file when the resume shows no name.
    var unnamed = Self.row("folder/cv-17.pdf", score: 40, fingerprint: 9)
    unnamed.candidate = Candidate(
      name: "", nameFromResume: false, currentTitle: nil, level: nil, years: 3, missingSkills: [])
    let ranking = Ranker.rank([unnamed], mode: .resumesForPosting, subject: "job.html", skipped: [])
    #expect(ranking.entries.first?.candidate?.name == "cv-17.pdf")
    #expect(ranking.entries.first?.candidate?.years == 3)
  }

  @Test("an entry's fit is kept, compared and coded as the fit itself, under the key fit")
  func entryFit() throws {
    let fit = fitScorer.score(try posting("greenhouse-cpo-lumora.html"), try resume("vp-product-morgan-ellis.md"))
    var ranking = Ranker.rank(
      [Self.row("greenhouse-cpo-lumora.html", score: fit.score, fingerprint: 1)], mode: .postingsForResume,
      subject: "vp.md", skipped: [])
    #expect(ranking.entries[0].fit == nil)
    let bare = ranking
    ranking.entries[0].fit = fit
    #expect(ranking.entries[0].fit == fit)
    #expect(ranking != bare)
    #expect(bare.entries[0].fit == nil)
    let json = try JSONEncoder().encode(ranking)
    let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
    let entry = try #require((object["entries"] as? [[String: Any]])?.first)
    let coded = try #require(entry["fit"] as? [String: Any])
    #expect(coded["score"] as? Int == fit.score)
    #expect(entry["fitBox"] == nil)
    #expect(try JSONDecoder().decode(Ranking.self, from: json) == ranking)
    #expect(try JSONDecoder().decode(Ranking.self, from: try JSONEncoder().encode(bare)).entries[0].fit == nil)
  }
}
