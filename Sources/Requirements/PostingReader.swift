import Tokenization

/// Turns the blocks of a posting into sentences that know the kind of section they sit in.
enum PostingReader {
  /// Splits blocks into sentences, following headings on the blocks and heading lines inside them.
  ///
  /// - Parameters:
  ///   - blocks: The blocks of the posting in reading order.
  ///   - context: Whether the blocks are a posting's or a resume's, which decides what headings mean.
  /// - Returns: The sentences in reading order.
  static func sentences(in blocks: [TextBlock], context: SectionKind.Context = .posting) -> [Sentence] {
    var result: [Sentence] = []
    result.reserveCapacity(64)
    for block in blocks {
      var section = SectionKind.classify(block.heading, in: context)
      let source = block.text
      for line in Tokenizer.lines(in: source) {
        if let heading = inlineHeading(line) {
          let kind = SectionKind.classify(heading, in: context)
          if kind != .general || heading.split(separator: " ").count <= 4 { section = kind }
          continue
        }
        for run in line.sentences {
          // A leading dash or arrow is a bullet, not part of the sentence.
          let tokens = run.drop { $0.kind == .symbol && ($0.text == "-" || $0.text == ">") }
          if !tokens.isEmpty {
            result.append(Sentence(source: source, tokens: Array(tokens), section: section))
          }
        }
      }
    }
    return result
  }

  /// Tokenises a single line such as a job title into one sentence.
  static func sentence(of line: String) -> Sentence? {
    let tokens = Tokenizer.lines(in: line).flatMap { $0.sentences.joined() }
    return tokens.isEmpty ? nil : Sentence(source: line, tokens: tokens, section: .general)
  }

  /// Words of headings that stand alone on a line without a colon ("Nice to have", "Preferred Qualifications").
  private static let headingVocabulary: Set<String> = [
    "nice", "to", "have", "haves", "preferred", "qualifications", "qualification", "requirements", "minimum",
    "basic", "bonus", "points", "benefits", "perks", "what", "we", "offer", "you", "bring", "about", "us",
    "responsibilities", "compensation", "salary", "location", "must", "pluses", "skills", "experience", "and",
    "the", "role", "your", "will", "do", "you'll", "who", "are", "our", "education", "extras", "desired",
    "required", "key", "additional", "ideal", "candidate", "pay", "&", "-", "/", "it", "takes",
    "even", "better", "if", "good", "great", "rewards", "total", "why", "join", "where", "work", "workplace",
  ]

  /// A short line made only of heading words, such as "Nice to have" or "Preferred Qualifications".
  private static func isStandaloneHeading(_ line: Tokenizer.Line) -> Bool {
    guard let tokens = line.sentences.first, tokens.count <= 5, tokens.first?.isCapitalized == true else {
      return false
    }
    return tokens.allSatisfy { headingVocabulary.contains($0.text) }
  }

  /// The heading text of a line that is a heading inside a block ("Nice to have:", "## Benefits",
  /// "**Requirements**"), or nil for an ordinary line.
  private static func inlineHeading(_ line: Tokenizer.Line) -> String? {
    guard line.sentences.count == 1 || line.isMarkup, let last = line.sentences.last?.last else { return nil }
    guard last.text == ":" || line.isMarkup || isStandaloneHeading(line) else { return nil }
    var words: [String] = []
    for sentence in line.sentences {
      for token in sentence where token.kind == .word {
        words.append(token.text)
        if words.count > 8 { return nil }
      }
    }
    return words.isEmpty ? nil : words.joined(separator: " ")
  }
}
