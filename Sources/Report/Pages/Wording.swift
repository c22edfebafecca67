/// Small pieces of wording shared by the pages.
enum Wording {
  /// "posting" or "postings".
  static func plural(_ noun: String, _ count: Int) -> String { count == 1 ? noun : noun + "s" }

  /// The last component of a path ("x.html" for "Fixtures/postings/x.html").
  static func fileName(_ path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
  }
}
