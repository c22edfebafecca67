import Tokenization

/// Turns the tokenized sections of a posting into sentences that know the kind of section they sit in.
enum PostingReader {
  /// One line of a section: its sentences, each a non-empty run of parts, and whether its markup makes it a
  /// heading.
  private struct Line {
    var sentences: [ArraySlice<Token>]
    var isMarkup: Bool
  }

  /// Splits sections into sentences, following their headings and heading lines inside them.
  ///
  /// - Parameters:
  ///   - sections: The sections of the posting in reading order, tokenized with their parts.
  ///   - context: Whether the sections are a posting's or a resume's, which decides what headings mean.
  /// - Returns: The sentences in reading order.
  static func sentences(in sections: [TokenizedSection], context: SectionKind.Context = .posting) -> [Sentence] {
    var result: [Sentence] = []
    result.reserveCapacity(64)
    var topics = WordMemo<Topics>(parts: true)
    var memo = WordSetMemo(table: sections.first?.text.wordTable)
    for block in sections {
      var section = block.kind
      topics.use(block.text)
      if block.text.wordTable == nil || memo.table !== block.text.wordTable {
        memo = WordSetMemo(table: block.text.wordTable)
      }
      for line in lines(of: block.text) {
        if let heading = inlineHeading(line) {
          let kind = SectionKind.classify(heading, in: context)
          if kind != .general || heading.split(separator: " ").count <= 4 { section = kind }
          continue
        }
        for run in line.sentences {
          // A leading dash or arrow is a bullet, not part of the sentence.
          let tokens = run.drop { $0.kind == .symbol && ($0.text == "-" || $0.text == ">") }
          if !tokens.isEmpty {
            result.append(
              Sentence(
                source: block.text, tokens: TokenRun(block.text.parts, tokens.startIndex..<tokens.endIndex),
                section: section, topics: &topics, memo: memo))
          }
        }
      }
    }
    return result
  }

  /// A single line such as a job title as one sentence.
  static func sentence(of line: String) -> Sentence? {
    let text = Tokenizer.tokenize(line, parts: true)
    return text.parts.isEmpty
      ? nil : Sentence(source: text, tokens: TokenRun(text.parts, text.parts.indices), section: .general)
  }

  /// The lines of a text as runs of parts, one run per sentence.
  private static func lines(of text: TokenizedText) -> [Line] {
    let parts = text.parts
    let bytes = text.utf8
    var lines: [Line] = []
    var index = 0
    while index < parts.count {
      var sentences: [ArraySlice<Token>] = []
      var lineEnd = index
      repeat {
        var end = lineEnd + 1
        while end < parts.count && parts[end].sentence == parts[lineEnd].sentence { end += 1 }
        sentences.append(parts[lineEnd..<end])
        lineEnd = end
      } while lineEnd < parts.count && !hasLineBreak(bytes, parts[lineEnd - 1].end..<parts[lineEnd].start)
      let range = parts[index].start..<parts[lineEnd - 1].end
      lines.append(Line(sentences: sentences, isMarkup: isMarkup(bytes, around: range)))
      index = lineEnd
    }
    return lines
  }

  private static func hasLineBreak(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    var index = range.lowerBound
    while index < range.upperBound {
      let byte = bytes[index]
      if byte == 0x0A || byte == 0x0D { return true }
      // U+2028 and U+2029 (E2 80 A8/A9) separate lines too.
      if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
        bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9
      {
        return true
      }
      index += 1
    }
    return false
  }

  /// Whether the line around `range` is Markdown heading markup: it starts with "#", or is wrapped in "**".
  private static func isMarkup(_ bytes: [UInt8], around range: Range<Int>) -> Bool {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower > 0 && bytes[lower - 1] != 0x0A && bytes[lower - 1] != 0x0D { lower -= 1 }
    while upper < bytes.count && bytes[upper] != 0x0A && bytes[upper] != 0x0D { upper += 1 }
    while lower < upper, bytes[lower] == 0x20 || bytes[lower] == 0x09 { lower += 1 }
    while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 { upper -= 1 }
    guard upper - lower >= 2 else { return false }
    if bytes[lower] == 0x23 { return true }
    return upper - lower >= 4 && bytes[lower] == 0x2A && bytes[lower + 1] == 0x2A && bytes[upper - 1] == 0x2A
      && bytes[upper - 2] == 0x2A
  }

  /// A short line made only of heading words, such as "Nice to have" or "Preferred Qualifications".
  private static func isStandaloneHeading(_ line: Line) -> Bool {
    guard let tokens = line.sentences.first, tokens.count <= 5, tokens.first?.isCapitalized == true else {
      return false
    }
    return tokens.allSatisfy { HeadingWords.isStandalone($0.text) }
  }

  /// The heading text of a line that is a heading inside a block ("Nice to have:", "## Benefits",
  /// "**Requirements**"), or nil for an ordinary line.
  private static func inlineHeading(_ line: Line) -> String? {
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
