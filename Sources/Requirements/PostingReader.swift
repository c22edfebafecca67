/// Turns the blocks of a posting into sentences that know the kind of section they sit in.
enum PostingReader {
    /// Splits blocks into sentences, following headings on the blocks and heading lines inside them.
    ///
    /// - Parameter blocks: The blocks of the posting in reading order.
    /// - Returns: The sentences in reading order.
    static func sentences(in blocks: [TextBlock]) -> [Sentence] {
        var result: [Sentence] = []
        result.reserveCapacity(64)
        for block in blocks {
            var section = block.heading.map(SectionKind.init(heading:)) ?? .general
            let source = block.text
            for line in Tokenizer.lines(in: source) {
                if let heading = inlineHeading(line) {
                    let kind = SectionKind(heading: heading)
                    if kind != .general || heading.split(separator: " ").count <= 4 { section = kind }
                    continue
                }
                for run in line.sentences {
                    // A leading dash or arrow is a bullet, not part of the sentence.
                    let tokens = run.drop { $0.kind == .symbol && ($0.text == "-" || $0.text == ">") }
                    if !tokens.isEmpty { result.append(Sentence(source: source, tokens: Array(tokens), section: section)) }
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

    /// The heading text of a line that is a heading inside a block ("Nice to have:", "## Benefits",
    /// "**Requirements**"), or nil for an ordinary line.
    private static func inlineHeading(_ line: Tokenizer.Line) -> String? {
        guard line.sentences.count == 1 || line.isMarkup, let last = line.sentences.last?.last else { return nil }
        guard last.text == ":" || line.isMarkup else { return nil }
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
