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
    // The factor is a part of its own, read from the gate and the skills' kinds of work.
    #expect(b.part(.specialty)?.basis == .gate)
    #expect(b.part(.specialty)?.value == b.gate.specialtyFactor)
    #expect(b.skills.specialtyKnown)
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

  private static func makeDesignPosting(_ asks: String) throws -> PreparedPosting {
    let text = """
      # Designer

      Harborlight builds scheduling software for ferry operators.

      ## What you will do

      \(asks)

      ## Requirements

      - 3+ years of design work on digital services.
      - You work with product managers and engineers every day.
      """
    return preparer.posting(try Ingestor().document(bytes: Array(text.utf8), source: "designer.md"))
  }

  @Test(
    "design work is several kinds: a product designer's interaction-design posting ranks above a content-design one")
  func designKinds() throws {
    let interaction = try Self.makeDesignPosting(
      "- Design flows and screens in Figma, from wireframes to interactive prototypes.\n- Grow our design system.")
    let content = try Self.makeDesignPosting(
      "- Write in plain language: UX writing and microcopy for every screen.\n- Own content design across the service.")
    let designer = try Self.makeResume(
      "Designer",
      "- Designed booking flows in Figma: wireframes, interactive prototypes and the design system's components.\n- Interaction design for the mobile app."
    )
    let i = fitScorer.score(interaction, designer)
    let c = fitScorer.score(content, designer)
    #expect(i.skills.specialtyKnown && c.skills.specialtyKnown)
    #expect(
      i.skills.specialty > c.skills.specialty, "interaction \(i.skills.specialty) vs content \(c.skills.specialty)")
    #expect(i.score > c.score, "interaction \(i.score) vs content \(c.score)")
  }

  @Test("tools every team uses and compliance regimes name no kind of work")
  func sharedToolsAreNoKind() throws {
    let tools = try Self.makePosting(
      "Software Engineer",
      "- Keep the code in Git and GitHub; track work in Jira and Confluence.\n- Meet HIPAA and SOC 2.")
    let backendResume = try Self.makeResume(
      "Software Engineer", "- Built services in Go on PostgreSQL and Kafka, run on Kubernetes with Terraform.")
    let fit = fitScorer.score(tools, backendResume)
    #expect(!fit.skills.specialtyKnown, "\(fit.skills.specialty)")
    #expect(fit.gate.specialtyFactor == 1)
  }
}
