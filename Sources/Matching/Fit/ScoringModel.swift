import Foundation

/// The fitted parameters of the fit score, read from `Lexicons/scoring.json` beside the lexicon: the
/// weight of each part and the shapes that turn raw comparisons into 0–1 values.
///
/// The weights were chosen by `scripts/fit-weights.py` on labelled postings and resumes (see the
/// README's "Fitting the weights"); the file says when and on what.
public struct ScoringModel: Codable, Sendable, Equatable {
  /// Points of each part; they sum to 100.
  public struct Weights: Codable, Sendable, Equatable {
    /// Role family: the posting's title against the titles the resume holds.
    public var role: Double
    /// Level: the posting's rung against the resume's.
    public var level: Double
    /// Competencies of the lexicon, by the posting's emphasis (scaled by the posting's lexicon coverage;
    /// the rest goes to ``text``).
    public var competencies: Double
    /// Hard requirements: years, degrees, certifications.
    public var requirements: Double
    /// Whole-text similarity.
    public var text: Double

    /// Creates weights.
    ///
    /// - Parameters:
    ///   - role: Points of the role family part.
    ///   - level: Points of the level part.
    ///   - competencies: Points of the competency part at full lexicon coverage.
    ///   - requirements: Points of the hard requirements part.
    ///   - text: Points of the whole-text part.
    public init(role: Double, level: Double, competencies: Double, requirements: Double, text: Double) {
      self.role = role
      self.level = level
      self.competencies = competencies
      self.requirements = requirements
      self.text = text
    }

    /// Their sum (100 in a fitted model).
    public var total: Double { role + level + competencies + requirements + text }
  }

  /// The parts' points.
  public var weights: Weights
  /// The cosine similarity from which the text part is full (raw cosines of matching real postings and
  /// resumes rarely pass 0.4).
  public var textSaturation: Double
  /// Weighted lexicon hits from which a posting's competencies are fully trusted.
  public var fullCoverageHits: Double
  /// Level fit by how many rungs the resume is above (positive) or below (negative) the posting:
  /// index 0 is 5 rungs below, index 10 is 5 rungs above.
  public var levelFit: [Double]
  /// How much of the role part a resume of the right family keeps at the worst level fit: the role
  /// value is the family share × (floor + (1 − floor) × level fit), because a title of the right family
  /// at the wrong level is a different job (a senior PM for a CPO role, a CPO for an associate role).
  public var roleLevelFloor: Double
  /// Role value when the posting's or the resume's family is unknown.
  public var unknownRole: Double
  /// Level value when the posting's or the resume's rung is unknown.
  public var unknownLevel: Double
  /// How the weights were chosen, in a sentence.
  public var provenance: String

  /// Creates a model.
  ///
  /// - Parameters:
  ///   - weights: The parts' points.
  ///   - textSaturation: The cosine similarity from which the text part is full.
  ///   - fullCoverageHits: Weighted lexicon hits from which a posting's competencies are fully trusted.
  ///   - levelFit: 11 level values, from 5 rungs below the posting to 5 above.
  ///   - roleLevelFloor: How much of the role part the right family keeps at the worst level fit.
  ///   - unknownRole: Role value when a family is unknown.
  ///   - unknownLevel: Level value when a rung is unknown.
  ///   - provenance: How the weights were chosen, in a sentence.
  public init(
    weights: Weights, textSaturation: Double, fullCoverageHits: Double, levelFit: [Double], roleLevelFloor: Double,
    unknownRole: Double, unknownLevel: Double, provenance: String
  ) {
    self.weights = weights
    self.textSaturation = textSaturation
    self.fullCoverageHits = fullCoverageHits
    self.levelFit = levelFit
    self.roleLevelFloor = roleLevelFloor
    self.unknownRole = unknownRole
    self.unknownLevel = unknownLevel
    self.provenance = provenance
  }

  /// The level value for a difference in rungs.
  ///
  /// - Parameter steps: The resume's rung minus the posting's; differences beyond 5 count as 5.
  /// - Returns: The value from ``levelFit``, 0–1 (1 when the model holds no 11 values).
  public func levelValue(steps: Int) -> Double {
    guard levelFit.count == 11 else { return 1 }
    return levelFit[min(10, max(0, steps + 5))]
  }

  /// Decodes and checks a model.
  ///
  /// - Parameters:
  ///   - data: The JSON of a `scoring.json` file.
  ///   - path: The file it was read from, named in errors.
  /// - Returns: The model, once its weights are non-negative and sum to 100, its `levelFit` holds 11 values
  ///   from 0 to 1, its `roleLevelFloor` is from 0 to 1 and its saturation and coverage are positive.
  /// - Throws: ``ScoringModelError/invalid(path:reason:)`` saying what is wrong.
  public static func decode(_ data: Data, path: String) throws -> ScoringModel {
    let model: ScoringModel
    do {
      model = try JSONDecoder().decode(ScoringModel.self, from: data)
    } catch let DecodingError.keyNotFound(key, _) {
      throw ScoringModelError.invalid(path: path, reason: "missing key `\(key.stringValue)`")
    } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
      let keyPath = context.codingPath.map(\.stringValue).joined(separator: ".")
      throw ScoringModelError.invalid(path: path, reason: "wrong type at `\(keyPath)`")
    } catch {
      throw ScoringModelError.invalid(path: path, reason: "not JSON")
    }
    let parts = [
      model.weights.role, model.weights.level, model.weights.competencies, model.weights.requirements,
      model.weights.text,
    ]
    guard parts.allSatisfy({ $0 >= 0 && $0.isFinite }), abs(model.weights.total - 100) < 0.5 else {
      throw ScoringModelError.invalid(path: path, reason: "weights must be non-negative and sum to 100")
    }
    guard model.levelFit.count == 11, model.levelFit.allSatisfy({ (0...1).contains($0) }) else {
      throw ScoringModelError.invalid(path: path, reason: "levelFit must hold 11 values from 0 to 1")
    }
    guard (0...1).contains(model.roleLevelFloor), model.textSaturation > 0, model.fullCoverageHits > 0 else {
      throw ScoringModelError.invalid(
        path: path, reason: "roleLevelFloor must be from 0 to 1; textSaturation and fullCoverageHits positive")
    }
    return model
  }

  /// The built-in model, used when no `scoring.json` is found: the values of the shipped file when it
  /// was last fitted (a test checks they agree).
  public static let builtIn = ScoringModel(
    weights: Weights(role: 76.4, level: 0, competencies: 13.6, requirements: 1.6, text: 8.4), textSaturation: 0.45,
    fullCoverageHits: 15, levelFit: [0, 0, 0.1, 0.35, 0.7, 1, 1, 0.75, 0.5, 0.3, 0.15], roleLevelFloor: 0.5,
    unknownRole: 0.5, unknownLevel: 0.6, provenance: "built-in copy of Lexicons/scoring.json")
}

/// Why a scoring model could not be used.
public enum ScoringModelError: Error, CustomStringConvertible, Equatable {
  /// The file could not be read.
  case unreadable(path: String, reason: String)
  /// The file is not a valid model.
  case invalid(path: String, reason: String)

  /// `FILE: reason`.
  public var description: String {
    switch self {
    case .unreadable(let path, let reason), .invalid(let path, let reason): return "\(path): \(reason)"
    }
  }
}
