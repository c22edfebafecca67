import CLibXML2

/// A parsed HTML document that owns its libxml2 tree and frees it exactly once, when released.
///
/// Not shared across threads: each task parses its own.
final class HTMLTree {
  /// The libxml2 document; valid for the lifetime of this object.
  let document: htmlDocPtr

  /// Parses UTF-8 bytes with libxml2's HTML parser in recover mode, with no network access and no
  /// error output. Returns nil when libxml2 produces no document at all.
  init?(utf8 bytes: [UInt8]) {
    _ = LibXML2Setup.initialised
    guard !bytes.isEmpty, bytes.count <= Int(Int32.max) else { return nil }
    let options =
      HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
      | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
    let parsed = bytes.withUnsafeBufferPointer { buffer -> htmlDocPtr? in
      guard let base = buffer.baseAddress else { return nil }
      return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
        htmlReadMemory(chars, Int32(buffer.count), nil, "UTF-8", Int32(bitPattern: options))
      }
    }
    guard let parsed else { return nil }
    document = parsed
  }

  deinit {
    xmlFreeDoc(document)
  }

  /// The `<html>` element, or nil for a document without elements.
  var root: xmlNodePtr? {
    xmlDocGetRootElement(document)
  }
}
