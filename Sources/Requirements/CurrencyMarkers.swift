/// Recognises how postings write currencies: symbols, prefixed dollars ("CA$", "A$"), ISO codes and names.
enum CurrencyMarkers {
  /// ISO 4217 codes written as words ("USD 180,000", "150,000 CHF").
  static let isoCodes: Set<String> = [
    "usd", "eur", "gbp", "cad", "aud", "inr", "chf", "sgd", "nzd", "jpy", "sek", "nok", "dkk", "pln", "hkd",
    "zar", "brl", "mxn", "ils", "aed", "czk", "huf", "ron", "cny", "krw", "php", "myr", "idr", "thb", "try",
  ]
  /// Letters written right before "$" and the currency they make ("CA$", "A$", "US$").
  private static let dollarPrefixes: [String: String] = [
    "ca": "CAD", "c": "CAD", "cad": "CAD", "a": "AUD", "au": "AUD", "aud": "AUD", "us": "USD", "usd": "USD",
    "nz": "NZD", "s": "SGD", "sg": "SGD", "hk": "HKD", "mx": "MXN", "r": "BRL",
  ]
  private static let symbols: [String: String] = [
    "$": "USD", "€": "EUR", "£": "GBP", "₹": "INR", "¥": "JPY", "₩": "KRW", "₪": "ILS", "₱": "PHP", "₺": "TRY",
    "₣": "CHF",
  ]
  /// Currency names written after an amount ("50,000 euros").
  static let names: [String: String] = [
    "dollars": "USD", "euros": "EUR", "euro": "EUR", "pounds": "GBP", "rupees": "INR", "francs": "CHF",
  ]
  /// Words before an amount that name a currency without being an ISO code ("Rs. 25 lakh").
  static let wordPrefixes: [String: String] = ["rs": "INR", "sfr": "CHF", "fr": "CHF"]

  /// The currency of letters written right before "$" ("ca" for "CA$"), if any.
  static func dollarCode(prefix: String) -> String? { dollarPrefixes[prefix.lowercased()] }

  /// The currency of a currency symbol ("€"), if it is one.
  static func symbolCode(_ symbol: String) -> String? { symbols[symbol] }

  /// The currency written as a symbol at a token, and the index of the first token of the marker.
  ///
  /// - Returns: The ISO code and where the marker starts ("CA$" starts at "CA"), or nil when there is no symbol.
  static func symbol(at i: Int, in sentence: Sentence) -> (code: String, start: Int)? {
    guard let token = sentence.token(i), token.kind == .symbol, let code = symbols[token.text] else { return nil }
    if token.text == "$", !token.spaceBefore, let previous = sentence.token(i - 1), previous.kind == .word,
      let prefixed = dollarPrefixes[previous.text]
    {
      return (prefixed, i - 1)
    }
    return (code, i)
  }

  /// The currency named by a word at a token: an ISO code or a prefix such as "Rs".
  static func word(at i: Int, in sentence: Sentence) -> String? {
    guard let token = sentence.token(i), token.kind == .word else { return nil }
    if isoCodes.contains(token.text) { return token.text.uppercased() }
    return wordPrefixes[token.text]
  }
}
