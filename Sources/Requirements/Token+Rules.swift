import Tokenization

extension Token {
  /// The compared form of a part, as the rules name it: `bachelor`, `phd`, `#` for a number, `-` for a dash.
  var text: String { key }
}
