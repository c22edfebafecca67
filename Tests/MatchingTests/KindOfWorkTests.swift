import Analysis
import Foundation
import Ingest
import Testing

@testable import Matching

/// Within one field, the kind of work decides: hand-written postings and resumes of software engineers
/// that differ only in what they build.
@Suite("Kind of work within a field")
struct KindOfWorkTests {
  private static func makePosting(_ title: String, _ asks: String) throws -> PreparedPosting {
    let text = """
      # \(title)

      Harborlight builds scheduling software for ferry operators.

      ## What you will do

      \(asks)

      ## Requirements

      - 3+ years of professional software development.
      - You collaborate with product managers and designers on the roadmap.
      """
    return preparer.posting(try Ingestor().document(bytes: Array(text.utf8), source: "\(title).md"))
  }

  private static func makeResume(_ title: String, _ work: String) throws -> PreparedResume {
    let text = """
      # Robin Okafor

      ## Experience

      ### \(title), Quayside Apps — Jan 2019 – Present

      \(work)

      ## Education

      BSc Computer Science, 2018
      """
    return preparer.resume(try Ingestor().document(bytes: Array(text.utf8), source: "\(title).md"))
  }

  static let frontendPosting =
    "- Build accessible interfaces in React and TypeScript.\n- Own our CSS, responsive design and Storybook component library.\n- Write unit tests with Jest."
  static let backendPosting =
    "- Build services in Go on PostgreSQL and Kafka.\n- Run them on Kubernetes with Terraform.\n- Design REST and gRPC APIs."
  static let fullstackPosting =
    "- Build features end to end: React and TypeScript front end, Node.js and Express services.\n- Model data in PostgreSQL.\n- Ship with Docker."

  @Test(
    "a frontend engineer's frontend posting ranks above a backend one, and a full-stack engineer's full-stack one above both"
  )
  func order() throws {
    let frontend = try Self.makePosting("Software Engineer", Self.frontendPosting)
    let backend = try Self.makePosting("Software Engineer", Self.backendPosting)
    let fullstack = try Self.makePosting("Software Engineer", Self.fullstackPosting)
    let frontendResume = try Self.makeResume(
      "Software Engineer",
      "- Built the booking interface in React and TypeScript with responsive CSS.\n- Kept a Storybook of accessible components; Jest unit tests."
    )
    let fullstackResume = try Self.makeResume(
      "Software Engineer",
      "- Built booking features in React and TypeScript on Node.js and Express services.\n- Designed the PostgreSQL schema and shipped with Docker."
    )
    let f = fitScorer.score(frontend, frontendResume)
    let b = fitScorer.score(backend, frontendResume)
    #expect(f.score > b.score, "frontend \(f.score) vs backend \(b.score)")
    #expect(f.gate.specialtyFactor > b.gate.specialtyFactor)
    #expect(b.gate.specialtyFactor < 1)
    let full = fitScorer.score(fullstack, fullstackResume)
    #expect(full.score > fitScorer.score(frontend, fullstackResume).score)
    #expect(full.score > fitScorer.score(backend, fullstackResume).score)
    // The factor is explained as a part of its own.
    #expect(b.part(.specialty)?.detail.contains("kinds of work match") == true)
  }

  @Test("full-stack work is front and back end together: a frontend-only resume does not match it fully")
  func composite() throws {
    let fullstack = try Self.makePosting("Software Engineer", Self.fullstackPosting)
    let frontendResume = try Self.makeResume(
      "Software Engineer", "- Built the booking interface in React and TypeScript with responsive CSS and Storybook.")
    let fit = fitScorer.score(fullstack, frontendResume)
    #expect(fit.skills.specialtyKnown)
    #expect(fit.skills.specialty < 0.95, "\(fit.skills.specialty)")
  }

  @Test("one side without a technology kind of work leaves the factor at 1")
  func unknown() throws {
    let backend = try Self.makePosting("Software Engineer", Self.backendPosting)
    let plain = try Self.makeResume("Software Engineer", "- Wrote software for the booking team and reviewed code.")
    let fit = fitScorer.score(backend, plain)
    #expect(!fit.skills.specialtyKnown)
    #expect(fit.gate.specialtyFactor == 1)
  }

  @Test("the product lexicon's competencies count for a product posting, not for an engineering one")
  func competenciesOnlyInTheirField() throws {
    let backend = try Self.makePosting("Senior Backend Engineer", Self.backendPosting)
    let engineer = try Self.makeResume("Senior Software Engineer", "- Built services in Go on PostgreSQL and Kafka.")
    let fit = fitScorer.score(backend, engineer)
    #expect(fit.part(.competencies)?.maximum == 0)
    let cpo = try posting("greenhouse-cpo-lumora.html")
    #expect((fitScorer.score(cpo, try resume("vp-product-morgan-ellis.md")).part(.competencies)?.maximum ?? 0) > 0)
  }
}
