import Testing
import Tokenization

@testable import Requirements

@Suite("Token runs")
struct TokenRunTests {
  @Test("a run is its range of the parts, indexed from 0", arguments: [0..<0, 0..<3, 2..<5, 4..<7])
  func run(range: Range<Int>) {
    let parts = Tokenizer.tokenize("Lead a team of 8 product managers.", parts: true).parts
    let run = TokenRun(parts, range)
    #expect(run.count == range.count)
    #expect(run.indices == 0..<range.count)
    #expect(Array(run) == Array(parts[range]))
    #expect(run.map(\.key) == parts[range].map(\.key))
    if let first = run.first { #expect(first == parts[range.lowerBound]) }
  }
}
