import CLibXML2

/// One XML part of a Word file (`word/document.xml`, `word/styles.xml`), parsed by libxml2; owns its tree
/// and frees it exactly once, when released.
///
/// Not shared across threads: each task parses its own.
final class WordXMLPart {
  /// The libxml2 document; valid for the lifetime of this object.
  let document: xmlDocPtr

  /// Parses the bytes as XML with no network access, no DTD loading, no entity substitution and no error
  /// output. Entity references stay unexpanded in the tree (and the readers skip them), so an external
  /// entity such as `<!ENTITY x SYSTEM "file:///etc/passwd">` is never fetched, and libxml2's own limits
  /// stop entity-expansion bombs. Returns nil when the XML is not well-formed.
  init?(bytes: [UInt8]) {
    _ = LibXML2Setup.initialised
    guard !bytes.isEmpty, bytes.count <= Int(Int32.max) else { return nil }
    let options =
      XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
      | XML_PARSE_COMPACT.rawValue
    let parsed = bytes.withUnsafeBufferPointer { buffer -> xmlDocPtr? in
      guard let base = buffer.baseAddress else { return nil }
      return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
        xmlReadMemory(chars, Int32(buffer.count), nil, nil, Int32(bitPattern: options))
      }
    }
    guard let parsed else { return nil }
    document = parsed
  }

  deinit {
    xmlFreeDoc(document)
  }

  /// The root element, or nil for a document without elements.
  var root: xmlNodePtr? {
    xmlDocGetRootElement(document)
  }
}
