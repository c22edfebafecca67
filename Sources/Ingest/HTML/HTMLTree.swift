import CLibXML2

/// A parsed HTML document that owns its libxml2 tree and frees it exactly once, when released.
///
/// Not shared across threads: each task parses its own.
final class HTMLTree {
  /// The libxml2 document; valid for the lifetime of this object.
  let document: htmlDocPtr

  /// Whether libxml2 stopped parsing at its nesting limit, so the tree holds only the page's start.
  let stoppedAtDepthLimit: Bool

  /// Parses UTF-8 bytes with libxml2's HTML parser in recover mode, with no network access and no
  /// error output. Returns nil when libxml2 produces no document at all.
  ///
  /// Without `XML_PARSE_HUGE` libxml2 stops at 256 nested elements and drops the rest of the page, which
  /// ordinary pages built from nested `div`s can come near; with it the depth is unbounded in libxml2
  /// 2.9 (the parser and every walk here are iterative) and 2048 in newer releases. Text and name length
  /// limits it lifts do not matter here: input is capped by ``IngestOptions/maxBytes`` first.
  init?(utf8 bytes: [UInt8]) {
    _ = LibXML2Setup.initialised
    guard !bytes.isEmpty, bytes.count <= Int(Int32.max), let context = htmlNewParserCtxt() else { return nil }
    defer { htmlFreeParserCtxt(context) }
    let options =
      HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
      | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
      | XML_PARSE_HUGE.rawValue
    let parsed = bytes.withUnsafeBufferPointer { buffer -> htmlDocPtr? in
      guard let base = buffer.baseAddress else { return nil }
      return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
        htmlCtxtReadMemory(context, chars, Int32(buffer.count), nil, "UTF-8", Int32(bitPattern: options))
      }
    }
    guard let parsed else { return nil }
    document = parsed
    // libxml2 reports the limit as an internal error ("Excessive depth in document") and halts.
    let error = context.pointee.lastError
    stoppedAtDepthLimit =
      error.code == Int32(XML_ERR_INTERNAL_ERROR.rawValue)
      && error.message.map { String(cString: $0).contains("depth") } == true
  }

  deinit {
    xmlFreeDoc(document)
  }

  /// The `<html>` element, or nil for a document without elements.
  var root: xmlNodePtr? {
    xmlDocGetRootElement(document)
  }
}
