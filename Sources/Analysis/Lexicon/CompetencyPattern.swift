/// A verb (or head word) followed by one of its objects within a few words, signalling a competency
/// in a sentence that uses none of its phrases: "rank … requests", "choose which bets".
public struct CompetencyPattern: Sendable, Equatable {
  /// Words or short phrases that open the pattern (`rank`, `trade off`), as written in the file.
  public var verbs: [String]
  /// Words or short phrases one of which must follow a verb (`initiatives`, `bets`).
  public var objects: [String]
  /// Most words allowed between the end of the verb and the start of the object.
  public var window: Int
  /// The line of the file the pattern starts on.
  public var line: Int

  /// Creates a pattern.
  public init(verbs: [String], objects: [String], window: Int, line: Int) {
    self.verbs = verbs
    self.objects = objects
    self.window = window
    self.line = line
  }
}
