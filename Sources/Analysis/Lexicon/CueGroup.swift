/// Single words too weak to signal a competency alone, which do when enough of them share a sentence:
/// "designers" and "effortless" together point to user experience, either alone does not.
public struct CueGroup: Sendable, Equatable {
  /// The cue words or short phrases, as written in the file.
  public var words: [String]
  /// How many different cues a sentence needs (at least 2).
  public var needs: Int
  /// The line of the file the group starts on.
  public var line: Int

  /// Creates a cue group.
  public init(words: [String], needs: Int, line: Int) {
    self.words = words
    self.needs = needs
    self.line = line
  }
}
