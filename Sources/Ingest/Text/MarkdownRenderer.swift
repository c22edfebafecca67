import CCMark

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Renders Markdown to HTML with cmark-gfm, GitHub's CommonMark parser: linear in its input, so no
/// bracket or indentation shape makes it slow, and no nesting depth makes it recurse.
///
/// GitHub's table extension is on (Ink, the parser before it, read tables too; struck-through text is
/// unmarked by ``MarkdownCleanup``); bare URLs stay text, as they were, so a line holding only a URL is not
/// dropped as a link. Raw HTML is kept, since `HTMLFragment` reads the result as a page. Indented text is read as Markdown, not code:
/// in resumes and postings indentation is layout (pandoc indents a definition's second paragraph by four
/// spaces), and only fenced code is code.
enum MarkdownRenderer {
  /// Raw HTML kept.
  private static let options = CMARK_OPT_UNSAFE
  /// Indented code inside indented code is read again at most this many times (four columns each); what is
  /// indented deeper stays code.
  private static let maxIndentReadings = 8

  /// The extensions, registered once: `cmark_gfm_core_extensions_ensure_registered` is not safe to race,
  /// and the batch reads files concurrently; a Swift global is initialised once, under a lock. Afterwards
  /// the registry is only read, and parsers share no other state: the table extension marks no inline
  /// characters special (an extension that does, such as strikethrough, sets and clears them in a table of
  /// the library's own around each parse).
  nonisolated(unsafe) private static let extensions: [OpaquePointer] = {
    cmark_gfm_core_extensions_ensure_registered()
    return cmark_find_syntax_extension("table").map { [$0] } ?? []
  }()

  /// The HTML of `markdown`.
  static func html(_ markdown: String) -> String {
    var markdown = markdown
    return markdown.withUTF8 { bytes in
      bytes.withMemoryRebound(to: CChar.self) { text in
        guard let parser = parser() else { return "" }
        defer { cmark_parser_free(parser) }
        cmark_parser_feed(parser, text.baseAddress, text.count)
        guard let document = cmark_parser_finish(parser) else { return "" }
        defer { cmark_node_free(document) }
        readIndentedCodeAsMarkdown(in: document)
        guard let html = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else {
          return ""
        }
        defer { free(html) }
        return String(cString: html)
      }
    }
  }

  /// A parser with the extensions attached; the caller frees it.
  private static func parser() -> OpaquePointer? {
    guard let parser = cmark_parser_new(options) else { return nil }
    for syntax in extensions { cmark_parser_attach_syntax_extension(parser, syntax) }
    return parser
  }

  /// Replaces each indented (unfenced) code block by its text parsed as Markdown, as Ink, which has no
  /// indented code, read it.
  private static func readIndentedCodeAsMarkdown(in document: OpaquePointer) {
    for _ in 0..<maxIndentReadings {
      let blocks = indentedCodeBlocks(in: document)
      if blocks.isEmpty { return }
      for block in blocks {
        if let literal = cmark_node_get_literal(block), let parser = parser() {
          let text = literal.withMemoryRebound(to: UInt8.self, capacity: strlen(literal) + 1) {
            dedented(UnsafeBufferPointer(start: $0, count: strlen(literal)))
          }
          text.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
          }
          if let parsed = cmark_parser_finish(parser) {
            while let child = cmark_node_first_child(parsed) { cmark_node_insert_before(block, child) }
            cmark_node_free(parsed)
          }
          cmark_parser_free(parser)
        }
        cmark_node_free(block)
      }
    }
  }

  /// The lines without the leading spaces and tabs all their non-blank lines share: text indented eight
  /// thousand columns is read again once, not once for every four. Plain loops over the bytes: this runs
  /// over every byte of such text.
  private static func dedented(_ text: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    // The shared indentation is a prefix of the first non-blank line's: `first` and its length `cut`.
    var first = -1
    var cut = 0
    var lineStart = 0
    while lineStart < text.count {
      var index = lineStart
      while index < text.count && (text[index] == 0x20 || text[index] == 0x09) { index += 1 }
      if index < text.count && text[index] != 0x0A {
        if first < 0 {
          first = lineStart
          cut = index - lineStart
        } else {
          var shared = 0
          while shared < cut && shared < index - lineStart && text[lineStart + shared] == text[first + shared] {
            shared += 1
          }
          cut = shared
        }
      }
      while index < text.count && text[index] != 0x0A { index += 1 }
      lineStart = index + 1
    }
    guard cut > 0 else { return Array(text) }
    var output: [UInt8] = []
    output.reserveCapacity(text.count)
    lineStart = 0
    while lineStart < text.count {
      var lineEnd = lineStart
      while lineEnd < text.count && text[lineEnd] != 0x0A { lineEnd += 1 }
      // A blank line may hold less than the shared indentation.
      var start = lineStart
      while start < lineEnd && start - lineStart < cut && (text[start] == 0x20 || text[start] == 0x09) { start += 1 }
      output.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<min(lineEnd + 1, text.count)]))
      lineStart = lineEnd + 1
    }
    return output
  }

  /// The unfenced code blocks of the document, found through its block containers only (never inlines).
  private static func indentedCodeBlocks(in document: OpaquePointer) -> [OpaquePointer] {
    var found: [OpaquePointer] = []
    var containers = [document]
    var length: Int32 = 0
    var offset: Int32 = 0
    var character: CChar = 0
    while let container = containers.popLast() {
      var child = cmark_node_first_child(container)
      while let node = child {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_CODE_BLOCK:
          if cmark_node_get_fenced(node, &length, &offset, &character) == 0 { found.append(node) }
        case CMARK_NODE_LIST, CMARK_NODE_ITEM, CMARK_NODE_BLOCK_QUOTE:
          containers.append(node)
        default:
          break
        }
        child = cmark_node_next(node)
      }
    }
    return found
  }
}
