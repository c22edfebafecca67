import Foundation
import Tokenization

/// What a section of a posting or resume is about, read from its heading; it decides how much the
/// section's phrases count.
public enum SectionKind: String, Codable, Sendable, CaseIterable {
  /// Text before any heading, or under a heading of no known kind.
  case general
  /// What the candidate must have ("Requirements", "What you bring", "Must have").
  case requirements
  /// What the job involves ("Responsibilities", "What you'll do", "The role").
  case responsibilities
  /// What is merely welcome ("Nice to have", "Preferred", "Bonus points").
  case preferred
  /// The company ("About us", "Who we are", "Our mission", equal-opportunity statements).
  case about
  /// Pay and perks ("Benefits", "What we offer", "Compensation").
  case benefits
  /// How to apply.
  case application
  /// Resume: experience, roles held.
  case experience
  /// Resume: summary or profile.
  case summary
  /// Resume: skills.
  case skills
  /// Resume: education and certifications.
  case education

  /// How much a phrase in this section counts toward a posting's emphasis.
  public var postingWeight: Double {
    switch self {
    case .requirements: return 1.5
    case .responsibilities: return 1.3
    case .general, .experience, .summary, .skills, .education: return 1.0
    case .preferred: return 0.8
    case .about: return 0.4
    case .benefits, .application: return 0
    }
  }

  /// Whether what the section asks for is required (not merely preferred).
  public var isRequired: Bool { self == .requirements }

  /// The kind of a section under `heading` (nil for text before the first heading).
  public static func classify(_ heading: String?) -> SectionKind {
    guard let heading else { return .general }
    // Byte search on the lowercased heading: this runs for every section of every posting.
    var text = ASCIIText.lowercasedBytes(heading)
    // Curly apostrophes (E2 80 99) read as straight ones: "What you’ll do".
    if text.contains(0xE2) {
      var straight: [UInt8] = []
      var index = 0
      while index < text.count {
        if text[index] == 0xE2, index + 2 < text.count, text[index + 1] == 0x80, text[index + 2] == 0x99 {
          straight.append(0x27)
          index += 3
        } else {
          straight.append(text[index])
          index += 1
        }
      }
      text = straight
    }
    for (kind, words) in rules where ASCIIText.containsAny(text, words) { return kind }
    return .general
  }

  /// The heading words of each kind, checked in order: "About you" is requirements before "about"
  /// makes it the company, "Nice to have" preferred before anything else.
  private static let rules: [(SectionKind, [[UInt8]])] = [
    (.preferred, ["nice to have", "nice-to-have", "preferred", "bonus", "plus", "desirable", "ideally", "extra credit"]),
    (.benefits, ["benefit", "perks", "what we offer", "we offer", "compensation", "salary", "package", "rewards",
      "why join", "why work", "pay range", "pay transparency"]),
    (.application, ["how to apply", "application process", "next steps", "interview process", "to apply",
      "hiring process"]),
    (.requirements, ["requirement", "qualification", "what you bring", "you bring", "you'll bring", "you will bring",
      "you have", "you'll have", "must have", "must-have", "about you", "who you are", "looking for", "what you need",
      "you should have", "skills and experience", "experience and skills", "what we need", "ideal candidate",
      "you are", "competencies", "what it takes"]),
    (.responsibilities, ["responsibilit", "what you'll do", "what you will do", "the role", "your role", "in this role",
      "your impact", "what you'll own", "you will", "day to day", "day-to-day", "duties", "the job", "the opportunity",
      "the position", "what you'll be doing", "key accountabilities", "your mission", "what you'll work on", "scope"]),
    (.about, ["about", "who we are", "our mission", "our story", "our values", "culture", "equal opportunity",
      "diversity", "eeo", "company overview", "our company", "life at"]),
    (.experience, ["experience", "employment", "work history", "career history", "professional history"]),
    (.summary, ["summary", "profile", "objective", "highlights"]),
    (.skills, ["skill", "expertise", "tools", "technologies"]),
    (.education, ["education", "degree", "certification", "training", "academic"]),
  ].map { kind, words in (kind, words.map { Array($0.utf8) }) }
}
