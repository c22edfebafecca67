/// The kinds of file jdmatch reads as postings.
public enum InputFormat: String, Codable, Sendable, CaseIterable {
  /// An HTML page (`.html`, `.htm`, or HTML content under another name).
  case html
  /// A single-file web archive (`.mhtml`, `.mht`): MIME multipart holding the HTML.
  case mhtml
  /// Plain text (`.txt`).
  case text
  /// Markdown (`.md`, `.markdown`).
  case markdown
  /// A Word document (`.docx`): a ZIP archive of WordprocessingML parts.
  case docx
  /// A PDF document (`.pdf`) with a text layer, read in reading order.
  case pdf
  /// A resume in the JSON Resume schema (`.json`): `basics`, `work`, `education`, `skills`, `certificates`…
  case jsonResume
}
